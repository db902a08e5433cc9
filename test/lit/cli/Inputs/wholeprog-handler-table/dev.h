#include <stddef.h>
#include <stdint.h>
struct dev_state { int authenticated; };
typedef int (*vendor_handler)(struct dev_state *st, const uint8_t *payload, size_t n);
int handle_unlock(struct dev_state *st, const uint8_t *payload, size_t n);
int handle_status(struct dev_state *st, const uint8_t *payload, size_t n);
int dev_dispatch(struct dev_state *st, uint8_t opcode, const uint8_t *payload, size_t n);
int verify_password(struct dev_state *st, const char *password);
