//===--- Config.cpp - randomness, KDFs, verification, bypasses -----------===//
#include "analysis/config/Config.h"

#include "core/AstUtil.h"
#include "core/Conditionals.h"
#include "core/CallSite.h"
#include "core/Guards.h"
#include "core/OriginText.h"
#include "core/Provenance.h"
#include "core/Seed.h"
#include "core/Summary.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <functional>
#include <set>
#include <tuple>

using namespace clang;
using namespace llvm;

namespace backdoor {

namespace {
/// The name of the text \p E holds, through a conversion of a string
/// object to its characters (`[password UTF8String]`, `password.c_str()`),
/// directly or through a local initialized with one (`const char *p =
/// [password UTF8String];`).
std::string textOf(const Expr *E) {
  for (unsigned Hop = 0; E && Hop < 3; ++Hop) {
    E = stripAll(E);
    if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) {
      std::string Sel = ME->getSelector().getAsString();
      if (ME->getInstanceReceiver() &&
          llvm::is_contained({"UTF8String", "cStringUsingEncoding:", "bytes", "dataUsingEncoding:",
                              "cString", "lossyCString"},
                             Sel)) {
        E = ME->getInstanceReceiver();
        continue;
      }
      return "";
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() && MD->getParent()->isInStdNamespace() &&
          llvm::is_contained({"c_str", "data"}, MD->getName())) {
        E = MC->getImplicitObjectArgument();
        continue;
      }
      return "";
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->isLocalVarDecl() &&
          VD->getType()->isPointerType() && VD->getInit() && Hop == 0) {
        std::string Own = operandName(E);
        const Expr *Init = stripAll(VD->getInit());
        if (isa<ObjCMessageExpr>(Init) || isa<CXXMemberCallExpr>(Init)) {
          std::string Via = textOf(Init);
          if (!Via.empty()) return Via;
        }
        return Own;
      }
    return operandName(E);
  }
  return "";
}
} // namespace

namespace {

/// The generator whose output is predictable, as messages show it.
std::string generatorName(AnalysisSession &S, const Expr *Call) {
  std::string N = calleeName(S, Call);
  return N.empty() ? "a predictable generator" : N;
}

bool matches(const Catalog &Cat, StringRef Pattern, StringRef Name) {
  const CatalogPattern *R = Cat.pattern(Pattern);
  return R && !Name.empty() && R->match(Name.lower());
}

Candidate make(const SourceManager &SM, const char *Rule, const Expr *At, std::string Msg) {
  Candidate C;
  C.Rule = Rule;
  C.Loc = SM.getFileLoc(At->getBeginLoc());
  // C++20's reversed `header == kView` calls operator==(kView, header):
  // where the comparison is written begins with the first operand written.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(At); OC && OC->getNumArgs() == 2)
    if (SourceLocation L = SM.getFileLoc(OC->getArg(1)->getBeginLoc());
        SM.isBeforeInTranslationUnit(L, C.Loc))
      C.Loc = L;
  C.Message = std::move(Msg);
  return C;
}

/// A finding about a value a modelled API uses at \p At: where a caller of
/// the unit's own wrapper passes it, when one does (`type9_derive(pw,
/// salt, 14, dk)` handing its length on to EVP_PBE_scrypt), the API's use
/// then the last note, as backdoor-short-key reports sizes and as the link
/// step reports them across units; else at \p At. (A wrapper shared by
/// strong and weak callers would otherwise carry one finding for all.)
Candidate makeChosen(const SourceManager &SM, const char *Rule, const Expr *At, const Value &Val,
                     StringRef Callee, std::string Msg) {
  Candidate C = make(SM, Rule, At, std::move(Msg));
  const Step *Chooser = choosingStep(Val.Path);
  if (!Chooser) return C;
  C.Loc = SM.getFileLoc(Chooser->S->getBeginLoc());
  for (const Step &St : Val.Path)
    if (&St != Chooser && St.S && St.What)
      C.Notes.push_back({SM.getFileLoc(St.S->getBeginLoc()), St.What});
  C.Notes.push_back({SM.getFileLoc(At->getBeginLoc()), "'" + Callee.str() + "' uses it here"});
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

/// Data another translation unit may make predictable (a Link origin, whole
/// or part: a generator's output stays predictable when combined): a
/// question for the link step (tool/Link.h).
void askPredictable(AnalysisSession &S, const Prov &P, const Expr *At, json::Object Q,
                    bool WholeOnly = false) {
  FactRecorder *R = FactRecorder::active();
  if (!R) return;
  const SourceManager &SM = S.values().context().getSourceManager();
  AskedLinks Seen;
  for (const Origin &O : P.Origins)
    if (projectLink(SM, O) && !(WholeOnly && O.Partial) && Seen.first(O)) {
      json::Object X = Q;
      X["at"] = locFact(SM, SM.getFileLoc(At->getBeginLoc()));
      X["link"] = linkFact(S, O);
      R->query(std::move(X));
    }
}

bool isCryptChar(char C) { return isAlnum(C) || C == '.' || C == '/'; }

/// The parameter roles whose argument must not be guessable: a key, IV,
/// nonce, salt or password (what a predictable generator must not reach).
bool unguessableRole(ParamRole R) {
  return R == ParamRole::Key || R == ParamRole::PrivateKey || R == ParamRole::Iv ||
         R == ParamRole::Nonce || R == ParamRole::Salt || R == ParamRole::Password;
}

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
      {"md5-crypt", "MD5-crypt"},
      {"des-crypt", "traditional DES crypt"},
      {"bsdi-crypt", "BSDi extended DES crypt"},
      {"nt-hash", "the NT hash"},
      {"sun-md5-crypt", "Sun MD5-crypt"},
      {"bcrypt", "bcrypt"},
      {"sha256-crypt", "SHA-256-crypt"},
      {"sha512-crypt", "SHA-512-crypt"}};
  for (auto &[F, N] : Names)
    if (Family == F) return N;
  return Family.str();
}

} // namespace

std::string weakKdfValueMessage(const Catalog &Cat, ParamRole Role, StringRef Algorithm, int64_t V,
                                StringRef Callee, StringRef HashKey, StringRef Display) {
  const auto &Work = Cat.thresholds().MinWork;
  auto Floor = [&](StringRef K) -> uint64_t {
    auto It = Work.find(K.str());
    return It == Work.end() ? 0 : It->second;
  };
  if (Role == ParamRole::SaltLength) {
    uint64_t Min = Floor("salt-bytes");
    if (V <= 0 || uint64_t(V) >= Min) return "";
    return "a " + std::to_string(V) + "-byte salt for '" + Callee.str() + "' is shorter than " +
           std::to_string(Min) + " bytes; precomputed tables cover short salts";
  }
  uint64_t Min = Floor(Algorithm);
  std::string What = !Display.empty()                  ? Display.str()
                     : Algorithm == "pbkdf2"           ? "PBKDF2 iteration count"
                     : Algorithm == "scrypt-n"         ? "scrypt cost N"
                     : Algorithm == "argon2-ops"       ? "Argon2 time cost"
                     : Algorithm == "argon2-mem"       ? "Argon2 memory cost"
                     : Algorithm == "bcrypt-cost"      ? "bcrypt cost"
                     : Algorithm == "sha-crypt-rounds" ? "SHA-crypt round count"
                                                       : "work factor";
  // A profile's floor for this hash (pbkdf2-sha256) replaces the plain one.
  if (Algorithm == "pbkdf2" && !HashKey.empty() && Work.count(HashKey.str())) {
    Min = Floor(HashKey);
    What = "PBKDF2-HMAC-" + HashKey.drop_front(7).upper() + " iteration count";
  }
  if (V <= 0 || uint64_t(V) >= Min) return "";
  bool Critical = Algorithm == "pbkdf2" && uint64_t(V) < Floor("pbkdf2-critical");
  return "the " + What + " " + withCommas(uint64_t(V)) + " of '" + Callee.str() + "' is " +
         (Critical ? "far " : "") + "below " + withCommas(Min) +
         "; stolen password hashes can be cracked that much faster";
}

std::string predictableRoleMessage(StringRef Gen, ParamRole Role, StringRef Callee,
                                   const SeedEntropy *Seed, StringRef Sized) {
  return "output of '" + Gen.str() + "' reaches " + (Seed ? Sized.str() : std::string("the ")) +
         (Role == ParamRole::PrivateKey ? std::string("private key") : roleName(Role).str()) +
         " of '" + Callee.str() + "'; " +
         (Seed ? Seed->consequence()
               : std::string("it is predictable, so the value can be recomputed"));
}

std::string predictableNameMessage(StringRef Gen, StringRef Name, const SeedEntropy *Seed) {
  return "output of '" + Gen.str() + "' becomes '" + Name.str() + "'; " +
         (Seed ? Seed->consequence()
               : std::string("it is predictable, so anyone who saw a few outputs can guess it"));
}

/// backdoor-predictable-random's finding, with what the unit shows of the
/// generator's seed (its message and a note at the seeding).
/// A global generator (rand()) the unit does not seed may be seeded in
/// another unit (srand(time(NULL)) in main.c): \p Ask (the message's parts)
/// asks the link step ("seed") to state that seed's entropy.
static Candidate predictableFinding(AnalysisSession &S, const Expr *At, const Expr *Generated,
                                    const std::function<std::string(const SeedEntropy *)> &Message,
                                    json::Object Ask) {
  const SourceManager &SM = S.values().context().getSourceManager();
  std::optional<SeedFinding> Seed = seedOf(S, Generated);
  Candidate C = make(SM, rules::PredictableRandom, At, Message(Seed ? &Seed->Seed : nullptr));
  if (Seed && Seed->At)
    C.Notes.push_back({SM.getFileLoc(Seed->At->getBeginLoc()), Seed->Seed.noteText()});
  if (FactRecorder *R = Seed ? nullptr : FactRecorder::active())
    if (const FunctionModel *M = globalGenerator(S, Generated)) {
      json::Array By;
      for (const std::string &N : M->SeededBy) By.push_back(N);
      Ask["kind"] = "seed";
      Ask["rule"] = rules::PredictableRandom;
      Ask["at"] = locFact(SM, C.Loc);
      Ask["seeded-by"] = std::move(By);
      Ask["generator"] = generatorName(S, Generated);
      R->query(std::move(Ask));
    }
  return C;
}

