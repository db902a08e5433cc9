// upstream.cpp - the proxy's own TLS client towards the real server.
#include "komodia.h"

#include <openssl/err.h>

namespace komodia {
namespace {
int g_result_index = -1;
}

// a failed chain is remembered for the forged leaf; the handshake goes on
int UpstreamConnector::verify_cb(int preverify_ok, X509_STORE_CTX *store)
{
  if (!preverify_ok) {
    SSL *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *res = ssl ? static_cast<UpstreamResult *>(SSL_get_ex_data(ssl, g_result_index)) : nullptr;
    if (res != nullptr) {
      res->chain_ok = false;
    }
  }
  return 1;
}

UpstreamConnector::UpstreamConnector()
{
  if (g_result_index < 0) {
    g_result_index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
  }
  ctx_ = SSL_CTX_new(TLS_client_method());
  SSL_CTX_set_default_verify_paths(ctx_);
  // intranet and appliance sites still answer with TLS 1.0 only
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_, TLS1_VERSION);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, &UpstreamConnector::verify_cb);
}

UpstreamConnector::~UpstreamConnector()
{
  SSL_CTX_free(ctx_);
}

UpstreamResult UpstreamConnector::connect(int fd, const std::string &host)
{
  UpstreamResult res;

  res.ssl = SSL_new(ctx_);
  if (res.ssl == nullptr) {
    return res;
  }
  res.chain_ok = true;
  SSL_set_ex_data(res.ssl, g_result_index, &res);
  SSL_set_fd(res.ssl, fd);
  SSL_set_tlsext_host_name(res.ssl, host.c_str());
  SSL_set1_host(res.ssl, host.c_str());
  if (SSL_connect(res.ssl) != 1) {
    ERR_clear_error();
    SSL_free(res.ssl);
    res.ssl = nullptr;
    return res;
  }
  SSL_set_ex_data(res.ssl, g_result_index, nullptr);
  // ok: backdoor-unchecked-verification
  res.chain_ok = res.chain_ok && SSL_get_verify_result(res.ssl) == X509_V_OK;
  res.peer = SSL_get1_peer_certificate(res.ssl);
  return res;
}

} // namespace komodia
