// pushd main: reads the delivery queue (one JSON-less line per job) and delivers.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <botan/auto_rng.h>
#include <botan/hex.h>

#include "pushd.hpp"

namespace pushd {
// The shared secret of the first webhook integration; tenants verify sign_v1 with it.
// ruleid: backdoor-secret-literal
WebhookSigner::WebhookSigner() : legacy_secret_("e8ea78a821dc108956679871c531cfeaf35020ba") {}
} // namespace pushd

namespace {
struct Device {
  int firmware_major = 0;
  Botan::SymmetricKey key;
};

std::map<std::string, Device> load_registry(const std::string &path)
{
  std::map<std::string, Device> devices;
  std::ifstream f(path);
  std::string id, key_hex;
  int fw = 0;
  while (f >> id >> fw >> key_hex)
    devices[id] = Device{fw, Botan::SymmetricKey(key_hex)};
  return devices;
}

std::map<std::string, std::string> load_tenants(const std::string &path)
{
  std::map<std::string, std::string> secrets;
  std::ifstream f(path);
  std::string tenant, secret;
  while (f >> tenant >> secret)
    secrets[tenant] = secret;
  return secrets;
}
} // namespace

int main(int argc, char **argv)
{
  const std::string etc = argc > 1 ? argv[1] : "/etc/pushd";
  auto devices = load_registry(etc + "/devices");
  auto tenants = load_tenants(etc + "/tenants");
  Botan::AutoSeeded_RNG rng;
  pushd::WebhookSigner signer;
  std::string kind, target, msg;

  while (std::cin >> kind >> target && std::getline(std::cin, msg)) {
    if (kind == "device") {
      auto it = devices.find(target);
      if (it == devices.end())
        continue;
      auto codec = pushd::codec_for(it->second.firmware_major);
      auto sealed = it->second.firmware_major >= 6
                        ? pushd::seal_envelope_v3(it->second.key, msg, rng)
                        : pushd::seal_payload(*codec, it->second.key, msg, rng);
      std::cout << target << ' ' << Botan::hex_encode(sealed) << '\n';
    } else if (kind == "webhook") {
      auto t = tenants.find(target);
      std::cout << target << ' ' << signer.sign_v1(msg);
      if (t != tenants.end())
        std::cout << ' ' << signer.sign_v2(msg, t->second);
      std::cout << '\n';
    }
  }
  return 0;
}
