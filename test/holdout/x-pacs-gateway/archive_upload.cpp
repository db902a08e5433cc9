// archive_upload.cpp - encrypts a study (AES-256-CBC, the archive's format v1) and uploads it.
#include <curl/curl.h>
#include <openssl/evp.h>

#include "pacs.hpp"

namespace pacs {

bool ArchiveClient::encrypt_study(const Bytes &dicom, Bytes &out) const {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (ctx == nullptr) return false;
  out.resize(dicom.size() + 16);
  int n = 0, fin = 0;
  // ruleid: backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key
  bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key_.data(), iv_.data()) == 1 &&
            EVP_EncryptUpdate(ctx, out.data(), &n, dicom.data(), static_cast<int>(dicom.size())) == 1 &&
            EVP_EncryptFinal_ex(ctx, out.data() + n, &fin) == 1;
  EVP_CIPHER_CTX_free(ctx);
  out.resize(ok ? static_cast<std::size_t>(n + fin) : 0);
  return ok;
}

bool ArchiveClient::upload(const std::string &study_uid, const Bytes &sealed) const {
  CURL *c = curl_easy_init();
  if (c == nullptr) return false;
  std::string url = url_ + "/studies/" + study_uid;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, reinterpret_cast<const char *>(sealed.data()));
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(sealed.size()));
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  CURLcode rc = curl_easy_perform(c);
  curl_easy_cleanup(c);
  return rc == CURLE_OK;
}

}  // namespace pacs
