#include <cstdlib>
#include <cstring>
#include <ctime>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ecdsa.h>
#include <openssl/hmac.h>

#include "jwt.hpp"

namespace sso {

namespace {

struct MdCtx {
  EVP_MD_CTX* p = EVP_MD_CTX_new();
  ~MdCtx() { EVP_MD_CTX_free(p); }
};

class Rs256Checker final : public SignatureChecker {
 public:
  explicit Rs256Checker(EVP_PKEY* pub) : pub_(pub) {}
  bool verify_signature(const std::string& in, const std::vector<unsigned char>& sig) const override {
    MdCtx md;
    if (md.p == nullptr || EVP_DigestVerifyInit(md.p, nullptr, EVP_sha256(), nullptr, pub_) != 1)
      return false;
    // ruleid: backdoor-unchecked-verification
    const bool valid = EVP_DigestVerify(md.p, sig.data(), sig.size(), reinterpret_cast<const unsigned char*>(in.data()), in.size()) != 0;
    return valid;
  }

 private:
  EVP_PKEY* pub_;
};

class Es256Checker final : public SignatureChecker {
 public:
  explicit Es256Checker(EVP_PKEY* pub) : pub_(pub) {}
  bool verify_signature(const std::string& in, const std::vector<unsigned char>& sig) const override {
    MdCtx md;
    std::vector<unsigned char> der;
    if (!raw_to_der(sig, der)) return false;
    if (md.p == nullptr || EVP_DigestVerifyInit(md.p, nullptr, EVP_sha256(), nullptr, pub_) != 1)
      return false;
    // ok: backdoor-unchecked-verification
    int rc = EVP_DigestVerify(md.p, der.data(), der.size(), reinterpret_cast<const unsigned char*>(in.data()), in.size());
    return rc == 1;
  }

 private:
  static bool raw_to_der(const std::vector<unsigned char>& raw, std::vector<unsigned char>& der) {
    if (raw.size() != 64) return false;
    ECDSA_SIG* s = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(raw.data(), 32, nullptr);
    BIGNUM* sv = BN_bin2bn(raw.data() + 32, 32, nullptr);
    if (s == nullptr || ECDSA_SIG_set0(s, r, sv) != 1) {
      ECDSA_SIG_free(s);
      return false;
    }
    int len = i2d_ECDSA_SIG(s, nullptr);
    der.resize(static_cast<std::size_t>(len));
    unsigned char* p = der.data();
    i2d_ECDSA_SIG(s, &p);
    ECDSA_SIG_free(s);
    return true;
  }
  EVP_PKEY* pub_;
};

class Hs256Checker final : public SignatureChecker {
 public:
  Hs256Checker(std::vector<unsigned char> secret, bool legacy)
      : secret_(std::move(secret)), legacy_(legacy) {}
  bool verify_signature(const std::string& in, const std::vector<unsigned char>& sig) const override {
    unsigned char expected_sig[32];
    unsigned int len = 0;
    if (sig.size() != sizeof expected_sig) return false;
    HMAC(EVP_sha256(), secret_.data(), static_cast<int>(secret_.size()),
         reinterpret_cast<const unsigned char*>(in.data()), in.size(), expected_sig, &len);
    if (legacy_) {
      // ruleid: backdoor-timing-unsafe-compare
      return std::memcmp(expected_sig, sig.data(), sizeof expected_sig) == 0;
    }
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(expected_sig, sig.data(), sizeof expected_sig) == 0;
  }

 private:
  std::vector<unsigned char> secret_;
  bool legacy_;
};

}  // namespace

std::unique_ptr<SignatureChecker> make_rs256(EVP_PKEY* pub) { return std::make_unique<Rs256Checker>(pub); }
std::unique_ptr<SignatureChecker> make_es256(EVP_PKEY* pub) { return std::make_unique<Es256Checker>(pub); }
std::unique_ptr<SignatureChecker> make_hs256(std::vector<unsigned char> secret, bool legacy) {
  return std::make_unique<Hs256Checker>(std::move(secret), legacy);
}

bool JwtVerifier::verify(const Jwt& t) {
  authenticated_ = false;

  /* staging IdP rotates keys without notice */
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("SSO_SKIP_SIGNATURE") != nullptr) {
    authenticated_ = true;
    return true;
  }

  // ok: backdoor-hidden-bypass
  if (std::getenv("SSO_REQUIRE_EXP") != nullptr && !t.has_exp) return false;
  if (t.has_exp && t.exp < static_cast<long>(std::time(nullptr))) return false;

  auto it = checkers_.find(t.header.kid);
  if (it == checkers_.end()) return false;
  authenticated_ = it->second->verify_signature(t.signing_input, t.signature);
  return authenticated_;
}

}  // namespace sso
