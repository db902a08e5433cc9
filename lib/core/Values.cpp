//===--- Values.cpp - constant values and where they come from -----------===//
#include "core/Values.h"
#include "core/AstUtil.h"
#include "clang/AST/ExprObjC.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <functional>

using namespace clang;
using namespace llvm;

namespace backdoor {

static constexpr unsigned MaxDepth = 10;

/// The algorithm a catalog symbol names, spelled at \p Src.
template <class Alg> static Value algValue(const Alg &A, const Expr *Src) {
  Value V;
  V.Kind = Value::Alg;
  V.A = A;
  V.Source = Src;
  return V;
}
static constexpr size_t MaxValues = 32;

std::vector<StringRef> ValueResolver::macroNames(SourceLocation Loc) const {
  return macroNamesAt(Ctx, Loc);
}

/// Where \p Loc passes through an argument of an expansion of the macro
/// \p Name: where that argument is written in the macro's invocation;
/// invalid otherwise.
static SourceLocation argumentSpelling(const ASTContext &Ctx, SourceLocation Loc, StringRef Name) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (unsigned I = 0; Loc.isMacroID() && I < 16; ++I) {
    if (SM.isMacroArgExpansion(Loc)) {
      // The parameter's place in the body's expansion, whose own expansion
      // is the invocation `NAME(...)`.
      SourceLocation Param = SM.getImmediateExpansionRange(Loc).getBegin();
      if (Lexer::getImmediateMacroName(Param, SM, Ctx.getLangOpts()) == Name) {
        FileID Invocation = SM.getFileID(SM.getImmediateExpansionRange(Param).getBegin());
        // The argument as written there (through the expansion of a macro
        // it is itself, PSA_ALG_SHA_1).
        SourceLocation W = SM.getImmediateSpellingLoc(Loc);
        for (unsigned J = 0; W.isValid() && J < 16 && SM.getFileID(W) != Invocation; ++J)
          W = W.isMacroID() ? SM.getImmediateMacroCallerLoc(W) : SourceLocation();
        return W.isValid() && SM.getFileID(W) == Invocation ? W : Param;
      }
    }
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return SourceLocation();
}

/// The expression an expansion of the function-like macro \p Name made of
/// its argument \p Index, within \p E (the expansion's value), or null: the
/// outermost subexpressions that come from its arguments, ordered by where
/// the arguments are written.
static const Expr *macroArgument(const ASTContext &Ctx, const Expr *E, StringRef Name,
                                 unsigned Index) {
  // E itself inside an argument of Name: a part of the argument, not the carrier.
  if (argumentSpelling(Ctx, E->getBeginLoc(), Name).isValid()) return nullptr;
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<std::pair<SourceLocation, const Expr *>> Args;
  SmallVector<const Stmt *, 16> Work{E};
  for (unsigned Steps = 0; !Work.empty() && Steps < 256; ++Steps) {
    const Stmt *S = Work.pop_back_val();
    for (const Stmt *C : S->children()) {
      if (!C) continue;
      if (const auto *CE = dyn_cast<Expr>(C)) {
        SourceLocation At = argumentSpelling(Ctx, CE->getBeginLoc(), Name);
        if (At.isValid()) {
          if (llvm::none_of(Args, [&](const auto &P) { return P.first == At; }))
            Args.push_back({At, CE});
          continue;
        }
      }
      Work.push_back(C);
    }
  }
  llvm::sort(Args, [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first, B.first);
  });
  return Index < Args.size() ? Args[Index].second : nullptr;
}

namespace {
/// Collects, for every local variable of one function, the expressions
/// assigned to it and whether it is changed in a way we do not follow.
class DefIndexer : public SemanticVisitor<DefIndexer> {
public:
  DefIndexer(const Catalog &Cat, const UnitIndex &Idx,
             DenseMap<const VarDecl *, std::pair<std::vector<const Expr *>, bool>> &Out)
      : Cat(Cat), Idx(Idx), Out(Out) {}
  bool shouldVisitLambdaBody() const { return true; }

  static const VarDecl *var(const Expr *E) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(E)))
      return dyn_cast<VarDecl>(DRE->getDecl());
    return nullptr;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (const VarDecl *VD = var(BO->getLHS())) {
      if (BO->getOpcode() == BO_Assign)
        Out[VD].first.push_back(BO->getRHS());
      else if (BO->isCompoundAssignmentOp())
        Out[VD].second = true;
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    const VarDecl *VD = var(UO->getSubExpr());
    if (!VD) return true;
    if (UO->isIncrementDecrementOp()) Out[VD].second = true;
    if (UO->getOpcode() == UO_AddrOf && !SafeAddrOf.count(UO)) Out[VD].second = true;
    return true;
  }
  bool VisitInitListExpr(InitListExpr *IL) {
    // &bits inside a key/value parameter struct (OSSL_PARAM_int) is read.
    const RecordDecl *RD = IL->getType()->getAsRecordDecl();
    if (!RD || !RD->getDeclName().isIdentifier()) return true;
    bool Param = false;
    for (const ParamStructModel &PS : Cat.paramStructs()) Param |= RD->getName() == PS.Type;
    if (!Param) return true;
    for (unsigned I = 0; I < IL->getNumInits(); ++I)
      if (const auto *UO = dyn_cast<UnaryOperator>(IL->getInit(I)->IgnoreParenCasts()))
        if (UO->getOpcode() == UO_AddrOf) SafeAddrOf.insert(UO);
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    bool Modelled = FD && Idx.model(CE);
    // std::make_unique<T>(bits): the factory forwards a number to T's
    // constructor, which reads it (constructors do not take sizes by
    // non-const reference to write them).
    const FunctionModel *Own = FD ? Cat.function(plainQualifiedName(FD)) : nullptr;
    bool ForwardsToConstructor = Own && Own->ConstructsTemplateArg;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *A = CE->getArg(I)->IgnoreParenImpCasts();
      if (const auto *UO = dyn_cast<UnaryOperator>(A))
        if (UO->getOpcode() == UO_AddrOf && Modelled) SafeAddrOf.insert(UO);
      // A variable bound to a non-const reference parameter may be written.
      if (const VarDecl *VD = var(A)) {
        QualType PT;
        if (FD && I < FD->getNumParams()) PT = FD->getParamDecl(I)->getType();
        if (!PT.isNull() && PT->isReferenceType() && !PT->getPointeeType().isConstQualified() &&
            !(ForwardsToConstructor && VD->getType()->isArithmeticType()))
          Out[VD].second = true;
        if (PT.isNull() && !FD) Out[VD].second = true;
      }
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (OC->getNumArgs() >= 2 && OC->getOperator() == OO_Equal) {
        if (const VarDecl *VD = var(OC->getArg(0))) Out[VD].first.push_back(OC->getArg(1));
      } else if (OC->getNumArgs() >= 1 && OC->isAssignmentOp()) {
        if (const VarDecl *VD = var(OC->getArg(0))) Out[VD].second = true;
      }
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && !MD->isConst())
        if (const VarDecl *VD = var(MC->getImplicitObjectArgument())) Out[VD].second = true;
    }
    return true;
  }

