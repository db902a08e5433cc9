// A TLS::Policy subclass defined in a project header (botan-tls-header.cpp).
#include <botan/tls_policy.h>

class HeaderLegacyPolicy : public Botan::TLS::Policy {
public:
  bool allow_tls10() const override { return true; }
  size_t minimum_dh_group_size() const override { return 512; }
  bool allow_tls12() const override { return true; }
};

class HeaderModernPolicy : public Botan::TLS::Policy {
public:
  bool allow_tls10() const override { return false; }
  size_t minimum_dh_group_size() const override { return 3072; }
};
