//===--- Tls.cpp - TLS configuration: strings and API settings -----------===//
#include "analysis/tls/Tls.h"

#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/Guards.h"
#include "core/Provenance.h"
#include "core/Summary.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <functional>
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"
#include <algorithm>
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

//===--- OpenSSL cipher lists ----------------------------------------------===//

/// Does one alias (or a suite's own name) select T? Known is false for words
/// OpenSSL would not recognise.
static bool aliasMatches(StringRef A, const TlsSuite &T, bool &Known) {
  Known = true;
  StringRef Enc = T.Enc;
  bool High = Enc == "AESGCM" || Enc == "AES" || Enc == "AESCCM" || Enc == "AESCCM8" ||
              Enc.starts_with("ARIA") || Enc.starts_with("CHACHA20") || Enc == "Camellia";
  auto Is = [&](std::initializer_list<const char *> Names) {
    for (const char *N : Names)
      if (A == N) return true;
    return false;
  };
  if (A == T.Name) return true;
  if (Is({"ALL"})) return Enc != "NULL";
  if (Is({"COMPLEMENTOFALL"})) return Enc == "NULL";
  if (Is({"DEFAULT"})) return T.InDefault;
  if (Is({"COMPLEMENTOFDEFAULT"})) return Enc != "NULL" && !T.InDefault;
  if (Is({"HIGH"})) return High && !T.Export;
  if (Is({"MEDIUM"}))
    return !T.Export && (Enc == "RC4" || Enc == "SEED" || Enc == "IDEA" || Enc == "3DES");
  if (Is({"LOW"})) return !T.Export && (Enc == "DES" || Enc == "RC2");
  if (Is({"EXPORT", "EXP", "EXPORT40", "EXPORT56"})) return T.Export;
  if (Is({"eNULL", "NULL"})) return Enc == "NULL";
  if (Is({"aNULL"})) return T.Au == "None";
  if (Is({"kRSA", "RSA"})) return T.Kx == "RSA";
  if (Is({"aRSA"})) return T.Au == "RSA";
  if (Is({"kDHE", "kEDH", "DH"})) return T.Kx == "DH";
  if (Is({"EDH", "DHE"})) return T.Kx == "DH" && T.Au != "None";
  if (Is({"ADH"})) return T.Kx == "DH" && T.Au == "None";
  if (Is({"kECDHE", "kEECDH", "ECDH"})) return T.Kx == "ECDH";
  if (Is({"ECDHE", "EECDH"})) return T.Kx == "ECDH" && T.Au != "None";
  if (Is({"AECDH"})) return T.Kx == "ECDH" && T.Au == "None";
  if (Is({"aECDSA", "ECDSA"})) return T.Au == "ECDSA";
  if (Is({"aDSS", "DSS"})) return T.Au == "DSS";
  if (Is({"PSK"})) return StringRef(T.Kx).contains("PSK");
  if (Is({"kPSK"})) return T.Kx == "PSK";
  if (Is({"kRSAPSK"})) return T.Kx == "RSAPSK";
  if (Is({"kDHEPSK"})) return T.Kx == "DHEPSK";
  if (Is({"kECDHEPSK"})) return T.Kx == "ECDHEPSK";
  if (Is({"aPSK"})) return T.Au == "PSK";
  if (Is({"SRP", "kSRP"})) return T.Kx == "SRP";
  if (Is({"AES"})) return Enc.starts_with("AES");
  if (Is({"AES128"})) return Enc.starts_with("AES") && T.Bits == 128;
  if (Is({"AES256"})) return Enc.starts_with("AES") && T.Bits == 256;
  if (Is({"AESGCM"})) return Enc == "AESGCM";
  if (Is({"AESCCM"})) return Enc == "AESCCM" || Enc == "AESCCM8";
  if (Is({"AESCCM8"})) return Enc == "AESCCM8";
  if (Is({"CHACHA20"})) return Enc.starts_with("CHACHA20");
  if (Is({"CAMELLIA"})) return Enc == "Camellia";
  if (Is({"CAMELLIA128"})) return Enc == "Camellia" && T.Bits == 128;
  if (Is({"CAMELLIA256"})) return Enc == "Camellia" && T.Bits == 256;
  if (Is({"ARIA"})) return Enc.starts_with("ARIA");
  if (Is({"ARIA128"})) return Enc.starts_with("ARIA") && T.Bits == 128;
  if (Is({"ARIA256"})) return Enc.starts_with("ARIA") && T.Bits == 256;
  if (Is({"3DES"})) return Enc == "3DES";
  if (Is({"DES"})) return Enc == "DES";
  if (Is({"RC4"})) return Enc == "RC4";
  if (Is({"RC2"})) return Enc == "RC2";
  if (Is({"IDEA"})) return Enc == "IDEA";
  if (Is({"SEED"})) return Enc == "SEED";
  if (Is({"MD5"})) return T.Mac == "MD5";
  if (Is({"SHA1", "SHA"})) return T.Mac == "SHA1";
  if (Is({"SHA256"})) return T.Mac == "SHA256";
  if (Is({"SHA384"})) return T.Mac == "SHA384";
  if (Is({"TLSv1.2"})) return T.Protocol == "TLSv1.2";
  if (Is({"TLSv1", "TLSv1.0"})) return T.Protocol == "TLSv1";
  if (Is({"SSLv3"})) return T.Protocol == "SSLv3";
  if (Is({"SSLv2"})) return T.Protocol == "SSLv2";
  if (Is({"FIPS"}))
    return High && !Enc.starts_with("CHACHA20") && Enc != "Camellia" && !Enc.starts_with("ARIA");
  if (Is({"SUITEB128", "SUITEB128ONLY", "SUITEB192", "kGOST", "aGOST", "GOST94", "GOST89MAC",
          "kKRB5", "aKRB5", "KRB5", "COMPLEMENTOFDEFAULT"}))
    return false;
  Known = false;
  return false;
}

CipherStringResult parseCipherString(StringRef S, const Catalog &Cat) {
  CipherStringResult R;
  struct Entry {
    const TlsSuite *T;
    bool Active;
  };
  std::vector<Entry> List;
  std::set<const TlsSuite *> Killed;
  SmallVector<StringRef, 16> Elems;
  SplitString(S, Elems, ":, ");
  for (StringRef E : Elems) {
    if (E.empty()) continue;
    if (E.starts_with("@")) {
      if (E == "@STRENGTH") {
        std::stable_sort(List.begin(), List.end(),
                         [](const Entry &A, const Entry &B) { return A.T->Bits > B.T->Bits; });
      } else if (E.starts_with("@SECLEVEL=")) {
        int L = 0;
        if (!E.drop_front(10).getAsInteger(10, L)) R.SecLevel = L;
      }
      continue;
    }
    char Op = 0;
    if (E.front() == '!' || E.front() == '-' || E.front() == '+') {
      Op = E.front();
      E = E.drop_front();
    }
    SmallVector<StringRef, 4> Parts;
    E.split(Parts, '+', -1, false);
    auto Matches = [&](const TlsSuite &T, bool &AllKnown) {
      bool All = true;
      AllKnown = true;
      for (StringRef P : Parts) {
        bool Known = false;
        All &= aliasMatches(P, T, Known);
        AllKnown &= Known;
      }
      return All && !Parts.empty();
    };
    bool AnyUnknown = false;
    std::vector<const TlsSuite *> Selected;
    for (const TlsSuite &T : Cat.tlsSuites()) {
      if (T.Protocol == "TLSv1.3") continue; // set with SSL_CTX_set_ciphersuites
      bool Known = true;
      if (Matches(T, Known)) Selected.push_back(&T);
      AnyUnknown |= !Known;
    }
    if (AnyUnknown && Selected.empty()) {
      R.Unknown.push_back(E.str());
      continue;
    }
    std::set<const TlsSuite *> Sel(Selected.begin(), Selected.end());
    switch (Op) {
    case 0:
      for (const TlsSuite *T : Selected) {
        if (Killed.count(T)) continue;
        auto It =
            std::find_if(List.begin(), List.end(), [&](const Entry &En) { return En.T == T; });
        if (It != List.end()) {
          if (It->Active) continue;
          List.erase(It);
        }
        List.push_back({T, true});
      }
      break;
    case '-':
      for (Entry &En : List)
        if (Sel.count(En.T)) En.Active = false;
      break;
    case '!':
      List.erase(std::remove_if(List.begin(), List.end(),
                                [&](const Entry &En) { return Sel.count(En.T) != 0; }),
                 List.end());
      Killed.insert(Sel.begin(), Sel.end());
      break;
    case '+': {
      std::vector<Entry> Moved, Kept;
      for (const Entry &En : List) (En.Active && Sel.count(En.T) ? Moved : Kept).push_back(En);
      Kept.insert(Kept.end(), Moved.begin(), Moved.end());
      List = std::move(Kept);
      break;
    }
    }
  }
  for (const Entry &En : List)
    if (En.Active) R.Enabled.push_back(En.T);
  return R;
}