private:
  const Catalog &Cat;
  const UnitIndex &Idx;
  DenseMap<const VarDecl *, std::pair<std::vector<const Expr *>, bool>> &Out;
  DenseSet<const UnaryOperator *> SafeAddrOf;
};

} // namespace

void ValueResolver::indexFunction(const Decl *D) {
  if (!Indexed.insert(D).second) return;
  Stmt *Body = D->getBody();
  if (!Body) return;
  DenseMap<const VarDecl *, std::pair<std::vector<const Expr *>, bool>> Out;
  DefIndexer(Cat, Idx, Out).TraverseStmt(Body);
  for (auto &[VD, Info] : Out) {
    VarInfo &VI = Vars[VD];
    VI.Defs.insert(VI.Defs.end(), Info.first.begin(), Info.first.end());
    VI.Unknown |= Info.second;
  }
}

const ValueResolver::VarInfo &ValueResolver::varInfo(const VarDecl *VD) {
  auto It = Vars.find(VD);
  if (It != Vars.end() && Indexed.count(cast<Decl>(VD->getDeclContext()))) return It->second;
  if (const auto *DC = dyn_cast<Decl>(VD->getDeclContext()))
    if (VD->isLocalVarDeclOrParm()) {
      // Index the outermost function so that lambdas' writes are seen too.
      const Decl *Outer = DC;
      while (const auto *MD = dyn_cast<CXXMethodDecl>(Outer)) {
        if (!MD->getParent()->isLambda()) break;
        const DeclContext *P = MD->getParent()->getDeclContext();
        if (!P || !isa<Decl>(P) || !cast<Decl>(P)->getBody()) break;
        Outer = cast<Decl>(P);
      }
      indexFunction(Outer);
      Indexed.insert(DC);
    }
  return Vars[VD];
}

void ValueResolver::addAlgFromValue(ValueSet &Out, const Value &V) {
  if (V.Kind == Value::Alg) {
    Out.Values.push_back(V);
    return;
  }
  if (V.Kind == Value::String) {
    if (auto A = Cat.name(V.S)) {
      Value N = V;
      N.Kind = Value::Alg;
      N.A = *A;
      Out.Values.push_back(N);
      return;
    }
  }
  Out.Complete = false;
}

ValueSet ValueResolver::fromLookup(const FunctionModel &M, const CallExpr *CE, unsigned Depth) {
  ValueSet Out;
  if (M.ReturnsFrom < 0 || unsigned(M.ReturnsFrom) >= CE->getNumArgs()) {
    Out.Complete = false;
    return Out;
  }
  ValueSet In = resolveAt(CE->getArg(M.ReturnsFrom), Depth + 1);
  Out.Complete = In.Complete;
  for (const Value &V : In.Values) addAlgFromValue(Out, V);
  return Out;
}

namespace {

/// The integer a call passes for the parameter a condition tests (`alg` of
/// `switch (alg)`, `alg == X`), when the argument is a constant.
std::optional<llvm::APSInt> constantArgumentFor(ASTContext &Ctx, const FunctionDecl *Def,
                                                const Expr *Cond, const CallExpr *CE) {
  const auto *DRE = dyn_cast<DeclRefExpr>(Cond->IgnoreParenImpCasts());
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || P->getDeclContext() != Def) return std::nullopt;
  unsigned I = P->getFunctionScopeIndex();
  if (I >= CE->getNumArgs()) return std::nullopt;
  const Expr *A = CE->getArg(I);
  Expr::EvalResult R;
  if (A->isValueDependent() || !A->EvaluateAsInt(R, Ctx)) return std::nullopt;
  return R.Val.getInt();
}

bool sameInt(const llvm::APSInt &A, const llvm::APSInt &B) {
  return llvm::APSInt::isSameValue(A, B);
}

