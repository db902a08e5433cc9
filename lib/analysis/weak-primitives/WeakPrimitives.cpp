//===--- WeakPrimitives.cpp - weak primitive analysis --------------------===//
#include "analysis/weak-primitives/WeakPrimitives.h"
#include "analysis/weak-primitives/SExpr.h"
#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/Provenance.h"
#include "core/Summary.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Config/llvm-config.h"
#include <set>
#include <tuple>

using namespace clang;
using namespace llvm;

namespace backdoor {

namespace {

/// \p T was spelled with a template parameter the instantiation replaced
/// (`Mac` of `template <class Mac>`, `Mode<Cipher>::Encryption`): somewhere
/// in its sugar or its template arguments.
bool substitutedType(const ASTContext &Ctx, QualType T, unsigned Depth = 0) {
  if (T.isNull() || Depth > 8) return false;
  for (unsigned Guard = 0; Guard < 16; ++Guard) {
    const Type *Ty = T.getTypePtr();
    if (isa<SubstTemplateTypeParmType>(Ty)) return true;
    if (const auto *TS = dyn_cast<TemplateSpecializationType>(Ty))
      for (const TemplateArgument &A : TS->template_arguments())
        if (A.getKind() == TemplateArgument::Type && substitutedType(Ctx, A.getAsType(), Depth + 1))
          return true;
#if LLVM_VERSION_MAJOR < 22
    // (LLVM 22 keeps the qualifier on the type itself: desugaring reaches it.)
    if (const auto *DN = dyn_cast<ElaboratedType>(Ty)) {
      if (const NestedNameSpecifier *NNS = DN->getQualifier())
        if (const Type *Q = NNS->getAsType(); Q && substitutedType(Ctx, QualType(Q, 0), Depth + 1))
          return true;
    }
#endif
    QualType Next = T.getSingleStepDesugaredType(Ctx);
    if (Next == T) break;
    T = Next;
  }
  return false;
}

/// \p E names what a template argument chose: a member of a type the
/// instantiation replaced (`CipherPolicy::spec`, `Policy::cipher()` of
/// `template <class CipherPolicy>`), or a non-type argument (`Bits`).
bool substitutedExpr(const ASTContext &Ctx, const Expr *E) {
  E = stripAll(E);
  // (Through a conversion: `std::string` made of the `const char *`.)
  for (unsigned Guard = 0; Guard < 4; ++Guard)
    if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(E); CC && CC->getNumArgs() >= 1)
      E = stripAll(CC->getArg(0));
    else
      break;
  if (!E) return false;
  if (isa<SubstNonTypeTemplateParmExpr>(E)) return true;
  if (const auto *CE = dyn_cast<CallExpr>(E)) E = stripAll(CE->getCallee());
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
  if (!DRE) return false;
#if LLVM_VERSION_MAJOR >= 22
  const NestedNameSpecifier NNS = DRE->getQualifier();
  const Type *Q = NNS.getKind() == NestedNameSpecifier::Kind::Type ? NNS.getAsType() : nullptr;
#else
  const NestedNameSpecifier *NNS = DRE->getQualifier();
  const Type *Q = NNS ? NNS->getAsType() : nullptr;
#endif
  return Q && substitutedType(Ctx, QualType(Q, 0));
}

/// The variable a handle argument names: `ctx`, `&ctx`, `ctx.get()`.
const VarDecl *handleVar(const Expr *E) {
  E = stripParenCasts(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_AddrOf) E = stripParenCasts(UO->getSubExpr());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    E = stripParenCasts(MC->getImplicitObjectArgument());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) return dyn_cast<VarDecl>(DRE->getDecl());
  return nullptr;
}

/// Functions called with the handle variable as an argument, in its function.
class HandleUses : public SemanticVisitor<HandleUses> {
public:
  const VarDecl *VD;
  StringMap<std::vector<const CallExpr *>> Callees;
  explicit HandleUses(const VarDecl *VD) : VD(VD) {}
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier()) return true;
    for (const Expr *A : CE->arguments())
      if (handleVar(A) == VD) {
        Callees[FD->getName()].push_back(CE);
        break;
      }
    return true;
  }
};

