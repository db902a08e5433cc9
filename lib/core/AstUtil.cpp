//===--- AstUtil.cpp - small AST helpers shared by the analyses ----------===//
#include "core/AstUtil.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

bool comparisonHolds(BinaryOperatorKind Op, int64_t V, int64_t K) {
  switch (Op) {
  case BO_EQ:
    return V == K;
  case BO_NE:
    return V != K;
  case BO_LT:
    return V < K;
  case BO_GT:
    return V > K;
  case BO_LE:
    return V <= K;
  case BO_GE:
    return V >= K;
  default:
    return false;
  }
}

const RecordDecl *transparentUnion(QualType T) {
  if (T.isNull()) return nullptr;
  const RecordDecl *RD = T->getAsRecordDecl();
  if (!RD || !RD->isUnion() || RD->field_empty()) return nullptr;
  if (RD->hasAttr<TransparentUnionAttr>()) return RD;
  if (const auto *TT = T->getAs<TypedefType>())
    if (TT->getDecl()->hasAttr<TransparentUnionAttr>()) return RD;
  return nullptr;
}

const Expr *stripAll(const Expr *E) {
  while (E) {
    const Expr *Old = E;
    E = E->IgnoreParenCasts();
    // An argument passed as a transparent union (glibc's `__SOCKADDR_ARG`
    // under _GNU_SOURCE: `getpeername(fd, (struct sockaddr *)&sa, &n)` is
    // `(__SOCKADDR_ARG){&sa}`): the pointer it holds.
    if (const auto *CL = dyn_cast<CompoundLiteralExpr>(E))
      if (transparentUnion(CL->getType()))
        if (const auto *IL = dyn_cast_or_null<InitListExpr>(CL->getInitializer());
            IL && IL->getNumInits() == 1)
          E = IL->getInit(0);
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E)) E = EWC->getSubExpr();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E)) E = MTE->getSubExpr();
    if (const auto *BTE = dyn_cast<CXXBindTemporaryExpr>(E)) E = BTE->getSubExpr();
    if (const auto *CE = dyn_cast<ConstantExpr>(E)) E = CE->getSubExpr();
    if (const auto *DAE = dyn_cast<CXXDefaultArgExpr>(E)) E = DAE->getExpr();
    // C++20's rewritten comparisons (`s == kView` calling a reversed
    // operator==, `a != b` as `!(a == b)`): the call that runs.
    if (const auto *RW = dyn_cast<CXXRewrittenBinaryOperator>(E)) E = RW->getSemanticForm();
    if (E == Old) break;
  }
  return E;
}

const Expr *stripParenCasts(const Expr *E) { return E ? E->IgnoreParenCasts() : nullptr; }

const Expr *stripParenImpCasts(const Expr *E) { return E ? E->IgnoreParenImpCasts() : nullptr; }

bool strcmpTest(const Expr *Cond, const Expr *&A, const Expr *&B, bool &TrueIfEqual) {
  Cond = Cond->IgnoreParenImpCasts();
  bool Negated = false;
  while (const auto *UO = dyn_cast<UnaryOperator>(Cond)) {
    if (UO->getOpcode() != UO_LNot) return false;
    Negated = !Negated;
    Cond = UO->getSubExpr()->IgnoreParenImpCasts();
  }
  const Expr *Cmp = Cond;
  bool ZeroMeansTrue = false; // `strcmp(...) == 0`
  if (const auto *BO = dyn_cast<BinaryOperator>(Cond); BO && BO->isEqualityOp()) {
    const Expr *Zero = BO->getRHS()->IgnoreParenImpCasts();
    Cmp = BO->getLHS();
    if (!isa<IntegerLiteral>(Zero)) std::swap(Zero, Cmp), Zero = Zero->IgnoreParenImpCasts();
    const auto *IL = dyn_cast<IntegerLiteral>(Zero);
    if (!IL || IL->getValue() != 0) return false;
    ZeroMeansTrue = BO->getOpcode() == BO_EQ;
  }
  const auto *CE = dyn_cast<CallExpr>(Cmp->IgnoreParenImpCasts());
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  if (!FD || !FD->getDeclName().isIdentifier() || CE->getNumArgs() != 2) return false;
  StringRef N = FD->getName();
  if (!(N.contains_insensitive("strcmp") || N.contains_insensitive("strcasecmp")) ||
      N.contains_insensitive("ncmp"))
    return false;
  A = CE->getArg(0);
  B = CE->getArg(1);
  // `strcmp(...)` alone: true when they differ.
  TrueIfEqual = ZeroMeansTrue != Negated;
  return true;
}

