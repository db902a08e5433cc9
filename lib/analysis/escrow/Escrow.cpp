//===--- Escrow.cpp - key material leaving the process -------------------===//
#include "analysis/escrow/Escrow.h"

#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/OriginText.h"
#include "core/Provenance.h"
#include "core/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include <set>
#include <tuple>

using namespace clang;
using namespace llvm;

namespace backdoor {

bool publicKeyBytes(StringRef B) {
  if (B.contains("PRIVATE KEY")) return false;
  if (B.contains("PUBLIC KEY") || B.contains("CERTIFICATE") || B.size() >= 32) return true;
  // The head of a DER key whose body is elided or cut short: a SEQUENCE
  // whose length takes 1-3 bytes (at least 128 bytes: a key's size) opening
  // with a long INTEGER (RSAPublicKey's modulus; a private key opens with
  // its one-byte version) or with an AlgorithmIdentifier (SubjectPublicKeyInfo).
  auto U = [&](size_t I) { return I < B.size() ? unsigned(uint8_t(B[I])) : 0x100u; };
  if (B.size() < 6 || U(0) != 0x30 || U(1) < 0x81 || U(1) > 0x83) return false;
  size_t I = 2 + (U(1) & 0x7f);
  if (U(I) == 0x02) return U(I + 1) >= 0x81 && U(I + 1) <= 0x83;
  return U(I) == 0x30 && U(I + 1) < 0x80 && U(I + 2) == 0x06;
}

namespace {

/// stderr or stdout: output there is a log, not a file.
bool isStdStream(AnalysisSession &S, const Expr *E) {
  static const std::vector<std::string> Std{"stderr", "stdout", "__stderrp", "__stdoutp"};
  return S.values().namesOneOf(E, Std);
}

/// std::cout and friends, log streams (glog, Qt, Boost.Log) and file streams.
std::optional<SinkUse> streamSink(AnalysisSession &S, const Expr *Stream) {
  Stream = stripAll(Stream);
  while (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Stream)) {
    if (OC->getOperator() != OO_LessLess || OC->getNumArgs() != 2) break;
    Stream = stripAll(OC->getArg(0));
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Stream))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->isInStdNamespace() && VD->getDeclName().isIdentifier()) {
        StringRef N = VD->getName();
        if (N == "cout" || N == "cerr" || N == "clog" || N == "wcout" || N == "wcerr" ||
            N == "wclog")
          return SinkUse{SinkKind::Log, "std::" + N.str(), {}};
      }
  auto Classify = [&](QualType T) -> std::optional<SinkUse> {
    const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD) return std::nullopt;
    std::string Name = plainQualifiedName(RD);
    if (StringRef(Name).starts_with("std::basic_ofstream") ||
        StringRef(Name).starts_with("std::basic_fstream"))
      return SinkUse{SinkKind::File, "std::ofstream", {}};
    if (catalogMatch(S.catalog(), "log-stream-type", Name)) return SinkUse{SinkKind::Log, Name, {}};
    return std::nullopt;
  };
  if (auto K = Classify(Stream->getType())) return K;
  // LOG(INFO) << ...: LogMessage(...).stream() returns a plain std::ostream.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Stream))
    if (auto K = Classify(MC->getImplicitObjectArgument()->getType())) return K;
  for (StringRef M : S.values().macroNames(Stream->getBeginLoc()))
    if (catalogMatch(S.catalog(), "log-function-name", M))
      return SinkUse{SinkKind::Log, M.str(), {}};
  return std::nullopt;
}

/// Shared memory (shmat, MapViewOfFile, mmap with MAP_SHARED) or a global
/// buffer named like an escrow ("g_recovery_key"), written through \p Dest.
std::optional<SinkUse> storeSink(AnalysisSession &S, const Expr *Dest) {
  const ValueDecl *D = targetDecl(Dest);
  const auto *VD = dyn_cast_or_null<VarDecl>(D);
  if (!VD) return std::nullopt;
  if (VD->hasGlobalStorage() && !VD->getType().isConstQualified() &&
      VD->getDeclName().isIdentifier() &&
      catalogMatch(S.catalog(), "escrow-buffer-name", VD->getName()))
    return SinkUse{SinkKind::Global, VD->getName().str(), {}};
  if (!VD->getType()->isPointerType()) return std::nullopt;
  for (const Expr *V : S.provenance().assignedValues(VD)) {
    const auto *CE = dyn_cast<CallExpr>(stripAll(V));
    if (!CE) continue;
    const FunctionModel *M = S.provenance().model(CE);
    if (!M) continue;
    // A BIO over a socket, a file or stderr: what is written to it leaves.
    if (M->SinkHandle != SinkKind::None) {
      SinkKind Kind = M->SinkHandle;
      if (Kind == SinkKind::File && CE->getNumArgs() > 0 && isStdStream(S, CE->getArg(0)))
        Kind = SinkKind::Log;
      return SinkUse{Kind, calleeName(S, CE), {}};
    }
    if (!M->SharedMemoryReturn) continue;
    const FunctionDecl *FD = CE->getDirectCallee();
    if (FD && FD->getDeclName().isIdentifier() && FD->getName().starts_with("mmap")) {
      // Only MAP_SHARED (1 on every POSIX system we know) is seen by others.
      bool Shared = false;
      if (CE->getNumArgs() > 3)
        for (const Value &F : S.values().ints(CE->getArg(3))) Shared |= (F.I & 1) != 0;
      if (!Shared) continue;
    }
    return SinkUse{SinkKind::SharedMemory, calleeName(S, CE), {}};
  }
  return std::nullopt;
}

const char *sinkPhrase(SinkKind Kind) {
  if (Kind == SinkKind::Network) return "is sent over the network by";
  if (Kind == SinkKind::Log) return "is written to a log by";
  if (Kind == SinkKind::File) return "is written to a file by";
  if (Kind == SinkKind::Descriptor) return "is written to a file or socket by";
  if (Kind == SinkKind::Environment) return "is put into the environment by";
  if (Kind == SinkKind::SharedMemory) return "is copied into shared memory from";
  return "is copied into the global buffer";
}

