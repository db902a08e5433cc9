// pacs.hpp - DICOM gateway between hospital modalities and the cloud archive.
#pragma once
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace pacs {

using Bytes = std::vector<std::uint8_t>;

enum class ExportProfile { Clinical, Teaching, ResearchClear };

struct GatewayConfig {
  std::string server_cert, server_key, client_ca;
  std::string archive_url, kms_key_file, pseudonym_key_file;
  std::string remote_pacs_host;
  bool tls_capture = false;
};

class ArchiveClient {
 public:
  explicit ArchiveClient(const GatewayConfig &cfg);
  bool encrypt_study(const Bytes &dicom, Bytes &out) const;
  bool upload(const std::string &study_uid, const Bytes &sealed) const;

 private:
  std::string url_;
  std::array<std::uint8_t, 32> key_{};
  std::array<std::uint8_t, 16> iv_{};
};

class Pseudonymizer {
 public:
  explicit Pseudonymizer(const GatewayConfig &cfg);
  std::string pseudonym(const std::string &patient_id) const;
  bool seal_export(ExportProfile p, const Bytes &key, const Bytes &in, Bytes &out) const;

 private:
  Bytes site_key_;
};

BIGNUM *site_dh_prime();
BIGNUM *standard_dh_prime();
SSL_CTX *make_scp_context(const GatewayConfig &cfg);
SSL_CTX *make_scu_context(const GatewayConfig &cfg);
bool association_allowed(SSL *ssl, const std::string &calling_ae);
bool derive_export_key(const std::string &password, const Bytes &salt, bool fast_profile, Bytes &key);
bool seal_support_bundle(const Bytes &salt, Bytes &key);
const EVP_CIPHER *cipher_for(ExportProfile p);

}  // namespace pacs
