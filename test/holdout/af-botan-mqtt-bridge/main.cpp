// main.cpp: plantlinkd.
#include "bridge.hpp"

#include <arpa/inet.h>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace {
const char kUsage[] = "usage: plantlinkd [--replay] [--port N] [--uplink HOST]\n";

// Gateways with certificates come through the local stunnel, which sends
// one line "DN <subject>" before the MQTT stream.
std::string stunnel_subject(int fd, const sockaddr_in &from) {
  std::string line;
  char c = 0;
  if (from.sin_addr.s_addr != htonl(INADDR_LOOPBACK))
    return line;
  while (line.size() < 512 && recv(fd, &c, 1, 0) == 1 && c != '\n')
    line.push_back(c);
  return line.rfind("DN ", 0) == 0 ? line.substr(3) : std::string();
}
} // namespace

int main(int argc, char **argv) {
  bool replay = false;
  int port = 1883;
  std::string uplink_host = "ingest.example.net";
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--replay") == 0)
      replay = true;
    else if (std::strcmp(argv[i], "--port") == 0 && i + 1 < argc)
      port = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--uplink") == 0 && i + 1 < argc)
      uplink_host = argv[++i];
    else {
      std::cerr << kUsage;
      return 2;
    }
  }
  auto events = plantlink::make_syslog_exporter("plantlinkd");
  auto rng = plantlink::make_rng(replay);
  plantlink::PayloadCrypter crypter(*rng, *events);

  const int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(lfd, 64) != 0) {
    events->emit("cannot listen");
    return 1;
  }
  events->emit("plantlinkd up, uplink " + uplink_host);
  for (;;) {
    sockaddr_in from{};
    socklen_t flen = sizeof from;
    const int fd = accept(lfd, reinterpret_cast<sockaddr *>(&from), &flen);
    if (fd < 0)
      continue;
    std::thread([fd, from] {
      plantlink::serve_client(fd, stunnel_subject(fd, from));
      close(fd);
    }).detach();
  }
}