const char *sinkConsequence(SinkKind Kind) {
  if (Kind == SinkKind::Network) return "whoever receives it can decrypt what the key protects";
  if (Kind == SinkKind::Log) return "anyone who reads the log can decrypt what the key protects";
  if (Kind == SinkKind::Environment)
    return "child processes and anyone who can read the environment get the key";
  if (Kind == SinkKind::SharedMemory) return "other processes can read the key";
  if (Kind == SinkKind::Global)
    return "a recovery copy that other code can read and send out is a key escrow";
  return "anyone who reads it can decrypt what the key protects";
}

/// A public key compiled into the program: PEM or DER text, a modulus, a blob.
bool looksLikePublicKey(const Origin &O) {
  if (O.Kind != Origin::Const || O.Clearing || !O.Def) return false;
  if (O.Bytes) return publicKeyBytes(*O.Bytes);
  const Expr *D = stripAll(O.Def);
  if (const auto *SL = dyn_cast<clang::StringLiteral>(D)) return SL->getByteLength() >= 32;
  if (const auto *IL = dyn_cast<InitListExpr>(D)) return IL->getNumInits() >= 32;
  if (const auto *AT = dyn_cast<ConstantArrayType>(D->getType().getTypePtr()))
    return AT->getSize().getZExtValue() >= 32;
  return false;
}

class Analyzer {
public:
  explicit Analyzer(AnalysisSession &S)
      : S(S), PA(S.provenance()), SM(S.values().context().getSourceManager()) {}
  std::vector<Candidate> Out;

  /// Key material in the data a sink sends out.
  void leaks(const SinkUse &Sink, const Expr *At) {
    for (const Expr *D : Sink.Data) {
      if (loggerParameter(D)) continue;
      const Prov &P = PA.of(D);
      // A field of the object a parameter points to (a buffer builder's
      // `send(fd, b->data, b->len, 0)` in `buf_send(fd, b)`): what this unit
      // writes into that field is any buffer's; the callers in other units
      // are asked what the object they pass holds there.
      std::optional<Prov> Callers =
          FactRecorder::active() ? PA.callersField(D) : std::nullopt;
      if (Callers)
        llvm::erase_if(Callers->Origins, [&](const Origin &O) {
          return llvm::any_of(P.Origins, [&](const Origin &X) {
            return X.Kind == Origin::Link && X.What == O.What && X.Symbol == O.Symbol &&
                   X.ParamIndex == O.ParamIndex;
          });
        });
      if (!Callers || Callers->Origins.empty()) {
        leaksOf(Sink, At, P, operandName(D));
        continue;
      }
      // What this unit's functions write into the field through their own
      // parameters (`memcpy(b->data + b->len, p, n)` in `buf_append`) is
      // what their callers append to any buffer, also to one that is only
      // hashed: those questions are marked, and the link step leaves out a
      // caller's argument appended to a local buffer, which the callers'
      // question above follows to the call that sends it.
      std::set<std::string> AnyObject;
      for (const Origin &O : P.Origins)
        if (O.Kind == Origin::Link && O.What == "param" &&
            llvm::none_of(Callers->Origins, [&](const Origin &C) { return C.Symbol == O.Symbol; }))
          AnyObject.insert(O.Symbol + "\n" + std::to_string(O.ParamIndex));
      Prov Both = P;
      Both.Origins.insert(Both.Origins.end(), Callers->Origins.begin(), Callers->Origins.end());
      leaksOf(Sink, At, Both, operandName(D), &AnyObject);
    }
  }

  /// A parameter of a logger's method (`void debug(const std::string &msg)
  /// { write(Debug, msg); }`): the calls of that method are sinks
  /// themselves, and report the key where it enters the logger.
  bool loggerParameter(const Expr *D) {
    const auto *P = dyn_cast_or_null<ParmVarDecl>(targetDecl(D));
    const auto *MD = P ? dyn_cast<CXXMethodDecl>(P->getDeclContext()) : nullptr;
    return MD && MD->getDeclName().isIdentifier() &&
           catalogMatch(S.catalog(), "log-stream-type", plainQualifiedName(MD->getParent())) &&
           catalogMatch(S.catalog(), "log-method-name", MD->getName());
  }

  /// \p AnyObject: parameters ("SYMBOL\nINDEX") whose links stand for what
  /// callers write into a field of any object of a type ("any-object").
  void leaksOf(const SinkUse &Sink, const Expr *At, const Prov &P, const std::string &Name,
               const std::set<std::string> *AnyObject = nullptr) {
    std::set<const Expr *> Seen;
    for (const Origin *O : P.secrets()) {
      if (!Seen.insert(O->Def).second) continue;
      Candidate C;
      C.Rule = rules::KeyExfiltration;
      C.Loc = fileLoc(At->getBeginLoc());
      C.Message = exfiltrationMessage(Name, source(*O, Name), Sink.Kind, Sink.Via);
      C.Subject = sinkKindName(Sink.Kind).str();
      addOriginNotes(C, SM, *O, "key material produced here");
      Out.push_back(std::move(C));
    }
    // Data another translation unit defines or passes in (a wrapper's
    // parameter, a helper's return value, an extern buffer), whole or part:
    // a question for the link step, which knows whether it carries key
    // material.
    if (FactRecorder *R = FactRecorder::active()) {
      AskedLinks Links;
      for (const Origin &O : P.Origins)
        if (projectLink(SM, O) && Links.first(O)) {
          json::Object Q{{"kind", "escrow"},
                         {"sink", sinkKindName(Sink.Kind).str()},
                         {"via", Sink.Via},
                         {"name", Name},
                         {"at", locFact(SM, fileLoc(At->getBeginLoc()))},
                         {"link", linkFact(S, O)}};
          if (AnyObject && O.What == "param" &&
              AnyObject->count(O.Symbol + "\n" + std::to_string(O.ParamIndex))) {
            Q["any-object"] = true;
            // The function that sends the object's field (`buf_send`): the
            // wrapper the appended key goes out through.
            if (const auto *Fn = PA.enclosingFunction(At); Fn && Fn->getDeclName().isIdentifier())
              Q["sender"] = Fn->getName().str();
          }
          R->query(std::move(Q));
        }
    }
  }

