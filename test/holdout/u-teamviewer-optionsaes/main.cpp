// tvagent command line: "tvagent daemon", "tvagent passwd NEW", "tvagent info".
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "tv.hpp"

namespace {
const char kUsage[] =
    "usage: tvagent daemon | passwd NEWPASSWORD | info | restart\n";
const char kConf[] = "/opt/tvagent/config/global.conf";
}  // namespace

int main(int argc, char **argv) {
  tv::SettingsStore settings;
  settings.load(kConf);
  tv::Logger log("/var/log/tvagent/agent.log");
  log.level = settings.integer("Logging_Level", 3);
  tv::PasswordVault vault(settings);

  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (std::strcmp(argv[1], "passwd") == 0 && argc == 3) {
    vault.set_unattended_password(argv[2]);
    return settings.save(kConf) ? 0 : 1;
  }
  if (std::strcmp(argv[1], "info") == 0) {
    std::cout << "ID: " << settings.integer("ClientID", 0) << "\n";
    return 0;
  }
  // ok: backdoor-input-trigger
  if (std::strcmp(argv[1], "restart") == 0)
    return std::system("systemctl restart tvagentd") == 0 ? 0 : 1;

  tv::SessionCrypto crypto(log, settings.integer("Compat_ProtocolV10", 0) != 0);
  if (!crypto.generate_identity()) {
    log.info("identity key generation failed");
    return 1;
  }
  tv::PartnerAuth auth(vault);
  std::cout << "session password: " << auth.new_session_password() << std::endl;
  tv::Updater updater(log, vault, settings);
  tv::Bytes pkg, sig;
  if (updater.fetch("https://download.tvagent.example/linux/agent.deb", pkg) && updater.fetch("https://download.tvagent.example/linux/agent.deb.sig", sig) && !updater.verify(pkg, sig))
    log.info("update signature invalid");
  return 0;
}
