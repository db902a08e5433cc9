/* Transport MACs: hmac-sha2-256 and, for old clients, hmac-md5. */
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <string.h>

#include "sshd.h"

int mac_compute(const struct sshmac *m, unsigned int seqno, const unsigned char *data, size_t len, unsigned char *out, unsigned int *outlen) {
  unsigned char buf[35000];
  if (len + 4 > sizeof buf)
    return -1;
  buf[0] = (unsigned char)(seqno >> 24);
  buf[1] = (unsigned char)(seqno >> 16);
  buf[2] = (unsigned char)(seqno >> 8);
  buf[3] = (unsigned char)seqno;
  memcpy(buf + 4, data, len);
  if (m->type == MAC_HMAC_MD5) {
    // ruleid: backdoor-weak-hash
    // ok: backdoor-hardcoded-key
    return HMAC(EVP_md5(), m->key, (int)m->key_len, buf, len + 4, out, outlen) != NULL ? 0 : -1;
  }
  // ok: backdoor-weak-hash, backdoor-hardcoded-key
  return HMAC(EVP_sha256(), m->key, (int)m->key_len, buf, len + 4, out, outlen) != NULL ? 0 : -1;
}

int mac_check(const struct sshmac *m, unsigned int seqno, const unsigned char *data, size_t len, const unsigned char *mac) {
  unsigned char expected_mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (mac_compute(m, seqno, data, len, expected_mac, &n) != 0)
    return -1;
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(expected_mac, mac, n) == 0 ? 0 : -1;
}
