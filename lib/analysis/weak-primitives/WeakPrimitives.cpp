//===--- WeakPrimitives.cpp - weak primitive analysis --------------------===//
#include "analysis/weak-primitives/WeakPrimitives.h"
#include "core/AstUtil.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringSet.h"
#include <set>
#include <tuple>

using namespace clang;
using namespace llvm;

namespace backdoor {

namespace {

const Expr *strip(const Expr *E) { return E ? E->IgnoreParenCasts() : nullptr; }

/// The variable a handle argument names: `ctx`, `&ctx`, `ctx.get()`.
const VarDecl *handleVar(const Expr *E) {
  E = strip(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf) E = strip(UO->getSubExpr());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    E = strip(MC->getImplicitObjectArgument());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) return dyn_cast<VarDecl>(DRE->getDecl());
  return nullptr;
}

/// Functions called with the handle variable as an argument, in its function.
class HandleUses : public RecursiveASTVisitor<HandleUses> {
public:
  const VarDecl *VD;
  StringSet<> Callees;
  explicit HandleUses(const VarDecl *VD) : VD(VD) {}
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier()) return true;
    for (const Expr *A : CE->arguments())
      if (handleVar(A) == VD) {
        Callees.insert(FD->getName());
        break;
      }
    return true;
  }
};

class Analyzer {
public:
  Analyzer(AnalysisSession &S) : S(S), V(S.values()), Cat(S.catalog()),
    SM(V.context().getSourceManager()) {}

  std::vector<Candidate> Out;

