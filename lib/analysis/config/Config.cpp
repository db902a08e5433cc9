//===--- Config.cpp - randomness, KDFs, verification, bypasses -----------===//
#include "analysis/config/Config.h"

#include "core/AstUtil.h"
#include "core/Provenance.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
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

bool isCryptChar(char C) { return isAlnum(C) || C == '.' || C == '/'; }

/// The PBKDF2 floor key for a call whose hash is known ("pbkdf2-sha256").
std::string pbkdf2Key(const AlgSpec &D) {
  if (D.Family == "sha1") return "pbkdf2-sha1";
  if (D.Family != "sha2") return "";
  // SHA-2's size is in its bits or its spelling (EVP_sha512, MBEDTLS_MD_SHA256).
  std::string Sp = StringRef(D.Spelling).lower();
  if (D.Bits == 512 || (!D.Bits && StringRef(Sp).contains("512"))) return "pbkdf2-sha512";
  if (D.Bits == 256 || (!D.Bits && StringRef(Sp).contains("256"))) return "pbkdf2-sha256";
  return "";
}

std::string cryptDisplay(StringRef Family) {
  static const std::pair<const char *, const char *> Names[] = {
      {"md5-crypt", "MD5-crypt"},       {"des-crypt", "traditional DES crypt"},
      {"bsdi-crypt", "BSDi extended DES crypt"}, {"nt-hash", "the NT hash"},
      {"sun-md5-crypt", "Sun MD5-crypt"}, {"bcrypt", "bcrypt"},
      {"sha256-crypt", "SHA-256-crypt"}, {"sha512-crypt", "SHA-512-crypt"}};
  for (auto &[F, N] : Names)
    if (Family == F) return N;
  return Family.str();
}

} // namespace

