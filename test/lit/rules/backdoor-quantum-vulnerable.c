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

// TLS key exchange groups: a list that offers only classical groups is
// reported once at the list; one hybrid or ML-KEM group is the migration made
// (the classical groups beside it serve old peers).
#include <openssl/ssl.h>
#include <gnutls/gnutls.h>

static const int classical_ids[] = {NID_X25519, NID_X9_62_prime256v1, NID_ffdhe2048};

void tls_groups(SSL_CTX *ctx, SSL *ssl, gnutls_session_t s, const char *configured) {
  // ruleid: backdoor-quantum-vulnerable
  SSL_CTX_set1_groups_list(ctx, "X25519:P-256:P-384");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the key exchange groups 'X25519:P-256:P-384' offer only elliptic-curve Diffie-Hellman, which a quantum computer running Shor's algorithm breaks (traffic recorded today is decrypted later); migrate to ML-KEM-768 (FIPS 203) for key establishment, in TLS a hybrid group such as X25519MLKEM768 [backdoor-quantum-vulnerable]
  // CNSA: :[[@LINE-2]]:33: warning: the key exchange groups 'X25519:P-256:P-384' offer only elliptic-curve Diffie-Hellman, which a quantum computer running Shor's algorithm breaks (traffic recorded today is decrypted later); migrate to ML-KEM-1024 (FIPS 203) for key establishment, in TLS a hybrid group such as X25519MLKEM768 [backdoor-quantum-vulnerable]
  // ruleid: backdoor-quantum-vulnerable
  SSL_CTX_set1_groups(ctx, classical_ids, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the key exchange groups of this call offer only elliptic-curve and finite-field Diffie-Hellman, which a quantum computer running Shor's algorithm breaks (traffic recorded today is decrypted later); migrate to ML-KEM-768 (FIPS 203) for key establishment, in TLS a hybrid group such as X25519MLKEM768 [backdoor-quantum-vulnerable]
  // CNSA: :[[@LINE-2]]:28: warning: the key exchange groups of this call offer only elliptic-curve and finite-field Diffie-Hellman
  // ruleid: backdoor-quantum-vulnerable
  gnutls_priority_set_direct(s, "NORMAL:-GROUP-ALL:+GROUP-FFDHE3072", NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the key exchange groups 'NORMAL:-GROUP-ALL:+GROUP-FFDHE3072' offer only finite-field Diffie-Hellman
  // CNSA: :[[@LINE-2]]:33: warning: the key exchange groups 'NORMAL:-GROUP-ALL:+GROUP-FFDHE3072' offer only finite-field Diffie-Hellman
  // ok: backdoor-quantum-vulnerable (a hybrid group first: migrated)
  SSL_set1_groups_list(ssl, "X25519MLKEM768:X25519:P-256");
  // ok: backdoor-quantum-vulnerable (the library's default list)
  SSL_set1_groups_list(ssl, "DEFAULT");
  // ok: backdoor-quantum-vulnerable (a list from configuration: not known here)
  SSL_set1_groups_list(ssl, configured);
  // ok: backdoor-quantum-vulnerable (a group added to NORMAL's own, which stay offered)
  gnutls_priority_set_direct(s, "NORMAL:+GROUP-FFDHE3072", NULL);
  // ok: backdoor-quantum-vulnerable (a GnuTLS priority that names no group keeps the library's)
  gnutls_priority_set_direct(s, "NORMAL:-VERS-ALL:+VERS-TLS1.3", NULL);
}
