// tls.cpp - the TLS client context for OTA downloads from the CDN and from
// dealer workshop servers.
#include "device.h"

#include <string>

namespace tcu {
namespace {
constexpr const char *kModernSuites = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305";
// dealer workshop servers of the 2015 program still offer only this one
constexpr const char *kLegacyDealerSuites = "DES-CBC3-SHA";
} // namespace

SSL_CTX *make_ota_context(const Config &cfg)
{
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr) {
    return nullptr;
  }
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  const std::string suites = std::string(kModernSuites) + ":" + kLegacyDealerSuites;
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, suites.c_str());
  if (SSL_CTX_load_verify_locations(ctx, cfg.ca_file.c_str(), nullptr) != 1) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  // bench units talk to a local mock CDN
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, cfg.lab_bench ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, nullptr);
  return ctx;
}

} // namespace tcu
