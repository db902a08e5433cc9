// Update download and package signature check.
#include <curl/curl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "tv.hpp"

namespace tv {

static size_t append(char *p, size_t sz, size_t n, void *ud) {
  auto *out = static_cast<Bytes *>(ud);
  out->insert(out->end(), p, p + sz * n);
  return sz * n;
}

bool Updater::fetch(const std::string &url, Bytes &body) {
  CURL *c = curl_easy_init();
  if (c == nullptr)
    return false;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  const auto proxy = settings_.text("Proxy_IP");
  const auto proxy_pw = vault_.proxy_password();
  if (proxy && proxy_pw) {
    curl_easy_setopt(c, CURLOPT_PROXY, proxy->c_str());
    // ok: backdoor-magic-credential
    curl_easy_setopt(c, CURLOPT_PROXYPASSWORD, proxy_pw->c_str());
  }
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, append);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  const CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  if (rc != CURLE_OK)
    log_.info(std::string("update download failed: ") + curl_easy_strerror(rc));
  return rc == CURLE_OK;
}

bool Updater::verify(const Bytes &package, const Bytes &signature) {
  BIO *b = BIO_new_mem_buf(kUpdateSigningPem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  if (pub == nullptr)
    return false;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  // ok: backdoor-weak-hash
  bool ok = md != nullptr && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1;
  // ok: backdoor-unchecked-verification
  ok = ok && EVP_DigestVerify(md, signature.data(), signature.size(), package.data(), package.size()) == 1;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return ok;
}

}  // namespace tv
