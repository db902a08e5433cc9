// cert_forge.cpp - issue a browser-side certificate for every intercepted host.
#include "komodia.h"

#include <openssl/bn.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <cstdio>

namespace komodia {
namespace {

// leaf keys are made while the browser waits for the handshake
constexpr int kLeafKeyBits = 1024;

std::string cache_key(X509 *upstream)
{
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  char hex[2 * EVP_MAX_MD_SIZE + 1];

  // the upstream certificate's fingerprint names the cache slot
  // ok: backdoor-weak-hash
  if (X509_digest(upstream, EVP_sha1(), md, &n) != 1) {
    return {};
  }
  for (unsigned int i = 0; i < n; i++) {
    std::snprintf(hex + 2 * i, 3, "%02x", md[i]);
  }
  return std::string(hex, 2 * n);
}

void copy_ext(X509 *to, X509 *from, int nid)
{
  int idx = X509_get_ext_by_NID(from, nid, -1);
  if (idx >= 0) {
    X509_add_ext(to, X509_get_ext(from, idx), -1);
  }
}

} // namespace

EVP_PKEY *CertForge::new_leaf_key()
{
  EVP_PKEY *pkey = nullptr;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);

  if (kctx == nullptr || EVP_PKEY_keygen_init(kctx) != 1) {
    EVP_PKEY_CTX_free(kctx);
    return nullptr;
  }
  // ruleid: backdoor-short-key
  EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, kLeafKeyBits);
  if (EVP_PKEY_keygen(kctx, &pkey) != 1) {
    pkey = nullptr;
  }
  EVP_PKEY_CTX_free(kctx);
  return pkey;
}

ForgedIdentity CertForge::forge(X509 *upstream, bool upstream_valid)
{
  const std::string slot = cache_key(upstream);
  std::lock_guard<std::mutex> lock(mu_);

  auto it = cache_.find(slot);
  if (it != cache_.end()) {
    return it->second;
  }

  RootAuthority &ra = RootAuthority::instance();
  ForgedIdentity id;
  id.key = new_leaf_key();
  id.cert = X509_new();
  if (id.key == nullptr || id.cert == nullptr) {
    return {};
  }
  X509_set_version(id.cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(id.cert), ++serial_);
  X509_set_subject_name(id.cert, X509_get_subject_name(upstream));
  X509_set_issuer_name(id.cert, X509_get_subject_name(ra.cert()));
  X509_set1_notBefore(id.cert, X509_get0_notBefore(upstream));
  X509_set1_notAfter(id.cert, X509_get0_notAfter(upstream));
  X509_set_pubkey(id.cert, id.key);
  copy_ext(id.cert, upstream, NID_subject_alt_name);
  if (!upstream_valid) {
    // the browser is never told: the failure only shows in the leaf's OU
    X509_NAME *subj = X509_get_subject_name(id.cert);
    X509_NAME_add_entry_by_txt(subj, "OU", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Digestor: upstream not verified"), -1, -1, 0);
  }
  // ruleid: backdoor-weak-hash
  if (X509_sign(id.cert, ra.key(), EVP_sha1()) == 0) {
    X509_free(id.cert);
    EVP_PKEY_free(id.key);
    return {};
  }
  cache_[slot] = id;
  return id;
}

} // namespace komodia
