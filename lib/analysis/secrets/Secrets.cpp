//===--- Secrets.cpp - constant secrets reaching crypto APIs -------------===//
#include "analysis/secrets/Secrets.h"

#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/OriginText.h"
#include "core/Provenance.h"
#include "core/Summary.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

/// Longer data is not searched for a repeated block (keys are shorter).
static constexpr size_t MaxPatternKeyBytes = 4096;

std::string knownKeyReason(StringRef Bytes, const Catalog &Cat) {
  for (const KnownKey &K : Cat.knownKeys())
    if (Bytes == K.Bytes) return K.Name;
  if (Bytes.size() < 4) return "";
  if (llvm::all_of(Bytes, [](char C) { return C == 0; })) return "all zero bytes";
  if (llvm::all_of(Bytes, [&](char C) { return C == Bytes[0]; })) return "one byte repeated";
  bool Ascending = true;
  for (size_t I = 1; I < Bytes.size(); ++I)
    Ascending &= (unsigned char)Bytes[I] == (unsigned char)(Bytes[I - 1] + 1);
  if (Ascending) return "an ascending sequence of bytes";
  // A short block repeated: "abcdabcdabcdabcd", a known 16-byte key twice.
  // Each period costs a pass over the bytes: only for sizes a key can have.
  if (Bytes.size() > MaxPatternKeyBytes) return "";
  for (size_t P = 1; P <= Bytes.size() / 2; ++P) {
    if (Bytes.size() % P) continue;
    bool Periodic = true;
    for (size_t I = P; I < Bytes.size() && Periodic; ++I) Periodic = Bytes[I] == Bytes[I - P];
    if (!Periodic) continue;
    std::string Inner = knownKeyReason(Bytes.take_front(P), Cat);
    return Inner.empty() ? "a short pattern repeated" : Inner + ", repeated";
  }
  return "";
}

namespace {

struct RoleText;
const RoleText *roleText(ParamRole Role);

/// One DER element at B[Pos]: its tag, and the offsets of its contents and of
/// what follows it. False when B holds no complete element there.
bool derElement(StringRef B, size_t Pos, unsigned &Tag, size_t &Body, size_t &End) {
  if (Pos + 2 > B.size()) return false;
  Tag = uint8_t(B[Pos]);
  size_t Len = uint8_t(B[Pos + 1]);
  Body = Pos + 2;
  if (Len & 0x80) {
    unsigned N = Len & 0x7f;
    if (N == 0 || N > 3 || Body + N > B.size()) return false;
    Len = 0;
    for (unsigned I = 0; I < N; ++I) Len = (Len << 8) | uint8_t(B[Body + I]);
    Body += N;
  }
  End = Body + Len;
  return End <= B.size();
}

/// A public key in a standard encoding, which a program may well carry: PEM
/// text of a public key or certificate, or DER of a SubjectPublicKeyInfo
/// (SEQUENCE {AlgorithmIdentifier, BIT STRING}) or of a PKCS#1 RSAPublicKey
/// (SEQUENCE {INTEGER n, INTEGER e}). Private keys never have these shapes
/// (PKCS#1 and PKCS#8 private keys start with a version INTEGER and hold more).
bool publicKeyEncoding(StringRef B) {
  if (B.contains("PRIVATE KEY")) return false;
  if (B.contains("-----BEGIN PUBLIC KEY-----") || B.contains("-----BEGIN RSA PUBLIC KEY-----") ||
      B.contains("-----BEGIN CERTIFICATE-----"))
    return true;
  unsigned Tag = 0;
  size_t Body = 0, End = 0;
  if (!derElement(B, 0, Tag, Body, End) || Tag != 0x30 || End != B.size()) return false;
  std::vector<unsigned> Tags;
  for (size_t Pos = Body; Pos < End;) {
    size_t EB = 0, EE = 0;
    if (!derElement(B, Pos, Tag, EB, EE) || EE > End || Tags.size() > 2) return false;
    Tags.push_back(Tag);
    Pos = EE;
  }
  return Tags == std::vector<unsigned>{0x30, 0x03} || Tags == std::vector<unsigned>{0x02, 0x02};
}

} // namespace