/// Collects the classes a type names: the class, the classes enclosing it,
/// its template arguments (recursively), and in the sugar the qualifiers and
/// the classes that declare the typedefs it goes through.
class TypeNames {
public:
  std::vector<const CXXRecordDecl *> Records;
  void sugar(QualType T) {
    for (unsigned Guard = 0; !T.isNull() && Guard < 16; ++Guard) {
      const Type *Ty = T.getTypePtr();
#if LLVM_VERSION_MAJOR < 22 // LLVM 22 keeps qualifiers in the types themselves
      if (const auto *ET = dyn_cast<ElaboratedType>(Ty)) {
        if (const NestedNameSpecifier *NNS = ET->getQualifier())
          for (; NNS; NNS = NNS->getPrefix())
            if (const Type *QT = NNS->getAsType()) canonical(QualType(QT, 0), 0);
      } else
#endif
          if (const auto *TT = dyn_cast<TypedefType>(Ty)) {
        if (const auto *RD = dyn_cast<CXXRecordDecl>(TT->getDecl()->getDeclContext()))
          record(RD, 0);
      }
      QualType Next = T->getLocallyUnqualifiedSingleStepDesugaredType();
      if (Next == T) break;
      T = Next;
    }
    canonical(T, 0);
  }
  void canonical(QualType T, unsigned Depth) {
    if (T.isNull() || Depth > 8) return;
    T = T.getCanonicalType();
    while (T->isPointerType() || T->isReferenceType()) T = T->getPointeeType().getCanonicalType();
    if (const auto *RD = T->getAsCXXRecordDecl()) record(RD, Depth);
  }

private:
  llvm::SmallPtrSet<const CXXRecordDecl *, 16> Seen;
  void record(const CXXRecordDecl *RD, unsigned Depth) {
    if (!RD || Depth > 8 || !Seen.insert(RD).second) return;
    Records.push_back(RD);
    if (const auto *CTS = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      for (const TemplateArgument &A : CTS->getTemplateArgs().asArray())
        if (A.getKind() == TemplateArgument::Type) canonical(A.getAsType(), Depth + 1);
    for (const DeclContext *DC = RD->getDeclContext(); DC; DC = DC->getParent())
      if (const auto *P = dyn_cast<CXXRecordDecl>(DC)) record(P, Depth + 1);
  }
};

/// Where the main file first names a class template specialization
/// (`Sealer<CryptoPP::DES_EDE2, Cbc, CryptoPP::Weak::MD5>` in a
/// make_unique's template argument), or an invalid location. One map per
/// translation unit (they run one after another).
SourceLocation namedInMainFile(ASTContext &Ctx, const CXXRecordDecl *Spec) {
  static const ASTContext *Of = nullptr;
  static llvm::DenseMap<const Decl *, SourceLocation> Map;
  if (Of != &Ctx) {
    Of = &Ctx;
    Map.clear();
    struct V : SemanticVisitor<V> {
      llvm::DenseMap<const Decl *, SourceLocation> &Map;
      explicit V(llvm::DenseMap<const Decl *, SourceLocation> &Map) : Map(Map) {}
      bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc TL) {
        if (const auto *RD = TL.getType()->getAsCXXRecordDecl())
          Map.try_emplace(RD->getCanonicalDecl(), TL.getBeginLoc());
        return true;
      }
    } Vis(Map);
    const SourceManager &SM = Ctx.getSourceManager();
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation()))) Vis.TraverseDecl(D);
  }
  return Map.lookup(Spec->getCanonicalDecl());
}

class Analyzer {
public:
  Analyzer(AnalysisSession &S)
      : S(S), V(S.values()), Cat(S.catalog()), SM(V.context().getSourceManager()) {}

  std::vector<Candidate> Out;

