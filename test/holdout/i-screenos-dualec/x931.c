/*
 * ANSI X9.31 generator keyed and seeded from Dual_EC_DRBG output.
 * prng_output_index is a global shared by prng_reseed() and the output loop.
 */
#include "prng.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/aes.h>

unsigned char prng_temporary[PRNG_OUTPUT];
unsigned int prng_output_index;

static unsigned char prng_seed[PRNG_BLOCK];
static unsigned char prng_key[PRNG_BLOCK];
static unsigned char prng_block[PRNG_BLOCK];
static unsigned int blocks_generated_since_reseed;

uint32_t sos_get_cycles(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint32_t)(ts.tv_nsec ^ ts.tv_sec);
}

void sos_log(int level, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "[prng:%d] ", level);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

static void x9_31_generate_block(const uint32_t dt[2], unsigned char *seed,
                                 const unsigned char *key, unsigned char *out) {
  AES_KEY ks;
  unsigned char i_blk[PRNG_BLOCK], tmp[PRNG_BLOCK];
  int k;

  memset(tmp, 0, sizeof tmp);
  memcpy(tmp, dt, 8);
  AES_set_encrypt_key(key, 128, &ks);
  AES_encrypt(tmp, i_blk, &ks);
  for (k = 0; k < PRNG_BLOCK; k++)
    tmp[k] = i_blk[k] ^ seed[k];
  AES_encrypt(tmp, out, &ks);
  for (k = 0; k < PRNG_BLOCK; k++)
    tmp[k] = out[k] ^ i_blk[k];
  AES_encrypt(tmp, seed, &ks);
}

void prng_reseed(void) {
  blocks_generated_since_reseed = 0;
  if (dualec_generate(prng_temporary, PRNG_OUTPUT) != PRNG_OUTPUT)
    sos_log(0, "FIPS ERROR: PRNG failure, unable to reseed");
  memcpy(prng_seed, prng_temporary, PRNG_BLOCK);
  prng_output_index = PRNG_BLOCK;
  memcpy(prng_key, &prng_temporary[prng_output_index], PRNG_BLOCK);
  prng_output_index = PRNG_OUTPUT;
}

static int one_stage_rng(void) { return 0; }

void prng_generate(void) {
  uint32_t dt[2];
  dt[0] = 0;
  dt[1] = sos_get_cycles();
  prng_output_index = 0;
  ++blocks_generated_since_reseed;
  if (!one_stage_rng())
    prng_reseed();
  /* After a reseed the index is already PRNG_OUTPUT: the X9.31 stage never runs and
     prng_temporary still holds the raw Dual EC output. */
  for (; prng_output_index < PRNG_OUTPUT; prng_output_index += PRNG_BLOCK) {
    x9_31_generate_block(dt, prng_seed, prng_key, prng_block);
    memcpy(&prng_temporary[prng_output_index], prng_block, PRNG_BLOCK);
  }
}

int prng_get_bytes(unsigned char *out, size_t len) {
  size_t done = 0;
  while (done < len) {
    size_t n = len - done < PRNG_OUTPUT ? len - done : PRNG_OUTPUT;
    prng_generate();
    memcpy(out + done, prng_temporary, n);
    done += n;
  }
  return 0;
}
