// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// One text buffer reused for several values: what a log call prints is what
// was last written into the buffer on every path to it. A helper that writes
// the buffer from its other, read-only arguments replaces what it held; an
// append (strcat) or a write on one branch only does not.
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <string.h>

static void to_hex(const unsigned char *in, size_t n, char *out) {
  for (size_t i = 0; i < n; i++)
    snprintf(out + 2 * i, 3, "%02x", in[i]);
  out[2 * n] = 0;
}

// Defined in another unit: what it writes is the link step's question.
void hex_encode(const unsigned char *in, size_t n, char *out);

int rotate_batch_key(int verbose) {
  unsigned char batch_key[32], digest[32];
  char text[65];
  if (RAND_bytes(batch_key, sizeof batch_key) != 1)
    return -1;
  to_hex(batch_key, sizeof batch_key, text);
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'text' (a random key 'batch_key' from 'RAND_bytes') is written to a log by 'fprintf'
  fprintf(stderr, "batch key %s\n", text);
  SHA256(batch_key, sizeof batch_key, digest);
  to_hex(digest, 8, text);
  fprintf(stderr, "batch key id %s\n", text); // the fingerprint only
  hex_encode(batch_key, sizeof batch_key, text);
  hex_encode(digest, 8, text);
  fprintf(stderr, "batch key id %s\n", text); // the fingerprint only
  to_hex(batch_key, sizeof batch_key, text);
  if (verbose)
    to_hex(digest, 8, text);
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'text' (a random key 'batch_key' from 'RAND_bytes') is written to a log by 'fprintf'
  fprintf(stderr, "batch key id %s\n", text);
  to_hex(batch_key, sizeof batch_key, text);
  strcat(text, "-v1");
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'text' (a random key 'batch_key' from 'RAND_bytes') is written to a log by 'fprintf'
  fprintf(stderr, "batch key %s\n", text);
  return 0;
}

static void add_suffix(char *out, const char *suffix) { strcat(out, suffix); }

int rotate_with_suffix(void) {
  unsigned char batch_key[32];
  char text[80];
  if (RAND_bytes(batch_key, sizeof batch_key) != 1)
    return -1;
  to_hex(batch_key, sizeof batch_key, text);
  add_suffix(text, "-v2"); // keeps what the buffer held
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'text' (a random key 'batch_key' from 'RAND_bytes') is written to a log by 'fprintf'
  fprintf(stderr, "batch key %s\n", text);
  return 0;
}

// A helper that changes the text in place keeps the key in it; a label
// between the refill and the log lets a jump skip the refill.
static void mask_text(char *text, size_t n, const char *pad) {
  for (size_t i = 0; i < n; i++)
    text[i] ^= pad[i];
}

int rotate_masked(int quiet) {
  unsigned char batch_key[32], digest[32];
  char text[65];
  if (RAND_bytes(batch_key, sizeof batch_key) != 1)
    return -1;
  to_hex(batch_key, 32, text);
  mask_text(text, 64, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'text' (a random key 'batch_key' from 'RAND_bytes') is written to a log by 'fprintf'
  fprintf(stderr, "batch key %s\n", text);
  to_hex(batch_key, 32, text);
  if (quiet)
    goto out;
  SHA256(batch_key, 32, digest);
  to_hex(digest, 8, text);
out:
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'text' (a random key 'batch_key' from 'RAND_bytes') is written to a log by 'fprintf'
  fprintf(stderr, "batch key id %s\n", text);
  return 0;
}