std::string weakSuiteReason(const TlsSuite &T) {
  if (T.Export) return "export-grade";
  if (T.Enc == "NULL") return "no encryption";
  if (T.Au == "None") return "no authentication";
  if (T.Enc == "RC4" || T.Enc == "DES" || T.Enc == "3DES" || T.Enc == "RC2" || T.Enc == "IDEA")
    return T.Enc;
  if (T.Mac == "MD5") return "MD5";
  return "";
}

std::string listSome(const std::vector<std::string> &Items, size_t Max) {
  std::string Out;
  for (size_t I = 0; I < Items.size() && I < Max; ++I) Out += (I ? ", " : "") + Items[I];
  if (Items.size() > Max) Out += " and " + std::to_string(Items.size() - Max) + " more";
  return Out;
}

//===--- GnuTLS priority strings --------------------------------------------===//

std::vector<std::string> weakCipherListMessages(StringRef S, const Catalog &Cat) {
  CipherStringResult R = parseCipherString(S, Cat);
  std::vector<std::string> Weak, Out;
  std::set<std::string> Reasons;
  for (const TlsSuite *T : R.Enabled) {
    std::string Why = weakSuiteReason(*T);
    if (Why.empty()) continue;
    Weak.push_back(T->Name);
    Reasons.insert(Why);
  }
  if (!Weak.empty())
    Out.push_back("cipher list '" + S.str() + "' enables " + std::to_string(Weak.size()) +
                  " weak suites (" +
                  join(std::vector<std::string>(Reasons.begin(), Reasons.end()), ", ") +
                  "): " + listSome(Weak, Weak.size()));
  if (R.SecLevel && *R.SecLevel <= 1)
    Out.push_back("cipher list '" + S.str() + "' lowers the security level to " +
                  std::to_string(*R.SecLevel) + ", which re-enables weak keys and algorithms");
  return Out;
}

std::string weakPriorityMessage(StringRef S) {
  std::vector<std::string> Weak = weakPriorityElements(S);
  if (Weak.empty()) return "";
  return "priority string '" + S.str() +
         "' enables weak protocol elements: " + listSome(Weak, Weak.size());
}

std::vector<std::string> weakPriorityElements(StringRef S) {
  static const char *Weak[] = {"VERS-SSL3.0",
                               "VERS-TLS1.0",
                               "VERS-TLS1.1",
                               "VERS-DTLS1.0",
                               "ARCFOUR-128",
                               "ARCFOUR-40",
                               "3DES-CBC",
                               "DES-CBC",
                               "RC2-40",
                               "NULL",
                               "MD5",
                               "SIGN-RSA-MD5",
                               "ANON-DH",
                               "ANON-ECDH",
                               "RSA-EXPORT",
                               "%UNSAFE_RENEGOTIATION",
                               "%DISABLE_SAFE_RENEGOTIATION",
                               "%VERIFY_ALLOW_SIGN_RSA_MD5",
                               "%VERIFY_ALLOW_BROKEN",
                               "%VERIFY_DISABLE_CRL_CHECKS"};
  auto IsWeak = [&](StringRef X) { return llvm::is_contained(Weak, X); };
  std::vector<std::string> On;
  auto Add = [&](StringRef X) {
    if (!llvm::is_contained(On, X.str())) On.push_back(X.str());
  };
  auto Remove = [&](StringRef X) {
    // Groups remove their members: -VERS-ALL, -CIPHER-ALL, -MAC-ALL, -KX-ALL.
    auto Group = [&](StringRef Item) {
      if (X == "VERS-ALL") return Item.starts_with("VERS-");
      if (X == "CIPHER-ALL")
        return Item == "ARCFOUR-128" || Item == "ARCFOUR-40" || Item == "3DES-CBC" ||
               Item == "DES-CBC" || Item == "RC2-40" || Item == "NULL";
      if (X == "MAC-ALL") return Item == "MD5";
      if (X == "KX-ALL") return Item == "ANON-DH" || Item == "ANON-ECDH" || Item == "RSA-EXPORT";
      if (X == "SIGN-ALL") return Item == "SIGN-RSA-MD5";
      return Item == X;
    };
    On.erase(std::remove_if(On.begin(), On.end(), [&](const std::string &I) { return Group(I); }),
             On.end());
  };
  SmallVector<StringRef, 16> Toks;
  S.split(Toks, ':', -1, false);
  for (size_t I = 0; I < Toks.size(); ++I) {
    StringRef T = Toks[I].trim();
    if (I == 0 && !T.starts_with("+") && !T.starts_with("-") && !T.starts_with("!")) {
      if (T == "LEGACY")
        for (const char *X : {"VERS-TLS1.0", "VERS-TLS1.1", "3DES-CBC", "ARCFOUR-128"}) Add(X);
      continue; // NORMAL, PERFORMANCE, SECURE*, SUITEB*, PFS, NONE, @SYSTEM
    }
    if (T.starts_with("%")) {
      if (IsWeak(T)) Add(T);
      continue;
    }
    char Op = '+';
    if (T.starts_with("+") || T.starts_with("-") || T.starts_with("!")) {
      Op = T.front();
      T = T.drop_front();
    }
    if (Op == '+' && IsWeak(T)) Add(T);
    if (Op == '-' || Op == '!') Remove(T);
  }
  return On;
}

//===--- Client and server contexts -----------------------------------------===//

