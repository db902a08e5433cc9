//===--- Config.cpp - randomness, KDFs, verification, bypasses -----------===//
#include "analysis/config/Config.h"

#include "core/AstUtil.h"
#include "core/Provenance.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <functional>
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

namespace {

const Expr *strip(const Expr *E) { return E ? E->IgnoreParenImpCasts() : nullptr; }

std::string calleeName(const Expr *Call) {
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(Call))
    if (OC->getOperator() == OO_Call && OC->getNumArgs() >= 1) {
      QualType T = OC->getArg(0)->getType().getNonReferenceType();
      if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) return RD->getNameAsString();
    }
  if (const auto *CE = dyn_cast_or_null<CallExpr>(Call))
    if (const FunctionDecl *FD = CE->getDirectCallee()) return FD->getNameAsString();
  return "a predictable generator";
}

bool matches(const Catalog &Cat, StringRef Pattern, StringRef Name) {
  const Regex *R = Cat.pattern(Pattern);
  return R && !Name.empty() && R->match(Name.lower());
}

Candidate make(const SourceManager &SM, const char *Rule, const Expr *At, std::string Msg) {
  Candidate C;
  C.Rule = Rule;
  C.Loc = SM.getFileLoc(At->getBeginLoc());
  C.Message = std::move(Msg);
  return C;
}

std::string withCommas(uint64_t V) {
  std::string S = std::to_string(V), Out;
  for (size_t I = 0; I < S.size(); ++I) {
    if (I && (S.size() - I) % 3 == 0) Out += ',';
    Out += S[I];
  }
  return Out;
}

} // namespace

const std::vector<Candidate> &configOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::ConfigOfCall, [&] {
    std::vector<Candidate> Out;
    ProvenanceAnalysis &PA = S.provenance();
    ValueResolver &V = S.values();
    const Catalog &Cat = S.catalog();
    const SourceManager &SM = V.context().getSourceManager();
    const FunctionModel *M = PA.model(CE);
    if (!M) return Out;
    const FunctionDecl *FD = CE->getDirectCallee();
    std::string Callee = FD ? FD->getNameAsString() : "?";
    bool ValueRoles = false;
    const auto &Work = Cat.thresholds().MinWork;
    auto Floor = [&](StringRef K) -> uint64_t {
      auto It = Work.find(K.str());
      return It == Work.end() ? 0 : It->second;
    };
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const ParamModel *P = paramFor(*M, FD, I);
      if (!P) continue;
      const Expr *Arg = CE->getArg(I);
      StringRef Role = P->Role;
      if (Role == "key" || Role == "private-key" || Role == "iv" || Role == "nonce" ||
          Role == "salt" || Role == "password") {
        const Prov &D = PA.of(Arg);
        if (D.Predictable)
          Out.push_back(make(SM, rules::PredictableRandom, Arg,
                             "output of '" + calleeName(D.Predictable) + "' reaches the " +
                                 (Role == "private-key" ? std::string("private key") : Role.str()) +
                                 " of '" + Callee +
                                 "'; it is predictable, so the value can be recomputed"));
      } else if (Role == "work-factor") {
        ValueRoles = true;
        uint64_t Min = Floor(P->Algorithm);
        for (const Value &Val : V.ints(Arg)) {
          if (Val.I <= 0 || uint64_t(Val.I) >= Min) continue;
          std::string What = P->Algorithm == "pbkdf2"      ? "PBKDF2 iteration count"
                             : P->Algorithm == "scrypt-n"  ? "scrypt cost N"
                             : P->Algorithm == "argon2-ops" ? "Argon2 time cost"
                                                            : "Argon2 memory cost";
          bool Critical = P->Algorithm == "pbkdf2" && uint64_t(Val.I) < Floor("pbkdf2-critical");
          Out.push_back(make(SM, rules::WeakKdf, Arg,
                             std::string(Critical ? "the " : "the ") + What + " " +
                                 withCommas(uint64_t(Val.I)) + " of '" + Callee + "' is " +
                                 (Critical ? "far " : "") + "below " + withCommas(Min) +
                                 "; stolen password hashes can be cracked that much faster"));
        }
      } else if (Role == "salt-length") {
        ValueRoles = true;
        uint64_t Min = Floor("salt-bytes");
        for (const Value &Val : V.ints(Arg))
          if (Val.I > 0 && uint64_t(Val.I) < Min)
            Out.push_back(make(SM, rules::WeakKdf, Arg,
                               "a " + std::to_string(Val.I) + "-byte salt for '" + Callee +
                                   "' is shorter than " + std::to_string(Min) +
                                   " bytes; precomputed tables cover short salts"));
      } else if (Role == "hashed-data") {
        std::string N = operandName(Arg);
        if (matches(Cat, "password-name", N) && !matches(Cat, "not-secret-name", N))
          Out.push_back(make(SM, rules::WeakKdf, Arg,
                             "password '" + N + "' is hashed with one fast hash ('" + Callee +
                                 "'); stolen hashes are cracked at billions of guesses per "
                                 "second, use Argon2id, scrypt or PBKDF2"));
      }
    }
    if (M->InsecureRule == rules::WeakKdf && !ValueRoles)
      Out.push_back(make(SM, rules::WeakKdf, CE, "'" + Callee + "' " + M->InsecureReason));
    return Out;
  });
}

