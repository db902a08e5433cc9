// murmur-relay main: rooms, federation, push, and the client listener.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sodium.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>

#include "relay.hpp"

namespace {

SSL_CTX *listener_context(const char *cert, const char *key) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == nullptr)
    return nullptr;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
  // ok: backdoor-hardcoded-key
  if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 || SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return nullptr;
  }
  return ctx;
}

bool read_file(const char *path, std::uint8_t *out, std::size_t n) {
  std::FILE *f = std::fopen(path, "rb");
  if (f == nullptr)
    return false;
  const bool ok = std::fread(out, 1, n, f) == n;
  std::fclose(f);
  return ok;
}

}  // namespace

int main(int argc, char **argv) {
  if (sodium_init() < 0 || argc < 3)
    return 2;
  const bool verbose = std::getenv("MURMUR_VERBOSE") != nullptr;

  std::map<std::string, std::shared_ptr<murmur::Room>> rooms;
  auto lobby = std::make_shared<murmur::Room>("lobby");
  lobby->set_verbose(verbose);
  lobby->set_audit([](std::string_view line) { std::clog << "audit: " << line << '\n'; });
  lobby->rotate();
  rooms.emplace("lobby", lobby);
  if (std::FILE *arch = std::fopen("/var/lib/murmur/compliance/lobby.env", "ab")) {
    const auto env = lobby->compliance_envelope();
    std::fwrite(env.data(), 1, env.size(), arch);
    std::fclose(arch);
  }

  murmur::FederationConfig fc;
  fc.peer_host = "relay2.murmur.example";
  if (!read_file("/etc/murmur/admin.key", fc.admin_mac_key.data(), fc.admin_mac_key.size()))
    return 1;
  if (const char *c = std::getenv("MURMUR_FEDERATION_CIPHERS"))
    fc.cipher_list = c;
  murmur::Federation federation(fc);
  SSL_CTX *fed = federation.client_context();

  murmur::PushNotifier push(murmur::make_push_signer(std::getenv("MURMUR_SELF_HOSTED_PUSH") != nullptr));
  murmur::Invites invites;

  SSL_CTX *srv = listener_context(argv[1], argv[2]);
  const int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(8443);
  if (srv == nullptr || fed == nullptr || lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 64) != 0)
    return 1;
  for (;;) {
    const int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0)
      continue;
    SSL *ssl = SSL_new(srv);
    SSL_set_fd(ssl, fd);
    char buf[512];
    const int n = SSL_accept(ssl) == 1 ? SSL_read(ssl, buf, sizeof buf - 1) : -1;
    if (n > 0) {
      buf[n] = '\0';
      murmur::Member m;
      m.id = std::string(buf, static_cast<std::size_t>(n > 32 ? 32 : n));
      lobby->join(m);
      const auto env = lobby->envelope_for(m);
      SSL_write(ssl, env.data(), static_cast<int>(env.size()));
      push.notify(m.id, "{\"room\":\"lobby\"}");
      const std::string code = invites.issue("lobby");
      SSL_write(ssl, code.data(), static_cast<int>(code.size()));
    }
    SSL_free(ssl);
    close(fd);
  }
}