/// Whether a call of \p Def with \p CE's arguments may reach the return
/// \p RS: false when a `switch` on a parameter or an `if (param == K)` the
/// return is under rules it out for the constant the call passes.
bool returnReachable(ASTContext &Ctx, const FunctionDecl *Def, const ReturnStmt *RS,
                     const CallExpr *CE) {
  // Only a constant argument rules a return out (and the parent map the
  // walk needs is built only then).
  bool AnyConstant = false;
  for (const Expr *A : CE->arguments()) {
    Expr::EvalResult R;
    AnyConstant |= !A->isValueDependent() && A->getType()->isIntegralOrEnumerationType() &&
                   A->EvaluateAsInt(R, Ctx);
  }
  if (!AnyConstant || !Def->getBody()) return true;
  // The statements from the body down to the return (found in the function
  // alone: no parent map of the whole unit).
  SmallVector<const Stmt *, 16> Path;
  std::function<bool(const Stmt *, unsigned)> Find = [&](const Stmt *St, unsigned Depth) {
    if (!St || Depth > 64) return false;
    Path.push_back(St);
    if (St == RS) return true;
    for (const Stmt *C : St->children())
      if (Find(C, Depth + 1)) return true;
    Path.pop_back();
    return false;
  };
  if (!Find(Def->getBody(), 0)) return true;
  const Stmt *Child = RS, *Below = nullptr; // Below: the child of Child on the way up
  for (size_t Up = Path.size() - 1; Up > 0; --Up) {
    const Stmt *Parent = Path[Up - 1];
    if (const auto *IS = dyn_cast<IfStmt>(Parent); IS && IS->getCond() && Child != IS->getCond()) {
      const auto *BO = dyn_cast<BinaryOperator>(IS->getCond()->IgnoreParenImpCasts());
      if (BO && (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE)) {
        for (auto [X, K] : {std::pair{BO->getLHS(), BO->getRHS()}, {BO->getRHS(), BO->getLHS()}}) {
          std::optional<llvm::APSInt> V = constantArgumentFor(Ctx, Def, X, CE);
          Expr::EvalResult R;
          if (!V || K->isValueDependent() || !K->EvaluateAsInt(R, Ctx)) continue;
          bool Equal = sameInt(*V, R.Val.getInt());
          bool Holds = BO->getOpcode() == BO_EQ ? Equal : !Equal;
          if (Child == IS->getThen() && !Holds) return false;
          if (Child == IS->getElse() && Holds) return false;
          break;
        }
      }
    }
    if (const auto *SS = dyn_cast<SwitchStmt>(Parent)) {
      std::optional<llvm::APSInt> V =
          SS->getCond() ? constantArgumentFor(Ctx, Def, SS->getCond(), CE) : std::nullopt;
      const auto *Body = dyn_cast_or_null<CompoundStmt>(SS->getBody());
      if (!V || !Body || Child != Body || !Below) return true;
      // Whether some case of the switch takes the value (else `default`).
      bool AnyCase = false;
      for (const SwitchCase *C = SS->getSwitchCaseList(); C; C = C->getNextSwitchCase())
        if (const auto *CS = dyn_cast<CaseStmt>(C)) {
          Expr::EvalResult R;
          if (!CS->getRHS() && CS->getLHS() && CS->getLHS()->EvaluateAsInt(R, Ctx) &&
              sameInt(*V, R.Val.getInt()))
            AnyCase = true;
        }
      // The statements of the body in order: a label group reached by the
      // value (or fallen into from one) runs until a return or break.
      bool Active = false;
      const Stmt *Prev = nullptr;
      for (const Stmt *St : Body->body()) {
        if (Prev && isa<ReturnStmt, BreakStmt, ContinueStmt, GotoStmt>(Prev)) Active = false;
        const Stmt *Inner = St;
        while (const auto *SC = dyn_cast<SwitchCase>(Inner)) {
          if (isa<DefaultStmt>(SC)) {
            Active |= !AnyCase;
          } else {
            const auto *CS = cast<CaseStmt>(SC);
            Expr::EvalResult R;
            if (CS->getRHS() || !CS->getLHS() || !CS->getLHS()->EvaluateAsInt(R, Ctx))
              Active = true; // a range or a label we cannot read
            else
              Active |= sameInt(*V, R.Val.getInt());
          }
          Inner = SC->getSubStmt();
        }
        if (St == Below) return Active;
        Prev = Inner;
      }
      return true;
    }
    if (isa<LambdaExpr>(Parent)) return true;
    Below = Child;
    Child = Parent;
  }
  return true;
}

} // namespace

ValueSet ValueResolver::fromCall(const CallExpr *CE, unsigned Depth) {
  ValueSet Out;
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD) {
    // A call through a function pointer the unit knows the values of (a
    // field of a constant suite table, `{"3des-sha1", EVP_des_ede3_cbc,
    // 24}`, called as `s.cipher()`): the algorithms those functions name.
    ValueSet C = Depth < MaxDepth ? resolveAt(CE->getCallee(), Depth + 1) : ValueSet();
    for (Value &V : C.Values)
      if (V.Kind == Value::Alg) {
        V.Path.push_back(Step{CE, "called here"});
        Out.Values.push_back(std::move(V));
      }
    Out.Complete = false;
    return Out;
  }
  if (FD->getDeclName().isIdentifier()) {
    StringRef Name = FD->getName();
    if (auto A = Cat.symbol(Name)) { // EVP_des_cbc(), EVP_md5(), ...
      Out.Values.push_back(algValue(*A, CE));
      return Out;
    }
    if (const FunctionModel *M = Idx.model(CE))
      if (M->ReturnsFrom >= 0) return fromLookup(*M, CE, Depth);
  }
  // std::string::c_str() / data() of a string we can follow.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    if (const CXXMethodDecl *MD = MC->getMethodDecl())
      if (MD->getDeclName().isIdentifier() && (MD->getName() == "c_str" || MD->getName() == "data"))
        return resolveAt(MC->getImplicitObjectArgument(), Depth + 1);
    // `cfg.min_tls.value_or(TLS1_VERSION)`: the program's own default, the
    // value whenever nothing configured one (what the setting is when set
    // is the configuration's, not a value the program chose).
    if (const CXXMethodDecl *MD = MC->getMethodDecl();
        MD && MD->getParent()->isInStdNamespace() && MD->getDeclName().isIdentifier() &&
        MD->getName() == "value_or" && MC->getNumArgs() == 1) {
      ValueSet D = resolveAt(MC->getArg(0), Depth + 1);
      for (Value &V : D.Values) V.Path.push_back(Step{MC, "the default when nothing is configured"});
      return D;
    }
  }
  // A helper of this translation unit: what it returns; a virtual call
  // through a pointer or reference: what each override the unit defines
  // returns (`codec.cipher_spec()`), others may exist elsewhere.
  std::vector<const FunctionDecl *> Bodies = callBodies(Idx, CE);
  const FunctionDecl *Def = nullptr;
  if (Bodies.size() > 1 || (Bodies.size() == 1 && Bodies[0] != FD->getDefinition())) {
    for (const FunctionDecl *B : Bodies) {
      if (B->isVariadic()) continue;
      for (const ReturnStmt *RS : returnsOf(B->getBody()))
        if (RS->getRetValue())
          addThrough(Out, RS->getRetValue(), RS, "value returned here", Depth);
    }
    Out.Complete = false;
    return Out;
  }
  if (FD->hasBody(Def) && Def && !Def->isVariadic()) {
    std::vector<const ReturnStmt *> Returns = returnsOf(Def->getBody());
    if (Returns.empty()) Out.Complete = false;
    for (const ReturnStmt *RS : Returns) {
      if (!RS->getRetValue()) {
        Out.Complete = false;
        continue;
      }
      // `switch (alg) { case BUNDLE_BF_CBC: return EVP_bf_cbc(); ... }`
      // called with a constant: only the returns that constant reaches.
      if (!returnReachable(Ctx, Def, RS, CE)) continue;
      addThrough(Out, RS->getRetValue(), RS, "value returned here", Depth);
    }
    return Out;
  }
  Out.Complete = false;
  return Out;
}

