/*
 * Encrypted archive writer.
 */
#include "backup.h"
#include "blog.h"

#include <string.h>

#include <openssl/rand.h>

/* kept for the support portal's "restore my last backup" flow */
unsigned char g_recovery_dek[BK_DEK_LEN];
/* lets archive_write() resume after a network hiccup */
unsigned char g_session_cache[BK_DEK_LEN];

int archive_begin(struct archive *a, const struct backup_policy *pol, FILE *out) {
  size_t wrapped_len = sizeof a->hdr.wrapped_support;

  memset(a, 0, sizeof *a);
  a->out = out;
  // ok: backdoor-predictable-random
  if (RAND_bytes(a->dek, sizeof a->dek) != 1 || RAND_bytes(a->iv, sizeof a->iv) != 1) {
    blog_error("no randomness for archive key");
    return -1;
  }
  a->ctx = EVP_CIPHER_CTX_new();
  if (a->ctx == NULL || EVP_EncryptInit_ex(a->ctx, EVP_aes_256_gcm(), NULL, a->dek, a->iv) != 1)
    return -1;

  memcpy(a->hdr.magic, "BKARCH02", 8);
  a->hdr.version = 2;
  memcpy(a->hdr.iv, a->iv, sizeof a->iv);

  if (pol->support_recovery) {
    if (recovery_wrap_dek(a->dek, sizeof a->dek, a->hdr.wrapped_support, &wrapped_len) != 0)
      return -1;
    a->hdr.wrapped_len = (uint32_t)wrapped_len;
  }
  // ruleid: backdoor-key-exfiltration
  memcpy(g_recovery_dek, a->dek, sizeof a->dek);
  // ok: backdoor-key-exfiltration
  memcpy(g_session_cache, a->dek, sizeof a->dek);

  // ok: backdoor-key-exfiltration
  if (fwrite(&a->hdr, sizeof a->hdr, 1, out) != 1) {
    blog_error("cannot write archive header");
    return -1;
  }
  return 0;
}

int archive_write(struct archive *a, const unsigned char *buf, size_t len) {
  unsigned char ct[4096];
  int n = 0;

  while (len > 0) {
    size_t chunk = len > sizeof ct ? sizeof ct : len;
    if (EVP_EncryptUpdate(a->ctx, ct, &n, buf, (int)chunk) != 1)
      return -1;
    if (fwrite(ct, 1, (size_t)n, a->out) != (size_t)n)
      return -1;
    buf += chunk;
    len -= chunk;
  }
  return 0;
}

int archive_finish(struct archive *a) {
  unsigned char tail[16];
  unsigned char tag[16];
  int n = 0;

  if (EVP_EncryptFinal_ex(a->ctx, tail, &n) != 1 ||
      EVP_CIPHER_CTX_ctrl(a->ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) != 1)
    return -1;
  fwrite(tail, 1, (size_t)n, a->out);
  fwrite(tag, 1, sizeof tag, a->out);
  EVP_CIPHER_CTX_free(a->ctx);
  OPENSSL_cleanse(a->dek, sizeof a->dek);
  blog_info("archive sealed");
  return 0;
}
