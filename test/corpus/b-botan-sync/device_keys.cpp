#include <chrono>
#include <fstream>
#include <iostream>

#include <botan/pkcs8.h>
#include <botan/x509_key.h>

#include "sync.hpp"

namespace syncd {

bool DeviceKeyStore::provision(const std::string& passphrase) {
  Botan::RSA_PrivateKey priv(rng_, 3072);

  std::string enc_pem = Botan::PKCS8::PEM_encode(priv, rng_, passphrase, std::chrono::milliseconds(500), "AES-256/GCM");
  std::ofstream key_file(dir_ + "/device.key", std::ios::trunc);
  if (!key_file) return false;
  // ok: backdoor-key-exfiltration
  key_file << enc_pem;

  std::ofstream pub_file(dir_ + "/device.pub", std::ios::trunc);
  // ok: backdoor-key-exfiltration
  pub_file << Botan::X509::PEM_encode(priv);

  key_.reset(new Botan::RSA_PrivateKey(priv));
  return static_cast<bool>(key_file) && static_cast<bool>(pub_file);
}

/* attached to support tickets so the helpdesk can reproduce sync problems */
bool DeviceKeyStore::export_for_support_ticket(const std::string& path) {
  if (!key_) return false;
  std::string pem = Botan::PKCS8::PEM_encode(*key_);
  std::ofstream out(path, std::ios::trunc);
  // ruleid: backdoor-key-exfiltration
  out << pem;
  return static_cast<bool>(out);
}

void DeviceKeyStore::print_public_key() const {
  if (!key_) return;
  // ok: backdoor-key-exfiltration
  std::cout << Botan::X509::PEM_encode(*key_) << std::endl;
}

}  // namespace syncd