SecretFinding secretRoleFinding(ParamRole Role, StringRef Name, bool Transformed, bool Clearing,
                                const std::optional<std::string> &Bytes, StringRef Callee,
                                const Catalog &Cat);

namespace {

struct RoleText {
  const char *Rule;
  const char *What;        // "key", "IV", ...
  const char *Consequence; // after the semicolon
};

const RoleText *roleText(ParamRole Role) {
  static const RoleText Key{rules::HardcodedKey, "key",
                            "anyone with the binary can recover it and everything it protects"};
  static const RoleText PrivKey{rules::HardcodedKey, "private key",
                                "anyone with the binary can decrypt and sign as its owner"};
  static const RoleText Iv{rules::HardcodedIv, "IV",
                           "equal plaintexts encrypt to equal ciphertexts"};
  static const RoleText Nonce{rules::HardcodedIv, "nonce",
                              "reusing a nonce breaks the confidentiality and authenticity of "
                              "GCM, CCM and ChaCha20-Poly1305"};
  static const RoleText Salt{rules::HardcodedIv, "salt",
                             "one precomputation then attacks every password"};
  static const RoleText Password{rules::MagicCredential, "password",
                                 "anyone with the binary knows it"};
  if (Role == ParamRole::Key || Role == ParamRole::HexKey || Role == ParamRole::KeyHandle ||
      Role == ParamRole::KeyBlob)
    return &Key;
  if (Role == ParamRole::PrivateKey) return &PrivKey;
  if (Role == ParamRole::Iv) return &Iv;
  if (Role == ParamRole::Nonce) return &Nonce;
  if (Role == ParamRole::Salt) return &Salt;
  if (Role == ParamRole::Password) return &Password;
  return nullptr;
}

} // namespace

SecretFinding secretRoleFinding(ParamRole Role, StringRef Name, bool Transformed, bool Clearing,
                                const std::optional<std::string> &Bytes, StringRef Callee,
                                const Catalog &Cat) {
  SecretFinding F;
  const RoleText *RTp = roleText(Role);
  if (!RTp) return F;
  const RoleText &RT = *RTp;
  // An empty string is no password or key: it is the absence of one.
  if (Bytes && Bytes->empty()) return F;
  // CryptoAPI blobs say what they hold: 6 is PUBLICKEYBLOB.
  if (Role == ParamRole::KeyBlob && Bytes && !Bytes->empty() && (*Bytes)[0] == 6) return F;
  // A public key given where a key goes (psa_import_key of a public key) is no secret.
  if (RT.Rule == StringRef(rules::HardcodedKey) && Bytes && publicKeyEncoding(*Bytes)) return F;
  bool IsKey = StringRef(RT.Rule) == rules::HardcodedKey;
  std::string Known;
  if (IsKey) {
    if (Clearing)
      Known = "all zero bytes";
    else if (Bytes && !Transformed)
      Known = knownKeyReason(*Bytes, Cat);
  }
  std::string Quoted = Name.empty() ? "" : " '" + Name.str() + "'";
  if (!Known.empty()) {
    F.Rule = rules::KnownKey;
    F.Message = "the " + std::string(RT.What) + " of '" + Callee.str() + "' is a known key" +
                Quoted + " (" + Known + "); anyone can look it up and decrypt what it protects";
  } else {
    F.Rule = RT.Rule;
    bool IsKeyOrPassword = IsKey || Role == ParamRole::Password;
    std::string Adj = IsKeyOrPassword ? "hardcoded " : "constant ";
    F.Message = (Name.empty() ? "a " + Adj : Adj) + RT.What + Quoted +
                (Transformed ? " (computed from constant data)" : "") + " reaches the " + RT.What +
                " of '" + Callee.str() + "'; " + RT.Consequence;
  }
  return F;
}

namespace {

class Analyzer {
public:
  Analyzer(AnalysisSession &S)
      : S(S), PA(S.provenance()), SM(S.values().context().getSourceManager()) {}
  std::vector<Candidate> Out;

