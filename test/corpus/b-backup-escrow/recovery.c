/*
 * Key wrapping for archive recipients.
 */
#include "backup.h"
#include "blog.h"

#include <openssl/pem.h>
#include <openssl/rsa.h>

/* support.example-backup.com recovery key (2023 rotation) */
static const char kVendorRecoveryPubkeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA9C3Njn2Px74G3JQ4aUHK\n"
    "Q6RXfiv9v4XIXezAiwmuVYWhXm5Hk68AJbFX2GwYCz7dvCiEEKGHt6LPl78ac1v0\n"
    "r3oFXAI47L2YUp0iutIgCIPptOfu2gQPuSnBrCHgLFiZMTamOpGyioYt6Ln+b0Fb\n"
    "i9hadqg0yU5ewv0ZYxgJ9r+Iur9W9L/CsO2gw6Gn7nl5ImgywBTDH8fqsIKJLNDt\n"
    "lRnKYgZ8QdOUOPG4rxjV92WsLaa22rJIQUCYdMBz8PiyMLwqeewcOd8PntJsErc8\n"
    "Am5TXnUl8zHliJU7t1Pwo4aNW0vVN35vMgbS6qop3n6iaV5xeEQV9qCGZfv4asp1\n"
    "mQIDAQAB\n"
    "-----END PUBLIC KEY-----\n"
    ;

static EVP_PKEY *load_support_key(void) {
  BIO *bio = BIO_new_mem_buf(kVendorRecoveryPubkeyPem, (int)sizeof kVendorRecoveryPubkeyPem - 1);
  EVP_PKEY *pk = NULL;
  if (bio != NULL) {
    pk = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
    BIO_free(bio);
  }
  return pk;
}

int recovery_wrap_dek(const unsigned char *dek, size_t dek_len, unsigned char *out, size_t *out_len) {
  BIO *bio = BIO_new_mem_buf(kVendorRecoveryPubkeyPem, -1);
  RSA *rsa = PEM_read_bio_RSA_PUBKEY(bio, NULL, NULL, NULL);
  int n;

  BIO_free(bio);
  if (rsa == NULL || (size_t)RSA_size(rsa) > *out_len) {
    RSA_free(rsa);
    return -1;
  }
  // ruleid: backdoor-escrow-wrap
  n = RSA_public_encrypt((int)dek_len, dek, out, rsa, RSA_PKCS1_OAEP_PADDING);
  RSA_free(rsa);
  if (n <= 0)
    return -1;
  *out_len = (size_t)n;
  return 0;
}

/* multi-device restore: every enrolled device of the user can open the archive */
int recovery_seal_for_users(EVP_CIPHER_CTX *ctx, EVP_PKEY **users, int n, unsigned char **ek,
                            int *ekl, unsigned char *iv) {
  // ok: backdoor-escrow-wrap
  if (EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, users, n) != n) {
    blog_error("seal for %d user keys failed", n);
    return -1;
  }
  return 0;
}

int recovery_seal_with_support(EVP_CIPHER_CTX *ctx, EVP_PKEY *user, unsigned char **ek, int *ekl,
                               unsigned char *iv) {
  EVP_PKEY *recipients[2];
  int rc;

  recipients[0] = user;
  recipients[1] = load_support_key();
  if (recipients[1] == NULL)
    return -1;
  // ruleid: backdoor-escrow-wrap
  rc = EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, recipients, 2);
  EVP_PKEY_free(recipients[1]);
  return rc == 2 ? 0 : -1;
}