const Stmt *contextBody(const DeclContext *DC) {
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(DC)) return FD->getBody();
  if (const auto *MD = dyn_cast_or_null<ObjCMethodDecl>(DC)) return MD->getBody();
  return nullptr;
}

namespace {

/// Whether \p E names the identifier \p Key (a dictionary key constant).
bool namesKey(const Expr *E, StringRef Key) {
  const auto *K = dyn_cast_or_null<DeclRefExpr>(stripAll(E));
  return K && K->getDecl()->getDeclName().isIdentifier() && K->getDecl()->getName() == Key;
}

bool refersTo(const Expr *E, const VarDecl *VD) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(stripAll(E));
  return DRE && DRE->getDecl() == VD;
}

/// The elements of a C array argument: a braced list written there or in the
/// initializer of the variable it names.
const InitListExpr *arrayElements(const Expr *E) {
  E = stripAll(E);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      E = VD->getInit() ? stripAll(VD->getInit()) : nullptr;
  if (const auto *CL = dyn_cast_or_null<CompoundLiteralExpr>(E)) E = stripAll(CL->getInitializer());
  return dyn_cast_or_null<InitListExpr>(E);
}

std::string calledName(const CallExpr *CE) {
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  return FD && FD->getDeclName().isIdentifier() ? FD->getName().str() : "";
}

/// Values stored under \p Key into the mutable dictionary \p VD in the body
/// of the function that declares it, by the catalog's dictionary writers
/// (`dictionary: {writes, key, value}`): CFDictionarySetValue(d, key, value),
/// [d setObject:value forKey:key], and d[key] = value, which the language
/// sends as -setObject:forKeyedSubscript:.
void dictionaryWrites(const Catalog &Cat, const VarDecl *VD, StringRef Key,
                      std::vector<const Expr *> &Out) {
  const Stmt *Body = contextBody(VD->getDeclContext());
  if (!Body) return;
  struct Visitor : SemanticVisitor<Visitor> {
    const Catalog &Cat;
    const VarDecl *VD;
    StringRef Key;
    std::vector<const Expr *> &Out;
    Visitor(const Catalog &Cat, const VarDecl *VD, StringRef Key, std::vector<const Expr *> &Out)
        : Cat(Cat), VD(VD), Key(Key), Out(Out) {}
    /// A write by \p M of the arguments \p Args to the dictionary \p Dict.
    void write(const FunctionModel *M, const Expr *Dict, ArrayRef<const Expr *> Args) {
      if (!M || !M->dictionaryWriter() || unsigned(M->DictKeyArg) >= Args.size() ||
          unsigned(M->DictValueArg) >= Args.size())
        return;
      if (refersTo(Dict, VD) && namesKey(Args[M->DictKeyArg], Key) && Args[M->DictValueArg])
        Out.push_back(Args[M->DictValueArg]);
    }
    bool VisitCallExpr(CallExpr *CE) {
      const FunctionModel *M = Cat.function(calledName(CE));
      if (M && M->DictWrites >= 0 && unsigned(M->DictWrites) < CE->getNumArgs())
        write(M, CE->getArg(M->DictWrites), ArrayRef(CE->getArgs(), CE->getNumArgs()));
      return true;
    }
    bool VisitObjCMessageExpr(ObjCMessageExpr *ME) {
      const FunctionModel *M = Cat.dictionaryMethod(ME->getSelector().getAsString());
      if (M && M->DictWrites == DataFlowModel::DictObject && ME->getInstanceReceiver())
        write(M, ME->getInstanceReceiver(), ArrayRef(ME->getArgs(), ME->getNumArgs()));
      return true;
    }
    bool VisitPseudoObjectExpr(PseudoObjectExpr *PO) {
      // d[key] = value: the subscript's setter takes its operands as opaque values.
      const auto *BO = dyn_cast<BinaryOperator>(PO->getSyntacticForm());
      if (!BO || BO->getOpcode() != BO_Assign) return true;
      const auto *SR = dyn_cast<ObjCSubscriptRefExpr>(BO->getLHS()->IgnoreParens());
      if (!SR || SR->isArraySubscriptRefExpr()) return true;
      const Expr *Base = SR->getBaseExpr(), *K = SR->getKeyExpr();
      if (const auto *OV = dyn_cast<OpaqueValueExpr>(Base)) Base = OV->getSourceExpr();
      if (const auto *OV = dyn_cast<OpaqueValueExpr>(K)) K = OV->getSourceExpr();
      const Expr *RHS = BO->getRHS();
      if (const auto *OV = dyn_cast<OpaqueValueExpr>(RHS)) RHS = OV->getSourceExpr();
      const FunctionModel *M = Cat.dictionaryMethod("setObject:forKeyedSubscript:");
      if (M && M->DictWrites == DataFlowModel::DictObject) write(M, Base, {RHS, K});
      return true;
    }
  } Vis(Cat, VD, Key, Out);
  Vis.TraverseStmt(const_cast<Stmt *>(Body));
}

} // namespace

