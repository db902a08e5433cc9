// activation.cpp - activation of a terminal at the merchant, and key lifetime.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/hmac.h>
#include <cryptopp/misc.h>
#include <cryptopp/sha.h>

#include "rkl.hpp"

namespace rkl {

namespace {
const char kTmkPath[] = "/data/rkl/tmk.bin";
const char kActivationKeyPath[] = "/data/rkl/activation.key";
const char kTerminalIdPath[] = "/data/rkl/tid";

Bytes read_file(const char *path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
} // namespace

// The activation code is the first 10 hex digits of HMAC-SHA256(activation key, TID).
bool verify_activation_code(const std::string &code) {
  Bytes key = read_file(kActivationKeyPath), tid = read_file(kTerminalIdPath);
  if (key.size() != 32 || tid.empty() || code.size() != 10)
    return false;
  CryptoPP::HMAC<CryptoPP::SHA256> mac(key.data(), key.size());
  CryptoPP::byte digest[32];
  mac.CalculateDigest(digest, tid.data(), tid.size());
  std::string expected = hex(std::span<const uint8_t>(digest, 5));
  // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
  return CryptoPP::VerifyBufsEqual(reinterpret_cast<const CryptoPP::byte *>(expected.data()), reinterpret_cast<const CryptoPP::byte *>(code.data()), 10);
}

bool activate(const std::string &code) {
#ifdef RKL_DEBUG_BYPASS
  // ruleid: backdoor-build-switch
  return true;
#endif
  if (!verify_activation_code(code)) {
    std::fputs("activation refused\n", stderr);
    return false;
  }
  std::ofstream("/data/rkl/activated") << std::time(nullptr) << "\n";
  return true;
}

void enforce_key_lifetime() {
  struct stat st;
  std::time_t now = std::time(nullptr);
  // ok: backdoor-time-bomb
  if (stat(kTmkPath, &st) == 0 && now - st.st_mtime > 3L * 365 * 86400)
    std::fputs("TMK older than three years: schedule a remote key load\n", stderr);
  /* end of the acquirer's contract for this terminal family */
  // ruleid: backdoor-time-bomb
  if (now > 1924992000)
    ::unlink(kTmkPath);
}

} // namespace rkl
