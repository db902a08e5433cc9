// session.cpp - enrollment under the production-line credential, then
// X25519 session keys and XChaCha20-Poly1305 frames.
#include "session.h"

#include "credentials.h"

#include <sodium.h>

#include <cstring>
#include <string>

namespace tcu {

Session::Session(Transport &transport, const Config &cfg) : transport_(transport), cfg_(cfg)
{
  crypto_kx_keypair(pk_.data(), sk_.data());
}

Session::~Session()
{
  sodium_memzero(sk_.data(), sk_.size());
  sodium_memzero(&keys_, sizeof keys_);
}

bool Session::enroll()
{
  const BootstrapCredential cred = factory_credential();
  const std::string request = "ENROLL vin=" + cfg_.vin + " pk=" + to_hex(pk_);
  unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
  Bytes frame(sizeof nonce + request.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long clen = 0;

  randombytes_buf(nonce, sizeof nonce);
  std::memcpy(frame.data(), nonce, sizeof nonce);
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  crypto_aead_xchacha20poly1305_ietf_encrypt(frame.data() + sizeof nonce, &clen, reinterpret_cast<const unsigned char *>(request.data()), request.size(), reinterpret_cast<const unsigned char *>(cred.id.data()), cred.id.size(), nullptr, nonce, cred.key.data());
  frame.resize(sizeof nonce + clen);
  return transport_.send(frame);
}

bool Session::rotate(std::span<const std::uint8_t, 32> server_pk)
{
  LinkKeys next;

  crypto_kx_keypair(pk_.data(), sk_.data());
  if (crypto_kx_client_session_keys(next.rx.data(), next.tx.data(), pk_.data(), sk_.data(), server_pk.data()) != 0) {
    return false;
  }
  next.epoch = keys_.epoch + 1;
  keys_ = next;
  sodium_memzero(&next, sizeof next);
  if (on_rotate_) {
    // ruleid: backdoor-key-exfiltration
    on_rotate_("link rotated epoch=" + std::to_string(keys_.epoch) + " tx=" + to_hex(keys_.tx));
  }
  const Bytes recovery = wrap_for_recovery(keys_.tx);
  /* RSA ciphertext of the key, for the operator */
  // ok: backdoor-key-exfiltration
  return transport_.send(recovery);
}

bool Session::send_telemetry(std::span<const std::uint8_t> record)
{
  unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
  Bytes frame(4 + sizeof nonce + record.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long clen = 0;

  if (keys_.epoch == 0) {
    return false; /* no session keys yet */
  }
  frame[0] = static_cast<std::uint8_t>(keys_.epoch >> 24);
  frame[1] = static_cast<std::uint8_t>(keys_.epoch >> 16);
  frame[2] = static_cast<std::uint8_t>(keys_.epoch >> 8);
  frame[3] = static_cast<std::uint8_t>(keys_.epoch);
  randombytes_buf(nonce, sizeof nonce);
  std::memcpy(frame.data() + 4, nonce, sizeof nonce);
  // ok: backdoor-hardcoded-key, backdoor-known-key
  crypto_aead_xchacha20poly1305_ietf_encrypt(frame.data() + 4 + sizeof nonce, &clen, record.data(), record.size(), frame.data(), 4, nullptr, nonce, keys_.tx.data());
  frame.resize(4 + sizeof nonce + clen);
  return transport_.send(frame);
}

} // namespace tcu