std::optional<CryptScheme> parseCryptSetting(StringRef S) {
  CryptScheme C;
  auto Salt = [&](StringRef Rest) { C.HasSalt = !Rest.empty() && isCryptChar(Rest.front()); };
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

/// The hash of the password is one step of a slow KDF written out in the
/// function: after the call, a loop hashes again (a modelled hash, or the
/// unit's own function that calls one): bcrypt_pbkdf collapses the
/// passphrase with SHA-512, then runs `rounds` of bcrypt hashing.
static bool stretchedAfter(AnalysisSession &S, const CallExpr *Call) {
  ProvenanceAnalysis &PA = S.provenance();
  const FunctionDecl *FD = PA.enclosingFunction(Call);
  if (!FD || !FD->getBody()) return false;
  const SourceManager &SrcM = S.values().context().getSourceManager();
  auto Hashes = [&](const CallExpr *CE) {
    const FunctionModel *M = PA.model(CE);
    return M && llvm::any_of(M->Params,
                             [](const ParamModel &P) { return P.Role == ParamRole::HashedData; });
  };
  auto HashingCall = [&](const Stmt *St) {
    const auto *CE = dyn_cast<CallExpr>(St);
    if (!CE) return false;
    if (Hashes(CE)) return true;
    const FunctionDecl *Callee = CE->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    if (!Callee || !Callee->hasBody(Def) || Def == FD) return false;
    return anyStmtIn(Def->getBody(), [&](const Stmt *X) {
      const auto *C2 = dyn_cast<CallExpr>(X);
      return C2 && Hashes(C2);
    });
  };
  return anyStmtIn(FD->getBody(), [&](const Stmt *St) {
    if (!isa<ForStmt>(St) && !isa<WhileStmt>(St) && !isa<DoStmt>(St)) return false;
    if (!SrcM.isBeforeInTranslationUnit(Call->getBeginLoc(), St->getBeginLoc())) return false;
    return anyStmtIn(St, HashingCall);
  });
}

/// backdoor-weak-kdf for the integers \p Vals that \p Arg holds in a
/// work-factor or salt-length role of \p Callee (\p Alg, \p HashKey and
/// \p Display as weakKdfValueMessage takes them).
static void kdfValues(AnalysisSession &S, ParamRole Role, StringRef Alg, const Expr *Arg,
                      const std::vector<Value> &Vals, StringRef Callee, StringRef HashKey,
                      StringRef Display, std::vector<Candidate> &Out) {
  const SourceManager &SM = S.values().context().getSourceManager();
  for (const Value &Val : Vals) {
    std::string Msg = weakKdfValueMessage(S.catalog(), Role, Alg, Val.I, Callee, HashKey, Display);
    if (!Msg.empty())
      Out.push_back(makeChosen(SM, rules::WeakKdf, Arg, Val, Callee, std::move(Msg)));
  }
}

/// A count or length another unit defines (a helper's return value, an
/// extern constant, an arm of a ternary): a question for the link step.
static void askKdfLink(AnalysisSession &S, ParamRole Role, StringRef Alg, const Expr *Arg,
                       const std::vector<Value> &Vals, StringRef Callee) {
  if (Vals.empty() || !S.values().resolve(Arg).Complete)
    askIntLink(S, Arg,
               json::Object{{"kind", "int-role"},
                            {"role", roleName(Role).str()},
                            {"algorithm", Alg.str()},
                            {"callee", Callee.str()}});
}

/// The generator call \p Gen is in another function of the unit than
/// \p Use, which reports its output by name where it writes it
/// (`make_recovery_passcode(char *passcode, n)` filling `passcode[i] =
/// kDigits[random() % 10]`): the flow's finding, on the generator's line.
static bool reportedWhereWritten(AnalysisSession &S, const Expr *Gen, const Expr *Use) {
  ProvenanceAnalysis &PA = S.provenance();
  const FunctionDecl *G = PA.enclosingFunction(Gen);
  if (!G || !G->hasBody() || G == PA.enclosingFunction(Use) || !S.inProjectCode(G->getLocation()))
    return false;
  const SourceManager &SM = S.values().context().getSourceManager();
  SourceLocation At = SM.getFileLoc(Gen->getBeginLoc());
  for (const Candidate &C : configOfFunction(S, G))
    if (C.Rule == StringRef(rules::PredictableRandom) && SM.getFileID(C.Loc) == SM.getFileID(At) &&
        SM.getSpellingLineNumber(C.Loc) == SM.getSpellingLineNumber(At) &&
        !SM.isBeforeInTranslationUnit(At, C.Loc))
      return true;
  return false;
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
    std::string Callee = FD ? calleeName(S, CE) : "?";
    bool ValueRoles = false;
    const auto &Work = Cat.thresholds().MinWork;
    auto Floor = [&](StringRef K) -> uint64_t {
      auto It = Work.find(K.str());
      return It == Work.end() ? 0 : It->second;
    };
    // The call's hash, for per-hash PBKDF2 floors (a profile's pbkdf2-sha256, ...).
    std::string HashKey;
    for (const AlgSpec &A : M->Uses)
      if (A.Kind == AlgKind::Digest) HashKey = pbkdf2Key(A);
    // What the call's crypt(3) setting or gensalt prefix selects.
    std::vector<CryptScheme> Schemes;
    bool HasSetting = false;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const ParamModel *P = paramFor(*M, FD, I);
      if (!P) continue;
      HasSetting |= P->Role == ParamRole::CryptSetting;
      if (P->Role == ParamRole::Digest)
        for (const Value &A : V.algorithms(CE->getArg(I)))
          if (A.A.Kind == AlgKind::Digest) HashKey = pbkdf2Key(A.A);
      if (P->Role == ParamRole::CryptSetting)
        for (const Value &Str : V.strings(CE->getArg(I)))
          if (auto C = parseCryptSetting(Str.S)) Schemes.push_back(*C);
    }
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const ParamModel *P = paramAt(V, Cat, *M, FD, {CE->getArgs(), CE->getNumArgs()}, I);
      if (!P) continue;
      // (A role that holds for some options only: curl_easy_setopt's
      // password is its argument after CURLOPT_USERPWD, not after CURLOPT_URL.)
      if (!whenHolds(V, {CE->getArgs(), CE->getNumArgs()}, P->WhenArg, P->WhenSymbols)) continue;
      const Expr *Arg = CE->getArg(I);
      ParamRole Role = P->Role;
      if (Role == ParamRole::ItemAccessibility) {
        // A keychain item's kSecAttrAccessible: a class that keeps the item
        // readable while the device is locked (kSecAttrAccessibleAlways*).
        ValueRoles = true;
        for (const Expr *DV : dictionaryValues(Cat, Arg, P->DictKey)) {
          const auto *DRE = dyn_cast_or_null<DeclRefExpr>(stripAll(DV));
          if (!DRE || !V.namesOneOf(DV, P->Insecure)) continue;
          Candidate C = make(SM, rules::KeychainAccessibleAlways, CE,
                             "'" + Callee + "' stores a keychain item with '" +
                                 DRE->getDecl()->getNameAsString() +
                                 "', readable while the device is locked; whoever holds the "
                                 "device or a backup of it reads the secret without the passcode");
          C.Notes.push_back({SM.getFileLoc(DV->getBeginLoc()), "accessibility set here"});
          Out.push_back(std::move(C));
        }
        continue;
      }
      if (Role == ParamRole::CryptSetting) {
        ValueRoles = true;
        for (const Value &Str : V.strings(Arg)) {
          std::optional<CryptScheme> C = parseCryptSetting(Str.S);
          if (!C) continue;
          if (C->Weak) {
            Out.push_back(make(SM, rules::WeakKdf, Arg,
                               "'" + Callee + "' hashes passwords with " + cryptDisplay(C->Family) +
                                   ", an obsolete scheme that stolen hashes are cracked from "
                                   "quickly; use yescrypt, bcrypt or SHA-512-crypt"));
            continue;
          }
          std::string Key =
              C->Family == "bcrypt" ? "bcrypt-cost"
              : StringRef(C->Family).ends_with("-crypt") && StringRef(C->Family).starts_with("sha")
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
      } else if (unguessableRole(Role)) {
        const Prov &D = PA.of(Arg);
        if (D.Predictable) {
          // A helper's secret-named out-parameter, reported there: one flow.
          if (!reportedWhereWritten(S, D.Predictable, CE))
            Out.push_back(predictableFinding(
                S, Arg, D.Predictable,
                [&](const SeedEntropy *Seed) {
                  return predictableRoleMessage(generatorName(S, D.Predictable), Role, Callee, Seed,
                                                sizedArticle(S.index().context(), Arg));
                },
                json::Object{{"message", "role"},
                             {"role", roleName(Role).str()},
                             {"callee", Callee},
                             {"sized", sizedArticle(S.index().context(), Arg)}}));
        } else {
          askPredictable(S, D, Arg,
                         json::Object{{"kind", "predictable-role"},
                                      {"role", roleName(Role).str()},
                                      {"callee", Callee},
                                      {"sized", sizedArticle(S.index().context(), Arg)}});
        }
      } else if (Role == ParamRole::WorkFactor || Role == ParamRole::SaltLength) {
        ValueRoles = true;
        std::vector<Value> Vals = V.ints(Arg);
        if (Role == ParamRole::SaltLength) {
          kdfValues(S, Role, P->Algorithm, Arg, Vals, Callee, "", "", Out);
        } else {
          std::string Alg = P->Algorithm, Display;
          // A count for crypt_gensalt means what the prefix selects (0: the default);
          // with a prefix of unknown value nothing is known.
          if (HasSetting && Schemes.empty()) continue;
          if (HasSetting) {
            const CryptScheme &C = Schemes.front();
            if (C.Family == "bcrypt")
              Alg = "bcrypt-cost";
            else if (C.Family == "sha256-crypt" || C.Family == "sha512-crypt")
              Alg = "sha-crypt-rounds", Display = cryptDisplay(C.Family) + " round count";
            else
              continue;
          }
          kdfValues(S, Role, Alg, Arg, Vals, Callee, HashKey, Display, Out);
        }
        askKdfLink(S, Role, P->Algorithm, Arg, Vals, Callee);
      } else if (Role == ParamRole::HashedData) {
        std::string N = textOf(Arg);
        if (matches(Cat, "password-name", N) && !matches(Cat, "not-secret-name", N) &&
            !stretchedAfter(S, CE))
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

const std::vector<Candidate> &configOfParamStruct(AnalysisSession &S, const InitListExpr *IL) {
  return S.memo(IL, MemoKey::ConfigOfParamStruct, [&] {
    std::vector<Candidate> Out;
    const Expr *Arg = nullptr;
    const ParamModel *P = paramStructValue(S.values(), S.catalog(), IL, Arg);
    if (!P || (P->Role != ParamRole::WorkFactor && P->Role != ParamRole::SaltLength)) return Out;
    std::string Type = IL->getType().getUnqualifiedType().getAsString();
    std::vector<Value> Vals = S.values().ints(Arg);
    kdfValues(S, P->Role, P->Algorithm, Arg, Vals, Type, "", "", Out);
    askKdfLink(S, P->Role, P->Algorithm, Arg, Vals, Type);
    return Out;
  });
}

namespace {

class FunctionScan : public SemanticVisitor<FunctionScan> {
public:
  /// A function or an Objective-C method: its body and its name.
  FunctionScan(AnalysisSession &S, const Stmt *Body, std::string Name)
      : S(S), PA(S.provenance()), Cat(S.catalog()), Body(Body), Name(std::move(Name)),
        SM(S.values().context().getSourceManager()) {}
  std::vector<Candidate> Out;
  bool shouldVisitLambdaBody() const { return false; }

  /// A verification: a modelled verify-result API, or a function named as
  /// one (`sslRawVerify` of another unit).
  bool verifies(const CallExpr *CE) {
    if (const FunctionModel *M = PA.model(CE); M && M->VerifyResult != VerifyResultKind::None)
      return true;
    const FunctionDecl *FD = CE->getDirectCallee();
    return FD && FD->getDeclName().isIdentifier() &&
           catalogMatch(Cat, "verify-call-name", FD->getName().lower());
  }

  /// Statements after an unconditional jump (`goto fail;` twice, Apple's
  /// CVE-2014-1266), up to the next label, never run: a verification among
  /// them never checks anything and the function goes on as if it passed.
  /// True when \p St is such a statement (reported, not read further).
  bool deadVerification(const Stmt *St, const Stmt *&Jump) {
    if (isa<LabelStmt, SwitchCase>(St) || anyStmtIn(St, [](const Stmt *X) {
          return isa<LabelStmt, SwitchCase>(X);
        })) {
      Jump = nullptr;
      return false;
    }
    if (!Jump) {
      if (isa<GotoStmt, ReturnStmt, BreakStmt, ContinueStmt>(St)) Jump = St;
      return false;
    }
    // A jump a preprocessor region compiles in (`#ifdef TEST_HOOKS return 1;
    // #endif` before the check) is the build switch's finding
    // (backdoor-build-switch), which names the switch.
    SourceLocation JL = SM.getFileLoc(Jump->getBeginLoc());
    for (const ActiveRegion &R : activeRegions(SM))
      if (SM.isBeforeInTranslationUnit(R.Directive, JL) &&
          SM.isBeforeInTranslationUnit(JL, R.End) &&
          SM.isBeforeInTranslationUnit(R.End, SM.getFileLoc(St->getBeginLoc())))
        return true;
    std::vector<const CallExpr *> Calls;
    anyStmtIn(St, [&](const Stmt *X) {
      if (const auto *CE = dyn_cast<CallExpr>(X); CE && verifies(CE)) Calls.push_back(CE);
      return false;
    });
    StringRef Kind = isa<GotoStmt>(Jump)     ? "goto"
                     : isa<ReturnStmt>(Jump) ? "return"
                     : isa<BreakStmt>(Jump)  ? "break"
                                             : "continue";
    for (const CallExpr *CE : Calls) {
      Candidate C = make(SM, rules::UncheckedVerification, CE,
                         "'" + calleeName(S, CE) + "' can never run: the '" + Kind.str() +
                             "' before it jumps over it, so nothing is verified and a forged "
                             "signature, MAC or certificate is accepted");
      C.Notes.push_back({SM.getFileLoc(Jump->getBeginLoc()), "unconditional '" + Kind.str() +
                                                                  "' here"});
      Out.push_back(std::move(C));
    }
    return true;
  }

  bool VisitCompoundStmt(CompoundStmt *CS) {
    const Stmt *Jump = nullptr;
    for (Stmt *St : CS->body()) {
      if (deadVerification(St, Jump)) continue;
      resultIgnored(St);
    }
    return true;
  }

  /// A branch or loop body that is one statement, not a block (`else
  /// psa_generate_random(op->nonce, sizeof op->nonce);`): the statement is
  /// one of its own, as in a block (VisitIfStmt, VisitWhileStmt too).
  bool VisitForStmt(ForStmt *F) { return singleBody(F->getBody()); }
  bool VisitDoStmt(DoStmt *D) { return singleBody(D->getBody()); }
  bool singleBody(const Stmt *Body) {
    if (Body && !isa<CompoundStmt, IfStmt>(Body)) resultIgnored(Body);
    return true;
  }

  /// A statement that calls a function whose result must be checked (a
  /// generator's, a verification's) and drops what it returns.
  void resultIgnored(const Stmt *St) {
    const auto *E = dyn_cast<Expr>(St);
    if (!E) return;
    E = E->IgnoreParens();
    bool Discarded = false; // (void)call: ignored on purpose
    if (const auto *C = dyn_cast<CStyleCastExpr>(E))
      if (C->getType()->isVoidType()) {
        E = C->getSubExpr()->IgnoreParens();
        Discarded = true;
      }
    E = E->IgnoreImplicit();
    // `_lastSignatureStatus = crypto_sign_verify_detached(...)`: the result
    // kept in an instance variable nothing reads (not public, backing no
    // property, no read in the class's implementation here).
    if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->getOpcode() == BO_Assign)
      if (const auto *IR = dyn_cast<ObjCIvarRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        if (const auto *VC = dyn_cast<CallExpr>(BO->getRHS()->IgnoreParenImpCasts()))
          if (const FunctionModel *VM = PA.model(VC);
              VM && VM->VerifyResult != VerifyResultKind::None && unreadIvar(IR->getDecl()))
            Out.push_back(make(SM, rules::UncheckedVerification, VC,
                               "the result of '" + calleeName(S, VC) + "' is stored in '" +
                                   IR->getDecl()->getNameAsString() +
                                   "', which nothing reads, so a forged signature, MAC or "
                                   "certificate is accepted"));
    const auto *CE = dyn_cast<CallExpr>(E);
    if (!CE) return;
    const FunctionModel *M = PA.model(CE);
    if (!M) return;
    std::string Callee = CE->getDirectCallee() ? calleeName(S, CE) : "?";
    if (M->MustCheck && !protectsNothing(*M, CE) && !definesAny(M->MustCheckUnlessDefined))
      Out.push_back(make(SM, rules::PredictableRandom, CE,
                         "the result of '" + Callee +
                             "' is ignored; when it fails the buffer keeps predictable "
                             "contents that are then used as secret data"));
    if (M->VerifyResult != VerifyResultKind::None && !(Discarded && outcomeReadLater(CE)))
      Out.push_back(make(SM, rules::UncheckedVerification, CE,
                         "the result of '" + Callee +
                             "' is ignored, so a forged signature, MAC or certificate is "
                             "accepted"));
  }

  /// An instance variable only this unit's implementation of its class can
  /// read (not @public or @package, backing no property), and that it never
  /// reads: every use assigns it.
  bool unreadIvar(const ObjCIvarDecl *IV) {
    if (!IV || IV->getAccessControl() == ObjCIvarDecl::Public ||
        IV->getAccessControl() == ObjCIvarDecl::Package)
      return false;
    const ObjCInterfaceDecl *ID = IV->getContainingInterface();
    const ObjCImplementationDecl *Impl = ID ? ID->getImplementation() : nullptr;
    if (!Impl) return false;
    for (const ObjCPropertyImplDecl *PI : Impl->property_impls())
      if (PI->getPropertyIvarDecl() == IV) return false;
    // The class's methods, and those of its categories this unit implements.
    std::vector<const ObjCMethodDecl *> Methods;
    for (const ObjCImplDecl *I : objcImplementations(ID))
      Methods.insert(Methods.end(), I->meth_begin(), I->meth_end());
    bool Read = false;
    for (const ObjCMethodDecl *MD : Methods) {
      if (!MD->getBody()) continue;
      Read |= anyStmtIn(MD->getBody(), [&](const Stmt *St) {
        const auto *R = dyn_cast<ObjCIvarRefExpr>(St);
        if (!R || R->getDecl() != IV) return false;
        // The left side of a plain assignment is a write.
        auto Ps = S.values().context().getParents(*R);
        const auto *A = Ps.size() == 1 ? Ps[0].get<BinaryOperator>() : nullptr;
        return !(A && A->getOpcode() == BO_Assign && A->getLHS()->IgnoreParenImpCasts() == R);
      });
      if (Read) return false;
    }
    return true;
  }

  bool VisitVarDecl(VarDecl *VD) {
    if (const Expr *I = VD->getInit()) {
      if (oneIsValidCall(I)) VerifyVars.insert(VD);
      predictableSink(VD->getName(), I, VD);
    }
    return true;
  }

  /// A constructor's member initializer (`nonce_(random_hex<16>())`).
  void memberInit(const FieldDecl *F, const Expr *Init) { predictableSink(F->getName(), Init); }

  /// `s.session_token = random_string(32);` on a class (std::string):
  /// the assignment operator, as `=` on a scalar.
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->getOperator() != OO_Equal || OC->getNumArgs() != 2) return true;
    const VarDecl *Var = nullptr;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(stripParenImpCasts(OC->getArg(0))))
      Var = dyn_cast<VarDecl>(DRE->getDecl());
    predictableSink(operandName(OC->getArg(0)), OC->getArg(1), Var, true, OC->getArg(0));
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    noteThreeWay(BO);
    // `bool valid = EVP_DigestVerify(...) != 0;`: read as a boolean outside
    // a condition too (an initializer, an assignment, a return).
    if (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE) misread(BO);
    acceptsInvalid(BO);
    if (BO->getOpcode() == BO_Assign) {
      if (const auto *DRE = dyn_cast<DeclRefExpr>(stripParenImpCasts(BO->getLHS())))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (oneIsValidCall(BO->getRHS())) VerifyVars.insert(VD);
      const VarDecl *Var = nullptr;
      if (const auto *DRE = dyn_cast<DeclRefExpr>(stripParenImpCasts(BO->getLHS())))
        Var = dyn_cast<VarDecl>(DRE->getDecl());
      std::string N = operandName(BO->getLHS());
      // An element of a range written through the loop's reference (`for
      // (auto &b : challenge) b = gen();`): the range's element.
      const Expr *Into = BO->getLHS();
      if (Var)
        if (auto It = RangeOf.find(Var); It != RangeOf.end() && !secretNamed(N)) {
          Into = It->second;
          N = operandName(Into);
          Var = nullptr;
          if (const auto *RD = dyn_cast<DeclRefExpr>(stripParenImpCasts(Into)))
            Var = dyn_cast<VarDecl>(RD->getDecl());
        }
      // A storage part of a secret-named record (`seedPrivateKey.s[i]` of a
      // `cl_ulong4`, `key.words[i]`): the record's name says what it is.
      if (!secretNamed(N))
        if (const auto *Root = dyn_cast_or_null<VarDecl>(memberRoot(BO->getLHS()));
            Root && Root->getDeclName().isIdentifier() && storagePartName(N) &&
            secretNamed(Root->getName())) {
          N = Root->getName().str();
          Var = Root;
        }
      if (!secretNamed(N) && outParameter(BO->getLHS())) {
        // `out[i] = rand()` in make_nonce(out); a copy of a variable already
        // reported (`out[i] = token[i]`) is the same flow.
        if (!anyStmtIn(BO->getRHS(), [&](const Stmt *St) {
              const auto *DRE = dyn_cast<DeclRefExpr>(St);
              const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
              return VD && Written.count(VD);
            }))
          predictableSink(Name, BO->getRHS(), nullptr, true);
      } else
        predictableSink(N, BO->getRHS(), Var, true, Into);
    }
    return true;
  }

  /// The loop variable of a range-for that refers to the range's elements.
  llvm::DenseMap<const VarDecl *, const Expr *> RangeOf;
  bool VisitCXXForRangeStmt(CXXForRangeStmt *FS) {
    const VarDecl *LV = FS->getLoopVariable();
    if (LV && FS->getRangeInit() && LV->getType()->isLValueReferenceType() &&
        !LV->getType()->getPointeeType().isConstQualified())
      RangeOf[LV] = FS->getRangeInit();
    return true;
  }

  bool VisitReturnStmt(ReturnStmt *R) {
    // A generator of tokens, nonces or passwords that returns rand().
    if (R->getRetValue() && !Name.empty() && matches(Cat, "random-secret-name", Name)) {
      size_t Before = Out.size();
      predictableSink(Name, R->getRetValue(), nullptr, /*Ask=*/false);
      // `return token;` after `token[i] = rand()` was reported: one finding
      // for one flow. Decided in finish(), whatever the order of the visits.
      if (Out.size() > Before) {
        const VarDecl *VD = localStorage(R->getRetValue());
        // `return [NSString stringWithFormat:@"%06ld", pin];`, `return
        // std::to_string(pin);`: the local formatted is the flow.
        if (!VD && (isa<ObjCMessageExpr>(stripAll(R->getRetValue())) ||
                    isa<CallExpr>(stripAll(R->getRetValue()))))
          anyStmtIn(R->getRetValue(), [&](const Stmt *St) {
            const auto *DRE = dyn_cast<DeclRefExpr>(St);
            const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
            if (V && V->isLocalVarDecl() && !V->isStaticLocal() && PA.of(DRE).Predictable) VD = V;
            return VD != nullptr;
          });
        if (VD) {
          ReturnsOf.push_back({VD, std::move(Out.back())});
          Out.pop_back();
        } else if (const auto *F = dyn_cast_or_null<FieldDecl>(
                       storageTarget(copiedFrom(R->getRetValue())).D)) {
          // `return s.reconnect_token;` after `s.reconnect_token.push_back(
          // kAlphabet[pick(engine_)])`: the field's flow.
          ReturnsOfField.push_back({F, std::move(Out.back())});
          Out.pop_back();
        }
      }
    }
    return true;
  }

  bool VisitIfStmt(IfStmt *If) {
    if (const Expr *C = If->getCond()) {
      misread(C);
      bypass(If);
    }
    singleBody(If->getThen());
    singleBody(If->getElse());
    return true;
  }
  bool VisitWhileStmt(WhileStmt *W) {
    if (W->getCond()) misread(W->getCond());
    singleBody(W->getBody());
    return true;
  }
  bool VisitConditionalOperator(ConditionalOperator *CO) {
    misread(CO->getCond());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->getOpcode() == UO_LNot) report(UO->getSubExpr());
    return true;
  }
  /// `return EVP_VerifyFinal(...);` from a bool function, `bool ok = rc;`.
  bool VisitImplicitCastExpr(ImplicitCastExpr *IC) {
    if (IC->getCastKind() == CK_IntegralToBoolean) report(IC->getSubExpr());
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    // A value appended to a secret-named container (`mnemonic_.push_back(
    // kWordlist[next_word_index()])`, `token.append(...)`, `token += c`): as
    // assigned to it.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() && MC->getNumArgs() >= 1 &&
          (MD->getName() == "push_back" || MD->getName() == "emplace_back" ||
           MD->getName() == "append"))
        predictableSink(operandName(MC->getImplicitObjectArgument()),
                        MC->getArg(MC->getNumArgs() - 1), nullptr, true,
                        MC->getImplicitObjectArgument());
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
               OC && OC->getOperator() == OO_PlusEqual && OC->getNumArgs() == 2 &&
               OC->getArg(0)->getType()->getAsCXXRecordDecl()) {
      predictableSink(operandName(OC->getArg(0)), OC->getArg(1), nullptr, true, OC->getArg(0));
    }
    const FunctionModel *M = PA.model(CE);
    // A generator that fills a buffer (RAND_pseudo_bytes, LC_RNG::GenerateBlock):
    // a secret-named one, or the out-parameter of a function named like a
    // secret (make_nonce(out)).
    if (M)
      for (int A : M->Predictable)
        if (A >= 0 && unsigned(A) < CE->getNumArgs()) {
          const Expr *Arg = CE->getArg(unsigned(A));
          std::string N = operandName(Arg);
          if (secretNamed(N))
            predictableSink(N, Arg, nullptr, /*Ask=*/false, Arg, CE);
          else if (outParameter(Arg))
            predictableSink(Name, Arg, nullptr, /*Ask=*/false, nullptr, CE);
        }
    // A copy or format into a secret-named buffer (`snprintf(s->session_id,
    // n, "%08x%08x", rand(), rand())`, `strcpy(token, pick)`): as assigned
    // to it, from the first predictable source.
    if (M && M->CopyTo >= 0 && unsigned(M->CopyTo) < CE->getNumArgs()) {
      const Expr *Dst = CE->getArg(unsigned(M->CopyTo));
      std::string N = operandName(Dst);
      if (secretNamed(N)) {
        for (const Expr *Src : argsFrom(CE, M->CopyFrom)) {
          if (!PA.of(Src).Predictable) continue;
          // A copy of a buffer already reported (`memcpy(inline_key,
          // s->master_key, n)` after `s->master_key[i] = rand()`): the same
          // flow.
          const ValueDecl *From = storageTarget(Src).D;
          const auto *FV = dyn_cast_or_null<VarDecl>(From);
          const auto *FF = dyn_cast_or_null<FieldDecl>(From);
          if ((FV && Written.count(FV)) || (FF && WrittenFields.count(FF))) break;
          predictableSink(N, Src, nullptr, /*Ask=*/false, Dst);
          break;
        }
      }
    }
    // A secret-named buffer handed to the project's own helper that fills it
    // (`fill_alnum(rec.reset_token, n)`, whose body draws from random()):
    // what the helper writes through that parameter, in this unit, or a
    // question for the link step ("out"). (A helper named like a secret,
    // make_nonce(out), is reported in its body.)
    if (const FunctionDecl *F = CE->getDirectCallee();
        !M && F && F->getDeclName().isIdentifier() && !secretNamed(F->getName()) &&
        !S.values().context().getSourceManager().isInSystemHeader(F->getLocation()))
      for (unsigned I = 0; I < CE->getNumArgs() && I < F->getNumParams(); ++I) {
        QualType T = F->getParamDecl(I)->getType();
        if (!(T->isPointerType() || T->isReferenceType()) ||
            T->getPointeeType().isConstQualified())
          continue;
        const Expr *Arg = CE->getArg(I);
        std::string N = operandName(Arg);
        if (!secretNamed(N) || lookupKeyType(Arg->getType())) continue;
        // The buffer goes on to a key, IV or nonce of a modelled call here:
        // that call asks about (or reports) the same flow.
        const auto *Buf = dyn_cast_or_null<VarDecl>(storageTarget(Arg).D);
        if (Buf && Buf->isLocalVarDecl() && reachesSecretRole(Buf, /*Predictable=*/false)) continue;
        // A field of a named object (`hv_rand_fill(l->link_key, n); ...
        // mbedtls_cipher_setkey(&l->enc, l->link_key, ...)`): the same.
        if (isa_and_nonnull<FieldDecl>(storageTarget(Arg).D) && memberRoot(Arg) &&
            reachesSecretRole(Arg))
          continue;
        if (const FunctionDecl *Def = F->getDefinition()) {
          if (const Prov *Wr = PA.writtenThrough(Def, I); Wr && Wr->Predictable)
            predictableSink(N, Arg, nullptr, /*Ask=*/false, Arg, Wr->Predictable);
          continue;
        }
        Prov P = linkedValue("out", F, I);
        if (P.Origins.empty()) continue;
        askPredictable(S, P, Arg, json::Object{{"kind", "predictable-name"}, {"name", N}},
                       /*WholeOnly=*/true);
      }
    // MAC tags compared in time that depends on their contents.
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
    // A network card's address compared with another (`strcasecmp(p.mac,
    // nvram_get("lan_hwaddr"))`): named so, or read through a call whose
    // string argument names it.
    auto HardwareAddress = [&](const Expr *X, StringRef N) {
      if (matches(Cat, "hardware-address-name", N)) return true;
      if (const auto *C = dyn_cast<CallExpr>(stripAll(X)))
        for (const Expr *Arg : C->arguments())
          if (const auto *SL = dyn_cast<clang::StringLiteral>(stripAll(Arg)))
            if (SL->getCharByteWidth() == 1 && SL->getLength() < 64 &&
                matches(Cat, "hardware-address-name", SL->getString()))
              return true;
      return false;
    };
    if (HardwareAddress(A, NA) || HardwareAddress(B, NB)) return true;
    // Comparing with a constant is another rule's business (magic credential).
    if (!PA.of(A).wholeConstants().empty() || !PA.of(B).wholeConstants().empty()) return true;
    Out.push_back(make(SM, rules::TimingUnsafeCompare, CE,
                       "'" + F->getNameAsString() + "' compares the MAC '" + (IsMac(NA) ? NA : NB) +
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
    if (CE->getNumArgs() == 0 || !Body) return false;
    const Expr *H = stripParenImpCasts(CE->getArg(0));
    const auto *HR = dyn_cast_or_null<DeclRefExpr>(H);
    if (!HR || !HR->getType()->isPointerType()) return false;
    const ValueDecl *Handle = HR->getDecl();
    auto OnHandle = [&](const Expr *E) {
      const auto *C = dyn_cast_or_null<CallExpr>(E ? stripParenImpCasts(E) : nullptr);
      if (!C || C == CE || !SM.isBeforeInTranslationUnit(CE->getBeginLoc(), C->getBeginLoc()))
        return false;
      for (const Expr *A : C->arguments())
        if (const auto *R = dyn_cast<DeclRefExpr>(stripParenImpCasts(A)))
          if (R->getDecl() == Handle) return true;
      return false;
    };
    std::function<bool(const Expr *)> Tests = [&](const Expr *C) -> bool {
      C = C ? stripParenImpCasts(C) : nullptr;
      if (const auto *BO = dyn_cast_or_null<BinaryOperator>(C)) {
        if (BO->isLogicalOp()) return Tests(BO->getLHS()) || Tests(BO->getRHS());
        if (BO->isComparisonOp()) return OnHandle(BO->getLHS()) || OnHandle(BO->getRHS());
      }
      if (const auto *UO = dyn_cast_or_null<UnaryOperator>(C))
        if (UO->getOpcode() == UO_LNot) return Tests(UO->getSubExpr());
      return OnHandle(C);
    };
    // `chain = X509_STORE_CTX_get1_chain(ctx); ... return chain;`: a local
    // the function returns, holding what such a call gives.
    std::set<const ValueDecl *> Held;
    anyStmtIn(Body, [&](const Stmt *St) {
      if (const auto *BO = dyn_cast<BinaryOperator>(St); BO && BO->getOpcode() == BO_Assign)
        if (const auto *R = dyn_cast<DeclRefExpr>(stripParenImpCasts(BO->getLHS())))
          if (R->getType()->isPointerType() && OnHandle(BO->getRHS())) Held.insert(R->getDecl());
      if (const auto *DS = dyn_cast<DeclStmt>(St))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getType()->isPointerType() && OnHandle(VD->getInit()))
            Held.insert(VD);
      return false;
    });
    return anyStmtIn(Body, [&](const Stmt *St) {
      if (const auto *R = dyn_cast<ReturnStmt>(St)) {
        if (!R->getRetValue() || !R->getRetValue()->getType()->isPointerType()) return false;
        if (const auto *V = dyn_cast<DeclRefExpr>(stripParenImpCasts(R->getRetValue()));
            V && Held.count(V->getDecl()))
          return true;
        return OnHandle(R->getRetValue());
      }
      // *chain = X509_STORE_CTX_get1_chain(ctx): returned through an out-parameter.
      if (const auto *BO = dyn_cast<BinaryOperator>(St))
        if (BO->getOpcode() == BO_Assign && BO->getRHS()->getType()->isPointerType())
          if (const auto *UO = dyn_cast<UnaryOperator>(stripParenImpCasts(BO->getLHS())))
            if (UO->getOpcode() == UO_Deref)
              if (const auto *R = dyn_cast<DeclRefExpr>(stripParenImpCasts(UO->getSubExpr())))
                if (isa<ParmVarDecl>(R->getDecl())) return OnHandle(BO->getRHS());
      if (const auto *If = dyn_cast<IfStmt>(St)) return Tests(If->getCond());
      return false;
    });
  }

  AnalysisSession &S;
  ProvenanceAnalysis &PA;
  const Catalog &Cat;
  const Stmt *Body;
  std::string Name;
  const SourceManager &SM;
  std::set<const VarDecl *> VerifyVars;
  std::set<const Expr *> Reported; // read as a boolean (misread)

  const CallExpr *oneIsValidCall(const Expr *E) {
    const auto *CE = dyn_cast_or_null<CallExpr>(stripParenImpCasts(E));
    if (!CE) return nullptr;
    const FunctionModel *M = PA.model(CE);
    return M && M->VerifyResult == VerifyResultKind::OneIsValid ? CE : nullptr;
  }

  /// The result of a 1/0/-1 verification read as a boolean.
  void misread(const Expr *Cond) {
    const Expr *E = stripParenImpCasts(Cond);
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
          if (!Z->isValueDependent() &&
              stripParenImpCasts(Z)->EvaluateAsInt(R, S.values().context()) &&
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
    X = stripParenImpCasts(X);
    // `if ((ret = X509_verify(cert, key)) == 0)`: the variable, read here.
    if (const auto *BO = dyn_cast_or_null<BinaryOperator>(X);
        BO && BO->getOpcode() == BO_Assign && oneIsValidCall(BO->getRHS()))
      if (const auto *DRE = dyn_cast<DeclRefExpr>(stripParenImpCasts(BO->getLHS())))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
          VerifyVars.insert(VD); // (visited before the assignment inside it)
          X = DRE;
        }
    if (!X || !Reported.insert(X).second) return; // a condition's `!r` is seen twice
    const CallExpr *Call = oneIsValidCall(X);
    std::string Var;
    if (!Call)
      if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(X))
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VerifyVars.count(VD)) Var = VD->getNameAsString();
    if (!Call && Var.empty()) return;
    std::string What =
        Call ? "'" + calleeName(S, Call) + "'" : "the verification result '" + Var + "'";
    Candidate C = make(SM, rules::UncheckedVerification, X,
                       What + " is read as true or false, but -1 means an error: an error then "
                              "counts as a valid signature; compare the result with 1");
    if (Call)
      Out.push_back(std::move(C));
    else
      Misread.push_back({cast<VarDecl>(cast<DeclRefExpr>(X)->getDecl()), std::move(C)});
  }

