#include <botan/cipher_mode.h>
#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/mac.h>
#include "vaultsync.hpp"

namespace vsync {

VaultCrypto::VaultCrypto(const SiteConfig &cfg, Botan::RandomNumberGenerator &rng) : cfg_(cfg), rng_(rng) {}

Bytes VaultCrypto::seal_item(const Bytes &plain, const Bytes &vault_key) {
  // ok: backdoor-weak-cipher
  auto enc = Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);
  // ok: backdoor-hardcoded-key
  enc->set_key(vault_key);
  Botan::secure_vector<uint8_t> nonce = rng_.random_vec(12);
  Botan::secure_vector<uint8_t> buf(plain.begin(), plain.end());
  // ok: backdoor-hardcoded-iv
  enc->start(nonce);
  enc->finish(buf);
  Bytes out(nonce.begin(), nonce.end());
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

Bytes VaultCrypto::seal_legacy_item(const Bytes &plain, const Bytes &legacy_key) {
  // ruleid: backdoor-weak-cipher
  auto enc = Botan::Cipher_Mode::create("TripleDES/CBC/PKCS7", Botan::ENCRYPTION);
  enc->set_key(legacy_key);
  Botan::secure_vector<uint8_t> iv = rng_.random_vec(8);
  Botan::secure_vector<uint8_t> buf(plain.begin(), plain.end());
  enc->start(iv);
  enc->finish(buf);
  Bytes out(iv.begin(), iv.end());
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

Bytes VaultCrypto::item_mac(const Bytes &item, const Bytes &mac_key) const {
  // ok: backdoor-weak-hash
  auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
  mac->set_key(mac_key);
  mac->update(item);
  auto t = mac->final();
  return Bytes(t.begin(), t.end());
}

Bytes VaultCrypto::legacy_item_mac(const Bytes &item, const Bytes &mac_key) const {
  // ruleid: backdoor-weak-hash
  auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-1)");
  mac->set_key(mac_key);
  mac->update(item);
  auto t = mac->final();
  return Bytes(t.begin(), t.end());
}

std::string VaultCrypto::content_id(const Bytes &item) const {
  // ok: backdoor-weak-hash
  auto h = Botan::HashFunction::create_or_throw("SHA-1");
  h->update(item);
  return cfg_.site_id + ":" + Botan::hex_encode(h->final());
}

} // namespace vsync
