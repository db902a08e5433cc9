// RUN: %run-both --checks=backdoor-hardcoded-iv %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Constant IVs, nonces and salts.
// coverage: openssl hardcoded-iv
// coverage: libsodium hardcoded-iv
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/hmac.h>
#include <mbedtls/cipher.h>
#include <sodium.h>
#include <gcrypt.h>
#include <windows.h>
#include <CommonCrypto/CommonKeyDerivation.h>
#include <string.h>

static const unsigned char kIV[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                      0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
#define APP_SALT "com.example.vault.salt"

void ivs(EVP_CIPHER_CTX *ctx, const unsigned char *key, gcry_cipher_hd_t h) {
  // ruleid: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, kIV);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: constant IV 'kIV' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-8]]:38: note: constant defined here
  unsigned char zero_iv[16] = {0};
  // ruleid: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, zero_iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: constant IV 'zero_iv' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:31: note: constant defined here
  unsigned char iv2[16];
  memset(iv2, 0, sizeof iv2);
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, iv2, sizeof iv2);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: constant IV 'iv2' reaches the IV of 'gcry_cipher_setiv'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: constant defined here
}

void nonces(EVP_CIPHER_CTX *ctx, const unsigned char *key, unsigned char *c, const unsigned char *m,
            unsigned long long n) {
  static const unsigned char nonce[12] = {0x5f, 0x1a, 0x22, 0x9c, 0x01, 0xe3, 0x47, 0x80, 0x6d, 0x3b, 0x11, 0xc2};
  // ruleid: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, nonce);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: constant IV 'nonce' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:42: note: constant defined here
  unsigned char sn[24] = {0};
  // ruleid: backdoor-hardcoded-iv
  crypto_secretbox_easy(c, m, n, sn, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: constant nonce 'sn' reaches the nonce of 'crypto_secretbox_easy'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: constant defined here
  unsigned long long clen;
  // ruleid: backdoor-hardcoded-iv
  crypto_aead_chacha20poly1305_ietf_encrypt(c, &clen, m, n, NULL, 0, NULL, (const unsigned char *)"nonce-123456", key);
  // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: a constant nonce reaches the nonce of 'crypto_aead_chacha20poly1305_ietf_encrypt'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
}

void salts(const char *password, unsigned char *out, BCRYPT_ALG_HANDLE prf) {
  // ruleid: backdoor-hardcoded-iv
  PKCS5_PBKDF2_HMAC(password, 8, (const unsigned char *)APP_SALT, 22, 600000, EVP_sha256(), 32, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: constant salt 'APP_SALT' reaches the salt of 'PKCS5_PBKDF2_HMAC'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-42]]:18: note: constant defined here
  static const unsigned char salt[16] = {'s', 'a', 'l', 't', 's', 'a', 'l', 't', 's', 'a', 'l', 't', 's', 'a', 'l', 't'};
  // ruleid: backdoor-hardcoded-iv
  crypto_pwhash(out, 32, password, 8, salt, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_DEFAULT);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: constant salt 'salt' reaches the salt of 'crypto_pwhash'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:41: note: constant defined here
  // ruleid: backdoor-hardcoded-iv
  BCryptDeriveKeyPBKDF2(prf, (UCHAR *)password, 8, (UCHAR *)"fixedsalt", 9, 100000, out, 32, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: a constant salt reaches the salt of 'BCryptDeriveKeyPBKDF2'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // ruleid: backdoor-hardcoded-iv
  CCKeyDerivationPBKDF(kCCPBKDF2, password, 8, (const uint8_t *)"fixedsalt", 9, kCCPRFHmacAlgSHA256, 100000, out, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: a constant salt reaches the salt of 'CCKeyDerivationPBKDF'; one precomputation then attacks every password [backdoor-hardcoded-iv]
}

// Negative cases: fresh IVs, nonces and salts; no IV at all.
void safe(EVP_CIPHER_CTX *ctx, const unsigned char *key, const char *password, unsigned char *out,
          unsigned char *c, const unsigned char *m, const unsigned char *salt_param) {
  unsigned char iv[16];
  RAND_bytes(iv, sizeof iv);
  // ok: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
  // ok: backdoor-hardcoded-iv (keeps the IV already set)
  EVP_EncryptInit_ex(ctx, NULL, NULL, NULL, NULL);
  unsigned char n[24];
  randombytes_buf(n, sizeof n);
  // ok: backdoor-hardcoded-iv
  crypto_secretbox_easy(c, m, 16, n, key);
  unsigned char salt[16];
  RAND_bytes(salt, sizeof salt);
  // ok: backdoor-hardcoded-iv
  PKCS5_PBKDF2_HMAC(password, 8, salt, 16, 600000, EVP_sha256(), 32, out);
  // ok: backdoor-hardcoded-iv (the salt is stored with the hash and passed in)
  PKCS5_PBKDF2_HMAC(password, 8, salt_param, 16, 600000, EVP_sha256(), 32, out);
}

/* EVP_SealInit writes the IV it generates into a zeroed buffer. */
int seal(EVP_CIPHER_CTX *ctx, unsigned char **ek, int *ekl, EVP_PKEY **pub) {
  unsigned char iv[16] = {0};
  // ok: backdoor-hardcoded-iv
  return EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, pub, 1);
}

/* Counter nonces: a sequence number a record counts up is no constant,
   whatever the field starts at. A global nothing counts is. */
struct channel {
  EVP_CIPHER_CTX *ctx;
  unsigned char key[32];
  unsigned long long seq;
  unsigned long long epoch;
};

static void put_be64(unsigned char *out, unsigned long long v) {
  for (int i = 0; i < 8; i++)
    out[i] = (unsigned char)(v >> (56 - 8 * i));
}

int channel_seal(struct channel *ch) {
  unsigned char nonce[12] = {0};
  unsigned long long n = ++ch->seq;
  for (int i = 0; i < 8; i++)
    nonce[4 + i] = (unsigned char)(n >> (56 - 8 * i));
  // ok: backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(ch->ctx, EVP_aes_256_gcm(), NULL, ch->key, nonce);
}

static unsigned long long g_epoch = 7;

int epoch_seal(struct channel *ch) {
  unsigned char nonce[12] = {0};
  put_be64(nonce + 4, g_epoch);
  // ruleid: backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(ch->ctx, EVP_aes_256_gcm(), NULL, ch->key, nonce);
  // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: constant IV 'g_epoch' (computed from constant data) reaches the IV of 'EVP_EncryptInit_ex'
}
/* An object whose address a library call takes in its variable part
   (curl's CURLOPT_WRITEDATA user data) is written later by the library: its
   zero initializer is not what it holds. A constant IV beside it stays. */
#include <curl/curl.h>
struct download { unsigned char iv[16]; };
int iv_downloaded(EVP_CIPHER_CTX *c, const unsigned char *key) {
  struct download d = {{0}};
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &d);
  curl_easy_perform(h);
  // ok: backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), NULL, key, d.iv);
}
int iv_not_downloaded(EVP_CIPHER_CTX *c, const unsigned char *key) {
  unsigned char fixed_iv[16] = {0};
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "https://example.net/iv");
  curl_easy_perform(h);
  // ruleid: backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), NULL, key, fixed_iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: {{.*}}'fixed_iv'{{.*}} [backdoor-hardcoded-iv]
}

// A key drawn for this one encryption and used nowhere else: a zero IV under
// it repeats nothing (a key check value). The same zero IV under a key the
// function keeps (returned, so used again) is a finding.
int probe_fresh_key(unsigned char out[16]) {
  unsigned char key[32] = {0};
  unsigned char zero[16];
  int n = 0;
  if (RAND_bytes(key, sizeof key) != 1) return -1;
  memset(zero, 0, sizeof zero);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  // ok: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, zero);
  EVP_EncryptUpdate(ctx, out, &n, zero, sizeof zero);
  EVP_CIPHER_CTX_free(ctx);
  return 0;
}

int seal_twice(EVP_CIPHER_CTX *a, EVP_CIPHER_CTX *b) {
  unsigned char key[32];
  unsigned char zero[16] = {0};
  if (RAND_bytes(key, sizeof key) != 1) return -1;
  // ruleid: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(a, EVP_aes_256_cbc(), NULL, key, zero);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: constant IV 'zero' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // ruleid: backdoor-hardcoded-iv
  EVP_EncryptInit_ex(b, EVP_aes_256_cbc(), NULL, key, zero);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: constant IV 'zero' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  return 0;
}
