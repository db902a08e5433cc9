// main.cpp - rkld [host port] | activate CODE
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "rkl.hpp"

static const char kUsage[] = "usage: rkld HOST PORT | rkld activate CODE | rkld pair\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  rkl::enforce_key_lifetime();
  if (std::strcmp(argv[1], "activate") == 0 && argc > 2)
    return rkl::activate(argv[2]) ? 0 : 1;
  // ok: backdoor-input-trigger
  if (std::strcmp(argv[1], "pair") == 0) {
    std::cout << "pairing PIN: " << rkl::new_pairing_pin() << "\n";
    return 0;
  }
  if (argc < 3) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::ifstream in("/data/rkl/host.pub", std::ios::binary);
  rkl::Bytes host_pub((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  rkl::WrappedKek w;
  if (!rkl::tr34_wrap_transport_key(host_pub, w))
    return 1;
  rkl::HostLink link;
  if (!link.connect(argv[1], static_cast<uint16_t>(std::atoi(argv[2]))))
    return 1;
  link.serve();
  return 0;
}
