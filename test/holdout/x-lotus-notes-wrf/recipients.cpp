// recipients.cpp - bulk keys encrypted for each recipient's public key from the address book.
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <cstdio>

#include "notes_crypto.hpp"

namespace notes {

Bytes wrap_for_recipient(EVP_PKEY *pub, const std::uint8_t *key, std::size_t len) {
  Bytes out;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pub, nullptr);
  std::size_t outlen = 0;
  if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) <= 0) {
    EVP_PKEY_CTX_free(ctx);
    return out;
  }
  // ok: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING);
  if (EVP_PKEY_encrypt(ctx, nullptr, &outlen, key, len) > 0) {
    out.resize(outlen);
    // ok: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(ctx, out.data(), &outlen, key, len) > 0)
      out.resize(outlen);
    else
      out.clear();
  }
  EVP_PKEY_CTX_free(ctx);
  return out;
}

std::string key_fingerprint(EVP_PKEY *pub) {
  unsigned char *der = nullptr;
  int n = i2d_PUBKEY(pub, &der);
  if (n <= 0) return {};
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(der, static_cast<std::size_t>(n), digest);
  OPENSSL_free(der);
  std::string hex;
  char two[3];
  for (unsigned char b : digest) {
    std::snprintf(two, sizeof two, "%02x", b);
    hex += two;
  }
  return hex;
}

}  // namespace notes
