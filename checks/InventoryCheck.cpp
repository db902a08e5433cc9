//===--- InventoryCheck.cpp - the cryptography inventory -----------------===//
#include "InventoryCheck.h"
#include "analysis/inventory/Inventory.h"
#include "catalog/Profile.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

bool InventoryCheck::namedExplicitly(StringRef Checks, StringRef Rule) {
  SmallVector<StringRef, 8> Parts;
  Checks.split(Parts, ',', -1, false);
  bool Named = false;
  for (StringRef P : Parts) {
    P = P.trim();
    if (P == Rule)
      Named = true;
    else if (P.consume_front("-") && P.trim() == Rule)
      Named = false;
  }
  return Named;
}

InventoryCheck::InventoryCheck(StringRef Name, ClangTidyContext *Context)
    : BackdoorCheck(Name, Context), Rule(Name.str()) {
  const Profile *P = catalog().profile();
  Enabled =
      (P && P->enables(Rule)) || namedExplicitly(Context->getOptions().Checks.value_or(""), Rule);
}

void InventoryCheck::registerMatchers(MatchFinder *Finder) {
  if (!Enabled || !claimMatchers()) return;
  matchModelledCalls(Finder, /*Constructors=*/false);
  // Certificates defined in the main file: PEM text and DER byte arrays.
  auto Main = isExpansionInMainFile();
  Finder->addMatcher(stringLiteral(Main).bind("literal"), this);
  Finder->addMatcher(varDecl(Main, hasInitializer(initListExpr().bind("init"))).bind("var"), this);
}

void InventoryCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call"))
    dispatch(&inventoryOfCall(session(*Result.Context), CE), *Result.SourceManager);
  else if (const auto *SL = Result.Nodes.getNodeAs<StringLiteral>("literal")) {
    if (mayDefineCertificate(SL))
      dispatch(&inventoryOfDefinition(session(*Result.Context), SL, nullptr),
               *Result.SourceManager);
  } else if (const auto *Init = Result.Nodes.getNodeAs<Expr>("init");
             Init && mayDefineCertificate(Init))
    dispatch(&inventoryOfDefinition(session(*Result.Context), Init,
                                    Result.Nodes.getNodeAs<VarDecl>("var")),
             *Result.SourceManager);
}

void InventoryCheck::accept(const std::vector<Candidate> *Cs, const SourceManager &) {
  if (!Enabled) return;
  for (const Candidate &C : *Cs) {
    if (C.Rule != Rule) continue;
    if (Rule == rules::CryptoInventory)
      diag(C.Loc, "%0", DiagnosticIDs::Remark) << C.Message;
    else
      report(C);
  }
}

} // namespace backdoor
