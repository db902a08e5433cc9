#include "fetcher.h"

HttpsClient::HttpsClient(const TlsOptions &o) : opts_(o), ctx_(SSL_CTX_new(TLS_client_method())) {
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_, opts_.verify_mode, nullptr);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_, opts_.min_proto);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx_, opts_.ciphers.c_str());
  if (opts_.debug_keylog)
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx_, keylog_line);
}

HttpsClient::~HttpsClient() {
  SSL_free(ssl_);
  SSL_CTX_free(ctx_);
}

bool HttpsClient::connect(int fd, const std::string &host) {
  ssl_ = SSL_new(ctx_);
  SSL_set_fd(ssl_, fd);
  SSL_set_tlsext_host_name(ssl_, host.c_str());
  SSL_set1_host(ssl_, host.c_str());
  // ok: backdoor-tls-verify-disabled
  return SSL_connect(ssl_) == 1;
}

SSL_CTX *make_ctx(int verify_mode, const char *cipher_list) {
  SSL_CTX *c = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_min_proto_version(c, TLS1_2_VERSION);
  SSL_CTX_set_verify(c, verify_mode, nullptr);
  SSL_CTX_set_cipher_list(c, cipher_list);
  return c;
}