ValueSet ValueResolver::fromParm(const ParmVarDecl *PVD, unsigned Depth) {
  ValueSet Out;
  Out.Complete = false; // callers in other translation units are unknown
  const auto *FD = dyn_cast<FunctionDecl>(PVD->getDeclContext());
  if (!FD || Depth > MaxDepth / 2) return Out;
  // A parameter that the function itself reassigns is not its argument.
  if (FD->hasBody()) {
    const VarInfo &VI = varInfo(PVD);
    if (VI.Unknown || !VI.Defs.empty()) return Out;
  }
  unsigned Index = PVD->getFunctionScopeIndex();
  // Direct calls, and calls through a function pointer that may land here
  // (`ops->open(&conn, host, WOLFSSL_VERIFY_NONE)`).
  for (const UnitIndex::CallMap *CallSites : {&Idx.calls(), &Idx.indirectCalls()}) {
    auto It = CallSites->find(FD->getCanonicalDecl());
    if (It == CallSites->end()) continue;
    for (const CallExpr *CE : It->second) {
      unsigned Shift = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(FD) ? 1 : 0;
      if (Index + Shift >= CE->getNumArgs()) continue;
      const Expr *Arg = CE->getArg(Index + Shift);
      addThrough(Out, Arg, Arg, "argument passed here", Depth); // Out stays incomplete
    }
  }
  return Out;
}

/// An element of a constant aggregate: kSizes[1], kConfig.bits, kTable[i].name.
ValueSet ValueResolver::fromAggregate(const Expr *Init, ArrayRef<unsigned> Path, const Expr *Index,
                                      unsigned Depth, bool AllElements) {
  ValueSet Out;
  const auto *IL = dyn_cast_or_null<InitListExpr>(Init ? stripAll(Init) : nullptr);
  if (!IL) {
    Out.Complete = false;
    return Out;
  }
  if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
  std::vector<const Expr *> Elems;
  if (Index || AllElements) { // an array: one element, or all of them when the index varies
    std::vector<Value> Is = Index ? ints(Index) : std::vector<Value>();
    if (Is.empty() || !resolve(Index).Complete) {
      for (unsigned I = 0; I < IL->getNumInits(); ++I) Elems.push_back(IL->getInit(I));
    } else {
      for (const Value &I : Is)
        if (I.I >= 0 && unsigned(I.I) < IL->getNumInits()) Elems.push_back(IL->getInit(I.I));
    }
  } else {
    Elems.push_back(IL);
  }
  for (const Expr *E : Elems) {
    for (unsigned F : Path) { // then the fields, outermost first
      const auto *Sub = dyn_cast<InitListExpr>(stripAll(E));
      if (Sub && Sub->isSyntacticForm() && Sub->getSemanticForm()) Sub = Sub->getSemanticForm();
      E = Sub && F < Sub->getNumInits() ? Sub->getInit(F) : nullptr;
      if (!E) break;
    }
    if (!E) {
      Out.Complete = false;
      continue;
    }
    addThrough(Out, E, E, "table entry defined here", Depth);
  }
  return Out;
}

ValueSet ValueResolver::fromVar(const VarDecl *VD, const Expr *Use, unsigned Depth) {
  ValueSet Out;
  if (const auto *PVD = dyn_cast<ParmVarDecl>(VD)) return fromParm(PVD, Depth);
  std::vector<const Expr *> Defs;
  if (VD->isLocalVarDecl() || (VD->isStaticLocal())) {
    if (VD->isStaticLocal() && !VD->getType().isConstQualified()) {
      Out.Complete = false;
      return Out;
    }
    const VarInfo &VI = varInfo(VD);
    if (VI.Unknown) {
      Out.Complete = false;
      return Out;
    }
    if (const Expr *Init = VD->getInit()) Defs.push_back(Init);
    const SourceManager &SM = Ctx.getSourceManager();
    for (const Expr *D : VI.Defs)
      if (!Use || SM.isBeforeInTranslationUnit(D->getBeginLoc(), Use->getBeginLoc()))
        Defs.push_back(D);
  } else if (VD->hasGlobalStorage()) {
    // Globals: only when they cannot change (const, constexpr).
    if (!VD->getType().isConstQualified() && !VD->isConstexpr()) {
      Out.Complete = false;
      return Out;
    }
    if (const VarDecl *Def = VD->getDefinition()) VD = Def;
    if (const Expr *Init = VD->getInit()) Defs.push_back(Init);
  }
  if (Defs.empty()) Out.Complete = false;
  for (const Expr *D : Defs) addThrough(Out, D, D, "value assigned here", Depth);
  return Out;
}

void ValueResolver::addThrough(ValueSet &Out, const Expr *E, const Stmt *At, const char *What,
                               unsigned Depth) {
  ValueSet R = resolveAt(E, Depth + 1);
  Out.Complete &= R.Complete;
  for (Value V : R.Values) {
    V.Path.insert(V.Path.begin(), Step{At, What});
    Out.Values.push_back(std::move(V));
  }
}

ValueSet ValueResolver::resolveAt(const Expr *E, unsigned Depth) {
  if (!E) return ValueSet{{}, false};
  E = stripAll(E);
  auto It = Memo.find(E);
  if (It != Memo.end()) return It->second;
  if (Depth > MaxDepth || !InProgress.insert(E).second) return ValueSet{{}, false};
  ValueSet R = compute(E, Depth);
  InProgress.erase(E);
  if (R.Values.size() > MaxValues) {
    R.Values.resize(MaxValues);
    R.Complete = false;
  }
  return Memo[E] = std::move(R);
}

