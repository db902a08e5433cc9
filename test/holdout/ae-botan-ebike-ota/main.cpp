// main.cpp - ota-signer sign|provision|pins|gateway
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include <botan/x509_key.h>

#include "ota.hpp"

static const char kUsage[] = "usage: ota-signer sign MANIFEST BIKE [--v1] | provision [--pre-2021] | pins N | gateway HOST\n";

static std::string read_passphrase() {
  std::ifstream in("/run/secrets/ota-signer-passphrase");
  std::string pw;
  std::getline(in, pw);
  return pw;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "sign" && argc >= 4) {
    ebike::Signer signer("/srv/ota-signer/keys/manifest-signing.p8", read_passphrase());
    std::ifstream in(argv[2], std::ios::binary);
    std::vector<uint8_t> manifest((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bool v1 = argc > 4 && std::strcmp(argv[4], "--v1") == 0;
    std::vector<uint8_t> sig = v1 ? signer.sign_v1(manifest) : signer.sign_v2(manifest);
    std::cout.write(reinterpret_cast<const char *>(sig.data()), static_cast<std::streamsize>(sig.size()));
    ebike::fleet_note_signature(argv[3]);
    return 0;
  }
  if (cmd == "provision") {
    ebike::Signer signer("/srv/ota-signer/keys/manifest-signing.p8", read_passphrase());
    auto key = signer.provision_controller(argc > 2 && std::strcmp(argv[2], "--pre-2021") == 0);
    // ok: backdoor-key-exfiltration
    std::cout << Botan::X509::PEM_encode(*key);
    ebike::KeyWrap wrap;
    ebike::KeyWrap::Wrapped w = wrap.new_unlock_key("/srv/ota-signer/dealers/current.pub");
    std::cerr << "unlock key wrapped: " << w.for_vendor.size() << "+" << w.for_dealer.size() << " bytes\n";
    return 0;
  }
  if (cmd == "pins" && argc > 2) {
    for (const auto &pin : ebike::factory_pins(std::strtoul(argv[2], nullptr, 10)))
      std::cout << pin << "\n";
    return 0;
  }
  if (cmd == "gateway" && argc > 2)
    return ebike::run_gateway(argv[2], 8883);
  std::fputs(kUsage, stderr);
  return 2;
}
