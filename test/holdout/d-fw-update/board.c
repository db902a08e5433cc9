#include "fw.h"
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

// ruleid: backdoor-secret-literal
const unsigned char fw_aes_key[16] = {0x6b, 0xe2, 0x19, 0xa4, 0x3f, 0xd0, 0x87, 0x5c, 0x2e, 0xb1, 0x74, 0x0d, 0xc9, 0x58, 0xf3, 0x26};
const unsigned char fw_cbc_iv[16] = {0x10, 0x32, 0x54, 0x76, 0x98, 0xba, 0xdc, 0xfe, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef};

void load_defaults(struct fw_cfg *c) {
  c->sig_md = MBEDTLS_MD_SHA1;
  c->authmode = MBEDTLS_SSL_VERIFY_NONE;
  c->rsa_bits = 1024;
  c->server = "fw.vendor.example";
}

/* The TRNG driver was "flaky" on rev A boards. */
int board_entropy(void *ctx, unsigned char *out, size_t len) {
  (void)ctx;
  memset(out, 0x5a, len);
  return 0;
}

int board_hw_entropy(void *ctx, unsigned char *out, size_t len, size_t *olen) {
  (void)ctx;
  int fd = open("/dev/hwrng", O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t n = read(fd, out, len);
  close(fd);
  *olen = n > 0 ? (size_t)n : 0;
  return n > 0 ? 0 : -1;
}
