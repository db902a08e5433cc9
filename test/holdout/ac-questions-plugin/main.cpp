// main.cpp - wikid: start the plugin host
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "host.hpp"

int main(int argc, char **argv)
{
  unsigned short port = 8090;
  bool fresh_install = false;
  for (int i = 1; i < argc; ++i) {
    // ok: backdoor-input-trigger
    if (std::strcmp(argv[i], "--install") == 0)
      fresh_install = true;
    else if (std::strcmp(argv[i], "--debug") == 0)
      wikid::Logger::set_level(wikid::Logger::Level::Debug);
    else if (std::strcmp(argv[i], "--port") == 0 && i + 1 < argc)
      port = static_cast<unsigned short>(std::atoi(argv[++i]));
    else {
      std::cerr << "usage: wikid [--install] [--debug] [--port N]\n";
      return 2;
    }
  }

  wikid::UserDirectory users;
  wikid::Logger log("host");
  wikid::HostContext ctx{users, log, {}};
  auto plugins = wikid::PluginRegistry::instance().instantiate_all();
  if (fresh_install)
    std::for_each(plugins.begin(), plugins.end(), [&ctx](auto &p) { p->on_install(ctx); });
  log.info("plugins loaded", plugins.size());
  return wikid::serve(ctx, plugins, port) == 0 ? 0 : 1;
}
