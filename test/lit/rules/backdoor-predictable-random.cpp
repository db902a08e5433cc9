// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ engines: std::mt19937, std::minstd_rand, distributions; std::random_device is fine.
// coverage: openssl key-sources
#include <random>
#include <openssl/evp.h>

void keys(EVP_CIPHER_CTX *ctx) {
  std::mt19937 gen(42);
  unsigned char key[32];
  for (int i = 0; i < 32; i++)
    // ok: backdoor-predictable-random (one flow: reported where key reaches the cipher)
    key[i] = static_cast<unsigned char>(gen());
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: output of 'mersenne_twister_engine' reaches the 256-bit key of 'EVP_EncryptInit_ex'; a constant seeds it, so the value is the same in every run [backdoor-predictable-random]
  std::minstd_rand lcg;
  std::uniform_int_distribution<int> dist(0, 255);
  unsigned char salt[16];
  for (int i = 0; i < 16; i++)
    // ruleid: backdoor-predictable-random
    salt[i] = static_cast<unsigned char>(dist(lcg));
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: output of 'uniform_int_distribution' becomes 'salt'; it is never seeded, so the value is the same in every run [backdoor-predictable-random]
}

// Negative cases: every engine, for games and simulations.
int monster_hp(std::mt19937 &gen) {
  std::uniform_int_distribution<int> d(10, 20);
  return d(gen);
}
unsigned particle_seed(std::minstd_rand &lcg) { return lcg(); }
int wander(std::default_random_engine &eng) {
  std::uniform_int_distribution<int> step(-1, 1);
  return step(eng);
}
void safe(EVP_CIPHER_CTX *ctx) {
  std::random_device rd;
  unsigned char key[32];
  for (int i = 0; i < 32; i++)
    key[i] = static_cast<unsigned char>(rd());
  // ok: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, nullptr);
}

// A member engine seeded in the constructor, drawn through a distribution
// in another member function; a session id is a bearer secret even though
// it ends in `id`. One finding per flow: returning the buffer that was
// reported being filled is the same flow.
class CookieJar {
public:
  CookieJar() : rng_(1234u) {}
  void new_cookie(char *out, int n);
  const char *make_sid();
  int backoff_ms() {
    std::uniform_int_distribution<int> d(100, 900);
    // ok: backdoor-predictable-random (a delay)
    return d(rng_);
  }

private:
  std::mt19937 rng_;
  char sess_id_[24];
};

const char *CookieJar::make_sid() {
  static const char digits[] = "0123456789abcdef";
  std::uniform_int_distribution<unsigned> nib(0, 15);
  for (int i = 0; i < 23; ++i)
    // ruleid: backdoor-predictable-random
    sess_id_[i] = digits[nib(rng_)];
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: output of 'uniform_int_distribution' becomes 'sess_id_'; a constant seeds it, so the value is the same in every run [backdoor-predictable-random]
  sess_id_[23] = 0;
  return sess_id_;
}

// Filled under another name: the return of the secret-named function is the finding.
unsigned char *gen_nonce(std::minstd_rand &lcg) {
  static unsigned char buf[12];
  for (auto &b : buf)
    b = static_cast<unsigned char>(lcg());
  // ruleid: backdoor-predictable-random
  return buf;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: output of 'linear_congruential_engine' becomes 'gen_nonce'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

struct Ticket { char secret[16]; };
Ticket make_secret_ticket(std::minstd_rand &lcg) {
  Ticket t;
  for (int i = 0; i < 16; ++i)
    // ruleid: backdoor-predictable-random
    t.secret[i] = static_cast<char>(lcg());
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: output of 'linear_congruential_engine' becomes 'secret'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  // ok: backdoor-predictable-random (the flow reported above)
  return t;
}

// ok: backdoor-predictable-random (a request id is a public label)
unsigned request_id(std::minstd_rand &lcg) { unsigned request_id = lcg(); return request_id; }

// A container's lookup key (a type named key_type, as std::map's): a
// transaction id picked at random finds the transaction, it protects nothing.
struct Transactions {
  typedef unsigned long long key_type;
  // ok: backdoor-predictable-random (a lookup key)
  key_type key(std::minstd_rand &lcg) const { return key_type(lcg()); }
  // ruleid: backdoor-predictable-random
  unsigned long long session_key(std::minstd_rand &lcg) const { return lcg(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:72: warning: output of 'linear_congruential_engine' becomes 'session_key'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
};

// A constructor's member initializer is named by its member: a digest
// nonce drawn from an engine seeded with one random_device value.
static unsigned next_byte() {
  static std::default_random_engine eng{std::random_device{}()};
  return static_cast<unsigned>(eng() & 0xff);
}
class DigestChallenge {
public:
  // ruleid: backdoor-predictable-random
  DigestChallenge() : nonce_(next_byte()), retries_(next_byte() % 3) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: output of 'linear_congruential_engine' becomes 'nonce_'; 31 bits of std::random_device output seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  unsigned nonce_;
  // ok: backdoor-predictable-random (a retry count is no secret)
  unsigned retries_;
};

// Elements of a secret-named buffer written through a range-for reference:
// reported where the generator's output is written, once.
void make_challenge(unsigned char *out) {
  std::random_device rd;
  std::mt19937 gen(rd());
  unsigned char challenge[16];
  for (auto &b : challenge)
    b = static_cast<unsigned char>(gen());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: output of 'mersenne_twister_engine' becomes 'challenge'; 32 bits of std::random_device output seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  for (int i = 0; i < 16; ++i)
    out[i] = challenge[i];
}
// ok: a jitter's delays are no secret
void jitter(unsigned char *out) {
  std::mt19937 gen(7);
  unsigned char delays[16];
  for (auto &d : delays)
    d = static_cast<unsigned char>(gen());
  for (int i = 0; i < 16; ++i)
    out[i] = delays[i];
}