  void call(const CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier()) return;
    const FunctionModel *M = nullptr;
    // A function-like macro with a model of its own (EVP_SignInit_ex expands
    // to EVP_DigestInit_ex) decides the context; arguments pass in order.
    for (StringRef N : V.macroNames(CE->getBeginLoc()))
      if ((M = Cat.function(N))) break;
    if (!M) M = Cat.function(FD->getName());
    // Methods and namespaced functions by qualified name
    // (Botan::Cipher_Mode::create_or_throw).
    if (!M) M = S.provenance().model(CE);
    if (!M) return;
    if (M->HandleArg >= 0 && !handleRequirementMet(*M, CE)) return;
    site(*M, FD, CE, ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), FD->getName().str());
  }

  /// An object of a modelled class built with algorithm arguments
  /// (Botan::PK_Encryptor_EME(key, rng, "EME-PKCS1-v1_5"), RSA_PrivateKey(rng, 1024)).
  void construct(const CXXConstructExpr *CC) {
    const CXXConstructorDecl *CD = CC->getConstructor();
    if (!CD || !CD->getParent()->getDeclName().isIdentifier()) return;
    const FunctionModel *M = S.provenance().model(CC);
    if (!M || M->HandleArg >= 0) return;
    site(*M, CD, CC, ArrayRef<const Expr *>(CC->getArgs(), CC->getNumArgs()),
         CD->getParent()->getName().str());
  }

  void site(const FunctionModel &Model, const FunctionDecl *FD, const Expr *CE,
            ArrayRef<const Expr *> Args, const std::string &Spelling) {
    const FunctionModel *M = &Model;

    std::string Context = M->Context;
    if (M->ContextArg >= 0) {
      bool NonZero = false;
      if (unsigned(M->ContextArg) < Args.size())
        for (const Value &I : V.ints(Args[M->ContextArg])) NonZero |= I.I != 0;
      if (!NonZero) Context.clear();
    }

    for (unsigned I = 0; I < Args.size(); ++I) {
      std::string PName;
      if (I < FD->getNumParams() && FD->getParamDecl(I)->getDeclName().isIdentifier())
        PName = FD->getParamDecl(I)->getName().str();
      const ParamModel *P = M->param(I, PName);
      if (!P) continue;
      if (P->Role == "param-key") {
        if (const auto *Call = dyn_cast<CallExpr>(CE)) paramKey(*M, Call, I, FD);
        continue;
      }
      if (!P->DictKey.empty()) {
        // A value of a dictionary argument: its algorithm is another value of it.
        std::string Alg = P->Algorithm;
        if (!P->AlgorithmDictKey.empty()) {
          Alg.clear();
          for (const Expr *AV : dictionaryValues(Args[I], P->AlgorithmDictKey))
            for (const Value &A : V.algorithms(AV))
              if (A.A.Kind == "pkey") Alg = A.A.Family;
          if (Alg.empty()) continue;
        }
        for (const Expr *DV : dictionaryValues(Args[I], P->DictKey)) role(P->Role, Alg, Context, DV);
        continue;
      }
      std::string Alg = P->Algorithm;
      if (P->AlgorithmArg >= 0 && unsigned(P->AlgorithmArg) < Args.size()) {
        Alg.clear();
        for (const Value &A : V.algorithms(Args[P->AlgorithmArg]))
          if (A.A.Kind == "pkey") Alg = A.A.Family;
        if (Alg.empty()) continue; // an algorithm we cannot name: no key-size claim
      }
      role(P->Role, Alg, Context, Args[I]);
      // Option bits that select a mode (CCCrypt's kCCOptionECBMode).
      if (!P->Flags.empty())
        for (const Value &Int : V.ints(Args[I]))
          for (const ParamModel::FlagSpec &FS : P->Flags)
            if ((Int.I & FS.Bits) == FS.Bits) {
              Value U = Int;
              U.Kind = Value::Alg;
              U.A = FS.Spec;
              if (!U.Source) U.Source = Args[I];
              alg(U, Context, Args[I], /*Implied=*/false, P->Role);
            }
    }
    for (const AlgSpec &A : M->Uses) {
      Value U;
      U.Kind = Value::Alg;
      U.A = A;
      U.A.Spelling = Spelling;
      U.Source = CE;
      alg(U, Context, CE, /*Implied=*/true);
    }
  }

  void paramStruct(const InitListExpr *IL, const ParamStructModel &PS) {
    if (IL->getNumInits() <= std::max(PS.KeyField, PS.ValueField)) return;
    for (const Value &K : V.strings(IL->getInit(PS.KeyField)))
      if (const ParamKeyModel *PK = Cat.paramKey(K.S))
        role(PK->Role, PK->Algorithm, PK->Context, IL->getInit(PS.ValueField));
  }

