// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Key material leaving the process through Mbed TLS, wolfSSL, libsodium and
// Windows CNG, and through project logging macros and functions.
// coverage: mbedtls escrow
// coverage: wolfssl escrow
// coverage: libsodium escrow
// coverage: cng escrow
#include <mbedtls/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <sodium.h>
#include <windows.h>
#include <string.h>
#include <stdlib.h>

void log_message(int level, const char *fmt, ...);
#define LOG_DEBUG_MSG(...) log_message(7, __VA_ARGS__)
void app_trace(const char *what, const unsigned char *data, size_t n);

struct upload { unsigned char body[512]; };

void mbedtls_private_key_uploaded(mbedtls_ssl_context *ssl, mbedtls_pk_context *pk) {
  unsigned char pem[4096];
  mbedtls_pk_write_key_pem(pk, pem, sizeof pem);
  // ruleid: backdoor-key-exfiltration
  mbedtls_ssl_write(ssl, pem, strlen((const char *)pem));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pem' (a PEM private key from 'mbedtls_pk_write_key_pem') is sent over the network by 'mbedtls_ssl_write'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void mbedtls_drbg_key_base64(mbedtls_ctr_drbg_context *drbg, mbedtls_ssl_context *ssl) {
  unsigned char aes_key[32], b64[64];
  size_t olen = 0;
  mbedtls_ctr_drbg_random(drbg, aes_key, sizeof aes_key);
  mbedtls_base64_encode(b64, sizeof b64, &olen, aes_key, sizeof aes_key);
  // ruleid: backdoor-key-exfiltration
  LOG_DEBUG_MSG("key %s", b64);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'b64' (a random key 'aes_key' from 'mbedtls_ctr_drbg_random') is written to a log by 'LOG_DEBUG_MSG'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: derived here
}

