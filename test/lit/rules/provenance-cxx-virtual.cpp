// RUN: %run-both --checks='backdoor-hardcoded-key,backdoor-known-key,backdoor-predictable-random' %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Virtual calls reach every override the unit defines; helpers that fill
// their argument (a pointer, a reference to a struct) are followed from any
// caller. Overrides and helpers that read a file or the CSPRNG stay quiet.
#include <cstdio>
#include <cstring>

extern "C" {
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct engine_st ENGINE;
const EVP_CIPHER *EVP_aes_128_cbc(void);
int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *type, ENGINE *impl,
                       const unsigned char *key, const unsigned char *iv);
int RAND_bytes(unsigned char *buf, int num);
}

static const unsigned char kFixed[16] = {0xa7, 0x13, 0x5f, 0xc2, 0x8e, 0x31, 0xd9, 0x04,
                                         0x6b, 0xf8, 0x22, 0x9d, 0x40, 0xe5, 0x77, 0x1c};

struct KeyProvider {
  virtual ~KeyProvider() {}
  virtual const unsigned char *getKey() = 0;
};

struct BuiltinProvider : KeyProvider {
  const unsigned char *getKey() override { return kFixed; }
};

int encrypt_with(KeyProvider *p, EVP_CIPHER_CTX *c) {
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, p->getKey(), nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kFixed' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-16]]:41: note: constant defined here
}

struct Loader {
  virtual ~Loader() {}
  virtual void load(unsigned char *out) = 0;
};

struct DefaultLoader : Loader {
  void load(unsigned char *out) override { memcpy(out, kFixed, 16); }
};

int encrypt_loaded(Loader &l, EVP_CIPHER_CTX *c) {
  unsigned char k[16];
  l.load(k);
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, k, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kFixed' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-34]]:41: note: constant defined here
}

static void fill_key(unsigned char *k) { memcpy(k, kFixed, 16); }

int encrypt_filled(EVP_CIPHER_CTX *c) {
  unsigned char k[16];
  fill_key(k);
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, k, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kFixed' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-45]]:41: note: constant defined here
}

struct Session {
  unsigned char key[16];
};

static void init_session(Session &s) {
  for (int i = 0; i < 16; i++) s.key[i] = kFixed[i];
}

int encrypt_session(EVP_CIPHER_CTX *c) {
  Session s;
  init_session(s);
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, s.key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: hardcoded key 'kFixed' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-62]]:41: note: constant defined here
}

// Negative cases: every override or helper reads a file or the CSPRNG.
struct Source {
  virtual ~Source() {}
  virtual void fill(unsigned char *out) = 0;
};

struct FileSource : Source {
  void fill(unsigned char *out) override {
    FILE *f = fopen("/etc/app/key", "rb");
    if (!f) return;
    fread(out, 1, 16, f);
    fclose(f);
  }
};

struct RandomSource : Source {
  void fill(unsigned char *out) override {
    if (RAND_bytes(out, 16) != 1) memset(out, 0, 16);
  }
};

int encrypt_sourced(Source *s, EVP_CIPHER_CTX *c) {
  unsigned char k[16];
  s->fill(k);
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, k, nullptr);
}

static int random_key(unsigned char *k) { return RAND_bytes(k, 16); }

int encrypt_random(EVP_CIPHER_CTX *c) {
  unsigned char k[16];
  if (random_key(k) != 1) return 0;
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, k, nullptr);
}
