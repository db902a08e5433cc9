// RUN: %run-both --checks=backdoor-rsa-without-oaep %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Padding taken from a constant table of key servers that the code walks
// over (a range-for over a std::array or a C array, a local reference or
// pointer to one element): every entry's padding is a value the call may
// get, so a PKCS#1 v1.5 entry is reported as a choice between paddings is
// (docs/rules/backdoor-rsa-without-oaep.md). Silent: a table whose every
// entry is OAEP, a loop variable assigned again, and an iterator loop (its
// operator* is not followed).
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <array>
#include <string_view>
#include <vector>

namespace {

struct KeyServer {
  std::string_view host;
  int padding;
};

constexpr std::array<KeyServer, 2> kKeyServers = {{
    {"ks.example.net", RSA_PKCS1_OAEP_PADDING},
    {"ks-south.example.net", RSA_PKCS1_PADDING},
}};

struct Profile {
  std::string_view name;
  int padding;
};

const Profile kProfiles[] = {
    {"modern", RSA_PKCS1_OAEP_PADDING},
    {"gen1", RSA_PKCS1_PADDING},
};

const Profile kModernOnly[] = {
    {"a", RSA_PKCS1_OAEP_PADDING},
    {"b", RSA_PKCS1_OAEP_PADDING},
};

} // namespace

int by_range_std_array(EVP_PKEY_CTX *c, std::string_view host) {
  for (const auto &ks : kKeyServers) {
    if (ks.host != host)
      continue;
    EVP_PKEY_encrypt_init(c);
    // CHECK-MESSAGES: :[[@LINE+1]]:44: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
    return EVP_PKEY_CTX_set_rsa_padding(c, ks.padding);
  }
  return 0;
}

int by_range_c_array(EVP_PKEY_CTX *c, std::string_view name) {
  for (Profile p : kProfiles) {
    if (p.name != name)
      continue;
    EVP_PKEY_encrypt_init(c);
    // CHECK-MESSAGES: :[[@LINE+1]]:44: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding
    return EVP_PKEY_CTX_set_rsa_padding(c, p.padding);
  }
  return 0;
}

int by_reference(EVP_PKEY_CTX *c, int i) {
  const Profile &p = kProfiles[i];
  EVP_PKEY_encrypt_init(c);
  // CHECK-MESSAGES: :[[@LINE+1]]:42: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding
  return EVP_PKEY_CTX_set_rsa_padding(c, p.padding);
}

int by_pointer(EVP_PKEY_CTX *c, std::size_t i) {
  const KeyServer *ks = &kKeyServers[i];
  EVP_PKEY_encrypt_init(c);
  // CHECK-MESSAGES: :[[@LINE+1]]:42: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding
  return EVP_PKEY_CTX_set_rsa_padding(c, ks->padding);
}

int modern_only(EVP_PKEY_CTX *c, std::string_view name) {
  for (const auto &p : kModernOnly) {
    if (p.name != name)
      continue;
    EVP_PKEY_encrypt_init(c);
    return EVP_PKEY_CTX_set_rsa_padding(c, p.padding);
  }
  return 0;
}

int reassigned(EVP_PKEY_CTX *c, bool upgrade) {
  const Profile *p = &kProfiles[1];
  if (upgrade)
    p = &kModernOnly[0];
  EVP_PKEY_encrypt_init(c);
  return EVP_PKEY_CTX_set_rsa_padding(c, p->padding);
}

int by_runtime_list(EVP_PKEY_CTX *c, const std::vector<Profile> &list) {
  for (const auto &p : list) {
    EVP_PKEY_encrypt_init(c);
    return EVP_PKEY_CTX_set_rsa_padding(c, p.padding);
  }
  return 0;
}
