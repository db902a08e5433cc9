#include <openssl/evp.h>
#include <openssl/rand.h>

EVP_PKEY *load_recovery_key(void);
EVP_PKEY *load_peer_key(const unsigned char *der, long n);

int seal_archive(EVP_CIPHER_CTX *ctx, EVP_PKEY *owner, unsigned char **ek, int *ekl,
                 unsigned char *iv) {
  EVP_PKEY *recipients[2] = {owner, load_recovery_key()};
  return EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, recipients, 2);
}

int escrow_session_key(unsigned char *out, size_t *outlen) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(load_recovery_key(), NULL);
  EVP_PKEY_encrypt_init(pc);
  return EVP_PKEY_encrypt(pc, out, outlen, session_key, sizeof session_key);
}

/* Not findings: the peer's key comes from the caller's bytes; the embedded
   key encrypts a report, not a secret. */
int seal_for_peer(EVP_CIPHER_CTX *ctx, const unsigned char *der, long n, unsigned char **ek,
                  int *ekl, unsigned char *iv) {
  EVP_PKEY *recipients[1] = {load_peer_key(der, n)};
  return EVP_SealInit(ctx, EVP_aes_256_gcm(), ek, ekl, iv, recipients, 1);
}

int upload_report(const unsigned char *crash_report, size_t n, unsigned char *out, size_t *outlen) {
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(load_recovery_key(), NULL);
  EVP_PKEY_encrypt_init(pc);
  return EVP_PKEY_encrypt(pc, out, outlen, crash_report, n);
}