  /// A key wrapped under a public key that is constant in the program.
  void wrap(const Expr *Call, const FunctionModel &M, const FunctionDecl *FD,
            ArrayRef<const Expr *> Args, const Expr *Object) {
    const Expr *PubKey = nullptr, *Plain = nullptr;
    bool Recipients = false;
    for (unsigned I = 0; I < Args.size(); ++I) {
      const ParamModel *P = paramFor(M, FD, I);
      if (!P) continue;
      if (P->Role == ParamRole::PublicKey) PubKey = Args[I];
      if (P->Role == ParamRole::PublicKeys) PubKey = Args[I], Recipients = true;
      if (P->Role == ParamRole::Plaintext) Plain = Args[I];
    }
    if (M.ObjectRole == ParamRole::PublicKey && Object) PubKey = Object;
    if (!PubKey) return;
    const Prov &K = PA.of(PubKey);
    if (!K.secrets().empty()) return; // a key pair made at run time
    const Origin *Embedded = nullptr;
    if (Recipients) {
      for (const Origin &O : K.Origins)
        if (looksLikePublicKey(O)) {
          Embedded = &O;
          break;
        }
    } else {
      for (const Origin *O : K.wholeConstants())
        if (looksLikePublicKey(*O)) {
          Embedded = O;
          break;
        }
    }
    if (!Embedded && !FactRecorder::active()) return;
    // The plaintext must be key material: a key's source, a variable used
    // as a key, or one named like a key or a wallet's seed or a password.
    const Origin *Secret = nullptr;
    std::string PlainName;
    std::vector<const Origin *> PlainLinks;
    if (!Recipients) {
      if (!Plain) return;
      PlainName = operandName(Plain);
      const Prov &P = PA.of(Plain);
      std::vector<const Origin *> Ss = P.secrets();
      if (!Ss.empty()) Secret = Ss.front();
      const ValueDecl *D = targetDecl(Plain);
      if (!Secret && !(D && (PA.usedAsKey(D) || wrappedSecretName(D)))) {
        // Data another unit hands in (a parameter `dek` a caller fills with
        // its random key): the link step's question, reported when it is
        // key material.
        FactRecorder *R = FactRecorder::active();
        std::string Callee = calleeName(S, Call);
        if (!R || catalogMatch(S.catalog(), "dual-use-encrypt-name", Callee)) return;
        if (!Embedded) {
          // Bits of a key a caller in another unit hands in (`reduce(const
          // BulkKey &key)` copying 24 of its bits) under a public key another
          // unit embeds: both answered by the link step, the plaintext's
          // links asked beside the key's below.
          for (const Origin &O : P.Origins)
            if (O.Kind == Origin::Link && !O.Hashed && projectLink(SM, O)) PlainLinks.push_back(&O);
          if (PlainLinks.empty()) return;
        } else {
          AskedLinks Links;
          for (const Origin &O : P.Origins)
            if (O.Kind == Origin::Link && !O.Hashed && projectLink(SM, O) && Links.first(O))
              R->query(json::Object{{"kind", "escrow-wrap-plain"},
                                    {"callee", Callee},
                                    {"key", originName(S, *Embedded)},
                                    {"plain", PlainName},
                                    {"at", locFact(SM, fileLoc(Call->getBeginLoc()))},
                                    {"link", linkFact(S, O, &P)}});
          return;
        }
      }
    }
    // CNG and CryptoAPI encrypt with symmetric keys too: the key must have
    // been imported as a public key on its way here.
    std::string Callee = calleeName(S, Call);
    bool DualUse = catalogMatch(S.catalog(), "dual-use-encrypt-name", Callee);
    if (!Embedded) {
      // A key another unit makes (a helper's return value, an extern key
      // object): a question for the link step, which knows its bytes.
      FactRecorder *R = FactRecorder::active();
      if (!R || DualUse) return;
      AskedLinks Links;
      for (const Origin &O : K.Origins)
        if ((Recipients || !O.Partial) && projectLink(SM, O) && Links.first(O)) {
          json::Object Q{{"kind", "escrow-wrap"},
                         {"callee", Callee},
                         {"recipients", Recipients},
                         {"plain", PlainName},
                         {"source", Secret ? source(*Secret, PlainName) : ""},
                         {"at", locFact(SM, fileLoc(Call->getBeginLoc()))},
                         {"link", linkFact(S, O)}};
          if (!PlainLinks.empty()) {
            // A parameter named or used as a key (`const BulkKey &key`), or
            // a field of one: the random bytes its callers hand in are key
            // material ("into-key").
            const auto *Fn = dyn_cast_or_null<FunctionDecl>(PA.enclosingFunction(Call));
            json::Array PL;
            for (const Origin *X : PlainLinks) {
              json::Object LF = linkFact(S, *X);
              if (Fn && (X->What == "param" || StringRef(X->What).starts_with("field:")) &&
                  X->ParamIndex < Fn->getNumParams())
                if (const ParmVarDecl *PD = Fn->getParamDecl(X->ParamIndex);
                    PD->getDeclName().isIdentifier() && PA.usedAsKey(PD))
                  LF["into-key"] = PD->getName().str();
              PL.push_back(std::move(LF));
            }
            Q["plain-links"] = std::move(PL);
          }
          R->query(std::move(Q));
        }
      return;
    }
    if (DualUse) {
      bool Public = Embedded->Bytes && !Embedded->Bytes->empty() && (*Embedded->Bytes)[0] == 6;
      for (const Step &St : Embedded->Path)
        if (const auto *CE = dyn_cast_or_null<CallExpr>(St.S))
          Public |= catalogMatch(S.catalog(), "public-key-import-name", calleeName(S, CE));
      if (!Public) return;
    }
    Candidate C;
    C.Rule = rules::EscrowWrap;
    C.Loc = fileLoc(Call->getBeginLoc());
    C.Message = escrowWrapMessage(Callee, originName(S, *Embedded), Recipients, PlainName,
                                  Secret ? source(*Secret, PlainName) : "");
    addOriginNotes(C, SM, *Embedded, "public key defined here");
    if (Secret) addOriginNotes(C, SM, *Secret, "key material produced here");
    Out.push_back(std::move(C));
  }

