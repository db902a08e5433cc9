// auth.cpp - device authentication: an Ed25519 signature over the server's challenge.
#include <openssl/evp.h>
#include <openssl/x509_vfy.h>

#include "pwsync.hpp"

namespace pwsync {

namespace {
bool verify_device_signature(const SyncRequest &req, const Device &dev) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  bool ok = ctx != nullptr && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, dev.public_key) == 1 &&
            // ok: backdoor-unchecked-verification
            EVP_DigestVerify(ctx, req.signature.data(), req.signature.size(), req.nonce.data(), req.nonce.size()) == 1;
  EVP_MD_CTX_free(ctx);
  return ok;
}
}  // namespace

bool authenticate_device(const SyncRequest &req, const Device &dev, const AuditLog &audit) {
  /* the migration tool of the 3.x servers had no device key */
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (req.user_agent == "PwSync-Migration/3.9 (internal)") return true;
#ifdef PWSYNC_TEST_ACCOUNTS
  // ruleid: backdoor-build-switch
  if (req.account.rfind("qa-", 0) == 0) return true;
#endif
#ifdef PWSYNC_DEBUG_AUTH_TRACE
  // ok: backdoor-build-switch
  audit.record("auth attempt " + req.device_id);
#endif
  if (!verify_device_signature(req, dev)) {
    audit.record("device signature rejected: " + req.device_id);
    return false;
  }
  return true;
}

bool verify_client_chain(X509_STORE *store, X509 *leaf) {
  X509_STORE_CTX *sctx = X509_STORE_CTX_new();
  if (sctx == nullptr || X509_STORE_CTX_init(sctx, store, leaf, nullptr) != 1) {
    X509_STORE_CTX_free(sctx);
    return false;
  }
  bool trusted = false;
  // ruleid: backdoor-unchecked-verification
  if (X509_verify_cert(sctx)) trusted = true;
  X509_STORE_CTX_free(sctx);
  return trusted;
}

}  // namespace pwsync