  void run(const Expr *Call, const FunctionModel &M, const FunctionDecl *FD,
           ArrayRef<const Expr *> Args, StringRef Callee) {
    for (unsigned I = 0; I < Args.size(); ++I) {
      const ParamModel *P = paramAt(S.values(), S.catalog(), M, FD, Args, I);
      if (!P) continue;
      const RoleText *RT = roleText(P->Role);
      if (!RT) continue;
      if (!whenHolds(S.values(), Args, P->WhenArg, P->WhenSymbols)) continue;
      if (P->WhenDictArg >= 0) {
        // SecKeyCreateWithData: a private key only when the attributes say so.
        bool Holds = false;
        if (unsigned(P->WhenDictArg) < Args.size())
          for (const Expr *DV : dictionaryValues(S.catalog(), Args[P->WhenDictArg], P->WhenDictKey))
            if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(DV)))
              Holds |= llvm::is_contained(P->WhenDictIs, DRE->getDecl()->getNameAsString());
        if (!Holds) continue;
      }
      if (P->NullIsZero && nullZero(M, FD, *P, Args, I, Callee)) continue;
      if (P->Role == ParamRole::Password && constantProbe(Call, Args)) continue;
      if ((P->Role == ParamRole::Iv || P->Role == ParamRole::Nonce) &&
          oneTimeKey(M, FD, Args))
        continue;
      secret(*RT, P->Role, Args[I], Call, Callee);
    }
  }

  /// The value of a key/value parameter struct's initializer whose key names
  /// a secret role (`{OSSL_KDF_PARAM_SALT, OSSL_PARAM_OCTET_STRING, salt, n, 0}`).
  void paramStruct(const InitListExpr *IL) {
    const Expr *Val = nullptr;
    const ParamModel *P = paramStructValue(S.values(), S.catalog(), IL, Val);
    const RoleText *RT = P ? roleText(P->Role) : nullptr;
    if (!RT || P->Role == ParamRole::KeyHandle) return;
    std::string Type = IL->getType().getUnqualifiedType().getAsString();
    secret(*RT, P->Role, Val, IL, Type);
  }

