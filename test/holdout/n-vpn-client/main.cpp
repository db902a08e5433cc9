// main.cpp - lanyard-cli: settings, the log file and the connect loop.
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include <openssl/ssl.h>

#include "vpn.hpp"

namespace lanyard {

Settings load_settings(const std::string &path) {
  Settings s{
      {"port", "443"},
      {"ca_file", "/etc/lanyard/ca.pem"},
      // ok: backdoor-secret-literal
      {"auth_token_url", "https://login.lanyard-vpn.example/oauth2/token"},
  };
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#')
      continue;
    auto eq = line.find('=');
    if (eq == std::string::npos)
      continue;
    s[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return s;
}

TunnelOptions options_from(const Settings &s) {
  TunnelOptions o;
  auto get = [&s](const std::string &k) -> std::optional<std::string> {
    auto it = s.find(k);
    if (it == s.end())
      return std::nullopt;
    return it->second;
  };
  o.server = get("server").value_or("gw.lanyard-vpn.example");
  o.port = get("port").value_or("443");
  o.ca_file = get("ca_file").value_or("/etc/lanyard/ca.pem");
  if (auto v = get("tls_min"); v && *v == "1.3")
    o.min_tls = TLS1_3_VERSION;
  else if (v && *v == "1.2")
    o.min_tls = TLS1_2_VERSION;
  if (auto c = get("cipher_list"))
    o.cipher_list = *c;
  if (auto t = get("token_file"))
    o.auth = TokenAuth{*t};
  else
    o.auth = CertAuth{get("cert_file").value_or(""), get("key_file").value_or("")};
  o.verbose = get("log_level").value_or("info") == "debug";
  return o;
}

} // namespace lanyard

int main(int argc, char **argv) {
  using namespace lanyard;
  const std::string conf = argc > 1 ? argv[1] : "/etc/lanyard/client.conf";
  Settings settings = load_settings(conf);
  const char *home = std::getenv("HOME");
  std::ofstream logfile(std::string(home ? home : "/tmp") + "/.lanyard/client.log", std::ios::app);

  Tunnel tunnel(options_from(settings));
  tunnel.set_log_fn([&logfile](Level lvl, std::string_view msg) {
    static const char *const names[] = {"trace", "debug", "info", "warn", "error"};
    logfile << names[static_cast<int>(lvl)] << ": " << msg << '\n';
    logfile.flush();
  });

  for (unsigned attempt = 0;; ++attempt) {
    if (tunnel.connect() && tunnel.authenticate()) {
      attempt = 0;
      tunnel.run();
    }
    Diagnostics::instance().note("connection lost, reconnecting");
    std::this_thread::sleep_for(std::chrono::milliseconds(reconnect_delay_ms(attempt)));
  }
}
