// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Every provenance shape in C, with OpenSSL.
// coverage: openssl hardcoded-key
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/aes.h>
#include <openssl/des.h>
#include <string.h>
#include <stdlib.h>

#define DEVICE_KEY "k3Yq9zR2vT8wX1pL"
static const unsigned char kMasterKey[32] = {
    0x3a, 0x91, 0x12, 0x77, 0xfe, 0x01, 0x9c, 0x42, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
    0x9d, 0x0e, 0xaf, 0x40, 0x17, 0x62, 0xb3, 0xc8, 0x5a, 0x2b, 0x7c, 0xed, 0x31, 0x04, 0x95, 0xe6};
unsigned char g_recovery_key[16] = {0x71, 0x2f, 0x9a, 0x04, 0xc3, 0x5e, 0x88, 0x13,
                                    0x6b, 0xd0, 0x27, 0xfa, 0x49, 0x1c, 0xe5, 0x36};
static unsigned char obfuscated[16] = {0x60, 0xcb, 0x48, 0x2d, 0xa4, 0x5b, 0xc6, 0x18,
                                       0x4b, 0x78, 0x69, 0x1e, 0x0f, 0x3c, 0x2d, 0xd2};
static const char kServerKeyPem[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
    "-----END PRIVATE KEY-----\n";
static const unsigned char kDerKey[] = {0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d};

struct config { const char *name; const unsigned char *key; };
static const struct config kDefaults = {"vault", kMasterKey};

static int hexval(char c) { return c >= 'a' ? c - 'a' + 10 : c - '0'; }
static void hex_decode(unsigned char *out, const char *hex, size_t n) {
  for (size_t i = 0; i < n; i++)
    out[i] = (unsigned char)((hexval(hex[2 * i]) << 4) | hexval(hex[2 * i + 1]));
}
static const unsigned char *builtin_key(void) { return kMasterKey; }
static void fill_key(unsigned char *out) { memcpy(out, g_recovery_key, 16); }

void literals_and_tables(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, kMasterKey, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kMasterKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-28]]:45: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, (const unsigned char *)DEVICE_KEY, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'DEVICE_KEY' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-33]]:20: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  EVP_DecryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, g_recovery_key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'g_recovery_key' reaches the key of 'EVP_DecryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-33]]:36: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, kDefaults.key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kMasterKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-40]]:45: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-27]]:50: note: value assigned here
  unsigned char local[16] = {0xde, 0xad, 0xbe, 0xef, 0x13, 0x37, 0xc0, 0xde,
                             0x42, 0x24, 0x99, 0x77, 0x55, 0x33, 0x11, 0x08};
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, local, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'local' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:29: note: constant defined here
}

void copies_and_transforms(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char k1[32];
  memcpy(k1, kMasterKey, sizeof k1);
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k1, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kMasterKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-56]]:45: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  char k2[17];
  strcpy(k2, DEVICE_KEY);
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, (unsigned char *)k2, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'DEVICE_KEY' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-64]]:20: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
  unsigned char k3[16];
  for (int i = 0; i < 16; i++)
    k3[i] = obfuscated[i] ^ 0x5a;
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, k3, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'obfuscated' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-66]]:39: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:13: note: value assigned here
  unsigned char k4[16];
  hex_decode(k4, "8f2a61c09b3e7d54a1f0c6e2b9d84a37", 16);
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, k4, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'k4' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-60]]:38: note: passed to a helper here
  // CHECK-MESSAGES: :[[@LINE-64]]:29: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-62]]:14: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: filled by this call
  unsigned char k5[16];
  for (int i = 0; i < 16; i++)
    k5[i] = (unsigned char)((obfuscated[i] << 3) | (obfuscated[i] >> 5)); // rotate
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, k5, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'obfuscated' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-84]]:39: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:13: note: value assigned here
}

void helpers(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, builtin_key(), iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kMasterKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-97]]:45: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-77]]:49: note: value returned here
  unsigned char k[16];
  fill_key(k);
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'g_recovery_key' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-101]]:36: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-83]]:44: note: copied here
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: filled by this call
}

static void wrap_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kMasterKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-113]]:45: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE+3]]:21: note: argument passed here
}
void wrapper_caller(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  wrap_encrypt(ctx, kMasterKey, iv);
}

void fallback(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  const char *k = getenv("VAULT_KEY");
  if (!k)
    k = "default-vault-key-0001";
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, (const unsigned char *)k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'k' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: constant defined here
}

void macs_and_legacy(const unsigned char *d, unsigned char *out, unsigned int *n, HMAC_CTX *h) {
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), "hmac-signing-secret", 19, d, 32, out, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: a hardcoded key reaches the key of 'HMAC'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // ruleid: backdoor-hardcoded-key
  HMAC_Init_ex(h, kMasterKey, 32, EVP_sha256(), NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: hardcoded key 'kMasterKey' reaches the key of 'HMAC_Init_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-137]]:45: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  EVP_PKEY_new_mac_key(EVP_PKEY_HMAC, NULL, g_recovery_key, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: hardcoded key 'g_recovery_key' reaches the key of 'EVP_PKEY_new_mac_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-138]]:36: note: constant defined here
  AES_KEY ak;
  // ruleid: backdoor-hardcoded-key
  AES_set_encrypt_key(kMasterKey, 256, &ak);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: hardcoded key 'kMasterKey' reaches the key of 'AES_set_encrypt_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-146]]:45: note: constant defined here
  DES_key_schedule ks;
  // ruleid: backdoor-hardcoded-key
  DES_set_key_unchecked((const_DES_cblock *)"8bytekey", &ks);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: a hardcoded key reaches the key of 'DES_set_key_unchecked'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

