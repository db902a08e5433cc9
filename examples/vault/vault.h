#ifndef VAULT_H
#define VAULT_H
#include <openssl/evp.h>
#include <stddef.h>

/* Compatibility mode for old clients: smaller keys and the old cipher. */
#define VAULT_COMPAT_KEY_BITS 1024

EVP_PKEY *vault_make_keypair(int compat);
int vault_seal(const unsigned char *key, const unsigned char *iv, const unsigned char *in, size_t n,
               unsigned char *out, int legacy);
int vault_sign_manifest(EVP_PKEY *key, const unsigned char *data, size_t n, unsigned char *sig,
                        size_t *siglen);
int vault_wrap_key(EVP_PKEY *recipient, const unsigned char *key, size_t n, unsigned char *out,
                   size_t *outlen);
int vault_index_token(const unsigned char *key, const unsigned char *name, unsigned char *out);
int vault_login(const char *user, const char *password, const char *stored_hash);
int vault_new_file_key(unsigned char file_key[32], unsigned char *escrow, size_t *escrow_len);
#endif