/// Also a dictionary made by one of the catalog's creators from two C arrays
/// (CFDictionaryCreate), and what the variable's function stores into it.
std::vector<const Expr *> dictionaryValues(const Catalog &Cat, const Expr *Dict, StringRef Key) {
  std::vector<const Expr *> Out;
  for (unsigned Depth = 0; Dict && Depth < 4; ++Depth) {
    Dict = stripAll(Dict);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Dict)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (VD && VD->isLocalVarDecl()) dictionaryWrites(Cat, VD, Key, Out);
      Dict = VD ? VD->getInit() : nullptr;
      continue;
    }
    if (const auto *DL = dyn_cast<ObjCDictionaryLiteral>(Dict)) {
      for (unsigned I = 0; I < DL->getNumElements(); ++I) {
        ObjCDictionaryElement El = DL->getKeyValueElement(I);
        if (namesKey(El.Key, Key)) Out.push_back(El.Value);
      }
    }
    // CFDictionaryCreate(allocator, keys, values, count, ...) from two
    // parallel C arrays.
    if (const auto *CE = dyn_cast<CallExpr>(Dict))
      if (const FunctionModel *M = Cat.function(calledName(CE)))
        if (M->dictionaryCreator() && unsigned(M->DictKeysArg) < CE->getNumArgs() &&
            unsigned(M->DictValuesArg) < CE->getNumArgs()) {
          const InitListExpr *Keys = arrayElements(CE->getArg(M->DictKeysArg));
          const InitListExpr *Values = arrayElements(CE->getArg(M->DictValuesArg));
          if (Keys && Values)
            for (unsigned I = 0; I < Keys->getNumInits() && I < Values->getNumInits(); ++I)
              if (namesKey(Keys->getInit(I), Key)) Out.push_back(Values->getInit(I));
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
    // Objective-C: data.bytes is data's; `_key` and self.key are "key"'s
    // instance variable and property; another message is its selector's
    // first piece (a getter's name).
    if (const Expr *Owner = objcBufferOwner(E)) {
      E = stripAll(Owner);
      continue;
    }
    if (const auto *IR = dyn_cast<ObjCIvarRefExpr>(E)) return IR->getDecl()->getNameAsString();
    if (const auto *PO = dyn_cast<PseudoObjectExpr>(E)) {
      const auto *PR = dyn_cast<ObjCPropertyRefExpr>(PO->getSyntacticForm()->IgnoreParens());
      if (!PR) return "";
      if (PR->isExplicitProperty()) return PR->getExplicitProperty()->getNameAsString();
      return PR->isMessagingGetter() ? PR->getGetterSelector().getNameForSlot(0).str() : "";
    }
    if (const auto *OM = dyn_cast<ObjCMessageExpr>(E))
      return OM->getSelector().getNameForSlot(0).str();
    if (const auto *OV = dyn_cast<OpaqueValueExpr>(E); OV && OV->getSourceExpr()) {
      E = stripAll(OV->getSourceExpr());
      continue;
    }
    return "";
  }
  return "";
}

