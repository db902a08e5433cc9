//===--- ParametersCheck.cpp - rigged parameters and seeds ------------------===//
//
// One class for backdoor-rigged-parameters (non-standard Diffie-Hellman
// moduli, custom curves and generators, Dual_EC_DRBG, RSA exponents 1 and 3)
// and backdoor-constant-seed (generators seeded with constants or fake
// entropy). The analysis is lib/analysis/parameters/Parameters.cpp; the known constants are
// rules/parameters.yaml.
//
// Docs: docs/rules/backdoor-rigged-parameters.md, backdoor-constant-seed.md
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "analysis/parameters/Parameters.h"
#include "core/AstUtil.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

namespace {
/// Long enough to hold a curve point in hex, or short enough to be a name
/// starting with "dual": the literals worth a look for Dual_EC_DRBG.
AST_MATCHER(clang::StringLiteral, mayHoldDualEc) {
  if (Node.getCharByteWidth() != 1) return false;
  StringRef S = Node.getString();
  return S.size() >= 64 || (S.size() < 32 && S.trim().starts_with_insensitive("dual"));
}
/// A byte array with room for a curve coordinate.
AST_MATCHER(clang::InitListExpr, byteTableOf32) {
  if (Node.getNumInits() < 32 || Node.getType().isNull()) return false;
  const auto *AT =
      dyn_cast<clang::ConstantArrayType>(Node.getType().getCanonicalType().getTypePtr());
  if (!AT) return false;
  clang::QualType E = AT->getElementType().getCanonicalType();
  return E->isCharType() || E->isSpecificBuiltinType(clang::BuiltinType::UChar) ||
         E->isSpecificBuiltinType(clang::BuiltinType::SChar);
}
/// Fields whose name the catalog's dh-prime-field pattern can match.
AST_MATCHER_P(clang::MemberExpr, memberNamedLike, const Catalog *, Cat) {
  const auto *FD = dyn_cast<clang::FieldDecl>(Node.getMemberDecl());
  if (!FD || !FD->getIdentifier()) return false;
  const clang::RecordDecl *RD = FD->getParent();
  if (!RD || !RD->getIdentifier()) return false;
  return catalogMatch(*Cat, "dh-prime-field", (RD->getName() + "::" + FD->getName()).str());
}
} // namespace

void ParametersCheck::registerMatchers(MatchFinder *Finder) {
  if (!claimMatchers()) return;
  matchModelledCalls(Finder);
  {
    // Dual_EC_DRBG points spelled as text or bytes.
    Finder->addMatcher(stringLiteral(isExpansionInMainFile(), mayHoldDualEc()).bind("literal"),
                       this);
    Finder->addMatcher(varDecl(isExpansionInMainFile(),
                               hasInitializer(initListExpr(byteTableOf32()).bind("literal"))),
                       this);
    Finder->addMatcher(binaryOperator(hasOperatorName("="), isExpansionInMainFile(),
                                      hasLHS(memberExpr(memberNamedLike(&catalog()))))
                           .bind("assign"),
                       this);
  }
}

void ParametersCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  const std::vector<Candidate> *Cs = nullptr;
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) Cs = &parametersOfCall(S, CE);
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor"))
    Cs = &parametersOfConstruct(S, CC);
  if (const auto *E = Result.Nodes.getNodeAs<Expr>("literal")) Cs = &parametersOfLiteral(S, E);
  if (const auto *BO = Result.Nodes.getNodeAs<BinaryOperator>("assign"))
    Cs = &parametersOfAssign(S, BO);
  dispatch(Cs, *Result.SourceManager);
}

} // namespace backdoor
