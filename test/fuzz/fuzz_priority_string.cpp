//===--- fuzz_priority_string.cpp - GnuTLS priority strings ----------------===//
#include "analysis/tls/Tls.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef S(reinterpret_cast<const char *>(Data), Size);
  (void)backdoor::listSome(backdoor::weakPriorityElements(S));
  return 0;
}
