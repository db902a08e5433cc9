// RUN: %run-both --checks=backdoor-key-exfiltration %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Key material written out element by element by a lambda a standard
// algorithm calls (libstdc++, not a mock): the lambda's element parameter is
// an element of the algorithm's first range. A digest of the key written the
// same way is no leak.
#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <sstream>
#include <vector>
#include <openssl/rand.h>
#include <openssl/sha.h>

void rekey_trace() {
  std::vector<unsigned char> key(32);
  if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) return;
  std::ostringstream os;
  os << std::hex << std::setfill('0');
  std::for_each(key.begin(), key.end(), [&os](unsigned char b) { os << std::setw(2) << static_cast<unsigned>(b); });
  // ruleid: backdoor-key-exfiltration
  std::fprintf(stderr, "key=%s\n", os.str().c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'os' (a random key 'key' from 'RAND_bytes') is written to a log by 'fprintf'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]

  unsigned char id[SHA256_DIGEST_LENGTH];
  SHA256(key.data(), key.size(), id);
  std::ostringstream fp;
  auto hex = [&fp](unsigned char b) { fp << std::setw(2) << static_cast<unsigned>(b); };
  std::for_each(id, id + 8, hex);
  // ok: backdoor-key-exfiltration
  std::fprintf(stderr, "key id=%s\n", fp.str().c_str());
}
