//===--- fuzz_cache_entry.cpp - the result cache's entry reader ------------===//
// Any bytes in place of a stored cache entry: served only when valid, never a
// crash. The entry's file is found by storing one real entry first, so the
// harness does not depend on how keys map to file names.
#include "Cache.h"
#include "FuzzCommon.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>

using namespace backdoor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static std::string Dir = fuzz::scratchDir() + "/cache";
  static ResultCache Cache(Dir, "fuzz-salt");
  static std::string Key, Entry;
  if (Entry.empty()) {
    std::string Src = fuzz::scratchDir() + "/unit.c";
    {
      std::error_code EC;
      llvm::raw_fd_ostream OS(Src, EC);
      OS << "int main(void) { return 0; }\n";
    }
    clang::tooling::CompileCommand Cmd(fuzz::scratchDir(), Src, {"clang", "-c", Src}, "");
    auto K = Cache.key(Src, {Cmd}, "");
    if (!K) std::abort();
    Key = *K;
    CachedResult R;
    UnitInputs In;
    In.Files[Src] = "0"; // what the unit read (store() keeps nothing without it)
    Cache.store(Key, In, R);
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC))
      if (It->type() == llvm::sys::fs::file_type::regular_file) Entry = It->path();
    if (Entry.empty()) std::abort();
  }
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Entry, EC);
    if (EC) std::abort();
    OS.write(reinterpret_cast<const char *>(Data), Size);
  }
  if (std::optional<CachedResult> R = Cache.lookup(Key)) {
    for (const Finding &F : R->Findings) (void)F.Rule.size();
  }
  return 0;
}
