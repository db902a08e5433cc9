#include <stddef.h>
#include <stdint.h>
extern int g_service_mode;
extern int g_trace_mode;
int link_read_frame(int fd, uint8_t *buf, size_t cap);
int handle_frame(const uint8_t *frame, size_t n);
int console_exec(const char *line);
