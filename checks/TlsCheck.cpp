//===--- TlsCheck.cpp - weakened TLS configuration -----------------------===//
#include "TlsCheck.h"
#include "analysis/tls/Tls.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

void TlsCheck::registerMatchers(MatchFinder *Finder) {
  if (!claimMatchers()) return;
  matchModelledCalls(Finder);
  // Overrides of modelled virtual methods (Botan's TLS::Policy, TLS::Callbacks),
  // in the main file or a project header (reported where the header filter
  // reaches, as calls are): policy classes are often defined in headers.
  Finder->addMatcher(
      cxxMethodDecl(isDefinition(), isOverride(), unless(isExpansionInSystemHeader()))
          .bind("override"),
      this);
  Finder->addMatcher(objcMessageExpr(isExpansionInMainFile()).bind("objc-send"), this);
}

void TlsCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &tlsOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &tlsOfConstruct(S, CC);
  if (const auto *MD = Result.Nodes.getNodeAs<CXXMethodDecl>("override"))
    Cs = &tlsOfOverride(S, MD);
  if (const auto *ME = Result.Nodes.getNodeAs<ObjCMessageExpr>("objc-send"))
    Cs = &tlsOfMessage(S, ME);
  dispatch(Cs, *Result.SourceManager);
}

void TlsCheck::accept(const std::vector<Candidate> *Cs, const SourceManager &SM) {
  reportRule(Cs, Rule, SM);
}

} // namespace backdoor
