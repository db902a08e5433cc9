// bmsgw main: read the site configuration, poll the controllers, ship telemetry.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include "gateway.hpp"

namespace {
bms::SiteKey load_site_key(const char *path)
{
  bms::SiteKey k;
  std::ifstream f(path, std::ios::binary);
  if (f.read(reinterpret_cast<char *>(k.bytes.data()), k.bytes.size()))
    k.provisioned = true;
  return k;
}

int dial(const std::string &ip, int port)
{
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(static_cast<uint16_t>(port));
  if (inet_pton(AF_INET, ip.c_str(), &sa.sin_addr) != 1)
    return -1;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd >= 0 && connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
    close(fd);
    fd = -1;
  }
  return fd;
}
} // namespace

int main()
{
  wolfSSL_Init();
  const bms::SiteKey site = load_site_key("/etc/bmsgw/site.key");
  bms::TelemetrySealer sealer(site);
  WOLFSSL_CTX *hub = bms::hub_server_ctx("/etc/bmsgw/hub.pem", "/etc/bmsgw/hub.key");
  WOLFSSL_CTX *ui = bms::ui_server_ctx("/etc/bmsgw/ui.pem", "/etc/bmsgw/ui.key");
  if (hub == nullptr || ui == nullptr)
    return 1;

  std::ifstream list("/etc/bmsgw/controllers");
  std::string ip;
  int gen = 2;
  std::vector<std::unique_ptr<bms::ControllerLink>> links;
  while (list >> ip >> gen) {
    auto link = std::make_unique<bms::ControllerLink>(
        ip, gen == 1 ? bms::Generation::kGen1 : bms::Generation::kGen2);
    int fd = dial(ip, 47808);
    if (fd >= 0 && link->open(fd))
      links.push_back(std::move(link));
  }
  for (;;) {
    for (auto &l : links) {
      uint8_t buf[1024];
      int n = l->read(buf, sizeof buf);
      if (n <= 0)
        continue;
      auto frame = sealer.seal(std::vector<uint8_t>(buf, buf + n));
      std::cout.write(reinterpret_cast<const char *>(frame.data()),
                      static_cast<std::streamsize>(frame.size()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(sealer.next_poll_ms()));
  }
}
