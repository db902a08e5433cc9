// keyring command line.
#include <sodium.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "vault.hpp"

namespace {
const char kUsage[] =
    "usage: keyring open VAULT | keyring native-host VAULT | keyring gen [N] | keyring lua-console\n";

kr::Vault *g_vault;

void on_crash(int sig) {
  if (g_vault != nullptr)
    kr::write_crash_report(*g_vault, sig == SIGSEGV ? "SIGSEGV" : "SIGABRT");
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}
}  // namespace

int main(int argc, char **argv) {
  if (sodium_init() < 0 || argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  kr::Vault vault;
  g_vault = &vault;
  std::signal(SIGSEGV, on_crash);
  std::signal(SIGABRT, on_crash);
  kr::PluginHost plugins;
  plugins.load_plugins(std::string(std::getenv("HOME") ? std::getenv("HOME") : "/") + "/.config/keyring/plugins");
  if (std::strcmp(argv[1], "gen") == 0) {
    std::cout << kr::generate_password(argc > 2 ? static_cast<std::size_t>(std::atoi(argv[2])) : 20, true) << "\n";
    return 0;
  }
  // ok: backdoor-input-trigger
  if (std::strcmp(argv[1], "lua-console") == 0) {
    std::string line;
    while (std::getline(std::cin, line))
      plugins.run_script(line);
    return 0;
  }
  if (argc < 3 || !vault.load(argv[2])) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (std::strcmp(argv[1], "native-host") == 0) {
    kr::Bytes pairing(crypto_auth_KEYBYTES);
    std::FILE *f = std::fopen((std::string(argv[2]) + ".pairing").c_str(), "rb");
    if (f == nullptr || std::fread(pairing.data(), 1, pairing.size(), f) != pairing.size())
      return 1;
    std::fclose(f);
    kr::NativeHost host(vault, plugins, pairing);
    kr::Message m;
    while (host.read_message(m))
      host.handle(m);
    return 0;
  }
  std::string pw;
  std::cerr << "master password: ";
  std::getline(std::cin, pw);
  if (!vault.unlock(pw)) {
    std::cerr << "wrong master password\n";
    return 1;
  }
  std::cout << vault.entries().size() << " entries\n";
  return 0;
}
