// verify.cpp - manifest signatures (RSA-PSS, OpenSSL) and patch-chunk signatures (Ed25519, libsodium).
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <sodium.h>

#include <cstdlib>

#include "launcher.hpp"

namespace launcher {

namespace {
EVP_PKEY *manifest_key() {
  BIO *b = BIO_new_mem_buf(kManifestPublicKeyPem, -1);
  EVP_PKEY *k = b ? PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr) : nullptr;
  BIO_free(b);
  return k;
}
}  // namespace

bool verify_manifest(const Manifest &m) {
  // QA runs unsigned manifests from the staging CDN
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("LAUNCHER_DEV_UNSIGNED") != nullptr) return true;
  // ok: backdoor-hidden-bypass
  if (std::getenv("LAUNCHER_REQUIRE_PINNED") != nullptr && m.etag.empty()) return false;

  EVP_PKEY *pub = manifest_key();
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  EVP_PKEY_CTX *pctx = nullptr;
  int r = 0;
  // ok: backdoor-weak-hash
  if (pub != nullptr && ctx != nullptr && EVP_DigestVerifyInit(ctx, &pctx, EVP_sha256(), nullptr, pub) == 1) {
    // ok: backdoor-rsa-without-oaep
    EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
    r = EVP_DigestVerify(ctx, m.signature.data(), m.signature.size(),
                         reinterpret_cast<const unsigned char *>(m.body.data()), m.body.size());
  }
  EVP_MD_CTX_free(ctx);
  EVP_PKEY_free(pub);
  // ruleid: backdoor-unchecked-verification
  return r;
}

bool verify_patch_chunk(const Bytes &chunk, const unsigned char sig[64], const unsigned char pk[32]) {
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig, chunk.data(), chunk.size(), pk) == 0;
}

}  // namespace launcher
