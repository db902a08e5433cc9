//===--- Guards.cpp - settings chosen at run time --------------------------===//
#include "core/Guards.h"

#include "core/AstUtil.h"
#include "core/Provenance.h"
#include "core/Session.h"
#include "core/Values.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace backdoor {

namespace {

/// A modelled cryptographic or TLS operation: testing its result is a test
/// of whether it worked, not a choice.
bool cryptoOutcome(AnalysisSession &S, const CallExpr *CE) {
  const FunctionModel *M = S.provenance().model(CE);
  if (!M) return false;
  if (M->Input != InputKind::None || M->ExternalReturn || !M->Compare.empty() ||
      M->Match != MatchKind::None)
    return false;              // input, environment, string comparison: data, not an outcome
  return M->Library != "libc"; // a cryptographic or TLS library's call
}

bool oneValue(const ValueSet &VS) {
  for (const Value &V : VS.Values)
    if (V.Kind != VS.Values.front().Kind || V.I != VS.Values.front().I ||
        V.S != VS.Values.front().S)
      return false;
  return true;
}

struct Scan {
  AnalysisSession &S;
  const ValueDecl *Handle = nullptr;
  bool RunTime = false, Outcome = false;

  void visit(const Expr *E) {
    if (!E) return;
    E = E->IgnoreParenImpCasts();
    ASTContext &Ctx = S.values().context();
    if (!E->isValueDependent() && !E->isTypeDependent()) {
      Expr::EvalResult R;
      if (E->EvaluateAsRValue(R, Ctx)) return; // fixed by the build
    }
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      if (cryptoOutcome(S, CE))
        Outcome = true;
      else
        RunTime = true;
      for (const Expr *A : CE->arguments()) visit(A);
      return;
    }
    if (isa<DeclRefExpr>(E) || isa<MemberExpr>(E) || isa<ArraySubscriptExpr>(E)) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
        const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        if (!VD) return;            // an enumerator, a function
        if (Handle && VD == Handle) return; // the configured object itself
        if (isa<ParmVarDecl>(VD)) { // an API parameter: the caller's choice
          RunTime = true;
          return;
        }
      }
      // A variable or field that only ever holds one known constant is fixed;
      // one set to 0 or 1 by option parsing is not.
      const ValueSet &VS = S.values().resolve(E);
      if (VS.Complete && !VS.Values.empty() && oneValue(VS)) return;
      RunTime = true;
      if (const auto *ME = dyn_cast<MemberExpr>(E)) visit(ME->getBase());
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
        visit(AS->getBase());
        visit(AS->getIdx());
      }
      return;
    }
    if (isa<CXXThisExpr>(E)) {
      RunTime = true;
      return;
    }
    for (const Stmt *Ch : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Ch)) visit(CE);
  }
};

} // namespace

bool isRunTimeCondition(AnalysisSession &Session, const Expr *Cond, const ValueDecl *Handle) {
  if (!Cond) return false;
  Scan Sc{Session, Handle};
  Sc.visit(Cond);
  return Sc.RunTime && !Sc.Outcome;
}

const Expr *runTimeChoice(AnalysisSession &Session, const Stmt *S, const ValueDecl *Handle) {
  ASTContext &Ctx = Session.values().context();
  DynTypedNode Child = DynTypedNode::create(*S);
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Child);
    if (Parents.empty()) return nullptr;
    const DynTypedNode &P = Parents[0];
    if (P.get<FunctionDecl>() || P.get<LambdaExpr>() || P.get<BlockExpr>() ||
        P.get<TranslationUnitDecl>())
      return nullptr;
    const Stmt *C = Child.get<Stmt>();
    const Expr *Cond = nullptr;
    if (const auto *If = P.get<IfStmt>()) {
      if (C && (C == If->getThen() || C == If->getElse()) && !If->isConsteval())
        Cond = If->getCond();
    } else if (const auto *Sw = P.get<SwitchStmt>()) {
      if (C && C == Sw->getBody()) Cond = Sw->getCond();
    } else if (const auto *CO = P.get<ConditionalOperator>()) {
      if (C && (C == CO->getTrueExpr() || C == CO->getFalseExpr())) Cond = CO->getCond();
    } else if (const auto *BO = P.get<BinaryOperator>()) {
      if (C && BO->isLogicalOp() && C == BO->getRHS()) Cond = BO->getLHS();
    }
    if (Cond) {
      Scan Sc{Session, Handle};
      Sc.visit(Cond);
      // The nearest condition that decides: a call's outcome (`else if
      // (wolfSSL_CTX_load_verify_locations(...) != WOLFSSL_SUCCESS)`) makes
      // the statement a fallback, whatever choice an outer arm made
      // (`if (!cfg->verify_peer) ... else if (...)`: verification was asked
      // for).
      if (Sc.Outcome) return nullptr;
      if (Sc.RunTime) return Cond;
    }
    Child = P;
  }
  return nullptr;
}

