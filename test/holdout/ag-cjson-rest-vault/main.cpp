#include <cstdio>
#include <fstream>
#include <iterator>

#include "vault.hpp"

int main(int argc, char **argv) {
  using namespace vaultd;
  std::ifstream kf(argc > 1 ? argv[1] : "/var/lib/vaultd/master.key", std::ios::binary);
  Bytes master((std::istreambuf_iterator<char>(kf)), std::istreambuf_iterator<char>());
  if (master.size() != 32) { std::fprintf(stderr, "vaultd: no master key\n"); return 1; }
  SecretBox box(master);
#ifdef VAULT_TEST_HOOKS
  // ok: backdoor-build-switch
  std::fprintf(stderr, "vaultd: test hooks compiled in (VAULTD_TEST)\n");
#endif
  std::string escrowed = escrow_master_key(master);
  audit("master key escrowed (" + std::to_string(escrowed.size()) + " bytes)");
  HttpServer srv(8200);
  install_routes(srv, box);
  return srv.serve_forever();
}
