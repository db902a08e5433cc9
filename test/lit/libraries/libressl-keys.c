// LibreSSL under its own headers (mock headers with LibreSSL's declarations in
// Inputs/libressl, LIBRESSL_VERSION_NUMBER): libtls's key and password
// handling, and the OpenSSL-compatible libcrypto as LibreSSL declares it.
// RUN: %run-both %s -- -I %S/Inputs/libressl | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: libressl weak-primitive
// coverage: libressl key-size
// coverage: libressl hardcoded-key
// coverage: libressl hardcoded-iv
// coverage: libressl password-kdf
// coverage: libressl key-sources
// coverage: libressl escrow
// coverage: libressl randomness
// coverage: libressl rigged-parameters
// coverage: libressl unchecked-verification
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <stdlib.h>
#include <string.h>
#include <tls.h>

#if !defined(LIBRESSL_VERSION_NUMBER)
#error "these tests are for LibreSSL's headers"
#endif

// ---- libtls: a private key compiled into the program, key files and their passwords
static const char kServerKeyPem[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgVcB/UNPxalR9zDYA\n"
    "jQIfjojUDiQuGnSJrFEEzZPT/92hRANCAASc7UJtgnF/abqWM60T3XNJEzBv5ez9\n"
    "TdwK1bmNSEFXYt9fEkwFTKbrQe8SFqTcDvCmDLSn5IM2khz1WmJtcXbQ\n"
    "-----END PRIVATE KEY-----\n";

int configure(struct tls_config *cfg, const uint8_t *cert, size_t cert_len, const char *key_path,
              char *key_password) {
  // ruleid: backdoor-hardcoded-key
  int r = tls_config_set_key_mem(cfg, (const uint8_t *)kServerKeyPem, sizeof kServerKeyPem - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: hardcoded private key 'kServerKeyPem' reaches the private key of 'tls_config_set_key_mem'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-11]]:5: note: constant defined here
  // ruleid: backdoor-hardcoded-key
  r |= tls_config_set_keypair_mem(cfg, cert, cert_len, (const uint8_t *)kServerKeyPem, sizeof kServerKeyPem - 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: hardcoded private key 'kServerKeyPem' reaches the private key of 'tls_config_set_keypair_mem'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-15]]:5: note: constant defined here
  size_t len = 0;
  // ok: backdoor-magic-credential
  uint8_t *key = tls_load_file(key_path, &len, key_password);
  // ok: backdoor-hardcoded-key
  r |= tls_config_set_key_mem(cfg, key, len);
  // ruleid: backdoor-magic-credential
  key = tls_load_file(key_path, &len, "changeit");
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: a hardcoded password reaches the password of 'tls_load_file'; anyone with the binary knows it [backdoor-magic-credential]
  r |= tls_config_set_key_mem(cfg, key, len);
  return r;
}

// ---- libcrypto: ciphers, keys and IVs
// ruleid: backdoor-secret-literal
static const unsigned char kKey[32] = {
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: variable 'kKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x9c, 0x41, 0xd3, 0x7e, 0x05, 0xb8, 0x62, 0xfa, 0x1d, 0x94, 0x3b, 0xc7, 0x28, 0x6e, 0xe5, 0x10,
    0x7f, 0xa2, 0x4c, 0x93, 0xd6, 0x0b, 0x58, 0xe1, 0x36, 0xbd, 0x82, 0x19, 0x6a, 0xf4, 0x27, 0xcd};
static const unsigned char kIv[16] = {0};

int encrypt_config(EVP_CIPHER_CTX *ctx) {
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, kKey, kIv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: hardcoded key 'kKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-10]]:39: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-3]]:65: warning: constant IV 'kIv' reaches the IV of 'EVP_EncryptInit_ex'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-8]]:38: note: constant defined here
}

int encrypt_stream(EVP_CIPHER_CTX *ctx, const unsigned char *key, int legacy) {
  unsigned char iv[12];
  arc4random_buf(iv, sizeof iv);
  if (legacy)
    // ruleid: backdoor-weak-cipher
    return EVP_EncryptInit_ex(ctx, EVP_rc4(), NULL, key, NULL);
    // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 'EVP_rc4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
  return EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), NULL, key, iv);
}

int verify_init(EVP_MD_CTX *ctx, EVP_PKEY *pkey, int old_peer) {
  if (old_peer)
    // ruleid: backdoor-weak-hash
    return EVP_DigestVerifyInit(ctx, NULL, EVP_md5(), NULL, pkey);
    // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'EVP_md5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  return EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, pkey);
}

// ---- key sizes and KDFs
int make_rsa(RSA *rsa, BIGNUM *e) {
  BN_set_word(e, RSA_F4);
  // ruleid: backdoor-short-key
  int r = RSA_generate_key_ex(rsa, 1024, e, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  r &= RSA_generate_key_ex(rsa, 4096, e, NULL);
  return r;
}

int derive(const char *password, const unsigned char salt[16], unsigned char key[32]) {
  // ruleid: backdoor-weak-kdf
  int r = PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 4096, EVP_sha256(), 32, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: the PBKDF2 iteration count 4,096 of 'PKCS5_PBKDF2_HMAC' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ok: backdoor-weak-kdf
  r &= PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), 32, key);
  return r;
}

