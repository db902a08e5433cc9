// Campaign manifests: ECDSA for generation 2, an HMAC tag for generation 1.
#include <botan/auto_rng.h>
#include <botan/data_src.h>
#include <botan/ecdsa.h>
#include <botan/pkcs8.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <cryptopp/hmac.h>
#include <cryptopp/sha.h>

#include <fstream>
#include <iterator>

#include "ota.hpp"
#include "ota_keys.hpp"

namespace ota {

namespace {
Bytes manifest_bytes(const Manifest &m) {
  std::string s = m.campaign + "|" + m.target_model + "|" + std::to_string(m.version) + "|" + hex(m.payload_digest);
  return Bytes(s.begin(), s.end());
}
}  // namespace

ManifestSigner::ManifestSigner(const std::string &key_path) {
  std::ifstream in(key_path, std::ios::binary);
  key_der_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Bytes ManifestSigner::sign(const Manifest &m) const {
  Botan::AutoSeeded_RNG rng;
  Botan::DataSource_Memory src(key_der_.data(), key_der_.size());
  // ok: backdoor-hardcoded-key
  std::unique_ptr<Botan::Private_Key> key = Botan::PKCS8::load_key(src);
  // ok: backdoor-weak-hash
  Botan::PK_Signer signer(*key, rng, "EMSA1(SHA-256)");
  const Bytes msg = manifest_bytes(m);
  return signer.sign_message(msg, rng);
}

Bytes ManifestSigner::campaign_tag(const Manifest &m) const {
  const Bytes msg = manifest_bytes(m);
  Bytes tag(CryptoPP::HMAC<CryptoPP::SHA256>::DIGESTSIZE);
  // ruleid: backdoor-hardcoded-key
  CryptoPP::HMAC<CryptoPP::SHA256> mac(kCampaignMacKey.data(), kCampaignMacKey.size());
  mac.CalculateDigest(tag.data(), msg.data(), msg.size());
  return tag;
}

bool ManifestSigner::accept_ack(const Ack &ack, const Bytes &device_pub_der) {
  Botan::DataSource_Memory src(device_pub_der.data(), device_pub_der.size());
  std::unique_ptr<Botan::Public_Key> pub(Botan::X509::load_key(src));
  Botan::PK_Verifier verifier(*pub, "EMSA1(SHA-256)");
  // ruleid: backdoor-unchecked-verification
  (void)verifier.verify_message(ack.body, ack.signature);
  acks_.push_back(ack.campaign + "/" + ack.device_serial);
  return true;
}

bool ManifestSigner::check_ack(const Ack &ack, const Bytes &device_pub_der) const {
  Botan::DataSource_Memory src(device_pub_der.data(), device_pub_der.size());
  std::unique_ptr<Botan::Public_Key> pub(Botan::X509::load_key(src));
  Botan::PK_Verifier verifier(*pub, "EMSA1(SHA-256)");
  // ok: backdoor-unchecked-verification
  return verifier.verify_message(ack.body, ack.signature);
}

}  // namespace ota
