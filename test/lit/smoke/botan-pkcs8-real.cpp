// Botan's PKCS8::load_key through the real headers: its overloads put the
// passphrase second or third ((source, pass), (source|filename, rng,
// pass)), so the catalog names the parameters. A literal passphrase is a
// hardcoded password whichever overload takes it; the random generator in
// second place and a passphrase from the environment are not.
// REQUIRES: botan-headers
// RUN: %run-both --checks=backdoor-magic-credential %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <botan/data_src.h>
#include <botan/pkcs8.h>
#include <botan/system_rng.h>
#include <cstdlib>
#include <memory>
#include <string>

std::unique_ptr<Botan::Private_Key> from_env(const std::string &path, Botan::RandomNumberGenerator &rng) {
  const char *pass = std::getenv("KEY_PASSPHRASE");
  if (!pass) return nullptr;
  // ok: backdoor-magic-credential
  return std::unique_ptr<Botan::Private_Key>(Botan::PKCS8::load_key(path, rng, std::string(pass)));
}

std::unique_ptr<Botan::Private_Key> from_file(const std::string &path, Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-magic-credential
  return std::unique_ptr<Botan::Private_Key>(Botan::PKCS8::load_key(path, rng, "relsign-2019"));
  // CHECK-MESSAGES: :[[@LINE-1]]:80: warning: a hardcoded password reaches the password of 'load_key'; anyone with the binary knows it [backdoor-magic-credential]
}

std::unique_ptr<Botan::Private_Key> from_memory(Botan::DataSource &src) {
  // ruleid: backdoor-magic-credential
  return Botan::PKCS8::load_key(src, std::string("relsign-2019"));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: a hardcoded password reaches the password of 'load_key'; anyone with the binary knows it [backdoor-magic-credential]
}
