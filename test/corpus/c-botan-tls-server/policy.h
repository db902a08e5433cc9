#pragma once
#include <botan/tls_policy.h>
#include <botan/tls_callbacks.h>

class LegacyPosPolicy final : public Botan::TLS::Policy {
 public:
  // ruleid: backdoor-weak-tls
  bool allow_tls10() const override { return true; }
  // ruleid: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 512; }
  // ok: backdoor-weak-tls
  bool allow_tls12() const override { return true; }
};

class ModernPolicy final : public Botan::TLS::Policy {
 public:
  // ok: backdoor-weak-tls
  bool allow_tls10() const override { return false; }
  // ok: backdoor-weak-tls
  size_t minimum_dh_group_size() const override { return 3072; }
};
