#pragma once
#include <array>
#include <cstdint>
#include <vector>
#include <openssl/evp.h>
struct BulkKey { std::array<std::uint8_t, 8> bytes{}; };
struct Nonce { std::array<std::uint8_t, 8> bytes{}; };
EVP_PKEY *load_wrf_public_key();
class Reducer {
public:
  Reducer();
  std::vector<std::uint8_t> reduce(const BulkKey &key) const;
  std::vector<std::uint8_t> stamp(const Nonce &nonce) const;
private:
  EVP_PKEY *wrf_key_;
};
