// Push gateway client: wakes a device with an HMAC-signed request.
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

#include "relay.hpp"

namespace murmur {

bool PushNotifier::notify(const std::string &device, std::string_view body) const {
  static constexpr char digits[] = "0123456789abcdef";
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int maclen = 0;
  const std::string secret = signer_->secret();
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()), reinterpret_cast<const unsigned char *>(body.data()), body.size(), mac, &maclen);
  std::string signature = "X-Murmur-Signature: ";
  for (unsigned i = 0; i < maclen; i++) {
    signature += digits[mac[i] >> 4];
    signature += digits[mac[i] & 15];
  }
  const std::string url = std::string(kPushDefaults.endpoint) + "?device=" + device;
  const std::string payload(body);
  CURL *h = curl_easy_init();
  if (h == nullptr)
    return false;
  curl_slist *headers = curl_slist_append(nullptr, signature.c_str());
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, payload.c_str());
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, kPushDefaults.verify_peer);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, kPushDefaults.verify_host);
  const CURLcode rc = curl_easy_perform(h);
  curl_slist_free_all(headers);
  curl_easy_cleanup(h);
  return rc == CURLE_OK;
}

}  // namespace murmur
