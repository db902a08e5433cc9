#pragma once
#include <cstddef>
#include <string>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/ssl.h>

namespace broker {

// entropy.cpp
int board_entropy(void* data, unsigned char* output, size_t len, size_t* olen);
int fixed_test_entropy(void* data, unsigned char* output, size_t len);

class Drbg {
 public:
  Drbg();
  ~Drbg();
  bool seed_from_board();
  bool seed_for_selftest();
  mbedtls_ctr_drbg_context* get() { return &drbg_; }

 private:
  mbedtls_entropy_context entropy_;
  mbedtls_ctr_drbg_context drbg_;
};

class TlsEndpoint {
 public:
  explicit TlsEndpoint(Drbg& drbg);
  ~TlsEndpoint();
  int setup_device_link(const std::string& host);
  int setup_cloud_link(const std::string& host, const char* ca_pem, size_t ca_len);
  int setup_local_server();

 private:
  Drbg& drbg_;
  mbedtls_ssl_config conf_;
  mbedtls_ssl_context ssl_;
  mbedtls_x509_crt ca_;
};

}  // namespace broker
