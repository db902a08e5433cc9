//===--- PluginGuard.cpp - refuse to run inside another LLVM major -------===//
//
// Compiled only into the clang-tidy plugin. A plugin built for one LLVM major
// and loaded into a clang-tidy of another registers its checks and then
// silently reports nothing; this stops at load time with a clear message.
//
//===----------------------------------------------------------------------===//
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <link.h>

namespace {

int findLoadedMajor(struct dl_phdr_info *Info, size_t, void *Data) {
  const char *Name = Info->dlpi_name;
  if (!Name) return 0;
  for (const char *Lib : {"libclang-cpp.so.", "libLLVM.so.", "libLLVM-"}) {
    const char *P = std::strstr(Name, Lib);
    if (!P) continue;
    int Major = std::atoi(P + std::strlen(Lib));
    if (Major > 0) {
      *static_cast<int *>(Data) = Major;
      return 1;
    }
  }
  return 0;
}

struct Guard {
  Guard() {
    int Major = 0;
    dl_iterate_phdr(findLoadedMajor, &Major);
    if (Major > 0 && Major != BACKDOOR_LLVM_MAJOR) {
      std::fprintf(stderr,
                   "error: backdoor-scan plugin was built for LLVM %d but is loaded into "
                   "clang-tidy of LLVM %d; its checks would report nothing. Use "
                   "clang-tidy-%d, or build the plugin with -DBACKDOOR_LLVM_MAJOR=%d\n",
                   BACKDOOR_LLVM_MAJOR, Major, BACKDOOR_LLVM_MAJOR, Major);
      std::fflush(stderr);
      std::_Exit(2);
    }
  }
} TheGuard;

} // namespace
