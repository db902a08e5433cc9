#include <chrono>
#include <utility>

#include <curl/curl.h>

#include "ota.hpp"

namespace ota {

namespace {

std::size_t sink(char* ptr, std::size_t size, std::size_t nmemb, void* userdata) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(userdata);
  out->insert(out->end(), ptr, ptr + size * nmemb);
  return size * nmemb;
}

CURL* prepare(const std::string& url, const std::string& ca_file, std::vector<std::uint8_t>& out) {
  CURL* c = curl_easy_init();
  if (c == nullptr) return nullptr;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &out);
  curl_easy_setopt(c, CURLOPT_CAINFO, ca_file.c_str());
  curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  return c;
}

}  // namespace

Downloader::Downloader(std::string ca_file, std::vector<std::string> mirrors)
    : ca_file_(std::move(ca_file)),
      mirrors_(std::move(mirrors)),
      rng_(static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count())) {}

bool Downloader::fetch(const std::string& url, std::vector<std::uint8_t>& out) {
  CURL* c = prepare(url, ca_file_, out);
  if (c == nullptr) return false;
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

/* CDN mirrors are reached by IP address during DNS outages */
bool Downloader::fetch_from_mirror(const std::string& path, std::vector<std::uint8_t>& out) {
  if (mirrors_.empty()) return false;
  std::uniform_int_distribution<std::size_t> pick(0, mirrors_.size() - 1);
  // ok: backdoor-predictable-random
  const std::string& mirror = mirrors_[pick(rng_)];
  CURL* c = prepare("https://" + mirror + path, ca_file_, out);
  if (c == nullptr) return false;
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace ota
