//===--- Link.h - cross-unit findings from the units' facts ------*- C++ -*-===//
//
// The link step of the CLI (docs/whole-program.md). Each worker exported its
// unit's facts while the AST was in memory (lib/core/Summary.h): what the
// unit's externally visible functions return and write through their
// out-parameters, what its global objects hold, what it passes to functions
// defined elsewhere, and the questions a rule could not answer alone. The
// link step answers those questions from all units' facts, following chains
// of units (a parameter passed on to another unit's helper, a helper that
// returns another unit's global) to a fixed point over call cycles, and
// reports with the per-unit analysis' wording, notes running across files.
// Nothing is parsed a second time: facts are plain JSON data, carried by the
// cache, written into shard reports and linked again by `merge`.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_LINK_H
#define BACKDOOR_TOOL_LINK_H

#include "catalog/Catalog.h"
#include "report/Finding.h"
#include "llvm/Support/JSON.h"
#include <vector>

namespace backdoor {

struct LinkStats {
  unsigned Units = 0, Queries = 0, Findings = 0, Rounds = 0;
};

/// Appends to \p Findings what the units' queries resolve to, marked
/// CrossUnit; a finding already reported at the same place for the same rule
/// is not repeated. Units whose facts have another version are skipped.
LinkStats linkFacts(const std::vector<llvm::json::Value> &Facts, const Catalog &Cat,
                    std::vector<Finding> &Findings);

/// A translation unit's source by its extension (.c, .cc, .cpp, .cxx, .c++,
/// .m, .mm), not a header.
bool sourceFileName(llvm::StringRef Path);

} // namespace backdoor

#endif
