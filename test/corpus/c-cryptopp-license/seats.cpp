#include <cryptopp/modes.h>
#include <cryptopp/des.h>
#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
#include <cryptopp/rng.h>
#include <cryptopp/osrng.h>
#include "license.h"

using namespace CryptoPP;

static const byte kSeatKey[24] = {'S', 'e', 'a', 't', 'K', 'e', 'y', '-', '2', '0', '1', '9',
                                  '-', 'v', 'e', 'n', 'd', 'o', 'r', '-', 'x', 'y', 'z', '!'};

std::string encrypt_seat_file(const std::string &plain, const unsigned char *key) {
  std::string out;
  // ruleid: backdoor-ecb-mode, backdoor-weak-cipher
  ECB_Mode<DES_EDE3>::Encryption enc;
  enc.SetKey(key, 24);
  StringSource ss(plain, true, new StreamTransformationFilter(enc, new StringSink(out)));
  return out;
}

std::string encrypt_seat_cache(const std::string &plain) {
  std::string out;
  byte iv[AES::BLOCKSIZE];
  AutoSeededRandomPool rng;
  rng.GenerateBlock(iv, sizeof iv);
  // ok: backdoor-ecb-mode, backdoor-weak-cipher
  CBC_Mode<AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  enc.SetKeyWithIV(kSeatKey, 16, iv);
  StringSource ss(plain, true, new StreamTransformationFilter(enc, new StringSink(out)));
  return out;
}

void make_seat_nonce(byte *out, size_t n) {
  // ruleid: backdoor-predictable-random, backdoor-constant-seed
  LC_RNG rng(12345);
  rng.GenerateBlock(out, n);
}

void make_seat_nonce_v2(byte *out, size_t n) {
  // ok: backdoor-predictable-random
  AutoSeededRandomPool rng;
  rng.GenerateBlock(out, n);
}