  /// A TLS key-log callback that writes the secrets out.
  void keylog(const Expr *Call, const Expr *Callback) {
    const FunctionDecl *CB = callbackOf(PA, Callback);
    if (!CB) return;
    std::set<const FunctionDecl *> Visited;
    const CallExpr *Found = nullptr;
    SinkKind Kind = SinkKind::None;
    if (!CB->hasBody()) {
      // Defined in another unit: its parameters after the first (the
      // session or the user's context) carry the secrets.
      std::vector<unsigned> Ps;
      for (unsigned I = 1; I < CB->getNumParams(); ++I) Ps.push_back(I);
      askKeylogLink(Call, CB, CB, Ps, {});
      return;
    }
    std::vector<Handoff> Handoffs;
    findSink(CB, 0, Visited, Found, Kind, &Handoffs);
    if (!Found) {
      for (const Handoff &H : Handoffs)
        askKeylogLink(Call, CB, H.Callee, H.Params,
                      {{fileLoc(H.At->getBeginLoc()), "the callback hands the secret on here"}});
      return;
    }
    Candidate C;
    C.Rule = rules::TlsKeylog;
    C.Loc = fileLoc(Call->getBeginLoc());
    std::string Via = calleeName(S, Found);
    C.Message = keylogMessage(displayName(CB), calleeName(S, Call), Kind, Via);
    C.Notes.push_back({fileLoc(Found->getBeginLoc()), "secrets written here"});
    Out.push_back(std::move(C));
  }

  /// A key-log callback another unit defines (no body here), or a function
  /// of another unit that the callback hands one of its secret parameters
  /// to: whether that function writes the parameter out is a question for
  /// the link step ("keylog-callback", answered by the "escrow" question
  /// the defining unit asks about its own parameter).
  void askKeylogLink(const Expr *Call, const FunctionDecl *CB, const FunctionDecl *Target,
                     const std::vector<unsigned> &Params,
                     const std::vector<std::pair<SourceLocation, const char *>> &Steps) {
    FactRecorder *FR = FactRecorder::active();
    if (!FR || Params.empty() || Target->hasBody() ||
        SM.isInSystemHeader(SM.getFileLoc(Target->getLocation())))
      return;
    std::string Sym = linkageName(Target);
    if (Sym.empty()) return;
    json::Array Ps;
    for (unsigned I : Params) Ps.push_back(int64_t(I));
    json::Array Notes;
    for (const auto &[L, M] : Steps) {
      json::Object F = locFact(SM, L);
      F["message"] = M;
      Notes.push_back(std::move(F));
    }
    FR->query(json::Object{{"kind", "keylog-callback"},
                           {"callee", calleeName(S, Call)},
                           {"symbol", Sym},
                           {"name", displayName(CB)},
                           {"params", std::move(Ps)},
                           {"notes", std::move(Notes)},
                           {"at", locFact(SM, fileLoc(Call->getBeginLoc()))}});
  }

  void keylogEnv(const CallExpr *CE) {
    Candidate C;
    C.Rule = rules::TlsKeylog;
    C.Loc = fileLoc(CE->getBeginLoc());
    C.Message = "SSLKEYLOGFILE key logging is compiled in: whoever can set one environment "
                "variable makes the program write every TLS session secret to a file";
    Out.push_back(std::move(C));
  }

private:
  AnalysisSession &S;
  ProvenanceAnalysis &PA;
  const SourceManager &SM;

  SourceLocation fileLoc(SourceLocation L) const { return SM.getFileLoc(L); }

  /// A plaintext named like a secret whose escrow is a backdoor though the
  /// unit never uses it as a key: a wallet seed, a mnemonic, a password.
  bool wrappedSecretName(const ValueDecl *D) const {
    if (!D->getDeclName().isIdentifier()) return false;
    std::string Name = D->getName().lower(), Words = identifierWords(D->getName());
    const CatalogPattern *Not = S.catalog().pattern("not-key-material-name");
    return (catalogMatch(S.catalog(), "escrow-plaintext-name", Name) ||
            catalogMatch(S.catalog(), "escrow-plaintext-name", Words)) &&
           !(Not && (Not->match(Name) || Not->match(Words)));
  }

  std::string source(const Origin &O, StringRef Shown = "") const {
    StringRef Named;
    if (O.Kind == Origin::Secret && O.Named && O.Named->getDeclName().isIdentifier())
      Named = O.Named->getName();
    return keySourceText(O.What, Named, calleeName(S, O.Def), Shown);
  }

  /// A call in a key-log callback (or a helper it calls) of a function
  /// another unit defines, with the argument positions that carry one of the
  /// caller's parameters.
  struct Handoff {
    const CallExpr *At;
    const FunctionDecl *Callee;
    std::vector<unsigned> Params;
  };

  void findSink(const FunctionDecl *FD, unsigned Depth, std::set<const FunctionDecl *> &Visited,
                const CallExpr *&Found, SinkKind &Kind, std::vector<Handoff> *Handoffs) {
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Visited.insert(Def).second || Depth > 3) return;
    anyStmtIn(Def->getBody(), [&](const Stmt *St) {
      const auto *CE = dyn_cast<CallExpr>(St);
      if (!CE) return false;
      if (auto Sink = sinkOf(S, CE)) {
        if (Sink->Kind != SinkKind::Global && Sink->Kind != SinkKind::SharedMemory) {
          Found = CE;
          Kind = Sink->Kind;
          return true;
        }
      }
      const FunctionDecl *Callee = CE->getDirectCallee();
      if (!Callee || PA.model(CE)) return false;
      if (Callee->hasBody()) {
        findSink(Callee, Depth + 1, Visited, Found, Kind, Handoffs);
        return Found != nullptr;
      }
      // The arguments that carry a parameter of this function (the secret
      // the callback was given, or a helper's copy of it).
      std::vector<unsigned> Carrying;
      for (unsigned I = 0; I < CE->getNumArgs(); ++I)
        if (anyStmtIn(CE->getArg(I), [&](const Stmt *X) {
              const auto *DRE = dyn_cast<DeclRefExpr>(X);
              return DRE && isa<ParmVarDecl>(DRE->getDecl()) &&
                     DRE->getDecl()->getDeclContext() == FD;
            }))
          Carrying.push_back(I);
      if (Carrying.empty()) return false;
      // A writer in another file (curl's Curl_tls_keylog_write_line(line)):
      // the callback hands its secret to a function named like one.
      if (Callee->getDeclName().isIdentifier() &&
          catalogMatch(S.catalog(), "keylog-writer-name", Callee->getName())) {
        Found = CE;
        Kind = SinkKind::Writer;
        return true;
      }
      // Any other function of another unit: whether it writes what it is
      // given out is the link step's question.
      if (Handoffs) Handoffs->push_back({CE, Callee, std::move(Carrying)});
      return false;
    });
  }
};

} // namespace

