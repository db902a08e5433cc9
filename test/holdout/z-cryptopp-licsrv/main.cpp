#include <algorithm>
#include <cryptopp/randpool.h>
#include <iostream>
#include <random>
#include "lic.hpp"

int main(int argc, char **argv) {
  // ok: backdoor-constant-seed
  CryptoPP::AutoSeededRandomPool rng;
  lic::LicenceSigner signer(rng);
  lic::Licence l{"ACME GmbH", "cadpro", 25, 1893456000};
  std::string sig = signer.sign(l);
  std::string key = lic::new_licence_key();
  auto src = lic::make_key_source(argc > 1 ? argv[1] : "");
  std::string tag = lic::activation_tag(*src, "machine-0042");
  std::cout << key << " " << sig.size() << " " << lic::activation_ok(*src, "machine-0042", tag) << "\n";

  CryptoPP::SecByteBlock dbkey(32);
  rng.GenerateBlock(dbkey, dbkey.size());
  std::cout << lic::seal_customer(l.customer, dbkey, argc > 2).size() << "\n";

  std::vector<std::string> mirrors = {"eu1", "eu2", "us1"};
  std::minstd_rand shuffle_gen(static_cast<unsigned>(mirrors.size()));
  // ok: backdoor-predictable-random
  std::shuffle(mirrors.begin(), mirrors.end(), shuffle_gen);
  std::for_each(mirrors.begin(), mirrors.end(), [](const std::string &m) { std::cout << m << "\n"; });
  return lic::portal_login("admin", argc > 3 ? argv[3] : "") ? 0 : 1;
}