// ---- key sources: keys leaving through libtls
void upload_keys(struct tls *conn, EVP_PKEY_CTX *pctx) {
  EVP_PKEY *pkey = NULL;
  unsigned char *pub = NULL, *priv = NULL;
  if (EVP_PKEY_keygen_init(pctx) <= 0 || EVP_PKEY_keygen(pctx, &pkey) <= 0)
    return;
  int n = i2d_PUBKEY(pkey, &pub);
  // ok: backdoor-key-exfiltration
  tls_write(conn, pub, n);
  n = i2d_PrivateKey(pkey, &priv);
  // ruleid: backdoor-key-exfiltration
  tls_write(conn, priv, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'priv' (a DER private key from 'i2d_PrivateKey') is sent over the network by 'tls_write'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: key material produced here
}

// ---- escrow
static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
    "-----END PUBLIC KEY-----\n";

int escrow_session_key(unsigned char *out) {
  unsigned char session_key[32];
  arc4random_buf(session_key, sizeof session_key);
  BIO *bio = BIO_new_mem_buf(kRecoveryPem, -1);
  RSA *recovery = PEM_read_bio_RSA_PUBKEY(bio, NULL, NULL, NULL);
  // ruleid: backdoor-escrow-wrap
  return RSA_public_encrypt(sizeof session_key, session_key, out, recovery, RSA_PKCS1_OAEP_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'session_key' (a random key from 'arc4random_buf') is encrypted by 'RSA_public_encrypt' under a public key compiled into the program ('kRecoveryPem'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-13]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-6]]:19: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: key material produced here
}

int share_session_key(RSA *peer, unsigned char *out) {
  unsigned char session_key[32];
  arc4random_buf(session_key, sizeof session_key);
  // ok: backdoor-escrow-wrap
  return RSA_public_encrypt(sizeof session_key, session_key, out, peer, RSA_PKCS1_OAEP_PADDING);
}

// ---- randomness: LibreSSL code draws from arc4random
int session_cipher(EVP_CIPHER_CTX *ctx, int weak) {
  unsigned char session_key[32], iv[16];
  // ok: backdoor-predictable-random
  arc4random_buf(iv, sizeof iv);
  if (!weak) {
    // ok: backdoor-predictable-random
    arc4random_buf(session_key, sizeof session_key);
    return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, session_key, iv);
  }
  srand(42);
  for (int i = 0; i < 32; i++)
    // ok: backdoor-predictable-random (one flow: reported where it reaches the call)
    session_key[i] = (unsigned char)rand();
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, session_key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: output of 'rand' reaches the 256-bit key of 'EVP_EncryptInit_ex'; a constant seeds it, so the value is the same in every run [backdoor-predictable-random]
}

int fresh_key(EVP_CIPHER_CTX *ctx, const unsigned char iv[16]) {
  unsigned char key[32];
  // ok: backdoor-predictable-random (LibreSSL's RAND_bytes always succeeds)
  RAND_bytes(key, sizeof key);
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}

// ---- Diffie-Hellman groups
/* 1024 bits, the product of two primes (the shape of socat's 2016 modulus). */
static const unsigned char dh1024_p[] = {
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
static const unsigned char dh_g[] = {0x02};

DH *server_dh(const unsigned char *p_bytes, int p_len) {
  DH *dh = DH_new();
  BIGNUM *g = BN_bin2bn(dh_g, sizeof dh_g, NULL);
  if (p_bytes) {
    // ok: backdoor-rigged-parameters
    DH_set0_pqg(dh, BN_bin2bn(p_bytes, p_len, NULL), NULL, g);
    return dh;
  }
  BIGNUM *p = BN_bin2bn(dh1024_p, sizeof dh1024_p, NULL);
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  DH_set0_pqg(dh, p, NULL, g);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:3: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'DH_set0_pqg' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:3: warning: 1024-bit Diffie-Hellman modulus 'dh1024_p' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-28]]:41: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:15: note: passed through here
  return dh;
}

// ---- verification results
int accept_chain(X509_STORE_CTX *store) {
  // ruleid: backdoor-unchecked-verification
  X509_verify_cert(store);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'X509_verify_cert' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}

int check_chain(X509_STORE_CTX *store, EVP_MD_CTX *md, const unsigned char *sig, size_t n) {
  // ok: backdoor-unchecked-verification
  if (X509_verify_cert(store) != 1)
    return 0;
  // ruleid: backdoor-unchecked-verification
  EVP_DigestVerifyFinal(md, sig, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'EVP_DigestVerifyFinal' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ok: backdoor-unchecked-verification
  return EVP_DigestVerifyFinal(md, sig, n) == 1;
}
