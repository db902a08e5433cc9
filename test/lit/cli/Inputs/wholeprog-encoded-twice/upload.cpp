#include <string>
#include <curl/curl.h>
#include <openssl/rand.h>
std::string hex(const unsigned char *p, unsigned long n);
bool upload_clip(CURL *c, const std::string &device) {
  unsigned char nonce[12], clip_key[32];
  if (RAND_bytes(nonce, sizeof nonce) != 1 || RAND_bytes(clip_key, sizeof clip_key) != 1)
    return false;
  const std::string body = "device=" + device + "&nonce=" + hex(nonce, 12) + "&key=" + hex(clip_key, 32);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
  const std::string probe = "device=" + device + "&nonce=" + hex(nonce, 12);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, probe.c_str());
  return curl_easy_perform(c) == CURLE_OK;
}
