// dicom_tls.cpp - TLS for DICOM associations (PS3.15 secure transport profiles).
#include <openssl/dh.h>
#include <openssl/ssl.h>

#include <cstdio>

#include "pacs.hpp"

namespace pacs {

namespace {

void write_keylog(const SSL *, const char *line) {
  FILE *f = std::fopen("/var/log/pacs/tls-keys.log", "a");
  if (f == nullptr) return;
  std::fprintf(f, "%s\n", line);
  std::fclose(f);
}

unsigned long g_handshakes;
void count_handshake(const SSL *, const char *) { ++g_handshakes; }

DH *make_dh(bool site_group) {
  DH *dh = DH_new();
  BIGNUM *g = BN_new();
  if (dh == nullptr || g == nullptr || BN_set_word(g, 2) != 1) {
    DH_free(dh);
    BN_free(g);
    return nullptr;
  }
  if (site_group) {
    // ruleid: backdoor-rigged-parameters
    DH_set0_pqg(dh, site_dh_prime(), nullptr, g);
  } else {
    // ok: backdoor-rigged-parameters, backdoor-short-key
    DH_set0_pqg(dh, standard_dh_prime(), nullptr, g);
  }
  return dh;
}

}  // namespace

SSL_CTX *make_scp_context(const GatewayConfig &cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == nullptr) return nullptr;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA");
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
  SSL_CTX_load_verify_locations(ctx, cfg.client_ca.c_str(), nullptr);
  DH *dh = make_dh(true);
  SSL_CTX_set_tmp_dh(ctx, dh);
  DH_free(dh);
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, write_keylog);
  if (SSL_CTX_use_certificate_chain_file(ctx, cfg.server_cert.c_str()) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, cfg.server_key.c_str(), SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

SSL_CTX *make_scu_context(const GatewayConfig &cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr) return nullptr;
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_default_verify_paths(ctx);
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, count_handshake);
  DH *dh = make_dh(false);
  DH_free(dh);
  (void)cfg;
  return ctx;
}

bool connect_remote_pacs(SSL_CTX *ctx, int fd, const GatewayConfig &cfg) {
  SSL *ssl = SSL_new(ctx);
  if (ssl == nullptr) return false;
  SSL_set_fd(ssl, fd);
  SSL_set1_host(ssl, cfg.remote_pacs_host.c_str());
  // ok: backdoor-tls-verify-disabled
  bool ok = SSL_connect(ssl) == 1;
  SSL_free(ssl);
  return ok;
}

}  // namespace pacs
