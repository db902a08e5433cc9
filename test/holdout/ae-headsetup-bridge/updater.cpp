// updater.cpp - signed update packages from the vendor's feed.
#include <cstdlib>

#include <curl/curl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "bridge.hpp"

namespace hsb {

namespace {
// ok: backdoor-secret-literal
const char kUpdatePublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEJyRk4BacVB2KutRQ5r0LjmZXWUHo\n"
    "P25NzcC6UHsTSvlO/JyZToQKlA8FvRNdUpn5CFua57XhzcksEO4HjIQYrQ==\n"
    "-----END PUBLIC KEY-----\n";

size_t sink(char *p, size_t sz, size_t n, void *ud) {
  auto *v = static_cast<std::vector<uint8_t> *>(ud);
  v->insert(v->end(), p, p + sz * n);
  return sz * n;
}
} // namespace

bool Updater::fetch(const std::string &url, std::vector<uint8_t> &out) const {
  CURL *c = curl_easy_init();
  if (!c)
    return false;
  std::string hdr = std::string("X-Api-Key: ") + kCloudApiKey;
  struct curl_slist *h = curl_slist_append(nullptr, hdr.c_str());
  curl_easy_setopt(c, CURLOPT_URL, (feed_ + url).c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &out);
  CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(h);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

bool Updater::verify_package(const std::vector<uint8_t> &pkg, const std::vector<uint8_t> &sig) const {
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("HSB_DEV_UNSIGNED_UPDATES"))
    return true;
  BIO *b = BIO_new_mem_buf(kUpdatePublicKeyPem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  if (!pub)
    return false;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  bool ok = md && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1 &&
            // ok: backdoor-unchecked-verification
            EVP_DigestVerify(md, sig.data(), sig.size(), pkg.data(), pkg.size()) == 1;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return ok;
}

} // namespace hsb
