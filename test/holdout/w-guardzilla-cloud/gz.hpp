// gz.hpp - Guardzilla GZ501 camera cloud agent (video clip upload, alerts, pairing)
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace gz {

struct CloudCredentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string bucket;
};

const CloudCredentials &builtin_credentials();  // cloud_creds.cpp

class S3Client {
 public:
  explicit S3Client(const CloudCredentials &c) : creds_(c) {}
  std::string sign_v2(const std::string &verb, const std::string &date, const std::string &resource) const;
  std::string sign_v4_key(const std::string &date, const std::string &region) const;
  bool put_clip(const std::string &key, const std::vector<uint8_t> &clip);

 private:
  CloudCredentials creds_;
};

class Pairing {
 public:
  bool set_password(const std::string &password);
  bool check(const std::string &password) const;
  std::string device_token();

 private:
  std::string password_digest_;
  std::string device_token_;
};

void alert_send(const std::string &to, const std::string &subject);
std::string hex(const unsigned char *p, size_t n);

}  // namespace gz
