//===--- ConfigCheck.cpp - randomness, KDF, verification, bypass ------------===//
//
// One class for the configuration rules outside TLS: predictable randomness
// for secrets, weak key derivation, ignored or misread verification results,
// timing-unsafe MAC comparison and hidden bypasses. The analysis is
// lib/analysis/config/Config.cpp.
//
// Docs: docs/rules/backdoor-predictable-random.md, backdoor-weak-kdf.md,
// backdoor-unchecked-verification.md, backdoor-timing-unsafe-compare.md,
// backdoor-hidden-bypass.md
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "analysis/config/Config.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

void ConfigCheck::registerMatchers(MatchFinder *Finder) {
  if (!claimMatchers()) return;
  matchModelledCalls(Finder, /*Constructors=*/false);
  matchParamStructs(Finder); // OSSL_PARAM initializers: iteration counts
  // The main file's functions, and the project's headers' when the run reports them.
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("fn"),
                     this);
  Finder->addMatcher(
      objcMethodDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("objc-method"),
      this);
}

void ConfigCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &configOfCall(S, CE);
  if (const InitListExpr *IL = paramStructMatch(Result)) Cs = &configOfParamStruct(S, IL);
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    if (S.inProjectCode(FD->getLocation())) Cs = &configOfFunction(S, FD);
  if (const auto *MD = Result.Nodes.getNodeAs<ObjCMethodDecl>("objc-method"))
    if (S.inProjectCode(MD->getLocation())) Cs = &configOfObjCMethod(S, MD);
  dispatch(Cs, *Result.SourceManager);
}

} // namespace backdoor