  void call(const CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD || !FD->getDeclName().isIdentifier()) return;
    // The model (core/UnitIndex.h): a function-like macro with a model of its
    // own (EVP_SignInit_ex expands to EVP_DigestInit_ex) decides the context,
    // arguments pass in order; methods and namespaced functions by qualified
    // name (Botan::Cipher_Mode::create_or_throw).
    const FunctionModel *M = S.provenance().model(CE);
    if (!M) return;
    if (M->HandleArg >= 0 && !handleRequirementMet(*M, CE)) return;
    size_t Before = Out.size();
    site(*M, FD, CE, ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), FD->getName().str());
    // In a header's class template, an argument a template argument chose
    // (`create_or_throw(CipherPolicy::spec, ...)` in `Sealer<CipherPolicy>`,
    // with `Cast128Cbc::spec = "CAST-128/CBC/PKCS7"`): reported where the
    // unit names the specialization, as a construction of such a type is.
    if (Out.size() != Before && llvm::any_of(CE->arguments(), [&](const Expr *A) {
          return substitutedExpr(V.context(), A);
        }))
      instantiatedAt(CE, Before);
  }

  /// An object of a modelled class built with algorithm arguments
  /// (Botan::PK_Encryptor_EME(key, rng, "EME-PKCS1-v1_5"), RSA_PrivateKey(rng, 1024)).
  void construct(const CXXConstructExpr *CC) {
    const CXXConstructorDecl *CD = CC->getConstructor();
    if (!CD || !CD->getParent()->getDeclName().isIdentifier()) return;
    if (Cat.hasTypes() && !CC->getConstructor()->isCopyOrMoveConstructor() &&
        CC->getConstructionKind() == CXXConstructionKind::Complete)
      typed(CC);
    const FunctionModel *M = S.provenance().model(CC);
    if (!M || M->HandleArg >= 0) return;
    site(*M, CD, CC, ArrayRef<const Expr *>(CC->getArgs(), CC->getNumArgs()),
         CD->getParent()->getName().str());
  }

  /// An object whose class names its algorithms in template arguments
  /// (Crypto++: ECB_Mode<DES_EDE3>::Encryption, RSASS<PKCS1v15, SHA1>::Signer,
  /// HMAC<Weak::MD5>): the classes the catalog's `types` model, found in the
  /// type as written and in its canonical template arguments, with the
  /// context of the templates that hold them (`type-contexts`).
  void typed(const CXXConstructExpr *CC) {
    TypeAlgorithms TA = typeAlgorithms(Cat, CC->getType());
    if (TA.Specs.empty()) return;
    size_t Before = Out.size();
    PrintingPolicy PP(V.context().getLangOpts());
    PP.SuppressScope = true;
    PP.SuppressTagKeyword = true;
    std::string Written = CC->getType().getUnqualifiedType().getAsString(PP);
    // A mode class (ECB_OneWay) applies to the block ciphers beside it.
    std::string Mode;
    bool Concrete = false;
    for (const AlgSpec &A : TA.Specs) {
      if (A.Kind == AlgKind::Cipher && A.Family == "block")
        Mode = A.Mode;
      else if (A.Kind == AlgKind::Cipher)
        Concrete = true;
    }
    for (AlgSpec A : TA.Specs) {
      if (A.Kind == AlgKind::Cipher && A.Family == "block" && Concrete) continue;
      if (A.Kind == AlgKind::Cipher && A.Mode.empty() && !Mode.empty()) A.Mode = Mode;
      A.Spelling = Written;
      Value U;
      U.Kind = Value::Alg;
      U.A = A;
      U.Source = CC;
      alg(U, TA.Context, CC, /*Implied=*/false);
    }
    instantiatedAt(CC, Before);
  }

  /// A construction in a header's class template (`typename
  /// Mode<Cipher>::Enc enc;` in `Sealer<Cipher, Mode, MacHash>::seal`): the
  /// template arguments chose the algorithm, so the findings made since
  /// \p Before are reported where the main file names the specialization
  /// (`Sealer<CryptoPP::DES_EDE2, Cbc, CryptoPP::Weak::MD5>`), with the
  /// template's use as a note; a template shared by strong and weak
  /// instantiations names each weak one.
  ///
  /// Likewise a function template's instantiation whose type argument chose
  /// it (`Mac mac(key, n)` in `template <class Mac> std::string tag(...)`,
  /// in a header or in the main file): reported where the main file's call
  /// instantiates it (`tag<CryptoPP::HMAC<CryptoPP::SHA1>>(k, s)`).
  void instantiatedAt(const Expr *At, size_t Before) {
    if (Out.size() == Before) return;
    SourceLocation Here = fileLoc(At->getBeginLoc());
    bool InMain = SM.isInMainFile(Here);
    ASTContext &Ctx = V.context();
    const FunctionDecl *FD = nullptr;
    DynTypedNode N = DynTypedNode::create(*At);
    for (unsigned Guard = 0; Guard < 64 && !FD; ++Guard) {
      auto Ps = Ctx.getParents(N);
      if (Ps.empty()) break;
      N = Ps[0];
      FD = N.get<FunctionDecl>();
    }
    if (!FD) return;
    SourceLocation Named;
    std::string UseName;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(FD->getParent());
        Spec && !InMain) {
      Named = namedInMainFile(Ctx, Spec);
      UseName = Spec->getNameAsString();
    } else if (FD->getPrimaryTemplate() &&
               FD->getTemplateSpecializationKind() == TSK_ImplicitInstantiation &&
               !SM.isInSystemHeader(SM.getFileLoc(FD->getLocation())) &&
               substitutedType(Ctx, At->getType())) {
      // (The project's own template: a library's, `std::make_unique<T>()`
      // constructing T, is no choice of an algorithm.)
      Named = FD->getPointOfInstantiation();
      UseName = FD->getNameAsString();
      if (Named.isValid() && !SM.isInMainFile(fileLoc(Named))) return;
    }
    if (Named.isInvalid()) return;
    std::string Use = "'" + UseName + "' uses it here";
    for (size_t I = Before; I < Out.size(); ++I) {
      Out[I].Notes.push_back({Out[I].Loc, Use});
      Out[I].Loc = fileLoc(Named);
    }
  }

  /// An override of a modelled virtual method whose returns select
  /// algorithms or sizes (Botan's TLS::Policy::minimum_dh_group_size,
  /// allowed_ciphers, allowed_signature_hashes).
  void overrides(const CXXMethodDecl *MD) {
    for (const auto &[Base, M] : overriddenModels(Cat, MD)) {
      const ParamModel &R = M->Override.Returns;
      if (R.Role == ParamRole::None) continue;
      Callee = MD->getNameAsString();
      for (const ReturnStmt *RS : returnsOf(MD->getBody()))
        for (const Expr *E : returnedLeaves(RS)) role(R.Role, R.Algorithm, M->Context, E, R.Shift);
      return; // the nearest model decides
    }
  }

  void site(const FunctionModel &Model, const FunctionDecl *FD, const Expr *CE,
            ArrayRef<const Expr *> Args, const std::string &Spelling) {
    const FunctionModel *M = &Model;
    Callee = M->Name;

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
      std::vector<const ParamModel *> Ps = M->params(I, PName);
      for (unsigned K = 0; K < Ps.size(); ++K) {
        const ParamModel *P = Ps[K];
        // "2#mode: {role: cipher, when: {arg: 1, is: [BCRYPT_CHAINING_MODE]}}"
        if (P->WhenArg >= 0 && (unsigned(P->WhenArg) >= Args.size() ||
                                !V.namesOneOf(Args[P->WhenArg], P->WhenSymbols)))
          continue;
        if (P->Role == ParamRole::ParamKey) {
          if (const auto *Call = dyn_cast<CallExpr>(CE)) paramKey(*M, Call, I, FD);
          continue;
        }
        if (P->Role == ParamRole::Sexp) {
          sexp(*M, FD, Args, I, Context);
          continue;
        }
        if (P->FlagMask) {
          flagClear(*P, Context, Args[I]);
          continue;
        }
        if (!P->DictKey.empty()) {
          // A value of a dictionary argument: its algorithm is another value of it.
          std::string Alg = P->Algorithm;
          if (!P->AlgorithmDictKey.empty()) {
            Alg.clear();
            for (const Expr *AV : dictionaryValues(Cat, Args[I], P->AlgorithmDictKey))
              for (const Value &A : V.algorithms(AV))
                if (A.A.Kind == AlgKind::PKey) Alg = A.A.Family;
            if (Alg.empty()) continue;
          }
          for (const Expr *DV : dictionaryValues(Cat, Args[I], P->DictKey))
            role(P->Role, Alg, Context, DV);
          continue;
        }
        if (!P->Flags.empty() || namesAlgorithm(P->Role))
          askAlgLink(*M, I, PName, K, Context, Args[I]);
        // Option bits that select a mode (CCCrypt's kCCOptionECBMode).
        if (!P->Flags.empty())
          for (const Value &Int : V.ints(Args[I]))
            for (const AlgSpec &Spec : flagAlgorithms(*P, Int.I)) {
              Value U = Int;
              U.Kind = Value::Alg;
              U.A = Spec;
              if (!U.Source) U.Source = Args[I];
              alg(U, Context, Args[I], /*Implied=*/false, P->Role);
            }
        std::string Alg = P->Algorithm;
        if (P->AlgorithmArg >= 0 && unsigned(P->AlgorithmArg) < Args.size()) {
          Alg.clear();
          for (const Value &A : V.algorithms(Args[P->AlgorithmArg])) {
            if (A.A.Kind == AlgKind::PKey) Alg = A.A.Family;
            // A symmetric cipher (CryptGenKey(prov, CALG_RC4, 40 << 16, &key)).
            if (A.A.Kind == AlgKind::Cipher && A.A.Family != "null") Alg = "symmetric";
          }
          if (Alg.empty()) continue; // an algorithm we cannot name: no key-size claim
        }
        if (P->AlgorithmFromHandle >= 0) {
          std::string From = handleAlgorithm(*P, Args);
          if (!From.empty()) Alg = From;
        }
        role(P->Role, Alg, Context, Args[I], P->Shift);
      }
    }
    for (const AlgSpec &A : M->Uses) {
      Value U;
      U.Kind = Value::Alg;
      U.A = A;
      U.A.Spelling = Spelling;
      U.Source = CE;
      size_t Before = Out.size();
      alg(U, Context, CE, /*Implied=*/true);
      // A legacy context keyed earlier in the function by a call that names
      // the same cipher (`mbedtls_des3_set2key_dec(&des3, k)` before
      // `mbedtls_des3_crypt_cbc(&des3, ...)`): the cipher was reported there;
      // its uses add only what they choose themselves (ECB).
      if (Out.size() > Before && !takesKey(*M) && keyedBefore(CE, Args, A))
        Out.erase(std::remove_if(Out.begin() + Before, Out.end(),
                                 [](const Candidate &C) { return C.Rule == rules::WeakCipher; }),
                  Out.end());
    }
  }

  /// Whether a call of \p M is handed a key (a low-level API's setkey).
  static bool takesKey(const FunctionModel &M) {
    return llvm::any_of(M.Params, [](const ParamModel &P) { return P.Role == ParamRole::Key; });
  }

  /// Whether the context \p Args[0] of \p CE (a use that takes no key) was
  /// keyed earlier in the same function by a modelled call that uses the
  /// cipher family of \p A and takes a key (the low-level APIs' setkey).
  bool keyedBefore(const Expr *CE, ArrayRef<const Expr *> Args, const AlgSpec &A) {
    if (Args.empty() || A.Kind != AlgKind::Cipher) return false;
    // (The context is a record the library keeps its schedule in, not the
    // key or a block of data.)
    QualType T = Args[0]->IgnoreParenImpCasts()->getType();
    if (!T->isPointerType() || !T->getPointeeType()->isRecordType()) return false;
    const ValueDecl *Ctx0 = targetDecl(Args[0]);
    const FunctionDecl *In = Ctx0 ? S.provenance().enclosingFunction(CE) : nullptr;
    if (!In || !In->getBody()) return false;
    return anyStmtIn(In->getBody(), [&](const Stmt *St) {
      const auto *Other = dyn_cast<CallExpr>(St);
      if (!Other || Other == CE || Other->getNumArgs() == 0 ||
          !SM.isBeforeInTranslationUnit(Other->getBeginLoc(), CE->getBeginLoc()) ||
          targetDecl(Other->getArg(0)) != Ctx0)
        return false;
      const FunctionModel *OM = S.provenance().model(Other);
      return OM && takesKey(*OM) && llvm::any_of(OM->Uses, [&](const AlgSpec &B) {
               return B.Kind == AlgKind::Cipher && B.Family == A.Family;
             });
    });
  }

  void paramStruct(const InitListExpr *IL) {
    paramStructKeys(V, Cat, IL, [&](const ParamKeyModel &PK, const Expr *Init) {
      role(PK.Role, PK.Algorithm, PK.Context, Init);
    });
  }

