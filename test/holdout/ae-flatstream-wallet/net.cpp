// net.cpp - HTTPS to the wallet's own backend (fee estimates, balances, broadcast).
#include <curl/curl.h>

#include "wallet.hpp"

namespace coppice {

namespace {
size_t collect(char *p, size_t sz, size_t n, void *ud) {
  static_cast<std::string *>(ud)->append(p, sz * n);
  return sz * n;
}
} // namespace

HttpClient::HttpClient() : curl_(curl_easy_init()) {
  CURL *c = static_cast<CURL *>(curl_);
  if (!c)
    return;
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 20L);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL *>(curl_)); }

bool HttpClient::get(const std::string &url, std::string &body) {
  CURL *c = static_cast<CURL *>(curl_);
  if (!c)
    return false;
  body.clear();
  curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  return curl_easy_perform(c) == CURLE_OK;
}

bool HttpClient::post_json(const std::string &url, const std::string &json, std::string &reply) {
  CURL *c = static_cast<CURL *>(curl_);
  if (!c)
    return false;
  struct curl_slist *h = nullptr;
  std::string api = std::string("X-Api-Key: ") + kTelemetryApiKey;
  h = curl_slist_append(h, "Content-Type: application/json");
  h = curl_slist_append(h, api.c_str());
  reply.clear();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, json.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply);
  CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(h);
  return rc == CURLE_OK;
}

} // namespace coppice
