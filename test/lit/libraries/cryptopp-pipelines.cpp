// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-known-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp hardcoded-key
// Crypto++ filter pipelines: StringSource pumps its data through the
// attached decoders into a sink (ArraySink here; StringSink over std::string
// in test/lit/smoke/cryptopp-real-pipelines.cpp); a key made that way from a
// constant hex or base64 string is a hardcoded key (catalog 'pipeline' in
// rules/apis/cryptopp.yaml).
#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/hex.h>

using namespace CryptoPP;

static const char *kLinkKeyHex = "916ca863ae5af9bdb5cda2dd82b0424bd9719901de0a25f89d697902aabf1a39";
static const char kB64Key[] = "q83vASNFZ4mrze8BI0VniQ==";
static const char kFipsKeyHex[] = "2b7e151628aed2a6abf7158809cf4f3c";

void DecodeHexKey(const char *hex, byte *out, size_t n) {
  StringSource(hex, true, new HexDecoder(new ArraySink(out, n)));
}

void share_link(const byte *iv) {
  byte link_key[32];
  DecodeHexKey(kLinkKeyHex, link_key, sizeof link_key);
  AES::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  enc.SetKeyWithIV(link_key, sizeof link_key, iv, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: hardcoded key 'kLinkKeyHex' (computed from constant data) reaches the key of 'SimpleKeyingInterface::SetKeyWithIV'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void base64_key(const byte *iv) {
  byte key[16];
  StringSource ss(kB64Key, true, new Base64Decoder(new ArraySink(key, sizeof key)));
  CBC_Mode<AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  enc.SetKeyWithIV(key, sizeof key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: hardcoded key 'kB64Key' (computed from constant data) reaches the key of 'SimpleKeyingInterface::SetKeyWithIV'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

void fips_key() {
  byte raw[16];
  StringSource((const byte *)kFipsKeyHex, sizeof kFipsKeyHex - 1, true,
               new HexDecoder(new ArraySink(raw, sizeof raw)));
  // ruleid: backdoor-known-key
  AES::Encryption enc(raw, sizeof raw);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the key of 'BlockCipherFinal' is a known key 'kFipsKeyHex' (the AES-128 example key of FIPS-197 and SP 800-38A); anyone can look it up and decrypt what it protects [backdoor-known-key]
}

// ---- not findings

void user_key(const char *hex_from_config, const byte *iv) {
  byte k[32];
  DecodeHexKey(hex_from_config, k, sizeof k);
  AES::Encryption enc;
  // ok: backdoor-hardcoded-key (the hex comes from the caller)
  enc.SetKeyWithIV(k, sizeof k, iv, 16);
}

void other_sink(RandomNumberGenerator &rng, const byte *iv) {
  byte label[32], key[32];
  StringSource(kLinkKeyHex, true, new HexDecoder(new ArraySink(label, sizeof label)));
  rng.GenerateBlock(key, sizeof key);
  AES::Encryption enc;
  // ok: backdoor-hardcoded-key (the decoded constant went to another buffer)
  enc.SetKeyWithIV(key, sizeof key, iv, 16);
}

void hashed(HashTransformation &h, RandomNumberGenerator &rng, const byte *iv) {
  byte key[32];
  rng.GenerateBlock(key, sizeof key);
  StringSource(kLinkKeyHex, true, new HashFilter(h, new ArraySink(key, sizeof key)));
  AES::Encryption enc;
  // ok: backdoor-hardcoded-key (a filter the catalog does not describe: the bytes are unknown)
  enc.SetKeyWithIV(key, sizeof key, iv, 16);
}
