#include <stdexcept>
#include <string>

#include <curl/curl.h>

#include "jwt.hpp"

namespace sso {

namespace {

std::size_t append(char* ptr, std::size_t size, std::size_t nmemb, void* userdata) {
  static_cast<std::string*>(userdata)->append(ptr, size * nmemb);
  return size * nmemb;
}

struct CurlHandle {
  CURL* h = curl_easy_init();
  ~CurlHandle() { curl_easy_cleanup(h); }
};

}  // namespace

std::string fetch_jwks(const JwksSource& src) {
  CurlHandle c;
  std::string body;
  if (c.h == nullptr) throw std::runtime_error("curl_easy_init");

  curl_easy_setopt(c.h, CURLOPT_URL, src.url.c_str());
  curl_easy_setopt(c.h, CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(c.h, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(c.h, CURLOPT_TIMEOUT, src.timeout_s);
  if (!src.ca_file.empty()) curl_easy_setopt(c.h, CURLOPT_CAINFO, src.ca_file.c_str());
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c.h, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c.h, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c.h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);

  CURLcode rc = curl_easy_perform(c.h);
  if (rc != CURLE_OK) throw std::runtime_error(std::string("JWKS fetch failed: ") + curl_easy_strerror(rc));
  long status = 0;
  curl_easy_getinfo(c.h, CURLINFO_RESPONSE_CODE, &status);
  if (status != 200) throw std::runtime_error("JWKS endpoint returned " + std::to_string(status));
  return body;
}

}  // namespace sso
