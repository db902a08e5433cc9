/* The UDP tunnel: handshake messages, data packets, keepalives. */
#include <sodium.h>
#include <string.h>
#include <sys/socket.h>
#include <openssl/evp.h>
#include "vpnd.h"

#define MSG_INIT 1
#define MSG_RESP 2
#define MSG_DATA 4
#define MSG_KEEPALIVE 5

static struct vpn_peer *find_peer(struct vpn_config *cfg, uint32_t id) {
  for (size_t i = 0; i < cfg->npeers; i++)
    if (cfg->peers[i].id == id)
      return &cfg->peers[i];
  return NULL;
}

static uint32_t be32(const uint8_t *p) {
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int seal_chacha(struct vpn_peer *p, const uint8_t *in, size_t n, uint8_t *out, size_t *outlen) {
  uint8_t nonce[crypto_aead_chacha20poly1305_IETF_NPUBBYTES];
  unsigned long long clen = 0;
  uint64_t ctr = p->send_counter++;
  memset(nonce, 0, 4);
  for (int i = 0; i < 8; i++)
    nonce[4 + i] = (uint8_t)(ctr >> (8 * i));
  memcpy(out, nonce + 4, 8);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  crypto_aead_chacha20poly1305_ietf_encrypt(out + 8, &clen, in, n, NULL, 0, NULL, nonce, p->tx);
  *outlen = 8 + (size_t)clen;
  return 0;
}

static int seal_integrity_only(struct vpn_peer *p, const uint8_t *in, size_t n, uint8_t *out, size_t *outlen) {
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
  if (c == NULL)
    return -1;
  // ruleid: backdoor-null-cipher
  int ok = EVP_EncryptInit_ex(c, vpn_integrity_only_cipher(), NULL, NULL, NULL) == 1;
  ok = ok && EVP_EncryptUpdate(c, out, &len, in, (int)n) == 1 && EVP_EncryptFinal_ex(c, out + len, &fin) == 1;
  EVP_CIPHER_CTX_free(c);
  if (!ok)
    return -1;
  // ok: backdoor-hardcoded-key
  crypto_auth(out + len + fin, out, (unsigned long long)(len + fin), p->tx);
  *outlen = (size_t)(len + fin) + crypto_auth_BYTES;
  return 0;
}

static int open_chacha(struct vpn_peer *p, const uint8_t *in, size_t n, uint8_t *out, size_t *outlen) {
  uint8_t nonce[crypto_aead_chacha20poly1305_IETF_NPUBBYTES];
  unsigned long long mlen = 0;
  if (n < 8 + crypto_aead_chacha20poly1305_IETF_ABYTES)
    return -1;
  memset(nonce, 0, 4);
  memcpy(nonce + 4, in, 8);
  // ok: backdoor-unchecked-verification
  if (crypto_aead_chacha20poly1305_ietf_decrypt(out, &mlen, NULL, in + 8, n - 8, NULL, 0, nonce, p->rx) != 0)
    return -1;
  *outlen = (size_t)mlen;
  return 0;
}

int tunnel_send(int fd, struct vpn_peer *p, const uint8_t *in, size_t n) {
  uint8_t out[2048];
  size_t outlen = 0;
  if (n > sizeof out - 64)
    return -1;
  int rc = p->suite == VPN_SUITE_INTEGRITY ? seal_integrity_only(p, in, n, out, &outlen) : seal_chacha(p, in, n, out, &outlen);
  if (rc != 0)
    return -1;
  return sendto(fd, out, outlen, 0, (const struct sockaddr *)&p->addr, sizeof p->addr) < 0 ? -1 : 0;
}

void tunnel_run(int udp_fd, struct vpn_config *cfg) {
  uint8_t plain[2048];
  for (;;) {
    struct sockaddr_in from;
    size_t n = 0, plen = 0;
    const uint8_t *pkt = net_recv_datagram(udp_fd, &n, &from);
    if (pkt == NULL || n < 5)
      continue;
    /* field recovery: lets the NOC reach a gateway whose controller link is down */
    // ruleid: backdoor-input-trigger
    if (n >= 12 && memcmp(pkt, "\xfe\xedRSQ!", 6) == 0) {
      diag_rescue_console(&from);
      continue;
    }
    struct vpn_peer *p = find_peer(cfg, be32(pkt + 1));
    if (p == NULL)
      continue;
    switch (pkt[0]) {
    case MSG_INIT:
      if (!hs_check_cookie(pkt, n, &from)) {
        hs_cookie_reply(udp_fd, &from, pkt + n - 16, cfg->static_pk);
        break;
      }
      if (n >= 37) {
        struct hs_state hs;
        memset(&hs, 0, sizeof hs);
        hs.peer_id = p->id;
        if (hs_complete(&hs, cfg, pkt + 5) == 0) {
          memcpy(p->rx, hs.rx, sizeof p->rx);
          memcpy(p->tx, hs.tx, sizeof p->tx);
          p->send_counter = 0;
          sodium_memzero(&hs, sizeof hs);
        }
      }
      break;
    case MSG_DATA:
      if (open_chacha(p, pkt + 5, n - 5, plain, &plen) == 0)
        (void)plen; /* handed to the tun device in the full build */
      break;
    case MSG_KEEPALIVE:
    default:
      break;
    }
  }
}
