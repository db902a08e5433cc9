// RUN: %run-both --checks=backdoor-weak-hash %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-weak-hash --config="backdoor-weak-hash.Contexts: signature" %s -- %mock | FileCheck %s -check-prefix=SIGONLY -implicit-check-not="{{warning|error}}:"
// SIGONLY-COUNT-10: warning: {{.*}} for a signature
// coverage: openssl weak-primitive
// coverage: mbedtls weak-primitive
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/hkdf.h>

#define SIG_DIGEST EVP_sha1()
static const char *const kMacDigest = "MD5";

void signatures(EVP_MD_CTX *m, EVP_PKEY *pkey, X509 *cert, RSA *rsa, const unsigned char *d,
                unsigned char *sig, unsigned int *siglen, EVP_PKEY_CTX *pctx) {
  // ruleid: backdoor-weak-hash
  EVP_DigestSignInit(m, NULL, EVP_sha1(), NULL, pkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'EVP_sha1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  EVP_DigestVerifyInit(m, NULL, EVP_md5(), NULL, pkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'EVP_md5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  EVP_DigestSignInit(m, NULL, SIG_DIGEST, NULL, pkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'EVP_sha1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  EVP_DigestSignInit_ex(m, NULL, "SHA1", NULL, NULL, pkey, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  EVP_SignInit_ex(m, EVP_md5(), NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'EVP_md5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  X509_sign(cert, pkey, EVP_md4());
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'EVP_md4' selects the broken hash MD4 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  RSA_sign(NID_md5, d, 16, sig, siglen, rsa);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'NID_md5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  EVP_PKEY_CTX_set_signature_md(pctx, EVP_get_digestbyname("sha1"));
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'sha1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
}

void macs_and_kdfs(const unsigned char *key, const unsigned char *d, unsigned char *out,
                   unsigned int *n, HMAC_CTX *h, const unsigned char *salt) {
  // ruleid: backdoor-weak-hash
  HMAC(EVP_md5(), key, 16, d, 32, out, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'EVP_md5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  HMAC_Init_ex(h, key, 16, EVP_get_digestbyname(kMacDigest), NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // CHECK-MESSAGES: :[[@LINE-38]]:39: note: value assigned here
  // ruleid: backdoor-weak-hash
  PKCS5_PBKDF2_HMAC("pw", 2, salt, 16, 600000, EVP_sha1(), 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'EVP_sha1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  EVP_BytesToKey(EVP_aes_256_cbc(), EVP_md5(), salt, d, 8, 1, out, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'EVP_md5' selects the broken hash MD5 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  const EVP_MD *md = EVP_MD_fetch(NULL, "MD5", NULL);
  // ruleid: backdoor-weak-hash
  PKCS5_PBKDF2_HMAC("pw", 2, salt, 16, 600000, md, 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'MD5' selects the broken hash MD5 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-5]]:41: note: constant defined here
}

void mbed(mbedtls_md_context_t *ctx, mbedtls_pk_context *pk, const unsigned char *hash,
          unsigned char *sig, size_t *len, const unsigned char *key, unsigned char *out) {
  // ruleid: backdoor-weak-hash
  mbedtls_pk_sign(pk, MBEDTLS_MD_SHA1, hash, 20, sig, 256, len, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'MBEDTLS_MD_SHA1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  mbedtls_pk_verify(pk, MBEDTLS_MD_MD5, hash, 16, sig, 256);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'MBEDTLS_MD_MD5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  mbedtls_md_setup(ctx, mbedtls_md_info_from_type(MBEDTLS_MD_MD5), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'MBEDTLS_MD_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  mbedtls_md_hmac(mbedtls_md_info_from_string("SHA1"), key, 16, hash, 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'SHA1' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  mbedtls_hkdf(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), 0, 0, key, 16, 0, 0, out, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'MBEDTLS_MD_SHA1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  mbedtls_pkcs5_pbkdf2_hmac_ext(MBEDTLS_MD_SHA1, key, 8, hash, 16, 100000, 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'MBEDTLS_MD_SHA1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
}

// Negative cases: checksums and strong hashes.
void safe(EVP_MD_CTX *m, EVP_PKEY *pkey, const unsigned char *d, unsigned char *out,
          mbedtls_md_context_t *ctx, mbedtls_pk_context *pk, unsigned char *sig, size_t *len,
          const EVP_MD *configured) {
  // ok: backdoor-weak-hash (a checksum: no security context)
  EVP_DigestInit_ex(m, EVP_md5(), NULL);
  // ok: backdoor-weak-hash
  MD5(d, 100, out);
  // ok: backdoor-weak-hash
  SHA1(d, 100, out);
  // ok: backdoor-weak-hash (a plain digest context, hmac = 0)
  mbedtls_md_setup(ctx, mbedtls_md_info_from_type(MBEDTLS_MD_MD5), 0);
  // ok: backdoor-weak-hash
  mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), d, 100, out);
  // ok: backdoor-weak-hash
  EVP_DigestSignInit(m, NULL, EVP_sha256(), NULL, pkey);
  // ok: backdoor-weak-hash
  EVP_DigestSignInit(m, NULL, EVP_sha3_256(), NULL, pkey);
  // ok: backdoor-weak-hash (chosen by configuration at run time)
  EVP_DigestSignInit(m, NULL, configured, NULL, pkey);
  // ok: backdoor-weak-hash
  mbedtls_pk_sign(pk, MBEDTLS_MD_SHA256, d, 32, sig, 256, len, 0, 0);
  // ok: backdoor-weak-hash (Ed25519 style: no digest)
  EVP_DigestSignInit(m, NULL, NULL, NULL, pkey);
}
