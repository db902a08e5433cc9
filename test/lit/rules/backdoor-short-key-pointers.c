// RUN: %run-both --checks=backdoor-short-key %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// Calls through a function pointer: a table of operations (`ops->gen`, with
// `ops = &rsa_ops` and rsa_ops's initializer naming rsa_gen), a table of
// records indexed at run time, and a function pointer variable the unit
// sets. What a call through the pointer passes is the parameter of every
// function it may land in, as a direct call's argument is; the size is
// reported where the caller chooses it.
#include <openssl/evp.h>

struct key_ops {
  int (*gen)(RSA *r, int bits);
  const char *name;
};

static int rsa_gen(RSA *r, int bits) { return RSA_generate_key_ex(r, bits, NULL, NULL); }
static const struct key_ops rsa_ops = {rsa_gen, "rsa"};

int make_device_key(RSA *r) {
  const struct key_ops *ops = &rsa_ops;
  return ops->gen(r, 1024);
  // CHECK: :[[@LINE-1]]:22: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

// Key generators in a table of records, picked by name at run time.
static int gen_legacy(RSA *r, int bits) { return RSA_generate_key_ex(r, bits, NULL, NULL); }
struct keygen { const char *name; int (*gen)(RSA *r, int bits); };
static const struct keygen kGens[] = {{"legacy", gen_legacy}};

int make_key(RSA *r, unsigned i) {
  return kGens[i].gen(r, 768);
  // CHECK: :[[@LINE-1]]:26: warning: 768-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

// A function pointer variable the unit sets: 4096 bits, no finding.
static int gen_checked(RSA *r, int bits) { return RSA_generate_key_ex(r, bits, NULL, NULL); }
static int (*g_gen)(RSA *, int);
void init_gen(void) { g_gen = gen_checked; }
int make_key2(RSA *r) {
  // ok: backdoor-short-key
  return g_gen(r, 4096);
}
