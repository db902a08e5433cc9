// main.cpp - the launcher's update flow.
#include <sodium.h>
#include <unistd.h>

#include <iostream>

#include "launcher.hpp"

int main(int argc, char **argv) {
  if (sodium_init() < 0) return 1;
  launcher::Settings s;
  s.install_dir = argc > 1 ? argv[1] : "/opt/example-game";
  s.save_key_path = s.install_dir + "/saves/.key";
  s.beta_channel = argc > 2;
  if (!launcher::beta_still_valid(s)) return 2;

  launcher::Manifest m;
  for (int attempt = 0; attempt < 5; ++attempt) {
    if (launcher::fetch_manifest(s, attempt >= 2, m)) break;
    usleep(static_cast<useconds_t>(launcher::retry_delay_ms(attempt)) * 1000u);
  }
  if (!launcher::verify_manifest(m)) {
    std::cerr << "manifest signature invalid\n";
    return 3;
  }
  std::cout << "manifest " << m.etag << " ok, overlay session " << launcher::new_session_token().size() << " chars\n";
  return 0;
}
