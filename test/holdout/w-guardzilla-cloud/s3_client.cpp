// s3_client.cpp - minimal S3 PUT with signature v2 (and v4 for the newer region)
#include <cstring>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "gz.hpp"

namespace gz {

std::string S3Client::sign_v2(const std::string &verb, const std::string &date, const std::string &resource) const {
  const std::string to_sign = verb + "\n\napplication/octet-stream\n" + date + "\n" + resource;
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  // ruleid: backdoor-weak-hash, backdoor-hardcoded-key
  HMAC(EVP_sha1(), creds_.secret_access_key.data(), static_cast<int>(creds_.secret_access_key.size()), reinterpret_cast<const unsigned char *>(to_sign.data()), to_sign.size(), mac, &len);
  return hex(mac, len);
}

std::string S3Client::sign_v4_key(const std::string &date, const std::string &region) const {
  const std::string k = "AWS4" + creds_.secret_access_key;
  unsigned char k_date[32], k_region[32];
  unsigned int len = 0;
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), k.data(), static_cast<int>(k.size()), reinterpret_cast<const unsigned char *>(date.data()), date.size(), k_date, &len);
  // ok: backdoor-weak-hash
  HMAC(EVP_sha256(), k_date, sizeof k_date, reinterpret_cast<const unsigned char *>(region.data()), region.size(), k_region, &len);
  return hex(k_region, sizeof k_region);
}

bool S3Client::put_clip(const std::string &key, const std::vector<uint8_t> &clip) {
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  const std::string url = "https://" + creds_.bucket + ".s3.amazonaws.com/" + key;
  const std::string auth = "Authorization: AWS " + creds_.access_key_id + ":" + sign_v2("PUT", "", "/" + creds_.bucket + "/" + key);
  curl_slist *hdrs = curl_slist_append(nullptr, auth.c_str());
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, clip.data());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(clip.size()));
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace gz