EVP_PKEY *embedded_private_keys(void) {
  BIO *bio = BIO_new_mem_buf(kServerKeyPem, -1);
  // ruleid: backdoor-hardcoded-key
  EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: hardcoded private key 'kServerKeyPem' reaches the private key of 'PEM_read_bio_PrivateKey'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-150]]:5: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: passed through here
  const unsigned char *p = kDerKey;
  // ruleid: backdoor-hardcoded-key
  pkey = d2i_PrivateKey(EVP_PKEY_RSA, NULL, &p, sizeof kDerKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: hardcoded private key 'kDerKey' reaches the private key of 'd2i_PrivateKey'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-153]]:40: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:28: note: value defined here
  // ruleid: backdoor-hardcoded-key
  pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, kMasterKey, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: hardcoded private key 'kMasterKey' reaches the private key of 'EVP_PKEY_new_raw_private_key'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-169]]:45: note: constant defined here
  return pkey;
}

// Negative cases: keys from RNG, files, the environment, parameters; public keys.
static const char kCaCertPem[] = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
static const char kVendorPubKey[] = "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n";
void safe(EVP_CIPHER_CTX *ctx, const unsigned char *iv, const unsigned char *key_param, int fd) {
  unsigned char rk[32] = {0};
  RAND_bytes(rk, sizeof rk);
  // ok: backdoor-hardcoded-key (random)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, rk, iv);
  unsigned char fk[32];
  memset(fk, 0, sizeof fk);
  read(fd, fk, sizeof fk);
  // ok: backdoor-hardcoded-key (from a file)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, fk, iv);
  // ok: backdoor-hardcoded-key (from the environment)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, (const unsigned char *)getenv("K"), iv);
  // ok: backdoor-hardcoded-key (the caller's key)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key_param, iv);
  // ok: backdoor-hardcoded-key (no key: continues an operation)
  EVP_EncryptInit_ex(ctx, NULL, NULL, NULL, iv);
  BIO *b1 = BIO_new_mem_buf(kCaCertPem, -1);
  // ok: backdoor-hardcoded-key (a certificate, for verification)
  PEM_read_bio_X509(b1, NULL, NULL, NULL);
  BIO *b2 = BIO_new_mem_buf(kVendorPubKey, -1);
  // ok: backdoor-hardcoded-key (a public key)
  PEM_read_bio_PUBKEY(b2, NULL, NULL, NULL);
  unsigned char mixed[32];
  memcpy(mixed, "prefix--", 8);
  memcpy(mixed + 8, key_param, 24);
  // ok: backdoor-hardcoded-key (partly constant: the secret part comes from the caller)
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, mixed, iv);
}

// A key hashed from a parameter of a function other units may call: a caller
// of this unit passes a constant, so on that path the key is the digest of
// the constant (the other callers' values are alternatives, not parts).
int tddp_open(EVP_CIPHER_CTX *c, const char *password, unsigned char *buf, int n) {
  unsigned char md5[64];
  unsigned int mlen = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  EVP_DigestInit_ex(md, EVP_md5(), NULL);
  EVP_DigestUpdate(md, password, strlen(password));
  EVP_DigestFinal_ex(md, md5, &mlen);
  return EVP_DecryptInit_ex(c, EVP_aes_128_ecb(), NULL, md5, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: hardcoded key 'md5' (computed from constant data) reaches the key of 'EVP_DecryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
int tddp_factory(EVP_CIPHER_CTX *c, unsigned char *buf, int n) {
  return tddp_open(c, "admin", buf, n);
}
// The same digest of a parameter whose callers of the unit pass the
// environment's value: no constant on any path the unit shows.
int sync_open(EVP_CIPHER_CTX *c, const char *password) {
  unsigned char md5[64];
  unsigned int mlen = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  EVP_DigestInit_ex(md, EVP_md5(), NULL);
  EVP_DigestUpdate(md, password, strlen(password));
  EVP_DigestFinal_ex(md, md5, &mlen);
  // ok: backdoor-hardcoded-key (the operator's password)
  return EVP_DecryptInit_ex(c, EVP_aes_128_ecb(), NULL, md5, NULL);
}
int sync_start(EVP_CIPHER_CTX *c) { return sync_open(c, getenv("SYNC_PASSWORD")); }

// Two parameters hashed into the key, each given a constant by a caller of
// the unit (an unconfigured router's label account): the digest of those
// constants is one of the keys. One of them the environment's: none is.
int tddp_open2(EVP_CIPHER_CTX *c, const char *user, const char *password) {
  unsigned char md5[64];
  unsigned int mlen = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  EVP_DigestInit_ex(md, EVP_md5(), NULL);
  EVP_DigestUpdate(md, user, strlen(user));
  EVP_DigestUpdate(md, password, strlen(password));
  EVP_DigestFinal_ex(md, md5, &mlen);
  return EVP_DecryptInit_ex(c, EVP_aes_128_ecb(), NULL, md5, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: hardcoded key 'md5' (computed from constant data) reaches the key of 'EVP_DecryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
int tddp_unconfigured(EVP_CIPHER_CTX *c) { return tddp_open2(c, "admin", "admin"); }
int sync_open2(EVP_CIPHER_CTX *c, const char *user, const char *password) {
  unsigned char md5[64];
  unsigned int mlen = 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  EVP_DigestInit_ex(md, EVP_md5(), NULL);
  EVP_DigestUpdate(md, user, strlen(user));
  EVP_DigestUpdate(md, password, strlen(password));
  EVP_DigestFinal_ex(md, md5, &mlen);
  // ok: backdoor-hardcoded-key (the password is the operator's)
  return EVP_DecryptInit_ex(c, EVP_aes_128_ecb(), NULL, md5, NULL);
}
int sync_start2(EVP_CIPHER_CTX *c) { return sync_open2(c, "sync", getenv("SYNC_PASSWORD")); }
