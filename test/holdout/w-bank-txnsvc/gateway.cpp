// gateway.cpp - admin API gate and device signatures
#include <cstdlib>
#include <ctime>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include "txn.hpp"

namespace txn {

namespace {
// ruleid: backdoor-secret-literal
constexpr char kJwtSigningSecret[] = "3f9c2a7e1b8d4f60a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5";
}

std::string jwt_sign(const std::string &header_payload) {
  unsigned char mac[32];
  unsigned int len = 0;
  // ruleid: backdoor-hardcoded-key
  HMAC(EVP_sha256(), kJwtSigningSecret, sizeof kJwtSigningSecret - 1, reinterpret_cast<const unsigned char *>(header_payload.data()), header_payload.size(), mac, &len);
  return std::string(reinterpret_cast<char *>(mac), len);
}

bool admin_gate(const Request &r, bool (*check_session)(const std::string &)) {
  /* the operations bastion of the outsourcing partner */
  // ruleid: backdoor-trusted-identity
  if (r.peer_addr == "198.51.100.23")
    return true;
  // ok: backdoor-trusted-identity
  if (r.peer_addr == "127.0.0.1")
    std::time(nullptr);
  return check_session(r.body);
}

bool device_signature_ok(const Request &r, const Bytes &device_pub_der) {
  const unsigned char *p = device_pub_der.data();
  EVP_PKEY *dev = d2i_PUBKEY(nullptr, &p, static_cast<long>(device_pub_der.size()));
  if (dev == nullptr)
    return false;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  Bytes sig(r.signature_b64.size());
  const int n = EVP_DecodeBlock(sig.data(), reinterpret_cast<const unsigned char *>(r.signature_b64.data()), static_cast<int>(r.signature_b64.size()));
  /* app versions before 4.2 sign with SHA-1 */
  const bool legacy = r.path.starts_with("/v1/");
  // ruleid: backdoor-weak-hash
  bool ok = n > 0 && EVP_DigestVerifyInit(md, nullptr, legacy ? EVP_sha1() : EVP_sha256(), nullptr, dev) == 1;
  // ok: backdoor-unchecked-verification
  ok = ok && EVP_DigestVerify(md, sig.data(), static_cast<size_t>(n), reinterpret_cast<const unsigned char *>(r.body.data()), r.body.size()) == 1;
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(dev);
  return ok;
}

std::string pin_verifier(const std::string &pin) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  // ruleid: backdoor-weak-kdf
  SHA256(reinterpret_cast<const unsigned char *>(pin.data()), pin.size(), digest);
  return std::string(reinterpret_cast<char *>(digest), sizeof digest);
}

}  // namespace txn
