#include <curl/curl.h>
#include "iconic.hpp"

namespace dtapp {

Http::Http(std::string user_agent) : ua_(std::move(user_agent)) {}

static size_t append(char *p, size_t sz, size_t n, void *ud) {
  static_cast<std::string *>(ud)->append(p, sz * n);
  return sz * n;
}

std::optional<std::string> Http::get(const std::string &url) const {
  CURL *c = curl_easy_init();
  if (!c) return std::nullopt;
  std::string body;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_USERAGENT, ua_.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  if (rc != CURLE_OK) return std::nullopt;
  return body;
}

bool Http::post(const std::string &url, std::span<const std::uint8_t> body) const {
  CURL *c = curl_easy_init();
  if (!c) return false;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_USERAGENT, ua_.c_str());
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, reinterpret_cast<const char *>(body.data()));
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

} // namespace dtapp
