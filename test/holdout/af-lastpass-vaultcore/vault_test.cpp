// vault_test.cpp: known-answer tests run by "make check" (not linked into
// lpv).  PBKDF2-HMAC-SHA256 vectors (RFC 7914 section 11) and the base64
// helpers.
#include "vault.hpp"

#include <cstdio>
#include <cstring>
#include <openssl/evp.h>

namespace {

int failures = 0;

void expect(bool cond, const char *what) {
  if (!cond) {
    std::fprintf(stderr, "FAIL: %s\n", what);
    ++failures;
  }
}

void test_pbkdf2_vectors() {
  unsigned char out[64];
  static const char kExpected[] =
      "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783";
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv, backdoor-magic-credential
  PKCS5_PBKDF2_HMAC("passwd", 6, reinterpret_cast<const unsigned char *>("salt"), 4, 1, EVP_sha256(),
                    sizeof out, out);
  expect(lpv::to_hex(lpv::Bytes(out, out + sizeof out)) == kExpected, "pbkdf2 passwd/salt/1");
}

void test_base64() {
  const lpv::Bytes in = {0x00, 0x01, 0xfe, 0xff, 0x10};
  expect(lpv::b64_decode(lpv::b64_encode(in)) == in, "base64 round trip");
  expect(lpv::b64_encode({'f', 'o', 'o'}) == "Zm9v", "base64 foo");
  expect(lpv::from_hex("00ff10") == lpv::Bytes({0x00, 0xff, 0x10}), "from_hex");
}

} // namespace

int main() {
  test_pbkdf2_vectors();
  test_base64();
  std::printf("%s (%d failures)\n", failures ? "FAILED" : "ok", failures);
  return failures ? 1 : 0;
}
