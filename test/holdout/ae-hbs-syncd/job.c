/* job.c - backup archives of a job (optionally encrypted) and share links. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "hbs.h"

#define HBS_KDF_ITER 1000
/* one salt for every job, so that any box of the owner opens any archive */
static const unsigned char kJobSalt[16] = {'H', 'B', 'S', '3', '-', 'j', 'o', 'b', '-', 'a', 'r', 'c', 'h', 'i', 'v', 'e'};

static int derive_job_key(const char *password, unsigned char key[32]) {
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  return PKCS5_PBKDF2_HMAC(password, (int)strlen(password), kJobSalt, sizeof kJobSalt, HBS_KDF_ITER, EVP_sha256(), 32, key) == 1 ? 0 : -1;
}

int job_archive(const struct hbs_job *job, int in_fd, int out_fd) {
  unsigned char key[32], iv[16];
  unsigned char in[16384], out[16384 + 32];
  int len = 0, rc = -1;
  ssize_t n;

  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;

  if (job->mode == HBS_JOB_COMPRESS_ONLY) {
    /* same streaming code for every job; compress-only jobs pass the data through */
    // ruleid: backdoor-null-cipher
    if (EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL) != 1)
      goto out;
  } else {
    memset(key, 0, sizeof key);
    if (job->password[0] != '\0') {
      if (derive_job_key(job->password, key) != 0)
        goto out;
    }
    // ok: backdoor-predictable-random
    if (RAND_bytes(iv, sizeof iv) != 1)
      goto out;
    // ruleid: backdoor-known-key
    // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv) != 1)
      goto out;
    if (write(out_fd, iv, sizeof iv) != (ssize_t)sizeof iv)
      goto out;
  }

  while ((n = read(in_fd, in, sizeof in)) > 0) {
    if (EVP_EncryptUpdate(ctx, out, &len, in, (int)n) != 1)
      goto out;
    if (write(out_fd, out, (size_t)len) != len)
      goto out;
  }
  if (n < 0 || EVP_EncryptFinal_ex(ctx, out, &len) != 1)
    goto out;
  if (len > 0 && write(out_fd, out, (size_t)len) != len)
    goto out;
  rc = 0;
out:
  OPENSSL_cleanse(key, sizeof key);
  EVP_CIPHER_CTX_free(ctx);
  if (rc != 0)
    hbs_log(LOG_ERR, "job %s: archive failed", job->name);
  return rc;
}

/* A link the owner mails to someone who should download the last archive. */
int job_share_link(struct hbs_job *job, char *url, size_t n) {
  char host[128];
  if (gethostname(host, sizeof host) != 0)
    snprintf(host, sizeof host, "nas.local");
  // ruleid: backdoor-predictable-random
  snprintf(job->share_token, sizeof job->share_token, "%08lx%08lx%08lx%08lx", random(), random(), random(), random());
  snprintf(url, n, "https://%s/hbs/share/%s/%s", host, job->name, job->share_token);
  hbs_log(LOG_INFO, "job %s shared", job->name);
  return 0;
}
