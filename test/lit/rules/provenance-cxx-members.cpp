// RUN: %run-both --checks='backdoor-hardcoded-key,backdoor-known-key,backdoor-predictable-random' %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Class members across methods: a key stored in a member by the constructor
// (its initializer or its body) or by a setter, used by another member
// function; a generator seeded from a member. Keys read from a file or drawn
// from a CSPRNG into a member stay quiet.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

extern "C" {
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct engine_st ENGINE;
const EVP_CIPHER *EVP_aes_128_cbc(void);
int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *type, ENGINE *impl,
                       const unsigned char *key, const unsigned char *iv);
int RAND_bytes(unsigned char *buf, int num);
}

static const unsigned char kMaster[16] = {0x3c, 0x91, 0x5e, 0x07, 0xd2, 0x48, 0xaf, 0x16,
                                          0x7b, 0xe0, 0x29, 0x84, 0xc5, 0x63, 0x1a, 0xfd};

class Sealer {
public:
  Sealer() : key_(kMaster) {}
  int encrypt(EVP_CIPHER_CTX *c, const unsigned char *iv) {
    // ruleid: backdoor-hardcoded-key
    return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key_, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: hardcoded key 'kMaster' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-10]]:42: note: constant defined here
  }

private:
  const unsigned char *key_;
};

class CopySealer {
public:
  CopySealer() { memcpy(key_, kMaster, sizeof key_); }
  int encrypt(EVP_CIPHER_CTX *c, const unsigned char *iv) {
    // ruleid: backdoor-hardcoded-key
    return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key_, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: hardcoded key 'kMaster' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-24]]:42: note: constant defined here
  }

private:
  unsigned char key_[16];
};

class SetterSealer {
public:
  void setKey(const unsigned char *k) { memcpy(key_, k, sizeof key_); }
  int encrypt(EVP_CIPHER_CTX *c, const unsigned char *iv) {
    // ruleid: backdoor-hardcoded-key
    return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key_, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: hardcoded key 'kMaster' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-38]]:42: note: constant defined here
  }

private:
  unsigned char key_[16];
};

int use_setter(EVP_CIPHER_CTX *c) {
  SetterSealer s;
  s.setKey(kMaster);
  return s.encrypt(c, nullptr);
}

class KeyGen {
public:
  KeyGen() : seed_(static_cast<unsigned>(time(nullptr))) {}
  void make(unsigned char *out) {
    srand(seed_);
    for (int i = 0; i < 16; i++) out[i] = rand() & 0xff;
  }

private:
  unsigned seed_;
};

int use_keygen(EVP_CIPHER_CTX *c) {
  KeyGen g;
  unsigned char key[16];
  g.make(key);
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: output of 'rand' reaches the 128-bit key of 'EVP_EncryptInit_ex'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
}

// Negative cases: the member is filled from a file or by the CSPRNG.
class FileSealer {
public:
  FileSealer() {
    FILE *f = fopen("/etc/app/key", "rb");
    if (f) {
      fread(key_, 1, sizeof key_, f);
      fclose(f);
    }
  }
  int encrypt(EVP_CIPHER_CTX *c) {
    // ok: backdoor-hardcoded-key
    return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key_, nullptr);
  }

private:
  unsigned char key_[16];
};

class RandomSealer {
public:
  RandomSealer() : ok_(RAND_bytes(key_, sizeof key_) == 1) {}
  int encrypt(EVP_CIPHER_CTX *c) {
    if (!ok_) return 0;
    // ok: backdoor-hardcoded-key
    return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, key_, nullptr);
  }

private:
  unsigned char key_[16];
  bool ok_;
};

// A member's zero default says nothing about an object the caller hands in:
// whoever made it filled the member (a store in another file). A local
// object nobody fills keeps its zeros.
struct StoredKey {
  int version = 1;
  unsigned char key[16]{};
};

int open_stored(EVP_CIPHER_CTX *c, const StoredKey &stored) {
  // ok: backdoor-known-key, backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, stored.key, nullptr);
}

int open_default(EVP_CIPHER_CTX *c) {
  StoredKey fresh;
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), nullptr, fresh.key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: the key of 'EVP_EncryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
  // CHECK-MESSAGES: :[[@LINE-13]]:24: note: constant defined here
}
