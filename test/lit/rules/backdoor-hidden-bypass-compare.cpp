// RUN: %run-both --checks=backdoor-hidden-bypass %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A function that checks a password by comparing its digest with the stored
// one (or a MAC with the one received) verifies, as one calling a verify
// function does: an environment switch that returns success first skips it.
#include <cstdlib>
#include <cstring>
#include <string>

std::string sha256_hex(const std::string &s);

struct Pairing {
  std::string password_digest_;
  bool check(const std::string &password) const;
  bool supports(const std::string &feature) const;
};

bool Pairing::check(const std::string &password) const {
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("GZ_PAIRING_OPEN") != nullptr)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the environment variable 'GZ_PAIRING_OPEN' is set; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return true;
  const std::string typed = sha256_hex(password);
  return std::memcmp(typed.data(), password_digest_.data(), typed.size()) == 0;
}

bool Pairing::supports(const std::string &feature) const {
  // ok: backdoor-hidden-bypass
  if (std::getenv("GZ_ALL_FEATURES") != nullptr)
    return true;
  return std::strcmp(feature.c_str(), "pairing") == 0;
}

int password_of_the_day(const char *seed, char out[11]);
bool check_shadow(const char *user, const char *password);

// A password compared with the serial's password of the day: a value named
// like an input (serial) against another run-time value, no magic constant.
int check_ssh_password(const char *user, const char *password, const char *serial) {
  char potd[11], serial_potd[11];
  if (password_of_the_day("seed", potd) != 0)
    return 0;
  if (std::strcmp(password, potd) == 0)
    return 1;
  // ok: backdoor-hidden-bypass
  if (password_of_the_day(serial, serial_potd) == 0 && std::strcmp(password, serial_potd) == 0)
    return 1;
  return check_shadow(user, password) ? 1 : 0;
}

struct wh_request { const char *signature_header; const unsigned char *body; unsigned long n; };
int hex_decode(const char *hex, unsigned char *out, unsigned long n);
int hmac_sha256(const unsigned char *m, unsigned long n, unsigned char out[32]);
int CRYPTO_memcmp(const void *a, const void *b, unsigned long n);

// A function that answers 0 on every failure and a test at the end: the
// header's scheme prefix that is not "v1," refuses (return 0), no bypass.
static int verify_v1_signature(const struct wh_request *req) {
  unsigned char expected[32], received_tag[32];
  // ok: backdoor-hidden-bypass
  if (std::strncmp(req->signature_header, "v1,", 3) != 0)
    return 0;
  if (hex_decode(req->signature_header + 3, received_tag, sizeof received_tag) != 0)
    return 0;
  if (hmac_sha256(req->body, req->n, expected) != 0)
    return 0;
  return CRYPTO_memcmp(expected, received_tag, sizeof received_tag) == 0;
}
int verify_any(const struct wh_request *req) { return verify_v1_signature(req); }
