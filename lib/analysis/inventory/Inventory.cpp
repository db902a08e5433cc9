//===--- Inventory.cpp - the cryptography inventory ----------------------===//
#include "analysis/inventory/Inventory.h"
#include "analysis/config/Config.h"
#include "analysis/inventory/Certificate.h"
#include "analysis/tls/Tls.h"
#include "catalog/Profile.h"
#include "core/AstUtil.h"
#include "core/CallSite.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include <map>
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

namespace {

/// A TLS protocol version from its wire code (SSL3_VERSION, TLS1_2_VERSION, ...).
const char *tlsVersionName(int64_t V) {
  switch (V) {
  case 0x0300:
    return "SSLv3";
  case 0x0301:
    return "TLSv1.0";
  case 0x0302:
    return "TLSv1.1";
  case 0x0303:
    return "TLSv1.2";
  case 0x0304:
    return "TLSv1.3";
  case 0xfeff:
    return "DTLSv1.0";
  case 0xfefd:
    return "DTLSv1.2";
  default:
    return nullptr;
  }
}

bool containsLower(StringRef Hay, StringRef Needle) {
  return Hay.lower().find(Needle) != std::string::npos;
}

class Recorder {
public:
  Recorder(AnalysisSession &S)
      : S(S), V(S.values()), PA(S.provenance()), Cat(S.catalog()),
        SM(V.context().getSourceManager()) {}
  std::vector<Candidate> Out;

