//===--- AstUtil.cpp - small AST helpers shared by the analyses ----------===//
#include "core/AstUtil.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

const Expr *stripAll(const Expr *E) {
  while (E) {
    const Expr *Old = E;
    E = E->IgnoreParenCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E)) E = EWC->getSubExpr();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) E = MTE->getSubExpr();
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) E = BTE->getSubExpr();
    if (const auto *CE = dyn_cast<ConstantExpr>(E)) E = CE->getSubExpr();
    if (const auto *DAE = dyn_cast<CXXDefaultArgExpr>(E)) E = DAE->getExpr();
    if (E == Old) break;
  }
  return E;
}

const Expr *stripParenCasts(const Expr *E) { return E ? E->IgnoreParenCasts() : nullptr; }

const Expr *stripParenImpCasts(const Expr *E) { return E ? E->IgnoreParenImpCasts() : nullptr; }

std::vector<const Expr *> dictionaryValues(const Expr *Dict, StringRef Key) {
  std::vector<const Expr *> Out;
  for (unsigned Depth = 0; Dict && Depth < 4; ++Depth) {
    Dict = stripAll(Dict);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Dict)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      Dict = VD ? VD->getInit() : nullptr;
      continue;
    }
    if (const auto *DL = dyn_cast<ObjCDictionaryLiteral>(Dict)) {
      for (unsigned I = 0; I < DL->getNumElements(); ++I) {
        ObjCDictionaryElement El = DL->getKeyValueElement(I);
        const auto *K = dyn_cast_or_null<DeclRefExpr>(stripAll(El.Key));
        if (K && K->getDecl()->getDeclName().isIdentifier() && K->getDecl()->getName() == Key)
          Out.push_back(El.Value);
      }
    }
    break;
  }
  return Out;
}

static bool isAccessor(const CXXMethodDecl *MD) {
  if (!MD || !MD->getDeclName().isIdentifier()) return isa_and_nonnull<CXXConversionDecl>(MD);
  StringRef N = MD->getName();
  return N == "c_str" || N == "data" || N == "get" || N == "toStdString" || N == "str" ||
         N == "begin" || N == "constData" || N == "BytePtr";
}

std::string operandName(const Expr *E) {
  E = stripAll(E);
  while (E) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) return DRE->getDecl()->getNameAsString();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) return ME->getMemberDecl()->getNameAsString();
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = stripAll(AS->getBase());
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      E = stripAll(UO->getSubExpr());
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (OC->getOperator() == OO_Subscript || OC->getOperator() == OO_Star) {
        E = stripAll(OC->getArg(0));
        continue;
      }
      return "";
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (isAccessor(MD)) {
        E = stripAll(MC->getImplicitObjectArgument());
        continue;
      }
      return MD ? MD->getNameAsString() : "";
    }
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = CE->getDirectCallee();
      return FD ? FD->getNameAsString() : "";
    }
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
      if (CC->getNumArgs() == 0) return "";
      E = stripAll(CC->getArg(0));
      continue;
    }
    return "";
  }
  return "";
}

std::string displayName(const FunctionDecl *FD) {
  if (!FD) return "?";
  if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD)) return CD->getParent()->getNameAsString();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    return MD->getParent()->getNameAsString() + "::" + MD->getNameAsString();
  return FD->getNameAsString();
}

std::vector<const ReturnStmt *> returnsOf(const Stmt *Body) {
  struct Collector : RecursiveASTVisitor<Collector> {
    std::vector<const ReturnStmt *> R;
    bool TraverseLambdaExpr(LambdaExpr *) { return true; } // returns of inner lambdas are theirs
    bool VisitReturnStmt(ReturnStmt *RS) {
      R.push_back(RS);
      return true;
    }
  } C;
  if (Body) C.TraverseStmt(const_cast<Stmt *>(Body));
  return C.R;
}

bool anyStmtIn(const Stmt *Root, llvm::function_ref<bool(const Stmt *)> Pred) {
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::function_ref<bool(const Stmt *)> Pred;
    bool Found = false;
    bool VisitStmt(Stmt *S) {
      Found = Pred(S);
      return !Found; // false ends the traversal
    }
  } F{{}, Pred};
  if (Root) F.TraverseStmt(const_cast<Stmt *>(Root));
  return F.Found;
}

std::vector<Candidate> dedupCandidates(std::vector<Candidate> In) {
  std::vector<Candidate> Out;
  std::set<std::tuple<std::string, unsigned, std::string, unsigned>> Seen;
  for (Candidate &C : In)
    if (Seen.insert({C.Rule, C.Loc.getRawEncoding(), C.Message + C.Subject, C.Bits}).second)
      Out.push_back(std::move(C));
  return Out;
}

bool catalogMatch(const Catalog &Cat, llvm::StringRef Pattern, llvm::StringRef Text) {
  static const Catalog *For = nullptr;
  static llvm::StringMap<bool> Memo;
  if (For != &Cat) Memo.clear(), For = &Cat;
  std::string Key = (Pattern + "\x1f" + Text).str();
  auto It = Memo.find(Key);
  if (It != Memo.end()) return It->second;
  const llvm::Regex *Re = Cat.pattern(Pattern);
  bool R = Re && Re->match(Text.lower());
  Memo[Key] = R;
  return R;
}

} // namespace backdoor
