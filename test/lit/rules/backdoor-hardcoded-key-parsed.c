// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Keys parsed out of text with sscanf(): the tokens of text the program holds
// (a compiled-in hex key, a parameter its callers fill with one) are that
// text converted, so a constant stays a constant; the tokens of a line read
// from a key file or of the environment are data read at run time.
#include <openssl/evp.h>
#include <stdlib.h>

int sscanf(const char *str, const char *fmt, ...);

static const char kPseudonymKeyHex[] =
    "1f638547010815e2281696318e612af1fe259fdc9706b3346473123c15297905";

static size_t unhex(const char *hex, unsigned char *out, size_t cap) {
  size_t n = 0;
  for (; n < cap && hex[2 * n] && hex[2 * n + 1]; ++n) {
    unsigned v = 0;
    if (sscanf(hex + 2 * n, "%2x", &v) != 1)
      return 0;
    out[n] = (unsigned char)v;
  }
  return n;
}

void pseudonym(const unsigned char *mrn, size_t len, unsigned char *mac) {
  unsigned char key[32];
  unsigned int n = 0;
  size_t kl = unhex(kPseudonymKeyHex, key, sizeof key);
  HMAC(EVP_sha256(), key, (int)kl, mrn, len, mac, &n);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: hardcoded key 'kPseudonymKeyHex' (computed from constant data) reaches the key of 'HMAC'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

// In place: the bytes of a compiled-in string scanned one by one.
void seal_record(const unsigned char *rec, size_t len, unsigned char *out) {
  unsigned char key[16];
  unsigned v = 0;
  for (int i = 0; i < 16; ++i) {
    sscanf("00112233445566778899aabbccddeeff" + 2 * i, "%2x", &v);
    key[i] = (unsigned char)v;
  }
  unsigned char mac[32];
  unsigned int n = 0;
  HMAC(EVP_sha256(), key, 16, rec, len, mac, &n);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: hardcoded key 'key' (computed from constant data) reaches the key of 'HMAC'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  (void)out;
}

// The key file's line: read at run time.
void pseudonym_from_file(const char *path, const unsigned char *mrn, size_t len,
                         unsigned char *mac) {
  char line[128];
  unsigned char key[32];
  unsigned int n = 0;
  FILE *f = fopen(path, "r");
  if (f == NULL || fgets(line, sizeof line, f) == NULL)
    return;
  size_t kl = unhex(line, key, sizeof key);
  HMAC(EVP_sha256(), key, (int)kl, mrn, len, mac, &n);
}

// The environment's key: the operator's, not the binary's.
void pseudonym_from_env(const unsigned char *mrn, size_t len, unsigned char *mac) {
  unsigned char key[32];
  unsigned int n = 0;
  const char *hex = getenv("PSEUDONYM_KEY");
  if (hex == NULL)
    return;
  size_t kl = unhex(hex, key, sizeof key);
  HMAC(EVP_sha256(), key, (int)kl, mrn, len, mac, &n);
}

// Parsed with a direct scan of a line read from the file.
void session_from_file(FILE *f, const unsigned char *msg, size_t len, unsigned char *mac) {
  char line[80];
  unsigned char key[16];
  unsigned v = 0;
  unsigned int n = 0;
  if (fgets(line, sizeof line, f) == NULL)
    return;
  for (int i = 0; i < 16; ++i) {
    sscanf(line + 2 * i, "%2x", &v);
    key[i] = (unsigned char)v;
  }
  HMAC(EVP_sha256(), key, 16, msg, len, mac, &n);
}
