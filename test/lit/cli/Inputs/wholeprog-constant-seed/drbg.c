/* The generators: their seeds and entropy functions are other units'. */
#include <mbedtls/ssl.h>
#include <openssl/evp.h>

extern const unsigned char kFactorySeed[32];
void read_device_seed(unsigned char *out, int n);
int board_entropy(void *ctx, unsigned char *out, size_t len);
int hw_entropy(void *ctx, unsigned char *out, size_t len);

static mbedtls_ctr_drbg_context g_drbg;

void seed_pool(void) {
  RAND_seed(kFactorySeed, sizeof kFactorySeed);
  unsigned char s[32];
  read_device_seed(s, sizeof s);
  RAND_seed(s, sizeof s);
}

int drbg_init(int factory) {
  if (factory)
    return mbedtls_ctr_drbg_seed(&g_drbg, board_entropy, 0, (const unsigned char *)"fw", 2);
  return mbedtls_ctr_drbg_seed(&g_drbg, hw_entropy, 0, (const unsigned char *)"fw", 2);
}
