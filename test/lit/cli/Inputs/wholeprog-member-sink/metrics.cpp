#include "metrics.h"
#include <openssl/sha.h>
#include <sys/socket.h>

std::string key_id(const std::vector<unsigned char> &key) {
  unsigned char d[32];
  SHA256(key.data(), key.size(), d);
  return to_hex(std::vector<unsigned char>(d, d + 8));
}

void Metrics::tag(const std::string &name, const std::string &value) { tags_[name] = value; }

void Metrics::remember(const std::string &name, const std::string &value) { local_[name] = value; }

void Metrics::flush() {
  std::string line;
  for (const auto &t : tags_)
    line += t.first + ":" + t.second + ",";
  std::string out = "app.flush:" + std::to_string(count()) + "|c|#" + line;
  send(fd_, out.data(), out.size(), 0);
}

unsigned Metrics::count() const { return unsigned(local_.size() + tags_.size()); }
