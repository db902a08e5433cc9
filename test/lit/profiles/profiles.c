// Policy profiles: each RUN shows the verdicts a profile changes, through both
// front ends (--profile NAME and the plugin's BackdoorScanProfile option).
// RUN: %run-both --checks='backdoor-weak-kdf,backdoor-weak-cipher,backdoor-short-key,backdoor-weak-hash' %s -- %mock | FileCheck %s --check-prefix=DEFAULT -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --profile default --checks='backdoor-weak-kdf,backdoor-weak-cipher,backdoor-short-key,backdoor-weak-hash' %s -- %mock | FileCheck %s --check-prefix=DEFAULT -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --profile owasp-2023 --checks='backdoor-weak-kdf' %s -- %mock | FileCheck %s --check-prefix=OWASP -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --profile nist-sp800-131a --checks='backdoor-weak-kdf,backdoor-weak-cipher' %s -- %mock | FileCheck %s --check-prefix=NIST -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --profile bsi-tr-02102-1 --checks='backdoor-short-key,backdoor-weak-hash' %s -- %mock | FileCheck %s --check-prefix=BSI -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --profile cnsa-2.0 --checks='backdoor-short-key,backdoor-weak-hash,backdoor-quantum-vulnerable' %s -- %mock | FileCheck %s --check-prefix=CNSA -implicit-check-not="{{warning|error}}:"
#include <openssl/evp.h>
#include <oqs/oqs.h>
#include <string.h>

void kdf(const char *pw, const unsigned char *salt, unsigned char *key) {
  // OWASP 2021's figure: NIST accepts it, OWASP 2023 asks for 600,000.
  PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, 310000, EVP_sha256(), 32, key);
  // OWASP: :[[@LINE-1]]:52: warning: the PBKDF2-HMAC-SHA256 iteration count 310,000 of 'PKCS5_PBKDF2_HMAC' is below 600,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // CNSA 2.0: SHA-384 or better in every use, key derivation included.
  // CNSA: :[[@LINE-3]]:60: warning: 'EVP_sha256' selects the 256-bit hash SHA-2 for key derivation; the policy profile requires a digest of at least 384 bits [backdoor-weak-hash]
  PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, 4096, EVP_sha256(), 32, key);
  // DEFAULT: :[[@LINE-1]]:52: warning: the PBKDF2 iteration count 4,096 of 'PKCS5_PBKDF2_HMAC' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // OWASP: :[[@LINE-2]]:52: warning: the PBKDF2-HMAC-SHA256 iteration count 4,096 of 'PKCS5_PBKDF2_HMAC' is below 600,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // CNSA: :[[@LINE-3]]:58: warning: 'EVP_sha256' selects the 256-bit hash SHA-2 for key derivation; the policy profile requires a digest of at least 384 bits [backdoor-weak-hash]
  // scrypt N = 2^14: RFC 7914's interactive minimum, below OWASP's 2^17.
  EVP_PBE_scrypt(pw, strlen(pw), salt, 16, 16384, 8, 1, 0, key, 32);
  // OWASP: :[[@LINE-1]]:44: warning: the scrypt cost N 16,384 of 'EVP_PBE_scrypt' is below 131,072; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
}

void ciphers(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  // Triple DES: legacy by default, disallowed (broken) under SP 800-131A.
  EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
  // DEFAULT: :[[@LINE-1]]:27: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // NIST: :[[@LINE-2]]:27: warning: 'EVP_des_ede3_cbc' selects the broken cipher Triple DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // AES-128: CNSA 2.0 asks for AES-256.
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, key, iv);
  // CNSA: :[[@LINE-1]]:27: warning: 128-bit AES key is too short and can be found by exhaustive search; use at least 256 bits [backdoor-short-key]
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

void keys(RSA *rsa, EVP_MD_CTX *md, EVP_PKEY *pkey) {
  // RSA-2048: enough for NIST, not for BSI TR-02102-1 (3000) or CNSA.
  RSA_generate_key_ex(rsa, 2048, NULL, NULL);
  // BSI: :[[@LINE-1]]:28: warning: 2048-bit RSA key is too short and can be factored or broken; use at least 3000 bits [backdoor-short-key]
  // CNSA: :[[@LINE-2]]:28: warning: 'RSA_generate_key_ex' uses RSA, which a quantum computer running Shor's algorithm breaks; migrate to ML-KEM-1024 (FIPS 203) for key establishment or ML-DSA-87 (FIPS 204) for signatures [backdoor-quantum-vulnerable]
  // CNSA: :[[@LINE-3]]:28: warning: 2048-bit RSA key is too short and can be factored or broken; use at least 3072 bits [backdoor-short-key]
  // SHA-224 and SHA-256 signatures: BSI asks for 256 bits, CNSA for 384.
  EVP_DigestSignInit(md, NULL, EVP_sha224(), NULL, pkey);
  // BSI: :[[@LINE-1]]:32: warning: 'EVP_sha224' selects the 224-bit hash SHA-2 for a signature; the policy profile requires a digest of at least 256 bits [backdoor-weak-hash]
  // CNSA: :[[@LINE-2]]:32: warning: 'EVP_sha224' selects the 224-bit hash SHA-2 for a signature; the policy profile requires a digest of at least 384 bits [backdoor-weak-hash]
  EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, pkey);
  // CNSA: :[[@LINE-1]]:32: warning: 'EVP_sha256' selects the 256-bit hash SHA-2 for a signature; the policy profile requires a digest of at least 384 bits [backdoor-weak-hash]
  EVP_DigestSignInit(md, NULL, EVP_sha384(), NULL, pkey);
}

void post_quantum(void) {
  // ML-KEM-768 and ML-DSA-65: below CNSA 2.0's ML-KEM-1024 and ML-DSA-87.
  OQS_KEM *a = OQS_KEM_new(OQS_KEM_alg_ml_kem_768);
  // CNSA: :[[@LINE-1]]:28: warning: the ML-KEM-768 parameter set is below the policy profile's minimum; use ML-KEM-1024 [backdoor-short-key]
  OQS_SIG *b = OQS_SIG_new(OQS_SIG_alg_ml_dsa_65);
  // CNSA: :[[@LINE-1]]:28: warning: the ML-DSA-65 parameter set is below the policy profile's minimum; use ML-DSA-87 [backdoor-short-key]
  OQS_KEM *c = OQS_KEM_new(OQS_KEM_alg_ml_kem_1024);
  OQS_SIG *d = OQS_SIG_new(OQS_SIG_alg_ml_dsa_87);
  (void)a, (void)b, (void)c, (void)d;
}
