// RUN: %run-both --checks=backdoor-key-exfiltration %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ shapes: iostreams, string streams, logger objects, Crypto++ and Botan.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <cryptopp/aes.h>
#include <botan/symkey.h>
#include <mock/std.h>

namespace app {
class Logger {
public:
  void info(const char *fmt, const std::string &arg);
  void debug(const char *fmt, int arg);
};
Logger &log();
} // namespace app

struct Session {
  unsigned char key[32];
  void rekey(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
    RAND_bytes(key, sizeof key);
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, iv);
  }
};

void key_to_cerr(EVP_CIPHER_CTX *ctx, const unsigned char *iv) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, session_key, iv);
  for (unsigned char b : session_key)
    // ruleid: backdoor-key-exfiltration
    std::cerr << std::hex << (int)b;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'b' (a random key 'session_key' from 'RAND_bytes') is written to a log by 'std::cerr'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
    // CHECK-MESSAGES: :[[@LINE-6]]:3: note: key material produced here
    // CHECK-MESSAGES: :[[@LINE-5]]:26: note: value defined here
    // CHECK-MESSAGES: :[[@LINE-6]]:24: note: value defined here
}

void key_through_stringstream(app::Logger &lg) {
  unsigned char key[16];
  RAND_bytes(key, sizeof key);
  std::ostringstream ss;
  for (int i = 0; i < 16; i++) ss << (int)key[i];
  // ruleid: backdoor-key-exfiltration
  lg.info("key {}", ss.str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'ss' (a random key 'key' from 'RAND_bytes') is written to a log by 'Logger::info'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: key material produced here
  // CHECK-MESSAGES: :[[@LINE-5]]:38: note: value assigned here
}

void cryptopp_key_to_file() {
  CryptoPP::AutoSeededRandomPool prng;
  CryptoPP::byte aes_key[32];
  prng.GenerateBlock(aes_key, sizeof aes_key);
  std::ofstream out("/tmp/.cache");
  // ruleid: backdoor-key-exfiltration
  out.write(reinterpret_cast<const char *>(aes_key), sizeof aes_key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'aes_key' (a random key from 'RandomNumberGenerator::GenerateBlock') is written to a file by 'std::ofstream'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: key material produced here
}

void botan_private_key_pem(Botan::RandomNumberGenerator &rng) {
  Botan::RSA_PrivateKey priv(rng, 2048);
  std::string pem = Botan::PKCS8::PEM_encode(priv);
  std::ofstream f("backup.pem");
  // ruleid: backdoor-key-exfiltration
  f << pem;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pem' (a PEM private key from 'PEM_encode') is written to a file by 'std::ofstream'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: key material produced here
}

void member_key_logged(Session &s) {
  // ruleid: backdoor-key-exfiltration
  std::clog << (int)s.key[0];
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a random key from 'RAND_bytes') is written to a log by 'std::clog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // CHECK-MESSAGES: :[[@LINE-55]]:5: note: key material produced here
}

// ---- not findings

void botan_encrypted_pem(Botan::RandomNumberGenerator &rng, const std::string &pass) {
  Botan::RSA_PrivateKey priv(rng, 2048);
  std::string pem = Botan::PKCS8::PEM_encode(priv, rng, pass);
  std::ofstream f("backup.pem");
  // ok: backdoor-key-exfiltration
  f << pem;
}

void sizes_logged(app::Logger &lg) {
  unsigned char key[16];
  RAND_bytes(key, sizeof key);
  // ok: backdoor-key-exfiltration
  lg.debug("key bytes: {}", (int)sizeof key);
  // ok: backdoor-key-exfiltration
  std::cout << "generated a key of " << (int)sizeof key << " bytes";
}

// A call through a function object or pointer named like a logger: a log,
// whatever it holds (a std::function member an other unit sets to a lambda
// around syslog). One named otherwise is not followed.
struct TransportSession {
  std::function<void(const char *)> audit_;
  void (*log_fn)(const char *);
  std::function<void(const char *)> on_rekey_;
  unsigned char rx_key_[32];
  void rekey();
};
void TransportSession::rekey() {
  RAND_bytes(rx_key_, sizeof rx_key_);
  // ruleid: backdoor-key-exfiltration
  audit_((const char *)rx_key_);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'rx_key_' (a random key from 'RAND_bytes') is written to a log by 'audit_'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // ruleid: backdoor-key-exfiltration
  log_fn((const char *)rx_key_);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'rx_key_' (a random key from 'RAND_bytes') is written to a log by 'log_fn'
  // ok: backdoor-key-exfiltration
  on_rekey_((const char *)rx_key_);
  // ok: backdoor-key-exfiltration
  audit_("rekeyed");
}

// std::optional holds what it is given: `*opt`, `opt->data()` and
// `opt.value()` are the key, through a member an accessor returns too.
namespace std {
template <class T, decltype(sizeof 0) N> struct array {
  T elems[N];
  T *data();
  const T *data() const;
  constexpr decltype(sizeof 0) size() const { return N; }
};
} // namespace std
using SessionKey = std::array<unsigned char, 32>;
class KeyHolder {
public:
  const std::optional<SessionKey> &key() const { return key_; }
  bool make() {
    SessionKey k;
    if (RAND_bytes(k.data(), 32) != 1) return false;
    key_ = k;
    return true;
  }
private:
  std::optional<SessionKey> key_;
};
void dump_holder(const KeyHolder &h) {
  const SessionKey &key = *h.key();
  // ruleid: backdoor-key-exfiltration
  fwrite(key.data(), 1, key.size(), stderr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'key' (a random key 'k' from 'RAND_bytes') is written to a log by 'fwrite'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
}
void dump_optional() {
  SessionKey k;
  if (RAND_bytes(k.data(), 32) != 1) return;
  std::optional<SessionKey> o = k;
  // ruleid: backdoor-key-exfiltration
  fwrite(o->data(), 1, 32, stderr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material (a random key 'k' from 'RAND_bytes') is written to a log by 'fwrite'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  // ruleid: backdoor-key-exfiltration
  fwrite(o.value().data(), 1, 32, stderr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'value' (a random key 'k' from 'RAND_bytes') is written to a log by 'fwrite'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  std::optional<SessionKey> label;
  // ok: backdoor-key-exfiltration (another optional)
  fwrite(label->data(), 1, 32, stderr);
}