std::string escrowWrapMessage(StringRef Callee, StringRef KeyName, bool Recipients, StringRef Plain,
                              StringRef Source) {
  std::string Quoted = KeyName.empty() ? "" : " ('" + KeyName.str() + "')";
  if (Recipients)
    return "'" + Callee.str() +
           "' also seals the session key to a public key compiled into the "
           "program" +
           Quoted +
           "; whoever holds the matching private key can open every "
           "message: a key escrow";
  std::string What = Plain.empty() ? "key material" : "key material '" + Plain.str() + "'";
  if (!Source.empty()) What += " (" + Source.str() + ")";
  return What + " is encrypted by '" + Callee.str() +
         "' under a public key compiled into the program" + Quoted +
         "; whoever holds the matching private key can recover it: a key escrow";
}

std::string keylogMessage(StringRef Callback, StringRef Registrar, SinkKind Kind, StringRef Via) {
  const char *Where = Kind == SinkKind::Network  ? " to the network"
                      : Kind == SinkKind::Log    ? " to a log"
                      : Kind == SinkKind::Writer ? " out"
                                                 : " to a file";
  return "TLS key-log callback '" + Callback.str() + "' registered by '" + Registrar.str() +
         "' writes session secrets" + Where + " through '" + Via.str() +
         "'; anyone who reads them can decrypt the recorded TLS traffic";
}

std::string keySourceText(StringRef What, StringRef Named, StringRef From, StringRef Shown) {
  std::string Out = What.empty() ? "key material" : What.str();
  if (What == "a random key" && !Named.empty() && Named != Shown) Out += " '" + Named.str() + "'";
  if (!From.empty()) Out += " from '" + From.str() + "'";
  return Out;
}

std::string exfiltrationMessage(StringRef Name, StringRef Source, SinkKind Kind, StringRef Via) {
  return "key material" + (Name.empty() ? std::string() : " '" + Name.str() + "'") + " (" +
         Source.str() + ") " + sinkPhrase(Kind) + " '" + Via.str() + "'; " + sinkConsequence(Kind);
}

namespace {

/// The argument is the function's va_list (`vfprintf(stderr, fmt, ap)`).
bool isVaList(AnalysisSession &S, const Expr *E) {
  ASTContext &Ctx = S.values().context();
  QualType T = E->IgnoreParenImpCasts()->getType();
  QualType VA = Ctx.getBuiltinVaListType();
  if (VA.isNull()) return false;
  auto Canon = [&](QualType Q) {
    Q = Q.getCanonicalType();
    if (const auto *AT = Ctx.getAsArrayType(Q)) return Ctx.getPointerType(AT->getElementType());
    return Q.getUnqualifiedType();
  };
  return Canon(T) == Canon(VA);
}

} // namespace

namespace {
/// Per unit: each variadic function's answer (a logger is called often).
struct VariadicSinks {
  llvm::DenseMap<const FunctionDecl *, std::optional<VariadicSink>> Of;
};
} // namespace

std::optional<VariadicSink> variadicSinkOf(AnalysisSession &S, const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->isVariadic() || !FD->hasBody(Def) || !Def) return std::nullopt;
  auto &Memo = S.state<VariadicSinks>(MemoKey::VariadicSinks).Of;
  if (auto It = Memo.find(Def); It != Memo.end()) return It->second;
  Memo[Def] = std::nullopt; // a recursive logger: nothing more
  std::optional<VariadicSink> Out;
  anyStmtIn(Def->getBody(), [&](const Stmt *St) {
    const auto *CE = dyn_cast<CallExpr>(St);
    if (!CE || CE->getDirectCallee() == Def) return false;
    std::optional<SinkUse> Sink = sinkOf(S, CE);
    if (!Sink || Sink->Kind == SinkKind::Global || Sink->Kind == SinkKind::SharedMemory)
      return false;
    for (const Expr *D : Sink->Data)
      if (isVaList(S, D)) {
        Out = VariadicSink{Sink->Kind, Sink->Via, CE};
        return true;
      }
    return false;
  });
  S.state<VariadicSinks>(MemoKey::VariadicSinks).Of[Def] = Out;
  return Out;
}

