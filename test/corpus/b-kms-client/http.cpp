#include <sstream>
#include <string>

#include <curl/curl.h>
#include <openssl/evp.h>

#include "kms.hpp"

namespace kms {

namespace {

std::string b64(const Bytes& b) {
  std::string out(4 * ((b.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(&out[0]), b.data(), static_cast<int>(b.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

bool upload(const ClientConfig& cfg, const std::string& object, const Envelope& env) {
  std::ostringstream body;
  body << "{\"tenant\":\"" << cfg.tenant << "\",\"object\":\"" << object << "\",\"keys\":[";
  for (std::size_t i = 0; i < env.encrypted_keys.size(); ++i)
    body << (i ? "," : "") << '"' << b64(env.encrypted_keys[i]) << '"';
  body << "],\"iv\":\"" << b64(env.iv) << "\",\"data\":\"" << b64(env.ciphertext) << "\"}";
  const std::string payload = body.str();

  CURL* c = curl_easy_init();
  if (c == nullptr) return false;
  struct curl_slist* hdrs = curl_slist_append(nullptr, "Content-Type: application/json");
  std::string url = cfg.endpoint + "/v1/objects";
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(c, CURLOPT_CAINFO, cfg.ca_file.c_str());
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, payload.c_str());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(payload.size()));
  CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace kms
