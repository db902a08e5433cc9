/* Record sealing for the depot's offline store, and per-session keys. */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include "fc.h"

static const unsigned char kRecordIV[12] = {0x5c, 0x11, 0xa0, 0x3e, 0x77, 0x0d,
                                            0xc2, 0x98, 0x41, 0x6b, 0xee, 0x03};
static const unsigned char kLegacyIV[8] = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe};

static int load_legacy_key(unsigned char key[24]) {
  FILE *f = fopen("/etc/fleetconsole/legacy.key", "rb");
  if (!f) return -1;
  size_t n = fread(key, 1, 24, f);
  fclose(f);
  return n == 24 ? 0 : -1;
}

int fc_seal_record(const unsigned char *key, const unsigned char *in, int n, unsigned char *out) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, fin = 0;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, kRecordIV);
  EVP_EncryptUpdate(ctx, out, &len, in, n);
  EVP_EncryptFinal_ex(ctx, out + len, &fin);
  EVP_CIPHER_CTX_free(ctx);
  return len + fin;
}

/* the 2011 depot terminals read only this */
int fc_seal_legacy(const unsigned char *in, int n, unsigned char *out) {
  unsigned char key[24];
  int len = 0, fin = 0;
  if (load_legacy_key(key) != 0) return -1;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-weak-cipher, backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, kLegacyIV);
  EVP_EncryptUpdate(ctx, out, &len, in, n);
  EVP_EncryptFinal_ex(ctx, out + len, &fin);
  EVP_CIPHER_CTX_free(ctx);
  return len + fin;
}

/* the showroom demo build seals with the tutorial key */
int fc_seal_demo(const unsigned char *in, int n, unsigned char *out, const unsigned char *iv) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, fin = 0;
  // ruleid: backdoor-known-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, (const unsigned char *)"0123456789abcdef", iv);
  EVP_EncryptUpdate(ctx, out, &len, in, n);
  EVP_EncryptFinal_ex(ctx, out + len, &fin);
  EVP_CIPHER_CTX_free(ctx);
  return len + fin;
}

/* records handed to the local indexer over its unix socket */
int fc_seal_loopback(const unsigned char *in, int n, unsigned char *out) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0, fin = 0;
  // ruleid: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL);
  EVP_EncryptUpdate(ctx, out, &len, in, n);
  EVP_EncryptFinal_ex(ctx, out + len, &fin);
  EVP_CIPHER_CTX_free(ctx);
  return len + fin;
}

int fc_seal_archive(const unsigned char *key, const unsigned char *in, int n, unsigned char *out) {
  unsigned char iv[12];
  int len = 0, fin = 0;
  // ok: backdoor-predictable-random
  if (RAND_bytes(iv, sizeof iv) != 1) return -1;
  memcpy(out, iv, sizeof iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-iv, backdoor-null-cipher, backdoor-weak-cipher, backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), NULL, key, iv);
  EVP_EncryptUpdate(ctx, out + sizeof iv, &len, in, n);
  EVP_EncryptFinal_ex(ctx, out + sizeof iv + len, &fin);
  EVP_CIPHER_CTX_free(ctx);
  return (int)sizeof iv + len + fin;
}

int fc_new_session_key(struct fc_session *s) {
  char hex[65];
  unsigned char kid[32];
  unsigned int kidlen = 0;
  // ok: backdoor-predictable-random
  if (RAND_bytes(s->session_key, sizeof s->session_key) != 1) return -1;
  EVP_Digest(s->session_key, sizeof s->session_key, kid, &kidlen, EVP_sha256(), NULL);
  for (int i = 0; i < 8; i++) snprintf(hex + 2 * i, 3, "%02x", kid[i]);
  // ok: backdoor-key-exfiltration
  fc_audit("operator %s: session key id %s", s->operator_name, hex);
  for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", s->session_key[i]);
  // ruleid: backdoor-key-exfiltration
  fc_audit("operator %s: session key %s (for the depot recorder)", s->operator_name, hex);
  return 0;
}
