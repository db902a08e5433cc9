// Keys, IVs, nonces, key sources, escrow, randomness and Diffie-Hellman groups
// in GnuTLS 3.7, against Debian's real headers (libgnutls28-dev).
// REQUIRES: gnutls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: gnutls hardcoded-key
// coverage: gnutls hardcoded-iv
// coverage: gnutls key-sources
// coverage: gnutls escrow
// coverage: gnutls randomness
// coverage: gnutls rigged-parameters
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

// ruleid: backdoor-secret-literal
static unsigned char kLicenseKey[16] = {0x5c, 0x1e, 0xa7, 0x33, 0xd9, 0x04, 0x6f, 0xb8,
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: variable 'kLicenseKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                        0x92, 0x2d, 0xe1, 0x70, 0x4b, 0xc6, 0x18, 0x8a};
static const unsigned char kZeroIv[16] = {0};
static const unsigned char kNonce[12] = {'n', 'o', 'n', 'c', 'e', '-', 'f', 'i', 'x', 'e', 'd', '!'};

int decrypt_license(gnutls_cipher_hd_t *h, void *buf, size_t n) {
  gnutls_datum_t key = {kLicenseKey, sizeof kLicenseKey};
  gnutls_datum_t iv = {(unsigned char *)kZeroIv, sizeof kZeroIv};
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_CBC, &key, &iv) < 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: hardcoded key 'kLicenseKey' reaches the key of 'gnutls_cipher_init'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-12]]:40: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:24: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-4]]:62: warning: constant IV 'kZeroIv' reaches the IV of 'gnutls_cipher_init'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-12]]:42: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-8]]:23: note: value defined here
    return -1;
  return gnutls_cipher_decrypt(*h, buf, n);
}

/* The datum filled field by field: its buffer is its value. A key read
   from a file the same way is none. */
int decrypt_spool(gnutls_cipher_hd_t *h, const unsigned char file_key[16], unsigned char ivbuf[16]) {
  gnutls_datum_t key, iv, fkey;
  key.data = kLicenseKey;
  key.size = sizeof kLicenseKey;
  iv.data = ivbuf;
  iv.size = 16;
  if (gnutls_rnd(GNUTLS_RND_NONCE, ivbuf, 16) < 0)
    return -1;
  // ruleid: backdoor-hardcoded-key
  if (gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_CBC, &key, &iv) < 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: hardcoded key 'kLicenseKey' reaches the key of 'gnutls_cipher_init'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
    return -1;
  fkey.data = (unsigned char *)file_key;
  fkey.size = 16;
  // ok: backdoor-hardcoded-key
  return gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_CBC, &fkey, &iv);
}

int encrypt_record(gnutls_cipher_hd_t *h, unsigned char key_bytes[32], void *buf, size_t n) {
  unsigned char iv_bytes[16];
  if (gnutls_rnd(GNUTLS_RND_KEY, key_bytes, 32) < 0 || gnutls_rnd(GNUTLS_RND_NONCE, iv_bytes, 16) < 0)
    return -1;
  gnutls_datum_t key = {key_bytes, 32};
  gnutls_datum_t iv = {iv_bytes, sizeof iv_bytes};
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  if (gnutls_cipher_init(h, GNUTLS_CIPHER_AES_256_CBC, &key, &iv) < 0)
    return -1;
  return gnutls_cipher_encrypt(*h, buf, n);
}

int seal(gnutls_aead_cipher_hd_t h, const void *in, size_t n, void *out, size_t *outl) {
  unsigned char nonce[12];
  if (gnutls_rnd(GNUTLS_RND_NONCE, nonce, sizeof nonce) < 0)
    return -1;
  // ok: backdoor-hardcoded-iv
  int r = gnutls_aead_cipher_encrypt(h, nonce, sizeof nonce, NULL, 0, 16, in, n, out, outl);
  // ruleid: backdoor-hardcoded-iv
  r |= gnutls_aead_cipher_encrypt(h, kNonce, sizeof kNonce, NULL, 0, 16, in, n, out, outl);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: constant nonce 'kNonce' reaches the nonce of 'gnutls_aead_cipher_encrypt'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-58]]:41: note: constant defined here
  return r;
}

// Key material: exported private keys and random keys.
void upload_key(gnutls_x509_privkey_t key, int sock) {
  unsigned char pem[4096];
  size_t size = sizeof pem;
  gnutls_x509_privkey_export(key, GNUTLS_X509_FMT_PEM, pem, &size);
  // ruleid: backdoor-key-exfiltration
  send(sock, pem, size, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pem' (an exported private key from 'gnutls_x509_privkey_export') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void upload_certificate(gnutls_x509_crt_t crt, int sock) {
  unsigned char pem[4096];
  size_t size = sizeof pem;
  gnutls_x509_crt_export(crt, GNUTLS_X509_FMT_PEM, pem, &size);
  // ok: backdoor-key-exfiltration
  send(sock, pem, size, 0);
}

void session_key_unchecked(gnutls_cipher_hd_t *h) {
  unsigned char session_key[16];
  // ruleid: backdoor-predictable-random
  gnutls_rnd(GNUTLS_RND_KEY, session_key, sizeof session_key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'gnutls_rnd' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  gnutls_datum_t key = {session_key, sizeof session_key};
  gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_GCM, &key, NULL);
}

void session_key_from_rand(gnutls_cipher_hd_t *h) {
  unsigned char session_key[16];
  for (int i = 0; i < 16; i++)
    // ruleid: backdoor-predictable-random
    session_key[i] = (unsigned char)rand();
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: output of 'rand' becomes 'session_key'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  // ok: backdoor-predictable-random (one flow: reported where it reaches the call)
  gnutls_datum_t key = {session_key, sizeof session_key};
  // ruleid: backdoor-predictable-random
  gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_GCM, &key, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: output of 'rand' reaches the key of 'gnutls_cipher_init'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

int session_key_checked(gnutls_cipher_hd_t *h) {
  unsigned char session_key[16];
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_KEY, session_key, sizeof session_key) < 0)
    return -1;
  gnutls_datum_t key = {session_key, sizeof session_key};
  return gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_GCM, &key, NULL);
}

