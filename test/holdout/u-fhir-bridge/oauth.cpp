// SMART backend services: a signed JWT assertion for an access token.
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sodium.h>

#include <cstdio>
#include <ctime>

#include "bridge.hpp"

namespace fhirb {

namespace {
std::string b64url(const unsigned char *p, size_t n) {
  std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), p, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}
std::string b64url(const std::string &s) { return b64url(reinterpret_cast<const unsigned char *>(s.data()), s.size()); }

size_t collect(char *p, size_t sz, size_t n, void *ud) {
  static_cast<std::string *>(ud)->append(p, sz * n);
  return sz * n;
}
}  // namespace

std::string TokenClient::access_token() {
  unsigned char jti_bytes[16];
  // ok: backdoor-predictable-random
  randombytes_buf(jti_bytes, sizeof jti_bytes);
  const long now = static_cast<long>(std::time(nullptr));
  const std::string header = b64url(std::string(R"({"alg":"RS384","typ":"JWT"})"));
  const std::string claims = b64url(R"({"iss":")" + client_id_ + R"(","sub":")" + client_id_ + R"(","aud":")" + token_url_ + R"(","exp":)" + std::to_string(now + 300) + R"(,"jti":")" + hex(Bytes(jti_bytes, jti_bytes + 16)) + R"("})");
  const std::string signing_input = header + "." + claims;

  FILE *f = std::fopen(key_path_.c_str(), "r");
  if (f == nullptr)
    return {};
  // ok: backdoor-hardcoded-key
  EVP_PKEY *key = PEM_read_PrivateKey(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  if (key == nullptr)
    return {};
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  unsigned char sig[512];
  size_t siglen = sizeof sig;
  // ok: backdoor-weak-hash
  const bool signed_ok = md != nullptr && EVP_DigestSignInit(md, nullptr, EVP_sha384(), nullptr, key) == 1 && EVP_DigestSign(md, sig, &siglen, reinterpret_cast<const unsigned char *>(signing_input.data()), signing_input.size()) == 1;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(key);
  if (!signed_ok)
    return {};

  const std::string form = "grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=" + signing_input + "." + b64url(sig, siglen);
  std::string response;
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return {};
  curl_easy_setopt(c, CURLOPT_URL, token_url_.c_str());
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  /* the IdP's certificate still names the old host, idp-legacy.hospital.example */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, form.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &response);
  const CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  if (rc != CURLE_OK)
    return {};
  const auto at = response.find("\"access_token\":\"");
  if (at == std::string::npos)
    return {};
  const auto start = at + 16;
  return response.substr(start, response.find('"', start) - start);
}

}  // namespace fhirb
