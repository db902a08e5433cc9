//===--- HiddenCheck.cpp - input triggers, trusted identities, bombs -------===//
//
// One class for the hidden-functionality rules: untrusted input matched
// against a constant that alone reaches a payload (backdoor-input-trigger),
// access granted to a constant peer identity (backdoor-trusted-identity),
// the clock compared with a constant before a payload (backdoor-time-bomb)
// and grants compiled in under a debug/test/backdoor switch
// (backdoor-build-switch). The analysis is lib/analysis/hidden/Hidden.cpp on
// the provenance of lib/core/Provenance.cpp; input sources, match functions
// and payloads are catalog data (rules/apis/hidden-functionality.yaml), names
// are rules/hidden.yaml's patterns.
//
// Docs: docs/rules/backdoor-input-trigger.md, backdoor-trusted-identity.md,
// backdoor-time-bomb.md, backdoor-build-switch.md
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "analysis/hidden/Hidden.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

void HiddenCheck::registerMatchers(MatchFinder *Finder) {
  if (!claimMatchers()) return;
  Finder->addMatcher(
      functionDecl(isDefinition(), unless(isExpansionInSystemHeader()), unless(isImplicit()))
          .bind("fn"),
      this);
  Finder->addMatcher(
      objcMethodDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("objc-method"),
      this);
  Finder->addMatcher(blockDecl(unless(isExpansionInSystemHeader())).bind("block"), this);
}

void HiddenCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn")) {
    // The main file's functions, and the project's headers' when the run reports them.
    if (FD->isDependentContext() || !S.inProjectCode(FD->getLocation())) return;
    dispatch(&hiddenOfFunction(S, FD), *Result.SourceManager);
  }
  if (const auto *MD = Result.Nodes.getNodeAs<ObjCMethodDecl>("objc-method"))
    if (S.inProjectCode(MD->getLocation())) dispatch(&hiddenOfObjCMethod(S, MD), *Result.SourceManager);
  // A block's body (`^(id obj, NSUInteger i, BOOL *stop) { ... }`) is read as a function's.
  if (const auto *BD = Result.Nodes.getNodeAs<BlockDecl>("block"))
    if (!BD->isDependentContext() && S.inProjectCode(BD->getLocation()))
      dispatch(&hiddenOfBlock(S, BD), *Result.SourceManager);
}

} // namespace backdoor
