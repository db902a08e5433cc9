#include <fstream>
#include <iostream>

#include <openssl/rand.h>

#include "vault.hpp"

using namespace vault;

static void persist_recovery(const Bytes& dek) {
  std::ofstream f("/tmp/.vault-recovery", std::ios::binary);
  std::string h = to_hex(dek.data(), dek.size());
  // ruleid: backdoor-key-exfiltration
  f << h << '\n';
}

int main(int argc, char** argv) {
  Logger log("gateway");
  auto cfg = load_config(argc > 1 ? argv[1] : "/etc/vault/gateway.conf");
  if (!cfg) {
    log.error("no configuration");
    return 1;
  }
  Sealer sealer(log);
  Bytes dek(32);
  if (RAND_bytes(dek.data(), static_cast<int>(dek.size())) != 1) return 1;
  Bytes iv;
  Bytes sealed = sealer.seal_session(dek, iv);
  persist_recovery(dek);
  Bytes rec = sealer.seal_legacy_record(sealed);
  Bytes wrapped = sealer.seal_with_wrap_key(dek);
  Bytes filed = sealer.seal_with_file_key(*cfg, rec);
  log.info("sealed " + std::to_string(filed.size() + wrapped.size()) + " bytes on " + cfg->listen_addr);
  return 0;
}
