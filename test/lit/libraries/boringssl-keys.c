// BoringSSL under its own headers (mock headers with BoringSSL's declarations
// in Inputs/boringssl, OPENSSL_IS_BORINGSSL): the OpenSSL-compatible API where
// BoringSSL keeps it (size_t lengths, uint16_t versions, SSL_CTX_set_min_proto_version
// as a function) and BoringSSL's own (ED25519_verify, DH_get_rfc7919_2048, EVP_AEAD).
// RUN: %run-both %s -- -I %S/Inputs/boringssl | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: boringssl weak-primitive
// coverage: boringssl key-size
// coverage: boringssl password-kdf
// coverage: boringssl key-sources
// coverage: boringssl escrow
// coverage: boringssl tls-versions
// coverage: boringssl randomness
// coverage: boringssl rigged-parameters
// coverage: boringssl unchecked-verification
#include <openssl/base.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/curve25519.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>

#if !defined(OPENSSL_IS_BORINGSSL)
#error "these tests are for BoringSSL's headers"
#endif

// ---- ciphers, modes, hashes, padding
int encrypt_block(EVP_CIPHER_CTX *ctx, const uint8_t key[16], const uint8_t iv[16], int legacy) {
  if (legacy)
    // ruleid: backdoor-ecb-mode
    return EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'EVP_aes_128_ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ok: backdoor-ecb-mode, backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, key, iv);
}

int encrypt_3des(EVP_CIPHER_CTX *ctx, const uint8_t key[24], const uint8_t iv[8]) {
  // ruleid: backdoor-weak-cipher
  return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}

int sign_init(EVP_MD_CTX *ctx, EVP_PKEY *pkey, int compat) {
  // ruleid: backdoor-weak-hash
  int r = compat ? EVP_DigestSignInit(ctx, NULL, EVP_sha1(), NULL, pkey) : 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 'EVP_sha1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  return r | EVP_DigestSignInit(ctx, NULL, EVP_sha256(), NULL, pkey);
}

// ---- key sizes
int make_rsa(RSA *rsa, BIGNUM *e, EVP_PKEY_CTX *pctx) {
  BN_set_word(e, RSA_F4);
  // ruleid: backdoor-short-key
  int r = RSA_generate_key_ex(rsa, 1024, e, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  r &= RSA_generate_key_ex(rsa, 3072, e, NULL);
  // ruleid: backdoor-short-key
  r &= EVP_PKEY_CTX_set_rsa_keygen_bits(pctx, 512);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 512-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  return r;
}

// ---- passwords and KDFs
int derive(const char *password, const uint8_t salt[16], uint8_t key[32]) {
  // ruleid: backdoor-weak-kdf
  int r = PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, 1000, EVP_sha256(), 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: the PBKDF2 iteration count 1,000 of 'PKCS5_PBKDF2_HMAC' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ok: backdoor-weak-kdf
  r &= PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, 600000, EVP_sha256(), 32, key);
  // ruleid: backdoor-magic-credential
  r &= EVP_PBE_scrypt("letmein", 7, salt, 16, 1 << 17, 8, 1, 0, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: a hardcoded password reaches the password of 'EVP_PBE_scrypt'; anyone with the binary knows it [backdoor-magic-credential]
  return r;
}

// ---- key sources and escrow
void upload_keys(SSL *ssl, EVP_PKEY_CTX *pctx) {
  EVP_PKEY *pkey = NULL;
  uint8_t *pub = NULL, *priv = NULL;
  if (!EVP_PKEY_keygen_init(pctx) || !EVP_PKEY_keygen(pctx, &pkey))
    return;
  int n = i2d_PUBKEY(pkey, &pub);
  // ok: backdoor-key-exfiltration
  SSL_write(ssl, pub, n);
  n = i2d_PrivateKey(pkey, &priv);
  // ruleid: backdoor-key-exfiltration
  SSL_write(ssl, priv, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'priv' (a DER private key from 'i2d_PrivateKey') is sent over the network by 'SSL_write'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: key material produced here
}

static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
    "-----END PUBLIC KEY-----\n";

int escrow_session_key(uint8_t *out) {
  uint8_t session_key[32];
  if (!RAND_bytes(session_key, sizeof session_key))
    return -1;
  BIO *bio = BIO_new_mem_buf(kRecoveryPem, -1);
  RSA *recovery = PEM_read_bio_RSA_PUBKEY(bio, NULL, NULL, NULL);
  // ruleid: backdoor-escrow-wrap
  return RSA_public_encrypt(sizeof session_key, session_key, out, recovery, RSA_PKCS1_OAEP_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'session_key' (a random key from 'RAND_bytes') is encrypted by 'RSA_public_encrypt' under a public key compiled into the program ('kRecoveryPem'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-14]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-6]]:19: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-10]]:8: note: key material produced here
}

int share_session_key(RSA *peer, uint8_t *out) {
  uint8_t session_key[32];
  if (!RAND_bytes(session_key, sizeof session_key))
    return -1;
  // ok: backdoor-escrow-wrap
  return RSA_public_encrypt(sizeof session_key, session_key, out, peer, RSA_PKCS1_OAEP_PADDING);
}

// ---- TLS versions: SSL_CTX_set_min_proto_version is a function in BoringSSL
void versions(SSL_CTX *ctx, int legacy) {
  if (legacy)
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'TLS1_VERSION' allows a deprecated protocol version as the minimum [backdoor-weak-tls]
  else
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_max_proto_version(ctx, TLS1_3_VERSION);
}