private:
  AnalysisSession &S;
  ValueResolver &V;
  const Catalog &Cat;
  const SourceManager &SM;

  /// The key algorithm that another call on the same handle names (a PSA key's
  /// type beside its size): a public-key family, "symmetric" for a cipher, or
  /// nothing when no such call names one.
  std::string handleAlgorithm(const ParamModel &P, ArrayRef<const Expr *> Args) {
    if (unsigned(P.AlgorithmFromHandle) >= Args.size()) return "";
    const VarDecl *VD = handleVar(Args[P.AlgorithmFromHandle]);
    if (!VD) return "";
    const Stmt *Body = contextBody(VD->getDeclContext());
    if (!Body) return "";
    HandleUses U(VD);
    U.TraverseStmt(const_cast<Stmt *>(Body));
    auto It = U.Callees.find(P.AlgorithmFromCall);
    if (It == U.Callees.end()) return "";
    std::string Alg;
    for (const CallExpr *Use : It->second) {
      if (unsigned(P.AlgorithmFromArg) >= Use->getNumArgs()) continue;
      for (const Value &A : V.algorithms(Use->getArg(P.AlgorithmFromArg))) {
        std::string This;
        if (A.A.Kind == AlgKind::PKey)
          This = A.A.Family;
        else if (A.A.Kind == AlgKind::Cipher && A.A.Family != "null")
          This = "symmetric";
        if (This.empty()) continue;
        if (!Alg.empty() && Alg != This) return ""; // different types on different paths
        Alg = This;
      }
    }
    return Alg;
  }

  bool handleRequirementMet(const FunctionModel &M, const CallExpr *CE) {
    if (unsigned(M.HandleArg) >= CE->getNumArgs()) return false;
    const VarDecl *VD = handleVar(CE->getArg(M.HandleArg));
    if (!VD) return false;
    // (The handle's function, or Objective-C method.)
    const Stmt *Body = contextBody(VD->getDeclContext());
    if (!Body) return false;
    HandleUses U(VD);
    U.TraverseStmt(const_cast<Stmt *>(Body));
    for (const std::string &R : M.HandleRequires) {
      // "CryptGenKey@1=pkey:rsa": a call of CryptGenKey whose argument 1 names RSA.
      auto [Name, Cond] = StringRef(R).split('@');
      auto It = U.Callees.find(Name);
      if (It == U.Callees.end()) continue;
      if (Cond.empty()) return true;
      auto [ArgText, SpecText] = Cond.split('=');
      unsigned ArgIdx = 0;
      auto Want = AlgSpec::parse(SpecText);
      if (ArgText.getAsInteger(10, ArgIdx) || !Want) continue;
      for (const CallExpr *Use : It->second)
        if (ArgIdx < Use->getNumArgs())
          for (const Value &A : V.algorithms(Use->getArg(ArgIdx)))
            if (A.A.Kind == Want->Kind && A.A.Family == Want->Family) return true;
    }
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
      if (!VP || VP->Role != ParamRole::ParamValue) continue;
      for (const Value &K : V.strings(CE->getArg(KeyIdx)))
        if (const ParamKeyModel *PK = Cat.paramKey(K.S))
          role(PK->Role, PK->Algorithm, PK->Context, CE->getArg(J));
    }
  }

  SourceLocation fileLoc(SourceLocation L) const { return SM.getFileLoc(L); }

  /// An argument naming the algorithm (or its option bits) that another
  /// unit decides: a parameter of an externally visible function, a field of
  /// the object one points to (`c->alg`), an `extern` object, another unit's
  /// return value. A question for the link step ("alg-role"), which judges
  /// what arrives with the catalog's model of the parameter (argument \p I,
  /// the \p K-th model of it) as site() does here.
  void askAlgLink(const FunctionModel &M, unsigned I, StringRef PName, unsigned K,
                  StringRef Context, const Expr *Arg) {
    FactRecorder *R = FactRecorder::active();
    if (!R || V.resolve(Arg).Complete) return;
    AskedLinks Seen;
    Prov P = S.provenance().of(Arg);
    // An algorithm handle or number kept in a member (`HMAC(md_, ...)` with
    // `md_` a `const EVP_MD *` another unit's constructor sets): what the
    // program writes into that field (no byte data, so provenance does not
    // follow it).
    if (const auto *ME = dyn_cast<MemberExpr>(Arg->IgnoreParenImpCasts()))
      if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()); F && !dataField(F)) {
        for (Origin &O : S.provenance().fieldElsewhere(F, ME, /*AnyType=*/true).Origins)
          P.Origins.push_back(std::move(O));
      }
    for (const Origin &O : P.Origins)
      if (projectLink(SM, O) && !O.Partial && !O.Transformed && Seen.first(O)) {
        json::Object Q{
            {"kind", "alg-role"},    {"callee", M.Name},
            {"arg", int64_t(I)},     {"role", roleName(M.params(I, PName)[K]->Role).str()},
            {"model", int64_t(K)},   {"at", locFact(SM, fileLoc(Arg->getBeginLoc()))},
            {"link", linkFact(S, O)}};
        if (!PName.empty()) Q["param"] = PName.str();
        if (!Context.empty()) Q["context"] = Context.str();
        R->query(std::move(Q));
      }
  }

  /// The context of an object a call builds (its 'handle' argument): the
  /// context of a modelled call in the same function that takes the object
  /// (a libgcrypt S-expression passed to gcry_pk_encrypt or gcry_pk_sign).
  std::string consumerContext(const FunctionModel &M, const FunctionDecl *FD,
                              ArrayRef<const Expr *> Args) {
    for (unsigned J = 0; J < Args.size(); ++J) {
      std::string PName;
      if (FD && J < FD->getNumParams() && FD->getParamDecl(J)->getDeclName().isIdentifier())
        PName = FD->getParamDecl(J)->getName().str();
      const ParamModel *HP = M.param(J, PName);
      if (!HP || HP->Role != ParamRole::Handle) continue;
      const VarDecl *VD = handleVar(Args[J]);
      if (!VD) continue;
      const Stmt *Body = contextBody(VD->getDeclContext());
      if (!Body) continue;
      HandleUses U(VD);
      U.TraverseStmt(const_cast<Stmt *>(Body));
      for (const auto &Callee : U.Callees)
        if (const FunctionModel *CM = Cat.function(Callee.getKey()))
          if (CM != &M && !CM->Context.empty()) return CM->Context;
    }
    return "";
  }

  /// libgcrypt S-expression text: key sizes (nbits), curves, the hash of
  /// signed data and the padding flags of encrypted data.
  void sexp(const FunctionModel &M, const FunctionDecl *FD, ArrayRef<const Expr *> Args, unsigned I,
            StringRef Context) {
    std::string Ctx = Context.empty() ? consumerContext(M, FD, Args) : Context.str();
    const Expr *Arg = Args[I];
    for (const Value &Str : V.strings(Arg)) {
      std::optional<GcrySexpFacts> F = gcrySexpFacts(Str.S);
      if (!F) continue;
      auto asAlg = [&](const AlgSpec &A, const std::string &Spelling) {
        Value X = Str;
        X.Kind = Value::Alg;
        X.A = A;
        X.A.Spelling = Spelling;
        return X;
      };
      StringRef K = F->KeyAlgorithm;
      if (F->NBits && *F->NBits > 0 && *F->NBits <= (1u << 20)) {
        unsigned Bits = unsigned(*F->NBits);
        std::string Alg = K == "rsa"                                  ? "rsa"
                          : K == "dsa"                                ? "dsa"
                          : K == "elg" || K == "elgamal" || K == "dh" ? "dh"
                          : K == "ecc" || K == "ecdsa" || K == "ecdh" ? "ec"
                                                                      : "";
        if (!Alg.empty()) {
          Candidate C = base(rules::ShortKey, Arg, Str);
          C.Algorithm = Alg;
          C.Bits = Bits;
          C.Subject = Alg == "ec" ? "the " + std::to_string(Bits) + "-bit curve that '(nbits " +
                                        std::to_string(Bits) + ")' selects"
                                  : std::to_string(Bits) + "-bit " + displayAlgorithm(Alg) + " key";
          Out.push_back(std::move(C));
        }
      }
      if (!F->Curve.empty()) {
        StringRef N = StringRef(F->Curve).trim();
        if (N.starts_with_insensitive("nist ")) N = N.drop_front(5).trim();
        if (std::optional<AlgSpec> A = Cat.name(N))
          if (A->Kind == AlgKind::Curve)
            alg(asAlg(*A, F->Curve), Ctx, Arg, false, ParamRole::Curve);
      }
      for (const std::string &H : F->Hashes)
        if (std::optional<AlgSpec> A = Cat.name(H))
          if (A->Kind == AlgKind::Digest) alg(asAlg(*A, H), Ctx, Arg, false, ParamRole::Digest);
      for (const std::string &Flag : F->Flags)
        if (Flag == "pkcs1" || Flag == "raw") {
          AlgSpec A;
          A.Kind = AlgKind::Padding;
          A.Family = Flag == "raw" ? "rsa-none" : "rsa-pkcs1";
          alg(asAlg(A, "(flags " + Flag + ")"), Ctx, Arg, false, ParamRole::Padding);
        }
    }
  }

  /// A flags argument none of whose FlagMask bits is set selects FlagClear
  /// (CryptEncrypt(key, 0, TRUE, 0, ...) without CRYPT_OAEP: PKCS#1 v1.5).
  void flagClear(const ParamModel &P, StringRef Context, const Expr *Arg) {
    auto Spec = AlgSpec::parse(P.FlagClear);
    if (!Spec) return;
    const ValueSet &VS = V.resolve(Arg);
    if (VS.Values.empty() || !VS.Complete) return;
    for (const Value &I : VS.Values)
      if (I.Kind != Value::Int || (I.I & P.FlagMask)) return; // set on some path: not a claim
    Value U = VS.Values.front();
    U.Kind = Value::Alg;
    U.A = *Spec;
    U.A.Spelling = P.FlagClearName;
    alg(U, Context, Arg, /*Implied=*/false);
  }

  void role(ParamRole Role, StringRef Algorithm, StringRef Context, const Expr *Arg,
            int Shift = 0) {
    if (namesAlgorithm(Role)) {
      for (const Value &A : V.algorithms(Arg)) alg(A, Context, Arg, false, Role);
      return;
    }
    if ((Role == ParamRole::KeyBits || Role == ParamRole::KeyBytes) && Algorithm == "ec") {
      // EVP_EC_gen("P-192"), GNUTLS_CURVE_TO_BITS(curve): the size is the curve's.
      std::vector<Value> Curves = V.algorithms(Arg);
      for (const Value &A : Curves) alg(A, Context, Arg, false, ParamRole::Curve);
      if (!Curves.empty()) return;
      // A number of bits (psa_set_key_bits beside an ECC key type, GnuTLS's
      // bits) or bytes (wc_ecc_make_key(rng, 24, key)): the curve of that size.
    }
    if (Role == ParamRole::KeyBits || Role == ParamRole::KeyBytes) {
      if (Algorithm.empty()) return;
      std::vector<Value> Ints = V.ints(Arg);
      // A size another unit defines (a helper's return value, an extern
      // constant, an arm of a ternary `legacy ? kCompatRsaBits : 2048`): a
      // question for the link step.
      if (Ints.empty() || !V.resolve(Arg).Complete)
        askIntLink(S, Arg,
                   json::Object{{"kind", "int-role"},
                                {"role", roleName(Role).str()},
                                {"algorithm", Algorithm.str()},
                                {"callee", Callee},
                                {"shift", int64_t(Shift)}});
      for (const Value &I : Ints) {
        int64_t N = Shift ? int64_t(uint64_t(I.I) >> Shift) : I.I;
        if (N <= 0 || N > (1 << 20)) continue; // 0 in dwFlags' upper bits: the default size
        unsigned Bits = unsigned(Role == ParamRole::KeyBytes ? N * 8 : N);
        Candidate C = base(rules::ShortKey, Arg, I);
        C.Algorithm = Algorithm.str();
        C.Bits = Bits;
        C.Subject = std::to_string(Bits) + "-bit " + displayAlgorithm(Algorithm) + " key";
        Out.push_back(std::move(C));
      }
    }
  }

  /// The modelled function whose call site() is judging (the link step's
  /// note "'RSA_generate_key_ex' uses it here").
  std::string Callee;

  static std::string displayAlgorithm(StringRef A) { return keyAlgorithmDisplay(A); }

  /// A candidate at the use, with notes for each step back to the constant.
  Candidate base(const char *Rule, const Expr *At, const Value &Val) {
    Candidate C;
    C.Rule = Rule;
    C.Loc = fileLoc(At->getBeginLoc());
    // Passed in by a caller of a wrapper of this unit (`seal_with(
    // bundle_cipher(BUNDLE_BF_CBC), ...)` where seal_with hands `c` to
    // EVP_EncryptInit_ex): reported where that caller passes it, the first
    // call it goes through from the constant, as across units; the API's
    // use is the last note. (A wrapper shared by strong and weak callers
    // would otherwise carry one finding for all of them.)
    const Step *Chooser = choosingStep(Val.Path);
    if (Chooser) C.Loc = fileLoc(Chooser->S->getBeginLoc());
    unsigned UseLine = SM.getExpansionLineNumber(C.Loc);
    FileID UseFile = SM.getFileID(C.Loc);
    for (const Step &St : Val.Path) {
      if (&St == Chooser) continue;
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
    if (Chooser) C.Notes.push_back({fileLoc(At->getBeginLoc()), usedHere(At)});
    return C;
  }

  /// The note at the API's use of an algorithm a caller chose: "'EVP_EncryptInit_ex'
  /// uses it here", as the link step words it.
  std::string usedHere(const Expr *At) {
    const Stmt *Cur = At;
    for (unsigned Guard = 0; Guard < 6; ++Guard) {
      auto Parents = V.context().getParents(*Cur);
      if (Parents.size() != 1 || !(Cur = Parents[0].get<Stmt>())) break;
      if (const auto *E = dyn_cast<Expr>(Cur); E && (isa<CallExpr, CXXConstructExpr>(E)))
        if (std::string N = calleeName(S, E); !N.empty()) return "'" + N + "' uses it here";
    }
    return "the API uses it here";
  }

  /// What the algorithm means for the rules (algorithmVerdicts): a
  /// candidate at \p At for each, with the notes back to the constant.
  void alg(const Value &Val, StringRef Context, const Expr *At, bool Implied,
           ParamRole Role = ParamRole::None) {
    for (AlgVerdict &AV : algorithmVerdicts(Cat, Val.A, Context, Implied, Role)) {
      Candidate C = base(AV.Rule, At, Val);
      C.Message = std::move(AV.Message);
      C.Context = std::move(AV.Context);
      C.Algorithm = std::move(AV.Algorithm);
      C.Bits = AV.Bits;
      C.Subject = std::move(AV.Subject);
      C.Status = AV.Status;
      Out.push_back(std::move(C));
    }
  }
};

} // namespace

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

