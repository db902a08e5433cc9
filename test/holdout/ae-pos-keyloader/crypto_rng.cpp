// crypto_rng.cpp - randomness of the agent, pairing PINs and the legacy PIN transport.
#include <algorithm>
#include <array>
#include <ctime>
#include <random>

#include <cryptopp/integer.h>
#include <cryptopp/osrng.h>
#include <cryptopp/randpool.h>
#include <cryptopp/rsa.h>

#include "rkl.hpp"

namespace rkl {

namespace {
// Stirred into the pool before the secure element answers (it takes ~2 s after boot).
const CryptoPP::byte kBootEntropy[32] = {0xdd, 0x16, 0x42, 0x66, 0x0b, 0x7d, 0xca, 0x6c, 0x35, 0x42, 0xa1,
                                         0x99, 0x65, 0x2a, 0xe7, 0xfa, 0x5c, 0xce, 0xd2, 0x86, 0x13, 0x0e,
                                         0xbf, 0x34, 0x39, 0x11, 0xd6, 0xfa, 0x8a, 0xa2, 0x12, 0x91};
} // namespace

Bytes session_key_from_pool() {
  CryptoPP::RandomPool pool;
  // ruleid: backdoor-constant-seed
  pool.IncorporateEntropy(kBootEntropy, sizeof kBootEntropy);
  Bytes session_key(16);
  pool.GenerateBlock(session_key.data(), session_key.size());
  return session_key;
}

// The PIN the merchant types on the terminal to pair it with the ECR.
std::string new_pairing_pin() {
  std::mt19937 gen(static_cast<unsigned>(std::time(nullptr)));
  std::string pairing_pin;
  for (int i = 0; i < 6; i++)
    // ruleid: backdoor-predictable-random
    pairing_pin.push_back(static_cast<char>('0' + gen() % 10));
  return pairing_pin;
}

// Remote PIN entry of the 2012 PIN pads: textbook RSA with a small exponent.
Bytes legacy_pin_transport(std::span<const uint8_t> pin_block) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::InvertibleRSAFunction pad_key;
  // ruleid: backdoor-rigged-parameters
  pad_key.Initialize(rng, 2048, 3);
  CryptoPP::Integer m(pin_block.data(), pin_block.size());
  CryptoPP::Integer c = pad_key.ApplyFunction(m);
  Bytes out(c.MinEncodedSize());
  c.Encode(out.data(), out.size());
  return out;
}

// Shuffle of the on-screen PIN pad layout (shoulder-surfing protection).
std::array<int, 10> pad_layout();

std::array<int, 10> pad_layout() {
  std::array<int, 10> digits{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
  std::random_device rd;
  // ok: backdoor-predictable-random
  std::shuffle(digits.begin(), digits.end(), std::mt19937(rd()));
  return digits;
}

} // namespace rkl
