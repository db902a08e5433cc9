// main.cpp - quill-cli: a thin command line over the core library.
#include <iostream>
#include <string>

#include <sodium.h>

#include "pwv.hpp"

int main(int argc, char **argv) {
  if (sodium_init() < 0)
    return 1;
  quill::Settings settings;
  if (const char *home = std::getenv("HOME"))
    settings.load_user_file(std::string(home) + "/.quill/settings.conf");
  quill::Vault vault(settings);
  const std::string cmd = argc > 1 ? argv[1] : "help";
  if (cmd == "generate") {
    std::cout << quill::generate_password({.length = 24, .symbols = true}) << '\n';
    return 0;
  }
  if (cmd == "unlock-pin" && argc > 2) {
    if (vault.quick_unlock(argv[2]) != quill::UnlockResult::Ok)
      return 1;
    quill::expose_to_browser_helper(vault);
    return 0;
  }
  std::cerr << "usage: quill-cli generate | unlock-pin PIN\n";
  return 2;
}
