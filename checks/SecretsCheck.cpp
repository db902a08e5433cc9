//===--- SecretsCheck.cpp - constant keys, IVs, salts and nonces ------------===//
//
// Finds keys, IVs, salts and nonces that are constant data compiled into the
// program, however the code shapes them, and keys anyone can look up. One
// class serves backdoor-hardcoded-key, backdoor-known-key and
// backdoor-hardcoded-iv; the provenance analysis is lib/core/Provenance.cpp.
//
// Docs: docs/rules/backdoor-hardcoded-key.md, backdoor-known-key.md,
// backdoor-hardcoded-iv.md
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "analysis/secrets/Secrets.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

void SecretsCheck::registerMatchers(MatchFinder *Finder) {
  if (!claimMatchers()) return;
  matchModelledCalls(Finder);
  matchParamStructs(Finder); // OSSL_PARAM initializers: their keys, salts and IVs
}

void SecretsCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &secretsOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &secretsOfConstruct(S, CC);
  if (const InitListExpr *IL = paramStructMatch(Result)) Cs = &secretsOfParamStruct(S, IL);
  dispatch(Cs, *Result.SourceManager);
}

} // namespace backdoor
