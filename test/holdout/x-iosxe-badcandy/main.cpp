// main.cpp - webui daemon: accepts HTTPS connections on the management VRF.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "webui.hpp"

namespace {

void serve(int fd, const webui::PeerInfo &peer, const webui::ServerConfig &cfg) {
  webui::HttpRequest req;
  if (!webui::read_request(fd, req)) return;
  webui::HttpResponse res = webui::route(req, peer, cfg);
  std::string out = "HTTP/1.1 " + std::to_string(res.status) + " OK\r\nContent-Type: " + res.content_type +
                    "\r\nContent-Length: " + std::to_string(res.body.size()) + "\r\n\r\n" + res.body;
  (void)send(fd, out.data(), out.size(), 0);
}

}  // namespace

int main(int argc, char **argv) {
  webui::ServerConfig cfg;
  cfg.cert_file = argc > 1 ? argv[1] : "/bootflash/webui.crt";
  cfg.key_file = argc > 2 ? argv[2] : "/bootflash/webui.key";
  const char *secret = std::getenv("WEBUI_ENABLE_SECRET");
  cfg.enable_secret_hash = secret ? secret : "";
  cfg.cslr_url = "https://smartreceiver.cisco.com/licservice/license";

  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(8080);
  if (lfd < 0 || bind(lfd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || listen(lfd, 16) != 0) return 1;
  openlog("webui", LOG_PID, LOG_DAEMON);
  for (;;) {
    sockaddr_in peer_addr{};
    socklen_t len = sizeof peer_addr;
    int fd = accept(lfd, reinterpret_cast<sockaddr *>(&peer_addr), &len);
    if (fd < 0) continue;
    char text[INET_ADDRSTRLEN] = "";
    inet_ntop(AF_INET, &peer_addr.sin_addr, text, sizeof text);
    webui::PeerInfo peer{text, ntohs(peer_addr.sin_port)};
    // ok: backdoor-trusted-identity
    if (peer.address == "127.0.0.1") syslog(LOG_DEBUG, "local web UI request");
    serve(fd, peer, cfg);
    close(fd);
  }
}