namespace {

/// The string \p Cond tests \p Use against, when \p Cond is true exactly when
/// \p Use equals it (\p Equal) or differs from it (!\p Equal).
bool stringTest(const Expr *Cond, const Expr *Use, bool &Equal, std::string &Lit) {
  const Expr *Args[2];
  if (!strcmpTest(Cond, Args[0], Args[1], Equal)) return false;
  for (unsigned I = 0; I < 2; ++I)
    if (const auto *SL = dyn_cast<StringLiteral>(Args[I]->IgnoreParenImpCasts());
        SL && SL->getCharByteWidth() == 1) {
      Lit = SL->getString().str();
      return Expr::isSameComparisonOperand(Args[1 - I], Use);
    }
  return false;
}

} // namespace

std::vector<std::string> stringsRuledOut(AnalysisSession &Session, const Expr *Use) {
  std::vector<std::string> Out;
  ASTContext &Ctx = Session.values().context();
  DynTypedNode Child = DynTypedNode::create(*Use);
  for (unsigned Depth = 0; Depth < 64; ++Depth) {
    DynTypedNodeList Parents = Ctx.getParents(Child);
    if (Parents.empty()) break;
    const DynTypedNode &P = Parents[0];
    if (P.get<FunctionDecl>() || P.get<LambdaExpr>() || P.get<BlockExpr>() ||
        P.get<TranslationUnitDecl>())
      break;
    const Stmt *C = Child.get<Stmt>();
    const Expr *Cond = nullptr;
    bool WhenTrue = true; // the child runs when Cond is true
    if (const auto *If = P.get<IfStmt>()) {
      if (C && (C == If->getThen() || C == If->getElse()))
        Cond = If->getCond(), WhenTrue = C == If->getThen();
    } else if (const auto *CO = P.get<ConditionalOperator>()) {
      if (C && (C == CO->getTrueExpr() || C == CO->getFalseExpr()))
        Cond = CO->getCond(), WhenTrue = C == CO->getTrueExpr();
    } else if (const auto *BO = P.get<BinaryOperator>()) {
      if (C && BO->isLogicalOp() && C == BO->getRHS())
        Cond = BO->getLHS(), WhenTrue = BO->getOpcode() == BO_LAnd;
    }
    bool Equal = false;
    std::string Lit;
    // Runs only when the use differs from the literal.
    if (Cond && stringTest(Cond, Use, Equal, Lit) && Equal != WhenTrue) Out.push_back(Lit);
    Child = P;
  }
  return Out;
}

namespace {

/// Per unit: whether each function verifies (false while in progress: a
/// recursive call adds nothing).
struct VerifyState {
  llvm::DenseMap<const FunctionDecl *, bool> Verifies;
};

bool verifies(AnalysisSession &S, const CallExpr *CE);

bool bodyVerifies(AnalysisSession &S, const FunctionDecl *Def) {
  VerifyState &St = S.state<VerifyState>(MemoKey::Verification);
  auto [It, New] = St.Verifies.try_emplace(Def, false);
  if (!New) return It->second;
  const Catalog &Cat = S.catalog();
  bool R = anyStmtIn(Def->getBody(), [&](const Stmt *X) {
    const auto *CE = dyn_cast<CallExpr>(X);
    if (!CE) return false;
    if (verifies(S, CE)) return true;
    // A password compared with another value.
    const FunctionModel *M = S.provenance().model(CE);
    if (!M || M->Compare.size() != 2) return false;
    for (int I : M->Compare)
      if (unsigned(I) < CE->getNumArgs() &&
          catalogMatch(Cat, "password-name", operandName(CE->getArg(I))))
        return true;
    return false;
  });
  return St.Verifies[Def] = R; // the map may have grown: a fresh lookup, not It
}

/// The name of what holds the function a call goes through: a function
/// pointer (`check_session(r.body)` with `bool (*check_session)(...)` a
/// parameter, `ops->verify_sig(...)`) or a `std::function` object
/// (`verify_(token)` of a member). Empty for a direct call.
static std::string holderName(const CallExpr *CE) {
  const Expr *Held = nullptr;
  if (!CE->getDirectCallee())
    Held = CE->getCallee();
  else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
           OC && OC->getOperator() == OO_Call && OC->getNumArgs() >= 1)
    Held = OC->getArg(0);
  if (!Held) return "";
  Held = Held->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Held); UO && UO->getOpcode() == UO_Deref)
    Held = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Held); DRE && !isa<FunctionDecl>(DRE->getDecl()))
    return DRE->getDecl()->getName().str();
  if (const auto *ME = dyn_cast<MemberExpr>(Held)) return ME->getMemberDecl()->getName().str();
  return "";
}

