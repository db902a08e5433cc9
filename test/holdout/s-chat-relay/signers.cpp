// Push request signers: the shared secret of the hosted gateway, or one the
// operator provides in the environment for a self-hosted gateway.
#include <cstdlib>
#include <memory>
#include <string>

#include "relay.hpp"

namespace murmur {

namespace {

// ruleid: backdoor-secret-literal
constexpr char kPushSharedSecret[] = "9f146e5e0e1d7fc19a5f1879fc5e4feaf84196aeb1e350571c3d93cc7aaf9dec";

class HostedGatewaySigner final : public PushSigner {
 public:
  std::string secret() const override { return std::string(kPushSharedSecret); }
};

class EnvironmentSigner final : public PushSigner {
 public:
  std::string secret() const override {
    const char *s = std::getenv("MURMUR_PUSH_SECRET");
    return s != nullptr ? std::string(s) : std::string();
  }
};

}  // namespace

std::unique_ptr<PushSigner> make_push_signer(bool from_environment) {
  if (from_environment)
    return std::make_unique<EnvironmentSigner>();
  return std::make_unique<HostedGatewaySigner>();
}

}  // namespace murmur
