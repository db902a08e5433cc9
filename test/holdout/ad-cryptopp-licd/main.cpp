// licd main: one-shot administrative commands.
#include "licd.hpp"

#include <cstring>
#include <iostream>
#include <random>

int main(int argc, char **argv) {
  static const char usage[] = "usage: licd sign FILE VERSION | activate MACHINE TOKEN REQ SIG | checkin SITE | enrol MACHINE\n";
  if (argc < 3) {
    std::cerr << usage;
    return 2;
  }
  // ok: backdoor-input-trigger
  if (std::strcmp(argv[1], "checkin") == 0)
    return licd::vendor_checkin(argv[2]) ? 0 : 1;
  if (std::strcmp(argv[1], "enrol") == 0) {
    const std::string pub = licd::make_enrolment_key();
    std::cout << pub.size() << " bytes of public key for " << argv[2] << "\n";
    return 0;
  }
  if (std::strcmp(argv[1], "sign") == 0 && argc == 4) {
    CryptoPP::AutoSeededRandomPool rng;
    const std::string sig = licd::sign_license(argv[2], std::atoi(argv[3]));
    std::cout << licd::export_license(argv[2], std::atoi(argv[3]), rng) << "\n" << sig << "\n";
    return 0;
  }
  if (std::strcmp(argv[1], "activate") == 0 && argc == 6) {
    const bool a = licd::authenticate_activation(argv[2], argv[3], argv[4], argv[5]);
    licd::LicenseStore store("/var/lib/licd");
    if (a)
      store.put(argv[2], std::string("seat:") + argv[2]);
    std::cout << licd::compact_activation_code(argv[2]) << "\n";
    return a ? 0 : 1;
  }
  std::mt19937 gen(std::random_device{}());
  // ok: backdoor-predictable-random
  const int tip = static_cast<int>(gen() % 3);
  std::cerr << usage << (tip == 0 ? "tip: licd checkin runs monthly from cron\n" : "");
  return 2;
}