namespace {

class FunctionScan : public RecursiveASTVisitor<FunctionScan> {
public:
  FunctionScan(AnalysisSession &S, const FunctionDecl *FD)
      : S(S), PA(S.provenance()), Cat(S.catalog()), FD(FD),
        SM(S.values().context().getSourceManager()) {}
  std::vector<Candidate> Out;
  bool shouldVisitLambdaBody() const { return false; }

  bool VisitCompoundStmt(CompoundStmt *CS) {
    for (Stmt *St : CS->body()) {
      const auto *E = dyn_cast<Expr>(St);
      if (!E) continue;
      E = E->IgnoreParens();
      bool Discarded = false; // (void)call: ignored on purpose
      if (const auto *C = dyn_cast<CStyleCastExpr>(E))
        if (C->getType()->isVoidType()) {
          E = C->getSubExpr()->IgnoreParens();
          Discarded = true;
        }
      E = E->IgnoreImplicit();
      const auto *CE = dyn_cast<CallExpr>(E);
      if (!CE) continue;
      const FunctionModel *M = PA.model(CE);
      if (!M) continue;
      std::string Callee = CE->getDirectCallee() ? CE->getDirectCallee()->getNameAsString() : "?";
      if (M->MustCheck)
        Out.push_back(make(SM, rules::PredictableRandom, CE,
                           "the result of '" + Callee +
                               "' is ignored; when it fails the buffer keeps predictable "
                               "contents that are then used as secret data"));
      if (!M->VerifyResult.empty() && !(Discarded && outcomeReadLater(CE)))
        Out.push_back(make(SM, rules::UncheckedVerification, CE,
                           "the result of '" + Callee +
                               "' is ignored, so a forged signature, MAC or certificate is "
                               "accepted"));
    }
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (const Expr *I = VD->getInit()) {
      if (oneIsValidCall(I)) VerifyVars.insert(VD);
      predictableSink(VD->getName(), I);
    }
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(BO->getLHS())))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (oneIsValidCall(BO->getRHS())) VerifyVars.insert(VD);
      predictableSink(operandName(BO->getLHS()), BO->getRHS());
    }
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *R) {
    // A generator of tokens, nonces or passwords that returns rand().
    if (R->getRetValue() && FD->getDeclName().isIdentifier() &&
        matches(Cat, "random-secret-name", FD->getName()))
      predictableSink(FD->getName(), R->getRetValue());
    return true;
  }

  bool VisitIfStmt(IfStmt *If) {
    if (const Expr *C = If->getCond()) {
      misread(C);
      bypass(If);
    }
    return true;
  }
  bool VisitWhileStmt(WhileStmt *W) {
    if (W->getCond()) misread(W->getCond());
    return true;
  }
  bool VisitConditionalOperator(ConditionalOperator *CO) {
    misread(CO->getCond());
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    // MAC tags compared in time that depends on their contents.
    const FunctionModel *M = PA.model(CE);
    if (!M || M->Compare.size() != 2) return true;
    const FunctionDecl *F = CE->getDirectCallee();
    if (!F || matches(Cat, "constant-time-compare-name", F->getName())) return true;
    if (unsigned(M->Compare[0]) >= CE->getNumArgs() || unsigned(M->Compare[1]) >= CE->getNumArgs())
      return true;
    const Expr *A = CE->getArg(M->Compare[0]), *B = CE->getArg(M->Compare[1]);
    std::string NA = operandName(A), NB = operandName(B);
    // Markup tags and algorithm or type names are public, whatever their words.
    auto IsMac = [&](StringRef N) {
      return matches(Cat, "mac-name", N) && !matches(Cat, "not-mac-name", N) &&
             !matches(Cat, "not-secret-name", N);
    };
    bool Mac = IsMac(NA) || IsMac(NB);
    if (!Mac) return true;
    // Comparing with a constant is another rule's business (magic credential).
    if (!PA.of(A).wholeConstants().empty() || !PA.of(B).wholeConstants().empty()) return true;
    Out.push_back(make(SM, rules::TimingUnsafeCompare, CE,
                       "'" + F->getNameAsString() + "' compares the MAC '" +
                           (IsMac(NA) ? NA : NB) +
                           "' in time that depends on where it differs, which lets an attacker "
                           "forge it byte by byte; use CRYPTO_memcmp or an equivalent"));
    return true;
  }

