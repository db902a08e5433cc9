// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A position found by searching a constant alphabet for input is input,
// not constant data (shape 9 of bench/false-shapes.md: a base64 decoder of
// the caller's TSIG key).
#include <openssl/hmac.h>
#include <string.h>
char *strchr(const char *s, int c);

static const char Base64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
int b64_decode(const char *src, unsigned char *out) {
  int n = 0;
  for (; *src; ++src) {
    const char *pos = strchr(Base64, *src);
    if (!pos) return -1;
    out[n++] = (unsigned char)(pos - Base64);
  }
  return n;
}
void sign(const char *secret_b64, const unsigned char *msg, size_t len, unsigned char *mac,
          unsigned *maclen) {
  unsigned char key[64];
  int n = b64_decode(secret_b64, key);
  // ok: backdoor-hardcoded-key
  HMAC(EVP_sha256(), key, n, msg, len, mac, maclen);
}

// The true version: the bytes of the table itself.
int table_copy(unsigned char *out) {
  int n = 0;
  for (const char *p = Base64; *p && n < 32; ++p) out[n++] = (unsigned char)*p;
  return n;
}
void sign_table(const unsigned char *msg, size_t len, unsigned char *mac, unsigned *maclen) {
  unsigned char key[64];
  int n = table_copy(key);
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), key, n, msg, len, mac, maclen);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: hardcoded key 'Base64' reaches the key of 'HMAC'
}

// A key hex-encoded through a digit table: each digit is picked by the
// caller's key bytes, so the result is that key, not the table.
static void hexify(const unsigned char *in, size_t n, char *out) {
  static const char Hex[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = Hex[in[i] >> 4];
    out[2 * i + 1] = Hex[in[i] & 0xf];
  }
}
void sign_hex(const unsigned char *secret, const unsigned char *msg, size_t len, unsigned char *mac,
              unsigned *maclen) {
  char key[64];
  hexify(secret, 32, key);
  // ok: backdoor-hardcoded-key
  HMAC(EVP_sha256(), key, 64, msg, len, mac, maclen);
}
// The same encoding of a constant key is still that constant.
static const unsigned char Fixed[32] = {0x13, 0x37, 0xc0, 0xde};
void sign_fixed_hex(const unsigned char *msg, size_t len, unsigned char *mac, unsigned *maclen) {
  char key[64];
  hexify(Fixed, 32, key);
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), key, 64, msg, len, mac, maclen);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: hardcoded key
}