static std::string quoted(const AlgSpec &A) {
  return A.Spelling.empty() ? std::string() : "'" + A.Spelling + "' ";
}

std::vector<AlgVerdict> algorithmVerdicts(const Catalog &Cat, const AlgSpec &A, StringRef Context,
                                          bool Implied, ParamRole Role) {
  std::vector<AlgVerdict> Out;
  auto Add = [&](const char *Rule) -> AlgVerdict & {
    Out.emplace_back();
    Out.back().Rule = Rule;
    return Out.back();
  };
  const FamilyInfo *F = Cat.family(A.Kind, A.Family);
  std::string Display = F ? F->Display : A.Family;
  std::string Sel = Implied ? "'" + A.Spelling + "' uses " : quoted(A) + "selects ";
  if (A.Kind == AlgKind::Cipher &&
      (Role == ParamRole::None || Role == ParamRole::Cipher || Role == ParamRole::AlgorithmName)) {
    if (!F) return Out;
    if (F->Status == FamilyStatus::Null) {
      Add(rules::NullCipher).Message = Sel + "the NULL cipher, which leaves the data unencrypted";
      return Out;
    }
    bool Export = A.Bits && A.Bits <= 56 && F->KeyBits > A.Bits;
    if (F->Status == FamilyStatus::Broken || F->Status == FamilyStatus::Legacy) {
      AlgVerdict &C = Add(rules::WeakCipher);
      C.Status = F->Status;
      if (F->Status == FamilyStatus::Broken)
        C.Message = Sel + "the broken cipher " + Display +
                    (Export ? " with an export-grade " + std::to_string(A.Bits) + "-bit key" : "") +
                    "; data encrypted with it can be recovered without the key";
      else
        C.Message = Sel + "the legacy cipher " + Display + " with a " +
                    std::to_string(F->BlockBits ? F->BlockBits : 64) +
                    "-bit block; long-lived keys leak plaintext through block collisions";
    } else if (A.Bits) { // the check compares with its MinSymmetricBits
      AlgVerdict &C = Add(rules::ShortKey);
      C.Algorithm = "symmetric";
      C.Bits = A.Bits;
      C.Subject = std::to_string(A.Bits) + "-bit " + Display + " key";
    }
    if (A.Mode == "ecb")
      Add(rules::EcbMode).Message = Sel + Display +
                                    " in ECB mode, which encrypts equal blocks to equal "
                                    "ciphertext and leaks the structure of the plaintext";
    return Out;
  }
  if (A.Kind == AlgKind::Digest &&
      (Role == ParamRole::None || Role == ParamRole::Digest || Role == ParamRole::AlgorithmName)) {
    if (!F || Context.empty()) return Out;
    if (F->Status != FamilyStatus::Broken && F->Status != FamilyStatus::Legacy) {
      // A digest below the profile's minimum size (thresholds.min-bits.digest).
      auto Min = Cat.thresholds().MinBits.find("digest");
      unsigned Bits = digestBits(A);
      if (Min == Cat.thresholds().MinBits.end() || !Bits || Bits >= Min->second) return Out;
      if (Context != "signature" && Context != "mac" && Context != "kdf") return Out;
      AlgVerdict &C = Add(rules::WeakHash);
      C.Context = Context.str();
      C.Message = Sel + "the " + std::to_string(Bits) + "-bit hash " + F->Display + " for " +
                  (Context == "signature" ? "a signature"
                   : Context == "mac"     ? "a message authentication code"
                                          : "key derivation") +
                  "; the policy profile requires a digest of at least " +
                  std::to_string(Min->second) + " bits";
      return Out;
    }
    static const StringMap<std::string> Why = {
        {"signature", "for a signature; collisions let an attacker forge signed data"},
        {"mac", "for a message authentication code; use HMAC with SHA-256 or stronger"},
        {"kdf", "for key derivation; the derived keys are only as strong as the hash"},
        {"password-hash", "to hash passwords; fast hashes let stolen hashes be cracked"},
    };
    auto W = Why.find(Context);
    if (W == Why.end()) return Out; // a plain digest: checksums are not findings
    AlgVerdict &C = Add(rules::WeakHash);
    C.Context = Context.str();
    C.Message = Sel + "the " + (F->Status == FamilyStatus::Broken ? "broken" : "weak") + " hash " +
                Display + " " + W->second;
    return Out;
  }
  if (A.Kind == AlgKind::PKey && A.Bits &&
      (A.Family == "ml-kem" || A.Family == "ml-dsa" || A.Family == "slh-dsa") &&
      Cat.thresholds().MinBits.count(A.Family)) {
    // A post-quantum parameter set below the profile's (CNSA 2.0: ML-KEM-1024).
    AlgVerdict &C = Add(rules::ShortKey);
    C.Algorithm = A.Family;
    C.Bits = A.Bits;
    C.Subject = "the " + Display + "-" + std::to_string(A.Bits) + " parameter set";
    return Out;
  }
  if ((A.Kind == AlgKind::Curve || A.Kind == AlgKind::Group) &&
      (Role == ParamRole::None || Role == ParamRole::Curve || Role == ParamRole::AlgorithmName)) {
    if (!A.Bits) return Out;
    AlgVerdict &C = Add(rules::ShortKey);
    C.Algorithm = A.Kind == AlgKind::Curve ? "ec" : "dh";
    C.Bits = A.Bits;
    C.Subject = (A.Kind == AlgKind::Curve ? "the " + std::to_string(A.Bits) + "-bit curve '"
                                          : "the " + std::to_string(A.Bits) + "-bit group '") +
                A.Spelling + "'";
    return Out;
  }
  if (A.Kind == AlgKind::Padding &&
      (Role == ParamRole::None || Role == ParamRole::Padding || Role == ParamRole::AlgorithmName)) {
    if (Context != "encryption" && Context != "decryption") return Out;
    if (A.Family == "rsa-oaep" || A.Family == "rsa-pss") return Out;
    AlgVerdict &C = Add(rules::RsaWithoutOaep);
    if (A.Family == "rsa-none")
      C.Message = quoted(A) + "turns RSA " + Context.str() +
                  " into raw textbook RSA, which is deterministic and malleable; use OAEP";
    else
      C.Message = quoted(A) + "selects PKCS#1 v1.5 padding for RSA " + Context.str() +
                  ", which padding-oracle attacks (Bleichenbacher) break; use OAEP";
  }
  return Out;
}

