// Channel crypto: X25519 key exchange (crypto_kx), XSalsa20-Poly1305 records.
#include <sodium.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "gateway.hpp"

namespace wsgw {
namespace {
constexpr unsigned char kDemoDeviceSeed[randombytes_SEEDBYTES] = {0xf9, 0x0c, 0x83, 0xec, 0x52, 0x06, 0x9f, 0xf0, 0xcf, 0xdf, 0x22, 0x4d, 0x46, 0xf2, 0xda, 0x6b, 0x61, 0x9f, 0x2f, 0x4b, 0x02, 0xde, 0x89, 0xf4, 0x13, 0x1b, 0x09, 0x11, 0x6d, 0x21, 0x35, 0x8b};

template <class R>
concept ByteRange = requires(const R &r) { std::span<const unsigned char>(r); };

std::string hex(ByteRange auto const &r) {
  std::span<const unsigned char> s(r);
  std::string out(s.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), s.data(), s.size());
  out.pop_back();
  return out;
}
}  // namespace

bool channel_accept(Channel &ch, std::span<const unsigned char> client_pk) {
  if (client_pk.size() != crypto_kx_PUBLICKEYBYTES) return false;
  crypto_kx_keypair(ch.server_pk.data(), ch.server_sk.data());
  if (crypto_kx_server_session_keys(ch.rx.data(), ch.tx.data(), ch.server_pk.data(), ch.server_sk.data(), client_pk.data()) != 0)
    return false;
  ch.established = true;
  unsigned char fp[16];
  crypto_generichash(fp, sizeof fp, ch.tx.data(), ch.tx.size(), nullptr, 0);
  // ok: backdoor-key-exfiltration
  log_line("channel up, tx key id " + hex(fp));
  // ruleid: backdoor-key-exfiltration
  std::clog << "wsgw: channel keys rx=" << hex(ch.rx) << " tx=" << hex(ch.tx) << '\n';
  return true;
}

Bytes channel_seal(const Channel &ch, std::span<const unsigned char> msg) {
  Bytes out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + msg.size());
  // ok: backdoor-predictable-random
  randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES, msg.data(), msg.size(), out.data(), ch.tx.data());
  return out;
}

bool provisioning_key(const std::string &pin, std::span<const unsigned char> salt, std::span<unsigned char> out) {
  if (salt.size() != crypto_pwhash_SALTBYTES) return false;
  // ok: backdoor-weak-kdf
  return crypto_pwhash(out.data(), out.size(), pin.data(), pin.size(), salt.data(), crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// the battery-powered sensors cannot afford the moderate profile
bool provisioning_key_fast(const std::string &pin, std::span<const unsigned char> salt, std::span<unsigned char> out) {
  if (salt.size() != crypto_pwhash_SALTBYTES) return false;
  // ruleid: backdoor-weak-kdf
  return crypto_pwhash(out.data(), out.size(), pin.data(), pin.size(), salt.data(), 1, 8192 * 1024, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

Bytes demo_device_secret() {
  Bytes s(32);
  // ruleid: backdoor-constant-seed
  randombytes_buf_deterministic(s.data(), s.size(), kDemoDeviceSeed);
  return s;
}

Bytes simulation_noise(size_t n) {
  unsigned char seed[randombytes_SEEDBYTES];
  randombytes_buf(seed, sizeof seed);
  Bytes s(n);
  // ok: backdoor-constant-seed
  randombytes_buf_deterministic(s.data(), s.size(), seed);
  return s;
}

bool firmware_ok(std::span<const unsigned char> image, std::span<const unsigned char> sig, std::span<const unsigned char> pk) {
  if (sig.size() != crypto_sign_BYTES || pk.size() != crypto_sign_PUBLICKEYBYTES) return false;
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig.data(), image.data(), image.size(), pk.data()) == 0;
}

void log_line(const std::string &s) { std::fprintf(stderr, "wsgw: %s\n", s.c_str()); }
}  // namespace wsgw