namespace {

enum : unsigned { IsServer = 1, IsClient = 2 };

/// Which TLS handles of the unit are servers or clients, from the method
/// they were created with, the calls they are passed to and the endpoint
/// symbols beside them (the catalog's tls-* patterns).
struct Endpoints {
  bool Built = false;
  unsigned Unit = 0; // every kind seen in the unit
  llvm::DenseMap<const ValueDecl *, unsigned> Kind;
  llvm::DenseMap<const ValueDecl *, llvm::SmallVector<const ValueDecl *, 2>> Links;
  /// The handle types of the unit's server and client handles (SSL_CTX, SSL).
  std::set<std::string> ServerTypes, ClientTypes;
};

bool catalogMatches(const Catalog &Cat, StringRef Pattern, StringRef Name) {
  const CatalogPattern *R = Cat.pattern(Pattern);
  return R && !Name.empty() && R->match(Name.lower());
}

/// The variable or field a handle expression names: ctx, &conf, s->ssl_ctx,
/// *pctx, ctx.get().
const ValueDecl *handleRoot(const Expr *E) {
  for (unsigned I = 0; E && I < 8; ++I) {
    E = E->IgnoreParenCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_AddrOf && UO->getOpcode() != UO_Deref) return nullptr;
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return isa<VarDecl>(DRE->getDecl()) ? DRE->getDecl() : nullptr;
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      return isa<FieldDecl>(ME->getMemberDecl()) || isa<VarDecl>(ME->getMemberDecl())
                 ? ME->getMemberDecl()
                 : nullptr;
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase();
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) { // ctx.get()
      E = MC->getImplicitObjectArgument();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

/// The handle's type without pointers and qualifiers: "SSL_CTX".
std::string handleType(const ValueDecl *D) {
  QualType T = D->getType().getNonReferenceType();
  while (!T.isNull() && (T->isPointerType() || T->isArrayType()))
    T = T->isPointerType() ? T->getPointeeType() : QualType(T->getPointeeOrArrayElementType(), 0);
  return T.isNull() ? "" : T.getUnqualifiedType().getAsString();
}

class EndpointIndexer : public SemanticVisitor<EndpointIndexer> {
public:
  EndpointIndexer(Endpoints &E, const Catalog &Cat, ValueResolver &V) : E(E), Cat(Cat), V(V) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool VisitVarDecl(VarDecl *VD) {
    if (const Expr *I = VD->getInit()) define(VD, I);
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      if (const ValueDecl *R = handleRoot(BO->getLHS())) define(R, BO->getRHS());
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *F = CE->getDirectCallee();
    if (!F || !F->getDeclName().isIdentifier()) return true;
    StringRef N = F->getName();
    const Expr *HandleArg = nullptr;
    unsigned First = 0;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      HandleArg = MC->getImplicitObjectArgument();
    else if (CE->getNumArgs())
      HandleArg = CE->getArg(First++);
    unsigned K = 0;
    if (catalogMatches(Cat, "tls-server-call", N)) K |= IsServer;
    if (catalogMatches(Cat, "tls-client-call", N)) K |= IsClient;
    if (catalogMatches(Cat, "tls-server-method", N)) E.Unit |= IsServer;
    if (catalogMatches(Cat, "tls-client-method", N)) E.Unit |= IsClient;
    for (unsigned I = First; I < CE->getNumArgs(); ++I) K |= symbolKind(CE->getArg(I));
    mark(HandleArg ? handleRoot(HandleArg) : nullptr, K);
    // mbedtls_ssl_setup(&ssl, &conf), SSL_set_SSL_CTX(ssl, ctx).
    if (catalogMatches(Cat, "tls-handle-link", N) && CE->getNumArgs() >= 2)
      link(handleRoot(CE->getArg(0)), handleRoot(CE->getArg(1)));
    return true;
  }

private:
  Endpoints &E;
  const Catalog &Cat;
  ValueResolver &V;

  void mark(const ValueDecl *D, unsigned K) {
    if (!K) return;
    E.Unit |= K;
    if (!D) return;
    E.Kind[D] |= K;
    (K & IsServer ? E.ServerTypes : E.ClientTypes).insert(handleType(D));
  }
  void link(const ValueDecl *A, const ValueDecl *B) {
    if (!A || !B || A == B) return;
    E.Links[A].push_back(B);
    E.Links[B].push_back(A);
  }
  /// GNUTLS_SERVER, MBEDTLS_SSL_IS_CLIENT, ssl::context::tlsv12_server.
  unsigned symbolKind(const Expr *Arg) {
    unsigned K = 0;
    const Expr *S = Arg->IgnoreParenCasts();
    std::vector<std::string> Names;
    for (StringRef M : V.macroNames(S->getBeginLoc())) Names.push_back(M.str());
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
      Names.push_back(DRE->getDecl()->getNameAsString());
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) // GNUTLS_SERVER | GNUTLS_NONBLOCK
      if (BO->getOpcode() == BO_Or) return symbolKind(BO->getLHS()) | symbolKind(BO->getRHS());
    for (const std::string &N : Names) {
      if (catalogMatches(Cat, "tls-server-symbol", N)) K |= IsServer;
      if (catalogMatches(Cat, "tls-client-symbol", N)) K |= IsClient;
    }
    return K;
  }
  /// The methods an initializer creates its context with.
  unsigned methodKind(const Expr *X, unsigned Depth) {
    if (!X || Depth > 3) return 0;
    X = X->IgnoreParenCasts();
    unsigned K = 0;
    if (const auto *CE = dyn_cast<CallExpr>(X))
      if (const FunctionDecl *F = CE->getDirectCallee())
        if (F->getDeclName().isIdentifier()) {
          if (catalogMatches(Cat, "tls-server-method", F->getName())) K |= IsServer;
          if (catalogMatches(Cat, "tls-client-method", F->getName())) K |= IsClient;
        }
    if (const auto *CC = dyn_cast<CXXConstructExpr>(X))
      for (const Expr *A : CC->arguments()) K |= symbolKind(A);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (VD->getInit() && !isa<ParmVarDecl>(VD)) K |= methodKind(VD->getInit(), Depth + 1);
    for (const Stmt *Ch : X->children())
      if (const auto *CX = dyn_cast_or_null<Expr>(Ch)) K |= methodKind(CX, Depth + 1);
    return K;
  }
  void define(const ValueDecl *D, const Expr *Init) {
    mark(D, methodKind(Init, 0));
    // SSL *ssl = SSL_new(ctx): the connection of a server context serves.
    if (const auto *CE = dyn_cast<CallExpr>(Init->IgnoreParenCasts()))
      if (const FunctionDecl *F = CE->getDirectCallee())
        if (F->getDeclName().isIdentifier() && CE->getNumArgs() &&
            catalogMatches(Cat, "tls-handle-link", F->getName()))
          link(D, handleRoot(CE->getArg(0)));
  }
};

Endpoints &endpoints(AnalysisSession &S) {
  Endpoints &E = S.state<Endpoints>(MemoKey::TlsEndpoints);
  if (E.Built) return E;
  E.Built = true;
  ASTContext &Ctx = S.values().context();
  const SourceManager &SM = Ctx.getSourceManager();
  EndpointIndexer Idx(E, S.catalog(), S.values());
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (S.inProjectCode(D->getLocation())) Idx.TraverseDecl(D);
  return E;
}

/// The handle serves: it (or the context it was made from) is a server's and
/// never a client's; a handle the unit says nothing about is a server's when
/// every handle of its type in the unit is.
bool servesOnly(AnalysisSession &S, const Expr *Handle) {
  if (!Handle) return false;
  const ValueDecl *Root = handleRoot(Handle);
  if (!Root) return false;
  Endpoints &E = endpoints(S);
  unsigned K = 0;
  llvm::SmallVector<const ValueDecl *, 8> Work{Root};
  llvm::DenseSet<const ValueDecl *> Seen{Root};
  while (!Work.empty()) {
    const ValueDecl *D = Work.pop_back_val();
    K |= E.Kind.lookup(D);
    auto It = E.Links.find(D);
    if (It != E.Links.end())
      for (const ValueDecl *L : It->second)
        if (Seen.insert(L).second) Work.push_back(L);
  }
  if (K) return K == IsServer;
  std::string T = handleType(Root);
  return E.Unit == IsServer && E.ServerTypes.count(T) && !E.ClientTypes.count(T);
}

} // namespace

//===--- TLS API calls -------------------------------------------------------===//

namespace {

class Analyzer {
public:
  Analyzer(AnalysisSession &S)
      : S(S), V(S.values()), PA(S.provenance()), Cat(S.catalog()),
        SM(V.context().getSourceManager()) {}
  std::vector<Candidate> Out;

  void run(const Expr *Call, const FunctionModel &M, const FunctionDecl *FD,
           ArrayRef<const Expr *> Args, StringRef Callee, const Expr *Object = nullptr) {
    // The TLS context or connection the call configures: the object of a
    // member call, else the first argument.
    Handle = Object ? Object : (Args.empty() ? nullptr : Args[0]);
    bool HasValueRoles = false;
    for (const ParamModel &P : M.Params)
      HasValueRoles |= !P.Insecure.empty() || !P.Conditional.empty();
    std::string Rule = M.InsecureRule;
    // A verification mode set only when a run-time condition holds (a
    // configuration field, an option, the caller's parameter) is the user's
    // choice. Weak versions and suites, and callbacks that accept everything,
    // stay findings wherever they are: they weaken what the user asked for;
    // unless the user asked for that version by name, picking it from a menu
    // of versions (a switch over a protocol option, Menu).
    HandleDecl = Handle ? dyn_cast_or_null<VarDecl>(targetDecl(Handle)) : nullptr;
    Chosen = runTimeChoice(S, Call, HandleDecl) != nullptr;
    Menu = Chosen && inProtocolMenu(Call);
    // Calling it is the finding (SSLv3_method(), ignoreSslErrors()).
    if (!Rule.empty() && !HasValueRoles && M.RequiresInTu.empty() &&
        (M.InsecureArgs < 0 || unsigned(M.InsecureArgs) == Args.size()) &&
        (Rule == rules::WeakTls || Rule == rules::TlsVerifyDisabled) &&
        !(Rule == rules::WeakTls && Menu)) {
      add(Rule, Call, "'" + Callee.str() + "' " + M.InsecureReason);
    }
    // Verification configured but never consulted (hostname, OPTIONAL mode).
    if (!M.RequiresInTu.empty()) {
      bool Any = llvm::any_of(M.RequiresInTu, [&](const std::string &N) {
        return StringRef(N).starts_with("~") ? PA.calledInUnitMatching(StringRef(N).drop_front())
                                             : PA.calledInUnit(N);
      });
      bool Gate = M.OnlyIfInTu.empty() || llvm::any_of(M.OnlyIfInTu, [&](const std::string &N) {
                    return verifyingCall(N);
                  });
      // A server does not check its clients' host names, and a server
      // that asks no client certificate has none to verify.
      if (!Any && Gate && !Rule.empty() && !servesOnly(S, Handle)) {
        // A check that is missing is missing whatever the configuration says.
        add(Rule, Call, "'" + Callee.str() + "' " + M.InsecureReason);
        // The check may be made in another unit: a verification callback or
        // a helper defined elsewhere that calls the project's own host-name
        // check. The link step drops the finding when it is (CLI only).
        if (FactRecorder *FR = FactRecorder::active()) {
          json::Array Req, Through;
          for (const std::string &N : M.RequiresInTu) Req.push_back(N);
          for (const std::string &Sym : externalFunctions(S)) Through.push_back(Sym);
          if (!Through.empty())
            FR->query(json::Object{{"kind", "requires-call"},
                                   {"rule", Rule},
                                   {"at", locFact(SM, SM.getFileLoc(Call->getBeginLoc()))},
                                   {"requires", std::move(Req)},
                                   {"through", std::move(Through)}});
        }
      }
    }
    for (unsigned I = 0; I < Args.size(); ++I) {
      std::string PName;
      if (FD && I < FD->getNumParams() && FD->getParamDecl(I)->getDeclName().isIdentifier())
        PName = FD->getParamDecl(I)->getName().str();
      for (const ParamModel *P : M.params(I, PName)) {
        if (!whenHolds(V, Args, P->WhenArg, P->WhenSymbols)) continue;
        param(*P, M, Args[I], Call, Callee, Rule);
      }
    }
  }

