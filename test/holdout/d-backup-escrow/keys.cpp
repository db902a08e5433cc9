#include "backup.h"
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <openssl/bio.h>
#include <openssl/pem.h>

static const char kVendorRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1cX3q8Zb2mP0v7yT4nKe\n"
    "Wq9Lr2sD8fN6hJ3kV0aB5cE1gH7iJ9kL2mN4oP6qR8sT0uV2wX4yZ6a8B0c2D4e6\n"
    "F8g0H2i4J6k8L0m2N4o6P8q0R2s4T6u8V0w2X4y6Z8a0B2c4D6e8F0g2H4i6J8k0\n"
    "L2m4N6o8P0q2R4s6T8u0V2w4X6y8Z0a2B4c6D8e0F2g4H6i8J0k2L4m6N8o0P2q4\n"
    "R6s8T0u2V4w6X8y0Z2a4B6c8D0e2F4g6H8i0J2k4L6m8N0o2P4q6R8s0T2u4V6w8\n"
    "X0y2Z4a6B8c0D2e4F6g8H0i2J4k6L8m0N2o4P6q8R0s2T4u6V8w0X2y4Z6a8B0c2\n"
    "DQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

EVP_PKEY *load_vendor_recovery_key() {
  BIO *b = BIO_new_mem_buf(kVendorRecoveryPem, -1);
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  return k;
}

EVP_PKEY *load_customer_key(const char *path) {
  BIO *b = BIO_new_file(path, "r");
  if (!b)
    return nullptr;
  EVP_PKEY *k = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  return k;
}

void get_archive_key(uint8_t out[32]) {
  // ruleid: backdoor-secret-literal
  static const uint8_t archive_key[32] = {0x71, 0x0e, 0xc3, 0x5a, 0x98, 0x2f, 0xd6, 0x41, 0xbb, 0x07, 0x6c, 0xe5, 0x34, 0x9f, 0x12, 0xa8,
                                          0x5d, 0xf1, 0x86, 0x2b, 0xc0, 0x7a, 0x49, 0xe3, 0x16, 0xbd, 0x58, 0x0f, 0xa4, 0x63, 0xd9, 0x3c};
  std::memcpy(out, archive_key, sizeof archive_key);
}

bool get_device_key(uint8_t out[32]) {
  int fd = open("/var/lib/backup/device.key", O_RDONLY);
  if (fd < 0)
    return false;
  bool ok = read(fd, out, 32) == 32;
  close(fd);
  return ok;
}

const uint64_t kArchiveIvHi = 0x4b2e91d7a03f6c58ULL;
const uint64_t kArchiveIvLo = 0x92c71e0fd45ab836ULL;
