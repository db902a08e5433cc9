// wallet.cpp - accounts and their secp256k1 keys.
#include <algorithm>
#include <numeric>
#include <random>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include "wallet.hpp"

namespace coppice {

Wallet::~Wallet() {
  for (auto &a : accounts_)
    EVP_PKEY_free(a.key);
}

static std::string to_address(EVP_PKEY *key) {
  unsigned char *der = nullptr;
  int n = i2d_PUBKEY(key, &der);
  if (n <= 0)
    return {};
  unsigned char h[SHA256_DIGEST_LENGTH];
  SHA256(der, static_cast<size_t>(n), h);
  OPENSSL_free(der);
  static const char b32[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  std::string out = "bc1q";
  for (int i = 0; i < 20; i++)
    out.push_back(b32[h[i] & 31]);
  return out;
}

bool Wallet::create_account(const std::string &label) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
  if (!ctx)
    return false;
  EVP_PKEY *key = nullptr;
  bool ok = EVP_PKEY_keygen_init(ctx) == 1 &&
            // ok: backdoor-short-key
            EVP_PKEY_CTX_set_group_name(ctx, "secp256k1") == 1 &&
            EVP_PKEY_generate(ctx, &key) == 1;
  EVP_PKEY_CTX_free(ctx);
  if (!ok)
    return false;
  Account a;
  a.label = label;
  a.key = key;
  a.address = to_address(key);
  accounts_.push_back(std::move(a));
  return true;
}

// DER (PKCS#8-less "traditional" form) of the account's private key; the backup
// screen and the hardware-wallet migration use it.
std::vector<uint8_t> Wallet::export_private_der(size_t index) const {
  const Account &a = accounts_.at(index);
  unsigned char *der = nullptr;
  int n = i2d_PrivateKey(a.key, &der);
  if (n <= 0)
    return {};
  std::vector<uint8_t> out(der, der + n);
  OPENSSL_clear_free(der, static_cast<size_t>(n));
  return out;
}

std::vector<uint8_t> Wallet::sign_digest(size_t index, const uint8_t digest[32]) const {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(accounts_.at(index).key, nullptr);
  std::vector<uint8_t> sig;
  size_t len = 0;
  if (ctx && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_sign(ctx, nullptr, &len, digest, 32) == 1) {
    sig.resize(len);
    if (EVP_PKEY_sign(ctx, sig.data(), &len, digest, 32) == 1)
      sig.resize(len);
    else
      sig.clear();
  }
  EVP_PKEY_CTX_free(ctx);
  return sig;
}

// Receive addresses are shown in a shuffled order so that a screenshot does not
// reveal which account is the main one.
std::vector<std::string> Wallet::display_order() const {
  std::vector<std::string> out;
  for (const auto &a : accounts_)
    out.push_back(a.address);
  std::random_device rd;
  // ok: backdoor-predictable-random
  std::mt19937 gen(rd());
  std::shuffle(out.begin(), out.end(), gen);
  return out;
}

uint64_t Wallet::total_balance() const {
  return std::accumulate(accounts_.begin(), accounts_.end(), uint64_t{0},
                         [](uint64_t s, const Account &a) { return s + a.balance_sat; });
}

} // namespace coppice
