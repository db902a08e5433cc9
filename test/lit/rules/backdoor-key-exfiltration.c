// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Key material leaving the process: OpenSSL and the C library, in many shapes.
// coverage: openssl escrow
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <string.h>
#include <stdlib.h>
#include <curl/curl.h>

static unsigned char g_recovery_key[32];
static unsigned char g_session_cache[32];

static void to_hex(const unsigned char *in, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", in[i]);
}

void random_key_sent(int sock, EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
  // ruleid: backdoor-key-exfiltration
  send(sock, key, sizeof key, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a random key from 'RAND_bytes') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

void random_key_logged_hex(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char dek[32];
  char hex[65];
  RAND_bytes(dek, sizeof dek);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, dek, iv);
  to_hex(dek, sizeof dek, hex);
  // ruleid: backdoor-key-exfiltration
  syslog(LOG_DEBUG, "dek=%s", hex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (a random key 'dek' from 'RAND_bytes') is written to a log by 'syslog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:10: note: passed to a helper here
  // CHECK-MESSAGES: :[[@LINE-24]]:34: note: copied here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: filled by this call
}

void random_key_printed_bytewise(void) {
  unsigned char session_key[16];
  RAND_bytes(session_key, sizeof session_key);
  for (int i = 0; i < 16; i++)
    // ruleid: backdoor-key-exfiltration
    fprintf(stderr, "%02x", session_key[i]);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'session_key' (a random key from 'RAND_bytes') is written to a log by 'fprintf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
    // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

void random_key_escrowed(void) {
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  // ruleid: backdoor-key-exfiltration
  memcpy(g_recovery_key, key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a random key from 'RAND_bytes') is copied into the global buffer 'g_recovery_key'; a recovery copy that other code can read and send out is a key escrow [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void generated_key_exported_to_file(FILE *fp) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_keygen_init(pctx);
  EVP_PKEY_keygen(pctx, &pkey);
  unsigned char *der = NULL;
  int len = i2d_PrivateKey(pkey, &der);
  // ruleid: backdoor-key-exfiltration
  fwrite(der, 1, len, fp);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'der' (a DER private key from 'i2d_PrivateKey') is written to a file by 'fwrite'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:13: note: key material produced here
}

void private_key_pem_over_tls(SSL *ssl, EVP_PKEY *pkey) {
  BIO *mem = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(mem, pkey, NULL, NULL, 0, NULL, NULL);
  char *pem = NULL;
  long n = BIO_get_mem_data(mem, &pem);
  // ruleid: backdoor-key-exfiltration
  SSL_write(ssl, pem, (int)n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pem' (a PEM private key from 'PEM_write_bio_PrivateKey') is sent over the network by 'SSL_write'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: copied here
}

void master_secret_in_environment(SSL *ssl) {
  unsigned char ms[48];
  char hex[97];
  SSL_SESSION_get_master_key(SSL_get_session(ssl), ms, sizeof ms);
  to_hex(ms, sizeof ms, hex);
  // ruleid: backdoor-key-exfiltration
  setenv("TLS_MS", hex, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (a TLS master secret from 'SSL_SESSION_get_master_key') is put into the environment by 'setenv'; child processes and anyone who can read the environment get the key [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:10: note: passed to a helper here
  // CHECK-MESSAGES: :[[@LINE-82]]:34: note: copied here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: filled by this call
}

static void log_key(const char *label, const unsigned char *k, size_t n) {
  for (size_t i = 0; i < n; i++)
    // ruleid: backdoor-key-exfiltration
    printf("%s %02x\n", label, k[i]);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'k' (a derived key from 'PKCS5_PBKDF2_HMAC') is written to a log by 'printf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
    // CHECK-MESSAGES: :[[@LINE+6]]:3: note: key material produced here
    // CHECK-MESSAGES: :[[@LINE+6]]:18: note: argument passed here
}

void derived_key_through_helper(const char *password, const unsigned char *salt) {
  unsigned char kek[32];
  PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 600000, EVP_sha256(), 32, kek);
  log_key("kek", kek, sizeof kek);
}

void shared_memory_drop(void) {
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  unsigned char *shm = (unsigned char *)shmat(42, NULL, 0);
  // ruleid: backdoor-key-exfiltration
  memcpy(shm, key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a random key from 'RAND_bytes') is copied into shared memory from 'shmat'; other processes can read the key [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

void ec_private_scalar_hex(EC_KEY *ec) {
  EC_KEY_generate_key(ec);
  char *hex = BN_bn2hex(EC_KEY_get0_private_key(ec));
  // ruleid: backdoor-key-exfiltration
  puts(hex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (an EC private key from 'EC_KEY_get0_private_key') is written to a log by 'puts'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:15: note: passed through here
}

struct tunnel {
  int fd;
  unsigned char session_key[32];
};

void field_key_over_socket(struct tunnel *t, EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  RAND_bytes(t->session_key, sizeof t->session_key);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, t->session_key, iv);
  // ruleid: backdoor-key-exfiltration
  send(t->fd, t->session_key, sizeof t->session_key, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'session_key' (a random key from 'RAND_bytes') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

static void upload(int fd, const unsigned char *buf, size_t n) {
  // ruleid: backdoor-key-exfiltration
  write(fd, buf, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'buf' (a random key 'wrap_key' from 'RAND_bytes') is written to a file or socket by 'write'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE+6]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE+6]]:14: note: argument passed here
}

void key_through_upload_helper(int fd) {
  unsigned char wrap_key[32];
  RAND_bytes(wrap_key, sizeof wrap_key);
  upload(fd, wrap_key, sizeof wrap_key);
}

void key_posted_with_curl(CURL *curl, EVP_PKEY *pkey) {
  unsigned char raw[32];
  size_t len = sizeof raw;
  char body[128];
  EVP_PKEY_get_raw_private_key(pkey, raw, &len);
  to_hex(raw, len, body);
  // ruleid: backdoor-key-exfiltration
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'body' (a raw private key from 'EVP_PKEY_get_raw_private_key') is sent over the network by 'curl_easy_setopt'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:10: note: passed to a helper here
  // CHECK-MESSAGES: :[[@LINE-160]]:34: note: copied here
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: filled by this call
}

static unsigned char escrow_slot[32];

void key_copied_bytewise_into_escrow(void) {
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  for (int i = 0; i < 32; i++)
    // ruleid: backdoor-key-exfiltration
    escrow_slot[i] = key[i];
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'key' (a random key from 'RAND_bytes') is copied into the global buffer 'escrow_slot'; a recovery copy that other code can read and send out is a key escrow [backdoor-key-exfiltration]
    // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

void key_through_socket_bio(int sock, EVP_PKEY *pkey) {
  BIO *net = BIO_new_socket(sock, 0);
  unsigned char *der = NULL;
  int len = i2d_PrivateKey(pkey, &der);
  // ruleid: backdoor-key-exfiltration
  BIO_write(net, der, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'der' (a DER private key from 'i2d_PrivateKey') is sent over the network by 'BIO_write'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:13: note: key material produced here
}

void keygen_written_unencrypted(void) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_keygen(pctx, &pkey);
  FILE *f = fopen("/var/tmp/.k", "w");
  // ruleid: backdoor-key-exfiltration
  PEM_write_PrivateKey(f, pkey, NULL, NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pkey' (a generated key pair from 'EVP_PKEY_keygen') is written to a file by 'PEM_write_PrivateKey'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
  BIO *out = BIO_new_file("/var/tmp/.k2", "w");
  // ruleid: backdoor-key-exfiltration
  PEM_write_bio_PrivateKey(out, pkey, NULL, NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material (a PEM private key from 'PEM_write_bio_PrivateKey') is written to a file by 'PEM_write_bio_PrivateKey'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
}

void private_scalar_param_logged(EVP_PKEY *pkey) {
  BIGNUM *priv = NULL;
  EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &priv);
  // ruleid: backdoor-key-exfiltration
  printf("d=%s\n", BN_bn2hex(priv));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'BN_bn2hex' (a private key component from 'EVP_PKEY_get_bn_param') is written to a log by 'printf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: key material produced here
}

void hashed_with_evp_digest(int sock, EVP_MD_CTX *md) {
  unsigned char key[32], id[32];
  unsigned int n = 0;
  RAND_bytes(key, sizeof key);
  EVP_DigestUpdate(md, key, sizeof key);
  EVP_DigestFinal_ex(md, id, &n);
  // ok: backdoor-key-exfiltration
  send(sock, id, n, 0);
}

// ---- not findings

void keygen_written_encrypted(const char *pass) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_keygen(pctx, &pkey);
  FILE *f = fopen("key.pem", "w");
  // ok: backdoor-key-exfiltration
  PEM_write_PrivateKey(f, pkey, EVP_aes_256_cbc(), (const unsigned char *)pass, 8, NULL, NULL);
}

void key_into_memory_bio(EVP_PKEY *pkey) {
  BIO *mem = BIO_new(BIO_s_mem());
  unsigned char *der = NULL;
  int len = i2d_PrivateKey(pkey, &der);
  // ok: backdoor-key-exfiltration
  BIO_write(mem, der, len);
}

void url_without_key(CURL *curl, const char *host) {
  char url[256];
  snprintf(url, sizeof url, "https://%s/api", host);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(curl, CURLOPT_URL, url);
}

void fingerprint_logged(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char key[32], id[32];
  RAND_bytes(key, sizeof key);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
  SHA256(key, sizeof key, id);
  // ok: backdoor-key-exfiltration
  send(3, id, sizeof id, 0);
}

void public_key_logged(EVP_PKEY *pkey) {
  EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen(pctx, &pkey);
  unsigned char *der = NULL;
  int len = i2d_PUBKEY(pkey, &der);
  // ok: backdoor-key-exfiltration
  fwrite(der, 1, len, stdout);
}

void encrypted_export(SSL *ssl, EVP_PKEY *pkey, const char *pass) {
  BIO *mem = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(mem, pkey, EVP_aes_256_cbc(), (const unsigned char *)pass, 8, NULL, NULL);
  char *pem = NULL;
  long n = BIO_get_mem_data(mem, &pem);
  // ok: backdoor-key-exfiltration
  SSL_write(ssl, pem, (int)n);
}

void nonce_and_ciphertext_sent(int sock, EVP_CIPHER_CTX *ctx, const unsigned char *key) {
  unsigned char nonce[12], ct[64];
  int outl = 0;
  RAND_bytes(nonce, sizeof nonce);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, nonce);
  EVP_EncryptUpdate(ctx, ct, &outl, (const unsigned char *)"hello", 5);
  // ok: backdoor-key-exfiltration
  send(sock, nonce, sizeof nonce, 0);
  // ok: backdoor-key-exfiltration
  send(sock, ct, outl, 0);
}

void cached_in_ordinary_global(void) {
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  // ok: backdoor-key-exfiltration
  memcpy(g_session_cache, key, sizeof key);
}

void private_mapping(void) {
  unsigned char key[32];
  RAND_bytes(key, sizeof key);
  unsigned char *p = (unsigned char *)mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  // ok: backdoor-key-exfiltration
  memcpy(p, key, sizeof key);
}

void random_token_sent(int sock) {
  unsigned char challenge[16];
  RAND_bytes(challenge, sizeof challenge);
  // ok: backdoor-key-exfiltration
  send(sock, challenge, sizeof challenge, 0);
}
