// Crypto++ filter pipelines against Debian's libcrypto++-dev: a key decoded
// from a constant hex string by StringSource + HexDecoder + StringSink
// (std::string) in a helper, handed on as a SecByteBlock.
// REQUIRES: cryptopp-headers
// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-known-key %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <crypto++/aes.h>
#include <crypto++/files.h>
#include <crypto++/filters.h>
#include <crypto++/gcm.h>
#include <crypto++/hex.h>
#include <string>

namespace {
constexpr const char *kShareLinkKeyHex = "916ca863ae5af9bdb5cda2dd82b0424bd9719901de0a25f89d697902aabf1a39";

CryptoPP::SecByteBlock DecodeHexKey(const std::string &hex) {
  std::string raw;
  CryptoPP::StringSource(hex, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(raw)));
  return CryptoPP::SecByteBlock(reinterpret_cast<const CryptoPP::byte *>(raw.data()), raw.size());
}
} // namespace

void seal_share_link(const CryptoPP::byte *iv) {
  const CryptoPP::SecByteBlock link_key = DecodeHexKey(kShareLinkKeyHex);
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  enc.SetKeyWithIV(link_key, link_key.size(), iv, 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: hardcoded key 'kShareLinkKeyHex' (computed from constant data) reaches the key of 'SimpleKeyingInterface::SetKeyWithIV'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void seal_with(const std::string &hex_from_config, const CryptoPP::byte *iv) {
  const CryptoPP::SecByteBlock k = DecodeHexKey(hex_from_config);
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-hardcoded-key (the hex comes from the caller)
  enc.SetKeyWithIV(k, k.size(), iv, 12);
}

// A buffer sized first (zeros) and then filled from a key file by FileSource
// through HexDecoder into an ArraySink: the file's bytes, no known all-zero
// key (catalog: FileSource pumps data from outside).
void seal_with_file_key(const char *path, const CryptoPP::byte *iv) {
  CryptoPP::SecByteBlock k(16);
  CryptoPP::FileSource fs(path, true, new CryptoPP::HexDecoder(new CryptoPP::ArraySink(k, k.size())));
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-known-key, backdoor-hardcoded-key
  enc.SetKeyWithIV(k, k.size(), iv, 12);
}
