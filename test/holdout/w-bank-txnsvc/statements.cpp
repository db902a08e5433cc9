// statements.cpp - PDF statements exported from the app, encrypted under the customer's export password
#include <algorithm>
#include <ranges>
#include <string>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "txn.hpp"

namespace txn {

struct ExportedStatement {
  unsigned char salt[16];
  unsigned char iv[12];
  Bytes body;
};

bool export_statement(const std::string &export_password, std::span<const std::uint8_t> pdf, ExportedStatement &out) {
  unsigned char key[32] = {0};
  int len = 0;
  // ok: backdoor-predictable-random
  if (RAND_bytes(out.salt, sizeof out.salt) != 1 || RAND_bytes(out.iv, sizeof out.iv) != 1)
    return false;
  if (!export_password.empty()) {
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    PKCS5_PBKDF2_HMAC(export_password.data(), static_cast<int>(export_password.size()), out.salt, sizeof out.salt, 600000, EVP_sha256(), sizeof key, key);
  }
  out.body.resize(pdf.size() + 16);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ruleid: backdoor-known-key
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, out.iv) == 1;
  ok = ok && EVP_EncryptUpdate(ctx, out.body.data(), &len, pdf.data(), static_cast<int>(pdf.size())) == 1;
  ok = ok && EVP_EncryptFinal_ex(ctx, out.body.data() + len, &len) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

std::vector<std::string> statement_months(const std::vector<std::string> &all) {
  std::vector<std::string> out;
  std::ranges::copy_if(all, std::back_inserter(out), [](const std::string &m) { return m.size() == 7; });
  std::ranges::sort(out);
  return out;
}

}  // namespace txn
