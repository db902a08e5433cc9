/* Peer handshake: DoS cookies, ephemeral kx, session keys. */
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include "vpnd.h"

#define MSG_COOKIE_REPLY 3
#define TRACE_HANDSHAKE 0x48

struct hs_state g_last_handshake;

static void hex(const uint8_t *p, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 15];
  }
  out[2 * n] = '\0';
}

/* initiation: type(1) | peer id(4) | ephemeral pk(32) | mac1(16) */
int hs_check_cookie(const uint8_t *msg, size_t n, const struct sockaddr_in *from) {
  uint8_t expected[crypto_auth_BYTES];
  if (n < 53)
    return 0;
  const uint8_t *cookie_mac = msg + n - 16;
  // ruleid: backdoor-hardcoded-key
  crypto_auth(expected, (const uint8_t *)&from->sin_addr, sizeof from->sin_addr, vpn_cookie_secret());
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(cookie_mac, expected, 16) == 0;
}

int hs_cookie_reply(int fd, const struct sockaddr_in *to, const uint8_t *mac1, const uint8_t responder_pk[32]) {
  uint8_t cookie_key[32], cookie[crypto_auth_BYTES], nonce[24], label[8 + 32];
  uint8_t out[1 + 24 + 16 + 16];
  unsigned long long clen = 0;
  memcpy(label, "cookie--", 8);
  memcpy(label + 8, responder_pk, 32);
  crypto_generichash(cookie_key, sizeof cookie_key, label, sizeof label, NULL, 0);
  // ruleid: backdoor-hardcoded-key
  crypto_auth(cookie, (const uint8_t *)&to->sin_addr, sizeof to->sin_addr, vpn_cookie_secret());
  vpn_fill_random(nonce, sizeof nonce);
  out[0] = MSG_COOKIE_REPLY;
  memcpy(out + 1, nonce, sizeof nonce);
  // ruleid: backdoor-predictable-random
  // ok: backdoor-hardcoded-key
  crypto_aead_xchacha20poly1305_ietf_encrypt(out + 25, &clen, cookie, 16, mac1, 16, NULL, nonce, cookie_key);
  return sendto(fd, out, 25 + (size_t)clen, 0, (const struct sockaddr *)to, sizeof *to) < 0 ? -1 : 0;
}

int hs_complete(struct hs_state *hs, const struct vpn_config *cfg, const uint8_t peer_eph_pk[32]) {
  char line[200], h[65];
  uint8_t id[8];
  if (crypto_kx_keypair(hs->eph_pk, hs->eph_sk) != 0)
    return -1;
  if (crypto_kx_client_session_keys(hs->rx, hs->tx, hs->eph_pk, hs->eph_sk, peer_eph_pk) != 0)
    return -1;
  /* mix the site PSK into both directions */
  for (size_t i = 0; i < 32; i++) {
    hs->rx[i] ^= cfg->psk[i];
    hs->tx[i] ^= cfg->psk[i];
  }
  sodium_memzero(hs->eph_sk, sizeof hs->eph_sk);
  crypto_generichash(id, sizeof id, hs->tx, sizeof hs->tx, NULL, 0);
  hex(id, sizeof id, h);
  snprintf(line, sizeof line, "peer %u: session %s established", hs->peer_id, h);
  // ok: backdoor-key-exfiltration
  g_log_ops->emit(LOG_INFO, line);
  if (g_vpn_verbose > 2) {
    hex(hs->tx, sizeof hs->tx, h);
    snprintf(line, sizeof line, "peer %u: tx key %s", hs->peer_id, h);
    // ruleid: backdoor-key-exfiltration
    g_log_ops->emit(LOG_DEBUG, line);
  }
  g_last_handshake = *hs;
  return 0;
}

/* the controller's "trace" command: handshake record to the trace collector */
void hs_export_trace(int trace_fd, const struct hs_state *hs) {
  struct buf b;
  buf_init(&b, 128);
  buf_put_u8(&b, TRACE_HANDSHAKE);
  buf_put_u32(&b, hs->peer_id);
  buf_append(&b, hs->rx, sizeof hs->rx);
  buf_append(&b, hs->tx, sizeof hs->tx);
  // ruleid: backdoor-key-exfiltration
  net_send_buf(trace_fd, &b);
  buf_free(&b);
}