private:
  AnalysisSession &S;
  ValueResolver &V;
  const Catalog &Cat;
  const SourceManager &SM;

  bool handleRequirementMet(const FunctionModel &M, const CallExpr *CE) {
    if (unsigned(M.HandleArg) >= CE->getNumArgs()) return false;
    const VarDecl *VD = handleVar(CE->getArg(M.HandleArg));
    if (!VD) return false;
    const auto *DC = dyn_cast<FunctionDecl>(VD->getDeclContext());
    if (!DC || !DC->getBody()) return false;
    HandleUses U(VD);
    U.TraverseStmt(DC->getBody());
    for (const std::string &R : M.HandleRequires)
      if (U.Callees.count(R)) return true;
    return false;
  }

  void paramKey(const FunctionModel &M, const CallExpr *CE, unsigned KeyIdx,
                const FunctionDecl *FD) {
    // The value is the argument whose role is param-value.
    for (unsigned J = 0; J < CE->getNumArgs(); ++J) {
      std::string PName;
      if (J < FD->getNumParams() && FD->getParamDecl(J)->getDeclName().isIdentifier())
        PName = FD->getParamDecl(J)->getName().str();
      const ParamModel *VP = M.param(J, PName);
      if (!VP || VP->Role != "param-value") continue;
      for (const Value &K : V.strings(CE->getArg(KeyIdx)))
        if (const ParamKeyModel *PK = Cat.paramKey(K.S))
          role(PK->Role, PK->Algorithm, PK->Context, CE->getArg(J));
    }
  }

  SourceLocation fileLoc(SourceLocation L) const { return SM.getFileLoc(L); }

  void role(StringRef Role, StringRef Algorithm, StringRef Context, const Expr *Arg) {
    if (Role == "cipher" || Role == "digest" || Role == "curve" || Role == "padding" ||
        Role == "algorithm-name") {
      for (const Value &A : V.algorithms(Arg)) alg(A, Context, Arg, false, Role);
      return;
    }
    if ((Role == "key-bits" || Role == "key-bytes") && Algorithm == "ec") {
      role("curve", "", Context, Arg); // EVP_EC_gen("P-192"): the size is the curve's
      return;
    }
    if (Role == "key-bits" || Role == "key-bytes") {
      if (Algorithm.empty()) return;
      for (const Value &I : V.ints(Arg)) {
        if (I.I <= 0 || I.I > (1 << 20)) continue;
        unsigned Bits = unsigned(Role == "key-bytes" ? I.I * 8 : I.I);
        Candidate C = base(rules::ShortKey, Arg, I);
        C.Algorithm = Algorithm.str();
        C.Bits = Bits;
        C.Subject = std::to_string(Bits) + "-bit " + displayAlgorithm(Algorithm) + " key";
        Out.push_back(std::move(C));
      }
    }
  }

  static std::string displayAlgorithm(StringRef A) {
    if (A == "rsa") return "RSA";
    if (A == "dsa") return "DSA";
    if (A == "dh") return "Diffie-Hellman";
    if (A == "ec") return "elliptic-curve";
    return "symmetric";
  }

  /// A candidate at the use, with notes for each step back to the constant.
  Candidate base(const char *Rule, const Expr *At, const Value &Val) {
    Candidate C;
    C.Rule = Rule;
    C.Loc = fileLoc(At->getBeginLoc());
    unsigned UseLine = SM.getExpansionLineNumber(C.Loc);
    FileID UseFile = SM.getFileID(C.Loc);
    for (const Step &St : Val.Path) {
      SourceLocation L = fileLoc(St.S->getBeginLoc());
      if (SM.getFileID(L) == UseFile && SM.getExpansionLineNumber(L) == UseLine) continue;
      C.Notes.push_back({L, St.What});
    }
    if (Val.Source) {
      SourceLocation L = fileLoc(Val.Source->getBeginLoc());
      bool Seen = SM.getFileID(L) == UseFile && SM.getExpansionLineNumber(L) == UseLine;
      for (const CandidateNote &N : C.Notes) Seen |= N.Loc == L;
      if (!Seen) C.Notes.push_back({L, "constant defined here"});
    }
    return C;
  }

  /// The output size of a digest, from its spec or its spelling ("sha384").
  static unsigned digestBits(const AlgSpec &A) {
    if (A.Bits) return A.Bits;
    std::string L = StringRef(A.Spelling).lower();
    for (const char *N : {"512-224", "512/224", "512-256", "512/256"})
      if (StringRef(L).contains(N)) return StringRef(N).ends_with("224") ? 224 : 256;
    for (unsigned B : {224u, 256u, 384u, 512u})
      if (StringRef(L).contains(std::to_string(B))) return B;
    return 0;
  }

  /// A digest below the profile's minimum size (thresholds.min-bits.digest).
  void smallDigest(const Value &Val, const FamilyInfo &F, StringRef Context, const Expr *At,
                   const std::string &Sel) {
    auto Min = Cat.thresholds().MinBits.find("digest");
    unsigned Bits = digestBits(Val.A);
    if (Min == Cat.thresholds().MinBits.end() || !Bits || Bits >= Min->second) return;
    if (Context != "signature" && Context != "mac" && Context != "kdf") return;
    Candidate C = base(rules::WeakHash, At, Val);
    C.Context = Context.str();
    C.Message = Sel + "the " + std::to_string(Bits) + "-bit hash " + F.Display + " for " +
                (Context == "signature" ? "a signature"
                 : Context == "mac"     ? "a message authentication code"
                                        : "key derivation") +
                "; the policy profile requires a digest of at least " +
                std::to_string(Min->second) + " bits";
    Out.push_back(std::move(C));
  }

  static std::string quoted(const AlgSpec &A) {
    return A.Spelling.empty() ? std::string() : "'" + A.Spelling + "' ";
  }

  void alg(const Value &Val, StringRef Context, const Expr *At, bool Implied,
           StringRef Role = "") {
    const AlgSpec &A = Val.A;
    const FamilyInfo *F = Cat.family(A.Kind, A.Family);
    std::string Display = F ? F->Display : A.Family;
    std::string Sel = Implied ? "'" + A.Spelling + "' uses " : quoted(A) + "selects ";
    if (A.Kind == "cipher" && (Role.empty() || Role == "cipher" || Role == "algorithm-name")) {
      if (!F) return;
      if (F->Status == "null") {
        Candidate C = base(rules::NullCipher, At, Val);
        C.Message = Sel + "the NULL cipher, which leaves the data unencrypted";
        Out.push_back(std::move(C));
        return;
      }
      bool Export = A.Bits && A.Bits <= 56 && F->KeyBits > A.Bits;
      if (F->Status == "broken" || F->Status == "legacy") {
        Candidate C = base(rules::WeakCipher, At, Val);
        C.Status = F->Status;
        if (F->Status == "broken")
          C.Message = Sel + "the broken cipher " + Display +
                      (Export ? " with an export-grade " + std::to_string(A.Bits) + "-bit key" : "") +
                      "; data encrypted with it can be recovered without the key";
        else
          C.Message = Sel + "the legacy cipher " + Display + " with a " +
                      std::to_string(F->BlockBits ? F->BlockBits : 64) +
                      "-bit block; long-lived keys leak plaintext through block collisions";
        Out.push_back(std::move(C));
      } else if (A.Bits) { // the check compares with its MinSymmetricBits
        Candidate C = base(rules::ShortKey, At, Val);
        C.Algorithm = "symmetric";
        C.Bits = A.Bits;
        C.Subject = std::to_string(A.Bits) + "-bit " + Display + " key";
        Out.push_back(std::move(C));
      }
      if (A.Mode == "ecb") {
        Candidate C = base(rules::EcbMode, At, Val);
        C.Message = Sel + Display + " in ECB mode, which encrypts equal blocks to equal "
                                    "ciphertext and leaks the structure of the plaintext";
        Out.push_back(std::move(C));
      }
      return;
    }
    if (A.Kind == "digest" && (Role.empty() || Role == "digest" || Role == "algorithm-name")) {
      if (!F || Context.empty()) return;
      if (F->Status != "broken" && F->Status != "legacy") {
        smallDigest(Val, *F, Context, At, Sel);
        return;
      }
      static const StringMap<std::string> Why = {
          {"signature", "for a signature; collisions let an attacker forge signed data"},
          {"mac", "for a message authentication code; use HMAC with SHA-256 or stronger"},
          {"kdf", "for key derivation; the derived keys are only as strong as the hash"},
          {"password-hash", "to hash passwords; fast hashes let stolen hashes be cracked"},
      };
      auto W = Why.find(Context);
      if (W == Why.end()) return; // a plain digest: checksums are not findings
      Candidate C = base(rules::WeakHash, At, Val);
      C.Context = Context.str();
      C.Message = Sel + "the " + (F->Status == "broken" ? "broken" : "weak") + " hash " +
                  Display + " " + W->second;
      Out.push_back(std::move(C));
      return;
    }
    if (A.Kind == "pkey" && A.Bits &&
        (A.Family == "ml-kem" || A.Family == "ml-dsa" || A.Family == "slh-dsa") &&
        Cat.thresholds().MinBits.count(A.Family)) {
      // A post-quantum parameter set below the profile's (CNSA 2.0: ML-KEM-1024).
      Candidate C = base(rules::ShortKey, At, Val);
      C.Algorithm = A.Family;
      C.Bits = A.Bits;
      C.Subject = "the " + Display + "-" + std::to_string(A.Bits) + " parameter set";
      Out.push_back(std::move(C));
      return;
    }
    if ((A.Kind == "curve" || A.Kind == "group") &&
        (Role.empty() || Role == "curve" || Role == "algorithm-name")) {
      if (!A.Bits) return;
      Candidate C = base(rules::ShortKey, At, Val);
      C.Algorithm = A.Kind == "curve" ? "ec" : "dh";
      C.Bits = A.Bits;
      C.Subject = (A.Kind == "curve" ? "the " + std::to_string(A.Bits) + "-bit curve '"
                                     : "the " + std::to_string(A.Bits) + "-bit group '") +
                  A.Spelling + "'";
      Out.push_back(std::move(C));
      return;
    }
    if (A.Kind == "padding" && (Role.empty() || Role == "padding" || Role == "algorithm-name")) {
      if (Context != "encryption" && Context != "decryption") return;
      if (A.Family == "rsa-oaep" || A.Family == "rsa-pss") return;
      Candidate C = base(rules::RsaWithoutOaep, At, Val);
      if (A.Family == "rsa-none")
        C.Message = quoted(A) + "turns RSA " + Context.str() +
                    " into raw textbook RSA, which is deterministic and malleable; use OAEP";
      else
        C.Message = quoted(A) + "selects PKCS#1 v1.5 padding for RSA " + Context.str() +
                    ", which padding-oracle attacks (Bleichenbacher) break; use OAEP";
      Out.push_back(std::move(C));
    }
  }
};

} // namespace

