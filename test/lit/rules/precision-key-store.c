// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl escrow
// A key-generation command that writes the private key it just generated to
// the key file the user named (on the command line, in the configuration, by
// the caller) stores it; it does not leak it. Writing it to a log, stdout, a
// world-readable file or a fixed path in a shared directory still leaks it.
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>

struct keygen_options { const char *out_path; int bits; };
int open(const char *path, int flags, ...);
#define O_WRONLY 01
#define O_CREAT 0100
BIO *BIO_new_fd(int fd, int close_flag);
int fclose(FILE *stream);

// `genkey -out FILE`: the path comes from the command line.
int main(int argc, char **argv) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  if (argc < 2) return 1;
  FILE *out = fopen(argv[1], "w");
  // ok: backdoor-key-exfiltration (the user's own key file)
  PEM_write_PrivateKey(out, pkey, NULL, NULL, 0, NULL, NULL);
  fclose(out);
  return 0;
}

// The path from the configuration, through a BIO.
void write_configured_key(const struct keygen_options *opts) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  BIO *bio = BIO_new_file(opts->out_path, "w");
  // ok: backdoor-key-exfiltration
  PEM_write_bio_PrivateKey(bio, pkey, NULL, NULL, 0, NULL, NULL);
}

// A descriptor opened for the owner only.
void owner_only(const char *path) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  int fd = open(path, O_WRONLY | O_CREAT, 0600);
  BIO *bio = BIO_new_fd(fd, 1);
  // ok: backdoor-key-exfiltration
  PEM_write_bio_PrivateKey(bio, pkey, NULL, NULL, 0, NULL, NULL);
}

// Positive cases: the key leaves.
void to_stdout(void) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  // ruleid: backdoor-key-exfiltration
  PEM_write_PrivateKey(stdout, pkey, NULL, NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pkey' (a generated key pair from 'EVP_PKEY_keygen') is written to a log by 'PEM_write_PrivateKey'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
}

void to_tmp(void) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  FILE *f = fopen("/tmp/.cache-k", "w");
  // ruleid: backdoor-key-exfiltration
  PEM_write_PrivateKey(f, pkey, NULL, NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pkey' (a generated key pair from 'EVP_PKEY_keygen') is written to a file by 'PEM_write_PrivateKey'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
}

void world_readable(const char *path) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  int fd = open(path, O_WRONLY | O_CREAT, 0644);
  BIO *bio = BIO_new_fd(fd, 1);
  // ruleid: backdoor-key-exfiltration
  PEM_write_bio_PrivateKey(bio, pkey, NULL, NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}} [backdoor-key-exfiltration]
}

// The descriptor opened 0600 on the configured path, wrapped by fdopen when
// the open worked (`fd >= 0 ? fdopen(fd, "w") : NULL`): the key file still.
FILE *fdopen(int fd, const char *mode);
void write_configured_key_fd(const struct keygen_options *opts) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  EVP_PKEY_keygen_init(kctx);
  EVP_PKEY_keygen(kctx, &pkey);
  int fd = open(opts->out_path, O_WRONLY | O_CREAT, 0600);
  FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
  if (f == NULL) return;
  // ok: backdoor-key-exfiltration
  PEM_write_PrivateKey(f, pkey, NULL, NULL, 0, NULL, NULL);
  fclose(f);
  FILE *g = fd >= 0 ? fdopen(fd, "w") : stderr;
  // ruleid: backdoor-key-exfiltration
  PEM_write_PrivateKey(g, pkey, NULL, NULL, 0, NULL, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: {{.*}}[backdoor-key-exfiltration]
}
