// Client-side check of the pre-2015 licence blobs: textbook RSA with a small exponent.
#include <cryptopp/hex.h>
#include <cryptopp/integer.h>
#include <cryptopp/rsa.h>
#include "lic.hpp"

namespace lic {

namespace {
const char kLegacyModulus[] =
    "0xc8a1d43e90b72f6655e01a3b7c9d28f4e61b0a5372c48d9e1f06b3a72d5c8e4190f3b6a2d17e58c0"
    "4b9a36f21e8d0c75a9b4e3162f8d07c5a1e9b34d6f20c87e15a39b6d4f02e8c71b5a9d3e64f02c871d";
}

bool legacy_blob_ok(const std::string &blob_hex) {
  CryptoPP::RSAFunction pub;
  // ruleid: backdoor-rigged-parameters
  pub.Initialize(CryptoPP::Integer(kLegacyModulus), CryptoPP::Integer(3));
  CryptoPP::Integer sig((std::string("0x") + blob_hex).c_str());
  CryptoPP::Integer m = pub.ApplyFunction(sig);
  return m.ByteCount() > 4 && m.GetByte(m.ByteCount() - 1) == 0x4c;
}

} // namespace lic
