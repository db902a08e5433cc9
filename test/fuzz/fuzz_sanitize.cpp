//===--- fuzz_sanitize.cpp - the compile-command sanitiser -----------------===//
// The input, split at NUL bytes, is a compile command from a hostile
// database: a sanitised command and reasons for what was dropped, never a
// crash. (What must not survive is tested by the lit and unit tests.)
#include "Sanitize.h"
#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::vector<std::string> Args;
  llvm::StringRef S(reinterpret_cast<const char *>(Data), Size);
  while (!S.empty()) {
    auto [Arg, Rest] = S.split('\0');
    Args.push_back(Arg.str());
    S = Rest;
  }
  std::vector<backdoor::DroppedFlag> Dropped;
  std::vector<std::string> Out = backdoor::sanitizeCommand(Args, Dropped);
  for (const backdoor::DroppedFlag &D : Dropped) (void)D.Why.size();
  (void)Out;
  (void)backdoor::usesModuleCache(Args);
  return 0;
}
