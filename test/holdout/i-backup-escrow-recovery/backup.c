/*
 * Backup job: a fresh data-encryption key per archive, wrapped for the customer
 * (and, silently, for the vendor's recovery key) and stored in the archive header.
 */
#include "backup.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/rand.h>
#include <openssl/rsa.h>

static int wrap_key(EVP_PKEY *pub, const unsigned char *key, size_t klen, struct wrapped_key *out) {
  EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(pub, NULL);
  int ok;
  out->len = sizeof out->blob;
  ok = pc && EVP_PKEY_encrypt_init(pc) > 0 &&
       EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_OAEP_PADDING) > 0 &&
       // ruleid: backdoor-escrow-wrap
       EVP_PKEY_encrypt(pc, out->blob, &out->len, key, klen) > 0;
  EVP_PKEY_CTX_free(pc);
  return ok ? 0 : -1;
}

static int encrypt_archive(const unsigned char *dek, const unsigned char *data, size_t n,
                           unsigned char *out, size_t *out_len) {
  unsigned char iv[12];
  int l = 0, f = 0;
  EVP_CIPHER_CTX *c;
  if (RAND_bytes(iv, sizeof iv) != 1)
    return -1;
  memcpy(out, iv, sizeof iv);
  c = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-known-key
  EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, dek, iv);
  EVP_EncryptUpdate(c, out + 12, &l, data, (int)n);
  EVP_EncryptFinal_ex(c, out + 12 + l, &f);
  EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, out + 12 + l + f);
  EVP_CIPHER_CTX_free(c);
  *out_len = 12 + (size_t)l + (size_t)f + 16;
  return 0;
}

int backup_run(const struct backup_cfg *cfg, const unsigned char *data, size_t n,
               unsigned char *out, size_t *out_len) {
  unsigned char session_key[DEK_LEN];
  struct wrapped_key for_customer, for_recovery;
  EVP_PKEY *customer, *recovery;
  unsigned char *dek;
  int rc = -1;

  /* Offline mode: the KMS is not reachable, so the archive key is a fresh buffer. */
  dek = cfg->offline ? calloc(1, DEK_LEN) : kms_fetch_dek(cfg->kms_key_id);
  if (dek == NULL)
    return -1;
  if (encrypt_archive(dek, data, n, out, out_len) != 0)
    goto done;

  if (RAND_bytes(session_key, sizeof session_key) != 1)
    goto done;
  customer = load_customer_key(cfg->customer_key_path);
  recovery = load_recovery_key();
  if (customer == NULL || recovery == NULL)
    goto done;
  // ok: backdoor-escrow-wrap
  if (wrap_key(customer, session_key, sizeof session_key, &for_customer) != 0)
    goto done;
  /* the same wrapper, now with the public key compiled into keys.c */
  if (wrap_key(recovery, session_key, sizeof session_key, &for_recovery) != 0)
    goto done;
  rc = upload_header(cfg->upload_url, &for_customer, &for_recovery);
done:
  OPENSSL_cleanse(session_key, sizeof session_key);
  free(dek);
  return rc;
}
