/* The rev. A generators: their entropy functions are rev_a.c's. */
#include <mbedtls/ssl.h>

int serial_entropy(void *ctx, unsigned char *out, size_t len);
int stub_entropy(void *ctx, unsigned char *out, size_t len);
static mbedtls_ctr_drbg_context g_drbg;

int drbg_init_rev_a(void *board) {
  return mbedtls_ctr_drbg_seed(&g_drbg, serial_entropy, board, (const unsigned char *)"fw", 2);
}

int drbg_init_sim(void) {
  return mbedtls_ctr_drbg_seed(&g_drbg, stub_entropy, 0, (const unsigned char *)"fw", 2);
}
