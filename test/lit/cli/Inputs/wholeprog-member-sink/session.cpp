#include "metrics.h"
#include <openssl/rand.h>

void report(Metrics &m, const std::string &peer) {
  std::vector<unsigned char> key(32);
  RAND_bytes(key.data(), 32);
  m.tag("session_key", to_hex(key));
  m.tag("key_id", key_id(key));
  m.tag("peer", peer);
  m.remember("session_key", to_hex(key));
  m.flush();
}