bool hasParameterPack(const FunctionDecl *FD) {
  if (!FD) return false;
  const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
  if (!Pattern) Pattern = FD;
  return llvm::any_of(Pattern->parameters(),
                      [](const ParmVarDecl *P) { return P->isParameterPack(); });
}

std::string displayName(const FunctionDecl *FD) {
  if (!FD) return "?";
  if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD)) return CD->getParent()->getNameAsString();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    if (MD->getParent()->isLambda()) return "lambda"; // its class has no name
    return MD->getParent()->getNameAsString() + "::" + MD->getNameAsString();
  }
  return FD->getNameAsString();
}

std::vector<const ReturnStmt *> returnsOf(const Stmt *Body) {
  struct Collector : SemanticVisitor<Collector> {
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

std::vector<const Expr *> argsFrom(ArrayRef<const Expr *> Args, const std::vector<int> &Which) {
  std::vector<const Expr *> Out;
  for (int I : Which) {
    if (I >= 0) {
      if (unsigned(I) < Args.size()) Out.push_back(Args[I]);
    } else {
      for (unsigned J = unsigned(-I - 1); J < Args.size(); ++J) Out.push_back(Args[J]);
    }
  }
  return Out;
}

std::vector<const Expr *> argsFrom(const CallExpr *CE, const std::vector<int> &Which) {
  return argsFrom(ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), Which);
}

bool anyStmtIn(const Stmt *Root, llvm::function_ref<bool(const Stmt *)> Pred) {
  struct Finder : SemanticVisitor<Finder> {
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
  const CatalogPattern *Re = Cat.pattern(Pattern); // it remembers its answers
  return Re && Re->match(Text.lower());
}

bool exclusiveBranches(ASTContext &Ctx, const Stmt *A, const Stmt *B) {
  // Each `if` above A, with the branch A is in (true: the `then`).
  llvm::DenseMap<const IfStmt *, bool> Above;
  auto Walk = [&](const Stmt *S, auto Visit) {
    const Stmt *Child = S;
    DynTypedNodeList Ps = Ctx.getParents(*S);
    for (unsigned Guard = 0; !Ps.empty() && Guard < 256; ++Guard) {
      const auto *P = Ps[0].get<Stmt>();
      if (!P) return false; // the function's body is left
      if (const auto *If = dyn_cast<IfStmt>(P)) {
        if (Child == If->getThen() && Visit(If, true)) return true;
        if (Child == If->getElse() && Visit(If, false)) return true;
      }
      Child = P;
      Ps = Ctx.getParents(*P);
    }
    return false;
  };
  Walk(A, [&](const IfStmt *If, bool Then) {
    Above.try_emplace(If, Then);
    return false;
  });
  return Walk(B, [&](const IfStmt *If, bool Then) {
    auto It = Above.find(If);
    return It != Above.end() && It->second != Then;
  });
}

std::string recordName(const RecordDecl *RD) {
  if (!RD) return "";
  if (RD->getDeclName().isIdentifier() && !RD->getName().empty()) return RD->getName().str();
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl()) return TD->getName().str();
  return "";
}

bool requestMember(const Catalog &Cat, const RecordDecl *RD, StringRef Member) {
  if (!RD || Member.empty()) return false;
  std::string Rec = recordName(RD);
  return !Rec.empty() && catalogMatch(Cat, "request-record-name", Rec) &&
         catalogMatch(Cat, "request-field-name", Member);
}

const FieldDecl *requestField(const Catalog &Cat, const MemberExpr *ME) {
  const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!FD || !FD->getDeclName().isIdentifier()) return nullptr;
  return requestMember(Cat, FD->getParent(), FD->getName()) ? FD : nullptr;
}

namespace {
/// The expression an Objective-C pseudo-object's base stands for (its
/// OpaqueValueExpr's source).
const Expr *objcSource(const Expr *E) {
  while (const auto *OV = dyn_cast_or_null<OpaqueValueExpr>(E ? E->IgnoreParenImpCasts() : nullptr))
    E = OV->getSourceExpr();
  return E;
}

/// The instance variable this unit synthesizes the property into, or null.
const ObjCIvarDecl *ivarOfProperty(const ObjCPropertyDecl *PD) {
  return PD ? PD->getPropertyIvarDecl() : nullptr;
}
} // namespace