  void call(const CallExpr *CE) {
    const FunctionModel *M = PA.model(CE);
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!M || !FD) return;
    Model = M;
    Callee = FD->getNameAsString();
    Context = M->Context;
    if (M->ContextArg >= 0) {
      bool NonZero = false;
      if (unsigned(M->ContextArg) < CE->getNumArgs())
        for (const Value &I : V.ints(CE->getArg(M->ContextArg))) NonZero |= I.I != 0;
      if (!NonZero) Context.clear();
    }
    std::vector<std::pair<const ParamModel *, const Expr *>> Keys;
    std::map<std::string, uint64_t> Work;
    std::optional<uint64_t> KeyLengthBits;
    // crypt(3) settings and gensalt prefixes: the scheme, and a gensalt count.
    std::vector<std::pair<CryptScheme, const Expr *>> Schemes;
    std::optional<uint64_t> CryptCount;
    bool HasSetting = false;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      for (const ParamModel *P : M->params(I, "")) HasSetting |= P->Role == ParamRole::CryptSetting;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      std::string PName;
      if (I < FD->getNumParams() && FD->getParamDecl(I)->getDeclName().isIdentifier())
        PName = FD->getParamDecl(I)->getName().str();
      const Expr *Arg = CE->getArg(I);
      for (const ParamModel *P : M->params(I, PName)) {
        if (!whenHolds(V, {CE->getArgs(), CE->getNumArgs()}, P->WhenArg, P->WhenSymbols)) continue;
        ParamRole Role = P->Role;
        if (Role == ParamRole::Cipher || Role == ParamRole::Digest || Role == ParamRole::Curve ||
            Role == ParamRole::Padding || Role == ParamRole::AlgorithmName) {
          for (const Value &A : V.algorithms(Arg)) algorithm(A.A, Arg, roleName(Role));
        } else if (Role == ParamRole::KeyBits || Role == ParamRole::KeyBytes) {
          keySize(*P, CE, Arg, Role == ParamRole::KeyBytes);
        } else if (Role == ParamRole::KeyLength) {
          for (const Value &I : V.ints(Arg))
            if (I.I > 0 && I.I <= 1024) KeyLengthBits = uint64_t(I.I) * 8;
        } else if (Role == ParamRole::Key || Role == ParamRole::PrivateKey ||
                   Role == ParamRole::HexKey || Role == ParamRole::PublicKey) {
          Keys.push_back({P, Arg});
        } else if (Role == ParamRole::CryptSetting) {
          for (const Value &Str : V.strings(Arg))
            if (auto C = parseCryptSetting(Str.S)) Schemes.push_back({*C, Arg});
        } else if (Role == ParamRole::WorkFactor && HasSetting) {
          for (const Value &I : V.ints(Arg))
            if (I.I > 0) CryptCount = uint64_t(I.I);
        } else if (Role == ParamRole::WorkFactor) {
          for (const Value &I : V.ints(Arg))
            if (I.I > 0) {
              Work[P->Algorithm] = uint64_t(I.I);
              break;
            }
        } else if (Role == ParamRole::CipherList) {
          for (const Value &Str : V.strings(Arg)) cipherList(Str.S, Arg);
        } else if (Role == ParamRole::PriorityString) {
          for (const Value &Str : V.strings(Arg)) priority(Str.S, Arg);
        } else if (Role == ParamRole::Certificate) {
          Certs.push_back(Arg);
        } else if (Role == ParamRole::GroupList) {
          for (const Value &Str : V.strings(Arg)) groupList(Str.S, Arg);
        } else if (Role == ParamRole::GroupIds || Role == ParamRole::Group) {
          groupIds(Arg, Role == ParamRole::Group);
        } else if (Role == ParamRole::TlsVersion) {
          for (const Value &I : V.ints(Arg))
            if (const char *N = tlsVersionName(I.I)) tlsVersion(N, Arg);
        }
      }
    }
    for (const AlgSpec &A : M->Uses) {
      AlgSpec U = A;
      U.Spelling = Callee;
      algorithm(U, CE, "uses");
    }
    flushAlgorithms();
    if (!Work.empty()) kdf(Work, CE);
    for (auto &[C, At] : Schemes) {
      json::Object O{
          {"asset", "algorithm"}, {"kind", algKindName(AlgKind::Kdf)}, {"family", C.Family}};
      if (std::optional<uint64_t> Cost = C.Cost ? C.Cost : CryptCount)
        O[C.Family == "bcrypt" ? "cost" : "rounds"] = int64_t(*Cost);
      O["context"] = "password-hash";
      record(std::move(O), At);
    }
    for (auto &[P, Arg] : Keys) key(*P, Arg, KeyLengthBits);
    for (const Expr *Arg : Certs) certificatesUsed(Arg);
  }

  /// Certificates a string literal or a constant byte array of the main file
  /// holds, recorded where they are defined (symbol: the variable).
  void definition(const Expr *At, StringRef Bytes, StringRef Symbol) {
    Callee = Symbol.str();
    for (const CertificateInfo &C : parseCertificates(Bytes)) certificate(C, At, "definition");
  }