  /// An override of a modelled virtual method: returns that are always an
  /// insecure value (Botan's Policy::allow_tls10() returning true), or a
  /// verification hook that neither throws nor calls the base it overrides
  /// (TLS::Callbacks::tls_verify_cert_chain), which accepts every chain.
  void overrides(const CXXMethodDecl *MD) {
    auto Models = overriddenModels(Cat, MD);
    if (Models.empty()) return;
    const auto &[Base, M] = Models.front();
    const OverrideModel &O = M->Override;
    std::string Name = MD->getParent()->getNameAsString() + "::" + MD->getNameAsString();
    std::string BaseName = Base->getParent()->getNameAsString() + "::" + Base->getNameAsString();
    if (!O.Returns.Insecure.empty()) {
      std::vector<const ReturnStmt *> Rs = returnsOf(MD->getBody());
      std::optional<std::string> First;
      for (const ReturnStmt *RS : Rs) {
        const Expr *RV = RS->getRetValue();
        auto N = RV ? matchValue(RV, O.Returns.Insecure) : std::nullopt;
        if (!N) return; // some return is not an insecure constant: a choice, not a finding
        if (!First) First = *N;
      }
      if (!First) return;
      const Expr *At = Rs.front()->getRetValue();
      std::string Shown = *First;
      if (MD->getReturnType()->isBooleanType() && (Shown == "1" || Shown == "0"))
        Shown = Shown == "1" ? "true" : "false";
      add(O.Rule, At, "'" + Name + "' returns " + Shown + ", which " + O.Reason);
      return;
    }
    if (O.MustReject && !rejects(MD->getBody(), Models, 0)) {
      bool CallsBase = anyStmtIn(MD->getBody(), [&](const Stmt *St) {
        const auto *CE = dyn_cast<CallExpr>(St);
        const auto *CMD = CE ? dyn_cast_or_null<CXXMethodDecl>(CE->getDirectCallee()) : nullptr;
        return CMD && CMD->getCanonicalDecl() == Base;
      });
      add(O.Rule, MD,
          CallsBase ? "'" + Name + "' calls '" + BaseName +
                          "' but catches what it throws and goes on, so " + O.Reason
                    : "'" + Name + "' neither throws nor calls '" + BaseName + "', so " + O.Reason);
    }
  }

private:
  /// Does the body reject anything: a throw, a call of an overridden method
  /// (the base's verification), or a call of a function of the unit that does?
  bool rejects(const Stmt *Body,
               const std::vector<std::pair<const CXXMethodDecl *, const FunctionModel *>> &Bases,
               unsigned Depth) {
    if (!Body || Depth > 3) return Depth > 3;
    std::function<bool(const Stmt *)> Walk = [&](const Stmt *St) -> bool {
      if (!St) return false;
      if (isa<CXXThrowExpr>(St)) return true;
      // `try { Base::tls_verify_cert_chain(...); } catch (const std::exception &e) {
      // log(e); }`: what the try block rejects, a handler that does not
      // reject again swallows.
      if (const auto *TS = dyn_cast<CXXTryStmt>(St)) {
        bool HandlersReject = true;
        for (unsigned I = 0; I < TS->getNumHandlers(); ++I)
          HandlersReject = HandlersReject && Walk(TS->getHandler(I)->getHandlerBlock());
        return HandlersReject && Walk(TS->getTryBlock());
      }
      if (const auto *CE = dyn_cast<CallExpr>(St))
        if (const FunctionDecl *FD = CE->getDirectCallee()) {
          if (const auto *CMD = dyn_cast<CXXMethodDecl>(FD))
            for (const auto &B : Bases)
              if (CMD->getCanonicalDecl() == B.first) return true;
          const FunctionDecl *Def = nullptr;
          if (FD->hasBody(Def) && Def && !SM.isInSystemHeader(Def->getLocation()) &&
              rejects(Def->getBody(), Bases, Depth + 1))
            return true;
          // [[noreturn]] helpers (abort, a fail() that throws elsewhere) reject too.
          if (FD->isNoReturn()) return true;
        }
      for (const Stmt *C : St->children())
        if (Walk(C)) return true;
      return false;
    };
    return Walk(Body);
  }

  AnalysisSession &S;
  ValueResolver &V;
  ProvenanceAnalysis &PA;
  const Catalog &Cat;
  const SourceManager &SM;
  bool Chosen = false; // the call runs only under a run-time condition (verify modes)
  bool Menu = false;   // the call is one entry of a menu of protocol versions
  const Expr *Handle = nullptr;
  const ValueDecl *HandleDecl = nullptr; // the variable holding it

  /// A call that selects protocol versions or a priority: a modelled call
  /// with a version or priority argument, or a version method (SSLv3_method).
  bool setsProtocol(const Stmt *St) {
    const auto *CE = dyn_cast<CallExpr>(St);
    const FunctionModel *M = CE ? PA.model(CE) : nullptr;
    if (!M) return false;
    for (const ParamModel &P : M->Params)
      if (P.Role == ParamRole::TlsVersion || P.Role == ParamRole::PriorityString) return true;
    return M->InsecureRule == rules::WeakTls && M->Params.empty();
  }

  /// \p E is the value of one entry of a table that names each of its
  /// entries (`{"tls1-0", TLS1_VERSION}, {"tls1-2", TLS1_2_VERSION}, ...`,
  /// three or more): the version a configuration's name picks from a menu.
  bool inNamedTable(const Expr *E) {
    ASTContext &Ctx = V.context();
    DynTypedNodeList Ps = Ctx.getParents(*E);
    const InitListExpr *Entry = nullptr, *Table = nullptr;
    for (unsigned Depth = 0; Depth < 6 && !Ps.empty() && !Table; ++Depth) {
      if (const auto *IL = Ps[0].get<InitListExpr>()) {
        if (!Entry && IL->getType()->isRecordType())
          Entry = IL;
        else if (Entry && IL->getType()->isArrayType())
          Table = IL;
      } else if (!Ps[0].get<ImplicitCastExpr>() && !Ps[0].get<ParenExpr>()) {
        return false;
      }
      Ps = Ctx.getParents(Ps[0]);
    }
    if (!Table || Table->getNumInits() < 3) return false;
    return llvm::all_of(Table->inits(), [](const Expr *El) {
      const auto *IL = dyn_cast<InitListExpr>(El->IgnoreImplicit());
      return IL && llvm::any_of(IL->inits(), [](const Expr *F) {
               return isa<clang::StringLiteral>(F->IgnoreParenImpCasts());
             });
    });
  }

