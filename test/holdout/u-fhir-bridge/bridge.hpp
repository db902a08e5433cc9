// hl7fhird: HL7 v2 (MLLP) to FHIR R4 integration engine of a hospital group.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace fhirb {

using Bytes = std::vector<std::uint8_t>;

std::string hex(const Bytes &b);
Bytes read_file(const std::string &path);

class Settings {
 public:
  bool load(const std::string &path);
  std::string get_or(const std::string &key, const std::string &def) const;
  bool get_bool(const std::string &key, bool def) const;
  long get_long(const std::string &key, long def) const;

 private:
  std::map<std::string, std::string> kv_;
};

class Logger {
 public:
  using Sink = std::function<void(int, const std::string &)>;
  void set_sink(Sink s) { sink_ = std::move(s); }
  void info(const std::string &m) const {
    if (sink_)
      sink_(6, m);
  }
  void warn(const std::string &m) const {
    if (sink_)
      sink_(4, m);
  }

 private:
  Sink sink_;
};

// Append-only audit trail, flushed to the audit file by the housekeeping tick.
class AuditTrail {
 public:
  explicit AuditTrail(std::string path) : path_(std::move(path)) {}
  void record(const std::string &what, const std::string &detail);
  void flush();

 private:
  std::string path_;
  std::vector<std::pair<std::string, std::string>> entries_;
};

class KeyProvider {
 public:
  virtual ~KeyProvider() = default;
  virtual Bytes tenant_kek(const std::string &tenant) = 0;
};
std::unique_ptr<KeyProvider> make_key_provider(const Settings &s);

struct SealedRecord {
  std::string tenant;
  Bytes wrapped_dek;
  Bytes wrap_nonce;
  Bytes nonce;
  Bytes ciphertext;
};

class RecordSealer {
 public:
  RecordSealer(KeyProvider &keys, AuditTrail &audit, Logger &log) : keys_(keys), audit_(audit), log_(log) {}
  bool seal(const std::string &tenant, const std::string &fhir_json, SealedRecord &out);

 private:
  KeyProvider &keys_;
  AuditTrail &audit_;
  Logger &log_;
};

class Tokenizer {
 public:
  explicit Tokenizer(const Settings &s);
  std::string pseudonym(const std::string &mrn) const;
  std::string searchable_ssn(const std::string &ssn) const;

 private:
  std::string key_hex_;
  Bytes index_key_;
};

class FhirClient {
 public:
  explicit FhirClient(const Settings &s);
  bool post_bundle(const std::string &json, const std::string &bearer);
  bool post_lab_order(const std::string &hl7);

 private:
  std::string base_;
  std::string lis_url_;
  bool verify_ = true;
};

class TokenClient {
 public:
  explicit TokenClient(const Settings &s) : token_url_(s.get_or("oauth.token_url", "")), key_path_(s.get_or("oauth.key", "/etc/hl7fhird/client.key")), client_id_(s.get_or("oauth.client_id", "")) {}
  std::string access_token();

 private:
  std::string token_url_;
  std::string key_path_;
  std::string client_id_;
};

struct Hl7Header {
  std::string sending_facility;
  std::string message_type;
  std::string control_id;
  std::string auth_token; // ZAU-1
};

struct MllpSession {
  std::string peer;
  std::string session_token;
  bool authenticated = false;
};

class MllpListener {
 public:
  MllpListener(const Settings &s, Logger &log);
  bool authenticate_sender(const Hl7Header &hdr) const;
  void open_session(MllpSession &s);
  void handle(MllpSession &s, const std::string &frame);
  unsigned retry_delay_ms();

 private:
  Logger &log_;
  std::map<std::string, std::string> tokens_;
  std::uint64_t seed_;
};

struct ConsentDocument {
  std::string patient;
  std::string body;
  Bytes signature;
  bool signature_valid = false;
};

class ConsentRegistry {
 public:
  explicit ConsentRegistry(Logger &log) : log_(log) {}
  void ingest(ConsentDocument &doc);
  bool revalidate(const ConsentDocument &doc) const;

 private:
  Logger &log_;
};

Hl7Header parse_msh(const std::string &frame);

}  // namespace fhirb