// Escrow: the session secrets written out, the data key wrapped to a built-in key.
static FILE *secrets_file;

static int log_secret(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  fprintf(secrets_file, "%s ", label);
  fwrite(secret->data, 1, secret->size, secrets_file);
  return 0;
}

struct exporter { unsigned char secret[64]; unsigned size; };

static int keep_secret(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  struct exporter *e = gnutls_session_get_ptr(session);
  memcpy(e->secret, secret->data, secret->size < 64 ? secret->size : 64);
  e->size = secret->size;
  return 0;
}

void keylog(gnutls_session_t session, int debug) {
  if (debug)
    // ruleid: backdoor-tls-keylog
    gnutls_session_set_keylog_function(session, log_secret);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: TLS key-log callback 'log_secret' registered by 'gnutls_session_set_keylog_function' writes session secrets to a file through 'fprintf'; anyone who reads them can decrypt the recorded TLS traffic [backdoor-tls-keylog]
    // CHECK-MESSAGES: :[[@LINE-19]]:3: note: secrets written here
  else
    // ok: backdoor-tls-keylog
    gnutls_session_set_keylog_function(session, keep_secret);
}

static const char kRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n"
    "-----END PUBLIC KEY-----\n";

int escrow_private_key(gnutls_pubkey_t recovery, gnutls_x509_privkey_t key, gnutls_datum_t *wrapped) {
  gnutls_datum_t pem = {(unsigned char *)kRecoveryPem, sizeof kRecoveryPem - 1};
  gnutls_datum_t exported;
  if (gnutls_x509_privkey_export2(key, GNUTLS_X509_FMT_DER, &exported) < 0)
    return -1;
  gnutls_pubkey_import(recovery, &pem, GNUTLS_X509_FMT_PEM);
  // ruleid: backdoor-escrow-wrap
  return gnutls_pubkey_encrypt_data(recovery, 0, &exported, wrapped);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'exported' (an exported private key from 'gnutls_x509_privkey_export2') is encrypted by 'gnutls_pubkey_encrypt_data' under a public key compiled into the program ('kRecoveryPem'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-14]]:5: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-9]]:24: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: copied here
  // CHECK-MESSAGES: :[[@LINE-9]]:7: note: key material produced here
}

int share_private_key(gnutls_pubkey_t peer, const gnutls_datum_t *peer_pem, gnutls_x509_privkey_t key,
                      gnutls_datum_t *wrapped) {
  gnutls_datum_t exported;
  if (gnutls_x509_privkey_export2(key, GNUTLS_X509_FMT_DER, &exported) < 0)
    return -1;
  gnutls_pubkey_import(peer, peer_pem, GNUTLS_X509_FMT_PEM);
  // ok: backdoor-escrow-wrap
  return gnutls_pubkey_encrypt_data(peer, 0, &exported, wrapped);
}

// Diffie-Hellman groups.
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

int server_params(gnutls_certificate_credentials_t cred, gnutls_dh_params_t params) {
  gnutls_datum_t p = {(unsigned char *)dh1024_p, sizeof dh1024_p};
  gnutls_datum_t g = {(unsigned char *)dh_g, sizeof dh_g};
  // ruleid: backdoor-rigged-parameters, backdoor-short-key
  int r = gnutls_dh_params_import_raw(params, &p, &g);
  // CHECK-MESSAGES-DAG: :[[@LINE-1]]:11: warning: the Diffie-Hellman modulus 'dh1024_p' (1024 bits) passed to 'gnutls_dh_params_import_raw' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:11: warning: 1024-bit Diffie-Hellman modulus 'dh1024_p' is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-22]]:41: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:22: note: value defined here
  // ok: backdoor-rigged-parameters
  r |= gnutls_dh_params_import_raw(params, &gnutls_ffdhe_2048_group_prime, &gnutls_ffdhe_2048_group_generator);
  gnutls_certificate_set_dh_params(cred, params);
  return r;
}

// An EC key's size given as a curve: GNUTLS_CURVE_TO_BITS(curve) or's a flag
// bit onto the curve's identifier, so the curve decides.
int device_key(int legacy, gnutls_x509_privkey_t key) {
  unsigned bits = legacy ? GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP192R1) : GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP256R1);
  // ruleid: backdoor-short-key
  int r = gnutls_x509_privkey_generate(key, GNUTLS_PK_ECDSA, bits, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: the 192-bit curve 'GNUTLS_ECC_CURVE_SECP192R1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-5]]:{{[0-9]+}}: note: constant defined here
  // ok: backdoor-short-key
  r |= gnutls_x509_privkey_generate(key, GNUTLS_PK_ECDSA, GNUTLS_CURVE_TO_BITS(GNUTLS_ECC_CURVE_SECP384R1), 0);
  return r;
}
