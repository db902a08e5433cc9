/*
 * md_rand.c: a 1023-byte state mixed with SHA-1. ssleay_rand_add() stirs the
 * caller's bytes into the state; ssleay_rand_bytes() also mixes the pid so two
 * children of one parent do not share an output stream.
 */
#include "md_rand.h"

#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>

#define STATE_SIZE 1023
#define MD_DIGEST_LENGTH 20

static unsigned char state[STATE_SIZE + MD_DIGEST_LENGTH];
static unsigned char md[MD_DIGEST_LENGTH];
static long md_count[2] = {0, 0};
static int state_num = 0, state_index = 0;
static double entropy = 0;
static int initialized = 0;

static void md_mix(const unsigned char *a, size_t an, const unsigned char *b, size_t bn,
                   unsigned char out[MD_DIGEST_LENGTH]) {
  EVP_MD_CTX *m = EVP_MD_CTX_new();
  EVP_DigestInit_ex(m, EVP_sha1(), NULL);
  EVP_DigestUpdate(m, a, an);
  if (bn)
    EVP_DigestUpdate(m, b, bn);
  EVP_DigestFinal_ex(m, out, NULL);
  EVP_MD_CTX_free(m);
}

static int ssleay_rand_add(const void *buf, int num, double add) {
  int i, j, k, st_idx;
  unsigned char local_md[MD_DIGEST_LENGTH];
  EVP_MD_CTX *m;

  (void)buf;
  st_idx = state_index;
  memcpy(local_md, md, sizeof md);
  state_index += num;
  if (state_index >= STATE_SIZE) {
    state_index %= STATE_SIZE;
    state_num = STATE_SIZE;
  } else if (state_num < STATE_SIZE) {
    if (state_index > state_num)
      state_num = state_index;
  }
  md_count[1] += (num / MD_DIGEST_LENGTH) + (num % MD_DIGEST_LENGTH > 0);

  m = EVP_MD_CTX_new();
  for (i = 0; i < num; i += MD_DIGEST_LENGTH) {
    j = num - i;
    j = (j > MD_DIGEST_LENGTH) ? MD_DIGEST_LENGTH : j;
    EVP_DigestInit_ex(m, EVP_sha1(), NULL);
    EVP_DigestUpdate(m, local_md, MD_DIGEST_LENGTH);
    k = (st_idx + j) - STATE_SIZE;
    if (k > 0) {
      EVP_DigestUpdate(m, &state[st_idx], j - k);
      EVP_DigestUpdate(m, &state[0], k);
    } else
      EVP_DigestUpdate(m, &state[st_idx], j);
    /* Don't add uninitialised data.
    MD_Update(&m,buf,j);
    */
    EVP_DigestUpdate(m, (unsigned char *)&md_count[0], sizeof md_count);
    EVP_DigestFinal_ex(m, local_md, NULL);
    md_count[1]++;
    for (k = 0; k < j; k++) {
      state[st_idx++] ^= local_md[k];
      if (st_idx >= STATE_SIZE)
        st_idx = 0;
    }
  }
  EVP_MD_CTX_free(m);
  for (k = 0; k < (int)sizeof md; k++)
    md[k] ^= local_md[k];
  if (entropy < 32.0)
    entropy += add;
  return 1;
}

static int ssleay_rand_seed(const void *buf, int num) {
  return ssleay_rand_add(buf, num, (double)num);
}

static int ssleay_rand_bytes(unsigned char *buf, int num) {
  int i, j;
  unsigned char local_md[MD_DIGEST_LENGTH], tmp[MD_DIGEST_LENGTH + sizeof(pid_t)];
  pid_t curr_pid = getpid();

  if (!initialized) {
    rand_poll_unix();
    initialized = 1;
  }
  while (num > 0) {
    j = (num >= MD_DIGEST_LENGTH / 2) ? MD_DIGEST_LENGTH / 2 : num;
    num -= j;
    memcpy(tmp, md, sizeof md);
    memcpy(tmp + sizeof md, &curr_pid, sizeof curr_pid);
    md_mix(tmp, sizeof tmp, &state[state_index], MD_DIGEST_LENGTH / 2, local_md);
    md_count[0]++;
    for (i = 0; i < MD_DIGEST_LENGTH / 2; i++) {
      state[state_index++] ^= local_md[i];
      if (state_index >= state_num)
        state_index = 0;
    }
    memcpy(buf, local_md + MD_DIGEST_LENGTH / 2, j);
    buf += j;
  }
  md_mix(md, sizeof md, (unsigned char *)md_count, sizeof md_count, md);
  return 1;
}

static int ssleay_rand_status(void) { return entropy >= 32.0; }

static void ssleay_rand_cleanup(void) {
  memset(state, 0, sizeof state);
  state_num = state_index = 0;
  entropy = 0;
  initialized = 0;
}

static RAND_METHOD rand_ssleay_meth = {
    ssleay_rand_seed, ssleay_rand_bytes, ssleay_rand_cleanup,
    ssleay_rand_add,  ssleay_rand_bytes, ssleay_rand_status,
};

const RAND_METHOD *RAND_SSLeay_debian(void) { return &rand_ssleay_meth; }

int keygen_install_rng(void) {
  /* Every key the process makes now depends on its pid and the pool's fixed start. */
  // ruleid: backdoor-constant-seed
  return RAND_set_rand_method(&rand_ssleay_meth);
}
