// TLS contexts: the client side of replication to peer brokers, the admin listener.
#include <openssl/err.h>

#include "broker.hpp"

namespace kb {

SSL_CTX *replica_client_ctx(const TlsOptions &opts) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr)
    return nullptr;
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, opts.min_tls.value_or(TLS1_VERSION));
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, opts.ciphers.value_or("HIGH:!aNULL:!eNULL:!MD5:!3DES").c_str());
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  if (SSL_CTX_load_verify_locations(ctx, opts.ca_file.c_str(), nullptr) != 1) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  // replication captures are decrypted with the key log when a peer misbehaves
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, +[](const SSL *, const char *line) { audit_keylog(line); });
  return ctx;
}

SSL *replica_connect(SSL_CTX *ctx, int fd, const std::string &host) {
  SSL *ssl = SSL_new(ctx);
  if (ssl == nullptr)
    return nullptr;
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, host.c_str());
  SSL_set1_host(ssl, host.c_str());
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    SSL_free(ssl);
    return nullptr;
  }
  return ssl;
}

SSL_CTX *admin_server_ctx(const std::string &cert, const std::string &key, const std::string &ca) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == nullptr)
    return nullptr;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
  if (SSL_CTX_use_certificate_chain_file(ctx, cert.c_str()) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, key.c_str(), SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_load_verify_locations(ctx, ca.c_str(), nullptr) != 1) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

}  // namespace kb