  /// \p St lies in an arm, not the default one, of a switch on a run-time
  /// option (a configuration field, an option variable, a parameter; no call
  /// such as a clock or a random number) in which at least three arms select
  /// protocol versions: a menu the user picks a version from (wget's
  /// --secure-protocol=SSLv3), not a setting compiled in. A lone arm that
  /// weakens (`if (cfg->legacy) ...`, `case LEGACY: ...` beside a default)
  /// stays a finding.
  bool inProtocolMenu(const Stmt *St) {
    ASTContext &Ctx = V.context();
    DynTypedNode Child = DynTypedNode::create(*St);
    const SwitchStmt *Sw = nullptr;
    const Stmt *Top = nullptr;
    for (unsigned Depth = 0; Depth < 64 && !Sw; ++Depth) {
      DynTypedNodeList Parents = Ctx.getParents(Child);
      if (Parents.empty()) return false;
      const DynTypedNode &P = Parents[0];
      if (P.get<FunctionDecl>() || P.get<LambdaExpr>() || P.get<BlockExpr>()) return false;
      if (const auto *CS = P.get<CompoundStmt>()) {
        DynTypedNodeList GP = Ctx.getParents(P);
        if (!GP.empty())
          if (const auto *W = GP[0].get<SwitchStmt>(); W && W->getBody() == CS) {
            Sw = W;
            Top = Child.get<Stmt>();
          }
      }
      Child = P;
    }
    if (!Sw || !Top || !Sw->getCond() || !isRunTimeCondition(S, Sw->getCond()) ||
        anyStmtIn(Sw->getCond(), [](const Stmt *X) { return isa<CallExpr>(X); }))
      return false;
    unsigned Arms = 0;
    bool Started = false, Sets = false, Default = false, Mine = false, MineDefault = false;
    auto Close = [&] {
      if (Started && Sets) ++Arms;
    };
    for (const Stmt *Ch : cast<CompoundStmt>(Sw->getBody())->body()) {
      if (isa<SwitchCase>(Ch)) {
        Close();
        Started = true;
        Sets = false;
        Default = false;
        for (const Stmt *L = Ch; L && isa<SwitchCase>(L); L = cast<SwitchCase>(L)->getSubStmt())
          Default |= isa<DefaultStmt>(L);
      }
      // (An arm sets the protocol by a call, or picks a constant for a
      // variable the call later reads: `min = TLS1_VERSION; break;`.)
      Sets |= anyStmtIn(Ch, [&](const Stmt *X) {
        if (const auto *BO = dyn_cast<BinaryOperator>(X); BO && BO->getOpcode() == BO_Assign) {
          Expr::EvalResult R;
          const Expr *RHS = BO->getRHS();
          return !RHS->isValueDependent() && RHS->getType()->isIntegralOrEnumerationType() &&
                 RHS->EvaluateAsInt(R, Ctx);
        }
        return setsProtocol(X);
      });
      if (Ch == Top) {
        Mine = Started;
        MineDefault = Default;
      }
    }
    Close();
    return Mine && !MineDefault && Arms >= 3;
  }

  void add(StringRef Rule, const Decl *At, std::string Message) {
    Candidate C;
    C.Rule = Rule.str();
    C.Loc = SM.getFileLoc(At->getLocation());
    C.Message = std::move(Message);
    Out.push_back(std::move(C));
  }

  void add(StringRef Rule, const Expr *At, std::string Message,
           std::vector<CandidateNote> Notes = {}, std::string Unsure = "") {
    Candidate C;
    C.Rule = Rule.str();
    C.Loc = SM.getFileLoc(At->getBeginLoc());
    C.Message = std::move(Message);
    C.Notes = std::move(Notes);
    C.Unsure = std::move(Unsure);
    Out.push_back(std::move(C));
  }

