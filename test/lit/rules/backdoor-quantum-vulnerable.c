// RUN: %run-both --checks=backdoor-quantum-vulnerable %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Off by default: a glob does not enable it, the cnsa-2.0 profile does (with
// its own migration targets).
// RUN: %run-both --checks='backdoor-*,-backdoor-weak-*,-backdoor-short-key,-backdoor-hardcoded-*,-backdoor-known-key' %s -- %mock | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: backdoor-quantum-vulnerable
// RUN: %run-both --profile cnsa-2.0 --checks=backdoor-quantum-vulnerable %s -- %mock | FileCheck %s --check-prefix=CNSA
#include <openssl/evp.h>
#include <openssl/ec.h>
#include <oqs/oqs.h>

void classical(EVP_PKEY_CTX *pctx, DH *dh, EVP_MD_CTX *md, EVP_PKEY *pkey) {
  // The RSA key generation: both uses are possible.
  // ruleid: backdoor-quantum-vulnerable
  EVP_PKEY *rsa = EVP_RSA_gen(3072);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'RSA' uses RSA, which a quantum computer running Shor's algorithm breaks; migrate to ML-KEM-768 (FIPS 203) for key establishment or ML-DSA-65 (FIPS 204) for signatures [backdoor-quantum-vulnerable]
  // CNSA: :[[@LINE-2]]:19: warning: 'RSA' uses RSA, which a quantum computer running Shor's algorithm breaks; migrate to ML-KEM-1024 (FIPS 203) for key establishment or ML-DSA-87 (FIPS 204) for signatures [backdoor-quantum-vulnerable]
  (void)rsa;
  // ruleid: backdoor-quantum-vulnerable
  DH_generate_parameters_ex(dh, 3072, 2, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'DH_generate_parameters_ex' uses finite-field Diffie-Hellman, which a quantum computer running Shor's algorithm breaks; migrate to ML-KEM-768 (FIPS 203) for key establishment [backdoor-quantum-vulnerable]
  // CNSA: :[[@LINE-2]]:33: warning: 'DH_generate_parameters_ex' uses finite-field Diffie-Hellman, which a quantum computer running Shor's algorithm breaks; migrate to ML-KEM-1024 (FIPS 203) for key establishment [backdoor-quantum-vulnerable]
  // ruleid: backdoor-quantum-vulnerable
  EC_KEY *ec = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'NID_X9_62_prime256v1' uses elliptic-curve cryptography, which a quantum computer running Shor's algorithm breaks; migrate to ML-KEM-768 (FIPS 203) for key establishment or ML-DSA-65 (FIPS 204) for signatures [backdoor-quantum-vulnerable]
  (void)ec;
}

void post_quantum(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  // ok: backdoor-quantum-vulnerable
  OQS_KEM *kem = OQS_KEM_new(OQS_KEM_alg_ml_kem_1024);
  // ok: backdoor-quantum-vulnerable
  OQS_SIG *sig = OQS_SIG_new(OQS_SIG_alg_ml_dsa_87);
  // ok: backdoor-quantum-vulnerable
  EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "ML-KEM-768");
  // ok: backdoor-quantum-vulnerable (symmetric: Grover only halves the key)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
  (void)kem, (void)sig, (void)k;
}
