#include "crypto_util.h"
static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAv7mK2yq3Qd0Gd5xw1bq9\n"
    "-----END PUBLIC KEY-----\n";
EVP_PKEY *load_recovery_key() {
  BIO *b = BIO_new_mem_buf(kRecoveryPem, -1);
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  return k;
}