  /// Symbol names an expression spells: enumerators, variables, and the
  /// macros whose whole expansion it is (not a function-like macro around it).
  std::vector<std::string> names(const Expr *E) {
    std::vector<std::string> Out;
    if (!E) return Out;
    // A macro whose expansion is wrapped in parentheses or casts (OpenSSL 3's
    // SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION is SSL_OP_BIT(18), that is
    // ((uint64_t)1 << (uint64_t)18)): the macro spans an outer layer.
    // The innermost layer first: its names come first, as messages show them.
    std::vector<const Expr *> Layers{E};
    for (const Expr *L = E; isa<ParenExpr>(L) || isa<CastExpr>(L);)
      Layers.push_back(L = isa<ParenExpr>(L) ? cast<ParenExpr>(L)->getSubExpr()
                                             : cast<CastExpr>(L)->getSubExpr());
    for (auto It = Layers.rbegin(); It != Layers.rend(); ++It) macroNamesOf(*It, Out);
    E = stripParenCasts(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      Out.push_back(DRE->getDecl()->getNameAsString());
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      Out.push_back(ME->getMemberDecl()->getNameAsString());
    return Out;
  }

  /// The macros whose whole expansion \p E is.
  void macroNamesOf(const Expr *E, std::vector<std::string> &Out) {
    const LangOptions &LO = V.context().getLangOpts();
    SourceLocation B = E->getBeginLoc(), En = E->getEndLoc();
    // An argument of a function-like macro (OpenSSL's
    // SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION) over SSL_CTX_ctrl):
    // the macros expanded where the argument was written.
    for (unsigned I = 0; I < 16 && B.isMacroID() && SM.isMacroArgExpansion(B) && En.isMacroID() &&
                         SM.isMacroArgExpansion(En);
         ++I)
      B = SM.getImmediateSpellingLoc(B), En = SM.getImmediateSpellingLoc(En);
    // Each macro whose whole expansion the expression is, from the innermost
    // out; an inner one counts when an outer one is more than it (an X-macro
    // list `GW_TLS_SUITES(SUITE_ID)` expanding to `MBEDTLS_TLS_..._SHA,`).
    for (unsigned I = 0; I < 16 && B.isMacroID() && En.isMacroID() && !SM.isMacroArgExpansion(B);
         ++I) {
      SourceLocation OuterB, OuterE;
      unsigned Len = Lexer::MeasureTokenLength(SM.getSpellingLoc(En), SM, LO);
      if (!Len || !SM.isAtStartOfImmediateMacroExpansion(B, &OuterB) ||
          !SM.isAtEndOfImmediateMacroExpansion(En.getLocWithOffset(Len), &OuterE))
        break;
      StringRef N = Lexer::getImmediateMacroName(B, SM, LO);
      if (!N.empty() && !llvm::is_contained(Out, N.str())) Out.push_back(N.str());
      B = OuterB, En = OuterE;
    }
  }

  /// Every symbol name inside an expression (SSL_OP_A | SSL_OP_B).
  void allNames(const Expr *E, std::vector<std::string> &Out) {
    if (!E) return;
    for (const std::string &N : names(E)) Out.push_back(N);
    for (const Stmt *Ch : E->children())
      if (const auto *CE = dyn_cast_or_null<Expr>(Ch)) allNames(CE, Out);
  }

  /// Is this one value one of List (numbers or names)? The name to show.
  std::optional<std::string> valueIn(const Value &Val, const std::vector<std::string> &List) {
    if (Val.Source) {
      std::vector<std::string> Ns;
      allNames(Val.Source, Ns);
      for (const std::string &N : Ns)
        if (llvm::is_contained(List, N)) return N;
    }
    if (Val.Kind != Value::Int) return std::nullopt;
    for (const std::string &Item : List) {
      long long X = 0;
      if (!StringRef(Item).getAsInteger(0, X) && X == Val.I) {
        std::vector<std::string> Ns;
        if (Val.Source) Ns = names(Val.Source);
        return Ns.empty() ? std::to_string(Val.I) : Ns.front();
      }
    }
    return std::nullopt;
  }

  /// The argument is always one of List: every value it can take is, and
  /// all of them are known. A run-time choice between a secure and an
  /// insecure setting (curl's --insecure) is the user's, not a backdoor.
  /// Flags (Options) only need to appear: SSL_OP_A | SSL_OP_B.
  /// Whether the unit calls \p Name so that the peer's chain is verified:
  /// some call whose verify mode is not one that turns verification off
  /// (`SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL)` verifies nothing, so
  /// a host name checked or not changes nothing: that call is the finding),
  /// or the unit reads the result of a verification it makes itself.
  bool verifyingCall(StringRef Name) {
    if (!PA.calledInUnit(Name)) return false;
    for (const auto &[FD, Calls] : S.index().calls()) {
      if (!FD->getDeclName().isIdentifier() || FD->getName() != Name) continue;
      for (const CallExpr *C : Calls) {
        const FunctionModel *GM = PA.model(C);
        if (!GM) return true;
        bool Off = false;
        for (unsigned I = 0; I < C->getNumArgs(); ++I) {
          const ParamModel *P = paramFor(*GM, FD, I);
          if (P && P->Role == ParamRole::VerifyMode &&
              (matchValue(C->getArg(I), P->Insecure, false, true) ||
               matchValue(C->getArg(I), P->Conditional, false, true)))
            Off = true;
        }
        if (!Off || llvm::any_of(GM->UnlessCalled, [&](const std::string &F) {
              return PA.calledInUnitReadingResult(F);
            }))
          return true;
      }
    }
    return false;
  }

  std::optional<std::string> matchValue(const Expr *Arg, const std::vector<std::string> &List,
                                        bool Flags = false, bool RunTimeChoice = false) {
    if (List.empty()) return std::nullopt;
    if (Flags) {
      std::vector<std::string> Direct;
      allNames(Arg, Direct);
      for (const std::string &N : Direct)
        if (llvm::is_contained(List, N)) return N;
    }
    const ValueSet &VS = V.resolve(Arg);
    if (VS.Values.empty() || !VS.Complete) return std::nullopt;
    std::optional<std::string> First;
    bool Unconditional = false;
    for (const Value &Val : VS.Values) {
      auto N = valueIn(Val, List);
      if (!N) return std::nullopt;
      if (!First) First = N;
      Unconditional |= !RunTimeChoice || !chosenAtRunTime(Val);
    }
    // Every insecure value is picked by a run-time condition (an if/else arm,
    // a switch case or a ternary on configuration): the user's choice.
    return Unconditional ? First : std::nullopt;
  }

  /// The value is defined, or passed on, only where a run-time condition
  /// holds: `if (cfg->insecure) mode = SSL_VERIFY_NONE;`.
  bool chosenAtRunTime(const Value &Val) {
    if (Val.Source && runTimeChoice(S, Val.Source, HandleDecl)) return true;
    for (const Step &St : Val.Path)
      if (St.S && runTimeChoice(S, St.S, HandleDecl)) return true;
    return false;
  }

  /// A verification callback that accepts whatever the library decided:
  /// every return is the constant that accepts (non-zero for OpenSSL, zero
  /// for GnuTLS and Mbed TLS, P.AcceptsZero), and where the library reports
  /// its errors through a pointer argument (Mbed TLS' *flags), a statement of
  /// the body, outside any condition, clears them.
  bool acceptsEverything(const Expr *Arg, const ParamModel &P, std::string &Name) {
    const Expr *E = stripParenCasts(Arg);
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E))
      if (UO->getOpcode() == UO_AddrOf) E = stripParenCasts(UO->getSubExpr());
    // A lambda converted to a function pointer in place (`SSL_CTX_set_verify(
    // ctx, SSL_VERIFY_PEER, [](int, X509_STORE_CTX *) { return 1; })`).
    if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E))
      if (isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
        E = stripParenCasts(MC->getImplicitObjectArgument());
    if (const auto *MT = dyn_cast_or_null<MaterializeTemporaryExpr>(E))
      E = stripParenCasts(MT->getSubExpr());
    const FunctionDecl *FD = nullptr;
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E)) {
      FD = dyn_cast<FunctionDecl>(DRE->getDecl());
      if (!FD)
        if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
          if (VD->getInit()) {
            const Expr *I = stripParenCasts(VD->getInit());
            if (const auto *L = dyn_cast<LambdaExpr>(I))
              FD = L->getCallOperator();
            else if (const auto *D2 = dyn_cast<DeclRefExpr>(I))
              FD = dyn_cast<FunctionDecl>(D2->getDecl());
          }
    } else if (const auto *L = dyn_cast_or_null<LambdaExpr>(E)) {
      FD = L->getCallOperator();
    }
    if (!FD) return false;
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Def) return false;
    Name = isa<CXXMethodDecl>(Def) && cast<CXXMethodDecl>(Def)->getParent()->isLambda()
               ? "lambda"
               : Def->getNameAsString();
    std::vector<const ReturnStmt *> Rs = returnsOf(Def->getBody());
    if (Rs.empty()) return false;
    for (const ReturnStmt *RS : Rs) {
      const Expr *RV = RS->getRetValue();
      if (!RV) return false;
      Expr::EvalResult Res;
      if (RV->isValueDependent() || !RV->EvaluateAsInt(Res, V.context()) ||
          Res.Val.getInt().isZero() != P.AcceptsZero)
        return false;
    }
    if (P.AcceptsClearsArg >= 0) {
      if (unsigned(P.AcceptsClearsArg) >= Def->getNumParams()) return false;
      if (!clearsThrough(Def->getBody(), Def->getParamDecl(P.AcceptsClearsArg))) return false;
    }
    return true;
  }

  /// A statement of \p Body itself (not inside a condition or a loop) stores
  /// zero through the pointer \p Out: `*flags = 0;`, `flags[0] = 0;`.
  bool clearsThrough(const Stmt *Body, const ParmVarDecl *Out) {
    const auto *CS = dyn_cast_or_null<CompoundStmt>(Body);
    if (!CS) return false;
    auto IsOut = [&](const Expr *E) {
      const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
      return DRE && DRE->getDecl() == Out;
    };
    for (const Stmt *St : CS->body()) {
      if (isa<ReturnStmt>(St)) break; // what follows a return never runs
      const auto *BO = dyn_cast<BinaryOperator>(St);
      if (!BO || !BO->isAssignmentOp()) continue;
      const Expr *L = BO->getLHS()->IgnoreParens();
      bool Through = false;
      if (const auto *UO = dyn_cast<UnaryOperator>(L))
        Through = UO->getOpcode() == UO_Deref && IsOut(UO->getSubExpr());
      else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(L)) {
        Expr::EvalResult I;
        Through = IsOut(AS->getBase()) && !AS->getIdx()->isValueDependent() &&
                  AS->getIdx()->EvaluateAsInt(I, V.context()) && I.Val.getInt().isZero();
      }
      if (!Through) continue;
      Expr::EvalResult Res;
      const Expr *R = BO->getRHS();
      if (R->isValueDependent() || !R->EvaluateAsInt(Res, V.context())) continue;
      // `*flags = 0` and `*flags &= 0` clear every error bit.
      if (Res.Val.getInt().isZero() &&
          (BO->getOpcode() == BO_Assign || BO->getOpcode() == BO_AndAssign))
        return true;
    }
    return false;
  }

  void param(const ParamModel &P, const FunctionModel &M, const Expr *Arg, const Expr *Call,
             StringRef Callee, const std::string &Rule) {
    ParamRole Role = P.Role;
    if (Role == ParamRole::VerifyCallback) {
      std::string Name;
      // The function that installs the callback also has the library verify
      // by itself (gnutls_session_set_verify_cert): the callback adds to it.
      // (Not from the other branch of an `if`: `if (cloud)
      // gnutls_session_set_verify_cert(...); else install(accept_all)`.)
      if (!P.AcceptsUnlessCalled.empty())
        if (const FunctionDecl *In = PA.enclosingFunction(Call))
          if (anyStmtIn(In->getBody(), [&](const Stmt *St) {
                const auto *CE = dyn_cast<CallExpr>(St);
                const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
                return F && F->getDeclName().isIdentifier() &&
                       llvm::is_contained(P.AcceptsUnlessCalled, F->getName().str()) &&
                       !exclusiveBranches(V.context(), CE, Call);
              }))
            return;
      if (acceptsEverything(Arg, P, Name))
        add(rules::TlsVerifyDisabled, Arg,
            "the verification callback '" + Name + "' of '" + Callee.str() +
                "' accepts every certificate, so forged certificates pass");
      else
        askCallbackLink(Arg, P, Callee);
      return;
    }
    if (Role == ParamRole::CipherList) {
      askStringLink(Arg, "cipher-list", Callee);
      for (const Value &Str : V.strings(Arg)) {
        CipherStringResult R = parseCipherString(Str.S, Cat);
        std::vector<CandidateNote> Notes;
        if (Str.Source &&
            SM.getFileLoc(Str.Source->getBeginLoc()) != SM.getFileLoc(Arg->getBeginLoc()))
          Notes.push_back({SM.getFileLoc(Str.Source->getBeginLoc()), "cipher list defined here"});
        // Words the catalog does not know may add or remove suites (a
        // newer alias, a typo OpenSSL would reject): the list is a guess.
        std::string Unsure;
        if (!R.Unknown.empty())
          Unsure = "the cipher list names what the catalog does not know (" +
                   listSome(R.Unknown, 3) + "), so the suites it enables are approximate";
        std::vector<std::string> Msgs = weakCipherListMessages(Str.S, Cat);
        for (size_t I = 0; I < Msgs.size(); ++I)
          add(rules::WeakTls, Arg, Msgs[I], Notes,
              I == 0 && Msgs[I].find(" weak suites (") != std::string::npos ? Unsure
                                                                             : std::string());
      }
      return;
    }
    if (Role == ParamRole::PriorityString) {
      if (Menu) return;
      askStringLink(Arg, "priority-string", Callee);
      for (const Value &Str : V.strings(Arg))
        if (std::string Msg = weakPriorityMessage(Str.S); !Msg.empty())
          add(rules::WeakTls, Arg, Msg);
      return;
    }
    if (Role == ParamRole::SuiteIds) {
      // An array of suite identifiers: MBEDTLS_TLS_RSA_WITH_RC4_128_SHA, ...
      std::vector<std::string> Weak;
      const Expr *E = stripParenCasts(Arg);
      const VarDecl *VD = nullptr;
      if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
        VD = dyn_cast<VarDecl>(DRE->getDecl());
      const InitListExpr *IL =
          VD && VD->getInit() ? dyn_cast<InitListExpr>(stripParenCasts(VD->getInit())) : nullptr;
      if (!IL) return;
      for (const Expr *Init : IL->inits())
        for (const std::string &N : names(Init)) {
          StringRef U(N);
          if (U.contains("_RC4_") || U.contains("_DES_") || U.contains("_3DES_") ||
              U.contains("_NULL_") || U.contains("_EXPORT_") || U.contains("_anon_") ||
              U.contains("_ANON_") || U.ends_with("_MD5") || U.contains("_NULL")) {
            Weak.push_back(N);
            break;
          }
        }
      if (!Weak.empty())
        add(rules::WeakTls, Arg,
            "the cipher suites given to '" + Callee.str() +
                "' include weak ones: " + listSome(Weak, Weak.size()));
      return;
    }
    // Value roles: verify modes, protocol versions, options, security levels.
    // On a server, "verify none" means "ask no client certificate": the
    // normal setup of a TLS server, not a weakened one.
    if (Role == ParamRole::VerifyMode && servesOnly(S, Handle)) return;
    // So is a security level the configuration turns down (`if (opts &
    // ALLOW_WEAK) SSL_CTX_set_security_level(ctx, 0)`, a profile named
    // "insecure"): one switch the administrator throws, not a weakening
    // compiled in. Weak versions, suites and option flags stay findings (see
    // above): a "legacy clients" switch asks for compatibility, not for
    // unsafe renegotiation.
    bool Toggle = Role == ParamRole::SecurityLevel;
    if ((Role == ParamRole::VerifyMode || Toggle) && Chosen) return;
    if (Role == ParamRole::TlsVersion && Menu) return;
    // verify-flags: a bit set of verification flags, any insecure one is the finding.
    std::string R = Role == ParamRole::VerifyMode || Role == ParamRole::VerifyFlags
                        ? rules::TlsVerifyDisabled
                        : rules::WeakTls;
    const std::string &Reason = P.Reason.empty() ? M.InsecureReason : P.Reason;
    // A deprecated version among the known values a version can take (`cfg->legacy_phones ?
    // TLS1_VERSION : TLS1_2_VERSION`): whoever picks it, the program can run with it.
    if (Role == ParamRole::TlsVersion)
      if (const ValueSet &VS = V.resolve(Arg); VS.Complete)
        for (const Value &Val : VS.Values)
          if (auto N = valueIn(Val, P.Insecure)) {
            // (One the user picks by name from a menu of versions, curl's
            // `case CURL_SSLVERSION_TLSv1_0: min = TLS1_VERSION;`, is asked for.)
            if (Val.Source && (inProtocolMenu(Val.Source) || inNamedTable(Val.Source))) continue;
            add(R, Arg, "'" + *N + "' " + Reason);
            return;
          }
    if (auto N = matchValue(Arg, P.Insecure,
                            Role == ParamRole::TlsOptions || Role == ParamRole::VerifyFlags,
                            Role == ParamRole::VerifyMode || Role == ParamRole::SecurityLevel)) {
      add(R, Arg, "'" + *N + "' " + Reason);
      return;
    }
    // A call whose result is thrown away reads nothing.
    auto Checked = [&] {
      return llvm::any_of(M.UnlessCalled,
                          [&](const std::string &F) { return PA.calledInUnitReadingResult(F); });
    };
    if (auto N = matchValue(Arg, P.Conditional, false, Role == ParamRole::VerifyMode)) {
      if (!Checked())
        add(R, Arg, "'" + *N + "' " + Reason + ", and the verification result is never read");
      return;
    }
    // A setting another unit chooses (a parameter its callers pass, a field
    // a helper of another unit fills, an extern constant): a question for
    // the link step, which applies the same lists to the values it finds.
    if ((Role == ParamRole::VerifyMode || Role == ParamRole::TlsVersion ||
         Role == ParamRole::SecurityLevel) &&
        !V.resolve(Arg).Complete) {
      json::Array Insecure, Conditional;
      for (const std::string &X : P.Insecure) Insecure.push_back(X);
      if (!Checked())
        for (const std::string &X : P.Conditional) Conditional.push_back(X);
      if (!Insecure.empty() || !Conditional.empty())
        askIntLink(S, Arg,
                   json::Object{{"kind", "tls-value"},
                                {"rule", R},
                                {"reason", Reason},
                                {"insecure", std::move(Insecure)},
                                {"conditional", std::move(Conditional)},
                                {"callee", Callee.str()}});
    }
  }

  /// A verification callback another unit defines (no body here): whether
  /// it always returns the value that accepts, a question for the link step
  /// ("tls-callback", answered by the function's "returns-const"). A model
  /// whose callback must also clear an error argument (Mbed TLS' *flags)
  /// is left to the unit that has the body.
  void askCallbackLink(const Expr *Arg, const ParamModel &P, StringRef Callee) {
    FactRecorder *FR = FactRecorder::active();
    if (!FR || P.AcceptsClearsArg >= 0) return;
    const Expr *E = stripParenCasts(Arg);
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = stripParenCasts(UO->getSubExpr());
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
    const auto *FD = DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
    if (!FD || FD->hasBody() || SM.isInSystemHeader(SM.getFileLoc(FD->getLocation()))) return;
    std::string Sym = linkageName(FD);
    if (Sym.empty()) return;
    FR->query(json::Object{{"kind", "tls-callback"},
                           {"callee", Callee.str()},
                           {"symbol", Sym},
                           {"name", FD->getNameAsString()},
                           {"accepts-zero", P.AcceptsZero},
                           {"at", locFact(SM, SM.getFileLoc(Arg->getBeginLoc()))}});
  }

  /// A cipher list or priority string another unit chooses: its Link
  /// origins, asked of the link step ("tls-string").
  void askStringLink(const Expr *Arg, const char *Role, StringRef Callee) {
    FactRecorder *FR = FactRecorder::active();
    if (!FR || !V.strings(Arg).empty()) return;
    const Prov &P = PA.of(Arg);
    AskedLinks Seen;
    for (const Origin &O : P.Origins)
      if (O.Kind == Origin::Link && !O.Partial && !O.Transformed && projectLink(SM, O) &&
          Seen.first(O))
        FR->query(json::Object{{"kind", "tls-string"},
                               {"role", Role},
                               {"callee", Callee.str()},
                               {"at", locFact(SM, SM.getFileLoc(Arg->getBeginLoc()))},
                               {"link", linkFact(S, O, &P)}});
    if (StringRef(Role) == "cipher-list") askPieceLink(Arg, Callee);
  }

  /// The parts of a std::string concatenation \p E is (`std::string(a) +
  /// ":" + b`), through `.c_str()` and a local initialized with it; false
  /// when \p E is none or it is too deep.
  bool concatParts(const Expr *E, std::vector<const Expr *> &Parts, unsigned Depth = 0) {
    E = E ? stripAll(E) : nullptr;
    if (!E || Depth > 12 || Parts.size() > 16) return false;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (!MD || !MD->getDeclName().isIdentifier() ||
          (MD->getName() != "c_str" && MD->getName() != "data"))
        return false;
      return concatParts(MC->getImplicitObjectArgument(), Parts, Depth + 1);
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD || !VD->isLocalVarDecl() || !VD->getInit() || !VD->getType()->isRecordType() ||
          !S.index().writes(VD).empty())
        return false;
      return concatParts(VD->getInit(), Parts, Depth + 1);
    }
    const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
    if (!OC || OC->getOperator() != OO_Plus || OC->getNumArgs() != 2 ||
        !OC->getType()->isRecordType() || !OC->getType()->getAsCXXRecordDecl()->isInStdNamespace())
      return false;
    for (const Expr *Side : {OC->getArg(0), OC->getArg(1)})
      if (!concatParts(Side, Parts, Depth + 1)) {
        const Expr *X = stripAll(Side);
        if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(X); CC && CC->getNumArgs() >= 1)
          X = stripAll(CC->getArg(0)); // std::string(kModernSuites)
        Parts.push_back(X);
      }
    return true;
  }

  /// A cipher list put together from pieces the unit knows and one piece
  /// another unit defines (`std::string(kModernSuites) + ":" +
  /// kLegacyPeerSuites`): the link step reads the whole list with that
  /// piece's text in its place (what comes before and after it asked along).
  void askPieceLink(const Expr *Arg, StringRef Callee) {
    std::vector<const Expr *> Parts;
    if (!concatParts(Arg, Parts)) return;
    std::string Before, After;
    const Origin *Piece = nullptr;
    const Prov *PieceProv = nullptr;
    for (const Expr *X : Parts) {
      std::vector<Value> Strs = V.strings(X);
      if (Strs.empty() && X->getType()->isAnyCharacterType())
        if (std::vector<Value> Is = V.ints(X); Is.size() == 1) {
          (Piece ? After : Before) += char(Is.front().I);
          continue;
        }
      if (Strs.size() == 1) {
        (Piece ? After : Before) += Strs.front().S;
        continue;
      }
      if (!Strs.empty() || Piece) return;
      const Prov &P = PA.of(X);
      if (P.Opaque || P.External || P.hasInput() || P.Origins.size() != 1) return;
      const Origin &O = P.Origins.front();
      if (O.Kind != Origin::Link || O.Partial || O.Transformed || !projectLink(SM, O)) return;
      Piece = &O;
      PieceProv = &P;
    }
    if (!Piece) return;
    FactRecorder::active()->query(
        json::Object{{"kind", "tls-string"},
                     {"role", "cipher-list"},
                     {"callee", Callee.str()},
                     {"before", Before},
                     {"after", After},
                     {"at", locFact(SM, SM.getFileLoc(Arg->getBeginLoc()))},
                     {"link", linkFact(S, *Piece, PieceProv)}});
  }
};

} // namespace

