// share.cpp: shared folders.  Each user has an RSA key pair whose private
// half is stored encrypted in the vault; a shared folder's key is sent to
// each member wrapped under the member's public key (which the server
// hands out).  Format 1 is the 2011 wire format some members' clients
// still read.
#include "vault.hpp"

#include <openssl/rsa.h>

namespace lpv {

EVP_PKEY *generate_sharing_keypair() {
  EVP_PKEY *pkey = nullptr;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  if (ctx == nullptr)
    return nullptr;
  if (EVP_PKEY_keygen_init(ctx) != 1 ||
      // ok: backdoor-short-key
      EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) != 1 || EVP_PKEY_keygen(ctx, &pkey) != 1)
    pkey = nullptr;
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

bool wrap_share_key(EVP_PKEY *recipient, const Bytes &share_key, int format, Bytes &out) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(recipient, nullptr);
  size_t n = 0;
  bool ok = false;
  if (ctx == nullptr || EVP_PKEY_encrypt_init(ctx) != 1) {
    EVP_PKEY_CTX_free(ctx);
    return false;
  }
  if (format == 1) {
    // ruleid: backdoor-rsa-without-oaep
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) != 1)
      goto done;
  } else {
    // ok: backdoor-rsa-without-oaep
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) != 1)
      goto done;
  }
  // ok: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx, nullptr, &n, share_key.data(), share_key.size()) != 1)
    goto done;
  out.resize(n);
  // ok: backdoor-escrow-wrap
  if (EVP_PKEY_encrypt(ctx, out.data(), &n, share_key.data(), share_key.size()) != 1)
    goto done;
  out.resize(n);
  ok = true;
done:
  EVP_PKEY_CTX_free(ctx);
  return ok;
}

} // namespace lpv
