//===--- OriginText.cpp - naming calls, origins and their paths ----------===//
#include "core/OriginText.h"

#include "core/AstUtil.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

std::string predictableSourceName(const Expr *Call) {
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(Call))
    if (OC->getOperator() == OO_Call && OC->getNumArgs() >= 1) {
      QualType T = OC->getArg(0)->getType().getNonReferenceType();
      if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) return RD->getNameAsString();
    }
  if (const auto *CE = dyn_cast_or_null<CallExpr>(Call))
    if (const FunctionDecl *FD = CE->getDirectCallee()) return FD->getNameAsString();
  return "a predictable generator";
}

const FunctionDecl *callbackOf(ProvenanceAnalysis &PA, const Expr *E) {
  E = stripAll(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Plus) // `+[](...) {...}`
      E = stripAll(UO->getSubExpr());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl())) return FD;
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      for (const Expr *V : PA.assignedValues(VD))
        if (const FunctionDecl *FD = callbackOf(PA, V)) return FD;
  }
  if (const auto *L = dyn_cast<LambdaExpr>(E)) return L->getCallOperator();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
      return callbackOf(PA, MC->getImplicitObjectArgument());
  return nullptr;
}

std::string originName(AnalysisSession &S, const Origin &O) {
  // Named by the macro that spells it (`#define SUPPORT_PW "x"`, the
  // outermost of such macros), not by a function-like macro it is only an
  // argument of (libcurl's `curl_easy_setopt(h, CURLOPT_USERPWD, "u:p")`).
  if (O.Def && O.Def->getBeginLoc().isMacroID()) {
    const ASTContext &Ctx = S.values().context();
    const SourceManager &SM = Ctx.getSourceManager();
    SourceLocation L = O.Def->getBeginLoc();
    StringRef Outer;
    for (unsigned I = 0; L.isMacroID() && I < 16; ++I) {
      if (SM.isMacroArgExpansion(L)) {
        L = SM.getImmediateSpellingLoc(L);
        continue;
      }
      StringRef N = Lexer::getImmediateMacroName(L, SM, Ctx.getLangOpts());
      if (!N.empty()) Outer = N;
      L = SM.getImmediateMacroCallerLoc(L);
    }
    if (!Outer.empty()) return Outer.str();
  }
  if (O.Named && O.Named->getDeclName().isIdentifier() && !O.Named->getName().empty())
    return O.Named->getName().str();
  return "";
}

void addOriginNotes(Candidate &C, const SourceManager &SM, const Origin &O, const char *First) {
  unsigned UseLine = SM.getExpansionLineNumber(C.Loc);
  FileID UseFile = SM.getFileID(C.Loc);
  std::set<unsigned> Lines;
  for (const CandidateNote &N : C.Notes) Lines.insert(N.Loc.getRawEncoding());
  auto Note = [&](SourceLocation L, const char *What) {
    L = SM.getFileLoc(L);
    if (SM.getFileID(L) == UseFile && SM.getExpansionLineNumber(L) == UseLine) return;
    if (!Lines.insert(L.getRawEncoding()).second) return;
    C.Notes.push_back({L, What});
  };
  if (O.Def) {
    SourceLocation L = O.Def->getBeginLoc();
    // A constant spelled in a macro is defined where the macro is written.
    Note(L.isMacroID() && O.Kind == Origin::Const ? SM.getSpellingLoc(L) : L, First);
  }
  for (const Step &St : O.Path) Note(St.S->getBeginLoc(), St.What);
}

} // namespace backdoor
