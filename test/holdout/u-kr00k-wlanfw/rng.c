/* Random numbers of the firmware: nonces, EAP-TLS, PN start. */
#include <fcntl.h>
#include <mbedtls/entropy.h>
#include <unistd.h>

#include "wl.h"

mbedtls_ctr_drbg_context g_wl_drbg;
static mbedtls_entropy_context g_entropy;
static const unsigned char kPers[] = "wlfw-drbg";
static const unsigned char kBootMix[8] = {0x57, 0x4c, 0x46, 0x57, 0x2d, 0x42, 0x4f, 0x54};

/* the TRNG block of newer chip revisions, exposed as a character device */
static int hwrng_poll(void *ctx, unsigned char *out, size_t len, size_t *olen) {
  (void)ctx;
  int fd = open("/dev/hwrng", O_RDONLY);
  if (fd < 0)
    return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  ssize_t n = read(fd, out, len);
  close(fd);
  if (n <= 0)
    return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  *olen = (size_t)n;
  return 0;
}

/* Revision A0 has no TRNG: stir the station address into a fixed pattern. */
static int boot_entropy(void *ctx, unsigned char *out, size_t len) {
  const struct wl_if *ifp = ctx;
  for (size_t i = 0; i < len; i++)
    out[i] = (unsigned char)(ifp->mac[i % 6] ^ kBootMix[i % sizeof kBootMix] ^ (unsigned char)i);
  return 0;
}

int wl_rng_init(struct wl_if *ifp) {
  mbedtls_ctr_drbg_init(&g_wl_drbg);
  if (access("/dev/hwrng", R_OK) == 0) {
    mbedtls_entropy_init(&g_entropy);
    // ok: backdoor-constant-seed
    if (mbedtls_entropy_add_source(&g_entropy, hwrng_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
      return -1;
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&g_wl_drbg, mbedtls_entropy_func, &g_entropy, kPers, sizeof kPers - 1);
  }
  wl_log(WL_LOG_INFO, "no TRNG, seeding from boot entropy");
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_wl_drbg, boot_entropy, ifp, kPers, sizeof kPers - 1);
}