std::optional<SinkUse> sinkOf(AnalysisSession &S, const CallExpr *CE) {
  const Catalog &Cat = S.catalog();
  const FunctionModel *M = S.provenance().model(CE);
  const FunctionDecl *FD = CE->getDirectCallee();
  if (M && M->Sink != SinkKind::None) {
    if (!whenHolds(S.values(), {CE->getArgs(), CE->getNumArgs()}, M->SinkWhenArg, M->SinkWhen))
      return std::nullopt;
    if (M->SinkUnlessArg >= 0 && unsigned(M->SinkUnlessArg) < CE->getNumArgs()) {
      const Expr *A = CE->getArg(M->SinkUnlessArg);
      if (!A->isValueDependent() &&
          !A->isNullPointerConstant(S.values().context(), Expr::NPC_ValueDependentIsNotNull))
        return std::nullopt;
    }
    SinkKind Kind = M->Sink;
    // fprintf(stderr, ...), fputs(s, stdout): a log, not a file.
    if (Kind == SinkKind::File && CE->getNumArgs() > 0) {
      const Expr *F = CE->getArg(M->SinkArgs == std::vector<int>{0} ? CE->getNumArgs() - 1 : 0);
      if (isStdStream(S, F)) Kind = SinkKind::Log;
    }
    return SinkUse{Kind, calleeName(S, CE), argsFrom(CE, M->SinkArgs)};
  }
  if (M && M->CopyTo >= 0 && unsigned(M->CopyTo) < CE->getNumArgs()) {
    if (auto Store = storeSink(S, CE->getArg(M->CopyTo))) {
      Store->Data = argsFrom(CE, M->CopyFrom);
      if (Store->Kind != SinkKind::Global && Store->Kind != SinkKind::SharedMemory)
        Store->Via = calleeName(S, CE);
      return Store;
    }
    return std::nullopt;
  }
  // A call through a function object or pointer named like a logger (a
  // std::function member `audit_`, a `log_fn` field): a log, whatever the
  // function it holds (set in another unit, a lambda around syslog).
  {
    const Expr *Through = nullptr;
    std::vector<int> Data{-1};
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && OC->getOperator() == OO_Call &&
                                                           OC->getNumArgs() >= 2) {
      const CXXRecordDecl *RD = OC->getArg(0)->getType()->getAsCXXRecordDecl();
      // Not a lambda or a functor of the project: those have bodies to follow.
      if (RD && !RD->isLambda() && plainQualifiedName(RD) == "std::function") {
        Through = OC->getArg(0);
        Data = {-2};
      }
    } else if (!FD && !isa<CXXMemberCallExpr>(CE) && CE->getNumArgs() >= 1) {
      Through = CE->getCallee();
    }
    if (Through) {
      std::string N = StringRef(operandName(Through)).trim('_').lower();
      // (A pointer or member named `log` is no libm logarithm unless it
      // answers a floating-point number.)
      bool MathName = N == "log" || N == "logf" || N == "logl";
      if (!N.empty() && catalogMatch(Cat, "log-function-name", N) &&
          (!catalogMatch(Cat, "not-log-function-name", N) ||
           (MathName && !CE->getType()->isRealFloatingType())))
        return SinkUse{SinkKind::Log, operandName(Through), argsFrom(CE, Data)};
      if (isa<CXXOperatorCallExpr>(CE)) return std::nullopt;
    }
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
    if (OC->getOperator() != OO_LessLess || OC->getNumArgs() != 2 ||
        !OC->getArg(0)->getType()->getAsCXXRecordDecl())
      return std::nullopt;
    if (auto K = streamSink(S, OC->getArg(0))) {
      K->Data = {OC->getArg(1)};
      return K;
    }
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && MD->getDeclName().isIdentifier() && MD->getName() == "write" && MC->getNumArgs() >= 1)
      if (auto K = streamSink(S, MC->getImplicitObjectArgument())) {
        K->Data = {MC->getArg(0)};
        return K;
      }
    if (!MD || !MD->getDeclName().isIdentifier() || M) return std::nullopt;
    // logger->info("...", key), spdlog-style methods of a logger object.
    const CXXRecordDecl *RD = MD->getParent();
    if (RD && catalogMatch(Cat, "log-stream-type", plainQualifiedName(RD)) &&
        catalogMatch(Cat, "log-method-name", MD->getName()))
      return SinkUse{SinkKind::Log, displayName(MD), argsFrom(MC, {-1})};
    return std::nullopt;
  }
  if (M) return std::nullopt;
  // The project's own variadic wrapper whose body hands its arguments to a
  // sink (`void Log(const char *fmt, ...) { ... vfprintf(stderr, fmt, ap); }`):
  // a sink of that kind, whatever its name.
  if (FD && FD->isVariadic() && FD->hasBody())
    if (std::optional<VariadicSink> V = variadicSinkOf(S, FD))
      return SinkUse{V->Kind, displayName(FD), argsFrom(CE, {-1})};
  // Logging functions and macros of the project or of libraries not modelled.
  for (StringRef N : S.values().macroNames(CE->getBeginLoc()))
    if (catalogMatch(Cat, "log-function-name", N))
      return SinkUse{SinkKind::Log, N.str(), argsFrom(CE, {-1})};
  if (!FD || !FD->getDeclName().isIdentifier()) return std::nullopt;
  StringRef Name = FD->getName();
  if (!catalogMatch(Cat, "log-function-name", Name) ||
      catalogMatch(Cat, "not-log-function-name", Name))
    return std::nullopt;
  // A logging helper with a body is followed into its body, unless it is
  // variadic (the va_list hides the data from the analysis), or a variadic
  // template (`template <class... A> void debug(std::string_view fmt, const
  // A &...args)`: its pack, formatted through recursive helpers into a
  // stream, is a C logger's `...`).
  bool Followed = !FD->isVariadic() && !hasParameterPack(FD);
  if (FD->hasBody() && Followed) return std::nullopt;
  // The same for one another unit of the program defines (`hs_export_trace`
  // in handshake.c, whose body sends what it is given, reported there): the
  // link step drops the finding by name when some unit defines the function
  // ("named-sink"; a library's logger keeps it).
  if (Followed)
    if (FactRecorder *R = FactRecorder::active()) {
      const SourceManager &SM = S.values().context().getSourceManager();
      std::string Sym = linkageName(FD);
      if (!Sym.empty() && !SM.isInSystemHeader(SM.getFileLoc(FD->getLocation())))
        R->query(json::Object{{"kind", "named-sink"},
                              {"rule", rules::KeyExfiltration},
                              {"symbol", Sym},
                              {"at", locFact(SM, SM.getFileLoc(CE->getBeginLoc()))}});
    }
  return SinkUse{SinkKind::Log, displayName(FD), argsFrom(CE, {-1})};
}