std::optional<CryptScheme> parseCryptSetting(StringRef S) {
  CryptScheme C;
  auto Salt = [&](StringRef Rest) {
    C.HasSalt = !Rest.empty() && isCryptChar(Rest.front());
  };
  if (S.size() >= 4 && S.starts_with("$2") && S[3] == '$' && StringRef("abxy").contains(S[2])) {
    C.Family = "bcrypt";
    C.Prefix = S.substr(0, 4).str();
    StringRef Rest = S.substr(4);
    if (Rest.size() >= 2 && isDigit(Rest[0]) && isDigit(Rest[1])) {
      C.Cost = uint64_t((Rest[0] - '0') * 10 + (Rest[1] - '0'));
      Rest = Rest.drop_front(2);
      if (Rest.consume_front("$")) Salt(Rest);
    }
    return C;
  }
  if (S.starts_with("$5$") || S.starts_with("$6$")) {
    C.Family = S[1] == '5' ? "sha256-crypt" : "sha512-crypt";
    C.Prefix = S.substr(0, 3).str();
    StringRef Rest = S.substr(3);
    if (Rest.consume_front("rounds=")) {
      size_t N = 0;
      uint64_t V = 0;
      while (N < Rest.size() && N < 12 && isDigit(Rest[N])) V = V * 10 + uint64_t(Rest[N++] - '0');
      if (N) C.Cost = V;
      Rest = Rest.drop_front(N);
      Rest.consume_front("$");
    }
    Salt(Rest);
    return C;
  }
  static const struct {
    const char *Prefix, *Family;
    bool Weak;
  } Prefixed[] = {{"$1$", "md5-crypt", true},      {"$3$", "nt-hash", true},
                  {"$md5", "sun-md5-crypt", true}, {"$sha1$", "sha1-crypt", false},
                  {"$y$", "yescrypt", false},      {"$gy$", "gost-yescrypt", false},
                  {"$7$", "scrypt", false}};
  for (const auto &P : Prefixed)
    if (S.starts_with(P.Prefix)) {
      C.Family = P.Family;
      C.Prefix = P.Prefix;
      C.Weak = P.Weak;
      Salt(S.substr(StringRef(P.Prefix).size()).ltrim("$,"));
      return C;
    }
  if (S.size() >= 9 && S[0] == '_' && llvm::all_of(S.substr(1, 8), isCryptChar)) {
    C.Family = "bsdi-crypt";
    C.Prefix = "_";
    C.Weak = C.HasSalt = true;
    return C;
  }
  // Traditional DES crypt: a two-character salt, alone or leading a 13-character hash.
  if ((S.size() == 2 || S.size() == 13) && llvm::all_of(S, isCryptChar)) {
    C.Family = "des-crypt";
    C.Weak = C.HasSalt = true;
    return C;
  }
  return std::nullopt;
}

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
    // The call's hash, for per-hash PBKDF2 floors (a profile's pbkdf2-sha256, ...).
    std::string HashKey;
    for (const AlgSpec &A : M->Uses)
      if (A.Kind == "digest") HashKey = pbkdf2Key(A);
    // What the call's crypt(3) setting or gensalt prefix selects.
    std::vector<CryptScheme> Schemes;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const ParamModel *P = paramFor(*M, FD, I);
      if (!P) continue;
      if (P->Role == "digest")
        for (const Value &A : V.algorithms(CE->getArg(I)))
          if (A.A.Kind == "digest") HashKey = pbkdf2Key(A.A);
      if (P->Role == "crypt-setting")
        for (const Value &Str : V.strings(CE->getArg(I)))
          if (auto C = parseCryptSetting(Str.S)) Schemes.push_back(*C);
    }
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const ParamModel *P = paramFor(*M, FD, I);
      if (!P) continue;
      const Expr *Arg = CE->getArg(I);
      StringRef Role = P->Role;
      if (Role == "crypt-setting") {
        ValueRoles = true;
        for (const Value &Str : V.strings(Arg)) {
          std::optional<CryptScheme> C = parseCryptSetting(Str.S);
          if (!C) continue;
          if (C->Weak) {
            Out.push_back(make(SM, rules::WeakKdf, Arg,
                               "'" + Callee + "' hashes passwords with " +
                                   cryptDisplay(C->Family) +
                                   ", an obsolete scheme that stolen hashes are cracked from "
                                   "quickly; use yescrypt, bcrypt or SHA-512-crypt"));
            continue;
          }
          std::string Key = C->Family == "bcrypt" ? "bcrypt-cost"
                            : StringRef(C->Family).ends_with("-crypt") &&
                                      StringRef(C->Family).starts_with("sha")
                                ? "sha-crypt-rounds"
                                : "";
          uint64_t Min = Key.empty() ? 0 : Floor(Key);
          if (C->Cost && *C->Cost < Min)
            Out.push_back(make(SM, rules::WeakKdf, Arg,
                               "the " + cryptDisplay(C->Family) +
                                   (Key == "bcrypt-cost" ? " cost " : " round count ") +
                                   withCommas(*C->Cost) + " of '" + Callee + "' is below " +
                                   withCommas(Min) +
                                   "; stolen password hashes can be cracked that much faster"));
        }
      } else if (Role == "key" || Role == "private-key" || Role == "iv" || Role == "nonce" ||
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
        std::string Alg = P->Algorithm;
        std::string What = Alg == "pbkdf2"             ? "PBKDF2 iteration count"
                           : Alg == "scrypt-n"         ? "scrypt cost N"
                           : Alg == "argon2-ops"       ? "Argon2 time cost"
                           : Alg == "argon2-mem"       ? "Argon2 memory cost"
                           : Alg == "bcrypt-cost"      ? "bcrypt cost"
                           : Alg == "sha-crypt-rounds" ? "SHA-crypt round count"
                                                       : "work factor";
        // A count for crypt_gensalt means what the prefix selects (0: the default);
        // with a prefix of unknown value nothing is known.
        bool HasSetting = llvm::any_of(M->Params, [](const ParamModel &Q) {
          return Q.Role == "crypt-setting";
        });
        if (HasSetting && Schemes.empty()) continue;
        if (HasSetting) {
          const CryptScheme &C = Schemes.front();
          if (C.Family == "bcrypt") Alg = "bcrypt-cost", What = "bcrypt cost";
          else if (C.Family == "sha256-crypt" || C.Family == "sha512-crypt")
            Alg = "sha-crypt-rounds", What = cryptDisplay(C.Family) + " round count";
          else continue;
        }
        uint64_t Min = Floor(Alg);
        if (Alg == "pbkdf2" && !HashKey.empty() && Work.count(HashKey)) {
          Min = Floor(HashKey);
          What = "PBKDF2-HMAC-" + StringRef(HashKey).drop_front(7).upper() + " iteration count";
        }
        for (const Value &Val : V.ints(Arg)) {
          if (Val.I <= 0 || uint64_t(Val.I) >= Min) continue;
          bool Critical = Alg == "pbkdf2" && uint64_t(Val.I) < Floor("pbkdf2-critical");
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
      if (const auto *C = dyn_cast<CStyleCastExpr>(E))
        if (C->getType()->isVoidType()) E = C->getSubExpr()->IgnoreParens();
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
      if (!M->VerifyResult.empty())
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
    bool Mac = matches(Cat, "mac-name", NA) || matches(Cat, "mac-name", NB);
    if (!Mac) return true;
    // Comparing with a constant is another rule's business (magic credential).
    if (!PA.of(A).wholeConstants().empty() || !PA.of(B).wholeConstants().empty()) return true;
    Out.push_back(make(SM, rules::TimingUnsafeCompare, CE,
                       "'" + F->getNameAsString() + "' compares the MAC '" +
                           (matches(Cat, "mac-name", NA) ? NA : NB) +
                           "' in time that depends on where it differs, which lets an attacker "
                           "forge it byte by byte; use CRYPTO_memcmp or an equivalent"));
    return true;
  }

private:
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