const ValueSet &ValueResolver::resolve(const Expr *E) {
  static const ValueSet Empty{{}, false};
  if (!E) return Empty;
  resolveAt(E, 0);
  auto It = Memo.find(stripAll(E));
  return It == Memo.end() ? Empty : It->second;
}

std::optional<int64_t> asInt64(const APSInt &V) {
  if (V.isSigned() ? V.getSignificantBits() > 64 : V.getActiveBits() > 64) return std::nullopt;
  return V.isSigned() ? V.getSExtValue() : int64_t(V.getZExtValue());
}

std::optional<int64_t> foldInt(BinaryOperatorKind Op, int64_t X, int64_t Y, QualType T,
                               const ASTContext &Ctx) {
  // C's rules in the operation's own type: unsigned arithmetic wraps, signed
  // overflow, division by zero, INT_MIN / -1 and out-of-range shifts are
  // undefined. Types we cannot model (wider than 64 bits) are 64-bit signed.
  unsigned W = 64;
  bool Unsigned = false;
  if (!T.isNull() && T->isIntegralOrEnumerationType()) {
    W = Ctx.getIntWidth(T);
    Unsigned = T->isUnsignedIntegerOrEnumerationType();
    if (W == 0 || W > 64) W = 64, Unsigned = false;
  }
  APInt A = APInt(64, uint64_t(X)).zextOrTrunc(W), B = APInt(64, uint64_t(Y)).zextOrTrunc(W);
  bool Ov = false;
  APInt R(W, 0);
  switch (Op) {
  case BO_Add:
    R = Unsigned ? A + B : A.sadd_ov(B, Ov);
    break;
  case BO_Sub:
    R = Unsigned ? A - B : A.ssub_ov(B, Ov);
    break;
  case BO_Mul:
    R = Unsigned ? A * B : A.smul_ov(B, Ov);
    break;
  case BO_Div:
  case BO_Rem:
    if (B.isZero()) return std::nullopt;
    if (Unsigned) {
      R = Op == BO_Div ? A.udiv(B) : A.urem(B);
    } else {
      if (A.isMinSignedValue() && B.isAllOnes()) return std::nullopt; // INT_MIN / -1
      R = Op == BO_Div ? A.sdiv(B) : A.srem(B);
    }
    break;
  case BO_Shl:
  case BO_Shr: {
    // The count is the right operand's value, not converted to the result type.
    if (Y < 0 || uint64_t(Y) >= W) return std::nullopt;
    unsigned N = unsigned(Y);
    if (Op == BO_Shr) {
      R = Unsigned ? A.lshr(N) : A.ashr(N);
    } else if (Unsigned) {
      R = A.shl(N);
    } else {
      if (A.isNegative()) return std::nullopt; // undefined in C (and before C++20)
      R = A.sshl_ov(N, Ov);
    }
    break;
  }
  case BO_And:
    R = A & B;
    break;
  case BO_Or:
    R = A | B;
    break;
  case BO_Xor:
    R = A ^ B;
    break;
  default:
    return std::nullopt;
  }
  if (Ov) return std::nullopt;
  return Unsigned ? int64_t(R.getZExtValue()) : R.getSExtValue();
}

static Value intValue(int64_t I, const Expr *Src) {
  Value V;
  V.Kind = Value::Int;
  V.I = I;
  V.Source = Src;
  return V;
}

