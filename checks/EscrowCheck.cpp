//===--- EscrowCheck.cpp - key escrow and exfiltration paths ----------------===//
//
// One class for the escrow rules: key material that leaves the process
// (backdoor-key-exfiltration), keys wrapped under a public key compiled into
// the program (backdoor-escrow-wrap) and TLS key logging
// (backdoor-tls-keylog). The analysis is lib/analysis/escrow/Escrow.cpp on top of the
// provenance of lib/core/Provenance.cpp; sources, sinks and sanitizers are
// catalog data (rules/escrow.yaml).
//
// Docs: docs/rules/backdoor-key-exfiltration.md, backdoor-escrow-wrap.md,
// backdoor-tls-keylog.md
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "analysis/escrow/Escrow.h"
#include "core/AstUtil.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

namespace {
AST_MATCHER_P(CallExpr, calleeNameEndsWith, std::string, Suffix) {
  const FunctionDecl *FD = Node.getDirectCallee();
  const IdentifierInfo *II = FD ? FD->getIdentifier() : nullptr;
  return II && II->getName().ends_with(Suffix);
}
/// A variadic template (core/AstUtil.h hasParameterPack): a logger's pack.
AST_MATCHER(FunctionDecl, takesParameterPack) { return hasParameterPack(&Node); }
} // namespace

/// Methods of logger objects and streams with a body the matcher would otherwise skip.
static const llvm::StringSet<> LogMethods = {"write", "info",  "debug",    "warn", "warning",
                                             "error", "trace", "critical", "log",  "print"};

void EscrowCheck::registerMatchers(MatchFinder *Finder) {
  // One set of matchers serves the three rules (see BackdoorCheck::dispatch).
  if (!claimMatchers()) return;
  matchModelledCalls(Finder);
  // curl_getenv("SSLKEYLOGFILE"), g_getenv(...)
  Finder->addMatcher(callExpr(isExpansionInMainFile(), calleeNameEndsWith("getenv"),
                              unless(calleeNamedIn(&catalog().calleeNames())))
                         .bind("other"),
                     this);
  {
    // Sinks the catalog does not name: logging functions and macros, stream
    // insertions, and stores into shared memory or global escrow buffers.
    Finder->addMatcher(callExpr(isExpansionInMainFile(),
                                unless(calleeNamedIn(&catalog().calleeNames())),
                                unless(cxxOperatorCallExpr()),
                                unless(callee(functionDecl(isDefinition(), unless(isVariadic()),
                                                           unless(takesParameterPack())))))
                           .bind("other"),
                       this);
    Finder->addMatcher(
        cxxOperatorCallExpr(isExpansionInMainFile(), hasOverloadedOperatorName("<<")).bind("other"),
        this);
    Finder->addMatcher(cxxMemberCallExpr(isExpansionInMainFile(), calleeNamedIn(&LogMethods),
                                         callee(cxxMethodDecl(isDefinition())))
                           .bind("other"),
                       this);
    Finder->addMatcher(binaryOperator(hasOperatorName("="), isExpansionInMainFile()).bind("assign"),
                       this);
    // Objective-C message sends the catalog models as sinks.
    Finder->addMatcher(objcMessageExpr(isExpansionInMainFile()).bind("objc-send"), this);
  }
}

void EscrowCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &escrowOfCall(S, CE);
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("other")) Cs = &escrowOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &escrowOfConstruct(S, CC);
  if (const auto *BO = Result.Nodes.getNodeAs<BinaryOperator>("assign"))
    Cs = &escrowOfAssign(S, BO);
  if (const auto *ME = Result.Nodes.getNodeAs<ObjCMessageExpr>("objc-send"))
    Cs = &escrowOfMessage(S, ME);
  dispatch(Cs, *Result.SourceManager);
}

} // namespace backdoor
