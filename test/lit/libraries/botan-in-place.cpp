// REQUIRES: botan-headers
// RUN: %run-both --checks=backdoor-key-exfiltration %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Botan's cipher modes encrypt in place (`Cipher_Mode::finish(buffer)`): a
// copy of a data key that finish then encrypts holds the wrapped key, which
// may be stored or sent; the copy sent before it is encrypted, or one that
// is never encrypted, is the key itself (botan.yaml's `encrypts-in-place`).
#include <botan/auto_rng.h>
#include <botan/cipher_mode.h>
#include <sys/socket.h>

using Bytes = Botan::secure_vector<uint8_t>;

void send_wrapped(int fd, const Bytes &kek) {
  Botan::AutoSeeded_RNG rng;
  const Bytes dek = rng.random_vec(32);
  auto wrap = Botan::Cipher_Mode::create_or_throw("AES-256/SIV", Botan::ENCRYPTION);
  wrap->set_key(kek);
  wrap->start();
  Bytes wrapped = dek;
  wrap->finish(wrapped);
  // ok: backdoor-key-exfiltration
  send(fd, wrapped.data(), wrapped.size(), 0);
}

void send_unwrapped(int fd, const Bytes &kek) {
  Botan::AutoSeeded_RNG rng;
  const Bytes dek = rng.random_vec(32);
  auto wrap = Botan::Cipher_Mode::create_or_throw("AES-256/SIV", Botan::ENCRYPTION);
  wrap->set_key(kek);
  wrap->start();
  Bytes copy = dek;
  // ruleid: backdoor-key-exfiltration
  send(fd, copy.data(), copy.size(), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'copy' {{.*}} [backdoor-key-exfiltration]
  wrap->finish(copy);
}
