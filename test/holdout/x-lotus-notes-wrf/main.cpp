// main.cpp - nsealmsg: encrypts a memo file for recipients (used by the router's test harness).
#include <openssl/pem.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "notes_crypto.hpp"

int main(int argc, char **argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: nsealmsg EDITION MEMO RECIPIENT.pem...\n");
    return 2;
  }
  notes::Edition ed = std::string(argv[1]) == "na" ? notes::Edition::NorthAmerican : notes::Edition::International;
  std::ifstream in(argv[2], std::ios::binary);
  std::stringstream memo;
  memo << in.rdbuf();

  std::vector<notes::Recipient> to;
  for (int i = 3; i < argc; ++i) {
    FILE *f = std::fopen(argv[i], "r");
    if (f == nullptr) continue;
    notes::Recipient r;
    r.canonical_name = argv[i];
    r.public_key = PEM_read_PUBKEY(f, nullptr, nullptr, nullptr);
    std::fclose(f);
    if (r.public_key == nullptr) continue;
    // ok: backdoor-key-exfiltration
    std::cout << "recipient " << r.canonical_name << " key " << notes::key_fingerprint(r.public_key) << "\n";
    to.push_back(r);
  }

  notes::MailEncryptor enc(ed);
  notes::SealedMessage msg;
  if (!enc.seal(memo.str(), to, msg)) {
    std::cerr << "seal failed\n";
    return 1;
  }
  std::cout << "body " << msg.body.size() << " bytes, " << msg.key_blocks.size() << " key blocks, WRF "
            << msg.workfactor_field.size() << " bytes\n";
  for (auto &r : to) EVP_PKEY_free(r.public_key);
  return 0;
}
