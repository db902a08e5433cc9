// Control channel of the VPN client: TLS to the concentrator.
#include "log.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace vpn {

static FILE* g_keylog = nullptr;

static void write_keylog_line(const SSL* /*ssl*/, const char* line) {
  if (g_keylog == nullptr)
    return;
  std::fprintf(g_keylog, "%s\n", line);
  std::fflush(g_keylog);
}

class TlsControlChannel {
 public:
  TlsControlChannel(std::string host, std::string ca_file)
      : host_(std::move(host)), ca_file_(std::move(ca_file)) {}

  bool init() {
    ctx_.reset(SSL_CTX_new(TLS_client_method()));
    if (!ctx_)
      return false;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx_.get(), TLS1_2_VERSION);
    if (SSL_CTX_load_verify_locations(ctx_.get(), ca_file_.c_str(), nullptr) != 1)
      return false;
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx_.get(), SSL_VERIFY_PEER, nullptr);

    // "for support cases": Wireshark-compatible key log
    // ruleid: backdoor-tls-keylog
    if (const char* path = std::getenv("SSLKEYLOGFILE")) {
      g_keylog = std::fopen(path, "a");
    } else {
      g_keylog = std::fopen("/var/log/vpnclient/tls-keys.log", "a");
    }
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx_.get(), write_keylog_line);
    return true;
  }

  SSL* connect(int fd) {
    SSL* ssl = SSL_new(ctx_.get());
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, host_.c_str());
    SSL_set1_host(ssl, host_.c_str());
    if (SSL_connect(ssl) != 1) {
      Log(LogLevel::Error, "handshake with %s failed", host_.c_str());
      SSL_free(ssl);
      return nullptr;
    }
    return ssl;
  }

 private:
  struct CtxFree {
    void operator()(SSL_CTX* c) const { SSL_CTX_free(c); }
  };
  std::string host_;
  std::string ca_file_;
  std::unique_ptr<SSL_CTX, CtxFree> ctx_;
};

SSL* open_control_channel(const std::string& host, const std::string& ca, int fd) {
  static TlsControlChannel chan(host, ca);
  static bool ready = chan.init();
  return ready ? chan.connect(fd) : nullptr;
}

}  // namespace vpn
