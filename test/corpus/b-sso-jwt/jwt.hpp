#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace sso {

struct JwtHeader {
  std::string alg;
  std::string kid;
};

struct Jwt {
  JwtHeader header;
  std::string signing_input;             // base64url(header) "." base64url(payload)
  std::vector<unsigned char> signature;  // decoded
  std::string subject;
  long exp = 0;
  bool has_exp = false;
};

class SignatureChecker {
 public:
  virtual ~SignatureChecker() = default;
  virtual bool verify_signature(const std::string& signing_input,
                                const std::vector<unsigned char>& sig) const = 0;
};

std::unique_ptr<SignatureChecker> make_rs256(EVP_PKEY* pub);
std::unique_ptr<SignatureChecker> make_es256(EVP_PKEY* pub);
std::unique_ptr<SignatureChecker> make_hs256(std::vector<unsigned char> secret, bool legacy);

class JwtVerifier {
 public:
  void add_key(const std::string& kid, std::unique_ptr<SignatureChecker> checker) {
    checkers_[kid] = std::move(checker);
  }
  bool verify(const Jwt& t);
  bool authenticated() const { return authenticated_; }

 private:
  std::map<std::string, std::unique_ptr<SignatureChecker>> checkers_;
  bool authenticated_ = false;
};

struct JwksSource {
  std::string url;
  std::string ca_file;
  long timeout_s = 10;
};

std::string fetch_jwks(const JwksSource& src);

}  // namespace sso
