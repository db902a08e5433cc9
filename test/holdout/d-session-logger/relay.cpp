#include "session.h"
#include <cstdio>
#include <cstring>
#include <syslog.h>

static void announce_child(int fd, const std::vector<uint8_t> &child) {
  std::string msg = "CHILD ";
  msg.append(hex_encode(child));
  // ruleid: backdoor-key-exfiltration
  send_all(fd, msg);
}

int main(int argc, char **argv) {
  SessionKeys keys;
  if (!keys.ok())
    return 1;
  bool debug = argc > 1 && strcmp(argv[1], "-d") == 0;
  if (debug) {
    keys.dump_debug();
    keys.dump_to_file();
  }
  keys.dump_fingerprint();
  keys.trace_nonce();
  auto exp = make_syslog_exporter();
  keys.export_to(*exp);
  std::vector<uint8_t> child;
  if (keys.derive_child("relay/upstream", child))
    announce_child(4, child);
  // ok: backdoor-key-exfiltration
  logf(LOG_INFO, "relay up, %zu-byte child key derived", child.size());
  return 0;
}
