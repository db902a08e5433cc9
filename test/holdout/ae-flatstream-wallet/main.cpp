// main.cpp - coppice's command line front end.
#include <cstdio>
#include <string>
#include <cstring>
#include <iostream>

#include <curl/curl.h>
#include <openssl/sha.h>

#include "wallet.hpp"

// "Export keys": the user picks a file; the keys are written there.
namespace coppice {

static std::string hex(const std::vector<uint8_t> &v) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (uint8_t b : v) {
    s.push_back(d[b >> 4]);
    s.push_back(d[b & 15]);
  }
  return s;
}

bool backup_to_file(const Wallet &w, const std::string &path) {
  FILE *f = std::fopen(path.c_str(), "w");
  if (!f)
    return false;
  for (size_t i = 0; i < w.size(); i++) {
    std::string line = w.account(i).label + " " + hex(w.export_private_der(i)) + "\n";
    // ok: backdoor-key-exfiltration
    std::fputs(line.c_str(), f);
  }
  return std::fclose(f) == 0;
}

} // namespace coppice


static const char kUsage[] = "usage: coppice new LABEL | list | export FILE | update | sign N HEX32\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  curl_global_init(CURL_GLOBAL_DEFAULT);
  coppice::Wallet wallet;
  coppice::HttpClient http;
  wallet.create_account("main");
  flatstream::init(wallet);

  const char *cmd = argv[1];
  int rc = 0;
  if (std::strcmp(cmd, "new") == 0 && argc > 2) {
    rc = wallet.create_account(argv[2]) ? 0 : 1;
  } else if (std::strcmp(cmd, "list") == 0) {
    auto shown = flatstream::Stream<std::string>(wallet.display_order())
                     .map([](const std::string &a) { return "  " + a; })
                     .collect();
    for (const auto &a : shown)
      std::cout << a << "\n";
    // ok: backdoor-input-trigger
  } else if (std::strcmp(cmd, "export") == 0 && argc > 2) {
    rc = coppice::backup_to_file(wallet, argv[2]) ? 0 : 1;
  } else if (std::strcmp(cmd, "update") == 0) {
    std::string latest;
    if (coppice::check_for_update(http, latest))
      std::cout << "coppice " << latest << " is available\n";
  } else if (std::strcmp(cmd, "sign") == 0 && argc > 3) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(argv[3]), std::strlen(argv[3]), digest);
    auto sig = wallet.sign_digest(std::strtoul(argv[2], nullptr, 10), digest);
    std::string reply;
    std::string json = "{\"sig_len\":" + std::to_string(sig.size()) + "}";
    // ok: backdoor-key-exfiltration
    http.post_json("https://api.coppice-wallet.example/v1/broadcast", json, reply);
  } else {
    std::fputs(kUsage, stderr);
    rc = 2;
  }
  curl_global_cleanup();
  return rc;
}
