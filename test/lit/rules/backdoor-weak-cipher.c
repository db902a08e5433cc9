// RUN: %run-both --checks=backdoor-weak-cipher %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-weak-cipher --config="backdoor-weak-cipher.ReportLegacy: false" %s -- %mock | FileCheck %s -check-prefix=NOLEGACY -implicit-check-not="{{warning|error}}:"
// NOLEGACY-COUNT-15: warning: {{.*}} the broken cipher
// coverage: openssl weak-primitive
// coverage: mbedtls weak-primitive
#include <openssl/evp.h>
#include <openssl/des.h>
#include <openssl/rc4.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <mbedtls/cipher.h>
#include <mbedtls/des.h>

#define LEGACY_CIPHER EVP_des_ede3_cbc()
#define CIPHER_NAME "RC4"
enum { kCipherNid = NID_des_cbc };

static const EVP_CIPHER *fast_cipher(int fast) {
  // A helper whose result is a broken cipher on one path.
  return fast ? EVP_rc4() : EVP_aes_256_gcm();
}

static int encrypt_with(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *c, const unsigned char *k,
                        const unsigned char *iv) {
  // ok: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, c, NULL, k, iv);
  // The caller below chooses DES: reported at its call, the first call the
  // cipher goes through (docs/whole-program.md), with this use as a note.
}

struct suite { const char *name; int strength; };
static const struct suite kSuites[] = {{"idea-cbc", 128}, {"aes-256-gcm", 256}};

void constructors(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_des_cbc' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_DecryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_CipherInit_ex(ctx, EVP_rc4_40(), NULL, k, iv, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'EVP_rc4_40' selects the broken cipher RC4 with an export-grade 40-bit key; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit(ctx, EVP_rc2_cbc(), k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'EVP_rc2_cbc' selects the broken cipher RC2; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex2(ctx, EVP_bf_cbc(), k, iv, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'EVP_bf_cbc' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_cast5_cbc(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_cast5_cbc' selects the legacy cipher CAST5 with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_idea_cbc(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_idea_cbc' selects the legacy cipher IDEA with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, LEGACY_CIPHER, NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}

void names_and_nids(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname("DES-EDE3-CBC"), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'DES-EDE3-CBC' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(CIPHER_NAME), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'RC4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_CIPHER_fetch(NULL, "des-cbc", "provider=legacy"), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'des-cbc' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbynid(NID_des_ede3_cbc), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'NID_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbynid(kCipherNid), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'NID_des_cbc' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-61]]:21: note: enumerator defined here
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbynid(OBJ_txt2nid("bf-cbc")), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'bf-cbc' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  const char *name = "rc2-40-cbc";
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(name), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'rc2-40-cbc' selects the broken cipher RC2 with an export-grade 40-bit key; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: value assigned here
}

void flows(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv, int legacy) {
  const EVP_CIPHER *c = EVP_aes_256_gcm();
  if (legacy)
    c = EVP_des_ede3_cbc();
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, c, NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: value assigned here
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, legacy ? EVP_bf_cbc() : EVP_aes_128_gcm(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_bf_cbc' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, fast_cipher(legacy), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_rc4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-82]]:3: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-83]]:17: note: constant defined here
  // ruleid: backdoor-weak-cipher
  encrypt_with(ctx, EVP_des_cbc(), k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'EVP_des_cbc' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-81]]:34: note: 'EVP_EncryptInit_ex' uses it here
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(kSuites[0].name), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'idea-cbc' selects the legacy cipher IDEA with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-79]]:41: note: table entry defined here
}

void low_level(const unsigned char *k, unsigned char *out, size_t n) {
  DES_key_schedule ks;
  RC4_KEY rk;
  // ruleid: backdoor-weak-cipher
  DES_set_key_unchecked((const_DES_cblock *)k, &ks);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'DES_set_key_unchecked' uses the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  RC4_set_key(&rk, 16, k);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'RC4_set_key' uses the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // The context keyed just above: reported at its key setup.
  // ok: backdoor-weak-cipher
  RC4(&rk, n, k, out);
}

void pem(BIO *bio, EVP_PKEY *pkey) {
  // ruleid: backdoor-weak-cipher
  PEM_write_bio_PrivateKey(bio, pkey, EVP_des_ede3_cbc(), NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}

void mbed(mbedtls_cipher_context_t *ctx, mbedtls_des_context *des, const unsigned char *k) {
  // ruleid: backdoor-weak-cipher
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'MBEDTLS_CIPHER_DES_EDE3_CBC' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_string("DES-CBC"));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'DES-CBC' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_ARC4_128));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'MBEDTLS_CIPHER_ARC4_128' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  mbedtls_cipher_type_t t = MBEDTLS_CIPHER_BLOWFISH_CBC;
  // ruleid: backdoor-weak-cipher
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_type(t));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'MBEDTLS_CIPHER_BLOWFISH_CBC' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: value assigned here
  // ruleid: backdoor-weak-cipher
  mbedtls_des_setkey_enc(des, k);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_des_setkey_enc' uses the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
}

// Negative cases: modern ciphers, values we cannot know, names that never reach an API.
int printf(const char *, ...);
void safe(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv,
          const char *user_choice, mbedtls_cipher_context_t *mctx, int nid) {
  // ok: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, iv);
  // ok: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), NULL, k, iv);
  // ok: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname("AES-256-CBC"), NULL, k, iv);
  // ok: backdoor-weak-cipher (the name comes from outside)
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(user_choice), NULL, k, iv);
  // ok: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbynid(nid), NULL, k, iv);
  // ok: backdoor-weak-cipher (continues an operation: no cipher chosen here)
  EVP_EncryptInit_ex(ctx, NULL, NULL, k, iv);
  // ok: backdoor-weak-cipher
  mbedtls_cipher_setup(mctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_256_GCM));
  // ok: backdoor-weak-cipher (a name in a message is not a cipher choice)
  printf("DES and RC4 are not supported\n");
  const char *legacy_names[] = {"des-cbc", "rc4"};
  printf("%s %s\n", legacy_names[0], legacy_names[1]);
}

// A helper that maps an enum by switch or by comparison, called with a
// constant: only the return that constant reaches is the choice. A wrapper
// shared by a strong and two weak callers: each weak caller is reported at its
// call (the first call the cipher goes through), the wrapper's use is a note.
enum bundle_alg { BUNDLE_AES256_GCM, BUNDLE_BF_CBC, BUNDLE_LEGACY_DES };
static const EVP_CIPHER *bundle_cipher(enum bundle_alg alg) {
  switch (alg) {
  case BUNDLE_AES256_GCM:
    return EVP_aes_256_gcm();
  case BUNDLE_BF_CBC:
    return EVP_bf_cbc();
  default:
    break;
  }
  if (alg == BUNDLE_LEGACY_DES)
    return EVP_des_cbc();
  return NULL;
}

static int seal_with(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *c, const unsigned char *k) {
  // ok: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, c, NULL, k, NULL);
}

void bundles(EVP_CIPHER_CTX *ctx, const unsigned char *k) {
  // ok: backdoor-weak-cipher
  seal_with(ctx, bundle_cipher(BUNDLE_AES256_GCM), k);
  // ruleid: backdoor-weak-cipher
  seal_with(ctx, bundle_cipher(BUNDLE_BF_CBC), k);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'EVP_bf_cbc' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-20]]:5: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-21]]:12: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-11]]:34: note: 'EVP_EncryptInit_ex' uses it here
  // ruleid: backdoor-weak-cipher
  seal_with(ctx, bundle_cipher(BUNDLE_LEGACY_DES), k);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'EVP_des_cbc' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
}
