#include <openssl/evp.h>
#include <openssl/pem.h>

static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "-----END PUBLIC KEY-----\n";

EVP_PKEY *load_recovery_key(void) {
  BIO *b = BIO_new_mem_buf(kRecoveryPem, -1);
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
  BIO_free(b);
  return k;
}

EVP_PKEY *load_peer_key(const unsigned char *der, long n) {
  return d2i_PUBKEY(NULL, &der, n);
}
