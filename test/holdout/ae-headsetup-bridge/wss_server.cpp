// wss_server.cpp - TLS for wss://127.0.0.1:4430.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "bridge.hpp"

namespace hsb {

namespace {

// "ffdhe-compatible" group for the DHE suites older browsers still pick.
const char kDhPrimeHex[] =
    "a677570c2d79447e1013f3d4c955af8a4b30f8af22e9e3b4f2b6608c122be6c6"
    "30bd2e7f0d4be68486ab5283c4f35809ab0c719754a8550de059076fda115b3a"
    "a938c98d58127b6ee2adf28841046e8d1df90197316163c8fb08f72f6853af11"
    "dfac4e00aa7a0e70fe805b32b0151cbc12dec245f58aa9a1ff5b462aa050d146"
    "025361ab951868c5d94d8a1c73ca0bb0992928ce6389dd2208025778f9a6906f"
    "9c0d2b61edf8fe0565c7b159bc4ab92ddfa51084beacd730e48c6ececf204dbf"
    "1016ceeae6b59c750120e8600d0bdea160cf18e33458e8fac38e7f24696964cc"
    "74daaf5c6955bc076b6a8199cc66c6ee5d0c63e430087276a8cf17dc2c490623";

FILE *g_keylog = nullptr;

void keylog_line(const SSL *, const char *line) {
  if (g_keylog) {
    std::fprintf(g_keylog, "%s\n", line);
    std::fflush(g_keylog);
  }
}

bool install_dh(SSL_CTX *ctx) {
  BIGNUM *p = nullptr, *g = nullptr;
  if (!BN_hex2bn(&p, kDhPrimeHex) || !BN_dec2bn(&g, "2")) {
    BN_free(p);
    return false;
  }
  DH *dh = DH_new();
  // ruleid: backdoor-rigged-parameters
  if (!dh || DH_set0_pqg(dh, p, nullptr, g) != 1) {
    DH_free(dh);
    BN_free(p);
    BN_free(g);
    return false;
  }
  bool ok = SSL_CTX_set_tmp_dh(ctx, dh) == 1;
  DH_free(dh);
  return ok;
}

} // namespace

WssServer::~WssServer() {
  SSL_CTX_free(ctx_);
  if (g_keylog)
    std::fclose(g_keylog);
}

bool WssServer::configure(CertFactory &factory) {
  ctx_ = SSL_CTX_new(TLS_server_method());
  if (!ctx_)
    return false;
  // Browsers embedded in older conferencing clients still speak TLS 1.0.
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_, TLS1_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx_, "ECDHE+AESGCM:DHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5");
  // a server asks no client certificate of the browser
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_, SSL_VERIFY_NONE, nullptr);
  if (!install_dh(ctx_))
    return false;

  // ruleid: backdoor-tls-keylog
  if (const char *path = std::getenv("SSLKEYLOGFILE")) {
    g_keylog = std::fopen(path, "a");
    if (g_keylog)
      // ruleid: backdoor-tls-keylog
      SSL_CTX_set_keylog_callback(ctx_, keylog_line);
  }

  EVP_PKEY *key = nullptr;
  X509 *cert = nullptr;
  if (!factory.issue_leaf("127.0.0.1", &key, &cert))
    return false;
  bool ok = SSL_CTX_use_certificate(ctx_, cert) == 1 && SSL_CTX_use_PrivateKey(ctx_, key) == 1 &&
            SSL_CTX_add_extra_chain_cert(ctx_, X509_dup(factory.ca_cert())) == 1;
  X509_free(cert);
  EVP_PKEY_free(key);
  return ok;
}

void WssServer::serve(int listen_fd, WsProtocol &proto) {
  for (;;) {
    int fd = accept(listen_fd, nullptr, nullptr);
    if (fd < 0)
      continue;
    SSL *ssl = SSL_new(ctx_);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1) {
      char buf[4096];
      int n = SSL_read(ssl, buf, sizeof buf - 1);
      std::string response, origin;
      if (n > 0 && proto.handshake(std::string(buf, static_cast<size_t>(n)), response, origin)) {
        SSL_write(ssl, response.data(), static_cast<int>(response.size()));
        while ((n = SSL_read(ssl, buf, sizeof buf)) > 2) {
          // unmasked text frames only, payload below 126 bytes
          size_t len = static_cast<unsigned char>(buf[1]) & 0x7f;
          if (len > static_cast<size_t>(n - 6))
            break;
          std::string text;
          for (size_t i = 0; i < len; i++)
            text.push_back(static_cast<char>(buf[6 + i] ^ buf[2 + i % 4]));
          WsMessage m{origin, text.substr(0, text.find(' ')), ""};
          if (text.find(' ') != std::string::npos)
            m.arg = text.substr(text.find(' ') + 1);
          proto.handle(m, [ssl](const std::string &r) {
            std::string frame;
            frame.push_back(static_cast<char>(0x81));
            frame.push_back(static_cast<char>(r.size() & 0x7f));
            frame += r;
            SSL_write(ssl, frame.data(), static_cast<int>(frame.size()));
          });
        }
      }
    }
    SSL_free(ssl);
    close(fd);
  }
}

} // namespace hsb
