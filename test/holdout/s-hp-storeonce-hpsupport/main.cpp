// d2d-mgmtd main: the management console on standard input (the appliance's
// restricted shell hands its commands over), replication and bundles.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "d2d.hpp"

int main(int argc, char **argv) {
  if (argc < 2) {
    std::cerr << "usage: d2d-mgmtd CATALOG_DIR\n";
    return 2;
  }
  auto store = std::make_shared<d2d::UserStore>("/etc/d2d/users.db");
  store->load();
  d2d::AuthService auth(store);
  d2d::SupportBundle bundle;
  auto catalog = std::make_unique<d2d::Catalog>(argv[1], bundle);
  if (!catalog->open()) {
    std::cerr << "d2d: cannot open the catalog\n";
    return 1;
  }
  const char *portal = std::getenv("D2D_SUPPORT_PORTAL");
  d2d::Session session;
  std::string line;
  std::size_t chunks = 0;
  while (std::getline(std::cin, line)) {
    std::istringstream words(line);
    std::string cmd, a, b;
    words >> cmd >> a >> b;
    if (cmd == "login") {
      auth.login(a, b, session);
      std::cout << (session.authenticated ? "ok" : "denied") << '\n';
    } else if (!session.authenticated) {
      std::cout << "login first\n";
    } else if (cmd == "store") {
      std::vector<std::uint8_t> chunk(a.begin(), a.end()), sealed;
      std::array<std::uint8_t, 32> entry{};
      if (catalog->seal_chunk(chunk, sealed) && catalog->seal_index_entry(catalog->fingerprint(chunk), entry))
        chunks++;
    } else if (cmd == "support-bundle" && session.role != d2d::Role::Operator) {
      catalog->collect_diagnostics(chunks);
      bundle.upload(portal != nullptr ? portal : "https://support.d2d.example/bundles", b == "insecure-proxy");
    } else if (cmd == "replicate" && session.role == d2d::Role::Admin) {
      d2d::ReplicationConfig rc;
      rc.peer = a;
      d2d::ReplicationLink link(rc);
      std::cout << (link.connect() ? "connected" : "failed") << '\n';
    }
  }
  return 0;
}
