#include <botan/cipher_mode.h>
#include <botan/hex.h>
#include <botan/pubkey.h>
#include <botan/symkey.h>

#include "signer.hpp"

namespace docsign {

std::vector<uint8_t> sign_document(const Botan::Private_Key& key, Botan::RandomNumberGenerator& rng, const std::string& doc) {
  // ok: backdoor-weak-hash
  Botan::PK_Signer signer(key, rng, "EMSA4(SHA-256)");
  return signer.sign_message(reinterpret_cast<const uint8_t*>(doc.data()), doc.size(), rng);
}

std::vector<uint8_t> sign_document_legacy(const Botan::Private_Key& key, Botan::RandomNumberGenerator& rng, const std::string& doc) {
  // ruleid: backdoor-weak-hash
  Botan::PK_Signer signer(key, rng, "EMSA3(SHA-1)");
  return signer.sign_message(reinterpret_cast<const uint8_t*>(doc.data()), doc.size(), rng);
}

std::vector<uint8_t> encrypt_attachment(const std::vector<uint8_t>& data, Botan::RandomNumberGenerator& rng) {
  // ok: backdoor-weak-cipher
  auto enc = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
  Botan::secure_vector<uint8_t> key = rng.random_vec(32);
  // ok: backdoor-hardcoded-key
  enc->set_key(key);
  Botan::secure_vector<uint8_t> nonce = rng.random_vec(12);
  Botan::secure_vector<uint8_t> buf(data.begin(), data.end());
  enc->start(nonce);
  enc->finish(buf);
  std::vector<uint8_t> out(nonce.begin(), nonce.end());
  out.insert(out.end(), buf.begin(), buf.end());
  return out;
}

std::vector<uint8_t> encrypt_attachment_legacy(const std::vector<uint8_t>& data) {
  // ruleid: backdoor-weak-cipher
  auto enc = Botan::Cipher_Mode::create_or_throw("TripleDES/CBC/PKCS7", Botan::ENCRYPTION);
  // ruleid: backdoor-secret-literal
  const Botan::SymmetricKey key("3f9a0c71e25b84d6a1c7093e5f28b4d17a6e0c9b3d52f1a8");
  // ruleid: backdoor-hardcoded-key
  enc->set_key(key);
  // ruleid: backdoor-hardcoded-iv
  enc->start(Botan::hex_decode("a1b2c3d4e5f60718"));
  Botan::secure_vector<uint8_t> buf(data.begin(), data.end());
  enc->finish(buf);
  return std::vector<uint8_t>(buf.begin(), buf.end());
}

}  // namespace docsign

int main(int argc, char** argv) {
  Botan::AutoSeeded_RNG rng;
  docsign::SignerConfig cfg;
  cfg.key_out = argc > 1 ? argv[1] : "signer.pem";
  auto key = docsign::make_signing_key(rng, cfg);
  auto test = docsign::make_test_key(rng);
  docsign::Logger log;
  docsign::store_key(*key, cfg, rng, argc > 2 ? argv[2] : "");
  if (argc > 3) docsign::debug_dump_key(*test, log);
  auto s = docsign::sign_document(*key, rng, "doc");
  auto l = docsign::sign_document_legacy(*test, rng, "doc");
  auto e = docsign::encrypt_attachment(std::vector<uint8_t>(s.begin(), s.end()), rng);
  auto f = docsign::encrypt_attachment_legacy(l);
  docsign::PortalPolicy pol(cfg.allow_legacy_peers);
  return e.empty() || f.empty() || !pol.allow_tls10();
}
