#include "license.h"
#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/randpool.h>
#include <iostream>

void make_signing_key(CryptoPP::InvertibleRSAFunction &k, unsigned bits) {
  CryptoPP::AutoSeededRandomPool rng;
  k.Initialize(rng, bits);
}

static std::string seal_blob(const std::string &blob) {
  uint8_t bk[16];
  get_blob_key(bk);
  std::string out;
  // ruleid: backdoor-hardcoded-key, backdoor-ecb-mode
  CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(bk, sizeof bk);
  CryptoPP::StringSource(blob, true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
  return out;
}

static std::string seal_blob_v2(const std::string &blob) {
  uint8_t bk[16];
  if (!get_blob_key_from_store(bk))
    return {};
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte iv[CryptoPP::AES::BLOCKSIZE];
  rng.GenerateBlock(iv, sizeof iv);
  std::string out;
  // ok: backdoor-hardcoded-key, backdoor-ecb-mode, backdoor-hardcoded-iv
  CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption enc(bk, sizeof bk, iv);
  CryptoPP::StringSource(blob, true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
  return out;
}

static std::string seal_blob_legacy(const CryptoPP::byte *key24, const CryptoPP::byte *iv8, const std::string &blob) {
  std::string out;
  // ruleid: backdoor-weak-cipher
  CryptoPP::CBC_Mode<CryptoPP::DES_EDE3>::Encryption enc(key24, 24, iv8);
  CryptoPP::StringSource(blob, true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
  return out;
}

int main() {
  CryptoPP::InvertibleRSAFunction legacy, current;
  // ruleid: backdoor-short-key
  make_signing_key(legacy, kLegacySigningBits);
  // ok: backdoor-short-key
  make_signing_key(current, kSigningBits);
  CryptoPP::RandomPool pool;
  // ruleid: backdoor-constant-seed
  pool.IncorporateEntropy(kPoolSeed, sizeof kPoolSeed);
  CryptoPP::byte serial_pad[8];
  pool.GenerateBlock(serial_pad, sizeof serial_pad);
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte k24[24], iv8[8];
  rng.GenerateBlock(k24, sizeof k24);
  rng.GenerateBlock(iv8, sizeof iv8);
  std::cout << seal_blob("x").size() << seal_blob_v2("y").size() << seal_blob_legacy(k24, iv8, "z").size() << (int)serial_pad[0] << "\n";
  return 0;
}
