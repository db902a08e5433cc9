// otacampd main.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <iostream>

#include "ota.hpp"

int main(int argc, char **argv) {
  bool legacy = false, simulate = false;
  std::string keys_dir = "/var/lib/otacampd/keys";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--legacy-gateways") == 0)
      legacy = true;
    else if (std::strcmp(argv[i], "--simulate") == 0)
      simulate = true;
    else if (std::strcmp(argv[i], "--keys") == 0 && i + 1 < argc)
      keys_dir = argv[++i];
  }
  ota::ManifestSigner signer(keys_dir + "/campaign-signing.der");
  ota::escrow_signing_key(signer, keys_dir + "/recovery.bin");
  if (simulate) {
    const auto fleet = ota::simulated_device_keys(10000, true);
    std::cout << "simulated " << fleet.size() << " devices\n";
  }
  ota::Housekeeping hk(keys_dir);
  const int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(8883);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 64) != 0)
    return 1;
  for (;;) {
    const int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0)
      continue;
    ota::run_tls_endpoint(fd, legacy);
    close(fd);
    hk.tick();
  }
}
