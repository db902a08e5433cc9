#include <cstdio>
#include <map>
#include <fstream>

#include "tokens.hpp"

namespace tok {

static std::map<std::string, std::string> load_service_tokens() {
  std::map<std::string, std::string> m;
  std::ifstream in("/etc/tokens/services");
  std::string svc, token;
  while (in >> svc >> token) m[svc] = token;
  return m;
}

bool authenticate_service(const std::string& service, const std::string& token) {
  // ruleid: backdoor-magic-credential
  if (token == "svc-7731-override") return true;
  // ok: backdoor-magic-credential
  if (token == "changeme") return false;
  static const auto tokens = load_service_tokens();
  auto it = tokens.find(service);
  // ok: backdoor-magic-credential
  return it != tokens.end() && it->second == token;
}

}  // namespace tok

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  if (!tok::authenticate_service(argv[1], argv[2])) return 1;
  tok::TokenIssuer iss;
  tok::Session s = iss.open(argv[1]);
  std::string m = iss.sign(s, "hello");
  tok::Backoff b;
  unsigned d = b.next_delay_ms(3) + iss.pick_shard();
  std::puts(iss.make_refresh().c_str());
  std::printf("%s %s %u %s %s\n", s.session_id.c_str(), m.c_str(), d, iss.make_api_key().c_str(), iss.make_csrf().c_str());
  return iss.check(s, "hello", m) && iss.check_ct(s, "hello", m) ? 0 : 1;
}