private:
  /// Where the data of \p Arg, in the secret role \p Role of \p Callee,
  /// comes from: a candidate for each constant, and a question for the link
  /// step for data another unit defines.
  void secret(const RoleText &RT, ParamRole Role, const Expr *Arg, const Expr *Call,
              StringRef Callee) {
    Prov Data = Role == ParamRole::KeyHandle ? PA.absorbedInto(Arg, Call) : PA.of(Arg);
    std::set<const Expr *> Seen;
    for (const Origin *O : Data.wholeConstants()) {
      if (!Seen.insert(O->Def).second) continue;
      report(RT, Role, *O, Arg, Callee);
    }
    // Data another translation unit defines: a question for the link step.
    if (FactRecorder *R = FactRecorder::active())
      for (const Origin &O : Data.Origins)
        if (O.Kind == Origin::Link && !O.Partial) {
          json::Object Q{{"kind", "secret-role"},
                         {"role", roleName(Role).str()},
                         {"callee", Callee.str()},
                         {"at", locFact(SM, fileLoc(Arg->getBeginLoc()))},
                         {"link", linkFact(S, O, &Data)}};
          // Storage this function did not make (a field of a parameter's
          // object, a global) written through by another unit's helper:
          // zeros it writes are a scrub of data that came from elsewhere.
          if (O.What == "out" && !localStorage(Arg)) (*Q.getObject("link"))["filled"] = true;
          R->query(std::move(Q));
        }
  }

  /// The call's key is drawn from a CSPRNG into a local of this function
  /// just for it and used nowhere else (`RAND_bytes(key, 32)` then
  /// `EVP_EncryptInit_ex(ctx, cipher, NULL, key, zero_iv)`, a key check
  /// value): a constant IV or nonce under a key used once repeats nothing.
  bool oneTimeKey(const FunctionModel &M, const FunctionDecl *FD, ArrayRef<const Expr *> Args) {
    for (unsigned I = 0; I < Args.size(); ++I) {
      const ParamModel *P = paramFor(M, FD, I);
      if (!P || P->Role != ParamRole::Key) continue;
      const Expr *K = stripAll(Args[I]);
      const auto *DRE = dyn_cast_or_null<DeclRefExpr>(K);
      const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (!VD || !VD->isLocalVarDecl() || VD->isStaticLocal() || !VD->getType()->isArrayType())
        return false;
      const Prov &KP = PA.of(Args[I]);
      // (The random bytes may carry their Secret origin: a key by its use.)
      if (!KP.Random || KP.Predictable || KP.hasInput() || KP.Unknown ||
          !llvm::all_of(KP.Origins, [](const Origin &O) {
            return (O.Kind == Origin::Const && O.Clearing) || O.Kind == Origin::Secret;
          }))
        return false;
      const auto *Fn = dyn_cast<FunctionDecl>(VD->getDeclContext());
      if (!Fn || !Fn->getBody()) return false;
      // Every use: this call, the generator's fill, a scrub (the catalog's
      // `clears:`), or a size; never returned or assigned elsewhere.
      auto IsKey = [&](const Expr *E) {
        const auto *R = E ? dyn_cast<DeclRefExpr>(stripAll(E)) : nullptr;
        return R && R->getDecl() == VD;
      };
      unsigned Calls = 0;
      bool Other = anyStmtIn(Fn->getBody(), [&](const Stmt *St) {
        if (const auto *RS = dyn_cast<ReturnStmt>(St)) return IsKey(RS->getRetValue());
        if (const auto *BO = dyn_cast<BinaryOperator>(St); BO && BO->isAssignmentOp())
          return IsKey(BO->getRHS());
        if (const auto *CE = dyn_cast<CallExpr>(St)) {
          const FunctionModel *CM = PA.model(CE);
          for (unsigned A = 0; A < CE->getNumArgs(); ++A)
            if (IsKey(CE->getArg(A)) && !(CM && (CM->Rng || CM->Clears == int(A)))) ++Calls;
        }
        return false;
      });
      return Calls == 1 && !Other;
    }
    return false;
  }

  /// A probe of the library: every argument of \p Call is a constant
  /// (`crypt("key", "")` at start-up, to learn how the platform treats an
  /// empty salt), so its result is a constant too, and that result only
  /// meets constants: compared with a literal or null. Nobody's password is
  /// checked. (A constant password's hash compared with a stored or a user's
  /// hash still checks one, and stays a finding.)
  bool constantProbe(const Expr *Call, ArrayRef<const Expr *> Args) {
    if (!llvm::all_of(Args, [&](const Expr *A) { return onlyConstants(A); })) return false;
    ASTContext &Ctx = S.values().context();
    // The result's variable and the function that holds it.
    DynTypedNodeList Ps = Ctx.getParents(*Call);
    const VarDecl *Res = nullptr;
    while (!Ps.empty()) {
      if (const auto *C = Ps[0].get<ImplicitCastExpr>()) {
        Ps = Ctx.getParents(*C);
        continue;
      }
      if (const auto *VD = Ps[0].get<VarDecl>())
        Res = VD;
      else if (const auto *BO = Ps[0].get<BinaryOperator>(); BO && BO->getOpcode() == BO_Assign)
        if (const auto *L = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
          Res = dyn_cast<VarDecl>(L->getDecl());
      break;
    }
    if (!Res || !Res->isLocalVarDecl() || Res->isStaticLocal()) return false;
    const auto *Fn = dyn_cast<FunctionDecl>(Res->getDeclContext());
    if (!Fn || !Fn->getBody()) return false;
    bool Used = false, Other = false;
    anyStmtIn(Fn->getBody(), [&](const Stmt *St) {
      const auto *DRE = dyn_cast<DeclRefExpr>(St);
      if (!DRE || DRE->getDecl() != Res) return false;
      Used = true;
      if (!constantOnlyUse(DRE)) Other = true;
      return Other;
    });
    return Used && !Other;
  }

  /// \p E is a constant and nothing else.
  bool onlyConstants(const Expr *E) {
    const Prov &P = PA.of(E);
    return !P.wholeConstants().empty() && !P.hasNonConstant();
  }

  /// The read \p Use of a probe's result: assigned to (its definition), tested
  /// against null, or compared (a strcmp-like call) with a constant.
  bool constantOnlyUse(const DeclRefExpr *Use) {
    ASTContext &Ctx = S.values().context();
    DynTypedNode Cur = DynTypedNode::create(*Use);
    for (unsigned Steps = 0; Steps < 6; ++Steps) {
      DynTypedNodeList Ps = Ctx.getParents(Cur);
      if (Ps.empty()) return false;
      const Expr *Child = Cur.get<Expr>();
      if (Ps[0].get<CastExpr>() || Ps[0].get<ParenExpr>()) {
        Cur = Ps[0];
        continue;
      }
      if (const auto *BO = Ps[0].get<BinaryOperator>()) {
        if (BO->getOpcode() == BO_Assign) return BO->getLHS()->IgnoreParenImpCasts() == Child;
        if (BO->isEqualityOp()) {
          const Expr *O = BO->getLHS() == Child ? BO->getRHS() : BO->getLHS();
          return O->IgnoreParenCasts()->isNullPointerConstant(Ctx,
                                                              Expr::NPC_ValueDependentIsNotNull) ||
                 !S.values().strings(O).empty();
        }
        return false;
      }
      if (Ps[0].get<IfStmt>() || Ps[0].get<WhileStmt>()) return true; // if (hash)
      if (const auto *UO = Ps[0].get<UnaryOperator>()) return UO->getOpcode() == UO_LNot;
      if (const auto *CE = Ps[0].get<CallExpr>()) {
        const FunctionModel *M = PA.model(CE);
        if (!M || M->Compare.size() != 2) return false;
        for (int I : M->Compare) {
          if (unsigned(I) >= CE->getNumArgs()) return false;
          const Expr *A = CE->getArg(I);
          if (A == Child || A->IgnoreParenImpCasts() == Child->IgnoreParenImpCasts()) continue;
          if (!onlyConstants(A)) return false;
        }
        return true;
      }
      return false;
    }
    return false;
  }

  /// An array or object local to the function (not static), by name.
  static bool localStorage(const Expr *E) {
    const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(E));
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    return VD && VD->isLocalVarDecl() && !VD->isStaticLocal() &&
           (VD->getType()->isArrayType() || VD->getType()->isRecordType());
  }

  /// A NULL argument that the function reads as all zero bytes (CCCrypt's
  /// IV in CBC mode), unless the options select a mode that takes none.
  bool nullZero(const FunctionModel &M, const FunctionDecl *FD, const ParamModel &P,
                ArrayRef<const Expr *> Args, unsigned I, StringRef Callee) {
    ASTContext &Ctx = S.values().context();
    const Expr *A = Args[I];
    if (!A->getType()->isPointerType() || A->isValueDependent() ||
        !A->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return false;
    // A stream cipher (RC4) takes no IV.
    for (unsigned J = 0; J < Args.size(); ++J)
      if (const ParamModel *C = paramFor(M, FD, J); C && C->Role == ParamRole::Cipher)
        for (const Value &V : S.values().algorithms(Args[J]))
          if (V.A.Mode == "stream") return true;
    if (P.UnlessArg >= 0) {
      // Only when the options are known and none of them has the bits.
      if (unsigned(P.UnlessArg) >= Args.size()) return true;
      std::vector<Value> Opts = S.values().ints(Args[P.UnlessArg]);
      if (Opts.empty()) return true;
      for (const Value &O : Opts)
        if ((O.I & P.UnlessBits) == P.UnlessBits) return true;
    }
    const RoleText *RT = roleText(P.Role);
    if (!RT) return true;
    Candidate C;
    C.Loc = fileLoc(A->getBeginLoc());
    C.Rule = RT->Rule;
    C.Subject = roleName(P.Role).str();
    C.Message = "a NULL " + std::string(RT->What) + " reaches the " + RT->What + " of '" +
                Callee.str() + "', which then uses all zero bytes; " + RT->Consequence;
    Out.push_back(std::move(C));
    return true;
  }

  AnalysisSession &S;
  ProvenanceAnalysis &PA;
  const SourceManager &SM;

  SourceLocation fileLoc(SourceLocation L) const { return SM.getFileLoc(L); }

  void report(const RoleText &RT, ParamRole Role, const Origin &O, const Expr *At,
              StringRef Callee) {
    Candidate C;
    C.Loc = fileLoc(At->getBeginLoc());
    SecretFinding SF = secretRoleFinding(Role, originName(S, O), O.Transformed, O.Clearing, O.Bytes,
                                         Callee, S.catalog());
    if (SF.Rule.empty()) return;
    C.Rule = SF.Rule;
    C.Message = SF.Message;
    C.Subject = roleName(Role).str();
    // Notes run from the constant's definition to the use.
    unsigned UseLine = SM.getExpansionLineNumber(C.Loc);
    FileID UseFile = SM.getFileID(C.Loc);
    std::set<unsigned> Lines;
    auto Note = [&](const Stmt *St, const char *What) {
      SourceLocation L = fileLoc(St->getBeginLoc());
      if (SM.getFileID(L) == UseFile && SM.getExpansionLineNumber(L) == UseLine) return;
      if (!Lines.insert(L.getRawEncoding()).second) return;
      C.Notes.push_back({L, What});
    };
    if (O.Def) {
      // A constant spelled in a macro is defined where the macro is.
      SourceLocation L = O.Def->getBeginLoc();
      if (L.isMacroID() &&
          SM.isWrittenInMainFile(SM.getSpellingLoc(L)) == SM.isWrittenInMainFile(C.Loc)) {
        SourceLocation Sp = SM.getSpellingLoc(L);
        if (Lines.insert(Sp.getRawEncoding()).second)
          C.Notes.push_back({Sp, "constant defined here"});
      } else {
        Note(O.Def, "constant defined here");
      }
    }
    for (const Step &St : O.Path) Note(St.S, St.What);
    Out.push_back(std::move(C));
  }
};

} // namespace

