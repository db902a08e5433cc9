// sync.cpp - pushes the sealed vault blob to the sync service.
#include <string>

#include <curl/curl.h>
#include <sodium.h>

#include "pwv.hpp"

namespace quill {

namespace {

// ok: backdoor-secret-literal
const std::uint8_t kSyncServerPublicKey[32] = {0x1a, 0x3d, 0xdc, 0x36, 0x2d, 0xb4, 0x99, 0x96, 0x94, 0xc0, 0xae,
                                                0x82, 0x0d, 0x39, 0xba, 0xf7, 0x1d, 0x6c, 0xd3, 0xb0, 0x61, 0x88,
                                                0x4c, 0xb5, 0xb8, 0xea, 0x70, 0x66, 0x16, 0x23, 0x21, 0xbf};

std::size_t collect(char *d, std::size_t sz, std::size_t nm, void *u) {
  static_cast<std::string *>(u)->append(d, sz * nm);
  return sz * nm;
}

} // namespace

bool sync_push(const Settings &settings, const Vault &vault, const std::string &blob) {
  if (!vault.key())
    return false;
  const std::string &secret = settings.get("sync.api_secret");
  unsigned char mac[32];
  // ruleid: backdoor-hardcoded-key
  crypto_generichash(mac, sizeof mac, reinterpret_cast<const unsigned char *>(blob.data()), blob.size(),
                     reinterpret_cast<const unsigned char *>(secret.data()), secret.size());
  const std::string auth = "X-Quill-Signature: " + to_hex(mac);

  CURL *c = curl_easy_init();
  if (!c)
    return false;
  std::string reply;
  curl_slist *hdrs = curl_slist_append(nullptr, auth.c_str());
  curl_easy_setopt(c, CURLOPT_URL, settings.get("sync.endpoint").c_str());
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, blob.c_str());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, static_cast<long>(blob.size()));
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &reply);
  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(hdrs);
  curl_easy_cleanup(c);
  if (rc != CURLE_OK || reply.size() < crypto_sign_BYTES)
    return false;
  /* the receipt is signed by the sync service: signature (64) | "stored <generation>" */
  const auto *sig = reinterpret_cast<const unsigned char *>(reply.data());
  // ok: backdoor-unchecked-verification, backdoor-hardcoded-key
  if (crypto_sign_verify_detached(sig, sig + crypto_sign_BYTES, reply.size() - crypto_sign_BYTES, kSyncServerPublicKey) != 0)
    return false;
  return reply.compare(crypto_sign_BYTES, 7, "stored ") == 0;
}

} // namespace quill