private:
  AnalysisSession &S;
  ValueResolver &V;
  ProvenanceAnalysis &PA;
  const Catalog &Cat;
  const SourceManager &SM;
  const FunctionModel *Model = nullptr;
  std::string Callee, Context;
  std::vector<AlgSpec> CallAlgs;   // the algorithms of this call, for its keys and KDF
  std::vector<const Expr *> Certs; // arguments that take a certificate

  void emit(const char *Rule, const Expr *At, std::string Message) {
    Candidate C;
    C.Rule = Rule;
    C.Loc = SM.getFileLoc(At->getBeginLoc());
    C.Message = std::move(Message);
    Out.push_back(std::move(C));
  }

  void record(json::Object O, const Expr *At) {
    O["function"] = Callee;
    if (std::string L = library(); !L.empty()) O["library"] = L;
    std::string Text;
    raw_string_ostream OS(Text);
    OS << json::Value(std::move(O));
    emit(rules::CryptoInventory, At, InventoryPrefix + OS.str());
  }

  /// The library that implements the call: the model's, unless the model
  /// merges entries of a cross-library file (key-material.yaml, misc.yaml),
  /// then the one whose naming convention the function follows.
  std::string library() const {
    if (!Model) return "";
    StringRef L = Model->Library;
    if (L != "key-material" && L != "misc" && L != "libc") return L.str();
    static const std::pair<const char *, const char *> Prefixes[] = {
        {"EVP_", "openssl"},    {"SSL_", "openssl"},      {"RSA_", "openssl"},
        {"EC_", "openssl"},     {"DH_", "openssl"},       {"DSA_", "openssl"},
        {"PEM_", "openssl"},    {"d2i_", "openssl"},      {"i2d_", "openssl"},
        {"PKCS5_", "openssl"},  {"HMAC", "openssl"},      {"RAND_", "openssl"},
        {"BIO_", "openssl"},    {"mbedtls_", "mbedtls"},  {"psa_", "mbedtls"},
        {"wc_", "wolfssl"},     {"wolfSSL_", "wolfssl"},  {"gnutls_", "gnutls"},
        {"gcry_", "libgcrypt"}, {"crypto_", "libsodium"}, {"randombytes", "libsodium"},
        {"OQS_", "liboqs"},     {"BCrypt", "windows"},    {"Crypt", "windows"},
        {"CC", "commoncrypto"}};
    for (auto &[P, Lib] : Prefixes)
      if (StringRef(Callee).starts_with(P)) return Lib;
    return L.str();
  }

  struct PendingAlg {
    AlgSpec A;
    const Expr *At;
    std::string Role;
  };
  std::vector<PendingAlg> Pending;

  void algorithm(const AlgSpec &A, const Expr *At, StringRef Role) {
    Pending.push_back({A, At, Role.str()});
    CallAlgs.push_back(A);
  }

  /// Records the call's algorithms: a key type without a size ("RSA") is
  /// left out when the call also gives its size (EVP_RSA_gen(3072)).
  void flushAlgorithms() {
    for (const PendingAlg &P : Pending) {
      bool Sized =
          !P.A.Bits && P.A.Kind == AlgKind::PKey && llvm::any_of(Pending, [&](const PendingAlg &Q) {
            return Q.A.Kind == AlgKind::PKey && Q.A.Family == P.A.Family && Q.A.Bits;
          });
      if (!Sized) emitAlgorithm(P.A, P.At, P.Role);
    }
    Pending.clear();
  }

  void emitAlgorithm(const AlgSpec &A, const Expr *At, StringRef Role) {
    // A digest selected for a signature is the signature's hash: still a use.
    json::Object O{{"asset", "algorithm"}, {"kind", algKindName(A.Kind)}, {"family", A.Family}};
    if (!A.Mode.empty()) O["mode"] = A.Mode;
    if (A.Bits) O["bits"] = int64_t(A.Bits);
    if (!A.Spelling.empty()) O["spelling"] = A.Spelling;
    if (!Context.empty()) O["context"] = Context;
    O["role"] = Role.str();
    record(std::move(O), At);
    quantum(A, At);
  }

  void keySize(const ParamModel &P, const CallExpr *CE, const Expr *Arg, bool Bytes) {
    std::string Alg = P.Algorithm, Spelling = Callee;
    if (P.AlgorithmArg >= 0 && unsigned(P.AlgorithmArg) < CE->getNumArgs()) {
      Alg.clear();
      for (const Value &A : V.algorithms(CE->getArg(P.AlgorithmArg)))
        if (A.A.Kind == AlgKind::PKey) {
          Alg = A.A.Family;
          Spelling = A.A.Spelling;
        }
    }
    if (Alg.empty() || Alg == "ec") return; // EC sizes are curves, recorded as such
    for (const Value &I : V.ints(Arg)) {
      if (I.I <= 0 || I.I > (1 << 20)) continue;
      AlgSpec A;
      A.Kind = Alg == "symmetric" ? AlgKind::Cipher : AlgKind::PKey;
      A.Family = Alg;
      A.Bits = unsigned(Bytes ? I.I * 8 : I.I);
      A.Spelling = Spelling;
      if (Alg == "symmetric") {
        // Only the size is known: a key of this length for the call's cipher.
        json::Object O{{"asset", "key"}, {"type", "secret-key"}, {"size", int64_t(A.Bits)}};
        record(std::move(O), Arg);
        continue;
      }
      algorithm(A, Arg, "key-size");
    }
  }

  void kdf(const std::map<std::string, uint64_t> &Work, const CallExpr *CE) {
    std::string Family;
    json::Object O{{"asset", "algorithm"}, {"kind", algKindName(AlgKind::Kdf)}};
    for (auto &[K, N] : Work) {
      static const char *const Fields[][3] = {{"pbkdf2", "pbkdf2", "iterations"},
                                              {"scrypt-n", "scrypt", "N"},
                                              {"argon2-ops", "argon2", "passes"},
                                              {"argon2-mem", "argon2", "memory"},
                                              {"bcrypt-cost", "bcrypt", "cost"}};
      for (const auto &F : Fields)
        if (K == F[0]) {
          Family = F[1];
          O[F[2]] = int64_t(N);
        }
    }
    if (Family.empty()) return;
    O["family"] = Family;
    for (const AlgSpec &A : CallAlgs)
      if (A.Kind == AlgKind::Digest) {
        O["hash"] = A.str();
        O["hash-spelling"] = A.Spelling;
        break;
      }
    if (!Context.empty()) O["context"] = Context;
    record(std::move(O), CE);
  }

  void key(const ParamModel &P, const Expr *Arg, std::optional<uint64_t> Bits) {
    ParamRole Role = P.Role;
    std::string Type = Role == ParamRole::PrivateKey  ? "private-key"
                       : Role == ParamRole::PublicKey ? "public-key"
                                                      : "secret-key";
    json::Object O{{"asset", "key"}, {"type", Type}};
    std::string Format = containsLower(Callee, "pem")                                     ? "PEM"
                         : (containsLower(Callee, "d2i") || containsLower(Callee, "der")) ? "DER"
                         : Role == ParamRole::HexKey                                      ? "hex"
                                                                                          : "raw";
    O["format"] = Format;
    if (Bits) O["size"] = int64_t(*Bits);
    // Whether the source holds the key (the bytes stay out of the record).
    const Prov &D = PA.of(Arg);
    if (!D.wholeConstants().empty())
      O["origin"] = "source";
    else if (D.Random)
      O["origin"] = "generated";
    else if (D.External)
      O["origin"] = "external";
    for (const AlgSpec &A : CallAlgs)
      if (A.Kind == AlgKind::Cipher || A.Kind == AlgKind::PKey || A.Kind == AlgKind::Curve) {
        O["algorithm"] = A.str();
        break;
      }
    record(std::move(O), Arg);
  }

  void protocol(json::Object O, const Expr *At) {
    O["asset"] = "protocol";
    O["protocol"] = "tls";
    record(std::move(O), At);
  }

  void cipherList(const std::string &Spec, const Expr *At) {
    CipherStringResult R = parseCipherString(Spec, Cat);
    json::Array Suites;
    std::set<std::string> Versions;
    for (const TlsSuite *T : R.Enabled) {
      Suites.push_back(T->Name);
      Versions.insert(T->Protocol);
    }
    json::Array Vs;
    for (const std::string &Ver : Versions) Vs.push_back(Ver);
    protocol(
        json::Object{{"spec", Spec}, {"suites", std::move(Suites)}, {"versions", std::move(Vs)}},
        At);
  }

  void priority(const std::string &Spec, const Expr *At) {
    SmallVector<StringRef, 8> Parts;
    StringRef(Spec).split(Parts, ':', -1, false);
    json::Array Vs, Groups;
    std::vector<std::string> GroupNames;
    // The base keyword's own groups (NORMAL, SECURE256, ...) stay offered
    // unless the string starts from NONE or removes them all (-GROUP-ALL).
    bool Replaced = !Parts.empty() && Parts.front().trim() == "NONE";
    for (StringRef P : Parts) {
      P = P.trim();
      bool Minus = P.starts_with("-") || P.starts_with("!");
      StringRef G = P.ltrim("+-!");
      if (G.consume_front("GROUP-") || G.consume_front("CURVE-")) {
        if (G == "ALL" && Minus) Replaced = true;
        if (G == "ALL" || G == "EC-ALL" || G == "DH-ALL") continue;
        auto It = llvm::find(GroupNames, G.str());
        if (Minus && It != GroupNames.end())
          GroupNames.erase(It);
        else if (!Minus && It == GroupNames.end())
          GroupNames.push_back(G.str());
        continue;
      }
      if (P.consume_front("+VERS-") || P.consume_front("VERS-")) {
        if (P == "ALL" || P == "TLS-ALL" || P == "DTLS-ALL") continue;
        std::string N = P.str();
        if (StringRef(N).starts_with("TLS")) N = "TLSv" + N.substr(3);
        if (StringRef(N).starts_with("SSL3")) N = "SSLv3";
        Vs.push_back(N);
      }
    }
    std::vector<std::optional<AlgSpec>> Known;
    for (const std::string &G : GroupNames) {
      Known.push_back(Cat.name(G));
      Groups.push_back(groupEntry(G, Known.back()));
    }
    if (!Replaced && !Known.empty())
      Known.push_back(std::nullopt); // the base's groups: not known here
    quantumGroups(Known, Spec, At);
    json::Object O{{"spec", Spec}, {"versions", std::move(Vs)}};
    if (!Groups.empty()) O["groups"] = std::move(Groups);
    protocol(std::move(O), At);
  }

  /// The certificates whose constant bytes reach a certificate parameter.
  void certificatesUsed(const Expr *Arg) {
    std::set<std::string> Seen;
    auto Parse = [&](StringRef Bytes) {
      if (!mayHoldCertificate({Bytes.data(), Bytes.size()}) || !Seen.insert(Bytes.str()).second)
        return;
      for (const CertificateInfo &C : parseCertificates({Bytes.data(), Bytes.size()}))
        certificate(C, Arg, "use");
    };
    for (const Origin *O : PA.of(Arg).wholeConstants())
      if (O->Bytes) Parse(*O->Bytes);
    if (Seen.empty())
      for (const Value &Str : V.strings(Arg)) Parse(Str.S);
  }

  /// One certificate: its names, validity, signature and public key (never
  /// its bytes; a SHA-256 fingerprint identifies it).
  void certificate(const CertificateInfo &C, const Expr *At, StringRef Role) {
    json::Object O{{"asset", "certificate"}, {"format", C.Format}, {"role", Role.str()},
                   {"subject", C.Subject},   {"issuer", C.Issuer}, {"version", int64_t(C.Version)}};
    if (!C.NotBefore.empty()) O["not-before"] = C.NotBefore;
    if (!C.NotAfter.empty()) O["not-after"] = C.NotAfter;
    O["signature-oid"] = C.SignatureOid;
    if (!C.SignatureScheme.empty()) O["signature"] = C.SignatureScheme;
    if (!C.SignatureHash.empty()) O["signature-hash"] = C.SignatureHash;
    O["key"] = C.KeyAlgorithm;
    if (C.KeyBits) O["key-bits"] = int64_t(C.KeyBits);
    if (!C.Curve.empty()) O["curve"] = C.Curve;
    std::array<uint8_t, 32> H = SHA256::hash(arrayRefFromStringRef(C.Der));
    O["sha256"] = toHex(H, /*LowerCase=*/true);
    record(std::move(O), At);
  }

  /// A TLS group list: OpenSSL's "X25519MLKEM768:X25519:P-256" (with its
  /// "?" for optional names, "*" for key shares and "/" between tuples),
  /// wolfSSL's of the same form.
  void groupList(const std::string &Spec, const Expr *At) {
    SmallVector<StringRef, 8> Parts;
    SplitString(Spec, Parts, ":/,");
    json::Array Groups;
    std::vector<std::optional<AlgSpec>> Known;
    for (StringRef P : Parts) {
      P = P.trim();
      while (!P.empty() && (P.front() == '?' || P.front() == '*')) P = P.drop_front();
      if (P.starts_with("-") || P.empty()) continue;
      if (P.equals_insensitive("DEFAULT")) {
        Known.push_back(std::nullopt); // the library's own list: not known here
        continue;
      }
      Known.push_back(Cat.name(P));
      Groups.push_back(groupEntry(P, Known.back()));
    }
    quantumGroups(Known, Spec, At);
    protocol(json::Object{{"spec", Spec}, {"groups", std::move(Groups)}}, At);
  }

  /// A key exchange group: a curve, a finite-field group, or ML-KEM alone or
  /// in a hybrid ("X25519MLKEM768").
  static bool isGroup(const AlgSpec &A) {
    return A.Kind == AlgKind::Curve || A.Kind == AlgKind::Group ||
           (A.Kind == AlgKind::PKey && A.Family == "ml-kem");
  }

  json::Object groupEntry(StringRef Name, std::optional<AlgSpec> A) {
    json::Object G{{"name", Name.str()}};
    if (A && isGroup(*A)) G["spec"] = A->str();
    return G;
  }

  /// Groups given as constants: an array of NIDs, IANA group codes or curve
  /// identifiers (SSL_CTX_set1_groups, wolfSSL_CTX_set_groups,
  /// mbedtls_ssl_conf_groups), or one (wolfSSL_CTX_UseSupportedCurve).
  void groupIds(const Expr *Arg, bool Single) {
    std::vector<const Expr *> Elems;
    const Expr *E = Arg->IgnoreParenCasts(); // (int *)(glist) in OpenSSL's macros
    if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(U->getSubExpr()->IgnoreParens()))
        E = AS->getBase()->IgnoreParenImpCasts();
    if (Single) {
      Elems.push_back(Arg);
    } else if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl()))
        if (const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD)
          if (const auto *IL = dyn_cast_or_null<InitListExpr>(Def->getInit()))
            for (unsigned I = 0; I < IL->getNumInits() && I < 64; ++I)
              Elems.push_back(IL->getInit(I));
    }
    json::Array Groups;
    std::set<std::string> Seen;
    std::vector<std::optional<AlgSpec>> Known;
    for (const Expr *El : Elems) {
      bool Found = false;
      for (const Value &Val : V.algorithms(El)) {
        const AlgSpec &A = Val.A;
        if (!isGroup(A)) continue; // a list's terminator (..._NONE) names no group
        std::string Name = A.Spelling.empty() ? A.str() : A.Spelling;
        if (Seen.insert(Name).second) Groups.push_back(groupEntry(Name, A));
        Known.push_back(A);
        Found = true;
        break;
      }
      // An element the scan cannot name (not a constant, or a code the
      // catalog does not know) might be a post-quantum group.
      if (!Found) {
        std::vector<Value> Ints = V.ints(El);
        if (!Ints.empty() && llvm::none_of(Ints, [](const Value &I) { return I.I == 0; }))
          Known.push_back(std::nullopt);
      }
    }
    if (Groups.empty()) return;
    if (!Single) // one group added by a call among others: not the whole offer
      quantumGroups(Known, "", Arg);
    protocol(json::Object{{"groups", std::move(Groups)}}, Arg);
  }

  void tlsVersion(const char *Name, const Expr *At) {
    json::Object O{{"versions", json::Array{Name}}};
    if (containsLower(Callee, "min"))
      O["bound"] = "min";
    else if (containsLower(Callee, "max"))
      O["bound"] = "max";
    protocol(std::move(O), At);
  }

  /// The profile's migration target for key establishment.
  std::string kemTarget() const {
    const Profile *P = Cat.profile();
    return P ? P->KemTarget : "ML-KEM-768";
  }

  /// backdoor-quantum-vulnerable for a TLS key exchange group list: reported
  /// when every group it offers is classical (elliptic-curve or finite-field
  /// Diffie-Hellman). One post-quantum or hybrid group (X25519MLKEM768) means
  /// the migration is made; the classical groups beside it are fallbacks for
  /// old peers. A group the scan cannot name keeps it quiet.
  void quantumGroups(const std::vector<std::optional<AlgSpec>> &Known, StringRef Spec,
                     const Expr *At) {
    if (Known.empty()) return;
    bool Ec = false, Ff = false;
    for (const std::optional<AlgSpec> &A : Known) {
      if (!A || !isGroup(*A) || A->Kind == AlgKind::PKey)
        return; // unknown, or ML-KEM alone or in a hybrid
      (A->Kind == AlgKind::Curve ? Ec : Ff) = true;
    }
    std::string What = Ec && Ff ? "elliptic-curve and finite-field Diffie-Hellman"
                       : Ec     ? "elliptic-curve Diffie-Hellman"
                                : "finite-field Diffie-Hellman";
    std::string KemT = kemTarget();
    std::string Sel = Spec.empty() ? "the key exchange groups of this call"
                                   : "the key exchange groups '" + Spec.str() + "'";
    emit(rules::QuantumVulnerable, At,
         Sel + " offer only " + What +
             ", which a quantum computer running Shor's algorithm breaks (traffic recorded today "
             "is decrypted later); migrate to " +
             KemT +
             " (FIPS 203) for key establishment, in TLS a hybrid group such as X25519MLKEM768");
  }

  /// backdoor-quantum-vulnerable: public-key cryptography Shor's algorithm breaks.
  void quantum(const AlgSpec &A, const Expr *At) {
    std::string What;
    std::string Lower = StringRef(A.Spelling).lower();
    bool Sig = Context == "signature" || A.Family == "dsa" || A.Family == "rsa-pss" ||
               StringRef(Lower).contains("ecdsa") || StringRef(Lower).contains("ed25519") ||
               StringRef(Lower).contains("ed448") || StringRef(Lower).contains("sign") ||
               StringRef(Lower).contains("verify");
    bool Kem = Context == "encryption" || Context == "decryption" || A.Family == "dh" ||
               A.Kind == AlgKind::Group || A.Family == "rsa-oaep" ||
               StringRef(Lower).contains("ecdh") || StringRef(Lower).contains("x25519") ||
               StringRef(Lower).contains("x448");
    if (A.Kind == AlgKind::PKey && A.Family == "rsa")
      What = "RSA";
    else if (A.Kind == AlgKind::Padding && StringRef(A.Family).starts_with("rsa"))
      What = "RSA";
    else if (A.Kind == AlgKind::PKey && A.Family == "dsa")
      What = "DSA";
    else if ((A.Kind == AlgKind::PKey && A.Family == "dh") || A.Kind == AlgKind::Group)
      What = "finite-field Diffie-Hellman";
    else if ((A.Kind == AlgKind::PKey && A.Family == "ec") || A.Kind == AlgKind::Curve)
      What = StringRef(Lower).contains("ed25519") || StringRef(Lower).contains("ed448") ? "EdDSA"
             : Sig && !Kem                                                              ? "ECDSA"
             : Kem && !Sig                                                              ? "ECDH"
                           : "elliptic-curve cryptography";
    if (What.empty()) return;
    const Profile *P = Cat.profile();
    std::string KemT = kemTarget();
    std::string SigT = P ? P->SignatureTarget : "ML-DSA-65";
    std::string Target = Sig && !Kem   ? SigT + " (FIPS 204) for signatures"
                         : Kem && !Sig ? KemT + " (FIPS 203) for key establishment"
                                       : KemT + " (FIPS 203) for key establishment or " + SigT +
                                             " (FIPS 204) for signatures";
    std::string Sel = A.Spelling.empty() ? "this call" : "'" + A.Spelling + "'";
    emit(rules::QuantumVulnerable, At,
         Sel + " uses " + What +
             ", which a quantum computer running Shor's algorithm breaks; migrate to " + Target);
  }
};

} // namespace

