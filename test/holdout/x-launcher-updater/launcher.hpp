// launcher.hpp - game launcher: patch manifests, signatures, sessions, cloud saves, telemetry.
#pragma once
#include <openssl/evp.h>

#include <cstdint>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

namespace launcher {

using Bytes = std::vector<std::uint8_t>;

struct Manifest {
  std::string version;
  std::string body;       // JSON
  Bytes signature;        // RSA-PSS over body
  std::string etag;
};

struct Settings {
  std::string api_base = "https://api.example-games.net";
  std::string cdn_mirror = "https://mirror.cdn.example-games.net";
  std::string install_dir;
  std::string save_key_path;
  bool beta_channel = false;
};

// config.cpp
extern const char *const kOAuthClientId;
extern const char *const kOAuthClientSecret;
extern const char *const kManifestPublicKeyPem;
extern const char *const kTelemetryPublicKey;

// manifest.cpp
bool fetch_manifest(const Settings &s, bool from_mirror, Manifest &out);
std::string etag_of(const std::string &body);

// verify.cpp
bool verify_manifest(const Manifest &m);
bool verify_patch_chunk(const Bytes &chunk, const unsigned char sig[64], const unsigned char pk[32]);

// session.cpp
std::string new_session_token();
int retry_delay_ms(int attempt);

// beta_expiry.cpp
bool beta_still_valid(const Settings &s);

// savesync.cpp
bool seal_save(const std::string &passphrase, const Bytes &save, Bytes &out);
bool open_sync_channel(const unsigned char server_pk[32], Bytes &rx_key);

// telemetry.cpp
void report_error(const std::string &stage, const unsigned char *context, std::size_t len);
void report_key_id(const std::string &stage, const unsigned char *key, std::size_t len);

}  // namespace launcher