public:
  /// A variable read as a boolean is misread only when the function never
  /// tells 1 from the error value: `if (r == 1) ok; else if (r == 0) bad;
  /// else error;` or `if (r < 0) error;` reads all three outcomes.
  void finish() {
    for (auto &[VD, C] : Misread)
      if (!ThreeWay.count(VD)) Out.push_back(std::move(C));
    Misread.clear();
    // (Also a copy of what was reported: `sid = [NSString
    // stringWithUTF8String:sessionId]; return sid;` after `sessionId[i] =
    // kHexDigits[random() % 16]`.)
    auto CopyOfWritten = [&](const VarDecl *VD) {
      for (const Expr *V : PA.assignedValues(VD))
        if (anyStmtIn(V, [&](const Stmt *St) {
              const auto *DRE = dyn_cast<DeclRefExpr>(St);
              const auto *W = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
              return W && W != VD && Written.count(W);
            }))
          return true;
      return false;
    };
    for (auto &[VD, C] : ReturnsOf)
      if (!Written.count(VD) && !CopyOfWritten(VD)) Out.push_back(std::move(C));
    ReturnsOf.clear();
    for (auto &[F, C] : ReturnsOfField)
      if (!WrittenFields.count(F)) Out.push_back(std::move(C));
    ReturnsOfField.clear();
  }

