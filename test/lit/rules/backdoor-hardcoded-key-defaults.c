// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A default key the configuration may replace element by element: a loop
// over every element of the array replaces the whole key, so on the paths
// where it does not run (no file, no `key=` line) the default is the key,
// as a default kept beside a key read whole is ("a default key is a master
// key"). A loop that runs on every path before the use leaves nothing of
// the default; a loop over part of the array, or one that may stop early,
// writes pieces of it.
// coverage: openssl hardcoded-key
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

int sscanf(const char *str, const char *fmt, ...);
int fgetc(FILE *f);
#define EOF (-1)

static const unsigned char kSeriesKey[16] = {0x5c, 0x2e, 0x91, 0x07, 0xd4, 0x6b, 0xa3, 0x38,
                                             0xf0, 0x1d, 0x87, 0x4a, 0xbe, 0x62, 0x19, 0xc5};

struct meter_cfg {
  int port;
  unsigned char key[16];
};

// The parser's default, replaced only when the file has a `key=` line.
static void load_cfg(struct meter_cfg *c, FILE *f) {
  memcpy(c->key, kSeriesKey, sizeof c->key);
  char line[64];
  unsigned v = 0;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "key=", 4) == 0)
      for (size_t i = 0; i < sizeof c->key; i++) {
        sscanf(line + 4 + 2 * i, "%2x", &v);
        c->key[i] = (unsigned char)v;
      }
}

int uplink(FILE *f, const unsigned char *iv, const unsigned char *in, unsigned char *out) {
  struct meter_cfg c;
  load_cfg(&c, f);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, c.key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kSeriesKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  return EVP_EncryptUpdate(ctx, out, &len, in, 16);
}

// A local default, the loop written with `<=` and under a condition.
int pairing(const char *hex, const unsigned char *iv, const unsigned char *in, unsigned char *out) {
  unsigned char key[16];
  memcpy(key, kSeriesKey, 16);
  if (hex) {
    for (int i = 0; i <= 15; ++i) {
      unsigned v = 0;
      sscanf(hex + 2 * i, "%2x", &v);
      key[i] = (unsigned char)v;
    }
  }
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  // ruleid: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: hardcoded key 'kSeriesKey' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  return EVP_EncryptUpdate(ctx, out, &len, in, 16);
}

// Silent: the loop runs on every path before the use and replaces every
// element of the placeholder.
int replaced(FILE *f, const unsigned char *iv, const unsigned char *in, unsigned char *out) {
  unsigned char key[16];
  memcpy(key, kSeriesKey, sizeof key);
  for (unsigned i = 0; i < sizeof key; i++) key[i] = (unsigned char)fgetc(f);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  // ok: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, key, iv);
  return EVP_EncryptUpdate(ctx, out, &len, in, 16);
}

// Silent: half of the array, and a loop that may stop early, leave part of
// the constant beside what was read: only partly constant.
int half(FILE *f, const unsigned char *iv, const unsigned char *in, unsigned char *out) {
  unsigned char key[16];
  memcpy(key, kSeriesKey, sizeof key);
  if (f)
    for (int i = 0; i < 8; i++) key[i] = (unsigned char)fgetc(f);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  // ok: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, key, iv);
  return EVP_EncryptUpdate(ctx, out, &len, in, 16);
}

int early(FILE *f, const unsigned char *iv, const unsigned char *in, unsigned char *out) {
  unsigned char key[16];
  memcpy(key, kSeriesKey, sizeof key);
  for (int i = 0; i < 16; i++) {
    int c = fgetc(f);
    if (c == EOF) break;
    key[i] = (unsigned char)c;
  }
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  // ok: backdoor-hardcoded-key
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), NULL, key, iv);
  return EVP_EncryptUpdate(ctx, out, &len, in, 16);
}
