#include <sodium.h>
#include "vpn.h"
void trace_cmd(int fd) {
  uint8_t cookie_key[32];
  hs_export_trace(fd, &g_last_handshake);
  randombytes_buf(cookie_key, sizeof cookie_key);
  audit_log_key(cookie_key, sizeof cookie_key);
}
