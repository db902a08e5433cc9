//===--- FuzzCommon.cpp - shared pieces of the libFuzzer harnesses --------===//
#include "FuzzCommon.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

namespace backdoor {
namespace fuzz {

std::string scratchDir() {
  static std::string Dir = [] {
    llvm::SmallString<128> D;
    if (llvm::sys::fs::createUniqueDirectory("backdoor-fuzz", D)) std::abort();
    std::string S(D);
    static std::string ToRemove = S;
    std::atexit([] { llvm::sys::fs::remove_directories(ToRemove); });
    return S;
  }();
  return Dir;
}

} // namespace fuzz
} // namespace backdoor
