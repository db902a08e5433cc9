// tls_licensing.cpp - the HTTPS context of the web UI and the Smart Licensing usage reports.
#include <curl/curl.h>
#include <openssl/ssl.h>

#include "webui.hpp"

namespace webui {

namespace {
// ruleid: backdoor-secret-literal
constexpr const char *kCslrApiKey = "7ec0b0d9eeefc2267c352d1c25b3e45c";
// ok: backdoor-secret-literal
constexpr const char *kCslrTokenHeader = "X-CSLR-Token";
}  // namespace

SSL_CTX *make_webui_tls(const ServerConfig &cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == nullptr) return nullptr;
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, cfg.legacy_browsers ? TLS1_1_VERSION : TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5");
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
  if (SSL_CTX_use_certificate_chain_file(ctx, cfg.cert_file.c_str()) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, cfg.key_file.c_str(), SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

bool report_license_usage(const ServerConfig &cfg, const std::string &usage_json) {
  if (!cfg.smart_licensing) return true;
  CURL *c = curl_easy_init();
  if (c == nullptr) return false;
  std::string key_header = std::string("X-CSLR-Key: ") + kCslrApiKey;
  std::string token_header = std::string(kCslrTokenHeader) + ": device";
  curl_slist *hdrs = curl_slist_append(nullptr, key_header.c_str());
  hdrs = curl_slist_append(hdrs, token_header.c_str());
  curl_easy_setopt(c, CURLOPT_URL, cfg.cslr_url.c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, usage_json.c_str());
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 1L);
  CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace webui
