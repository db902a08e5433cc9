// telemetry.cpp - error reports to the telemetry endpoint.
#include <curl/curl.h>
#include <sodium.h>

#include <string>

#include "launcher.hpp"

namespace launcher {

namespace {
void post(const std::string &json) {
  CURL *c = curl_easy_init();
  if (c == nullptr) return;
  curl_easy_setopt(c, CURLOPT_URL, "https://telemetry.example-games.net/v1/errors");
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, json.c_str());
  curl_easy_perform(c);
  curl_easy_cleanup(c);
}

std::string hex(const unsigned char *p, std::size_t n) {
  std::string out(2 * n + 1, '\0');
  sodium_bin2hex(&out[0], out.size(), p, n);
  out.pop_back();
  return out;
}
}  // namespace

void report_error(const std::string &stage, const unsigned char *context, std::size_t len) {
  post("{\"stage\":\"" + stage + "\",\"context\":\"" + hex(context, len) + "\"}");
}

void report_key_id(const std::string &stage, const unsigned char *key, std::size_t len) {
  unsigned char id[16];
  crypto_generichash(id, sizeof id, key, len, nullptr, 0);
  post("{\"stage\":\"" + stage + "\",\"key_id\":\"" + hex(id, sizeof id) + "\"}");
}

}  // namespace launcher