void wolfssl_rsa_key_der(RsaKey *key, WC_RNG *rng, WOLFSSL *ssl) {
  byte der[2048];
  wc_MakeRsaKey(key, 2048, 65537, rng);
  int n = wc_RsaKeyToDer(key, der, sizeof der);
  // ruleid: backdoor-key-exfiltration
  wolfSSL_write(ssl, der, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'der' (a DER private key from 'wc_RsaKeyToDer') is sent over the network by 'wolfSSL_write'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: key material produced here
}

void wolfssl_ecdh_secret_traced(ecc_key *priv, ecc_key *peer) {
  byte secret[32];
  word32 len = sizeof secret;
  wc_ecc_shared_secret(priv, peer, secret, &len);
  // ruleid: backdoor-key-exfiltration
  app_trace("shared", secret, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'secret' (a shared secret from 'wc_ecc_shared_secret') is written to a log by 'app_trace'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void sodium_secret_key_to_env(void) {
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  char hex[2 * crypto_box_SECRETKEYBYTES + 1];
  crypto_box_keypair(pk, sk);
  sodium_bin2hex(hex, sizeof hex, sk, sizeof sk);
  // ruleid: backdoor-key-exfiltration
  setenv("BOX_SK", hex, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (a generated secret key from 'crypto_box_keypair') is put into the environment by 'setenv'; child processes and anyone who can read the environment get the key [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: derived here
}

void sodium_session_keys_written(int fd, const unsigned char *cpk, const unsigned char *csk,
                                 const unsigned char *spk) {
  unsigned char rx[crypto_kx_SESSIONKEYBYTES], tx[crypto_kx_SESSIONKEYBYTES];
  crypto_kx_client_session_keys(rx, tx, cpk, csk, spk);
  // ruleid: backdoor-key-exfiltration
  write(fd, tx, sizeof tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'tx' (session keys from 'crypto_kx_client_session_keys') is written to a file or socket by 'write'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void cng_private_blob_posted(BCRYPT_ALG_HANDLE alg, HANDLE request) {
  BCRYPT_KEY_HANDLE key;
  UCHAR blob[2048];
  ULONG len = 0;
  BCryptGenerateKeyPair(alg, &key, 2048, 0);
  BCryptFinalizeKeyPair(key, 0);
  BCryptExportKey(key, NULL, BCRYPT_RSAPRIVATE_BLOB, blob, sizeof blob, &len, 0);
  // ruleid: backdoor-key-exfiltration
  WinHttpSendRequest(request, NULL, 0, blob, len, len, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'blob' (an exported private key from 'BCryptExportKey') is sent over the network by 'WinHttpSendRequest'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void cng_random_key_debug_output(void) {
  UCHAR key[32];
  char text[128];
  DWORD n = sizeof text;
  BCryptGenRandom(NULL, key, sizeof key, 2);
  CryptBinaryToStringA(key, sizeof key, 4, text, &n);
  // ruleid: backdoor-key-exfiltration
  OutputDebugStringA(text);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'text' (a random key 'key' from 'BCryptGenRandom') is written to a log by 'OutputDebugStringA'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: derived here
}

void key_copied_into_message(int sock) {
  unsigned char master_key[32];
  struct upload u;
  randombytes_buf(master_key, sizeof master_key);
  memcpy(u.body, master_key, sizeof master_key);
  // ruleid: backdoor-key-exfiltration
  send(sock, u.body, sizeof u.body, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'body' (a random key 'master_key' from 'randombytes_buf') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: copied here
}

// ---- not findings

void mbedtls_public_key_uploaded(mbedtls_ssl_context *ssl, mbedtls_pk_context *pk) {
  unsigned char pem[4096];
  mbedtls_pk_write_pubkey_pem(pk, pem, sizeof pem);
  // ok: backdoor-key-exfiltration
  mbedtls_ssl_write(ssl, pem, strlen((const char *)pem));
}

void wolfssl_public_der(RsaKey *key, WC_RNG *rng, WOLFSSL *ssl) {
  byte der[2048];
  wc_MakeRsaKey(key, 2048, 65537, rng);
  int n = wc_RsaKeyToPublicDer(key, der, sizeof der);
  // ok: backdoor-key-exfiltration
  wolfSSL_write(ssl, der, n);
}

void sodium_public_key_and_hash(int sock) {
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES], id[32];
  crypto_box_keypair(pk, sk);
  crypto_generichash(id, sizeof id, sk, sizeof sk, NULL, 0);
  // ok: backdoor-key-exfiltration
  send(sock, pk, sizeof pk, 0);
  // ok: backdoor-key-exfiltration
  send(sock, id, sizeof id, 0);
}

void sodium_ciphertext_sent(int sock, const unsigned char *msg, unsigned long long n) {
  unsigned char key[crypto_secretbox_KEYBYTES], nonce[24], ct[1024];
  crypto_secretbox_keygen(key);
  randombytes_buf(nonce, sizeof nonce);
  crypto_secretbox_easy(ct, msg, n, nonce, key);
  // ok: backdoor-key-exfiltration
  send(sock, ct, n + 16, 0);
  // ok: backdoor-key-exfiltration
  LOG_DEBUG_MSG("sent %llu bytes with nonce %02x", n, nonce[0]);
}

void cng_public_blob_posted(BCRYPT_ALG_HANDLE alg, HANDLE request) {
  BCRYPT_KEY_HANDLE key;
  UCHAR blob[2048];
  ULONG len = 0;
  BCryptGenerateKeyPair(alg, &key, 2048, 0);
  BCryptExportKey(key, NULL, BCRYPT_RSAPUBLIC_BLOB, blob, sizeof blob, &len, 0);
  // ok: backdoor-key-exfiltration
  WinHttpSendRequest(request, NULL, 0, blob, len, len, 0);
}

void cng_wrapped_export(BCRYPT_KEY_HANDLE key, BCRYPT_KEY_HANDLE kek, HANDLE request) {
  UCHAR blob[2048];
  ULONG len = 0;
  BCryptExportKey(key, kek, BCRYPT_RSAPRIVATE_BLOB, blob, sizeof blob, &len, 0);
  // ok: backdoor-key-exfiltration
  WinHttpSendRequest(request, NULL, 0, blob, len, len, 0);
}
