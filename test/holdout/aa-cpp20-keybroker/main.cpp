// keybroker: command line, wiring of the store, the audit trail and the admin gate.
#include <cstdio>
#include <iostream>
#include <variant>

#include <openssl/pem.h>

#include "broker.hpp"

namespace kb {
std::vector<std::string> replica_order(std::vector<std::string> replicas);
}

namespace {

struct ServeCmd {
  std::optional<std::string> key_dir;
};
struct IssueCmd {
  std::string tenant;
  std::optional<std::string> key_dir;
};
using Command = std::variant<ServeCmd, IssueCmd>;

Command parse(int argc, char **argv) {
  std::optional<std::string> dir;
  for (int i = 1; i + 1 < argc; i++)
    if (std::string_view(argv[i]) == "--key-dir")
      dir = argv[i + 1];
  // ok: backdoor-input-trigger
  if (argc > 2 && std::string_view(argv[1]) == "issue")
    return IssueCmd{argv[2], dir};
  return ServeCmd{dir};
}

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};

EVP_PKEY *load_token_signer(const char *path) {
  FILE *f = std::fopen(path, "r");
  if (f == nullptr)
    return nullptr;
  EVP_PKEY *k = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  return k;
}

}  // namespace

int main(int argc, char **argv) {
  const Command cmd = parse(argc, argv);
  auto store_for = [](const std::optional<std::string> &dir) {
    return dir ? kb::make_file_store(*dir) : kb::make_builtin_store();
  };
  EVP_PKEY *signer = load_token_signer("/etc/keybroker/token-signer.pem");

  return std::visit(
      overloaded{
          [&](const IssueCmd &c) {
            auto store = store_for(c.key_dir);
            kb::KeyBroker broker(*store, kb::make_syslog_audit("keybroker"));
            const kb::Issued k = broker.issue_data_key(c.tenant);
            std::cout << k.tenant << ' ' << k.key_id << ' ' << k.wrapped_by_master.size() << '\n';
            return 0;
          },
          [&](const ServeCmd &c) {
            auto store = store_for(c.key_dir);
            kb::KeyBroker broker(*store, kb::make_syslog_audit("keybroker"));
            kb::AdminGate gate([signer](const std::string &token) {
              const auto dot = token.find('.');
              if (signer == nullptr || dot == std::string::npos)
                return false;
              const std::span<const std::uint8_t> body(
                  reinterpret_cast<const std::uint8_t *>(token.data()), dot);
              const std::span<const std::uint8_t> sig(
                  reinterpret_cast<const std::uint8_t *>(token.data()) + dot + 1, token.size() - dot - 1);
              return kb::verify_request_sig(signer, body, sig);
            });
            kb::TlsOptions opts;
            SSL_CTX *replica = kb::replica_client_ctx(opts);
            SSL_CTX *admin = kb::admin_server_ctx("/etc/keybroker/admin.crt", "/etc/keybroker/admin.key",
                                                  "/etc/keybroker/ops-ca.pem");
            for (const auto &r : kb::replica_order({"kb-a.internal", "kb-b.internal", "kb-c.internal"}))
              std::cout << "replica " << r << '\n';
            std::array<std::uint8_t, 16> nonce;
            kb::make_request_nonce(nonce);
            std::cout << "console token issued: " << kb::new_session_token().size() << " chars\n";
            (void)gate;
            SSL_CTX_free(replica);
            SSL_CTX_free(admin);
            return replica && admin ? 0 : 1;
          },
      },
      cmd);
}
