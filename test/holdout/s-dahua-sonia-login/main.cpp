// sonia main: the account database, the HTTP listener and the P2P service.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

#include "sonia.hpp"

namespace {

EVP_PKEY *load_device_key(const char *path) {
  std::FILE *f = std::fopen(path, "r");
  if (f == nullptr)
    return nullptr;
  // ok: backdoor-hardcoded-key
  EVP_PKEY *k = PEM_read_PrivateKey(f, nullptr, nullptr, nullptr);
  std::fclose(f);
  return k;
}

}  // namespace

int main(int argc, char **argv) {
  const char *config_dir = argc > 1 ? argv[1] : "/mnt/mtd/Config";
  auto db = std::make_shared<sonia::AccountDb>(std::string(config_dir) + "/Account1", "Login to 4M0A1B2PAZ");
  if (!db->load())
    std::clog << "sonia: empty account database, first-boot wizard required\n";
  sonia::LoginService login(db);
  sonia::ConfigExport exporter(config_dir);
  sonia::Router router(login, exporter);

  if (EVP_PKEY *dev = load_device_key("/mnt/mtd/Config/device.key")) {
    sonia::P2PClient p2p("p2p-relay.easy4ip.example", 8800);
    p2p.register_device("4M0A1B2PAZ00431", dev);
    EVP_PKEY_free(dev);
  }

  const int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(80);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 16) != 0)
    return 1;
  for (;;) {
    const int fd = accept(lfd, nullptr, nullptr);
    if (fd < 0)
      continue;
    router.serve(fd);
    close(fd);
  }
}
