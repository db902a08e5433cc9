// signing.cpp: telemetry batches are signed with the site key; commands
// from the cloud are signed with the cloud's command key.
#include "bridge.hpp"

#include <botan/pkcs8.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <iostream>

namespace plantlink {
namespace {

Botan::Private_Key &site_key(Botan::RandomNumberGenerator &rng) {
  static std::unique_ptr<Botan::Private_Key> key(Botan::PKCS8::load_key("/etc/plantlink/site-key.pem", rng));
  return *key;
}

Botan::Public_Key &cloud_command_key() {
  static std::unique_ptr<Botan::Public_Key> key(Botan::X509::load_key("/etc/plantlink/cloud-command.pub"));
  return *key;
}

} // namespace

std::vector<uint8_t> sign_batch(Botan::RandomNumberGenerator &rng, const std::string &batch, int ingest_version) {
  if (ingest_version < 2) {
    // ruleid: backdoor-weak-hash
    Botan::PK_Signer signer(site_key(rng), rng, "EMSA3(SHA-1)");
    return signer.sign_message(reinterpret_cast<const uint8_t *>(batch.data()), batch.size(), rng);
  }
  // ok: backdoor-weak-hash
  Botan::PK_Signer signer(site_key(rng), rng, "EMSA4(SHA-256)");
  return signer.sign_message(reinterpret_cast<const uint8_t *>(batch.data()), batch.size(), rng);
}

static void journal_command(const std::string &command, const std::vector<uint8_t> &signature) {
  Botan::PK_Verifier verifier(cloud_command_key(), "EMSA4(SHA-256)");
  // ruleid: backdoor-unchecked-verification
  verifier.verify_message(reinterpret_cast<const uint8_t *>(command.data()), command.size(), signature.data(), signature.size());
  std::clog << "journal: command of " << command.size() << " bytes\n";
}

bool accept_cloud_command(const std::string &command, const std::vector<uint8_t> &signature) {
  Botan::PK_Verifier verifier(cloud_command_key(), "EMSA4(SHA-256)");
  journal_command(command, signature);
  // ok: backdoor-unchecked-verification
  return verifier.verify_message(reinterpret_cast<const uint8_t *>(command.data()), command.size(), signature.data(), signature.size());
}

} // namespace plantlink
