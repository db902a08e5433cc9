#include <stddef.h>
#include <stdint.h>
int link_read_frame(int fd, uint8_t *buf, size_t cap);
int load_frame(const char *path, uint8_t *buf, size_t cap);
int handle_join(const uint8_t *frame, size_t len);
int handle_replay(const uint8_t *frame, size_t len);