namespace {

/// Where the handle was opened: the open calls assigned to it (fopen(path,
/// mode), BIO_new_file(path, mode), open(path, flags, mode)), or nothing when
/// it came from elsewhere.
std::vector<const CallExpr *> openCalls(AnalysisSession &S, const VarDecl *VD, unsigned Depth = 0) {
  std::vector<const CallExpr *> Out;
  if (Depth > 2) return Out;
  // `fd >= 0 ? fdopen(fd, "w") : NULL`: the arms that open something.
  std::vector<const Expr *> Vs;
  for (const Expr *V : S.provenance().assignedValues(VD)) {
    const auto *CO = dyn_cast<ConditionalOperator>(stripAll(V));
    if (!CO) {
      Vs.push_back(V);
      continue;
    }
    for (const Expr *Arm : {CO->getTrueExpr(), CO->getFalseExpr()})
      if (!Arm->isNullPointerConstant(S.values().context(), Expr::NPC_ValueDependentIsNotNull))
        Vs.push_back(Arm);
  }
  for (const Expr *V : Vs) {
    const auto *CE = dyn_cast<CallExpr>(stripAll(V));
    const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
    if (!F || !F->getDeclName().isIdentifier() || CE->getNumArgs() < 1) return {};
    // fdopen(fd, "w"), BIO_new_fd(fd, 1): where the descriptor was opened.
    if (catalogMatch(S.catalog(), "key-store-wrap-call", F->getName())) {
      const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(CE->getArg(0)));
      const auto *Inner = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
      std::vector<const CallExpr *> In = Inner && Inner->isLocalVarDecl()
                                             ? openCalls(S, Inner, Depth + 1)
                                             : std::vector<const CallExpr *>();
      if (In.empty()) return {};
      Out.insert(Out.end(), In.begin(), In.end());
      continue;
    }
    if (!catalogMatch(S.catalog(), "key-store-open-call", F->getName())) return {};
    Out.push_back(CE);
  }
  return Out;
}

/// A path the build fixes (a literal, a constant), or one in a directory
/// others can read (/tmp, /var/tmp, /dev/shm, ...): not the user's own key
/// file.
bool fixedOrSharedPath(AnalysisSession &S, const Expr *Path) {
  // [NSTemporaryDirectory() stringByAppendingPathComponent:@"k.bin"]: in
  // the shared temporary directory, whatever the name.
  auto SharedCall = [&](const Stmt *St) {
    const auto *CE = dyn_cast<CallExpr>(St);
    const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
    return F && catalogMatch(S.catalog(), "shared-directory-call", plainQualifiedName(F));
  };
  const Expr *Built = Path;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(Path))) // a local that holds the path
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->isLocalVarDecl())
      Built = VD->getInit();
  if (anyStmtIn(Built, SharedCall)) return true;
  const ValueSet &VS = S.values().resolve(Path);
  for (const Value &V : VS.Values)
    if (V.Kind == Value::String && catalogMatch(S.catalog(), "shared-directory-path", V.S))
      return true;
  return VS.Complete && !VS.Values.empty();
}

/// Created readable by everyone: open(path, O_CREAT | O_WRONLY, 0644).
bool worldReadable(AnalysisSession &S, const CallExpr *Open) {
  const FunctionDecl *F = Open->getDirectCallee();
  StringRef N = F->getName();
  int ModeArg = N == "open" || N == "open64" ? 2 : N == "creat" ? 1 : -1;
  if (ModeArg < 0 || unsigned(ModeArg) >= Open->getNumArgs()) return false;
  for (const Value &V : S.values().ints(Open->getArg(ModeArg)))
    if (V.I & 04) return true;
  return false;
}

} // namespace

/// The file a key-generation command writes its key to, chosen by the user:
/// a handle the function opened on a path from the command line, the
/// configuration or the caller (not a literal, not a shared directory), and
/// not created readable by everyone. The key lands where its owner keeps it.
bool ownKeyFile(AnalysisSession &S, const CallExpr *Sink) {
  bool Any = false;
  for (const Expr *A : Sink->arguments()) {
    const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(A));
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD || !VD->isLocalVarDecl()) continue;
    std::vector<const CallExpr *> Opens = openCalls(S, VD);
    if (Opens.empty()) continue;
    for (const CallExpr *O : Opens)
      if (fixedOrSharedPath(S, O->getArg(0)) || worldReadable(S, O)) return false;
    Any = true;
  }
  return Any;
}

/// The unit's part of a sink in another unit: a variadic wrapper of this
/// unit whose body hands its va_list to a sink exports "variadic-sink"
/// (when the call \p CE is that sink call); a call of another unit's
/// variadic function with key material among its arguments asks the link
/// step whether that function is such a wrapper ("variadic-sink" queries).
/// An argument that can hold data (a buffer, a string, an object), not a
/// count or a flag.
static bool isDataTypeArg(const Expr *A) {
  QualType T = A->IgnoreParenImpCasts()->getType().getNonReferenceType();
  return T->isPointerType() || T->isArrayType() || T->isRecordType();
}

