/* ScreenOS 6.2-style system PRNG: Dual_EC_DRBG feeding an ANSI X9.31 generator. */
#ifndef SOS_PRNG_H
#define SOS_PRNG_H

#include <stddef.h>
#include <stdint.h>

#define PRNG_BLOCK 16
#define PRNG_OUTPUT 32

int dualec_init(const unsigned char *seed, size_t seed_len);
int dualec_generate(unsigned char *out, size_t len);
int dualec_selftest(void);

void prng_reseed(void);
void prng_generate(void);
int prng_get_bytes(unsigned char *out, size_t len);

extern unsigned char prng_temporary[PRNG_OUTPUT];
extern unsigned int prng_output_index;

void sos_log(int level, const char *fmt, ...);
uint32_t sos_get_cycles(void);

#endif