const std::vector<Candidate> &tlsOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::TlsOfCall, [&] {
    Analyzer A(S);
    // A member call's object is not an argument of the model.
    CallSite C = callSite(S, CE);
    if (C.Model)
      A.run(C.E, *C.Model, C.Callee, C.Args, C.Name,
            isa<CXXMemberCallExpr>(CE) ? C.Object : nullptr);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &tlsOfOverride(AnalysisSession &S, const CXXMethodDecl *MD) {
  return S.memo(MD, MemoKey::TlsOfOverride, [&] {
    Analyzer A(S);
    if (MD->hasBody()) A.overrides(MD);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &tlsOfConstruct(AnalysisSession &S, const CXXConstructExpr *CE) {
  return S.memo(CE, MemoKey::TlsOfConstruct, [&] {
    Analyzer A(S);
    CallSite C = callSite(S, CE);
    if (C.Model) A.run(C.E, *C.Model, C.Callee, C.Args, C.Name);
    return dedupCandidates(std::move(A.Out));
  });
}

namespace {

/// Whether \p T is the trust object of the catalog's `trust-object-type`
/// (Security's SecTrustRef, a pointer to struct __SecTrust).
bool isTrustObject(const Catalog &Cat, QualType T) {
  if (T.isNull() || !T->isPointerType()) return false;
  QualType P = T->getPointeeType();
  if (const RecordDecl *RD = P->getAsRecordDecl())
    if (const IdentifierInfo *II = RD->getIdentifier())
      return catalogMatch(Cat, "trust-object-type", II->getName());
  return false;
}

/// The body of the method or function around \p St, through blocks: a
/// completion handler called in a block still belongs to its method.
const Stmt *enclosingBody(ASTContext &Ctx, const Stmt *St) {
  DynTypedNodeList Parents = Ctx.getParents(*St);
  for (unsigned Guard = 0; !Parents.empty() && Guard < 256; ++Guard) {
    const DynTypedNode &P = Parents[0];
    if (const auto *MD = P.get<ObjCMethodDecl>()) return MD->getBody();
    if (const auto *FD = P.get<FunctionDecl>()) return FD->getBody();
    Parents = Ctx.getParents(P);
  }
  return nullptr;
}

} // namespace

const std::vector<Candidate> &tlsOfMessage(AnalysisSession &S, const ObjCMessageExpr *ME) {
  return S.memo(ME, MemoKey::TlsOfMessage, [&] {
    std::vector<Candidate> Out;
    const Catalog &Cat = S.catalog();
    CallSite Send = callSite(S, ME);
    const std::string &Sel = Send.Name;
    // A modelled message (-[NSURLSessionConfiguration
    // setTLSMinimumSupportedProtocolVersion:], also as a property assignment,
    // whose operand is an opaque value) is read like a modelled call.
    if (const FunctionModel *M = Send.Model) {
      Analyzer A(S);
      std::vector<const Expr *> Args;
      for (const Expr *Arg : ME->arguments()) {
        // The setter's operand: an opaque value of the converted right-hand
        // side, itself an opaque value of what was written.
        for (unsigned Guard = 0; Guard < 4; ++Guard) {
          const auto *OV = dyn_cast<OpaqueValueExpr>(Arg->IgnoreParenImpCasts());
          if (!OV || !OV->getSourceExpr()) break;
          Arg = OV->getSourceExpr();
        }
        Args.push_back(Arg);
      }
      A.run(ME, *M, nullptr, Args, Sel);
      return dedupCandidates(std::move(A.Out));
    }
    if (Send.Args.empty() || !catalogMatch(Cat, "trust-credential-selector", Sel) ||
        !isTrustObject(Cat, Send.Args[0]->IgnoreParenImpCasts()->getType()))
      return Out;
    ASTContext &Ctx = S.values().context();
    const Stmt *Body = enclosingBody(Ctx, ME);
    if (!Body) return Out;
    // The trust is examined when it goes to anything but the credential and
    // the calls that only configure it: SecTrustEvaluateWithError, a pinning
    // check, a helper of the program.
    bool Examined = anyStmtIn(Body, [&](const Stmt *St) {
      if (St == ME) return false;
      std::string Callee;
      llvm::SmallVector<const Expr *, 6> Args;
      if (const auto *CE = dyn_cast<CallExpr>(St)) {
        const FunctionDecl *FD = CE->getDirectCallee();
        Callee = FD && FD->getDeclName().isIdentifier() ? FD->getName().str() : "";
        Args.assign(CE->arg_begin(), CE->arg_end());
      } else if (const auto *M = dyn_cast<ObjCMessageExpr>(St)) {
        CallSite C = callSite(S, M);
        Callee = C.Name;
        Args = C.Args;
        if (catalogMatch(Cat, "trust-credential-selector", Callee)) return false;
      } else {
        return false;
      }
      bool PassesTrust = false;
      for (const Expr *A : Args)
        PassesTrust |= A && isTrustObject(Cat, A->IgnoreParenImpCasts()->getType());
      return PassesTrust && !catalogMatch(Cat, "trust-configure-name", Callee);
    });
    if (Examined) return Out;
    const SourceManager &SM = Ctx.getSourceManager();
    Candidate C;
    C.Rule = rules::TlsVerifyDisabled;
    C.Loc = SM.getFileLoc(ME->getBeginLoc());
    C.Message = "'" + Sel +
                "' makes a credential from the server's trust that is never "
                "evaluated (no SecTrustEvaluateWithError), so any certificate is accepted and "
                "anyone on the path can impersonate the server";
    Out.push_back(std::move(C));
    return Out;
  });
}

} // namespace backdoor
