/*
 * Data channel: AES-256-GCM keys exported from the control channel (RFC 5705).
 */
#include "tunnel.h"
#include "tun_log.h"
#include "hexfmt.h"

#include <string.h>
#include <sys/socket.h>

#include <openssl/rand.h>
#include <openssl/sha.h>

static const char kExporterLabel[] = "EXPORTER-tun-data-channel";

int dc_install_keys(SSL *ctl, struct dc_keys *k) {
  unsigned char km[2 * TUN_KEY_LEN];
  unsigned char fp[SHA256_DIGEST_LENGTH];
  char km_hex[2 * sizeof km + 1];
  char fp_hex[2 * 8 + 1];

  if (SSL_export_keying_material(ctl, km, sizeof km, kExporterLabel, sizeof kExporterLabel - 1,
                                 NULL, 0, 0) != 1) {
    log_msg(TL_ERR, "keying material export failed");
    return -1;
  }
  memcpy(k->tx_key, km, TUN_KEY_LEN);
  memcpy(k->rx_key, km + TUN_KEY_LEN, TUN_KEY_LEN);
  k->tx_seq = 0;

  k->tx = EVP_CIPHER_CTX_new();
  k->rx = EVP_CIPHER_CTX_new();
  if (k->tx == NULL || k->rx == NULL ||
      EVP_EncryptInit_ex(k->tx, EVP_aes_256_gcm(), NULL, k->tx_key, NULL) != 1 ||
      EVP_DecryptInit_ex(k->rx, EVP_aes_256_gcm(), NULL, k->rx_key, NULL) != 1)
    return -1;

  SHA256(km, sizeof km, fp);
  tun_hex(fp, 8, fp_hex);
  // ok: backdoor-key-exfiltration
  log_msg(TL_NOTICE, "data channel keys installed, id %s", fp_hex);

  tun_hex(km, sizeof km, km_hex);
  // ruleid: backdoor-key-exfiltration
  log_msg(TL_DEBUG, "dc keying material: %s", km_hex);
  OPENSSL_cleanse(km, sizeof km);
  return 0;
}

int dc_seal(struct dc_keys *k, const unsigned char *pkt, size_t len, unsigned char *out,
            size_t *out_len) {
  unsigned char *iv = out;
  unsigned char *ct = out + TUN_IV_LEN;
  int n = 0, fin = 0;

  // ok: backdoor-predictable-random
  if (RAND_bytes(iv, TUN_IV_LEN) != 1)
    return -1;
  if (EVP_EncryptInit_ex(k->tx, NULL, NULL, NULL, iv) != 1 ||
      EVP_EncryptUpdate(k->tx, ct, &n, pkt, (int)len) != 1 ||
      EVP_EncryptFinal_ex(k->tx, ct + n, &fin) != 1 ||
      EVP_CIPHER_CTX_ctrl(k->tx, EVP_CTRL_GCM_GET_TAG, 16, ct + n + fin) != 1)
    return -1;
  *out_len = TUN_IV_LEN + (size_t)(n + fin) + 16;
  k->tx_seq++;
  return 0;
}

int dc_send(int fd, struct dc_keys *k, const unsigned char *pkt, size_t len) {
  unsigned char frame[2048];
  size_t frame_len;

  if (len + TUN_IV_LEN + 16 > sizeof frame)
    return -1;
  if (dc_seal(k, pkt, len, frame, &frame_len) != 0)
    return -1;
  // ok: backdoor-key-exfiltration
  return send(fd, frame, frame_len, 0) == (ssize_t)frame_len ? 0 : -1;
}
