#include "messenger.h"
#include "mlog.h"

#include <string.h>
#include <sys/socket.h>

int hs_client(struct peer *p, const struct identity *me) {
  unsigned char rx[crypto_kx_SESSIONKEYBYTES];
  unsigned char tx[crypto_kx_SESSIONKEYBYTES];
  unsigned char fp[16];

  // ok: backdoor-key-exfiltration
  if (send(p->fd, me->kx_pk, sizeof me->kx_pk, 0) != (ssize_t)sizeof me->kx_pk)
    return -1;
  if (crypto_kx_client_session_keys(rx, tx, me->kx_pk, me->kx_sk, p->kx_pk) != 0) {
    log_line(LOG_LVL_ERROR, "peer %s sent a bad public key", p->name);
    return -1;
  }
  memcpy(p->rx_key, rx, sizeof rx);
  memcpy(p->tx_key, tx, sizeof tx);

  crypto_generichash(fp, sizeof fp, tx, sizeof tx, NULL, 0);
  // ok: backdoor-key-exfiltration
  log_hex(LOG_LVL_INFO, "session fingerprint", fp, sizeof fp);
  // ruleid: backdoor-key-exfiltration
  log_hex(LOG_LVL_TRACE, "kx rx", rx, sizeof rx);

  sodium_memzero(rx, sizeof rx);
  sodium_memzero(tx, sizeof tx);
  return 0;
}

int hs_send_message(struct peer *p, const unsigned char *msg, size_t len) {
  unsigned char frame[crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + 4096];
  unsigned char *nonce = frame;

  if (len > 4096)
    return -1;
  // ok: backdoor-predictable-random
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(frame + crypto_secretbox_NONCEBYTES, msg, len, nonce, p->tx_key);
  // ok: backdoor-key-exfiltration
  return send(p->fd, frame, crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + len, 0) < 0 ? -1 : 0;
}
