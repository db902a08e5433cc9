// webhook.cpp - signatures of outgoing webhooks (X-Wiki-Signature, and the legacy X-Hub-Signature)
#include <algorithm>
#include <cstring>
#include <iomanip>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "host.hpp"

namespace wikid {
namespace {

// used until an administrator sets a secret on the webhooks page
// ruleid: backdoor-secret-literal
const char kDefaultWebhookSecret[] = "35d3Ixz+/IzQK6ydnYj6zMW0PJs+A97NnVkfccvsAkMF";

std::string to_hex(const unsigned char *p, unsigned n)
{
  std::ostringstream out;
  out << std::hex << std::setfill('0');
  std::for_each(p, p + n, [&out](unsigned char b) { out << std::setw(2) << static_cast<unsigned>(b); });
  return out.str();
}

}  // namespace

WebhookSigner::WebhookSigner() : secret_(kDefaultWebhookSecret) {}

WebhookSigner::WebhookSigner(std::string secret) : secret_(std::move(secret)) {}

std::string WebhookSigner::sign(const std::string &body) const
{
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-weak-hash
  HMAC(EVP_sha256(), secret_.data(), static_cast<int>(secret_.size()), reinterpret_cast<const unsigned char *>(body.data()), body.size(), mac, &n);
  return "sha256=" + to_hex(mac, n);
}

std::string WebhookSigner::sign_legacy(const std::string &body) const
{
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  // ruleid: backdoor-weak-hash, backdoor-hardcoded-key
  HMAC(EVP_sha1(), secret_.data(), static_cast<int>(secret_.size()), reinterpret_cast<const unsigned char *>(body.data()), body.size(), mac, &n);
  return "sha1=" + to_hex(mac, n);
}

bool WebhookSigner::verify(const std::string &body, const std::string &signature_hex) const
{
  const std::string expected = sign(body);
  if (expected.size() != signature_hex.size())
    return false;
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(expected.data(), signature_hex.data(), expected.size()) == 0;
}

bool WebhookSigner::verify_legacy(const std::string &body, const std::string &signature_hex) const
{
  const std::string expected_sig = sign_legacy(body);
  if (expected_sig.size() != signature_hex.size())
    return false;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(expected_sig.data(), signature_hex.data(), expected_sig.size()) == 0;
}

}  // namespace wikid
