//===--- fuzz_sexpr.cpp - libgcrypt S-expression text ---------------------===//
#include "analysis/weak-primitives/SExpr.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef S(reinterpret_cast<const char *>(Data), Size);
  (void)backdoor::gcrySexpFacts(S);
  return 0;
}
