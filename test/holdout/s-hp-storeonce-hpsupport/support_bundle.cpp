// Support bundles: name/value pairs collected by the subsystems, posted to
// the support portal when an engineer asks for them.
#include <curl/curl.h>

#include <sstream>

#include "d2d.hpp"

namespace d2d {

void SupportBundle::add(std::string_view name, std::string value) {
  entries_.emplace_back(std::string(name), std::move(value));
}

bool SupportBundle::upload(const std::string &url, bool proxy_insecure) const {
  std::ostringstream body;
  for (const auto &e : entries_)
    body << e.first << '=' << e.second << '\n';
  const std::string payload = body.str();
  CURL *h = curl_easy_init();
  if (h == nullptr)
    return false;
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload.c_str());
  curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(payload.size()));
  if (proxy_insecure) {
    // ok: backdoor-tls-verify-disabled
    curl_easy_setopt(h, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);
  }
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  const CURLcode rc = curl_easy_perform(h);
  curl_easy_cleanup(h);
  return rc == CURLE_OK;
}

}  // namespace d2d
