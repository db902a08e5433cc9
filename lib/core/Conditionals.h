//===--- Conditionals.h - preprocessor switches of the unit -----*- C++ -*-===//
//
// The #if/#ifdef/#elif regions the scanned build compiles in, with the macro
// names their conditions test: `#ifdef BACKDOOR_DEBUG` whose macro the
// compile command defines opens a region until its #else, #elif or #endif.
// Recorded while the unit is preprocessed (checks register the callbacks,
// see BackdoorCheck::registerPPCallbacks) and read by the analyses after.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CONDITIONALS_H
#define BACKDOOR_CONDITIONALS_H

#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include <string>
#include <vector>

namespace clang {
class Preprocessor;
}

namespace backdoor {

struct ActiveRegion {
  clang::SourceLocation Directive; // the #if or #ifdef
  clang::SourceLocation End;       // its #else, #elif or #endif
  std::vector<std::string> Macros; // the macros its condition tests
};

/// A region the scanned build leaves out because a macro its condition tests
/// is defined: `#ifndef DEBUG_NOAUTH` (or the `#else` of `#ifdef
/// DEBUG_NOAUTH`) when the compile command defines DEBUG_NOAUTH.
struct SkippedRegion {
  clang::SourceLocation Directive; // the #if, #ifdef, #ifndef, #elif or #else
  clang::SourceLocation End;       // the directive that ends it
  std::vector<std::string> Macros; // the defined macros that turned it off
};

/// Starts recording the preprocessor of a new unit (once per unit, however
/// many checks ask).
void recordConditionals(clang::Preprocessor &PP);
/// The regions compiled in, of the unit whose source manager is \p SM.
const std::vector<ActiveRegion> &activeRegions(const clang::SourceManager &SM);
/// The regions left out because a defined macro turned them off.
const std::vector<SkippedRegion> &skippedRegions(const clang::SourceManager &SM);

} // namespace backdoor

#endif
