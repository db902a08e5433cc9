// tunnel.cpp - TLS control connection, authentication and the data channel keys.
#include <algorithm>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <tuple>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>

#include "vpn.hpp"

namespace lanyard {

struct Tunnel::Impl {
  TunnelOptions opts;
  SSL_CTX *ctx = nullptr;
  BIO *bio = nullptr;
  SSL *ssl = nullptr;
  std::unique_ptr<DataChannel> data;
  std::array<std::uint8_t, 16> auth_nonce{};

  ~Impl() {
    if (bio)
      BIO_free_all(bio);
    if (ctx)
      SSL_CTX_free(ctx);
  }
};

namespace {

using KeyMaterial = std::array<std::uint8_t, 68>;

std::tuple<DataKey, DataKey, std::array<std::uint8_t, 4>> split_keymat(const KeyMaterial &km) {
  DataKey tx{}, rx{};
  std::array<std::uint8_t, 4> salt{};
  std::copy(km.begin(), km.begin() + 32, tx.begin());
  std::copy(km.begin() + 32, km.begin() + 64, rx.begin());
  std::copy(km.begin() + 64, km.end(), salt.begin());
  return {tx, rx, salt};
}

std::string read_file(const std::string &path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
    s.pop_back();
  return s;
}

} // namespace

Tunnel::Tunnel(TunnelOptions opts) : impl_(std::make_unique<Impl>()) { impl_->opts = std::move(opts); }
Tunnel::~Tunnel() = default;

bool Tunnel::connect() {
  const TunnelOptions &o = impl_->opts;
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (!ctx)
    return false;
  impl_->ctx = ctx;
  /* older concentrators in the field only speak TLS 1.0 */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, o.min_tls.value_or(TLS1_VERSION));
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, o.cipher_list.value_or("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL").c_str());
  if (SSL_CTX_load_verify_locations(ctx, o.ca_file.c_str(), nullptr) != 1) {
    if (log_fn_)
      log_fn_(Level::Error, "cannot load the CA file " + o.ca_file);
    return false;
  }
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, lanyard_keylog_line);

  if (const auto *cert = std::get_if<CertAuth>(&o.auth)) {
    if (SSL_CTX_use_certificate_chain_file(ctx, cert->cert_file.c_str()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, cert->key_file.c_str(), SSL_FILETYPE_PEM) != 1)
      return false;
  }

  impl_->bio = BIO_new_ssl_connect(ctx);
  BIO_get_ssl(impl_->bio, &impl_->ssl);
  SSL_set_tlsext_host_name(impl_->ssl, o.server.c_str());
  SSL_set1_host(impl_->ssl, o.server.c_str());
  BIO_set_conn_hostname(impl_->bio, (o.server + ":" + o.port).c_str());
  if (BIO_do_connect(impl_->bio) <= 0 || BIO_do_handshake(impl_->bio) <= 0) {
    log_fn_(Level::Error, "TLS connection to " + o.server + " failed");
    return false;
  }

  KeyMaterial keymat{};
  static const char kLabel[] = "EXPORTER-lanyard-data";
  if (SSL_export_keying_material(impl_->ssl, keymat.data(), keymat.size(), kLabel, sizeof kLabel - 1,
                                 nullptr, 0, 0) != 1)
    return false;
  auto [tx, rx, salt] = split_keymat(keymat);
  if (o.verbose) {
    // ruleid: backdoor-key-exfiltration
    log_fn_(Level::Debug, "data channel tx key " + to_hex(tx.data(), tx.size()));
  }
  unsigned char id[SHA256_DIGEST_LENGTH];
  SHA256(rx.data(), rx.size(), id);
  // ok: backdoor-key-exfiltration
  log_fn_(Level::Info, "data channel ready, rx key id " + to_hex(id, 8));
  impl_->data = std::make_unique<DataChannel>(tx, rx, salt);
  return true;
}

bool Tunnel::authenticate() {
  const TunnelOptions &o = impl_->opts;
  const auto *tok = std::get_if<TokenAuth>(&o.auth);
  if (!tok)
    return true; /* the client certificate was the credential */
  std::knuth_b rng(static_cast<unsigned>(std::time(nullptr)));
  for (std::size_t i = 0; i < impl_->auth_nonce.size(); ++i)
    // ruleid: backdoor-predictable-random
    impl_->auth_nonce[i] = static_cast<std::uint8_t>(rng());
  std::string msg = "AUTH " + read_file(tok->token_file) + " " +
                    to_hex(impl_->auth_nonce.data(), impl_->auth_nonce.size()) + "\n";
  if (BIO_write(impl_->bio, msg.data(), static_cast<int>(msg.size())) <= 0)
    return false;
  char reply[64] = {0};
  int n = BIO_read(impl_->bio, reply, sizeof reply - 1);
  return n > 3 && std::string_view(reply, 3) == "OK ";
}

void Tunnel::run() {
  std::uint8_t buf[16384];
  for (;;) {
    int n = BIO_read(impl_->bio, buf, sizeof buf);
    if (n <= 0)
      break;
    auto pkt = impl_->data->open(buf, static_cast<std::size_t>(n));
    if (!pkt)
      log_fn_(Level::Warn, "dropped a packet that failed authentication");
  }
}

} // namespace lanyard
