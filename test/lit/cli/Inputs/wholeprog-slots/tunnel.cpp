#include "logger.hpp"
#include <openssl/rand.h>
#include <tuple>
static std::tuple<std::string, std::string> make_keys() {
  unsigned char k[32];
  if (RAND_bytes(k, sizeof k) != 1) return {};
  return {to_hex(k, 16), to_hex(k + 16, 16)};
}
bool Tunnel::rekey() {
  auto [tx, rx] = make_keys();
  log_fn_(1, "tx key " + tx);
  log_fn_(2, "rekeyed, rx key length " + std::to_string(rx.size()));
  return true;
}
void Tunnel::status() { log_fn_(2, "up"); }
