// TLS policy of the recording uploader (Botan 2)
#pragma once
#include <botan/tls_policy.h>

namespace bastion {
class UploadPolicy final : public Botan::TLS::Strict_Policy {
 public:
  // ok: backdoor-weak-tls
  bool allow_tls10() const override { return false; }
  bool allow_tls11() const override { return false; }
  // ok: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 3072; }
};
}  // namespace bastion
