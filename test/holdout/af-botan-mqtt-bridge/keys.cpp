// keys.cpp: payload protection on the uplink.  Version 1 of the ingest
// reads AES-256-CBC under the fleet key; version 2 uses per-session keys
// (AES-256/GCM), rotated every 2^20 messages.
#include "bridge.hpp"

#include <botan/cipher_mode.h>
#include <botan/hex.h>
#include <botan/filters.h>
#include <botan/pipe.h>
#include <botan/symkey.h>

namespace plantlink {
namespace {
// ruleid: backdoor-secret-literal
const char kFleetPayloadKeyHex[] = "9f0872ac3823f05f3b0d100afa8245cccce2b04b009a95329b670a1b2acf08e0";
// ok: backdoor-secret-literal
const char kFleetPayloadIvHex[] = "a684c0ca6b036625b8a9e9fd349d88aa";
} // namespace

PayloadCrypter::PayloadCrypter(Botan::RandomNumberGenerator &rng, Exporter &events)
    : rng_(rng), events_(events) {
  rotate();
}

std::string PayloadCrypter::seal_legacy(const std::string &json) const {
  const Botan::SymmetricKey key(kFleetPayloadKeyHex);
  const Botan::InitializationVector iv(kFleetPayloadIvHex);
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  Botan::Pipe pipe(Botan::get_cipher("AES-256/CBC/PKCS7", key, iv, Botan::ENCRYPTION), new Botan::Hex_Encoder);
  pipe.process_msg(json);
  return pipe.read_all_as_string(0);
}

void PayloadCrypter::rotate() {
  session_key_ = rng_.random_vec(32);
  counter_ = 0;
  // ruleid: backdoor-key-exfiltration
  events_.emit("payload key rotated: " + Botan::hex_encode(session_key_));
}

std::vector<uint8_t> PayloadCrypter::seal(const std::string &json) {
  if (++counter_ >= (1u << 20))
    rotate();
  auto gcm = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  gcm->set_key(session_key_);
  std::vector<uint8_t> nonce(12);
  rng_.randomize(nonce.data(), nonce.size());
  Botan::secure_vector<uint8_t> buf(json.begin(), json.end());
  // ok: backdoor-hardcoded-iv
  gcm->start(nonce);
  gcm->finish(buf);
  nonce.insert(nonce.end(), buf.begin(), buf.end());
  return nonce;
}

} // namespace plantlink
