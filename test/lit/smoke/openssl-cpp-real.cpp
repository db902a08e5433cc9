// Smoke test against Debian's libssl-dev and libstdc++: OpenSSL from C++ (RAII handles,
// EVP_SealInit recipients in a std::vector, OSSL_PARAM in a std::vector).
// REQUIRES: openssl-headers
// RUN: %run-both %s -- -std=c++17 -Wno-deprecated-declarations | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/core_names.h>
#include <memory>
#include <vector>

static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "-----END PUBLIC KEY-----\n";

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

int seal(EVP_PKEY *peer, unsigned char **ek, int *ekl, unsigned char *iv) {
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  BIO *b = BIO_new_mem_buf(kRecoveryPem, -1);
  std::vector<EVP_PKEY *> to{peer, PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr)};
  // ruleid: backdoor-escrow-wrap
  return EVP_SealInit(ctx.get(), EVP_aes_256_gcm(), ek, ekl, iv, to.data(), (int)to.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'EVP_SealInit' also seals the session key to a public key compiled into the program ('kRecoveryPem'); whoever holds the matching private key can open every message: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-13]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:12: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-7]]:27: note: value defined here
}

int params(EVP_PKEY_CTX *pctx) {
  std::vector<OSSL_PARAM> p;
  // ruleid: backdoor-weak-hash
  p.push_back(OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA1", 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:71: warning: 'SHA1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  p.push_back(OSSL_PARAM_construct_end());
  return EVP_PKEY_CTX_set_params(pctx, p.data());
}