/// The constant bytes of a string literal or an initializer list of integer
/// literals ({0x30, 0x82, ...}), up to 64 KiB; nothing for anything else.
static std::optional<std::string> constantBytes(const Expr *E, ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  if (const auto *SL = dyn_cast<clang::StringLiteral>(E))
    return SL->getCharByteWidth() == 1 ? std::optional<std::string>(SL->getBytes().str())
                                       : std::nullopt;
  const auto *IL = dyn_cast<InitListExpr>(E);
  if (!IL || IL->getNumInits() < 64 || IL->getNumInits() > 64 * 1024) return std::nullopt;
  std::string Out;
  for (const Expr *I : IL->inits()) {
    I = I->IgnoreParenImpCasts();
    uint64_t V;
    if (const auto *L = dyn_cast<IntegerLiteral>(I))
      V = L->getValue().getZExtValue();
    else if (const auto *C = dyn_cast<CharacterLiteral>(I))
      V = C->getValue();
    else
      return std::nullopt;
    if (V > 0xff) return std::nullopt;
    Out += char(V);
    // The certificate's two leading tags, before reading the rest.
    if (Out.size() == 2 && (Out[0] != 0x30 || (uint8_t(Out[1]) < 0x81 || uint8_t(Out[1]) > 0x83)))
      return std::nullopt;
  }
  return Out;
}

