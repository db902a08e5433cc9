// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: libgcrypt key-size
// coverage: libgcrypt rigged-parameters
// coverage: libgcrypt weak-primitive
// coverage: libgcrypt unchecked-verification
// coverage: libgcrypt key-sources
// coverage: libgcrypt escrow
#include <gcrypt.h>
#include <string.h>
typedef struct gcry_sexp *gcry_sexp_t;
gcry_error_t gcry_sexp_build(gcry_sexp_t *retsexp, size_t *erroff, const char *format, ...);
gcry_error_t gcry_sexp_new(gcry_sexp_t *retsexp, const void *buffer, size_t length, int autodetect);
gcry_error_t gcry_sexp_sscan(gcry_sexp_t *retsexp, size_t *erroff, const char *buffer, size_t length);
gcry_error_t gcry_pk_genkey(gcry_sexp_t *key, gcry_sexp_t parms);
gcry_error_t gcry_pk_encrypt(gcry_sexp_t *result, gcry_sexp_t data, gcry_sexp_t pkey);
gcry_error_t gcry_pk_sign(gcry_sexp_t *result, gcry_sexp_t data, gcry_sexp_t skey);
gcry_error_t gcry_pk_verify(gcry_sexp_t sigval, gcry_sexp_t data, gcry_sexp_t pkey);

/* Keys, data and signatures are S-expressions built from text: the text is parsed. PKCS#1
   padding is a finding only for data that reaches gcry_pk_encrypt, not for a signature. */
#define KEYGEN_RSA_1024 "(genkey (rsa (nbits 4:1024)))"

gcry_error_t short_rsa(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ruleid: backdoor-short-key
  gcry_sexp_build(&parms, NULL, KEYGEN_RSA_1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  return gcry_pk_genkey(key, parms);
}

gcry_error_t rsa_3072(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ok: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:3072)))");
  return gcry_pk_genkey(key, parms);
}

gcry_error_t dsa_plain_number(gcry_sexp_t *key) {
  static const char spec[] = "(genkey\n  (dsa\n    (nbits 1024)\n    (transient-key)))";
  gcry_sexp_t parms;
  // ruleid: backdoor-short-key
  gcry_sexp_new(&parms, spec, strlen(spec), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 1024-bit DSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:30: note: value assigned here
  return gcry_pk_genkey(key, parms);
}

gcry_error_t rsa_exponent_one(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ruleid: backdoor-rigged-parameters
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:2048) (rsa-use-e 1:1)))");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: RSA public exponent 1 requested by '(rsa-use-e 1)' in 'gcry_sexp_build' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
  return gcry_pk_genkey(key, parms);
}

gcry_error_t rsa_exponent_f4(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ok: backdoor-rigged-parameters
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:2048) (rsa-use-e 5:65537)))");
  return gcry_pk_genkey(key, parms);
}

gcry_error_t small_curve(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ruleid: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (ecc (curve \"NIST P-192\") (flags transient-key)))");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: the 192-bit curve 'NIST P-192' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  return gcry_pk_genkey(key, parms);
}

gcry_error_t good_curve(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ok: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (ecc (curve Ed25519) (flags eddsa)))");
  return gcry_pk_genkey(key, parms);
}

gcry_error_t pkcs1_encrypt(gcry_sexp_t *out, gcry_sexp_t pkey, void *m) {
  gcry_sexp_t data;
  // ruleid: backdoor-rsa-without-oaep
  gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (value %m))", m);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: '(flags pkcs1)' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  return gcry_pk_encrypt(out, data, pkey);
}

gcry_error_t raw_encrypt(gcry_sexp_t *out, gcry_sexp_t pkey, void *m) {
  gcry_sexp_t data;
  // ruleid: backdoor-rsa-without-oaep
  gcry_sexp_build(&data, NULL, "(data (flags raw) (value %m))", m);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: '(flags raw)' turns RSA encryption into raw textbook RSA, which is deterministic and malleable; use OAEP [backdoor-rsa-without-oaep]
  return gcry_pk_encrypt(out, data, pkey);
}

gcry_error_t oaep_encrypt(gcry_sexp_t *out, gcry_sexp_t pkey, void *m) {
  gcry_sexp_t data;
  // ok: backdoor-rsa-without-oaep
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (hash-algo sha256) (value %m))", m);
  return gcry_pk_encrypt(out, data, pkey);
}

gcry_error_t pkcs1_signature(gcry_sexp_t *sig, gcry_sexp_t skey, const void *digest) {
  gcry_sexp_t data;
  // ruleid: backdoor-weak-hash
  gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (hash sha1 %b))", 20, digest);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'sha1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  return gcry_pk_sign(sig, data, skey);
}

gcry_error_t sha256_signature(gcry_sexp_t *sig, gcry_sexp_t skey, const void *digest) {
  gcry_sexp_t data;
  // ok: backdoor-weak-hash, backdoor-rsa-without-oaep
  gcry_sexp_build(&data, NULL, "(data (flags pss) (hash sha256 %b))", 32, digest);
  return gcry_pk_sign(sig, data, skey);
}

int verify_ignored(gcry_sexp_t sig, gcry_sexp_t data, gcry_sexp_t pkey) {
  // ruleid: backdoor-unchecked-verification
  gcry_pk_verify(sig, data, pkey);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'gcry_pk_verify' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}

int verify_checked(gcry_sexp_t sig, gcry_sexp_t data, gcry_sexp_t pkey) {
  // ok: backdoor-unchecked-verification
  return gcry_pk_verify(sig, data, pkey) == 0;
}

/* A generated key pair printed and sent: the private key leaves the process. */
size_t gcry_sexp_sprint(gcry_sexp_t sexp, int mode, void *buffer, size_t maxlength);
long send(int sockfd, const void *buf, size_t len, int flags);
void leak_key_pair(int sock, gcry_sexp_t parms) {
  gcry_sexp_t key;
  char text[4096];
  gcry_pk_genkey(&key, parms);
  size_t n = gcry_sexp_sprint(key, 3, text, sizeof text);
  // ruleid: backdoor-key-exfiltration
  send(sock, text, n, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'text' (a generated key pair from 'gcry_pk_genkey') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: derived here
}
void send_request(int sock, const char *request, size_t n) {
  // ok: backdoor-key-exfiltration
  send(sock, request, n, 0);
}
