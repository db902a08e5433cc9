// main.cpp: lpv, the command-line front end of the vault core.
#include "vault.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <syslog.h>
#include <termios.h>
#include <unistd.h>

namespace {

const char kUsage[] = "usage: lpv login USER | show USER FIELD... | generate [LENGTH] | diag USER\n";

std::string read_password(const char *prompt) {
  termios old{}, quiet{};
  std::string pw;
  std::fputs(prompt, stderr);
  const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
  if (tty) {
    quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::getline(std::cin, pw);
  if (tty)
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
  std::fputs("\n", stderr);
  return pw;
}

std::string server_base() {
  // ok: backdoor-hidden-bypass
  if (const char *env = std::getenv("LPV_SERVER"))
    return env;
  return lpv::Settings::instance().get("server.base");
}

int cmd_show(lpv::Session &session, int argc, char **argv) {
  auto backend = lpv::make_openssl_backend();
  lpv::ItemCodec codec(*backend);
  for (int i = 3; i < argc; ++i) {
    std::string plain;
    if (!codec.decrypt_field(argv[i], session.vault_key(), plain)) {
      std::cerr << "cannot decrypt field " << i - 2 << "\n";
      return 1;
    }
    std::cout << plain << "\n";
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  lpv::Settings::instance().load(std::string(std::getenv("HOME") ? std::getenv("HOME") : ".") +
                                 "/.config/lpvault/settings.ini");
  const std::string cmd = argv[1];
  if (cmd == "generate") {
    const size_t len = argc > 2 ? std::strtoul(argv[2], nullptr, 10)
                                : static_cast<size_t>(lpv::Settings::instance().get_int("pwgen.length", 20));
    std::cout << lpv::generate_password(len, lpv::Settings::instance().get_int("pwgen.symbols", 1) != 0)
              << "\n";
    return 0;
  }
  if (argc < 3) {
    std::cerr << kUsage;
    return 2;
  }
  lpv::ApiClient api(server_base());
  lpv::Session session(api);
  const std::string password = read_password("Master password: ");
  bool ok = false;
  for (unsigned attempt = 0; attempt < 3 && !ok; ++attempt) {
    ok = session.login(argv[2], password);
    if (!ok)
      usleep(1000 * lpv::retry_backoff_ms(attempt));
  }
  if (!ok && !session.unlock_offline(argv[2], password)) {
    std::cerr << "login failed\n";
    return 1;
  }
  if (cmd == "login") {
    std::cout << (session.online() ? "logged in\n" : "unlocked offline\n");
    return 0;
  }
  if (cmd == "show")
    return cmd_show(session, argc, argv);
  if (cmd == "diag") {
    lpv::Diagnostics diag;
    openlog("lpv", LOG_PID, LOG_USER);
    diag.set_debug_log([](const std::string &line) { syslog(LOG_DEBUG, "%s", line.c_str()); });
    diag.add_session(session);
    std::cout << diag.report();
    return 0;
  }
  std::cerr << kUsage;
  return 2;
}
