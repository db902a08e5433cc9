#include <botan/cipher_mode.h>
#include <botan/hash.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>
#include <botan/auto_rng.h>
#include <botan/dl_group.h>
#include <botan/pbkdf.h>
#include <memory>

std::unique_ptr<Botan::Cipher_Mode> archive_cipher() {
  // ruleid: backdoor-weak-cipher
  return Botan::Cipher_Mode::create("DES/CBC/PKCS7", Botan::ENCRYPTION);
}

std::unique_ptr<Botan::Cipher_Mode> archive_cipher_v2() {
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  return Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);
}

std::unique_ptr<Botan::Cipher_Mode> index_cipher() {
  // ruleid: backdoor-ecb-mode
  return Botan::Cipher_Mode::create("AES-128/ECB", Botan::ENCRYPTION);
}

std::unique_ptr<Botan::HashFunction> chunk_hasher() {
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  return Botan::HashFunction::create("MD5");
}

std::unique_ptr<Botan::HashFunction> chunk_hasher_v2() {
  // ok: backdoor-weak-hash
  return Botan::HashFunction::create("SHA-256");
}

std::vector<uint8_t> wrap_archive_key(const Botan::Public_Key &pub, const Botan::secure_vector<uint8_t> &k) {
  Botan::AutoSeeded_RNG rng;
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(pub, rng, "EME-PKCS1-v1_5");
  return enc.encrypt(k, rng);
}

std::vector<uint8_t> wrap_archive_key_v2(const Botan::Public_Key &pub, const Botan::secure_vector<uint8_t> &k) {
  Botan::AutoSeeded_RNG rng;
  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME enc(pub, rng, "OAEP(SHA-256)");
  return enc.encrypt(k, rng);
}

std::unique_ptr<Botan::Private_Key> make_archive_signer() {
  Botan::AutoSeeded_RNG rng;
  // ruleid: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);
}

std::unique_ptr<Botan::Private_Key> make_archive_signer_v2() {
  Botan::AutoSeeded_RNG rng;
  // ok: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, 3072);
}

Botan::DL_Group share_group() {
  // ok: backdoor-rigged-parameters
  return Botan::DL_Group("modp/ietf/2048");
}