StringRef statusWord(StringRef Name) {
  StringRef Last = Name.rsplit('_').second;
  return Last.empty() ? Name : Last;
}

std::optional<bool> grantStatusName(const Catalog &Cat, StringRef Name) {
  std::string L = Name.lower();
  if (catalogMatch(Cat, "deny-value-name", L)) return false;
  if (catalogMatch(Cat, "grant-value-name", statusWord(L))) return true;
  return std::nullopt;
}

bool programMainName(StringRef Name) {
  return Name == "main" || Name == "wmain" || Name.ends_with("_main");
}

bool booleanType(QualType T) {
  if (T.isNull()) return false;
  if (T->isBooleanType()) return true;
  for (const auto *TT = T->getAs<TypedefType>(); TT;
       TT = TT->getDecl()->getUnderlyingType()->getAs<TypedefType>())
    if (TT->getDecl()->getName() == "BOOL") return true;
  return false;
}

bool yesNoAnswers(const Stmt *Body, const ASTContext &Ctx,
                  llvm::function_ref<bool(const Expr *)> Answers) {
  std::set<int64_t> Consts;
  bool Tests = false;
  for (const ReturnStmt *RS : returnsOf(Body)) {
    const Expr *E = RS->getRetValue() ? RS->getRetValue()->IgnoreParenCasts() : nullptr;
    Expr::EvalResult Res;
    if (!E || E->isValueDependent() || !E->getType()->isIntegralOrEnumerationType())
      return false;
    // A comparison or a logical test answers yes or no too
    // (`return verify(sig, img, n) == 1;`).
    if (const auto *BO = dyn_cast<BinaryOperator>(E);
        BO && (BO->isComparisonOp() || BO->isLogicalOp()) && !E->EvaluateAsInt(Res, Ctx)) {
      Tests = true;
      continue;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_LNot && !E->EvaluateAsInt(Res, Ctx)) {
      Tests = true;
      continue;
    }
    if (Answers && Answers(E)) {
      Tests = true;
      continue;
    }
    if (!E->EvaluateAsInt(Res, Ctx)) return false;
    Consts.insert(Res.Val.getInt().getExtValue());
  }
  // (Every constant answer 0 beside tests, `return 0;` on each failure and
  // `return CRYPTO_memcmp(...) == 0;` at the end: 0 is the no.)
  return Consts == std::set<int64_t>{0, 1} || (Tests && Consts == std::set<int64_t>{0});
}

const FieldDecl *objcIvarOf(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (!E) return nullptr;
  if (const auto *IR = dyn_cast<ObjCIvarRefExpr>(E)) return IR->getDecl();
  if (const auto *PO = dyn_cast<PseudoObjectExpr>(E)) {
    const Expr *Syn = PO->getSyntacticForm()->IgnoreParens();
    if (const auto *BO = dyn_cast<BinaryOperator>(Syn)) Syn = BO->getLHS()->IgnoreParens();
    return objcIvarOf(Syn);
  }
  if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(E)) {
    if (PR->isExplicitProperty()) return ivarOfProperty(PR->getExplicitProperty());
    if (const ObjCMethodDecl *G = PR->getImplicitPropertyGetter())
      return ivarOfProperty(G->findPropertyDecl(/*CheckOverrides=*/false));
    return nullptr;
  }
  if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) {
    const ObjCMethodDecl *MD = ME->getMethodDecl();
    if (!MD || !MD->isPropertyAccessor() || ME->getNumArgs() != 0) return nullptr;
    return ivarOfProperty(MD->findPropertyDecl(/*CheckOverrides=*/false));
  }
  return nullptr;
}