void variadicSinkFacts(AnalysisSession &S, const CallExpr *CE) {
  FactRecorder *R = FactRecorder::active();
  if (!R) return;
  const SourceManager &SM = S.values().context().getSourceManager();
  // Only a call handed a va_list can be a wrapper's sink call (looking up
  // the enclosing function builds the unit's parent map: not for every call).
  const FunctionDecl *In = nullptr;
  if (llvm::any_of(CE->arguments(), [&](const Expr *A) { return isVaList(S, A); }))
    In = S.provenance().enclosingFunction(CE);
  if (In && In->isVariadic())
    if (std::optional<VariadicSink> V = variadicSinkOf(S, In); V && V->At == CE)
      if (std::string Sym = linkageName(In); !Sym.empty()) {
        json::Object At = locFact(SM, CE->getBeginLoc());
        At["message"] = "'" + V->Via + "' writes the arguments here";
        json::Array Notes;
        Notes.push_back(std::move(At));
        R->functionFact(Sym, In->getNameAsString(), "variadic-sink",
                        json::Object{{"kind", sinkKindName(V->Kind).str()},
                                     {"via", V->Via},
                                     {"notes", std::move(Notes)}});
      }
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->isVariadic() || FD->hasBody() || S.provenance().model(CE) ||
      SM.isInSystemHeader(SM.getFileLoc(FD->getLocation())))
    return;
  std::string Sym = linkageName(FD);
  if (Sym.empty()) return;
  std::set<const Expr *> Seen;
  AskedLinks Links;
  // Key material of this unit (its sources' results) in any argument.
  bool Local = S.provenance().keyMaterialPossible();
  for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
    const Expr *A = CE->getArg(I);
    // Data another unit makes or fills (a hex helper's output of a key),
    // among the variadic arguments: the link step resolves it and asks
    // whether the wrapper is a sink.
    bool Linked = I >= FD->getNumParams() && isDataTypeArg(A);
    if (!Local && !Linked) continue;
    std::string Name = operandName(A);
    const Prov &P = S.provenance().of(A);
    for (const Origin &O : P.Origins)
      if (Linked && projectLink(SM, O) && Links.first(O))
        R->query(json::Object{{"kind", "variadic-sink"},
                              {"symbol", Sym},
                              {"callee", displayName(FD)},
                              {"name", Name},
                              {"at", locFact(SM, SM.getFileLoc(CE->getBeginLoc()))},
                              {"link", linkFact(S, O)}});
    for (const Origin *O : Local ? P.secrets() : std::vector<const Origin *>()) {
      if (!Seen.insert(O->Def).second) continue;
      StringRef Named;
      if (O->Named && O->Named->getDeclName().isIdentifier()) Named = O->Named->getName();
      R->query(json::Object{{"kind", "variadic-sink"},
                            {"symbol", Sym},
                            {"callee", displayName(FD)},
                            {"name", Name},
                            {"source", keySourceText(O->What, Named, calleeName(S, O->Def), Name)},
                            {"at", locFact(SM, SM.getFileLoc(CE->getBeginLoc()))},
                            {"notes", originNoteFacts(SM, *O, "key material produced here")}});
    }
  }
}

const std::vector<Candidate> &escrowOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::EscrowOfCall, [&] {
    variadicSinkFacts(S, CE);
    Analyzer A(S);
    if (S.provenance().keyMaterialPossible() || FactRecorder::active())
      if (auto Sink = sinkOf(S, CE))
        if (!((Sink->Kind == SinkKind::File || Sink->Kind == SinkKind::Descriptor) &&
              ownKeyFile(S, CE)))
          A.leaks(*Sink, CE);
    // PEM_write_bio_PrivateKey(file_bio, ...): the export lands in a sink itself.
    if (const FunctionModel *M = S.provenance().model(CE))
      for (int I : M->KeySourceArgs)
        if (I >= 0 && unsigned(I) < CE->getNumArgs())
          if (auto Store = storeSink(S, CE->getArg(I))) {
            if ((Store->Kind == SinkKind::File || Store->Kind == SinkKind::Descriptor) &&
                ownKeyFile(S, CE))
              continue;
            Prov P = S.provenance().keySource(*M, CE);
            if (!P.secrets().empty()) {
              Store->Via = calleeName(S, CE);
              A.leaksOf(*Store, CE, P, "");
            }
          }
    if (const FunctionModel *M = S.provenance().model(CE)) {
      std::vector<const Expr *> Args(CE->arg_begin(), CE->arg_end());
      const Expr *Object = nullptr;
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
        Object = MC->getImplicitObjectArgument();
      A.wrap(CE, *M, CE->getDirectCallee(), Args, Object);
      if (M->KeylogCallback >= 0 && unsigned(M->KeylogCallback) < CE->getNumArgs())
        A.keylog(CE, CE->getArg(M->KeylogCallback));
    }
    if (CE->getNumArgs() >= 1 && CE->getDirectCallee() &&
        catalogMatch(S.catalog(), "environment-call-name", displayName(CE->getDirectCallee())))
      for (const Value &V : S.values().strings(CE->getArg(0)))
        if (V.S == "SSLKEYLOGFILE") {
          A.keylogEnv(CE);
          break;
        }
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &escrowOfConstruct(AnalysisSession &S, const CXXConstructExpr *CE) {
  return S.memo(CE, MemoKey::EscrowOfConstruct, [&] {
    Analyzer A(S);
    if (const FunctionModel *M = S.provenance().model(CE)) {
      std::vector<const Expr *> Args(CE->arg_begin(), CE->arg_end());
      A.wrap(CE, *M, CE->getConstructor(), Args, nullptr);
    }
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &escrowOfMessage(AnalysisSession &S, const ObjCMessageExpr *ME) {
  return S.memo(ME, MemoKey::EscrowOfMessage, [&] {
    Analyzer A(S);
    CallSite Send = callSite(S, ME);
    const FunctionModel *M = Send.Model;
    if (!M || M->Sink == SinkKind::None ||
        !(S.provenance().keyMaterialPossible() || FactRecorder::active()))
      return std::vector<Candidate>();
    if (!Send.when(S.values(), M->SinkWhenArg, M->SinkWhen)) return std::vector<Candidate>();
    SinkUse Sink{M->Sink, Send.Name, argsFrom(Send.Args, M->SinkArgs)};
    if (M->SinkObject && Send.Object) Sink.Data.push_back(Send.Object);
    // A file the user names (a path from the command line, the configuration
    // or the caller, not a fixed or shared one) is where the key's owner
    // keeps it: [keyData writeToFile:path ...] of a key-generation command.
    if (M->Sink == SinkKind::File && M->SinkObject && !Send.Args.empty() &&
        !fixedOrSharedPath(S, Send.Args.front()))
      return std::vector<Candidate>();
    A.leaks(Sink, ME);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &escrowOfAssign(AnalysisSession &S, const BinaryOperator *BO) {
  return S.memo(BO, MemoKey::EscrowOfAssign, [&] {
    Analyzer A(S);
    if (BO->getOpcode() == BO_Assign &&
        (S.provenance().keyMaterialPossible() || FactRecorder::active()))
      if (auto Store = storeSink(S, BO->getLHS())) {
        Store->Data = {BO->getRHS()};
        A.leaks(*Store, BO);
      }
    return dedupCandidates(std::move(A.Out));
  });
}

} // namespace backdoor
