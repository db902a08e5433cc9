//===--- SecretsCheck.cpp - constant keys, IVs, salts and nonces ---------===//
#include "SecretsCheck.h"
#include "Secrets.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

void SecretsCheck::registerMatchers(MatchFinder *Finder) {
  if (claimMatchers()) matchModelledCalls(Finder);
}

void SecretsCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &secretsOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &secretsOfConstruct(S, CC);
  dispatch(Cs, *Result.SourceManager);
}

} // namespace backdoor