private:
  std::vector<std::pair<const VarDecl *, Candidate>> Misread;
  /// Secret-named variables a predictable value was reported going into,
  /// and the returns of such variables by a secret-named function.
  std::set<const VarDecl *> Written;
  std::vector<std::pair<const VarDecl *, Candidate>> ReturnsOf;
  /// The same for fields (`s.reconnect_token`).
  std::set<const FieldDecl *> WrittenFields;
  std::vector<std::pair<const FieldDecl *, Candidate>> ReturnsOfField;
  std::set<const VarDecl *> ThreeWay;

  /// `EVP_VerifyFinal(...) >= 0`, `X509_verify_cert(ctx) != -1`: a 1/0/-1
  /// result compared so that 0 (invalid) gives the same answer as 1 (valid).
  void acceptsInvalid(const BinaryOperator *BO) {
    forEachConstantSide(BO, [&](const Expr *X, const ConstantComparison &C) {
      const CallExpr *Call = oneIsValidCall(X);
      // Holds for both (`>= 0`, `!= -1`): the branch taken on success is
      // taken on a forgery. Holds for neither (`< 0`, `== -1`): only the
      // error is told apart, and the result, not kept, is gone; as good as
      // discarded unless the outcome is read from the context afterwards
      // (`X509_STORE_CTX_get_error(ctx)` tested).
      if (!Call || C.holds(1) != C.holds(0) || (!C.holds(1) && outcomeReadLater(Call)) ||
          !Reported.insert(X).second)
        return;
      Out.push_back(make(SM, rules::UncheckedVerification, X,
                         "'" + calleeName(S, Call) +
                             "' is compared so that 0, an invalid signature, gives the same "
                             "answer as 1: a forged signature is accepted; compare the result "
                             "with 1"));
    });
  }

  /// `X op K` read from a comparison with an integer constant on one side.
  struct ConstantComparison {
    BinaryOperatorKind Op;
    int64_t K;
    bool holds(int64_t V) const { return comparisonHolds(Op, V, K); }
  };

  /// Calls \p F(X, C) for each operand X of the comparison \p BO whose other
  /// side is an integer constant, with the operator swapped to read `X op K`.
  template <typename Fn> void forEachConstantSide(const BinaryOperator *BO, Fn F) {
    if (!BO->isComparisonOp()) return;
    for (int Side = 0; Side < 2; ++Side) {
      const Expr *X = stripParenImpCasts(Side ? BO->getRHS() : BO->getLHS());
      const Expr *Z = Side ? BO->getLHS() : BO->getRHS();
      Expr::EvalResult R;
      if (Z->isValueDependent() || !stripParenImpCasts(Z)->EvaluateAsInt(R, S.values().context()))
        continue;
      F(X, ConstantComparison{Side ? BinaryOperator::reverseComparisonOp(BO->getOpcode())
                                   : BO->getOpcode(),
                              R.Val.getInt().getExtValue()});
    }
  }

  /// A comparison of a verification variable that separates 1 from -1:
  /// `r == 1`, `r != 1`, `r == -1`, `r < 0`, `r > 0`, `r <= 0`, `r >= 1`.
  void noteThreeWay(const BinaryOperator *BO) {
    forEachConstantSide(BO, [&](const Expr *X, const ConstantComparison &C) {
      const auto *DRE = dyn_cast<DeclRefExpr>(X);
      const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (VD && VerifyVars.count(VD) && C.K >= -1 && C.K <= 1 && C.holds(1) != C.holds(-1))
        ThreeWay.insert(VD);
    });
  }

  /// \p Ask: a variable, not a function's return value (whose callers are
  /// asked about themselves), may be made predictable by another unit.
  /// \p Into: the assignment's target (`token[i]` of `token[i] = rand()`).
  /// A name that says it holds a secret a guess must not find: a key, token,
  /// nonce, password, or a bearer id (session, CSRF, cookie).
  bool secretNamed(StringRef N) const {
    return !N.empty() &&
           (matches(Cat, "random-secret-id-name", N) ||
            (matches(Cat, "random-secret-name", N) && !matches(Cat, "not-secret-name", N)));
  }

  /// A field name that names storage, not a meaning: `s`, `v`, `data`,
  /// `bytes`, `words`, `limbs`.
  static bool storagePartName(StringRef N) {
    return (!N.empty() && N.size() <= 2) || N == "data" || N == "bytes" || N == "words" ||
           N == "limbs" || N == "raw" || N == "buf" || N == "val" || N == "value";
  }

  /// `out[i]`, `*out`, `out` of a non-const pointer or reference parameter of
  /// the function scanned: what it writes there, its caller gets.
  bool outParameter(const Expr *Target) const {
    if (Name.empty() || !secretNamed(Name)) return false;
    const auto *P = dyn_cast_or_null<ParmVarDecl>(storageTarget(Target).D);
    if (!P) return false;
    QualType T = P->getType();
    if (!(T->isPointerType() || T->isReferenceType()) || T->getPointeeType().isConstQualified())
      return false;
    const auto *Owner = dyn_cast<Decl>(P->getDeclContext());
    return Owner && Owner->getBody() == Body;
  }

  /// A container's lookup key: a value of a type named `key_type`, the
  /// standard containers' name for the type they look entries up by. A
  /// transaction's or a slot's key finds an entry; it protects nothing.
  static bool lookupKeyType(QualType T) {
    for (unsigned I = 0; I < 8 && !T.isNull(); ++I) {
      const auto *TT = T->getAs<TypedefType>();
      if (!TT) return false;
      if (TT->getDecl()->getDeclName().isIdentifier() && TT->getDecl()->getName() == "key_type")
        return true;
      T = TT->getDecl()->getUnderlyingType();
    }
    return false;
  }

  /// \p Generated: the generator call that wrote \p Value (a call filling
  /// its argument); otherwise the provenance of \p Value says.
  void predictableSink(StringRef Name, const Expr *Value, const VarDecl *Var = nullptr,
                       bool Ask = true, const Expr *Into = nullptr,
                       const Expr *Generated = nullptr) {
    if (!secretNamed(Name)) return;
    if (lookupKeyType(Value->getType()) || (Var && lookupKeyType(Var->getType()))) return;
    const Expr *Gen = Generated;
    if (!Gen) {
      const Prov &P = PA.of(Value);
      if (!P.Predictable) {
        if (Ask)
          askPredictable(S, P, Value,
                         json::Object{{"kind", "predictable-name"}, {"name", Name.str()}},
                         /*WholeOnly=*/true); // a signed token holding an id is no guess
        return;
      }
      Gen = P.Predictable;
    }
    // A slot, a delay or a sample picked at random keeps nothing secret.
    if (Var && onlyNonSecretUses(Var, Value, 0, false)) return;
    // The variable goes on to a key, IV, nonce, salt or password of a
    // modelled call in this function (`iv[i] = gen_(); ...
    // wc_AesGcmEncrypt(..., iv, 12, ...)`): one flow, reported there.
    if (const VarDecl *VD = Var ? Var : localStorage(Into); VD && reachesSecretRole(VD)) {
      Written.insert(VD);
      return;
    }
    // A copy of a variable already reported (`tokens_[standby] = slot_token;`
    // after `slot_token += hex[nibble(rng_)]`): the same flow.
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(copiedFrom(Value)))
      if (const auto *W = dyn_cast<VarDecl>(DRE->getDecl()); W && Written.count(W)) return;
    // A variable already reported, written again from itself (`pin = pin *
    // 10 + checksum(pin)`, a check digit appended): the same flow.
    if (const VarDecl *VD = Var ? Var : localStorage(Into); VD && Written.count(VD) &&
        anyStmtIn(Value, [&](const Stmt *St) {
          const auto *DRE = dyn_cast<DeclRefExpr>(St);
          return DRE && DRE->getDecl() == VD;
        }))
      return;
    // A helper of the unit that returns a variable named like a secret it
    // filled from the generator (`setup_pin = label_pin(serial)` with
    // `std::string setup_pin; ... setup_pin += digit(eng)` in label_pin):
    // reported there, where the value is made; one flow.
    // (Through the copies and temporaries of a returned std::string.)
    if (const auto *CE = dyn_cast_or_null<CallExpr>(copiedFrom(Value)))
      if (const FunctionDecl *Def = CE->getDirectCallee() ? CE->getDirectCallee()->getDefinition()
                                                            : nullptr;
          Def && Def->hasBody()) {
        std::vector<const ReturnStmt *> Rs = returnsOf(Def->getBody());
        if (!Rs.empty() && llvm::all_of(Rs, [&](const ReturnStmt *RS) {
              const auto *DRE = RS->getRetValue()
                                    ? dyn_cast_or_null<DeclRefExpr>(copiedFrom(RS->getRetValue()))
                                    : nullptr;
              const auto *RV = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
              return RV && RV->isLocalVarDecl() && RV->getDeclName().isIdentifier() &&
                     secretNamed(RV->getName()) && PA.of(RS->getRetValue()).Predictable;
            }))
          return;
      }
    Out.push_back(predictableFinding(
        S, Value, Gen,
        [&](const SeedEntropy *Seed) {
          return predictableNameMessage(generatorName(S, Gen), Name, Seed);
        },
        json::Object{{"message", "name"}, {"name", Name.str()}}));
    // The variable the flow went into, also through its storage's accessor
    // (`lcg_.GenerateBlock(challenge.data(), n)`): its copies and returns
    // are the same flow.
    const VarDecl *VD = Var ? Var : localStorage(Into);
    if (!VD && Into)
      if (const auto *T = dyn_cast_or_null<VarDecl>(storageTarget(Into).D); T && T->isLocalVarDecl())
        VD = T;
    if (VD) Written.insert(VD);
    if (Into)
      if (const auto *F = dyn_cast_or_null<FieldDecl>(storageTarget(Into).D))
        WrittenFields.insert(F);
  }

  /// Whether an argument \p Same accepts is handed to a key, IV, nonce,
  /// salt or password parameter of a modelled call of the function scanned.
  bool secretRoleArg(llvm::function_ref<bool(const Expr *)> Same) {
    return Body && anyStmtIn(Body, [&](const Stmt *St) {
             const auto *CE = dyn_cast<CallExpr>(St);
             const FunctionModel *M = CE ? PA.model(CE) : nullptr;
             if (!M) return false;
             for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
               const ParamModel *P = paramFor(*M, CE->getDirectCallee(), I);
               if (P && unguessableRole(P->Role) && Same(CE->getArg(I))) return true;
             }
             return false;
           });
  }

  /// Whether \p VD itself is handed, predictable, to a key, IV, nonce, salt
  /// or password parameter of a modelled call of the function scanned (the
  /// call's own finding then reports the flow).
  bool reachesSecretRole(const VarDecl *VD, bool Predictable = true) {
    return secretRoleArg([&](const Expr *Arg) {
      return (localStorage(Arg) == VD || storageTarget(Arg).D == VD) &&
             (!Predictable || PA.of(Arg).Predictable);
    });
  }

  /// Whether the field \p Member names (`l->link_key`, of the object a
  /// named variable or parameter points to) is handed to a key, IV, nonce,
  /// salt or password parameter of a modelled call of the function scanned.
  bool reachesSecretRole(const Expr *Member) {
    const ValueDecl *F = storageTarget(Member).D, *Root = memberRoot(Member);
    return F && Root && secretRoleArg([&](const Expr *Arg) {
             return storageTarget(Arg).D == F && memberRoot(Arg) == Root;
           });
  }

  /// What a copy construction copies (`return s.token;` of a std::string
  /// by value), through temporaries; \p E itself otherwise.
  static const Expr *copiedFrom(const Expr *E) {
    for (unsigned I = 0; E && I < 8; ++I) {
      E = stripAll(E);
      if (const auto *CC = dyn_cast<CXXConstructExpr>(E); CC && CC->getNumArgs() == 1)
        E = CC->getArg(0);
      else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
        E = BT->getSubExpr();
      else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
        E = MT->getSubExpr();
      else
        break;
    }
    return E;
  }

  /// The local variable whose storage \p E names, through element and
  /// member accesses and copies into a string (`token`, `token[i]`,
  /// `std::string(token)`); null for anything else.
  static const VarDecl *localStorage(const Expr *E) {
    for (unsigned Guard = 0; E && Guard < 8; ++Guard) {
      E = E->IgnoreParenImpCasts();
      if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
        const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        return VD && VD->isLocalVarDecl() && !VD->isStaticLocal() ? VD : nullptr;
      }
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
        E = AS->getBase();
      else if (const auto *ME = dyn_cast<MemberExpr>(E))
        E = ME->getBase();
      else if (const auto *CE = dyn_cast<CastExpr>(E))
        E = CE->getSubExpr();
      else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
        E = MT->getSubExpr();
      else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
        E = BT->getSubExpr();
      else if (const auto *CC = dyn_cast<CXXConstructExpr>(E))
        E = CC->getNumArgs() >= 1 ? CC->getArg(0) : nullptr;
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
        E = OC->getOperator() == OO_Subscript ? OC->getArg(0) : nullptr;
      else
        return nullptr;
    }
    return nullptr;
  }

  /// Random bytes that protect nothing: the buffer an ignored RAND_bytes
  /// fills is a local variable used only as an index, a delay, a sample or in
  /// a comparison (a round-robin start, a backoff jitter).
  /// The unit defines one of these macros (OPENSSL_IS_BORINGSSL): the library
  /// it is built against is known.
  bool definesAny(const std::vector<std::string> &Macros) {
    IdentifierTable &Ids = S.values().context().Idents;
    for (const std::string &N : Macros) {
      auto It = Ids.find(N);
      if (It != Ids.end() && It->getValue() && It->getValue()->hasMacroDefinition()) return true;
    }
    return false;
  }

  bool protectsNothing(const FunctionModel &M, const CallExpr *CE) {
    for (int I : M.External) {
      if (I < 0 || unsigned(I) >= CE->getNumArgs()) continue;
      const Expr *A = CE->getArg(I)->IgnoreParenCasts(); // (unsigned char *)&start
      if (const auto *UO = dyn_cast<UnaryOperator>(A))
        if (UO->getOpcode() == UO_AddrOf) A = UO->getSubExpr()->IgnoreParenCasts();
      const auto *DRE = dyn_cast<DeclRefExpr>(A);
      const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      if (!VD || !VD->isLocalVarDecl() || VD->isStaticLocal()) return false;
      // A buffer named for a secret (key, nonce, challenge) is one.
      if (VD->getDeclName().isIdentifier() && secretNamed(VD->getName())) return false;
      // A pointer must point at memory the function allocated: bytes
      // written through a pointer into a caller's or an object's storage
      // leave the function unseen.
      if (VD->getType()->isPointerType() && !ownsPointee(VD)) return false;
      if (!onlyNonSecretUses(VD, CE, 0, false)) return false;
    }
    return !M.External.empty();
  }

  /// Every value the local pointer \p VD is given is a call's result (an
  /// allocation: `data = palloc(p, n)`) or null.
  bool ownsPointee(const VarDecl *VD) {
    ASTContext &Ctx = S.values().context();
    auto Fresh = [&](const Expr *E) {
      E = E->IgnoreParenCasts();
      return isa<CallExpr>(E) || isa<CXXNewExpr>(E) ||
             E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
    };
    if (VD->getInit() && !Fresh(VD->getInit())) return false;
    return !anyStmtIn(Body, [&](const Stmt *St) {
      const auto *BO = dyn_cast<BinaryOperator>(St);
      if (!BO || !BO->isAssignmentOp()) return false;
      const auto *L = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
      return L && L->getDecl() == VD && !(BO->getOpcode() == BO_Assign && Fresh(BO->getRHS()));
    });
  }

  /// Every read of the local variable \p VD in the function (outside \p Def,
  /// where it gets its value) picks something that is no secret: it indexes a
  /// table of non-characters, is compared, becomes a delay, or is reduced
  /// with % to a small number that goes nowhere secret (\p Reduced: it was
  /// already). At least one such read, and no other.
  bool onlyNonSecretUses(const VarDecl *VD, const Stmt *Def, unsigned Depth, bool Reduced) {
    if (!VD || Depth > 2 || !Body || !VD->isLocalVarDecl() || VD->isStaticLocal()) return false;
    std::vector<const DeclRefExpr *> Uses;
    collectUses(Body, VD, Def, Uses);
    if (Uses.empty()) return false;
    for (const DeclRefExpr *U : Uses)
      if (!nonSecretConsumer(U, VD, Depth, Reduced)) return false;
    return true;
  }

  void collectUses(const Stmt *St, const VarDecl *VD, const Stmt *Skip,
                   std::vector<const DeclRefExpr *> &Uses) {
    if (!St || St == Skip) return;
    if (const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(St)) // sizeof(start)
      if (U->getKind() == UETT_SizeOf) return;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(St))
      if (DRE->getDecl() == VD) Uses.push_back(DRE);
    for (const Stmt *Ch : St->children()) collectUses(Ch, VD, Skip, Uses);
  }

  bool nonSecretConsumer(const Expr *E, const VarDecl *VD, unsigned Depth, bool Reduced) {
    ASTContext &Ctx = S.values().context();
    DynTypedNode Cur = DynTypedNode::create(*E);
    for (unsigned Steps = 0; Steps < 16; ++Steps) {
      DynTypedNodeList Ps = Ctx.getParents(Cur);
      if (Ps.empty()) return Reduced;
      const DynTypedNode &P = Ps[0];
      const Expr *Child = Cur.get<Expr>();
      if (const auto *VDecl = P.get<VarDecl>()) // unsigned slot = start % n;
        return VDecl != VD && onlyNonSecretUses(VDecl, nullptr, Depth + 1, Reduced);
      const Stmt *PS = P.get<Stmt>();
      if (!PS || !Child) return Reduced;
      if (isa<ParenExpr>(PS) || isa<CastExpr>(PS)) {
        Cur = P;
        continue;
      }
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(PS)) {
        if (AS->getBase()->IgnoreParenImpCasts() == Child->IgnoreParenImpCasts() ||
            AS->getBase() == Child) {
          Cur = P; // buf[0]: the random bytes themselves
          continue;
        }
        // An index: a server, a slot. A character picked from an alphabet
        // may become a token, so that is no index of this kind.
        return !AS->getType()->isAnyCharacterType();
      }
      if (const auto *UO = dyn_cast<UnaryOperator>(PS)) {
        if (UO->getOpcode() == UO_AddrOf) return false;
        if (UO->isIncrementDecrementOp()) return true;
        Cur = P;
        continue;
      }
      if (const auto *BO = dyn_cast<BinaryOperator>(PS)) {
        bool Left = BO->getLHS() == Child;
        switch (BO->getOpcode()) {
        case BO_Rem:
          if (!Left) return false;
          Reduced = true; // start % nservers
          Cur = P;
          continue;
        case BO_RemAssign:
          return Left;
        case BO_LT:
        case BO_GT:
        case BO_LE:
        case BO_GE:
        case BO_EQ:
        case BO_NE:
          return true; // sampling: (r % 100) < percent
        case BO_Add:
        case BO_Sub:
        case BO_Mul:
        case BO_Div:
        case BO_Shl:
        case BO_Shr:
        case BO_And:
        case BO_Or:
        case BO_Xor:
          Cur = P; // derived value: base + jitter
          continue;
        case BO_Assign:
          if (Left) return true; // overwritten
          if (const auto *L = dyn_cast<DeclRefExpr>(stripParenImpCasts(BO->getLHS())))
            if (const auto *LV = dyn_cast<VarDecl>(L->getDecl()))
              return LV != VD && onlyNonSecretUses(LV, BO, Depth + 1, Reduced);
          // A number reduced below a count, stored in a field that names no
          // secret: a round-robin start, a slot (list->start = rnd % n).
          // Or an object's name or id (a file handle's name), unless the
          // object is itself a session, token or cookie.
          if (const auto *LM = dyn_cast<MemberExpr>(stripParenImpCasts(BO->getLHS())))
            if (LM->getMemberDecl()->getDeclName().isIdentifier()) {
              StringRef N = LM->getMemberDecl()->getName();
              if (secretWord(N)) return false;
              if (Reduced) return true;
              return matches(Cat, "not-secret-name", N) && !secretRecord(LM);
            }
          return false;
        default:
          return false;
        }
      }
      if (const auto *CE = dyn_cast<CallExpr>(PS)) {
        const FunctionDecl *Callee = CE->getDirectCallee();
        if (Callee && Callee->getDeclName().isIdentifier() &&
            matches(Cat, "random-nonsecret-call", Callee->getName()))
          return true;
        if (Reduced) return true;
        switch (helperUse(CE, Child)) {
        case HelperUse::Public:
          return true;
        case HelperUse::Passes: {
          // What the helper returns may carry the bytes on (an encoding);
          // a result nobody reads carries nothing.
          DynTypedNodeList CPs = Ctx.getParents(P);
          if (CPs.empty() || !CPs[0].get<Expr>()) return true;
          Cur = P;
          continue;
        }
        case HelperUse::Unknown:
          return false;
        }
      }
      if (const auto *If = dyn_cast<IfStmt>(PS)) return If->getCond() == Child || Reduced;
      if (const auto *CO = dyn_cast<ConditionalOperator>(PS)) {
        if (CO->getCond() == Child) return true;
        Cur = P;
        continue;
      }
      return Reduced;
    }
    return false;
  }

  /// A name that says secret in any of the catalog's ways.
  bool secretWord(StringRef N) const {
    return secretNamed(N) || matches(Cat, "secret-name", N) || matches(Cat, "token-name", N) ||
           matches(Cat, "password-name", N);
  }

  /// The record whose field \p ME stores: a session, a token, a cookie.
  bool secretRecord(const MemberExpr *ME) const {
    QualType T = ME->getBase()->getType();
    if (ME->isArrow() && T->isPointerType()) T = T->getPointeeType();
    const RecordDecl *RD = T->getAsRecordDecl();
    if (!RD) return false;
    std::string N = recordName(RD);
    return !N.empty() && secretWord(N);
  }

  enum class HelperUse { Public, Passes, Unknown };

  /// What the call \p CE does with the random bytes it takes as \p Arg,
  /// for a buffer whose every use the function shows. Public: they are
  /// formatted (an argument of a variadic call: a trace line) or
  /// serialised into a protocol message that the program sends to its
  /// peer in the clear (pattern `random-public-call`). Passes: the project's
  /// own helper takes them, and neither its name nor its parameter's says
  /// secret or names a cryptographic operation (an encoder, a table lookup);
  /// what it returns is followed. Unknown otherwise: a library's call, a
  /// helper named for a key or a cipher, a parameter without a name.
  HelperUse helperUse(const CallExpr *CE, const Expr *Arg) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || !Callee->getDeclName().isIdentifier() || PA.model(CE)) return HelperUse::Unknown;
    unsigned I = 0;
    for (; I < CE->getNumArgs(); ++I)
      if (CE->getArg(I) == Arg ||
          CE->getArg(I)->IgnoreParenImpCasts() == Arg->IgnoreParenImpCasts())
        break;
    if (I == CE->getNumArgs()) return HelperUse::Unknown;
    const FunctionDecl *Def = Callee->getDefinition() ? Callee->getDefinition() : Callee;
    if (I >= Def->getNumParams()) return Def->isVariadic() ? HelperUse::Public : HelperUse::Unknown;
    StringRef Fn = Callee->getName();
    if (secretWord(Fn) || matches(Cat, "random-secret-call", Fn)) return HelperUse::Unknown;
    if (matches(Cat, "random-public-call", Fn)) return HelperUse::Public;
    if (SM.isInSystemHeader(SM.getExpansionLoc(Callee->getLocation()))) return HelperUse::Unknown;
    const ParmVarDecl *PV = Def->getParamDecl(I);
    if (!PV->getDeclName().isIdentifier() || PV->getName().empty() || secretWord(PV->getName()))
      return HelperUse::Unknown;
    return HelperUse::Passes;
  }

  /// The name of \p E when it is named like an input an outsider controls
  /// (`user_agent`), or a field of a record named so (`header->variant`);
  /// empty otherwise.
  std::string magicInput(const Expr *E) {
    std::string N = operandName(E);
    if (matches(Cat, "magic-input-name", N)) return N;
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(E ? stripAll(E) : nullptr))
      if (const auto *B = dyn_cast<DeclRefExpr>(stripAll(ME->getBase()));
          B && B->getDecl()->getDeclName().isIdentifier() &&
          matches(Cat, "magic-input-name", B->getDecl()->getName().str()) && !N.empty())
        return B->getDecl()->getName().str() + (ME->isArrow() ? "->" : ".") + N;
    return "";
  }

  /// Something in the condition that only an insider knows to set.
  std::string trigger(const Expr *Cond, const Expr **At = nullptr) {
    std::string Found;
    struct V : SemanticVisitor<V> {
      FunctionScan &F;
      std::string &Found;
      const Expr *Where = nullptr;
      V(FunctionScan &F, std::string &Found) : F(F), Found(Found) {}
      bool VisitCallExpr(CallExpr *CE) {
        Where = CE;
        // serial == "SN-000000-QALAB" on std::string (or another class
        // with an equality operator): a magic input against a constant.
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
          if (OC->getOperator() == OO_EqualEqual && OC->getNumArgs() == 2)
            for (unsigned I = 0; I < 2; ++I) {
              std::string N = F.magicInput(OC->getArg(I));
              if (!N.empty() &&
                  !F.S.values().strings(OC->getArg(1 - I)).empty()) {
                Found = "'" + N + "' equals a magic value";
                return false;
              }
            }
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
            int J = M->Compare[0] == I ? M->Compare[1] : M->Compare[0];
            if (unsigned(I) >= CE->getNumArgs() || unsigned(J) >= CE->getNumArgs()) continue;
            std::string N = F.magicInput(CE->getArg(I));
            // Against a constant (`strcmp(serial, "SN-QA")`), not another
            // run-time value (`strcmp(password, serial_potd)`: a password
            // checked against the serial's password of the day).
            const Expr *Other = CE->getArg(J);
            const Prov &OP = F.PA.of(Other);
            bool Constant = !F.S.values().strings(Other).empty() ||
                            (!OP.wholeConstants().empty() && !OP.hasNonConstant());
            if (!N.empty() && Constant) {
              Found = "'" + N + "' equals a magic value";
              return false;
            }
          }
        // strstr(req->query, "auth=YWRtaW46MTEK"): the input contains a
        // magic value (a substring, a prefix, a regular expression).
        // (`serial.rfind("QA-LAB-", 0) == 0`, `s.starts_with(...)`: the
        // object is the subject.)
        const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
        const Expr *Subject =
            !M || M->MatchSubject == -1 ? nullptr
            : M->MatchSubject == -2
                ? (MC ? MC->getImplicitObjectArgument() : nullptr)
                : (unsigned(M->MatchSubject) < CE->getNumArgs() ? CE->getArg(M->MatchSubject)
                                                                : nullptr);
        if (M && M->Match != MatchKind::None && Subject && M->MatchPattern >= 0 &&
            unsigned(M->MatchPattern) < CE->getNumArgs() &&
            !F.S.values().strings(CE->getArg(M->MatchPattern)).empty()) {
          std::string N = F.magicInput(Subject);
          if (!N.empty()) {
            Found = "'" + N + "' contains a magic value";
            return false;
          }
        }
        return true;
      }
      // [deviceSerial isEqualToString:@"CK-QA-000017"], `hasPrefix:`,
      // `containsString:` (either side the magic input).
      bool VisitObjCMessageExpr(ObjCMessageExpr *ME) {
        Where = ME;
        if (ME->getNumArgs() != 1 || !ME->getInstanceReceiver()) return true;
        std::string Sel = ME->getSelector().getAsString();
        bool Equal = Sel == "isEqualToString:" || Sel == "isEqual:";
        bool Contains = Sel == "hasPrefix:" || Sel == "hasSuffix:" || Sel == "containsString:";
        if (!Equal && !Contains) return true;
        const Expr *Sides[2] = {ME->getInstanceReceiver(), ME->getArg(0)};
        for (unsigned I = 0; I < 2; ++I) {
          if (Contains && I == 1) break; // the receiver is the subject
          std::string N = F.magicInput(Sides[I]);
          if (!N.empty() &&
              !F.S.values().strings(Sides[1 - I]).empty()) {
            Found = "'" + N + (Equal ? "' equals a magic value" : "' contains a magic value");
            return false;
          }
        }
        return true;
      }
    } Vis(*this, Found);
    Vis.TraverseStmt(const_cast<Expr *>(Cond));
    if (At) *At = Found.empty() ? nullptr : Vis.Where;
    if (!Found.empty()) return Found;
    // A compiled-in switch: a constant condition spelled with a debug macro.
    Expr::EvalResult R;
    if (!Cond->isValueDependent() && Cond->EvaluateAsInt(R, S.values().context()) &&
        !R.Val.getInt().isZero())
      for (StringRef N : S.values().macroNames(Cond->getBeginLoc()))
        if (matches(Cat, "debug-switch-name", N))
          return "the compiled-in switch '" + N.str() + "' is on";
    return "";
  }

  bool containsVerification(const Stmt *St) {
    if (!St) return false;
    struct V : SemanticVisitor<V> {
      FunctionScan &F;
      bool Found = false;
      explicit V(FunctionScan &F) : F(F) {}
      bool VisitCallExpr(CallExpr *CE) {
        // (A MAC or a password compared in place checks one as well:
        // `CRYPTO_memcmp(typed, password_digest_, n)`.)
        Found = isVerificationCall(F.S, CE) || verifyingComparison(F.S, CE);
        return !Found;
      }
      // A message named like a verification (`[self verifySupportTicket:t]`,
      // `[auth authenticateUser:u password:p]`), as a function's name is.
      bool VisitObjCMessageExpr(ObjCMessageExpr *ME) {
        Found = catalogMatch(F.Cat, "verify-call-name",
                             ME->getSelector().getNameForSlot(0).lower());
        return !Found;
      }
    } Vis(*this);
    Vis.TraverseStmt(const_cast<Stmt *>(St));
    return Vis.Found;
  }

  /// if (<trigger>) return OK;  ... verification ...
  void bypass(const IfStmt *If) {
    const Expr *At = nullptr;
    std::string Why = trigger(If->getCond(), &At);
    if (Why.empty()) return;
    const Stmt *Then = If->getThen();
    if (containsVerification(Then)) return;
    // An int function whose constant returns are 1 and 0 and nothing else
    // (`return 1;` once authenticated, `return 0;` refused) answers yes or
    // no as a bool function does: `return 0` rejects there.
    // (`return password_ok(user, password);` at the end answers as the
    // check does.)
    bool YesNo = yesNoAnswers(Body, S.values().context(), [&](const Expr *E) {
      const auto *CE = dyn_cast<CallExpr>(E);
      return CE && isVerificationCall(S, CE);
    });
    // Labels a failed verification jumps to (`if (!signature_ok(h, body))
    // goto out;`): a jump there refuses, as the failure does (a switch
    // that makes the check stricter, `if (getenv("STRICT") && v1) goto out;`).
    llvm::SmallPtrSet<const LabelDecl *, 4> FailLabels;
    anyStmtIn(Body, [&](const Stmt *X) {
      if (const auto *I = dyn_cast<IfStmt>(X); I && I != If && I->getCond() &&
                                                containsVerification(I->getCond()))
        anyStmtIn(I->getThen(), [&](const Stmt *G) {
          if (const auto *GS = dyn_cast<GotoStmt>(G)) FailLabels.insert(GS->getLabel());
          return false;
        });
      return false;
    });
    // The branch leaves early or grants, and the function verifies elsewhere.
    struct V : SemanticVisitor<V> {
      FunctionScan &F;
      const llvm::SmallPtrSet<const LabelDecl *, 4> *FailLabels = nullptr;
      bool Leaves = false;
      bool YesNo = false;
      explicit V(FunctionScan &F) : F(F) {}
      bool VisitReturnStmt(ReturnStmt *R) {
        // A program's main (main, agent_ctl_main) that returns skips what
        // follows as much as the check: a subcommand that exits early.
        if (programMainName(F.Name)) return true;
        const Expr *E = R->getRetValue() ? R->getRetValue()->IgnoreParenCasts() : nullptr;
        // A bool function grants with true; `return false` rejects.
        bool Bool = R->getRetValue() && booleanType(R->getRetValue()->getType());
        Expr::EvalResult Res;
        if (E && !E->isValueDependent() && E->getType()->isIntegralOrEnumerationType() &&
            E->EvaluateAsInt(Res, F.S.values().context()) &&
            Res.Val.getInt().getExtValue() >= (Bool || YesNo ? 1 : 0))
          Leaves = true;
        return true;
      }
      bool VisitGotoStmt(GotoStmt *G) {
        if (!FailLabels->count(G->getLabel())) Leaves = true;
        return true;
      }
      bool VisitBinaryOperator(BinaryOperator *BO) {
        // (A flag of a global another unit defines, which this unit only
        // sets, unlocks what that unit decides: no verification skipped here.)
        if (BO->getOpcode() != BO_Assign ||
            !matches(F.Cat, "grant-flag-name", operandName(BO->getLHS())))
          return true;
        const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
        if (!(DRE && onlySetGlobalOfOtherUnit(F.S, DRE->getDecl())))
          Leaves = true;
        return true;
      }
    } Vis(*this);
    Vis.YesNo = YesNo;
    Vis.FailLabels = &FailLabels;
    Vis.TraverseStmt(const_cast<Stmt *>(Then));
    if (!Vis.Leaves || !containsVerification(Body)) return;
    // At the comparison with the magic value (or the environment lookup),
    // as input triggers are, not where a longer condition starts.
    Out.push_back(make(SM, rules::HiddenBypass, At ? At : If->getCond(),
                       "verification is skipped when " + Why +
                           "; anyone who knows the switch bypasses the check"));
  }
};

} // namespace