private:
  /// A verification discarded on purpose whose outcome is taken from its
  /// context afterwards: the function returns what a later call on the
  /// context gives (the chain it built), or a condition tests such a call
  /// (the error it recorded). No trust decision rests on the return value.
  bool outcomeReadLater(const CallExpr *CE) {
    if (CE->getNumArgs() == 0 || !FD->getBody()) return false;
    const Expr *H = strip(CE->getArg(0));
    const auto *HR = dyn_cast_or_null<DeclRefExpr>(H);
    if (!HR || !HR->getType()->isPointerType()) return false;
    const ValueDecl *Handle = HR->getDecl();
    auto OnHandle = [&](const Expr *E) {
      const auto *C = dyn_cast_or_null<CallExpr>(E ? strip(E) : nullptr);
      if (!C || C == CE || !SM.isBeforeInTranslationUnit(CE->getBeginLoc(), C->getBeginLoc()))
        return false;
      for (const Expr *A : C->arguments())
        if (const auto *R = dyn_cast<DeclRefExpr>(strip(A)))
          if (R->getDecl() == Handle) return true;
      return false;
    };
    std::function<bool(const Expr *)> Tests = [&](const Expr *C) -> bool {
      C = C ? strip(C) : nullptr;
      if (const auto *BO = dyn_cast_or_null<BinaryOperator>(C)) {
        if (BO->isLogicalOp()) return Tests(BO->getLHS()) || Tests(BO->getRHS());
        if (BO->isComparisonOp()) return OnHandle(BO->getLHS()) || OnHandle(BO->getRHS());
      }
      if (const auto *UO = dyn_cast_or_null<UnaryOperator>(C))
        if (UO->getOpcode() == UO_LNot) return Tests(UO->getSubExpr());
      return OnHandle(C);
    };
    return anyStmtIn(FD->getBody(), [&](const Stmt *St) {
      if (const auto *R = dyn_cast<ReturnStmt>(St))
        return R->getRetValue() && R->getRetValue()->getType()->isPointerType() &&
               OnHandle(R->getRetValue());
      // *chain = X509_STORE_CTX_get1_chain(ctx): returned through an out-parameter.
      if (const auto *BO = dyn_cast<BinaryOperator>(St))
        if (BO->getOpcode() == BO_Assign && BO->getRHS()->getType()->isPointerType())
          if (const auto *UO = dyn_cast<UnaryOperator>(strip(BO->getLHS())))
            if (UO->getOpcode() == UO_Deref)
              if (const auto *R = dyn_cast<DeclRefExpr>(strip(UO->getSubExpr())))
                if (isa<ParmVarDecl>(R->getDecl())) return OnHandle(BO->getRHS());
      if (const auto *If = dyn_cast<IfStmt>(St)) return Tests(If->getCond());
      return false;
    });
  }

  AnalysisSession &S;
  ProvenanceAnalysis &PA;
  const Catalog &Cat;
  const FunctionDecl *FD;
  const SourceManager &SM;
  std::set<const VarDecl *> VerifyVars;

  const CallExpr *oneIsValidCall(const Expr *E) {
    const auto *CE = dyn_cast_or_null<CallExpr>(strip(E));
    if (!CE) return nullptr;
    const FunctionModel *M = PA.model(CE);
    return M && M->VerifyResult == "one-is-valid" ? CE : nullptr;
  }

  /// The result of a 1/0/-1 verification read as a boolean.
  void misread(const Expr *Cond) {
    const Expr *E = strip(Cond);
    if (!E) return;
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isLogicalOp()) {
        misread(BO->getLHS());
        misread(BO->getRHS());
        return;
      }
      if (BO->getOpcode() == BO_NE || BO->getOpcode() == BO_EQ) {
        Expr::EvalResult R;
        for (int Side = 0; Side < 2; ++Side) {
          const Expr *X = Side ? BO->getRHS() : BO->getLHS();
          const Expr *Z = Side ? BO->getLHS() : BO->getRHS();
          if (!Z->isValueDependent() && strip(Z)->EvaluateAsInt(R, S.values().context()) &&
              R.Val.getInt().isZero())
            report(X);
        }
      }
      return;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() == UO_LNot) report(UO->getSubExpr());
      return;
    }
    report(E);
  }

  void report(const Expr *X) {
    X = strip(X);
    const CallExpr *Call = oneIsValidCall(X);
    std::string Var;
    if (!Call)
      if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(X))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VerifyVars.count(VD)) Var = VD->getNameAsString();
    if (!Call && Var.empty()) return;
    std::string What = Call ? "'" + Call->getDirectCallee()->getNameAsString() + "'"
                            : "the verification result '" + Var + "'";
    Out.push_back(make(SM, rules::UncheckedVerification, X,
                       What + " is read as true or false, but -1 means an error: an error then "
                              "counts as a valid signature; compare the result with 1"));
  }

  void predictableSink(StringRef Name, const Expr *Value) {
    if (!matches(Cat, "random-secret-name", Name) || matches(Cat, "not-secret-name", Name)) return;
    const Prov &P = PA.of(Value);
    if (!P.Predictable) return;
    Out.push_back(make(SM, rules::PredictableRandom, Value,
                       "output of '" + calleeName(P.Predictable) + "' becomes '" + Name.str() +
                           "'; it is predictable, so anyone who saw a few outputs can guess it"));
  }

  /// Something in the condition that only an insider knows to set.
  std::string trigger(const Expr *Cond) {
    std::string Found;
    struct V : RecursiveASTVisitor<V> {
      FunctionScan &F;
      std::string &Found;
      V(FunctionScan &F, std::string &Found) : F(F), Found(Found) {}
      bool VisitCallExpr(CallExpr *CE) {
        const FunctionDecl *FD = CE->getDirectCallee();
        if (!FD || !FD->getDeclName().isIdentifier()) return true;
        if (matches(F.Cat, "environment-call-name", FD->getName()) && CE->getNumArgs() >= 1) {
          std::string Var = "?";
          for (const Value &Val : F.S.values().strings(CE->getArg(0))) Var = Val.S;
          Found = "the environment variable '" + Var + "' is set";
          return false;
        }
        const FunctionModel *M = F.PA.model(CE);
        if (M && M->Compare.size() == 2)
          for (int I : M->Compare) {
            if (unsigned(I) >= CE->getNumArgs()) continue;
            std::string N = operandName(CE->getArg(I));
            if (matches(F.Cat, "magic-input-name", N)) {
              Found = "'" + N + "' equals a magic value";
              return false;
            }
          }
        return true;
      }
    } Vis(*this, Found);
    Vis.TraverseStmt(const_cast<Expr *>(Cond));
    if (!Found.empty()) return Found;
    // A compiled-in switch: a constant condition spelled with a debug macro.
    Expr::EvalResult R;
    if (!Cond->isValueDependent() && Cond->EvaluateAsInt(R, S.values().context()) &&
        !R.Val.getInt().isZero())
      for (StringRef N : S.values().macroNames(Cond->getBeginLoc()))
        if (matches(Cat, "debug-switch-name", N)) return "the compiled-in switch '" + N.str() + "' is on";
    return "";
  }

  bool containsVerification(const Stmt *St) {
    if (!St) return false;
    struct V : RecursiveASTVisitor<V> {
      FunctionScan &F;
      bool Found = false;
      explicit V(FunctionScan &F) : F(F) {}
      bool VisitCallExpr(CallExpr *CE) {
        const FunctionModel *M = F.PA.model(CE);
        const FunctionDecl *FD = CE->getDirectCallee();
        if ((M && !M->VerifyResult.empty()) ||
            (FD && FD->getDeclName().isIdentifier() &&
             matches(F.Cat, "verify-call-name", FD->getName())))
          Found = true;
        return !Found;
      }
    } Vis(*this);
    Vis.TraverseStmt(const_cast<Stmt *>(St));
    return Vis.Found;
  }

  /// if (<trigger>) return OK;  ... verification ...
  void bypass(const IfStmt *If) {
    std::string Why = trigger(If->getCond());
    if (Why.empty()) return;
    const Stmt *Then = If->getThen();
    if (containsVerification(Then)) return;
    // The branch leaves early or grants, and the function verifies elsewhere.
    struct V : RecursiveASTVisitor<V> {
      FunctionScan &F;
      bool Leaves = false;
      explicit V(FunctionScan &F) : F(F) {}
      bool VisitReturnStmt(ReturnStmt *R) {
        const Expr *E = R->getRetValue() ? R->getRetValue()->IgnoreParenCasts() : nullptr;
        Expr::EvalResult Res;
        if (E && !E->isValueDependent() && E->getType()->isIntegralOrEnumerationType() &&
            E->EvaluateAsInt(Res, F.S.values().context()) && Res.Val.getInt().getExtValue() >= 0)
          Leaves = true;
        return true;
      }
      bool VisitGotoStmt(GotoStmt *) {
        Leaves = true;
        return true;
      }
      bool VisitBinaryOperator(BinaryOperator *BO) {
        if (BO->getOpcode() == BO_Assign &&
            matches(F.Cat, "grant-flag-name", operandName(BO->getLHS())))
          Leaves = true;
        return true;
      }
    } Vis(*this);
    Vis.TraverseStmt(const_cast<Stmt *>(Then));
    if (!Vis.Leaves || !containsVerification(FD->getBody())) return;
    Out.push_back(make(SM, rules::HiddenBypass, If->getCond(),
                       "verification is skipped when " + Why +
                           "; anyone who knows the switch bypasses the check"));
  }
};

} // namespace

const std::vector<Candidate> &configOfFunction(AnalysisSession &S, const FunctionDecl *FD) {
  return S.memo(FD, MemoKey::ConfigOfFunction, [&] {
    FunctionScan F(S, FD);
    if (FD->getBody()) F.TraverseStmt(FD->getBody());
    return std::move(F.Out);
  });
}

} // namespace backdoor
