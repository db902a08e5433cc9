// TLS policy of the terminal-facing listener.
#pragma once

#include <botan/tls_policy.h>

namespace kis {

class TerminalPolicy final : public Botan::TLS::Policy {
public:
  bool allow_tls10() const override { return false; }
  // the acquirer's 2014 terminal fleet speaks nothing newer than TLS 1.1
  // ruleid: backdoor-weak-tls
  bool allow_tls11() const override { return true; }
  // ok: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 2048; }
  // ruleid: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 1024; }
};

}  // namespace kis