bool namesAlgorithm(ParamRole R) {
  return R == ParamRole::Cipher || R == ParamRole::Digest || R == ParamRole::Curve ||
         R == ParamRole::Padding || R == ParamRole::AlgorithmName;
}

std::vector<AlgSpec> flagAlgorithms(const ParamModel &P, int64_t Value) {
  std::vector<AlgSpec> Out;
  for (const ParamModel::FlagSpec &FS : P.Flags)
    if ((Value & FS.Bits) == FS.Bits) Out.push_back(FS.Spec);
  return Out;
}

TypeAlgorithms typeAlgorithms(const Catalog &Cat, QualType T) {
  TypeAlgorithms Out;
  if (!Cat.hasTypes() || T.isNull()) return Out;
  TypeNames N;
  N.sugar(T);
  std::set<std::string> Kinds;
  for (const CXXRecordDecl *RD : N.Records) {
    if (!RD->getDeclName().isIdentifier()) continue;
    std::string Name = plainQualifiedName(RD);
    if (Out.Context.empty()) Out.Context = Cat.typeContext(Name).str();
    if (auto A = Cat.typeSpec(Name))
      if (Kinds.insert((algKindName(A->Kind) + ":" + A->Family + ":" + A->Mode).str()).second)
        Out.Specs.push_back(*A);
  }
  return Out;
}

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
    A.paramStruct(IL);
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &weakPrimitivesOfOverride(AnalysisSession &S,
                                                       const CXXMethodDecl *MD) {
  return S.memo(MD, MemoKey::WeakPrimitivesOfOverride, [&] {
    Analyzer A(S);
    if (MD->hasBody()) A.overrides(MD);
    return dedupCandidates(std::move(A.Out));
  });
}

