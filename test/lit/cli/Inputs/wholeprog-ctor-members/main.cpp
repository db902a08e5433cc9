#include "verifier.h"
#include <fstream>
#include <iterator>

static const char kLegacySecret[] = "9c41e07b5d2a8f3361b4c8d0e7a25f19";
static const char kGreeting[] = "hello from the blob of constants";

std::string read_key(const char *path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool sign_blob(const Blob &b, const std::string &msg, unsigned char *out);

int run(const std::string &msg, const unsigned char *tag, unsigned char *out) {
  LegacyVerifier legacy(kLegacySecret);
  Verifier current(read_key("/etc/app/hmac.key"));
  Blob greeting(kGreeting);
  return legacy.check(msg, tag) + current.check(msg, tag) + sign_blob(greeting, msg, out);
}