bool mayDefineCertificate(const Expr *E) {
  const Expr *Inner = E->IgnoreParenImpCasts();
  // Most literals are short text, most arrays no DER.
  if (const auto *SL = dyn_cast<clang::StringLiteral>(Inner))
    return SL->getCharByteWidth() == 1 && SL->getLength() >= 64 &&
           mayHoldCertificate({SL->getBytes().data(), SL->getBytes().size()});
  const auto *IL = dyn_cast<InitListExpr>(Inner);
  if (!IL || IL->getNumInits() < 64) return false;
  const auto *First = dyn_cast<IntegerLiteral>(IL->getInit(0)->IgnoreParenImpCasts());
  return First && First->getValue() == 0x30;
}

const std::vector<Candidate> &inventoryOfDefinition(AnalysisSession &S, const Expr *E,
                                                    const NamedDecl *Holder) {
  static const std::vector<Candidate> None;
  const Expr *Inner = E->IgnoreParenImpCasts();
  if (!mayDefineCertificate(Inner)) return None;
  return S.memo(Inner, MemoKey::InventoryOfCall, [&] {
    // The variable or field a literal initializes names the occurrence.
    ASTContext &Ctx = S.values().context();
    DynTypedNode N = DynTypedNode::create(*Inner);
    for (unsigned Up = 0; !Holder && Up < 4; ++Up) {
      auto Ps = Ctx.getParents(N);
      if (Ps.empty()) break;
      N = Ps[0];
      if (const auto *D = N.get<VarDecl>())
        Holder = D;
      else if (const auto *F = N.get<FieldDecl>())
        Holder = F;
      else if (!N.get<ImplicitCastExpr>() && !N.get<ParenExpr>() && !N.get<InitListExpr>())
        break;
    }
    Recorder R(S);
    if (auto Bytes = constantBytes(Inner, S.values().context()))
      R.definition(Inner, *Bytes, Holder ? Holder->getName() : StringRef("string literal"));
    return dedupCandidates(std::move(R.Out));
  });
}

const std::vector<Candidate> &inventoryOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::InventoryOfCall, [&] {
    Recorder R(S);
    R.call(CE);
    return dedupCandidates(std::move(R.Out));
  });
}

} // namespace backdoor
