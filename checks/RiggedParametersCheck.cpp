//===--- RiggedParametersCheck.cpp - rigged parameters and seeds ---------===//
#include "RiggedParametersCheck.h"
#include "Rigged.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

RiggedParametersCheck::RiggedParametersCheck(StringRef Name, ClangTidyContext *Context)
    : BackdoorCheck(Name, Context), Rule(Name.str()),
      Ignored(Options.get("IgnoredPaths", DefaultIgnoredPaths).str()) {}

void RiggedParametersCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  BackdoorCheck::storeOptions(Opts);
  Options.store(Opts, "IgnoredPaths", Ignored.pattern());
}

void RiggedParametersCheck::registerMatchers(MatchFinder *Finder) {
  matchModelledCalls(Finder);
  if (Rule == rules::RiggedParameters) {
    // Dual_EC_DRBG points spelled as text or bytes.
    Finder->addMatcher(stringLiteral(isExpansionInMainFile()).bind("literal"), this);
    Finder->addMatcher(
        varDecl(isExpansionInMainFile(), hasInitializer(initListExpr().bind("literal"))), this);
  }
}

void RiggedParametersCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &riggedOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &riggedOfConstruct(S, CC);
  if (const auto *E = Result.Nodes.getNodeAs<Expr>("literal")) Cs = &riggedOfLiteral(S, E);
  reportRule(Cs, Rule, *Result.SourceManager, &Ignored);
}

} // namespace backdoor
