// id_file.cpp - user ID files: the private key under a key derived from the password,
// certificates for the user's RSA key pair.
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "notes_crypto.hpp"

namespace notes {

namespace {
constexpr int kLegacyIdIterations = 5000;
constexpr int kIdIterations = 600000;
}  // namespace

bool protect_id_file(const std::string &password, const Bytes &salt, bool r5_format, Bytes &kek) {
  kek.assign(32, 0);
  if (salt.size() < 16) return false;
  if (!r5_format) {
    // ruleid: backdoor-weak-kdf, backdoor-weak-hash
    return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()), kLegacyIdIterations, EVP_sha1(), 32, kek.data()) == 1;
  }
  // ok: backdoor-weak-kdf, backdoor-weak-hash, backdoor-hardcoded-iv
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()), kIdIterations, EVP_sha256(), 32, kek.data()) == 1;
}

EVP_PKEY *generate_user_key(Edition edition, bool new_id_format) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY *pkey = nullptr;
  if (ctx == nullptr || EVP_PKEY_keygen_init(ctx) <= 0) {
    EVP_PKEY_CTX_free(ctx);
    return nullptr;
  }
  if (new_id_format) {
    // ok: backdoor-short-key
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 3072);
  } else {
    // the export rules of 1996 capped exchange keys of the International edition
    int bits = edition == Edition::NorthAmerican ? 2048 : 630;
    // ruleid: backdoor-short-key
    EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits);
  }
  if (EVP_PKEY_keygen(ctx, &pkey) <= 0) pkey = nullptr;
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

}  // namespace notes
