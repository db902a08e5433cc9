// RUN: %run-both --checks=backdoor-short-key %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// Constant folding follows C: an operation C leaves undefined (signed
// overflow, INT_MIN / -1, division by zero, shifts by a negative count or past
// the width, left shifts of negative values) makes the value unknown, never a
// crash (LLONG_MIN / -1 raised SIGFPE in the analysis, killing clang-tidy
// with the plugin) and never a wrapped value reported as a finding; unsigned
// arithmetic wraps as in C. Both front ends, one operator per function.
#include <openssl/evp.h>

#define MIN64 (-9223372036854775807LL - 1)

void divide(EVP_PKEY_CTX *ctx, int n) {
  long long a = MIN64, b = -1, z = 0;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, a / b);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024 / z);
  int i = -2147483647 - 1, m = -1;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, i / m);
  int k = 2048;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, k / 2);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
  unsigned u = 4294967295u;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, u / 4194303u);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void remainder_(EVP_PKEY_CTX *ctx) {
  long long a = MIN64, b = -1, z = 0;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, a % b);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024 % z);
  int k = 5120;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, k % 4096);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void shift_left(EVP_PKEY_CTX *ctx) {
  int one = 1, neg = -1, big = 40, minus = -3;
  // 1 << 40 is past the width of int: not 2^40 (which >> 30 made 1024).
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (one << big) >> 30);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, neg << 10);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, one << minus);
  // 2^21 << 10 overflows int.
  int w = 2097152;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (w << 10) / 2097152);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, one << 10);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
  unsigned u = 2147484672u; // 2^31 + 1024: the top bit shifts out
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (u << 1) >> 1);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void shift_right(EVP_PKEY_CTX *ctx) {
  int k = 2048, big = 32, minus = -1;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, k >> big);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, k >> minus);
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, k >> 1);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void multiply(EVP_PKEY_CTX *ctx) {
  // (2^62 + 256) * 4 wraps to 1024 in 64 bits: undefined, not 1024.
  long long a = 4611686018427388160LL, four = 4;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, a * four);
  long long m = MIN64, minus = -1;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, m * minus);
  int k = 512;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, k * 2);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
  unsigned u = 1073742080u; // (2^30 + 256) * 4 wraps to 1024 in unsigned int
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, u * 4u);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void add(EVP_PKEY_CTX *ctx) {
  // LLONG_MIN + (LLONG_MIN + 1024) wraps to 1024: undefined.
  long long a = MIN64, b = MIN64 + 1024;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, a + b);
  unsigned u = 4294967295u;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, u + 1025u);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void subtract(EVP_PKEY_CTX *ctx) {
  // LLONG_MIN - (2^63 - 1024) wraps to 1024: undefined.
  long long a = MIN64, b = 9223372036854774784LL;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, a - b);
  unsigned u = 0u;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (u - 1u) / 4194303u);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}

void negate(EVP_PKEY_CTX *ctx) {
  // -INT_MIN overflows int: not 2^31 (which / 2^21 made 1024).
  int m = -2147483647 - 1;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, -m / 2097152);
  long long l = MIN64;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, -l);
  int k = -1024;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, -k);
  // CHECK: :[[@LINE-1]]:41: warning: 1024-bit RSA key is too short
}
