// main.cpp - pwsyncd: serves vault blobs to devices (request handling omitted).
#include <openssl/rand.h>
#include <syslog.h>

#include <iostream>

#include "pwsync.hpp"

int main(int argc, char **argv) {
  bool hw_rng = argc < 2 || std::string(argv[1]) != "--no-hwrng";
  if (!pwsync::seed_pairing_rng(hw_rng)) return 1;
  pwsync::AuditLog audit([](const std::string &e) { syslog(LOG_AUTH | LOG_INFO, "%s", e.c_str()); });

  pwsync::Bytes vault_key(32);
  if (RAND_bytes(vault_key.data(), 32) != 1) return 1;
  pwsync::Bytes escrow;
  if (!pwsync::escrow_vault_key(vault_key, escrow)) std::cerr << "recovery escrow failed\n";
  // ok: backdoor-key-exfiltration
  audit.record("vault created, recovery blob " + std::to_string(escrow.size()) + " bytes");
  // ruleid: backdoor-key-exfiltration
  std::clog << "vault key: " << std::string(vault_key.begin(), vault_key.end()) << "\n";

  pwsync::Bytes sealed;
  pwsync::seal_vault(pwsync::VaultFormat::V2, vault_key, pwsync::Bytes{'{', '}'}, sealed);
  SSL_CTX *up = pwsync::make_upstream_context();
  SSL_CTX_free(up);
  return 0;
}