// ---- randomness
int seal_with_rand_key(EVP_AEAD_CTX *ctx) {
  uint8_t key[32];
  for (size_t i = 0; i < sizeof key; i++)
    // ok: backdoor-predictable-random (one flow: reported where it reaches the call)
    key[i] = (uint8_t)rand();
  // ruleid: backdoor-predictable-random
  return EVP_AEAD_CTX_init(ctx, EVP_aead_chacha20_poly1305(), key, sizeof key, EVP_AEAD_DEFAULT_TAG_LENGTH, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: output of 'rand' reaches the key of 'EVP_AEAD_CTX_init'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int seal_with_random_key(EVP_AEAD_CTX *ctx) {
  uint8_t key[32];
  // ok: backdoor-predictable-random
  if (!RAND_bytes(key, sizeof key))
    return 0;
  return EVP_AEAD_CTX_init(ctx, EVP_aead_chacha20_poly1305(), key, sizeof key, EVP_AEAD_DEFAULT_TAG_LENGTH, NULL);
}

int fresh_key(EVP_AEAD_CTX *ctx) {
  uint8_t key[32];
  // ok: backdoor-predictable-random (BoringSSL's RAND_bytes aborts rather than fail)
  RAND_bytes(key, sizeof key);
  return EVP_AEAD_CTX_init(ctx, EVP_aead_chacha20_poly1305(), key, sizeof key, EVP_AEAD_DEFAULT_TAG_LENGTH, NULL);
}

// ---- Diffie-Hellman groups
/* 1024 bits, the product of two primes (the shape of socat's 2016 modulus). */
static const uint8_t dh1024_p[] = {
    0xc8, 0xe0, 0xf4, 0x32, 0x6b, 0xfd, 0xf5, 0x22, 0x43, 0x9d, 0x62, 0x2e,
    0x75, 0x3a, 0x2f, 0x2d, 0x51, 0x3b, 0x84, 0x82, 0x94, 0x21, 0x93, 0x37,
    0xbf, 0x16, 0x30, 0xb8, 0x29, 0x99, 0x85, 0x20, 0x48, 0x4e, 0x02, 0x7e,
    0xe8, 0x61, 0x89, 0x1e, 0x94, 0x93, 0xb7, 0xa9, 0xf2, 0x55, 0x63, 0x4f,
    0x53, 0x3b, 0x6b, 0x1a, 0x14, 0x00, 0x8b, 0x37, 0x53, 0x38, 0x80, 0x9c,
    0x0f, 0x92, 0x5e, 0xc4, 0xed, 0x80, 0x29, 0x71, 0x6b, 0x1a, 0x94, 0xb3,
    0xa3, 0xac, 0xcf, 0x71, 0x97, 0x6a, 0x72, 0x08, 0x90, 0x1b, 0x54, 0x93,
    0x60, 0xcc, 0xb4, 0x20, 0x10, 0xfd, 0x87, 0xb0, 0x23, 0x78, 0xf3, 0xd2,
    0xd8, 0x8d, 0xbc, 0x59, 0x2c, 0x72, 0xa9, 0x9e, 0xcd, 0x3b, 0xbd, 0xe8,
    0x5c, 0x10, 0xe6, 0x87, 0x36, 0x98, 0x4c, 0x1f, 0xdb, 0x10, 0x0e, 0x65,
    0x0b, 0x76, 0x06, 0x10, 0x37, 0x91, 0xba, 0xdb,
};
static const uint8_t dh_g[] = {0x02};

DH *server_dh(int standard) {
  if (standard)
    // ok: backdoor-rigged-parameters
    return DH_get_rfc7919_2048();
  DH *dh = DH_new();
  BIGNUM *p = BN_bin2bn(dh1024_p, sizeof dh1024_p, NULL);
  BIGNUM *g = BN_bin2bn(dh_g, sizeof dh_g, NULL);
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  DH_set0_pqg(dh, p, NULL, g);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'DH_set0_pqg' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:3: warning: 1024-bit Diffie-Hellman modulus 'dh1024_p' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-26]]:35: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:15: note: passed through here
  return dh;
}

DH *server_dh_rfc3526(void) {
  DH *dh = DH_new();
  BIGNUM *g = BN_new();
  BN_set_word(g, 2);
  // ok: backdoor-rigged-parameters
  DH_set0_pqg(dh, BN_get_rfc3526_prime_2048(NULL), NULL, g);
  return dh;
}

// ---- verification results
int install_update(const uint8_t *image, size_t n, const uint8_t sig[64], const uint8_t pub[32]) {
  // ruleid: backdoor-unchecked-verification
  ED25519_verify(image, n, sig, pub);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'ED25519_verify' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}

int verify_update(const uint8_t *image, size_t n, const uint8_t sig[64], const uint8_t pub[32]) {
  // ok: backdoor-unchecked-verification
  if (!ED25519_verify(image, n, sig, pub))
    return 0;
  return 1;
}

int verify_chain(X509_STORE_CTX *store) {
  // ruleid: backdoor-unchecked-verification
  X509_verify_cert(store);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'X509_verify_cert' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ok: backdoor-unchecked-verification
  return X509_verify_cert(store) == 1;
}
