// vaultsync: replicates encrypted vault items between sites (Botan 2)
#pragma once
#include <botan/auto_rng.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_policy.h>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace vsync {

using Bytes = std::vector<uint8_t>;

class SyncPolicy : public Botan::TLS::Policy {
public:
  bool allow_tls10() const override;
  bool allow_tls11() const override;
  size_t minimum_rsa_bits() const override;
  size_t minimum_dh_group_size() const override;
};

class SyncCallbacks : public Botan::TLS::Callbacks {
public:
  explicit SyncCallbacks(std::ostream &log);
  void tls_emit_data(const uint8_t data[], size_t size) override;
  void tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) override;
  void tls_alert(Botan::TLS::Alert alert) override;
  bool tls_session_established(const Botan::TLS::Session &session) override;
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                             const std::vector<Botan::Certificate_Store *> &trusted_roots,
                             Botan::Usage_Type usage, const std::string &hostname,
                             const Botan::TLS::Policy &policy) override;
  Bytes outbound;
private:
  std::ostream &log_;
};

struct SiteConfig {
  std::string site_id;
  std::string peer_key_path;
  std::string backup_key_path;
  std::string backup_passphrase;
  bool legacy_items = false;
};

class VaultCrypto {
public:
  VaultCrypto(const SiteConfig &cfg, Botan::RandomNumberGenerator &rng);
  Bytes seal_item(const Bytes &plain, const Bytes &vault_key);
  Bytes seal_legacy_item(const Bytes &plain, const Bytes &legacy_key);
  Bytes item_mac(const Bytes &item, const Bytes &mac_key) const;
  Bytes legacy_item_mac(const Bytes &item, const Bytes &mac_key) const;
  std::string content_id(const Bytes &item) const;
private:
  const SiteConfig &cfg_;
  Botan::RandomNumberGenerator &rng_;
};

Bytes wrap_for_peer(const SiteConfig &cfg, const Bytes &vault_key, Botan::RandomNumberGenerator &rng);
Bytes wrap_for_recovery(const Bytes &vault_key, Botan::RandomNumberGenerator &rng);
void rotate_site_keys(const SiteConfig &cfg, Botan::RandomNumberGenerator &rng);
std::unique_ptr<Botan::RandomNumberGenerator> make_fixture_rng();

} // namespace vsync
