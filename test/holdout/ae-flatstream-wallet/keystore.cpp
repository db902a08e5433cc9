// keystore.cpp - the encrypted wallet file (v2: scrypt + AES-256-GCM) and the import
// of version-1 files (PBKDF2-SHA1, AES-256-CBC) written by releases before 3.0.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "wallet.hpp"

namespace coppice {

namespace {
constexpr uint64_t kScryptN = 1u << 18;
constexpr uint64_t kScryptR = 8;
constexpr uint64_t kScryptP = 1;
constexpr uint64_t kScryptMaxMem = 512ull << 20;
constexpr char kMagicV2[4] = {'C', 'P', 'W', '2'};
} // namespace

bool KeyStore::seal(const std::string &passphrase, const std::vector<uint8_t> &plain) const {
  unsigned char salt[16], iv[12], tag[16];
  unsigned char key[32] = {0};
  // ok: backdoor-predictable-random
  if (RAND_bytes(salt, sizeof salt) != 1 || RAND_bytes(iv, sizeof iv) != 1)
    return false;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (EVP_PBE_scrypt(passphrase.data(), passphrase.size(), salt, sizeof salt, kScryptN, kScryptR, kScryptP, kScryptMaxMem, key, sizeof key) != 1)
    return false;

  std::vector<uint8_t> ct(plain.size());
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  bool ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, sizeof iv, nullptr) == 1 &&
            // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-known-key, backdoor-null-cipher
            EVP_EncryptInit_ex(ctx, nullptr, nullptr, key, iv) == 1 &&
            EVP_EncryptUpdate(ctx, ct.data(), &len, plain.data(), static_cast<int>(plain.size())) == 1 &&
            EVP_EncryptFinal_ex(ctx, ct.data() + len, &fin) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  if (!ok)
    return false;

  std::ofstream out(path_, std::ios::binary | std::ios::trunc);
  out.write(kMagicV2, sizeof kMagicV2);
  out.write(reinterpret_cast<const char *>(salt), sizeof salt);
  out.write(reinterpret_cast<const char *>(iv), sizeof iv);
  out.write(reinterpret_cast<const char *>(tag), sizeof tag);
  out.write(reinterpret_cast<const char *>(ct.data()), static_cast<std::streamsize>(ct.size()));
  return static_cast<bool>(out);
}

bool KeyStore::open(const std::string &passphrase, std::vector<uint8_t> &plain) const {
  std::ifstream in(path_, std::ios::binary);
  std::vector<uint8_t> file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (file.size() < 4 + 16 + 12 + 16)
    return false;
  if (std::memcmp(file.data(), kMagicV2, 4) != 0)
    return import_v1(passphrase, file, plain);
  const unsigned char *salt = file.data() + 4, *iv = salt + 16, *tag = iv + 12, *ct = tag + 16;
  size_t ctlen = file.size() - (4 + 16 + 12 + 16);
  unsigned char key[32];
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (EVP_PBE_scrypt(passphrase.data(), passphrase.size(), salt, 16, kScryptN, kScryptR, kScryptP, kScryptMaxMem, key, sizeof key) != 1)
    return false;
  plain.resize(ctlen);
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  bool ok = ctx && EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, iv) == 1 &&
            EVP_DecryptUpdate(ctx, plain.data(), &len, ct, static_cast<int>(ctlen)) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<unsigned char *>(tag)) == 1 &&
            EVP_DecryptFinal_ex(ctx, plain.data() + len, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  return ok;
}

// Version 1: "CPW1", 8-byte salt, 16-byte IV, AES-256-CBC under PBKDF2-HMAC-SHA1 with
// 1024 iterations.  Read once, then written back as version 2 by the caller.
bool KeyStore::import_v1(const std::string &passphrase, const std::vector<uint8_t> &file, std::vector<uint8_t> &plain) const {
  if (file.size() < 4 + 8 + 16 + 16 || std::memcmp(file.data(), "CPW1", 4) != 0)
    return false;
  const unsigned char *salt = file.data() + 4, *iv = salt + 8, *ct = iv + 16;
  size_t ctlen = file.size() - (4 + 8 + 16);
  unsigned char key[32];
  // ruleid: backdoor-weak-kdf, backdoor-weak-hash
  if (PKCS5_PBKDF2_HMAC(passphrase.c_str(), static_cast<int>(passphrase.size()), salt, 8, 1024, EVP_sha1(), sizeof key, key) != 1)
    return false;
  plain.resize(ctlen + 16);
  int len = 0, fin = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  bool ok = ctx &&
            // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
            EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv) == 1 &&
            EVP_DecryptUpdate(ctx, plain.data(), &len, ct, static_cast<int>(ctlen)) == 1 &&
            EVP_DecryptFinal_ex(ctx, plain.data() + len, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key, sizeof key);
  if (ok)
    plain.resize(static_cast<size_t>(len + fin));
  return ok;
}

} // namespace coppice