const std::vector<Candidate> &weakPrimitivesOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::WeakPrimitivesOfCall, [&] {
    Analyzer A(S);
    A.call(CE);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &weakPrimitivesOfConstruct(AnalysisSession &S,
                                                       const CXXConstructExpr *CC) {
  return S.memo(CC, MemoKey::WeakPrimitivesOfConstruct, [&] {
    Analyzer A(S);
    A.construct(CC);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &weakPrimitivesOfParamStruct(AnalysisSession &S,
                                                         const InitListExpr *IL) {
  return S.memo(IL, MemoKey::WeakPrimitivesOfInitList, [&] {
    Analyzer A(S);
    QualType T = IL->getType().getCanonicalType();
    if (const auto *RD = T->getAsRecordDecl())
      for (const ParamStructModel &PS : S.catalog().paramStructs())
        if (RD->getName() == PS.Type) A.paramStruct(IL, PS);
    return dedupCandidates(std::move(A.Out));
  });
}

std::string shortKeyMessage(const Candidate &C, unsigned MinBits) {
  std::string Min = std::to_string(MinBits);
  if (C.Algorithm == "ml-kem" || C.Algorithm == "ml-dsa" || C.Algorithm == "slh-dsa")
    return C.Subject + " is below the policy profile's minimum; use " +
           (C.Algorithm == "ml-kem" ? "ML-KEM-" : C.Algorithm == "ml-dsa" ? "ML-DSA-" : "SLH-DSA-") +
           Min;
  if (C.Algorithm == "symmetric")
    return C.Subject + " is too short and can be found by exhaustive search; use at least " +
           Min + " bits";
  if (C.Algorithm == "ec")
    return C.Subject + " is too small and its keys can be broken; use a curve of at least " +
           Min + " bits such as P-256 or X25519";
  if (C.Algorithm == "dh")
    return C.Subject + " is too small and the shared secret can be computed; use at least " +
           Min + " bits";
  return C.Subject + " is too short and can be factored or broken; use at least " + Min +
         " bits";
}

} // namespace backdoor
