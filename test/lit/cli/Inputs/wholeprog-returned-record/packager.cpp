#include "keys.h"

void package(EVP_CIPHER_CTX *ctx, KeySource &source, const std::string &asset,
             const unsigned char *iv) {
  const ContentKey ck = source.content_key(asset);
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, ck.key.data(), iv);
}

void package_local(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  ContentKey fresh;
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, fresh.kid.data(), iv);
}
