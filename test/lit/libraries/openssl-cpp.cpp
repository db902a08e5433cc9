// RUN: %run-both %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl escrow
// coverage: openssl weak-primitive
// coverage: openssl key-size
// coverage: openssl hardcoded-key
// coverage: openssl hardcoded-iv
// OpenSSL from C++: RAII handles, EVP_SealInit recipients in containers, OSSL_PARAM in containers.
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <mock/std.h>

static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
    "-----END PUBLIC KEY-----\n";
// ruleid: backdoor-secret-literal
static const unsigned char kKey[24] = {0x4b, 0x19, 0xe2, 0x0a, 0x77, 0x3c, 0xd5, 0x81, 0x6e, 0x02, 0xfa, 0x93,
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: variable 'kKey' holds 24 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                       0x28, 0xb7, 0x5d, 0xc4, 0x31, 0x8e, 0x67, 0xa9, 0x0f, 0xd2, 0x54, 0x1b};
static const unsigned char kIv[8] = {1, 2, 3, 4, 5, 6, 7, 8};

/* RAII handles: std::unique_ptr with EVP_CIPHER_CTX_free as the deleter. */
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

int raii_encrypt(unsigned char *out, int *outl, const unsigned char *in, int inl) {
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  // ruleid: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx.get(), EVP_des_ede3_cbc(), nullptr, kKey, kIv);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-2]]:62: warning: hardcoded key 'kKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-14]]:39: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-4]]:68: warning: constant IV 'kIv' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-13]]:37: note: constant defined here
  return EVP_EncryptUpdate(ctx.get(), out, outl, in, inl);
}

int raii_ok(const unsigned char *key, unsigned char *out, int *outl, const unsigned char *in, int inl) {
  CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
  unsigned char iv[12];
  if (RAND_bytes(iv, sizeof iv) != 1) return 0;
  // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, iv);
  return EVP_EncryptUpdate(ctx.get(), out, outl, in, inl);
}

/* Recipients of EVP_SealInit in an array or a std::vector: the embedded key is an extra one. */
class Sealer {
public:
  EVP_PKEY *escrow() {
    BIO *b = BIO_new_mem_buf(kRecoveryPem, -1);
    return PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  }
  int seal(EVP_PKEY *peer, unsigned char **ek, int *ekl, unsigned char *iv) {
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    EVP_PKEY *recipients[] = {peer, escrow()};
    // ruleid: backdoor-escrow-wrap
    return EVP_SealInit(ctx.get(), EVP_aes_256_gcm(), ek, ekl, iv, recipients, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'EVP_SealInit' also seals the session key to a public key compiled into the program ('kRecoveryPem'); whoever holds the matching private key can open every message: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-47]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-10]]:14: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-10]]:12: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-11]]:5: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-8]]:30: note: value defined here
  }
  int seal_vec(EVP_PKEY *peer, unsigned char **ek, int *ekl, unsigned char *iv) {
    std::vector<EVP_PKEY *> recipients;
    recipients.push_back(peer);
    recipients.push_back(escrow());
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    // ruleid: backdoor-escrow-wrap
    return EVP_SealInit(ctx.get(), EVP_aes_256_gcm(), ek, ekl, iv, recipients.data(), (int)recipients.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'EVP_SealInit' also seals the session key to a public key compiled into the program ('kRecoveryPem'); whoever holds the matching private key can open every message: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-61]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-24]]:14: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-24]]:12: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-25]]:5: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-9]]:26: note: value assigned here
  }
  int seal_ok(EVP_PKEY *peer, EVP_PKEY *self, unsigned char **ek, int *ekl, unsigned char *iv) {
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    EVP_PKEY *recipients[] = {peer, self};
    // ok: backdoor-escrow-wrap
    return EVP_SealInit(ctx.get(), EVP_aes_256_gcm(), ek, ekl, iv, recipients, 2);
  }
};

/* OSSL_PARAM lists built in a std::vector (push_back, emplace_back) or an array. */
int kdf_params(EVP_PKEY_CTX *pctx) {
  std::vector<OSSL_PARAM> params;
  // ruleid: backdoor-weak-hash
  params.push_back(OSSL_PARAM_construct_utf8_string("digest", (char *)"SHA1", 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: 'SHA1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  params.push_back(OSSL_PARAM_construct_end());
  return EVP_PKEY_CTX_set_params(pctx, params.data());
}
int kdf_params_emplace(EVP_PKEY_CTX *pctx) {
  std::vector<OSSL_PARAM> params;
  // ruleid: backdoor-weak-hash
  params.emplace_back(OSSL_PARAM_construct_utf8_string("digest", (char *)"MD5", 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: 'MD5' selects the broken hash MD5 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  params.emplace_back(OSSL_PARAM_construct_end());
  return EVP_PKEY_CTX_set_params(pctx, params.data());
}
int keygen_params(EVP_PKEY_CTX *pctx) {
  unsigned int bits = 1024;
  // ruleid: backdoor-short-key
  OSSL_PARAM params[] = {OSSL_PARAM_construct_uint("bits", &bits), OSSL_PARAM_construct_end()};
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: value assigned here
  return EVP_PKEY_CTX_set_params(pctx, params);
}
int keygen_params_ok(EVP_PKEY_CTX *pctx) {
  unsigned int bits = 3072;
  std::vector<OSSL_PARAM> params;
  // ok: backdoor-short-key
  params.push_back(OSSL_PARAM_construct_uint("bits", &bits));
  // ok: backdoor-weak-hash
  params.push_back(OSSL_PARAM_construct_utf8_string("digest", (char *)"SHA256", 0));
  return EVP_PKEY_CTX_set_params(pctx, params.data());
}
