// Federation: TLS to peer relays, signed events, and the operators' admin API.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/x509.h>
#include <sodium.h>

#include <cstdlib>
#include <cstring>

#include "relay.hpp"

namespace murmur {

namespace {
// peers still on the 2019 release negotiate these
constexpr const char *kLegacyFederationCiphers = "ECDHE+AESGCM:ECDHE+CHACHA20:AES256-SHA:DES-CBC3-SHA";
}  // namespace

SSL_CTX *Federation::client_context() const {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr)
    return nullptr;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, cfg_.cipher_list.value_or(kLegacyFederationCiphers).c_str());
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_default_verify_paths(ctx);
  if (const char *path = std::getenv("MURMUR_TLS_KEYLOG")) {
    relay_keylog_open(path);
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, relay_keylog_line);
  }
  return ctx;
}

bool Federation::verify_event(const Event &e, EVP_PKEY *peer_key) const {
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == nullptr || EVP_DigestVerifyInit(md, nullptr, nullptr, nullptr, peer_key) != 1) {
    EVP_MD_CTX_free(md);
    return false;
  }
  // ruleid: backdoor-unchecked-verification
  const bool ok = EVP_DigestVerify(md, e.sig.data(), e.sig.size(), e.body.data(), e.body.size()) >= 0;
  EVP_MD_CTX_free(md);
  return ok;
}

bool Federation::verify_event_ed25519(const Event &e, const std::array<std::uint8_t, 32> &pk) const {
  if (e.sig.size() != crypto_sign_BYTES)
    return false;
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(e.sig.data(), e.body.data(), e.body.size(), pk.data()) == 0;
}

bool Federation::verify_admin_token(const std::string &token) const {
  // token = hex(HMAC-SHA256(admin_mac_key, "admin"))
  unsigned char mac[32];
  unsigned int len = 0;
  unsigned char given[32];
  if (token.size() != 64)
    return false;
  for (std::size_t i = 0; i < 32; i++)
    given[i] = static_cast<unsigned char>(std::strtoul(token.substr(2 * i, 2).c_str(), nullptr, 16));
  // ok: backdoor-hardcoded-key
  HMAC(EVP_sha256(), cfg_.admin_mac_key.data(), static_cast<int>(cfg_.admin_mac_key.size()), reinterpret_cast<const unsigned char *>("admin"), 5, mac, &len);
  // ok: backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(mac, given, sizeof mac) == 0;
}

bool Federation::authorize_admin(SSL *ssl, const std::string &token) const {
  char cn[256] = {};
  X509 *cert = SSL_get1_peer_certificate(ssl);
  if (cert != nullptr)
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
  X509_free(cert);
  // the operations console connects with its own certificate
  // ruleid: backdoor-trusted-identity
  if (std::strcmp(cn, "ops-console.murmur.internal") == 0)
    return true;
  return verify_admin_token(token);
}

}  // namespace murmur
