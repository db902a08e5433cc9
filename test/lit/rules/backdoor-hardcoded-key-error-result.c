// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A helper's error result that the caller tests for and leaves on is not a
// value the data holds after the test: a hex parser's -1 for a bad digit,
// with `if (hi < 0 || lo < 0) return -1;` before `hi << 4 | lo`, is no
// constant byte of the key. Reported: the same parser over a compiled-in
// default (its digits are the key's bytes).
#include <openssl/aes.h>

static int hexval(int c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int load_kek(const char *hex, AES_KEY *k) {
  unsigned char kek[16];
  for (int i = 0; i < 16; i++) {
    int hi = hexval((unsigned char)hex[2 * i]), lo = hexval((unsigned char)hex[2 * i + 1]);
    if (hi < 0 || lo < 0)
      return -1;
    kek[i] = (unsigned char)(hi << 4 | lo);
  }
  return AES_set_encrypt_key(kek, 128, k);
}

int load_kek_block(const char *hex, AES_KEY *k) {
  unsigned char kek[16];
  for (int i = 0; i < 16; i++) {
    int hi = hexval((unsigned char)hex[2 * i]);
    int lo = hexval((unsigned char)hex[2 * i + 1]);
    if (hi == -1) {
      return -1;
    }
    if (lo < 0) {
      return -1;
    }
    kek[i] = (unsigned char)(hi << 4 | lo);
  }
  return AES_set_encrypt_key(kek, 128, k);
}

int load_kek_default(const char *hex, AES_KEY *k) {
  unsigned char kek[16];
  if (hex == 0)
    hex = "8f1e2d3c4b5a69788796a5b4c3d2e1f0";
  for (int i = 0; i < 16; i++) {
    int hi = hexval((unsigned char)hex[2 * i]), lo = hexval((unsigned char)hex[2 * i + 1]);
    if (hi < 0 || lo < 0)
      return -1;
    kek[i] = (unsigned char)(hi << 4 | lo);
  }
  return AES_set_encrypt_key(kek, 128, k);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: hardcoded key 'hex' (computed from constant data) reaches the key of 'AES_set_encrypt_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
