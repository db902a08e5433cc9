// mail_encrypt.cpp - encrypts a memo for its recipients (RC2 bulk cipher of the R4 code line).
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "notes_crypto.hpp"

namespace notes {

MailEncryptor::MailEncryptor(Edition edition) : edition_(edition) {}

bool MailEncryptor::seal(const std::string &body, const std::vector<Recipient> &to,
                         SealedMessage &out) const {
  BulkKey key;
  if (RAND_bytes(key.bytes.data(), static_cast<int>(key.bytes.size())) != 1) return false;
  out.iv.resize(8);
  // ok: backdoor-predictable-random
  if (RAND_bytes(out.iv.data(), 8) != 1) return false;

  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == nullptr) return false;
  bool ok = false;
  int n = 0, fin = 0;
  out.body.resize(body.size() + 8);
  // ruleid: backdoor-weak-cipher
  // ok: backdoor-ecb-mode
  if (EVP_EncryptInit_ex(ctx, EVP_rc2_cbc(), nullptr, nullptr, nullptr) != 1) goto done;
  // ruleid: backdoor-short-key
  if (EVP_CIPHER_CTX_set_key_length(ctx, 8) != 1) goto done;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (EVP_EncryptInit_ex(ctx, nullptr, nullptr, key.bytes.data(), out.iv.data()) != 1) goto done;
  if (EVP_EncryptUpdate(ctx, out.body.data(), &n, reinterpret_cast<const unsigned char *>(body.data()),
                        static_cast<int>(body.size())) != 1)
    goto done;
  if (EVP_EncryptFinal_ex(ctx, out.body.data() + n, &fin) != 1) goto done;
  out.body.resize(static_cast<std::size_t>(n + fin));

  for (const Recipient &r : to)
    out.key_blocks.emplace_back(r.canonical_name, wrap_for_recipient(r.public_key, key.bytes.data(), key.bytes.size()));
  if (edition_ != Edition::NorthAmerican) out.workfactor_field = wrf_.reduce(key);
  ok = true;
done:
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(key.bytes.data(), key.bytes.size());
  return ok;
}

// R5 "strong encryption" databases: AES-256-GCM with a per-message key, no WRF
bool MailEncryptor::seal_modern(const std::string &body, const std::vector<Recipient> &to,
                                SealedMessage &out) const {
  unsigned char dek[32];
  if (RAND_bytes(dek, sizeof dek) != 1) return false;
  out.iv.resize(12);
  if (RAND_bytes(out.iv.data(), 12) != 1) return false;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int n = 0, fin = 0;
  out.body.resize(body.size() + 16);
  // ok: backdoor-weak-cipher, backdoor-hardcoded-iv, backdoor-ecb-mode
  bool ok = ctx != nullptr && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, dek, out.iv.data()) == 1 &&
            EVP_EncryptUpdate(ctx, out.body.data(), &n, reinterpret_cast<const unsigned char *>(body.data()),
                              static_cast<int>(body.size())) == 1 &&
            EVP_EncryptFinal_ex(ctx, out.body.data() + n, &fin) == 1 &&
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.body.data() + n + fin) == 1;
  if (ok) {
    out.body.resize(static_cast<std::size_t>(n + fin + 16));
    for (const Recipient &r : to) out.key_blocks.emplace_back(r.canonical_name, wrap_for_recipient(r.public_key, dek, sizeof dek));
  }
  EVP_CIPHER_CTX_free(ctx);
  OPENSSL_cleanse(dek, sizeof dek);
  return ok;
}

}  // namespace notes
