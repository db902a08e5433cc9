// profile.cpp - profiles store the user's credentials wrapped under a password key
#include <cstring>
#include <openssl/evp.h>

#include "vpn.hpp"

namespace vpn {

static const unsigned char kProfileSalt[16] = {'v', 'p', 'n', 'c', 'l', 'i', 'e', 'n', 't', '-', 'p', 'r', 'o', 'f', '0', '1'};

bool profile_unlock(const Profile &p, const std::string &password, Bytes &out) {
  unsigned char kek[32], iv[12];
  int len = 0, fin = 0;
  if (p.wrapped_credentials.size() < 12 + 16)
    return false;
  // ruleid: backdoor-hardcoded-iv, backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), kProfileSalt, sizeof kProfileSalt, 1000, EVP_sha256(), sizeof kek, kek) != 1)
    return false;
  std::memcpy(iv, p.wrapped_credentials.data(), sizeof iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  out.resize(p.wrapped_credentials.size() - 28);
  const unsigned char *tag = p.wrapped_credentials.data() + p.wrapped_credentials.size() - 16;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  bool ok = EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, kek, iv) == 1;
  ok = ok && EVP_DecryptUpdate(ctx, out.data(), &len, p.wrapped_credentials.data() + 12, static_cast<int>(out.size())) == 1;
  ok = ok && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<unsigned char *>(tag)) == 1;
  ok = ok && EVP_DecryptFinal_ex(ctx, out.data() + len, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}

}  // namespace vpn
