//===--- fuzz_cipher_string.cpp - OpenSSL cipher lists ---------------------===//
#include "FuzzCommon.h"
#include "analysis/tls/Tls.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  return backdoor::fuzz::loadCatalogAtStart();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const backdoor::Catalog &Cat = backdoor::fuzz::bundledCatalog();
  llvm::StringRef S(reinterpret_cast<const char *>(Data), Size);
  backdoor::CipherStringResult R = backdoor::parseCipherString(S, Cat);
  std::vector<std::string> Weak;
  for (const backdoor::TlsSuite *T : R.Enabled) {
    std::string Why = backdoor::weakSuiteReason(*T);
    if (!Why.empty()) Weak.push_back(Why);
  }
  (void)backdoor::listSome(Weak);
  return 0;
}