bool verifies(AnalysisSession &S, const CallExpr *CE) {
  const FunctionModel *M = S.provenance().model(CE);
  if (M && M->VerifyResult != VerifyResultKind::None) return true;
  const FunctionDecl *FD = CE->getDirectCallee();
  std::string Name;
  if (FD && FD->getDeclName().isIdentifier()) {
    Name = FD->getName().str();
  } else {
    Name = holderName(CE);
    FD = nullptr; // no body of the unit to look into
  }
  if (Name.empty()) return false;
  if (catalogMatch(S.catalog(), "verify-call-name", Name)) return true;
  // A check whose own name says which credential it checks (`check_session`,
  // `token_valid`): whatever it is handed, the request's body or a buffer.
  if (catalogMatch(S.catalog(), "validity-self-name", Name)) return true;
  // A validity check handed a session, a cookie or a token (by its name, or
  // a literal key such as req.cookie("kiosk_session")).
  if (catalogMatch(S.catalog(), "validity-call-name", Name))
    for (const Expr *A : CE->arguments())
      if (catalogMatch(S.catalog(), "validity-argument-name",
                       StringRef(operandName(A)).lower()) ||
          anyStmtIn(A, [&](const Stmt *X) {
            const auto *SL = dyn_cast<clang::StringLiteral>(X);
            return SL && SL->getCharByteWidth() == 1 &&
                   catalogMatch(S.catalog(), "validity-argument-name", SL->getString().lower());
          }))
        return true;
  const FunctionDecl *Def = nullptr;
  if (M || !FD || !FD->hasBody(Def) || !Def || !Def->getBody()) return false;
  return bodyVerifies(S, Def);
}

} // namespace

bool isVerificationCall(AnalysisSession &S, const CallExpr *CE) { return CE && verifies(S, CE); }

bool verifyingComparison(AnalysisSession &S, const CallExpr *CE) {
  const FunctionModel *FM = CE ? S.provenance().model(CE) : nullptr;
  if (!FM || FM->Compare.size() != 2 ||
      !llvm::all_of(FM->Compare, [&](int I) { return I >= 0 && unsigned(I) < CE->getNumArgs(); }))
    return false;
  const Catalog &Cat = S.catalog();
  auto Named = [&](const char *Pattern, const std::string &N) {
    return !N.empty() && catalogMatch(Cat, Pattern, N);
  };
  auto Mac = [&](const Expr *E) {
    std::string N = operandName(E);
    return Named("mac-name", N) && !Named("not-mac-name", N);
  };
  auto Literal = [&](const Expr *E) {
    E = stripAll(E);
    if (!E) return false;
    if (isa<clang::StringLiteral>(E)) return true;
    const Prov &P = S.provenance().of(E);
    return !P.wholeConstants().empty() && !P.hasNonConstant();
  };
  // A buffer a call filled from a password (`nt_password_hash(password,
  // typed)`, `PKCS5_PBKDF2_HMAC(pass, ...)`): the password's hash or key.
  auto FromPassword = [&](const Expr *E) {
    const ValueDecl *D = targetDecl(E);
    if (!D) return false;
    for (const Write &W : S.index().writes(D)) {
      const auto *Call = W.Kind == Write::Call ? dyn_cast_or_null<CallExpr>(W.E) : nullptr;
      if (!Call) continue;
      for (unsigned I = 0; I < Call->getNumArgs(); ++I)
        if (I != W.Arg && Named("password-name", operandName(Call->getArg(I)))) return true;
    }
    return false;
  };
  for (unsigned K = 0; K < 2; ++K) {
    const Expr *A = CE->getArg(unsigned(FM->Compare[K])), *B = CE->getArg(unsigned(FM->Compare[1 - K]));
    if (Mac(A) || (!Literal(B) && (Named("password-name", operandName(A)) || FromPassword(A))))
      return true;
  }
  return false;
}

namespace {
struct SetOnlyState {
  llvm::DenseMap<const VarDecl *, bool> Memo;
};
} // namespace

bool onlySetGlobalOfOtherUnit(AnalysisSession &S, const ValueDecl *D) {
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  if (!VD || !VD->hasGlobalStorage() || VD->getDefinition()) return false;
  // One walk of the unit per variable.
  auto &Memo = S.state<SetOnlyState>(MemoKey::SetOnlyGlobals).Memo;
  auto [It, New] = Memo.try_emplace(VD->getCanonicalDecl(), false);
  if (!New) return It->second;
  struct Reads : SemanticVisitor<Reads> {
    const VarDecl *V = nullptr;
    llvm::SmallPtrSet<const Expr *, 8> Assigned;
    bool Read = false;
    bool VisitBinaryOperator(BinaryOperator *BO) {
      if (BO->getOpcode() == BO_Assign)
        if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
          Assigned.insert(DRE);
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *DRE) {
      if (DRE->getDecl()->getCanonicalDecl() == V && !Assigned.count(DRE)) Read = true;
      return !Read;
    }
  } R;
  R.V = VD->getCanonicalDecl();
  R.TraverseDecl(S.values().context().getTranslationUnitDecl());
  return Memo[VD->getCanonicalDecl()] = !R.Read;
}


} // namespace backdoor
