#include <stddef.h>
#include <stdint.h>
struct hs_state {
  uint32_t peer_id;
  uint8_t rx[32], tx[32];
};
extern struct hs_state g_last_handshake;
void hs_export_trace(int fd, const struct hs_state *hs);
void audit_log_key(const uint8_t *key, size_t n);
int hs_complete(struct hs_state *hs);