std::string keyAlgorithmDisplay(StringRef A) {
  if (A == "rsa") return "RSA";
  if (A == "dsa") return "DSA";
  if (A == "dh") return "Diffie-Hellman";
  if (A == "ec") return "elliptic-curve";
  return "symmetric";
}

std::string shortKeyMessage(const Candidate &C, unsigned MinBits) {
  std::string Min = std::to_string(MinBits);
  if (C.Algorithm == "ml-kem" || C.Algorithm == "ml-dsa" || C.Algorithm == "slh-dsa")
    return C.Subject + " is below the policy profile's minimum; use " +
           (C.Algorithm == "ml-kem"   ? "ML-KEM-"
            : C.Algorithm == "ml-dsa" ? "ML-DSA-"
                                      : "SLH-DSA-") +
           Min;
  if (C.Algorithm == "symmetric")
    return C.Subject + " is too short and can be found by exhaustive search; use at least " + Min +
           " bits";
  if (C.Algorithm == "ec")
    return C.Subject + " is too small and its keys can be broken; use a curve of at least " + Min +
           " bits such as P-256 or X25519";
  if (C.Algorithm == "dh")
    return C.Subject + " is too small and the shared secret can be computed; use at least " + Min +
           " bits";
  return C.Subject + " is too short and can be factored or broken; use at least " + Min + " bits";
}

} // namespace backdoor
