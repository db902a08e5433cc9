#include "crypto_util.h"
#include <openssl/rand.h>
#include <vector>
#include <string>

struct Archive { std::vector<unsigned char> body; unsigned char iv[16]; };

bool seal_archive(EVP_PKEY *owner, const std::string &in, Archive &out) {
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  EVP_PKEY *recipients[2] = {owner, load_recovery_key()};
  unsigned char *ek[2];
  int ekl[2];
  std::vector<unsigned char> b0(512), b1(512);
  ek[0] = b0.data();
  ek[1] = b1.data();
  // ruleid: backdoor-escrow-wrap
  if (EVP_SealInit(ctx.get(), EVP_aes_256_cbc(), ek, ekl, out.iv, recipients, 2) <= 0)
    return false;
  out.body.resize(in.size() + 32);
  int n = 0;
  EVP_SealUpdate(ctx.get(), out.body.data(), &n, (const unsigned char *)in.data(), (int)in.size());
  return true;
}

bool seal_for_owner(EVP_PKEY *owner, const std::string &in, Archive &out) {
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  unsigned char buf[512];
  unsigned char *ek = buf;
  int ekl = 0;
  // ok: backdoor-escrow-wrap
  return EVP_SealInit(ctx.get(), EVP_aes_256_gcm(), &ek, &ekl, out.iv, &owner, 1) > 0;
}

bool legacy_index(const unsigned char *key, const std::string &in, std::vector<unsigned char> &out) {
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  unsigned char iv[8];
  // ruleid: backdoor-predictable-random (its result is ignored)
  RAND_bytes(iv, sizeof iv);
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx.get(), EVP_des_ede3_cbc(), nullptr, key, iv);
  out.resize(in.size() + 8);
  int n = 0;
  return EVP_EncryptUpdate(ctx.get(), out.data(), &n, (const unsigned char *)in.data(), (int)in.size()) == 1;
}

bool chunk_digest(const std::string &in, unsigned char *md) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  // ok: backdoor-weak-hash
  EVP_DigestInit_ex(m.get(), EVP_sha256(), nullptr);
  EVP_DigestUpdate(m.get(), in.data(), in.size());
  return EVP_DigestFinal_ex(m.get(), md, nullptr) == 1;
}

bool dedup_tag(const std::string &in, unsigned char *md) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  // ok: backdoor-weak-hash (a plain digest, no signature, MAC, KDF or password hash: not reported at default settings, docs/rules/backdoor-weak-hash.md)
  EVP_DigestInit_ex(m.get(), EVP_md5(), nullptr);
  EVP_DigestUpdate(m.get(), in.data(), in.size());
  return EVP_DigestFinal_ex(m.get(), md, nullptr) == 1;
}

bool derive_archive_key(const std::string &pw, const unsigned char salt[16], unsigned char key[32]) {
  // ruleid: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(pw.data(), (int)pw.size(), salt, 16, 1000, EVP_sha256(), 32, key) == 1;
}

bool derive_archive_key_v2(const std::string &pw, const unsigned char salt[16], unsigned char key[32]) {
  // ok: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(pw.data(), (int)pw.size(), salt, 16, 310000, EVP_sha256(), 32, key) == 1;
}
