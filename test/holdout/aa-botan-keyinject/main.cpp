// kis: the injection server's entry point.
#include <iostream>
#include <string>

#include <botan/credentials_manager.h>
#include <botan/tls_server.h>
#include <botan/tls_session_manager.h>
#include <botan/x509_key.h>

#include "kis.hpp"
#include "policy.hpp"

int main(int argc, char **argv) {
  Botan::AutoSeeded_RNG rng;
  kis::AuditLog audit("kis");
  kis::KeyInjectionServer server(rng, audit);
  kis::Housekeeping housekeeping;
  housekeeping.run_daily();

  kis::TerminalCallbacks callbacks;
  kis::TerminalPolicy policy;
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  Botan::Credentials_Manager creds;
  Botan::TLS::Server tls(callbacks, sessions, creds, policy, rng);

  const Botan::DL_Group group = argc > 3 ? kis::legacy_session_group() : kis::session_group();
  std::cout << "session group: " << group.p_bits() << " bits\n";

  if (argc > 2) {
    std::unique_ptr<Botan::Public_Key> terminal(Botan::X509::load_key(std::string(argv[2])));
    const auto wrapped = server.inject_tmk(argv[1], *terminal);
    std::cout << argv[1] << ": " << wrapped.size() << " bytes\n";
    std::string pin;
    std::getline(std::cin, pin);
    const auto salt = rng.random_vec(16);
    const auto pin_key = server.derive_pin_key(pin, std::vector<uint8_t>(salt.begin(), salt.end()));
    const auto block = server.key_block(rng.random_vec(24), pin_key);
    std::cout << "key block " << block.size() << " bytes\n";
  }
  const auto ipek = server.demo_ipek({0xff, 0xff, 0x98, 0x76, 0x54, 0x32, 0x10, 0xe0, 0x00, 0x00});
  std::cout << "demo ipek ready (" << ipek.size() << " bytes)\n";
  return 0;
}
