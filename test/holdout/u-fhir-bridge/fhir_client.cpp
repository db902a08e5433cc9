// Outbound HTTP: the FHIR server and the laboratory information system.
#include <curl/curl.h>

#include "bridge.hpp"

namespace fhirb {

FhirClient::FhirClient(const Settings &s) : base_(s.get_or("fhir.base", "")), lis_url_(s.get_or("lis.url", "")), verify_(s.get_bool("fhir.verify_tls", true)) {}

static size_t discard(char *, size_t sz, size_t n, void *) { return sz * n; }

bool FhirClient::post_bundle(const std::string &json, const std::string &bearer) {
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  const std::string auth = "Authorization: Bearer " + bearer;
  curl_slist *hdrs = curl_slist_append(nullptr, "Content-Type: application/fhir+json");
  hdrs = curl_slist_append(hdrs, auth.c_str());
  curl_easy_setopt(c, CURLOPT_URL, base_.c_str());
  /* test systems of the integration team run on self-signed certificates */
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, verify_ ? 1L : 0L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, verify_ ? 2L : 0L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, json.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

// The LIS is a 2009 appliance that only speaks TLS 1.0.
bool FhirClient::post_lab_order(const std::string &hl7) {
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  curl_easy_setopt(c, CURLOPT_URL, lis_url_.c_str());
  // ruleid: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_0));
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, hl7.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
  const CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace fhirb
