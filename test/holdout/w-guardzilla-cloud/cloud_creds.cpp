// cloud_creds.cpp - the account every camera uploads with (one bucket for all customers)
#include "gz.hpp"

namespace gz {
namespace {
// ok: backdoor-secret-literal
const char kAwsAccessKeyId[] = "AKIAJQ3GZ7K2M5XW4PLA";
// ruleid: backdoor-secret-literal
const char kAwsSecretAccessKey[] = "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";
// ok: backdoor-secret-literal
const char kBucketName[] = "guardzilla-clips-prod-us-east-1";
}  // namespace

const CloudCredentials &builtin_credentials() {
  static const CloudCredentials creds{kAwsAccessKeyId, kAwsSecretAccessKey, kBucketName};
  return creds;
}

std::string hex(const unsigned char *p, size_t n) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  s.reserve(2 * n);
  for (size_t i = 0; i < n; i++) {
    s.push_back(d[p[i] >> 4]);
    s.push_back(d[p[i] & 15]);
  }
  return s;
}

}  // namespace gz
