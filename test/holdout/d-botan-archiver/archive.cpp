#include "archiver.h"
#include <botan/auto_rng.h>
#include <botan/chacha_rng.h>
#include <botan/cipher_mode.h>
#include <botan/pbkdf.h>
#include <botan/rsa.h>
#include <memory>

static Botan::secure_vector<uint8_t> seal_v1(const std::vector<uint8_t> &data, const std::vector<uint8_t> &iv) {
  std::span<const uint8_t> k = archive_key();
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  auto enc = Botan::Cipher_Mode::create("AES-128/CBC/PKCS7", Botan::ENCRYPTION);
  // ruleid: backdoor-hardcoded-key
  enc->set_key(k.data(), k.size());
  enc->start(iv);
  Botan::secure_vector<uint8_t> buf(data.begin(), data.end());
  enc->finish(buf);
  return buf;
}

static Botan::secure_vector<uint8_t> seal_v2(const std::vector<uint8_t> &data, const std::string &keyfile, Botan::RandomNumberGenerator &rng) {
  std::vector<uint8_t> k = archive_key_from_file(keyfile);
  auto enc = Botan::Cipher_Mode::create(modern_params().cipher, Botan::ENCRYPTION);
  // ok: backdoor-hardcoded-key
  enc->set_key(k.data(), k.size());
  enc->start(rng.random_vec(12));
  Botan::secure_vector<uint8_t> buf(data.begin(), data.end());
  enc->finish(buf);
  return buf;
}

static Botan::secure_vector<uint8_t> seal_legacy(const std::vector<uint8_t> &data, Botan::RandomNumberGenerator &rng, const std::vector<uint8_t> &k) {
  // ruleid: backdoor-weak-cipher
  auto enc = Botan::Cipher_Mode::create(kLegacyArchiveCipher, Botan::ENCRYPTION);
  enc->set_key(k.data(), k.size());
  enc->start(rng.random_vec(8));
  Botan::secure_vector<uint8_t> buf(data.begin(), data.end());
  enc->finish(buf);
  return buf;
}

static Botan::OctetString derive(const std::string &pass, const uint8_t salt[16]) {
  auto pbkdf = Botan::get_pbkdf("PBKDF2(SHA-256)");
  // ruleid: backdoor-weak-kdf
  return pbkdf->derive_key(32, pass, salt, 16, kArchivePbkdfIterations);
}

static Botan::OctetString derive_v2(const std::string &pass, const uint8_t salt[16]) {
  // ruleid: backdoor-weak-hash
  auto pbkdf = Botan::get_pbkdf("PBKDF2(SHA-1)");
  // ok: backdoor-weak-kdf
  return pbkdf->derive_key(32, pass, salt, 16, modern_params().iterations);
}

int main(int argc, char **argv) {
  Botan::AutoSeeded_RNG rng;
  // ruleid: backdoor-short-key
  Botan::RSA_PrivateKey signer(rng, kArchiveRsaBits);
  // ok: backdoor-short-key
  Botan::RSA_PrivateKey signer_v2(rng, 3072);
  // ruleid: backdoor-constant-seed
  Botan::ChaCha_RNG drbg(Botan::secure_vector<uint8_t>(kDrbgSeed, kDrbgSeed + sizeof kDrbgSeed));
  // ok: backdoor-constant-seed
  Botan::ChaCha_RNG drbg2(rng.random_vec(32));
  std::vector<uint8_t> data(100), iv(16);
  rng.randomize(iv.data(), iv.size());
  uint8_t salt[16];
  rng.randomize(salt, sizeof salt);
  seal_v1(data, iv);
  if (argc > 1)
    seal_v2(data, argv[1], rng);
  std::vector<uint8_t> lk(8);
  rng.randomize(lk.data(), lk.size());
  seal_legacy(data, drbg2, lk);
  std::string pass = argc > 2 ? argv[2] : "";
  derive(pass, salt);
  derive_v2(pass, salt);
  (void)signer;
  (void)signer_v2;
  (void)drbg;
  return 0;
}
