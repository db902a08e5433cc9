//===--- FuzzCommon.h - shared pieces of the libFuzzer harnesses -*- C++ -*-===//
#ifndef BACKDOOR_FUZZ_COMMON_H
#define BACKDOOR_FUZZ_COMMON_H

#include "catalog/Catalog.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace backdoor {
namespace fuzz {

/// The bundled catalog (the source tree's rules/), loaded once.
inline const Catalog &bundledCatalog() {
  static std::shared_ptr<const Catalog> Cat = [] {
    std::vector<CatalogError> Errors;
    auto C = Catalog::load({BACKDOOR_SOURCE_RULES_DIR}, Errors);
    if (!C) {
      for (const CatalogError &E : Errors) llvm::errs() << E.str() << "\n";
      std::abort();
    }
    return C;
  }();
  return *Cat;
}

/// Loads the bundled catalog before the first input: a harness that uses it
/// defines LLVMFuzzerInitialize with this, so the load (seconds under ASan)
/// never counts against the first input's -timeout, and the rules directory is
/// read once, before any input runs.
inline int loadCatalogAtStart() {
  (void)bundledCatalog();
  return 0;
}

/// A private directory for harnesses that need files, removed at exit.
std::string scratchDir();

} // namespace fuzz
} // namespace backdoor

#endif
