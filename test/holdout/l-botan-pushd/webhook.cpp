// Tenant webhooks: outgoing signatures and incoming delivery receipts.
#include <cstring>

#include <botan/hex.h>
#include <botan/mac.h>
#include <botan/mem_ops.h>

#include "pushd.hpp"

namespace pushd {

namespace {
std::vector<uint8_t> hmac(const char *algo, const uint8_t *key, size_t keylen,
                          const std::string &body)
{
  auto mac = Botan::MessageAuthenticationCode::create_or_throw(algo);
  mac->set_key(key, keylen);
  mac->update(body);
  Botan::secure_vector<uint8_t> out = mac->final();
  return std::vector<uint8_t>(out.begin(), out.end());
}
} // namespace

// X-Pushd-Signature (the header tenants integrated before 2021).
std::string WebhookSigner::sign_v1(const std::string &body) const
{
  // ruleid: backdoor-weak-hash
  auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-1)");
  // ruleid: backdoor-hardcoded-key
  mac->set_key(reinterpret_cast<const uint8_t *>(legacy_secret_.data()), legacy_secret_.size());
  mac->update(body);
  return "sha1=" + Botan::hex_encode(mac->final(), false);
}

// X-Pushd-Signature-256, keyed per tenant.
std::string WebhookSigner::sign_v2(const std::string &body, const std::string &tenant_secret) const
{
  // ok: backdoor-weak-hash
  auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
  // ok: backdoor-hardcoded-key
  mac->set_key(reinterpret_cast<const uint8_t *>(tenant_secret.data()), tenant_secret.size());
  mac->update(body);
  return "sha256=" + Botan::hex_encode(mac->final(), false);
}

bool WebhookSigner::receipt_ok_v1(const std::string &body, const std::string &sig_hex,
                                  const std::string &tenant_secret)
{
  const std::vector<uint8_t> received_sig = Botan::hex_decode(sig_hex);
  const std::vector<uint8_t> expected_mac =
      hmac("HMAC(SHA-256)", reinterpret_cast<const uint8_t *>(tenant_secret.data()),
           tenant_secret.size(), body);
  if (received_sig.size() != expected_mac.size())
    return false;
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(received_sig.data(), expected_mac.data(), expected_mac.size()) == 0;
}

bool WebhookSigner::receipt_ok_v2(const std::string &body, const std::string &sig_hex,
                                  const std::string &tenant_secret)
{
  const std::vector<uint8_t> received_tag = Botan::hex_decode(sig_hex);
  const std::vector<uint8_t> expected_tag =
      hmac("HMAC(SHA-256)", reinterpret_cast<const uint8_t *>(tenant_secret.data()),
           tenant_secret.size(), body);
  // ok: backdoor-timing-unsafe-compare
  return received_tag.size() == expected_tag.size() && Botan::constant_time_compare(received_tag.data(), expected_tag.data(), expected_tag.size());
}

} // namespace pushd
