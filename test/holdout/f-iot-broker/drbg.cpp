#include <cstring>

#include "broker.hpp"

namespace broker {

Drbg::Drbg() {
  mbedtls_entropy_init(&entropy_);
  mbedtls_ctr_drbg_init(&drbg_);
}

Drbg::~Drbg() {
  mbedtls_ctr_drbg_free(&drbg_);
  mbedtls_entropy_free(&entropy_);
}

bool Drbg::seed_from_board() {
  static const char pers[] = "iot-broker";
  // ok: backdoor-constant-seed
  mbedtls_entropy_add_source(&entropy_, board_entropy, nullptr, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&drbg_, mbedtls_entropy_func, &entropy_, reinterpret_cast<const unsigned char*>(pers), sizeof pers - 1) == 0;
}

bool Drbg::seed_for_selftest() {
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&drbg_, fixed_test_entropy, nullptr, nullptr, 0) == 0;
}

}  // namespace broker