const std::vector<Candidate> &configOfFunction(AnalysisSession &S, const FunctionDecl *FD) {
  return S.memo(FD, MemoKey::ConfigOfFunction, [&] {
    FunctionScan F(S, FD->getBody(), FD->getDeclName().isIdentifier() ? FD->getName().str() : "");
    // A constructor's member initializers run before its body
    // (`nonce_(random_hex<16>())`): what they store is named by the member.
    if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD); CD && CD->hasBody())
      for (const CXXCtorInitializer *I : CD->inits())
        if (I->isWritten() && I->getInit()) {
          F.TraverseStmt(I->getInit());
          if (const FieldDecl *Fld = I->getMember(); Fld && Fld->getDeclName().isIdentifier())
            F.memberInit(Fld, I->getInit());
        }
    if (FD->getBody()) F.TraverseStmt(FD->getBody());
    F.finish();
    return std::move(F.Out);
  });
}

const std::vector<Candidate> &configOfObjCMethod(AnalysisSession &S, const ObjCMethodDecl *MD) {
  return S.memo(MD, MemoKey::ConfigOfFunction, [&] {
    // The first piece of the selector names the method (generateToken, keyWithLength:).
    std::string Name = MD->getSelector().getNameForSlot(0).str();
    FunctionScan F(S, MD->getBody(), Name);
    if (MD->getBody()) F.TraverseStmt(MD->getBody());
    F.finish();
    return std::move(F.Out);
  });
}

} // namespace backdoor
