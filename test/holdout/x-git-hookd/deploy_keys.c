/* deploy_keys.c - per-repository Ed25519 deploy keys for the CI mirror. */
#include <stdio.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>

#include "hookd.h"

int deploy_key_create(const struct repo_cfg *r, char *pub_out, size_t cap)
{
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, NULL);
  EVP_PKEY *key = NULL;
  unsigned char raw_pub[32], fp[SHA256_DIGEST_LENGTH];
  size_t publen = sizeof raw_pub;
  char *pem = NULL;
  long pemlen;
  BIO *mem;
  FILE *f;
  int rc = -1;

  if (ctx == NULL || EVP_PKEY_keygen_init(ctx) <= 0 || EVP_PKEY_keygen(ctx, &key) <= 0)
    goto out;
  if (EVP_PKEY_get_raw_public_key(key, raw_pub, &publen) != 1)
    goto out;
  SHA256(raw_pub, publen, fp);
  // ok: backdoor-key-exfiltration
  hookd_log(6, "deploy key for %s: SHA256:%02x%02x%02x%02x...", r->name, fp[0], fp[1], fp[2], fp[3]);

  f = fopen(r->deploy_key_path, "w");
  if (f == NULL)
    goto out;
  // ok: backdoor-key-exfiltration
  PEM_write_PrivateKey(f, key, NULL, NULL, 0, NULL, NULL);
  fclose(f);

  mem = BIO_new(BIO_s_mem());
  if (mem != NULL && PEM_write_bio_PrivateKey(mem, key, NULL, NULL, 0, NULL, NULL) == 1) {
    pemlen = BIO_get_mem_data(mem, &pem);
    // ruleid: backdoor-key-exfiltration
    hookd_log(7, "deploy key written for %s:\n%.*s", r->name, (int)pemlen, pem);
  }
  BIO_free(mem);
  snprintf(pub_out, cap, "%02x%02x...", raw_pub[0], raw_pub[1]);
  rc = 0;
out:
  EVP_PKEY_free(key);
  EVP_PKEY_CTX_free(ctx);
  return rc;
}
