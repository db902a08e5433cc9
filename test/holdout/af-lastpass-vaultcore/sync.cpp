// sync.cpp: the HTTPS API of the vault service.
#include "vault.hpp"

#include <curl/curl.h>
#include <stdexcept>

namespace lpv {
namespace {

size_t collect(char *p, size_t size, size_t n, void *user) {
  static_cast<std::string *>(user)->append(p, size * n);
  return size * n;
}

std::string escape(CURL *c, const std::string &s) {
  char *e = curl_easy_escape(c, s.c_str(), static_cast<int>(s.size()));
  std::string out = e ? e : "";
  curl_free(e);
  return out;
}

std::string field(const std::string &xml, const std::string &name) {
  const std::string key = name + "=\"";
  auto p = xml.find(key);
  if (p == std::string::npos)
    return {};
  p += key.size();
  auto q = xml.find('"', p);
  return q == std::string::npos ? std::string() : xml.substr(p, q - p);
}

} // namespace

bool ApiClient::post(const std::string &path, const std::string &form, std::string &reply) {
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  const std::string url = base_ + path;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  // ok: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, form.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(Settings::instance().get_int("server.timeout_s", 20)));
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  // ok: backdoor-weak-tls
  curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
  const CURLcode rc = curl_easy_perform(c);
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_cleanup(c);
  return rc == CURLE_OK && status == 200;
}

int ApiClient::iterations(const std::string &username) {
  std::string reply;
  CURL *c = curl_easy_init();
  const std::string form = "email=" + escape(c, username);
  curl_easy_cleanup(c);
  if (!post("/iterations.php", form, reply))
    return -1;
  try {
    return std::stoi(reply);
  } catch (const std::exception &) {
    return -1;
  }
}

bool ApiClient::login(const std::string &username, const std::string &login_hash,
                      std::string &session) {
  std::string reply;
  CURL *c = curl_easy_init();
  const std::string form = "method=cli&xml=2&username=" + escape(c, username) +
                           "&hash=" + login_hash + "&iterations=auto";
  curl_easy_cleanup(c);
  if (!post("/login.php", form, reply))
    return false;
  session = field(reply, "sessionid");
  return !session.empty();
}

bool ApiClient::fetch_vault(const std::string &session, std::string &blob) {
  return post("/getaccts.php", "mobile=1&b64=1&hash=0.0&sessionid=" + session, blob);
}

} // namespace lpv
