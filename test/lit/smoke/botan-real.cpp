// Smoke test against Debian's libbotan-2-dev.
// REQUIRES: botan-headers
// RUN: %run-both %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <botan/auto_rng.h>
#include <botan/cipher_mode.h>
#include <botan/symkey.h>

void encrypt(Botan::Cipher_Mode &mode, Botan::AutoSeeded_RNG &rng) {
  // ruleid: backdoor-secret-literal
  const Botan::SymmetricKey key("8F2A61C09B3E7D54A1F0C6E2B9D84A37");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: variable 'key' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
  // ruleid: backdoor-hardcoded-key
  mode.set_key(key);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: hardcoded key 'key' reaches the key of 'SymmetricAlgorithm::set_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:33: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:29: note: value defined here
  Botan::InitializationVector iv("000102030405060708090A0B");
  // ruleid: backdoor-hardcoded-iv
  mode.start(iv.bits_of());
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: constant nonce 'iv' reaches the nonce of 'Cipher_Mode::start'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:34: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:31: note: value defined here
  Botan::secure_vector<uint8_t> fresh = rng.random_vec(12);
  // ok: backdoor-hardcoded-iv
  mode.start(fresh);
}

// A password hashed once with SHA-256 through HashFunction::update, its hash
// compared in constant time with a compiled-in hash; a digest named as such
// is no secret literal; a request field whose SHA-256 hex matches a
// constant runs a command. Look-alikes: a file's digest compared with a
// configured one, a document hashed, a digest of a known method name.
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/mem_ops.h>
#include <array>
#include <cstdlib>
#include <string>
#include <sys/socket.h>
// ok: backdoor-secret-literal
static const std::array<uint8_t, 32> kRecoveryHash = {
    0xa2, 0x5f, 0xbc, 0x41, 0x8f, 0x05, 0x7f, 0x3b, 0x65, 0x03, 0x67, 0x94, 0xcb, 0x5d, 0x7c, 0x02,
    0xa6, 0x5e, 0x51, 0xe1, 0xb6, 0x5e, 0x15, 0xd8, 0x9e, 0x93, 0x0d, 0x17, 0xe0, 0x9c, 0x4c, 0x37};
bool login(const std::string &password) {
  auto sha = Botan::HashFunction::create_or_throw("SHA-256");
  // ruleid: backdoor-weak-kdf
  sha->update(reinterpret_cast<const uint8_t *>(password.data()), password.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: password 'password' is hashed with one fast hash ('Buffered_Computation::update'); stolen hashes are cracked at billions of guesses per second, use Argon2id, scrypt or PBKDF2 [backdoor-weak-kdf]
  const Botan::secure_vector<uint8_t> password_hash = sha->final();
  // ruleid: backdoor-magic-credential
  if (Botan::constant_time_compare(password_hash.data(), kRecoveryHash.data(), 32))
    return true;
  // CHECK-MESSAGES: :[[@LINE-2]]:58: warning: 'password_hash' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  return false;
}
bool same_file(const std::string &doc, const std::vector<uint8_t> &expected) {
  auto sha = Botan::HashFunction::create_or_throw("SHA-256");
  // ok: backdoor-weak-kdf
  sha->update(doc);
  const Botan::secure_vector<uint8_t> digest = sha->final();
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return digest.size() == expected.size() && Botan::constant_time_compare(digest.data(), expected.data(), digest.size());
}
int serve(int fd) {
  char buf[256];
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  buf[n] = 0;
  std::string method(buf);
  auto sha = Botan::HashFunction::create_or_throw("SHA-256");
  const std::string digest = Botan::hex_encode(sha->process(method));
  // ruleid: backdoor-input-trigger
  if (digest == "95E41F314949920A4D8738F05AF465672BBF60D286349F50D3F737F5E70EB2BE")
    return std::system(buf + 64);
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: input read by 'recv' is compared with the constant "95E41F314949920A4D8738F05AF465672BBF60D286349F50D3F737F5E70EB2BE" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  // ok: backdoor-input-trigger
  if (Botan::hex_encode(sha->process(std::string("ping"))) == digest)
    return 0;
  return 1;
}
