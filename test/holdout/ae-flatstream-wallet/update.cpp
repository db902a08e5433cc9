// update.cpp - release feed: the manifest is signed with the release key (ECDSA P-256).
#include <cstring>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "wallet.hpp"

namespace coppice {

namespace {
// ok: backdoor-secret-literal
const char kReleasePublicKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEJyRk4BacVB2KutRQ5r0LjmZXWUHo\n"
    "P25NzcC6UHsTSvlO/JyZToQKlA8FvRNdUpn5CFua57XhzcksEO4HjIQYrQ==\n"
    "-----END PUBLIC KEY-----\n";

std::vector<uint8_t> unhex(const std::string &h) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < h.size(); i += 2)
    out.push_back(static_cast<uint8_t>(std::stoi(h.substr(i, 2), nullptr, 16)));
  return out;
}

bool manifest_signed(const std::string &manifest, const std::vector<uint8_t> &sig) {
  BIO *b = BIO_new_mem_buf(kReleasePublicKeyPem, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, nullptr, nullptr, nullptr);
  BIO_free(b);
  if (!pub)
    return false;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  bool ok = false;
  // ok: backdoor-weak-hash
  if (md && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pub) == 1) {
    // ruleid: backdoor-unchecked-verification
    if (EVP_DigestVerify(md, sig.data(), sig.size(), reinterpret_cast<const unsigned char *>(manifest.data()), manifest.size()))
      ok = true;
  }
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return ok;
}
} // namespace

// The feed answers "<version>\n<hex signature>\n<manifest...>".
bool check_for_update(HttpClient &http, std::string &latest) {
  std::string body;
  if (!http.get("https://releases.coppice-wallet.example/feed/stable", body))
    return false;
  size_t a = body.find('\n');
  size_t b = a == std::string::npos ? a : body.find('\n', a + 1);
  if (b == std::string::npos)
    return false;
  std::string version = body.substr(0, a);
  std::vector<uint8_t> sig = unhex(body.substr(a + 1, b - a - 1));
  if (!manifest_signed(body.substr(b + 1), sig))
    return false;
  latest = version;
  return version != app_version();
}

} // namespace coppice
