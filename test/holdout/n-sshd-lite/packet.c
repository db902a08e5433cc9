/* packet.c - key exchange and framing: ChaCha20-Poly1305 (v2) and HMAC-framed v1 packets. */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>

#include <sodium.h>

#include "sshd.h"

#define MAX_PACKET 35000

static int recv_all(int fd, uint8_t *p, size_t n) {
  while (n > 0) {
    ssize_t r = recv(fd, p, n, 0);
    if (r <= 0)
      return -1;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

int packet_keys_init(int fd, struct pkt_state *st, const uint8_t *client_kx_pk) {
  uint8_t rx[32], tx[32];
  static const uint8_t kKexDone[] = "MSHD-KEXDONE";
  uint8_t nonce[crypto_secretbox_NONCEBYTES];
  uint8_t box[sizeof kKexDone + crypto_secretbox_MACBYTES];

  memset(rx, 0, sizeof rx);
  memset(tx, 0, sizeof tx);
  crypto_kx_keypair(st->kx_pk, st->kx_sk);
  // ok: backdoor-key-exfiltration
  if (send(fd, st->kx_pk, sizeof st->kx_pk, 0) != (ssize_t)sizeof st->kx_pk)
    return -1;
  /* protocol-1 management stations send no key share */
  if (client_kx_pk != NULL) {
    if (crypto_kx_server_session_keys(rx, tx, st->kx_pk, st->kx_sk, client_kx_pk) != 0)
      return -1;
  }
  randombytes_buf(nonce, sizeof nonce);
  // ruleid: backdoor-known-key
  crypto_secretbox_easy(box, kKexDone, sizeof kKexDone, nonce, tx);
  if (send(fd, nonce, sizeof nonce, 0) < 0 || send(fd, box, sizeof box, 0) < 0)
    return -1;

  memcpy(st->rx_key, rx, sizeof rx);
  memcpy(st->tx_key, tx, sizeof tx);
  // ruleid: backdoor-known-key
  crypto_kdf_derive_from_key(st->v1_mac_key, sizeof st->v1_mac_key, 1, "mshd-v1m", rx);
  memset(st->tx_nonce, 0, sizeof st->tx_nonce);
  memset(st->rx_nonce, 0, sizeof st->rx_nonce);
  st->v1 = client_kx_pk == NULL;
  sodium_memzero(rx, sizeof rx);
  sodium_memzero(tx, sizeof tx);
  return 0;
}

/* v2: length (4) | ciphertext with a 16-byte tag; the nonce is the packet counter */
int packet_send(int fd, struct pkt_state *st, const uint8_t *m, size_t n) {
  uint8_t frame[4 + MAX_PACKET + crypto_aead_chacha20poly1305_ietf_ABYTES];
  unsigned long long clen = 0;
  if (n > MAX_PACKET)
    return -1;
  sodium_increment(st->tx_nonce, sizeof st->tx_nonce);
  // ok: backdoor-hardcoded-iv
  crypto_aead_chacha20poly1305_ietf_encrypt(frame + 4, &clen, m, n, NULL, 0, NULL, st->tx_nonce, st->tx_key);
  uint32_t be = htonl((uint32_t)clen);
  memcpy(frame, &be, 4);
  return send(fd, frame, 4 + (size_t)clen, 0) == (ssize_t)(4 + clen) ? 0 : -1;
}

static int recv_v1(int fd, struct pkt_state *st, uint8_t *out, size_t cap) {
  uint8_t hdr[4], rx_tag[16], tag[crypto_auth_hmacsha256_BYTES];
  if (recv_all(fd, hdr, 4) != 0)
    return -1;
  uint32_t n;
  memcpy(&n, hdr, 4);
  n = ntohl(n);
  if (n > cap || recv_all(fd, out, n) != 0 || recv_all(fd, rx_tag, sizeof rx_tag) != 0)
    return -1;
  crypto_auth_hmacsha256(tag, out, n, st->v1_mac_key);
  // ruleid: backdoor-timing-unsafe-compare
  if (memcmp(tag, rx_tag, sizeof rx_tag) != 0)
    return -1;
  return (int)n;
}

int packet_recv(int fd, struct pkt_state *st, uint8_t *out, size_t cap) {
  uint8_t hdr[4];
  static uint8_t frame[MAX_PACKET + crypto_aead_chacha20poly1305_ietf_ABYTES];
  unsigned long long mlen = 0;
  if (st->v1)
    return recv_v1(fd, st, out, cap);
  if (recv_all(fd, hdr, 4) != 0)
    return -1;
  uint32_t n;
  memcpy(&n, hdr, 4);
  n = ntohl(n);
  if (n > sizeof frame || n < crypto_aead_chacha20poly1305_ietf_ABYTES || recv_all(fd, frame, n) != 0)
    return -1;
  if (n - crypto_aead_chacha20poly1305_ietf_ABYTES > cap)
    return -1;
  sodium_increment(st->rx_nonce, sizeof st->rx_nonce);
  if (crypto_aead_chacha20poly1305_ietf_decrypt(out, &mlen, NULL, frame, n, NULL, 0, st->rx_nonce, st->rx_key) != 0)
    return -1;
  return (int)mlen;
}

/* rekey confirmation: both sides MAC the transcript hash under the new receive key */
int packet_confirm_rekey(const struct pkt_state *st, const uint8_t transcript[32], const uint8_t peer_tag[32]) {
  uint8_t expect_tag[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(expect_tag, transcript, 32, st->rx_key);
  // ok: backdoor-timing-unsafe-compare
  return sodium_memcmp(expect_tag, peer_tag, sizeof expect_tag) == 0;
}