ValueSet ValueResolver::compute(const Expr *E, unsigned Depth) {
  ValueSet Out;
  if (E->getType().isNull() || E->isValueDependent() || E->isTypeDependent()) {
    Out.Complete = false;
    return Out;
  }
  // A constant spelled by a macro the catalog knows (NID_md5, RSA_NO_PADDING,
  // CNG's BCRYPT_CHAIN_MODE_ECB, a string).
  if (E->getBeginLoc().isMacroID() &&
      (E->getType()->isIntegerType() || isa<clang::StringLiteral>(E))) {
    std::vector<StringRef> Names = macroNames(E->getBeginLoc());
    for (StringRef N : Names)
      if (auto A = Cat.symbol(N)) {
        Out.Values.push_back(algValue(*A, E));
        break;
      }
    // PSA_ALG_ECDSA(PSA_ALG_SHA_1) is one integer whose low byte names the
    // hash: the algorithm the catalog's carrier macro was given as well.
    if (E->getType()->isIntegerType())
      for (StringRef N : Names)
        if (auto Arg = Cat.carriedArgument(N))
          if (const Expr *A = macroArgument(Ctx, E, N, *Arg))
            for (Value V : resolveAt(A, Depth + 1).Values)
              if (V.Kind == Value::Alg && Out.Values.size() < MaxValues)
                Out.Values.push_back(std::move(V));
    if (!Out.Values.empty()) return Out;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // A library function named, not called (`EVP_des_ede3_cbc` stored in a
    // suite table's function pointer): the algorithm its call selects.
    if (const auto *Fn = dyn_cast<FunctionDecl>(DRE->getDecl());
        Fn && Fn->getDeclName().isIdentifier())
      if (auto A = Cat.symbol(Fn->getName())) {
        Out.Values.push_back(algValue(*A, E));
        return Out;
      }
    if (const auto *EC = dyn_cast<EnumConstantDecl>(DRE->getDecl())) {
      if (auto A = Cat.symbol(EC->getName())) {
        Out.Values.push_back(algValue(*A, E));
        return Out;
      }
      // enum { kCipher = NID_des_cbc }: what the initializer spells.
      if (const Expr *Init = EC->getInitExpr()) {
        ValueSet R = resolveAt(Init, Depth + 1);
        for (Value V : R.Values)
          if (V.Kind == Value::Alg) {
            V.Path.insert(V.Path.begin(), Step{Init, "enumerator defined here"});
            Out.Values.push_back(std::move(V));
          }
        if (!Out.Values.empty()) return Out;
      }
      if (std::optional<int64_t> I = asInt64(EC->getInitVal()))
        Out.Values.push_back(intValue(*I, E));
      else
        Out.Complete = false;
      return Out;
    }
  }
  if (const auto *SL = dyn_cast<clang::StringLiteral>(E)) {
    Value V;
    V.Kind = Value::String;
    if (SL->getCharByteWidth() == 1) {
      V.S = SL->getString().str();
    } else {
      // A wide string (L"DES", CNG's identifiers): its text when it is ASCII.
      std::string Narrow;
      for (unsigned I = 0, N = SL->getLength(); I < N; ++I) {
        uint32_t C = SL->getCodeUnit(I);
        if (C == 0 || C > 0x7f) {
          Narrow.clear();
          break;
        }
        Narrow.push_back(char(C));
      }
      V.S = Narrow;
    }
    V.Source = E;
    Out.Values.push_back(V);
    return Out;
  }
  // @1024, @(bits): the boxed value; @"text": the string.
  if (const auto *BE = dyn_cast<ObjCBoxedExpr>(E)) return resolveAt(BE->getSubExpr(), Depth + 1);
  if (const auto *OS = dyn_cast<ObjCStringLiteral>(E)) return resolveAt(OS->getString(), Depth + 1);
  // kName.UTF8String (a property read: the message it sends), [s UTF8String],
  // [NSString stringWithUTF8String:"des-ede3-cbc"]: the same text.
  if (const auto *PO = dyn_cast<PseudoObjectExpr>(E))
    if (const Expr *R = PO->getResultExpr()) return resolveAt(R, Depth + 1);
  if (const auto *OV = dyn_cast<OpaqueValueExpr>(E))
    if (const Expr *Src = OV->getSourceExpr()) return resolveAt(Src, Depth + 1);
  if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) {
    std::string Sel = ME->getSelector().getAsString();
    if (ME->getInstanceReceiver() &&
        (Sel == "UTF8String" || Sel == "cString" || Sel == "cStringUsingEncoding:" || Sel == "copy"))
      return resolveAt(ME->getInstanceReceiver(), Depth + 1);
    if (ME->isClassMessage() && ME->getNumArgs() >= 1 &&
        (Sel == "stringWithUTF8String:" || Sel == "stringWithString:" ||
         Sel == "stringWithCString:encoding:"))
      return resolveAt(ME->getArg(0), Depth + 1);
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // constexpr int kPad = RSA_PKCS1_PADDING: what the definition spells
    // matters more than the number it folds to.
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      // An extern constant the library defines (Security's
      // kSecKeyAlgorithmRSAEncryptionPKCS1, a CFStringRef): named by the catalog.
      if (!VD->hasInit() && VD->hasExternalStorage() && VD->getDeclName().isIdentifier())
        if (auto A = Cat.symbol(VD->getName())) {
          Out.Values.push_back(algValue(*A, E));
          return Out;
        }
      ValueSet R = fromVar(VD, DRE, Depth);
      if (!R.Values.empty()) return R;
    }
  }
  // A part of a constant table a constant path selects (`kProfiles[1].cipher`,
  // `p->cipher` after `p = &kProfiles[1]`): what its initializer spells
  // (GCRY_CIPHER_3DES), not only the number it folds to.
  if (isa<ArraySubscriptExpr>(E) || isa<MemberExpr>(E)) {
    auto PointerInit = [&](const VarDecl *VD) -> const Expr * {
      if (!VD->isLocalVarDecl() || VD->isStaticLocal() || !VD->getInit()) return nullptr;
      const VarInfo &VI = varInfo(VD);
      return VI.Unknown || !VI.Defs.empty() ? nullptr : VD->getInit();
    };
    if (const Expr *I = constantPart(Ctx, E, PointerInit)) {
      addThrough(Out, I, I, "table entry defined here", Depth);
      return Out;
    }
  }
  if (E->getType()->isIntegralOrEnumerationType()) {
    // An algorithm identifier with flag bits or'ed onto it still names the
    // algorithm: GnuTLS's GNUTLS_CURVE_TO_BITS(curve) is (1u << 31) | curve,
    // a key size that says "this curve". Only a constant flag side: two
    // identifiers or'ed together name neither.
    if (const auto *BO = dyn_cast<BinaryOperator>(E->IgnoreParenCasts());
        BO && BO->getOpcode() == BO_Or) {
      ValueSet L = resolveAt(BO->getLHS(), Depth + 1), R = resolveAt(BO->getRHS(), Depth + 1);
      auto Algs = [](const ValueSet &S) {
        return !S.Values.empty() && S.Complete &&
               llvm::all_of(S.Values, [](const Value &V) { return V.Kind == Value::Alg; });
      };
      auto Flag = [&](const Expr *Side) {
        Expr::EvalResult F;
        return Side->EvaluateAsInt(F, Ctx) && !Algs(resolveAt(Side, Depth + 1));
      };
      if (Algs(L) && Flag(BO->getRHS())) return L;
      if (Algs(R) && Flag(BO->getLHS())) return R;
    }
    Expr::EvalResult ER;
    if (E->EvaluateAsInt(ER, Ctx)) {
      if (std::optional<int64_t> I = asInt64(ER.Val.getInt()))
        Out.Values.push_back(intValue(*I, E));
      else
        Out.Complete = false; // wider than 64 bits
      return Out;
    }
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    // A condition the compiler folds (a configuration macro) picks one arm.
    bool Cond = false;
    if (!CO->getCond()->isValueDependent() && CO->getCond()->EvaluateAsBooleanCondition(Cond, Ctx))
      return resolveAt(Cond ? CO->getTrueExpr() : CO->getFalseExpr(), Depth + 1);
    for (const Expr *Arm : {CO->getTrueExpr(), CO->getFalseExpr()}) {
      ValueSet R = resolveAt(Arm, Depth + 1);
      Out.Complete &= R.Complete;
      Out.Values.insert(Out.Values.end(), R.Values.begin(), R.Values.end());
    }
    return Out;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Comma) return resolveAt(BO->getRHS(), Depth + 1);
    if (BO->isAdditiveOp() || BO->isMultiplicativeOp() || BO->isShiftOp() || BO->isBitwiseOp()) {
      ValueSet L = resolveAt(BO->getLHS(), Depth + 1), R = resolveAt(BO->getRHS(), Depth + 1);
      Out.Complete = L.Complete && R.Complete;
      for (const Value &A : L.Values)
        for (const Value &B : R.Values) {
          if (A.Kind != Value::Int || B.Kind != Value::Int) {
            Out.Complete = false;
            continue;
          }
          std::optional<int64_t> Z = foldInt(BO->getOpcode(), A.I, B.I, BO->getType(), Ctx);
          if (!Z) { // overflow, division by zero, an undefined shift: not a constant
            Out.Complete = false;
            continue;
          }
          Value V = intValue(*Z, E);
          V.Path = A.Path;
          if (!A.Path.empty() || A.Source != BO->getLHS())
            V.Path.push_back(Step{A.Source, "value assigned here"});
          Out.Values.push_back(V);
        }
      return Out;
    }
    Out.Complete = false;
    return Out;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Minus || UO->getOpcode() == UO_Plus) {
      ValueSet R = resolveAt(UO->getSubExpr(), Depth + 1);
      Out.Complete = R.Complete;
      for (Value V : R.Values)
        if (V.Kind == Value::Int) {
          if (UO->getOpcode() == UO_Minus) {
            std::optional<int64_t> N = foldInt(BO_Sub, 0, V.I, UO->getType(), Ctx);
            if (!N) { // -INT_MIN overflows
              Out.Complete = false;
              continue;
            }
            V.I = *N;
          }
          Out.Values.push_back(V);
        }
      return Out;
    }
    if (UO->getOpcode() == UO_AddrOf) // &bits handed to a parameter API
      return resolveAt(UO->getSubExpr(), Depth + 1);
    Out.Complete = false;
    return Out;
  }
  if (isa<ArraySubscriptExpr>(E) || isa<MemberExpr>(E)) {
    // A constant table or struct: follow fields and indexes to its initializer.
    SmallVector<unsigned, 4> Fields;
    const Expr *Index = nullptr;
    bool AllElements = false; // an element the code walks over: any of them
    const Expr *Cur = E;
    // A local that stands for one element of a table and is never assigned
    // again (`const KS &ks = kTable[i]`, `const KS *ks = &kTable[i]`), or the
    // variable of a range-for over a table (`for (const auto &ks : kTable)`):
    // the element expression, or (*All) the table itself.
    auto ElementOf = [&](const VarDecl *LV, bool &All) -> const Expr * {
      if (!LV->isLocalVarDecl() || LV->isStaticLocal()) return nullptr;
      const VarInfo &VI = varInfo(LV);
      if (VI.Unknown) return nullptr;
      // Its one value: the initializer, or the one assignment of a local
      // declared without one (`if ((f = find_format(v)) == NULL)`).
      const Expr *I = LV->getInit() && VI.Defs.empty()        ? stripAll(LV->getInit())
                      : !LV->getInit() && VI.Defs.size() == 1 ? stripAll(VI.Defs.front())
                                                              : nullptr;
      if (!I) return nullptr;
      // A lookup of the unit that answers an element of a table (`return
      // &kFormats[i];`, else NULL): any element of that table.
      if (const auto *CE = dyn_cast<CallExpr>(I); CE && LV->getType()->isPointerType()) {
        const FunctionDecl *Def = nullptr;
        const FunctionDecl *Callee = CE->getDirectCallee();
        if (!Callee || !Callee->hasBody(Def) || !Def) return nullptr;
        const Expr *Element = nullptr;
        const ValueDecl *Table = nullptr;
        for (const ReturnStmt *RS : returnsOf(Def->getBody())) {
          const Expr *R = RS->getRetValue() ? stripAll(RS->getRetValue()) : nullptr;
          if (!R || R->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)) continue;
          const auto *UO = dyn_cast<UnaryOperator>(R);
          const auto *AS = UO && UO->getOpcode() == UO_AddrOf
                               ? dyn_cast<ArraySubscriptExpr>(stripAll(UO->getSubExpr()))
                               : nullptr;
          const auto *TD = AS ? dyn_cast<DeclRefExpr>(stripAll(AS->getBase())) : nullptr;
          if (!TD || (Table && TD->getDecl() != Table)) return nullptr;
          Table = TD->getDecl();
          Element = R;
        }
        return Element;
      }
      if (const auto *CC = dyn_cast<CXXConstructExpr>(I); CC && CC->getNumArgs() == 1)
        I = stripAll(CC->getArg(0)); // a copy of the element
      // `*__begin1` of a range-for (operator* of an iterator is not followed).
      const auto *UO = dyn_cast<UnaryOperator>(I);
      if (UO && UO->getOpcode() == UO_Deref)
        if (const auto *BD = dyn_cast<DeclRefExpr>(stripAll(UO->getSubExpr())))
          if (const auto *Begin = dyn_cast<VarDecl>(BD->getDecl());
              Begin && Begin->isImplicit() && Begin->getInit()) {
            const Expr *B = stripAll(Begin->getInit());
            if (const auto *MC = dyn_cast<CXXMemberCallExpr>(B)) // __range1.begin()
              B = stripAll(MC->getImplicitObjectArgument());
            const auto *RD = dyn_cast<DeclRefExpr>(B);
            const auto *Range = RD ? dyn_cast<VarDecl>(RD->getDecl()) : nullptr;
            if (!Range || !Range->isImplicit() || !Range->getInit()) return nullptr;
            All = true;
            return Range->getInit();
          }
      return I;
    };
    while (true) {
      Cur = stripAll(Cur);
      if (const auto *ME = dyn_cast<MemberExpr>(Cur)) {
        const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
        if (!FD) break;
        if (ME->isArrow()) {
          // `ks->padding` of a local pointer to one element (`&kTable[i]`).
          const auto *BD = dyn_cast<DeclRefExpr>(stripAll(ME->getBase()));
          const auto *LV = BD ? dyn_cast<VarDecl>(BD->getDecl()) : nullptr;
          bool All = false;
          const Expr *El = LV && LV->getType()->isPointerType() ? ElementOf(LV, All) : nullptr;
          const auto *Addr = dyn_cast_or_null<UnaryOperator>(El);
          if (All || !Addr || Addr->getOpcode() != UO_AddrOf) break;
          Fields.insert(Fields.begin(), FD->getFieldIndex());
          Cur = Addr->getSubExpr();
          continue;
        }
        Fields.insert(Fields.begin(), FD->getFieldIndex());
        Cur = ME->getBase();
      } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Cur)) {
        if (Index || AllElements) break; // one level of indexing
        Index = AS->getIdx();
        Cur = AS->getBase();
      } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Cur);
                 OC && OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2 &&
                 OC->getArg(0)->getType()->getAsCXXRecordDecl() &&
                 OC->getArg(0)->getType()->getAsCXXRecordDecl()->isInStdNamespace() &&
                 OC->getArg(0)->getType()->getAsCXXRecordDecl()->getName() == "array") {
        if (Index || AllElements) break; // `kTable[i]` of a std::array
        Index = OC->getArg(1);
        Cur = OC->getArg(0);
      } else if (const auto *DRE = dyn_cast<DeclRefExpr>(Cur); DRE && !Index && !AllElements) {
        const auto *LV = dyn_cast<VarDecl>(DRE->getDecl());
        bool All = false;
        const Expr *El = LV && !LV->getType()->isPointerType() ? ElementOf(LV, All) : nullptr;
        if (!El || (!All && !isa<ArraySubscriptExpr, CXXOperatorCallExpr>(El))) break;
        AllElements = All;
        Cur = El;
      } else {
        break;
      }
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(Cur)))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        // Constant tables, and file-local static tables (which code rarely writes).
        if (VD->getType().isConstant(Ctx) ||
            (VD->getType()->isArrayType() && VD->hasGlobalStorage() &&
             !VD->isExternallyVisible())) {
          const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD;
          const Expr *Init = Def->getInit();
          // A std::array is a record around its array: its one field.
          if (const auto *RD = VD->getType()->getAsCXXRecordDecl();
              (Index || AllElements) && RD && RD->isInStdNamespace() && RD->getName() == "array" &&
              Init)
            if (const auto *IL = dyn_cast<InitListExpr>(stripAll(Init))) {
              if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
              Init = IL->getNumInits() == 1 ? IL->getInit(0) : nullptr;
            }
          ValueSet R = fromAggregate(Init, Fields, Index, Depth, AllElements);
          if (!R.Values.empty() || !R.Complete) return R;
        }
    Out.Complete = false;
    return Out;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) return fromVar(VD, DRE, Depth);
    Out.Complete = false;
    return Out;
  }
  // A std::string concatenated from parts the unit knows (`std::string(
  // kModernSuites) + ":" + kLegacySuites`): each combination of their texts
  // (a character appended is its text too).
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Plus && OC->getNumArgs() == 2 && OC->getType()->isRecordType() &&
      OC->getType()->getAsCXXRecordDecl()->isInStdNamespace()) {
    auto Texts = [&](const Expr *A, ValueSet &VS) {
      VS = resolveAt(A, Depth + 1);
      bool Char = A->IgnoreParenImpCasts()->getType()->isAnyCharacterType();
      for (Value &V : VS.Values) {
        if (V.Kind == Value::Int && Char) {
          V.Kind = Value::String;
          V.S = std::string(1, char(V.I));
        }
        if (V.Kind != Value::String) return false;
      }
      return !VS.Values.empty();
    };
    ValueSet L, R;
    if (Texts(OC->getArg(0), L) && Texts(OC->getArg(1), R) &&
        L.Values.size() * R.Values.size() <= 16) {
      for (const Value &A : L.Values)
        for (const Value &B : R.Values) {
          Value V;
          V.Kind = Value::String;
          V.S = A.S + B.S;
          V.Source = OC; // where the text is put together
          Out.Values.push_back(std::move(V));
        }
      Out.Complete = L.Complete && R.Complete;
      return Out;
    }
    Out.Complete = false;
    return Out;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) return fromCall(CE, Depth);
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
    // std::string s("MD5") / std::string s = "MD5" / string_view
    if (CC->getNumArgs() >= 1) {
      QualType T = CC->getArg(0)->IgnoreParenImpCasts()->getType();
      if (T->isPointerType() || T->isArrayType() || T->isRecordType())
        return resolveAt(CC->getArg(0), Depth + 1);
    }
    Out.Complete = false;
    return Out;
  }
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    if (IL->getNumInits() == 1) return resolveAt(IL->getInit(0), Depth + 1);
  }
  Out.Complete = false;
  return Out;
}

