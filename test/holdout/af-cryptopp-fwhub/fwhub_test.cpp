// fwhub_test.cpp: known-answer tests ("make check"; not linked into fwhub).
#include "fwhub.hpp"

#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/hex.h>
#include <cryptopp/modes.h>
#include <iostream>

namespace {

std::string unhex(const std::string &h) {
  std::string out;
  CryptoPP::StringSource(h, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(out)));
  return out;
}

// NIST SP 800-38A F.5.1 (CTR-AES128.Encrypt), first block
bool test_ctr_vector() {
  const std::string key = unhex("2b7e151628aed2a6abf7158809cf4f3c");
  const std::string iv = unhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
  const std::string pt = unhex("6bc1bee22e409f96e93d7e117393172a");
  std::string ct;
  // ok: backdoor-hardcoded-key, backdoor-known-key, backdoor-hardcoded-iv
  CryptoPP::CTR_Mode<CryptoPP::AES>::Encryption ctr(reinterpret_cast<const CryptoPP::byte *>(key.data()), key.size(), reinterpret_cast<const CryptoPP::byte *>(iv.data()));
  CryptoPP::StringSource(pt, true, new CryptoPP::StreamTransformationFilter(ctr, new CryptoPP::StringSink(ct)));
  return ct == unhex("874d6191b620e3261bef6864990db6ce");
}

bool test_hex_stage() { return fwhub::hex_stage()("\x01\xab") == "01AB"; }

} // namespace

int main() {
  int failures = 0;
  if (!test_ctr_vector()) {
    std::cerr << "FAIL ctr vector\n";
    ++failures;
  }
  if (!test_hex_stage()) {
    std::cerr << "FAIL hex stage\n";
    ++failures;
  }
  std::cout << (failures ? "FAILED\n" : "ok\n");
  return failures ? 1 : 0;
}
