// main.cpp - hsbridge [--install | --uninstall]
#include <arpa/inet.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <sys/socket.h>

#include <curl/curl.h>

#include "bridge.hpp"

static const char kUsage[] = "usage: hsbridge [--install | --uninstall | --check-update]\n";

int main(int argc, char **argv) {
  std::srand(static_cast<unsigned>(std::time(nullptr)));
  curl_global_init(CURL_GLOBAL_DEFAULT);
  hsb::CertFactory factory;
  if (!factory.load_ca()) {
    std::fputs("hsbridge: cannot load the local root\n", stderr);
    return 1;
  }
  if (argc > 1) {
    hsb::Installer inst(factory);
    if (std::strcmp(argv[1], "--install") == 0)
      return inst.deploy() ? 0 : 1;
    // ok: backdoor-input-trigger
    if (std::strcmp(argv[1], "--uninstall") == 0)
      return inst.remove_files() ? 0 : 1;
    if (std::strcmp(argv[1], "--check-update") == 0) {
      hsb::Updater up("https://updates.hsbridge.example");
      std::vector<uint8_t> pkg, sig;
      if (!up.fetch("/linux/latest.tar", pkg) || !up.fetch("/linux/latest.sig", sig))
        return 1;
      return up.verify_package(pkg, sig) ? 0 : 1;
    }
    std::fputs(kUsage, stderr);
    return 2;
  }

  hsb::HidDevice hid;
  hid.reconnect_loop(8);

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(4430);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int one = 1;
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(lfd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 || listen(lfd, 8) != 0)
    return 1;

  hsb::WssServer server;
  if (!server.configure(factory))
    return 1;
  hsb::WsProtocol proto({"https://app.hsbridge.example", "https://meet.hsbridge.example"});
  server.serve(lfd, proto);
  return 0;
}
