//===--- MagicCredentialCheck.cpp - literal credentials ------------------===//
#include "MagicCredentialCheck.h"
#include "analysis/secrets/Credentials.h"
#include "analysis/secrets/Secrets.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

MagicCredentialCheck::MagicCredentialCheck(StringRef Name, ClangTidyContext *Context)
    : BackdoorCheck(Name, Context),
      Ignored(Options.get("IgnoredPaths", DefaultIgnoredPaths).str()) {}

void MagicCredentialCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  BackdoorCheck::storeOptions(Opts);
  Options.store(Opts, "IgnoredPaths", Ignored.pattern());
}

void MagicCredentialCheck::registerMatchers(MatchFinder *Finder) {
  // Every function of the main file (and of the project's headers when the
  // run reports them) is scanned once for its decisions.
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("fn"),
                     this);
  Finder->addMatcher(
      objcMethodDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("objc-method"),
      this);
  // Literal passwords handed to password parameters (and bound by an
  // OSSL_PARAM initializer's "pass").
  matchModelledCalls(Finder);
  matchParamStructs(Finder);
}

void MagicCredentialCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    if (S.inProjectCode(FD->getLocation())) Cs = &credentialsOfFunction(S, FD);
  if (const auto *MD = Result.Nodes.getNodeAs<ObjCMethodDecl>("objc-method"))
    if (S.inProjectCode(MD->getLocation())) Cs = &credentialsOfObjCMethod(S, MD);
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &secretsOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &secretsOfConstruct(S, CC);
  if (const InitListExpr *IL = paramStructMatch(Result)) Cs = &secretsOfParamStruct(S, IL);
  reportRule(Cs, rules::MagicCredential, *Result.SourceManager, &Ignored);
}

} // namespace backdoor
