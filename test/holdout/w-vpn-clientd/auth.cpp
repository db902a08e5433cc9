// auth.cpp - IKE_AUTH: the gateway's signature over its SA_INIT octets
#include <cstdio>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "vpn.hpp"

namespace vpn {

bool verify_gateway_auth(EVP_PKEY *gw_key, const Bytes &signed_octets, const Bytes &sig) {
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == nullptr)
    return false;
  // ok: backdoor-weak-hash
  if (EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, gw_key) != 1) {
    EVP_MD_CTX_free(md);
    return false;
  }
  const int r = EVP_DigestVerify(md, sig.data(), sig.size(), signed_octets.data(), signed_octets.size());
  EVP_MD_CTX_free(md);
  // ruleid: backdoor-unchecked-verification
  return r;
}

bool verify_config_push(EVP_PKEY *gw_key, const Bytes &blob, const Bytes &sig) {
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == nullptr)
    return false;
  bool ok = EVP_DigestVerifyInit(md, nullptr, EVP_sha384(), nullptr, gw_key) == 1;
  // ok: backdoor-unchecked-verification
  ok = ok && EVP_DigestVerify(md, sig.data(), sig.size(), blob.data(), blob.size()) == 1;
  EVP_MD_CTX_free(md);
  return ok;
}

EVP_PKEY *make_machine_key() {
  EVP_PKEY *pkey = nullptr;
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  if (pctx == nullptr || EVP_PKEY_keygen_init(pctx) != 1)
    return nullptr;
  // ok: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, 3072);
  EVP_PKEY_keygen(pctx, &pkey);
  EVP_PKEY_CTX_free(pctx);
  return pkey;
}

}  // namespace vpn