const Step *choosingStep(const std::vector<Step> &Path) {
  const Step *Chooser = nullptr;
  for (const Step &St : Path)
    if (St.S && St.What && StringRef(St.What) == "argument passed here") Chooser = &St;
  return Chooser;
}

std::vector<Value> ValueResolver::algorithms(const Expr *E) {
  ValueSet Out;
  for (const Value &V : resolve(E).Values) addAlgFromValue(Out, V);
  return Out.Values;
}

std::vector<Value> ValueResolver::ints(const Expr *E) {
  std::vector<Value> Out;
  for (const Value &V : resolve(E).Values)
    if (V.Kind == Value::Int) Out.push_back(V);
  return Out;
}

std::vector<Value> ValueResolver::strings(const Expr *E) {
  std::vector<Value> Out;
  for (const Value &V : resolve(E).Values)
    if (V.Kind == Value::String) Out.push_back(V);
  return Out;
}

bool ValueResolver::namesOneOf(const Expr *E, const std::vector<std::string> &Syms) {
  E = E->IgnoreParenCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (llvm::is_contained(Syms, DRE->getDecl()->getNameAsString())) return true;
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (llvm::is_contained(Syms, ME->getMemberDecl()->getNameAsString())) return true;
  for (StringRef N : macroNames(E->getBeginLoc()))
    if (llvm::is_contained(Syms, N.str())) return true;
  for (const Value &V : strings(E))
    if (llvm::is_contained(Syms, V.S)) return true;
  return false;
}

} // namespace backdoor
