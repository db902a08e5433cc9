/* mppe.c: MPPE session keys for the access concentrator.
 * RFC 3079 derives them from the NT hash and the NT-Response; RFC 2548
 * carries them to the NAS in MS-MPPE-Send-Key / MS-MPPE-Recv-Key, hidden
 * with MD5(shared secret || Request Authenticator || salt). */
#include "rad.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

#define VENDOR_MICROSOFT 311
#define MS_MPPE_SEND_KEY 16
#define MS_MPPE_RECV_KEY 17

static const char kMasterMagic[] = "This is the MPPE Master Key";
static const char kSendMagic[] =
    "On the client side, this is the send key; on the server side, it is the receive key.";
static const char kRecvMagic[] =
    "On the client side, this is the receive key; on the server side, it is the send key.";

static int sha1_parts(const void *a, size_t an, const void *b, size_t bn, const void *c,
                      size_t cn, const void *d, size_t dn, uint8_t out[20]) {
  unsigned int len = 0;
  int ok;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  ok = CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_sha1(), NULL) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, a, an) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, b, bn) == 1 &&
       CRYPTO_CALL(EVP_DigestUpdate, md, c, cn) == 1 &&
       (dn == 0 || CRYPTO_CALL(EVP_DigestUpdate, md, d, dn) == 1) &&
       CRYPTO_CALL(EVP_DigestFinal_ex, md, out, &len) == 1;
  EVP_MD_CTX_free(md);
  return ok ? 0 : -1;
}

/* RFC 2548 2.4.2: salt(2) || E(len || key || pad) */
static int hide_key(const char *secret, const uint8_t req_auth[16], const uint8_t *key,
                    size_t key_len, uint8_t *out, size_t *out_len) {
  uint8_t plain[48] = {0}, b[16];
  unsigned int len = 0;
  size_t n = 1 + key_len, padded = (n + 15) & ~(size_t)15;
  const uint8_t *prev = req_auth;
  EVP_MD_CTX *md;
  if (padded > sizeof plain)
    return -1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(out, 2) != 1)
    return -1;
  out[0] |= 0x80;
  plain[0] = (uint8_t)key_len;
  memcpy(plain + 1, key, key_len);
  if ((md = EVP_MD_CTX_new()) == NULL)
    return -1;
  for (size_t off = 0; off < padded; off += 16) {
    if (CRYPTO_CALL(EVP_DigestInit_ex, md, EVP_md5(), NULL) != 1 ||
        CRYPTO_CALL(EVP_DigestUpdate, md, secret, strlen(secret)) != 1 ||
        CRYPTO_CALL(EVP_DigestUpdate, md, prev, 16) != 1 ||
        (off == 0 && CRYPTO_CALL(EVP_DigestUpdate, md, out, 2) != 1) ||
        CRYPTO_CALL(EVP_DigestFinal_ex, md, b, &len) != 1) {
      EVP_MD_CTX_free(md);
      return -1;
    }
    for (int i = 0; i < 16; i++)
      out[2 + off + i] = plain[off + i] ^ b[i];
    prev = out + 2 + off;
  }
  EVP_MD_CTX_free(md);
  OPENSSL_cleanse(plain, sizeof plain);
  *out_len = 2 + padded;
  return 0;
}

static int add_ms_attr(struct rad_request *req, uint8_t vtype, const uint8_t *key, size_t n) {
  uint8_t vsa[64], hidden[52];
  size_t hidden_len = 0;
  if (hide_key(req->client->secret, req->in->authenticator, key, n, hidden, &hidden_len) != 0)
    return -1;
  vsa[0] = 0;
  vsa[1] = 0;
  vsa[2] = VENDOR_MICROSOFT >> 8;
  vsa[3] = VENDOR_MICROSOFT & 0xff;
  vsa[4] = vtype;
  vsa[5] = (uint8_t)(2 + hidden_len);
  memcpy(vsa + 6, hidden, hidden_len);
  return rad_attr_add(req->out, ATTR_VENDOR_SPECIFIC, vsa, 6 + hidden_len);
}

int mppe_add_keys(struct rad_request *req, const uint8_t nt_hash[16], const uint8_t nt_response[24]) {
  static const uint8_t pad1[40] = {0};
  uint8_t pad2[40], hash_hash[16], master[20], send_key[20], recv_key[20];
  unsigned int len = 0;
  int ret = -1;
  memset(pad2, 0xf2, sizeof pad2);
  if (CRYPTO_CALL(EVP_Digest, nt_hash, 16, hash_hash, &len, EVP_md4(), NULL) != 1 ||
      sha1_parts(hash_hash, 16, nt_response, 24, kMasterMagic, sizeof kMasterMagic - 1, NULL, 0,
                 master) != 0 ||
      sha1_parts(master, 16, pad1, 40, kRecvMagic, sizeof kRecvMagic - 1, pad2, 40, send_key) != 0 ||
      sha1_parts(master, 16, pad1, 40, kSendMagic, sizeof kSendMagic - 1, pad2, 40, recv_key) != 0)
    goto out;
  if (add_ms_attr(req, MS_MPPE_SEND_KEY, send_key, 16) != 0 ||
      add_ms_attr(req, MS_MPPE_RECV_KEY, recv_key, 16) != 0)
    goto out;
  ret = 0;
out:
  OPENSSL_cleanse(master, sizeof master);
  OPENSSL_cleanse(send_key, sizeof send_key);
  OPENSSL_cleanse(recv_key, sizeof recv_key);
  return ret;
}

/* PEAP / EAP-TLS: the MSK from the TLS exporter, split as RFC 5216 says */
int mppe_add_msk(struct rad_request *req, const uint8_t msk[64]) {
  if (add_ms_attr(req, MS_MPPE_RECV_KEY, msk, 32) != 0 ||
      add_ms_attr(req, MS_MPPE_SEND_KEY, msk + 32, 32) != 0)
    return -1;
  return 0;
}