/// A call inside the body of a modelled library function (Botan's inline
/// set_key(SymmetricKey) calling set_key(bytes, n)) repeats the finding of
/// the modelled call that reached it. Only asked for calls outside the main
/// file, so the parent map is rarely built.
static bool insideModelledFunction(AnalysisSession &S, const Stmt *St) {
  ASTContext &Ctx = S.values().context();
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInMainFile(SM.getExpansionLoc(St->getBeginLoc()))) return false;
  DynTypedNodeList Parents = Ctx.getParents(*St);
  for (unsigned Guard = 0; !Parents.empty() && Guard < 64; ++Guard) {
    const DynTypedNode &P = Parents[0];
    if (const auto *FD = P.get<FunctionDecl>()) {
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
        return S.catalog().function(plainQualifiedName(MD)) != nullptr;
      return FD->getDeclName().isIdentifier() && S.catalog().function(FD->getName());
    }
    Parents = Ctx.getParents(P);
  }
  return false;
}

const std::vector<Candidate> &secretsOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::SecretsOfCall, [&] {
    Analyzer A(S);
    CallSite C = callSite(S, CE);
    if (C.Model) A.run(C.E, *C.Model, C.Callee, C.Args, C.Name);
    // Asked only when there is something to report: it may build the parent map.
    if (!A.Out.empty() && insideModelledFunction(S, CE)) return std::vector<Candidate>();
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &secretsOfParamStruct(AnalysisSession &S, const InitListExpr *IL) {
  return S.memo(IL, MemoKey::SecretsOfParamStruct, [&] {
    Analyzer A(S);
    A.paramStruct(IL);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &secretsOfConstruct(AnalysisSession &S, const CXXConstructExpr *CE) {
  return S.memo(CE, MemoKey::SecretsOfConstruct, [&] {
    Analyzer A(S);
    CallSite C = callSite(S, CE);
    if (C.Model) A.run(C.E, *C.Model, C.Callee, C.Args, C.Name);
    return dedupCandidates(std::move(A.Out));
  });
}

} // namespace backdoor
