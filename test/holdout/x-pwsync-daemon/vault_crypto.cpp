// vault_crypto.cpp - vault blobs: v0 (imports from the old desktop app), v1, v2.
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "pwsync.hpp"

namespace pwsync {

namespace {
const EVP_CIPHER *cipher_of(VaultFormat fmt) {
  switch (fmt) {
    case VaultFormat::V0Import:
      return EVP_bf_cbc();
    case VaultFormat::V1:
      return EVP_aes_256_ecb();
    case VaultFormat::V2:
    default:
      return EVP_aes_256_gcm();
  }
}
}  // namespace

bool seal_vault(VaultFormat fmt, const Bytes &vault_key, const Bytes &plain, Bytes &out) {
  unsigned char iv[16];
  // ok: backdoor-predictable-random
  if (RAND_bytes(iv, sizeof iv) != 1) return false;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == nullptr) return false;
  int n = 0, fin = 0;
  out.resize(plain.size() + 32);
  bool ok = false;
  if (fmt == VaultFormat::V0Import) {
    // ruleid: backdoor-weak-cipher
    ok = EVP_EncryptInit_ex(ctx, cipher_of(VaultFormat::V0Import), nullptr, vault_key.data(), iv) == 1;
  } else if (fmt == VaultFormat::V1) {
    // ruleid: backdoor-ecb-mode
    ok = EVP_EncryptInit_ex(ctx, cipher_of(VaultFormat::V1), nullptr, vault_key.data(), nullptr) == 1;
  } else {
    // ok: backdoor-ecb-mode, backdoor-weak-cipher, backdoor-hardcoded-iv
    ok = EVP_EncryptInit_ex(ctx, cipher_of(VaultFormat::V2), nullptr, vault_key.data(), iv) == 1;
  }
  ok = ok && EVP_EncryptUpdate(ctx, out.data(), &n, plain.data(), static_cast<int>(plain.size())) == 1 &&
       EVP_EncryptFinal_ex(ctx, out.data() + n, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  out.resize(ok ? static_cast<std::size_t>(n + fin) : 0);
  return ok;
}

bool rewrap_vault(const Bytes &vault_key, const Bytes &iv, Bytes &blob) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == nullptr) return false;
  int n = 0;
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) == 1;
  // ok: backdoor-null-cipher
  ok = ok && EVP_EncryptInit_ex(ctx, nullptr, nullptr, vault_key.data(), iv.data()) == 1 &&
       EVP_EncryptUpdate(ctx, blob.data(), &n, blob.data(), static_cast<int>(blob.size())) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

}  // namespace pwsync
