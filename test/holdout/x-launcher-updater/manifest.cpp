// manifest.cpp - downloads the patch manifest from the API or, when it is down, a CDN mirror.
#include <curl/curl.h>
#include <openssl/evp.h>

#include <cstdio>

#include "launcher.hpp"

namespace launcher {

namespace {
std::size_t collect(char *p, std::size_t sz, std::size_t n, void *ud) {
  static_cast<std::string *>(ud)->append(p, sz * n);
  return sz * n;
}
// mirrors are third-party CDNs with their own certificates; the manifest is signed anyway
void configure_mirror(CURL *c) {
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  // ruleid: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
}

void configure_api(CURL *c) {
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
}
}  // namespace

std::string etag_of(const std::string &body) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // ok: backdoor-weak-hash
  if (EVP_Digest(body.data(), body.size(), md, &len, EVP_md5(), nullptr) != 1) return {};
  std::string hex;
  char two[3];
  for (unsigned int i = 0; i < len; ++i) {
    std::snprintf(two, sizeof two, "%02x", md[i]);
    hex += two;
  }
  return hex;
}

bool fetch_manifest(const Settings &s, bool from_mirror, Manifest &out) {
  CURL *c = curl_easy_init();
  if (c == nullptr) return false;
  std::string url = (from_mirror ? s.cdn_mirror : s.api_base) + "/v2/manifest.json";
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &out.body);
  if (from_mirror)
    configure_mirror(c);
  else
    configure_api(c);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  if (rc != CURLE_OK) return false;
  out.etag = etag_of(out.body);
  return true;
}

}  // namespace launcher
