// RUN: %run-both --checks=backdoor-* %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Template patterns hold expressions with no type at all (`T x(P::N)` is a
// ParenListExpr until instantiation): every analysis walks them without
// crashing, and the rest of the file is still scanned.
#include <random>
#include <mock/std.h>
#include <openssl/evp.h>

template <class Params> class Channel {
public:
  int open(EVP_CIPHER_CTX *ctx, const unsigned char *key) const {
    // ok: backdoor-predictable-random, backdoor-hardcoded-iv
    std::vector<unsigned char> nonce(Params::kNonceLen);
    // ok: backdoor-hardcoded-iv
    unsigned char iv(Params::kFirstByte);
    std::basic_string<char> token(Params::kPrefix);
    // ok: backdoor-hardcoded-iv
    return EVP_EncryptInit_ex(ctx, Params::cipher(), nullptr, key, nonce.data()) + iv;
  }
};

unsigned session_token(std::mt19937 &gen) {
  // ruleid: backdoor-predictable-random
  return gen();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: output of 'mersenne_twister_engine' becomes 'session_token'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}
