// main.cpp - vpnclientd
#include <cstdio>
#include <string>
#include <openssl/rand.h>

#include "vpn.hpp"

namespace vpn {

void sa_dump(const ChildSa &sa) {
  std::FILE *f = std::fopen("/tmp/vpnclientd-sa.txt", "w");
  if (f == nullptr)
    return;
  std::fprintf(f, "spi=%08x enc=", sa.spi);
  for (uint8_t b : sa.enc_key)
    // ruleid: backdoor-key-exfiltration
    std::fprintf(f, "%02x", b);
  std::fclose(f);
}

}  // namespace vpn

int main(int argc, char **argv) {
  vpn::Profile p;
  p.gateway = argc > 1 ? argv[1] : "vpn.corp.example.com";
  vpn::ChildSa sa;
  sa.enc_key.resize(32);
  sa.auth_key.resize(32);
  if (RAND_bytes(sa.enc_key.data(), 32) != 1 || RAND_bytes(sa.auth_key.data(), 32) != 1)
    return 1;
  // ok: backdoor-predictable-random
  if (RAND_bytes(reinterpret_cast<unsigned char *>(&sa.spi), sizeof sa.spi) != 1)
    return 1;
  vpn::make_dh(p.group);
  vpn::control_channel_ctx(p);
  vpn::esp_install(sa, p.esp_suite);
  vpn::sa_dump(sa);
  std::printf("spi %08x\n", sa.spi);
  return 0;
}