const Expr *objcBufferOwner(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (!E) return nullptr;
  Selector Sel;
  const Expr *Receiver = nullptr;
  if (const auto *PO = dyn_cast<PseudoObjectExpr>(E)) {
    const auto *PR = dyn_cast<ObjCPropertyRefExpr>(PO->getSyntacticForm()->IgnoreParens());
    if (!PR || PR->isClassReceiver() || PR->isSuperReceiver() || !PR->isMessagingGetter())
      return nullptr;
    Sel = PR->getGetterSelector();
    Receiver = objcSource(PR->getBase());
  } else if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) {
    if (ME->getReceiverKind() != ObjCMessageExpr::Instance) return nullptr;
    Sel = ME->getSelector();
    Receiver = objcSource(ME->getInstanceReceiver());
  } else {
    return nullptr;
  }
  if (!Sel.isUnarySelector() || !Receiver) return nullptr;
  StringRef N = Sel.getNameForSlot(0);
  if (N != "bytes" && N != "mutableBytes") return nullptr;
  // NSData and its subclasses, by the receiver's class.
  const auto *PT = Receiver->getType()->getAs<ObjCObjectPointerType>();
  for (const ObjCInterfaceDecl *ID = PT ? PT->getInterfaceDecl() : nullptr; ID;
       ID = ID->getSuperClass())
    if (ID->getName() == "NSData") return Receiver;
  return nullptr;
}

std::vector<const CXXMethodDecl *> overriddenMethods(const CXXMethodDecl *MD) {
  std::vector<const CXXMethodDecl *> Out;
  if (!MD) return Out;
  llvm::SmallPtrSet<const CXXMethodDecl *, 8> Seen;
  std::vector<const CXXMethodDecl *> Work(MD->begin_overridden_methods(),
                                          MD->end_overridden_methods());
  for (size_t I = 0; I < Work.size() && Out.size() < 64; ++I) {
    const CXXMethodDecl *B = Work[I]->getCanonicalDecl();
    if (!Seen.insert(B).second) continue;
    Out.push_back(B);
    Work.insert(Work.end(), B->begin_overridden_methods(), B->end_overridden_methods());
  }
  return Out;
}

/// Element \p I of the initializer \p Init (an array's element, a record's
/// field by index), or null.
static const Expr *initElement(const Expr *Init, uint64_t I) {
  const auto *IL = dyn_cast_or_null<InitListExpr>(Init ? Init->IgnoreParenImpCasts() : nullptr);
  if (!IL) return nullptr;
  if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
  if (I >= IL->getNumInits()) return nullptr; // an array's zero filler: left to the table's values
  return IL->getInit(I);
}

static const Expr *pointeeInit(ASTContext &Ctx, const Expr *P, PointerInitFn PointerInit,
                               unsigned Hops);

static const Expr *constInitOf(ASTContext &Ctx, const Expr *E, PointerInitFn PointerInit,
                               unsigned Hops) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (!E || Hops > 8) return nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !(VD->getType().isConstant(Ctx) || VD->isConstexpr()) ||
        VD->getType()->isReferenceType())
      return nullptr;
    const VarDecl *Def = VD->getDefinition();
    return Def ? Def->getInit() : nullptr;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    Expr::EvalResult R;
    if (AS->getIdx()->isValueDependent() || !AS->getIdx()->EvaluateAsInt(R, Ctx) ||
        R.Val.getInt().isNegative())
      return nullptr;
    const Expr *Base = AS->getBase()->IgnoreParenImpCasts();
    if (!Base->getType()->isArrayType()) return nullptr; // p[1]: not followed
    return initElement(constInitOf(Ctx, Base, PointerInit, Hops + 1),
                       R.Val.getInt().getZExtValue());
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    const RecordDecl *RD = FD ? FD->getParent() : nullptr;
    if (!RD || RD->isUnion()) return nullptr;
    if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD); CRD && CRD->getNumBases()) return nullptr;
    for (const FieldDecl *F : RD->fields()) // an initializer list skips unnamed bit-fields
      if (F->isUnnamedBitField()) return nullptr;
    const Expr *Obj = ME->isArrow() ? pointeeInit(Ctx, ME->getBase(), PointerInit, Hops + 1)
                                    : constInitOf(Ctx, ME->getBase(), PointerInit, Hops + 1);
    return initElement(Obj, FD->getFieldIndex());
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_Deref)
    return pointeeInit(Ctx, UO->getSubExpr(), PointerInit, Hops + 1);
  return nullptr;
}

static const Expr *pointeeInit(ASTContext &Ctx, const Expr *P, PointerInitFn PointerInit,
                               unsigned Hops) {
  P = P ? P->IgnoreParens() : nullptr;
  if (!P || Hops > 8) return nullptr;
  // An array used as a pointer: its first element.
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(P)) {
    if (IC->getCastKind() == CK_ArrayToPointerDecay)
      return initElement(constInitOf(Ctx, IC->getSubExpr(), PointerInit, Hops + 1), 0);
    if (IC->getCastKind() == CK_NoOp || IC->getCastKind() == CK_LValueToRValue)
      return pointeeInit(Ctx, IC->getSubExpr(), PointerInit, Hops + 1);
    return nullptr;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(P); UO && UO->getOpcode() == UO_AddrOf)
    return constInitOf(Ctx, UO->getSubExpr(), PointerInit, Hops + 1);
  if (const auto *BO = dyn_cast<BinaryOperator>(P); BO && BO->getOpcode() == BO_Add) {
    // kProfiles + 1
    const auto *IC = dyn_cast<ImplicitCastExpr>(BO->getLHS()->IgnoreParens());
    Expr::EvalResult R;
    if (!IC || IC->getCastKind() != CK_ArrayToPointerDecay || BO->getRHS()->isValueDependent() ||
        !BO->getRHS()->EvaluateAsInt(R, Ctx) || R.Val.getInt().isNegative())
      return nullptr;
    return initElement(constInitOf(Ctx, IC->getSubExpr(), PointerInit, Hops + 1),
                       R.Val.getInt().getZExtValue());
  }
  // A local pointer that only ever holds its initializer.
  if (const auto *DRE = dyn_cast<DeclRefExpr>(P))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->getType()->isPointerType())
      if (const Expr *I = PointerInit(VD)) return pointeeInit(Ctx, I, PointerInit, Hops + 1);
  return nullptr;
}

const Expr *constantPart(ASTContext &Ctx, const Expr *E, PointerInitFn PointerInit) {
  return constInitOf(Ctx, E, PointerInit, 0);
}

bool definedElsewhere(const VarDecl *VD) {
  // (A static member initialized in its class, `static const int kBits =
  // 512;`, has its value here.)
  return VD && !VD->getDefinition() && !VD->getAnyInitializer() &&
         (VD->hasExternalStorage() || (VD->isStaticDataMember() && !VD->isInline()));
}

std::string identifierWords(StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (llvm::isUpper(C) && I > 0) {
      char P = Name[I - 1];
      bool NextLower = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
      if (llvm::isLower(P) || isDigit(P) || (llvm::isUpper(P) && NextLower)) Out.push_back('_');
    }
    Out.push_back(llvm::toLower(C));
  }
  return Out;
}

bool secretName(StringRef Name, const Catalog &Cat) {
  const CatalogPattern *Secret = Cat.pattern("secret-name");
  const CatalogPattern *Not = Cat.pattern("not-secret-name");
  const CatalogPattern *Digest = Cat.pattern("digest-name");
  // Both spellings: "kEnrollmentKey" is "kenrollmentkey" and "k_enrollment_key".
  std::string Lower = Name.lower(), Words = identifierWords(Name);
  auto Match = [&](const CatalogPattern *Re) { return Re && (Re->match(Lower) || Re->match(Words)); };
  // (Digests by their words only: "k_recovery_hash", not "khash...".)
  return Match(Secret) && !Match(Not) && !(Digest && Digest->match(Words));
}
std::vector<const ObjCImplDecl *> objcImplementations(const ObjCInterfaceDecl *ID) {
  std::vector<const ObjCImplDecl *> Out;
  if (!ID) return Out;
  if (const ObjCImplementationDecl *Impl = ID->getImplementation()) Out.push_back(Impl);
  for (const ObjCCategoryDecl *Cat : ID->visible_categories())
    if (const ObjCCategoryImplDecl *CI = Cat->getImplementation()) Out.push_back(CI);
  return Out;
}

const ObjCMethodDecl *methodDefinition(const ObjCMessageExpr *ME) {
  const ObjCMethodDecl *MD = ME->getMethodDecl();
  if (!MD) return nullptr;
  if (MD->hasBody()) return MD;
  for (const ObjCImplDecl *Impl : objcImplementations(MD->getClassInterface()))
    if (const ObjCMethodDecl *Def = Impl->getMethod(MD->getSelector(), MD->isInstanceMethod());
        Def && Def->hasBody())
      return Def;
  return nullptr;
}

} // namespace backdoor
