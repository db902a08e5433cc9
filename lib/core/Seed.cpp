//===--- Seed.cpp - what seeds a predictable generator ------------------===//
#include "core/Seed.h"
#include <functional>

#include "core/AstUtil.h"
#include "core/Provenance.h"
#include "core/Session.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <map>
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

std::string SeedEntropy::text() const {
  switch (Kind) {
  case Constant:
    return "a constant";
  case Unseeded:
    return "no seed";
  case FromSources:
    break;
  }
  return std::to_string(Bits) + " bits of " + join(this->Sources, " and ");
}

std::string SeedEntropy::noteText() const {
  return Kind == Unseeded ? "constructed without a seed here" : "seeded with " + text() + " here";
}

std::string SeedEntropy::consequence() const {
  switch (Kind) {
  case Constant:
    return "a constant seeds it, so the value is the same in every run";
  case Unseeded:
    return "it is never seeded, so the value is the same in every run";
  case FromSources:
    break;
  }
  return text() + " seed it, so the value can be recomputed by trying every seed";
}

json::Object SeedEntropy::toJson() const {
  json::Object O;
  O["kind"] = Kind == Constant ? "constant" : Kind == Unseeded ? "unseeded" : "sources";
  if (Kind == FromSources) {
    O["bits"] = int64_t(Bits);
    json::Array A;
    for (const std::string &Src : this->Sources) A.push_back(Src);
    O["sources"] = std::move(A);
  }
  return O;
}

std::optional<SeedEntropy> SeedEntropy::fromJson(const json::Object &O) {
  SeedEntropy E;
  StringRef K = O.getString("kind").value_or("");
  if (K == "constant") return E;
  if (K == "unseeded") {
    E.Kind = Unseeded;
    return E;
  }
  if (K != "sources") return std::nullopt;
  E.Kind = FromSources;
  std::optional<int64_t> B = O.getInteger("bits");
  const json::Array *A = O.getArray("sources");
  if (!B || *B <= 0 || *B > 64 || !A || A->empty()) return std::nullopt;
  E.Bits = unsigned(*B);
  for (const json::Value &V : *A)
    if (std::optional<StringRef> S = V.getAsString()) E.Sources.push_back(S->str());
  if (E.Sources.size() != A->size()) return std::nullopt;
  return E;
}

namespace {

/// What a seed expression holds while it is read: unknown, or at most so
/// many guessable bits of each source (none: a constant).
struct Acc {
  bool Unknown = false;
  std::map<std::string, unsigned> Bits; // by source

  static Acc unknown() {
    Acc A;
    A.Unknown = true;
    return A;
  }
  static Acc of(unsigned Bits, std::string Src) {
    Acc A;
    if (Bits) A.Bits[std::move(Src)] = Bits;
    return A;
  }
  unsigned total() const {
    unsigned T = 0;
    for (const auto &[Src, B] : Bits) T += B;
    return T;
  }
  /// Both parts combined (`time(0) ^ getpid()`): different sources add up;
  /// one source read twice (`tv.tv_sec ^ tv.tv_usec`) holds what it held.
  void mix(const Acc &O) {
    Unknown |= O.Unknown;
    for (const auto &[Src, B] : O.Bits) Bits[Src] = std::max(Bits[Src], B);
  }
  /// One or the other (two assignments, two srand calls): a guess tries the
  /// alternative that holds more bits, so that one bounds the seed (the
  /// bits of two alternatives never add up).
  void either(const Acc &O) {
    Unknown |= O.Unknown;
    if (O.total() > total()) Bits = O.Bits;
  }
};

/// Declared in std or a namespace inside it (std::chrono).
bool inStd(const Decl *D) {
  for (const DeclContext *DC = D ? D->getDeclContext() : nullptr; DC; DC = DC->getParent())
    if (DC->isStdNamespace()) return true;
  return false;
}

class SeedReader {
public:
  explicit SeedReader(AnalysisSession &S) : S(S), Ctx(S.index().context()) {}

  Acc expr(const Expr *E, unsigned Depth) {
    if (!E || Depth > 8) return Acc::unknown();
    E = stripAll(E);
    if (!E || E->isValueDependent() || E->isTypeDependent()) return Acc::unknown();
    if (E->getType()->isIntegralOrEnumerationType() && E->isIntegerConstantExpr(Ctx)) return Acc();
    if (const auto *CE = dyn_cast<CallExpr>(E)) return call(CE, Depth);
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->getOpcode() == BO_Comma) return expr(BO->getRHS(), Depth + 1);
      if (BO->isAssignmentOp()) return expr(BO->getRHS(), Depth + 1);
      if (!BO->isAdditiveOp() && !BO->isMultiplicativeOp() && !BO->isBitwiseOp() &&
          !BO->isShiftOp())
        return Acc::unknown();
      Acc A = expr(BO->getLHS(), Depth + 1);
      A.mix(expr(BO->getRHS(), Depth + 1));
      return A;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      switch (UO->getOpcode()) {
      case UO_Minus:
      case UO_Plus:
      case UO_Not:
        return expr(UO->getSubExpr(), Depth + 1);
      default:
        return Acc::unknown();
      }
    }
    if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
      Acc A = expr(CO->getTrueExpr(), Depth + 1);
      A.either(expr(CO->getFalseExpr(), Depth + 1));
      return A;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) return storage(DRE->getDecl(), Depth);
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      // tv.tv_sec of a `tv` gettimeofday filled: what was written to `tv`.
      if (const ValueDecl *Root = memberRoot(ME)) return storage(Root, Depth);
      return storage(ME->getMemberDecl(), Depth);
    }
    return Acc::unknown();
  }

  /// Every value a variable or field holds: its initializer and its writes.
  Acc storage(const ValueDecl *D, unsigned Depth) {
    if (!D || isa<ParmVarDecl>(D) || Depth > 8) return Acc::unknown();
    if (!Visiting.insert(D).second) return Acc(); // `s = s * 31 + x`: the other parts
    Acc A;
    bool Any = false;
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      if (VD->getType()->isReferenceType()) A = Acc::unknown();
      // Defined elsewhere, or written by another unit: unknown.
      if (VD->hasGlobalStorage() && VD->isExternallyVisible()) A = Acc::unknown();
      if (const Expr *Init = VD->getInit()) {
        const Expr *I = stripAll(Init);
        // A struct declared without an initializer has an implicit
        // construction: not a value.
        const auto *CC = dyn_cast_or_null<CXXConstructExpr>(I);
        if (!(CC && CC->getNumArgs() == 0)) {
          A.either(expr(Init, Depth + 1));
          Any = true;
        }
      }
    } else if (const auto *FD = dyn_cast<FieldDecl>(D)) {
      if (const Expr *Init = FD->getInClassInitializer()) {
        A.either(expr(Init, Depth + 1));
        Any = true;
      }
    } else {
      A = Acc::unknown();
    }
    for (const Write &W : S.index().writes(D)) {
      Any = true;
      switch (W.Kind) {
      case Write::Clear:
        break;
      case Write::Call: {
        const auto *CE = dyn_cast_or_null<CallExpr>(W.E);
        const FunctionModel *M = CE ? S.index().model(CE) : nullptr;
        // gettimeofday(&tv, NULL), time(&t): the model's entropy.
        if (M && M->SeedBits >= 0)
          A.either(Acc::of(unsigned(M->SeedBits), M->SeedSource));
        else
          A = Acc::unknown();
        break;
      }
      case Write::Part: // `s ^= getpid()`: mixed into what `s` held
        A.mix(expr(W.E, Depth + 1));
        break;
      default:
        A.either(expr(W.E, Depth + 1));
      }
      if (A.Unknown) break;
    }
    Visiting.erase(D);
    if (!Any) return Acc::unknown();
    return A;
  }

  Acc call(const CallExpr *CE, unsigned Depth) {
    if (const FunctionModel *M = S.index().model(CE)) {
      if (M->SeedBits >= 0) return Acc::of(unsigned(M->SeedBits), M->SeedSource);
      return Acc::unknown();
    }
    // now().time_since_epoch().count(): the clock's value, read through
    // the standard library's accessors.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && inStd(MD->getParent()) && MC->getNumArgs() == 0)
        return expr(MC->getImplicitObjectArgument(), Depth + 1);
      return Acc::unknown();
    }
    // std::chrono::duration_cast<...>(d): the duration's value.
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD) return Acc::unknown();
    if (inStd(FD) && CE->getNumArgs() == 1 && FD->getDeclName().isIdentifier() &&
        FD->getName().ends_with("_cast"))
      return expr(CE->getArg(0), Depth + 1);
    // A helper of the unit: what it returns.
    const FunctionDecl *Def = FD->getDefinition();
    if (!Def || !Def->hasBody() || Depth > 4 ||
        Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
      return Acc::unknown();
    if (!VisitingFns.insert(Def).second) return Acc::unknown();
    Acc A;
    bool Any = false;
    forEachReturn(Def->getBody(), [&](const ReturnStmt *R) {
      Any = true;
      A.either(expr(R->getRetValue(), Depth + 1));
    });
    VisitingFns.erase(Def);
    return Any ? A : Acc::unknown();
  }

private:
  template <typename Fn> static void forEachReturn(const Stmt *St, Fn F) {
    if (!St) return;
    if (const auto *R = dyn_cast<ReturnStmt>(St)) F(R);
    if (isa<LambdaExpr>(St)) return;
    for (const Stmt *C : St->children()) forEachReturn(C, F);
  }

  AnalysisSession &S;
  ASTContext &Ctx;
  SmallPtrSet<const ValueDecl *, 8> Visiting;
  SmallPtrSet<const FunctionDecl *, 4> VisitingFns;
};

/// One way a generator is seeded: the seed (null: the engine's fixed
/// default), the call or construction that gives it, and the seed's width.
struct Seeding {
  const Expr *Seed = nullptr;
  const Expr *At = nullptr;
  unsigned Width = 32;
};

unsigned widthOf(ASTContext &Ctx, const FunctionDecl *FD, unsigned Param) {
  if (FD && Param < FD->getNumParams()) {
    QualType T = FD->getParamDecl(Param)->getType().getNonReferenceType();
    if (T->isIntegralOrEnumerationType()) return unsigned(Ctx.getTypeSize(T));
  }
  return 32;
}

/// How many bits of a seed an engine keeps: std::mt19937 takes its seed
/// modulo 2^w (w = 32, though its result_type is 64 bits wide on LP64), a
/// linear congruential engine modulo m, a subtract-with-carry engine through
/// a 31-bit LCG; other engines (adaptors) all of \p ParamWidth.
unsigned keptBits(const CXXRecordDecl *RD, unsigned ParamWidth) {
  const auto *TS = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!TS || !TS->getSpecializedTemplate()->getDeclName().isIdentifier()) return ParamWidth;
  StringRef N = TS->getSpecializedTemplate()->getName();
  const TemplateArgumentList &A = TS->getTemplateArgs();
  auto Int = [&](unsigned I) -> std::optional<llvm::APSInt> {
    if (I < A.size() && A[I].getKind() == TemplateArgument::Integral) return A[I].getAsIntegral();
    return std::nullopt;
  };
  if (N == "mersenne_twister_engine")
    if (auto W = Int(1); W && W->getZExtValue() > 0)
      return std::min<unsigned>(ParamWidth, unsigned(W->getZExtValue()));
  if (N == "linear_congruential_engine")
    if (auto M = Int(3); M && *M != 0)
      return std::min<unsigned>(ParamWidth, std::max(1u, llvm::Log2_64_Ceil(M->getZExtValue())));
  if (N == "subtract_with_carry_engine") return std::min(ParamWidth, 31u);
  return ParamWidth;
}

/// The seed of a construction or a seed() call; false when it is no
/// integer (a std::seed_seq).
bool seedingOf(ASTContext &Ctx, const Expr *E, Seeding &Out) {
  const FunctionDecl *FD = nullptr;
  const Expr *Arg = nullptr;
  unsigned N = 0;
  if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(E)) {
    FD = CC->getConstructor();
    N = CC->getNumArgs();
    if (N) Arg = CC->getArg(0);
  } else if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E)) {
    FD = MC->getMethodDecl();
    N = MC->getNumArgs();
    if (N) Arg = MC->getArg(0);
  } else {
    return false;
  }
  Out.At = E;
  if (!N || isa<CXXDefaultArgExpr>(Arg)) {
    Out.Seed = nullptr;
    return true;
  }
  if (!Arg->getType()->isIntegralOrEnumerationType() || N > 1) {
    // A copy of another engine, or a std::seed_seq: not read here.
    return false;
  }
  Out.Seed = Arg;
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  Out.Width = keptBits(MD ? MD->getParent() : nullptr, widthOf(Ctx, FD, 0));
  return true;
}

/// How an engine variable or field is seeded: its seed() calls, or else its
/// constructions. False when any of them is not known.
bool engineSeedings(AnalysisSession &S, const ValueDecl *D, std::vector<Seeding> &Out) {
  ASTContext &Ctx = S.index().context();
  if (!D || isa<ParmVarDecl>(D) || D->getType()->isReferenceType() || D->getType()->isPointerType())
    return false;
  std::vector<Write> Ws = S.index().writes(D);
  for (const Write &W : Ws) {
    const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(W.E);
    if (W.Kind != Write::Call || W.Arg != ~0u || !MC || !MC->getMethodDecl() ||
        !MC->getMethodDecl()->getDeclName().isIdentifier() ||
        MC->getMethodDecl()->getName() != "seed")
      continue;
    Seeding Sd;
    if (!seedingOf(Ctx, MC, Sd)) return false;
    Out.push_back(Sd);
  }
  if (!Out.empty()) return true;
  auto Construction = [&](const Expr *E) {
    Seeding Sd;
    if (!seedingOf(Ctx, stripAll(E), Sd)) return false;
    Out.push_back(Sd);
    return true;
  };
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (VD->hasGlobalStorage() && VD->isExternallyVisible() && !VD->hasInit()) return false;
    if (!VD->getInit() || !Construction(VD->getInit())) return false;
  } else if (const auto *FD = dyn_cast<FieldDecl>(D)) {
    if (const Expr *I = FD->getInClassInitializer())
      if (!Construction(I)) return false;
  } else {
    return false;
  }
  // Other constructions: `gen = std::mt19937(s)`, a constructor's
  // initializer `rng_(seed)`.
  for (const Write &W : Ws) {
    if (W.Kind != Write::Assign) continue;
    if (!Construction(W.E)) return false;
  }
  if (Out.empty()) {
    // A field no constructor initializes: default-constructed when its class
    // declares no constructor of its own.
    const auto *FD = dyn_cast<FieldDecl>(D);
    const auto *RD = FD ? dyn_cast_or_null<CXXRecordDecl>(FD->getParent()) : nullptr;
    if (!RD || !RD->hasDefinition() || RD->hasUserDeclaredConstructor()) return false;
    Seeding Sd;
    Sd.At = nullptr;
    Out.push_back(Sd);
  }
  return true;
}

/// The engine a generator call draws from: `gen` of `gen()` and of `dist(gen)`.
const ValueDecl *engineOf(AnalysisSession &S, const CXXOperatorCallExpr *OC) {
  const CatalogPattern *Eng = S.catalog().pattern("predictable-engine-type");
  if (!Eng) return nullptr;
  for (const Expr *A : OC->arguments()) {
    QualType T = A->getType().getNonReferenceType();
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD || !Eng->match(plainQualifiedName(RD))) continue;
    const Expr *E = stripAll(A);
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E)) return DRE->getDecl();
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(E)) return ME->getMemberDecl();
    return nullptr;
  }
  return nullptr;
}

/// The generator object a modelled member call draws from (`rng` of
/// Crypto++'s `rng.GenerateBlock(out, n)`): a variable or field, when every
/// call on it either draws from it (a model with `predictable` or
/// `predictable-return`) or seeds it (`seed()`), and nothing else writes it
/// but its constructions. Null otherwise: a generator handed to a function,
/// or fed by a method the catalog does not know, has a seed the unit does not
/// show.
const ValueDecl *generatorObjectOf(AnalysisSession &S, const CXXMemberCallExpr *MC) {
  auto Draws = [&](const CallExpr *CE) {
    const FunctionModel *M = CE ? S.index().model(CE) : nullptr;
    return M && M->SeededBy.empty() && (M->PredictableReturn || !M->Predictable.empty());
  };
  if (!Draws(MC)) return nullptr;
  const Expr *Obj = stripAll(MC->getImplicitObjectArgument());
  const ValueDecl *D = nullptr;
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(Obj))
    D = DRE->getDecl();
  else if (const auto *ME = dyn_cast_or_null<MemberExpr>(Obj); ME && !ME->isArrow())
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())) D = ME->getMemberDecl();
  if (!D || !(isa<VarDecl>(D) || isa<FieldDecl>(D))) return nullptr;
  std::vector<Write> Ws = S.index().writes(D);
  // The arguments of the calls on the object (the index counts them as data
  // going into it): those of a draw or a seed() are accounted for.
  SmallPtrSet<const Expr *, 8> Known;
  for (const Write &W : Ws) {
    if (W.Kind == Write::Assign) continue; // a construction, read by engineSeedings
    const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(W.E);
    if (W.Kind != Write::Call || W.Arg != ~0u || !Call) continue;
    const CXXMethodDecl *MD = Call->getMethodDecl();
    bool Seeds = MD && MD->getDeclName().isIdentifier() && MD->getName() == "seed";
    if (!Seeds && !Draws(Call)) return nullptr;
    for (const Expr *A : Call->arguments()) Known.insert(A);
  }
  for (const Write &W : Ws)
    if (W.Kind != Write::Assign && !(W.Kind == Write::Call && W.Arg == ~0u) && !Known.count(W.E))
      return nullptr;
  return D;
}

} // namespace

namespace {

/// The seedings \p Calls of the seeding function \p FD (srand) make.
void seedingsOf(ASTContext &Ctx, const FunctionDecl *FD, ArrayRef<const CallExpr *> Calls,
                std::vector<Seeding> &Seeds) {
  for (const CallExpr *Call : Calls) {
    if (Call->getNumArgs() < 1) continue;
    Seeding Sd;
    Sd.Seed = Call->getArg(0);
    Sd.At = Call;
    Sd.Width = widthOf(Ctx, FD, 0);
    Seeds.push_back(Sd);
  }
}

/// The calls of the seeding functions named \p SeededBy (srand, std::srand)
/// anywhere in the unit: they seed the one global generator.
void globalSeedings(AnalysisSession &S, ArrayRef<std::string> SeededBy,
                    std::vector<Seeding> &Seeds) {
  for (const auto &[FD, Calls] : S.index().calls()) {
    if (!FD || !FD->getDeclName().isIdentifier()) continue;
    std::string Q = plainQualifiedName(FD);
    if (!is_contained(SeededBy, Q) && !is_contained(SeededBy, FD->getName().str())) continue;
    seedingsOf(S.index().context(), FD, Calls, Seeds);
  }
}

/// What \p Seeds together seed a generator with; nothing when one is not
/// understood or the seed holds more than 64 bits.
std::optional<SeedFinding> entropyOf(AnalysisSession &S, ArrayRef<Seeding> Seeds) {
  if (Seeds.empty()) return std::nullopt;
  SeedReader R(S);
  Acc All;
  bool AllDefault = true;
  unsigned Width = 0;
  const Expr *At = nullptr;
  for (const Seeding &Sd : Seeds) {
    if (!At) At = Sd.At;
    if (!Sd.Seed) continue; // the engine's fixed default seed: a constant
    AllDefault = false;
    All.either(R.expr(Sd.Seed, 0));
    Width = std::max(Width, Sd.Width);
    if (All.Unknown) return std::nullopt;
  }
  SeedFinding F;
  F.At = At;
  if (AllDefault) {
    F.Seed.Kind = SeedEntropy::Unseeded;
    return F;
  }
  unsigned Bits = std::min(All.total(), Width);
  if (Bits == 0) return F; // a constant
  if (Bits > 64) return std::nullopt;
  F.Seed.Kind = SeedEntropy::FromSources;
  F.Seed.Bits = Bits;
  for (const auto &[Src, B] : All.Bits) F.Seed.Sources.push_back(Src);
  return F;
}

} // namespace

const FunctionModel *globalGenerator(AnalysisSession &S, const Expr *Predictable) {
  const auto *CE = dyn_cast_or_null<CallExpr>(Predictable);
  if (!CE || isa<CXXOperatorCallExpr>(CE) || isa<CXXMemberCallExpr>(CE)) return nullptr;
  const FunctionModel *M = S.index().model(CE);
  return M && !M->SeededBy.empty() ? M : nullptr;
}

std::optional<SeedFinding> seedOf(AnalysisSession &S, const Expr *Predictable) {
  if (!Predictable) return std::nullopt;
  std::vector<Seeding> Seeds;
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Predictable);
      OC && OC->getOperator() == OO_Call) {
    if (!engineSeedings(S, engineOf(S, OC), Seeds)) return std::nullopt;
  } else if (const ValueDecl *Gen = isa<CXXMemberCallExpr>(Predictable)
                                        ? generatorObjectOf(S, cast<CXXMemberCallExpr>(Predictable))
                                        : nullptr) {
    // A generator object's draw (Crypto++'s LC_RNG rng(seed); rng.GenerateBlock):
    // seeded by its construction, like an engine.
    if (!engineSeedings(S, Gen, Seeds)) return std::nullopt;
  } else if (const auto *CE = dyn_cast<CallExpr>(Predictable)) {
    const FunctionModel *M = S.index().model(CE);
    if (!M || M->SeededBy.empty()) return std::nullopt;
    // srand() anywhere in the unit seeds the one global generator.
    globalSeedings(S, M->SeededBy, Seeds);
  }
  return entropyOf(S, Seeds);
}

std::vector<UnitSeeding> unitSeedings(AnalysisSession &S) {
  std::vector<UnitSeeding> Out;
  const std::vector<std::string> &Seeders = S.catalog().seeders();
  auto Seeder = [&](const std::string &N) {
    return std::binary_search(Seeders.begin(), Seeders.end(), N);
  };
  for (const auto &[FD, Calls] : S.index().calls()) {
    if (!FD || !FD->getDeclName().isIdentifier() || Calls.empty()) continue;
    std::string By = FD->getName().str();
    if (!Seeder(By)) {
      if (FD->getDeclContext()->getRedeclContext()->isTranslationUnit()) continue;
      By = plainQualifiedName(FD);
      if (!Seeder(By)) continue;
    }
    std::vector<Seeding> Seeds;
    seedingsOf(S.index().context(), FD, Calls, Seeds);
    if (Seeds.empty()) continue;
    UnitSeeding U;
    U.By = By;
    U.At = Seeds.front().At;
    U.Seed = entropyOf(S, Seeds);
    Out.push_back(std::move(U));
  }
  return Out;
}

std::string sizedArticle(ASTContext &Ctx, const Expr *Buffer) {
  if (!Buffer) return "the ";
  const Expr *E = Buffer->IgnoreParenImpCasts();
  if (const auto *CAT = Ctx.getAsConstantArrayType(E->getType()))
    if (Ctx.getTypeSize(CAT->getElementType()) == 8 && CAT->getSize().getZExtValue() > 0 &&
        CAT->getSize().getZExtValue() <= 1024)
      return "the " + std::to_string(CAT->getSize().getZExtValue() * 8) + "-bit ";
  return "the ";
}

StringRef fakeEntropyText(FakeEntropy Why) {
  switch (Why) {
  case FakeEntropy::None:
    return "";
  case FakeEntropy::NeverFills:
    return "never fills its output";
  case FakeEntropy::Guessable:
    return "returns guessable data";
  case FakeEntropy::PassedIn:
    return "returns the data it was handed, not entropy";
  case FakeEntropy::Constant:
    return "returns constant data";
  case FakeEntropy::Clock:
    return "returns data computed from the clock alone";
  }
  return "";
}

/// Whether the only data \p Def (and the unit's functions it calls, a few
/// levels deep) reads from outside is the clock (`clock_gettime`, `time`,
/// an uptime): every call it makes is a clock read, a function of the unit
/// that reads nothing else, or a library call the catalog says reads and
/// writes nothing from outside (memcpy). A call the analysis cannot see
/// may read entropy.
static bool readsOnlyClock(AnalysisSession &S, const FunctionDecl *Def, unsigned Depth,
                           bool &Clock, llvm::SmallPtrSetImpl<const FunctionDecl *> &Seen) {
  if (!Def || !Def->getBody() || Depth > 4) return false;
  if (!Seen.insert(Def).second) return true; // each function is read once (its answer stands)
  if (Seen.size() > 64) return false;
  ProvenanceAnalysis &PA = S.provenance();
  bool Other = anyStmtIn(Def->getBody(), [&](const Stmt *X) {
    const auto *CE = dyn_cast<CallExpr>(X);
    if (!CE) return false;
    if (const FunctionModel *M = PA.model(CE)) {
      if (M->Input == InputKind::Clock || M->Input == InputKind::Uptime) {
        Clock = true;
        return false;
      }
      return M->Input != InputKind::None || M->Rng || M->KeySourceReturn ||
             !M->KeySourceArgs.empty() || !M->External.empty() || M->ExternalReturn;
    }
    const FunctionDecl *Callee = CE->getDirectCallee();
    const FunctionDecl *CDef = nullptr;
    if (!Callee || !Callee->hasBody(CDef) || !CDef) return true;
    return !readsOnlyClock(S, CDef, Depth + 1, Clock, Seen);
  });
  return !Other;
}

/// Every write into the entropy function's output copies a field of the
/// context it was handed (`const struct cfg *c = data; memcpy(out,
/// c->gw_serial, n)`): the caller's data, not entropy, whatever it holds.
static bool copiesHandedContext(AnalysisSession &S, const FunctionDecl *Def, unsigned Output) {
  const ParmVarDecl *Out = Def->getParamDecl(Output);
  // The parameter a pointer names, directly or through a local it
  // initializes (`const struct cfg *c = data;`).
  auto HandedParam = [&](const ValueDecl *D) -> bool {
    for (unsigned Guard = 0; D && Guard < 3; ++Guard) {
      if (const auto *P = dyn_cast<ParmVarDecl>(D)) return P != Out && P->getDeclContext() == Def;
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage() || !VD->getInit() || !VD->getType()->isPointerType() ||
          !S.index().writes(VD).empty())
        return false;
      D = targetDecl(VD->getInit());
    }
    return false;
  };
  const std::vector<Write> Ws = S.index().writes(Out);
  if (Ws.empty()) return false;
  auto Handed = [&](const Expr *Src) {
    const ValueDecl *Root = memberRoot(Src);
    return Root && HandedParam(Root);
  };
  // A field of the handed context mixed with constants and counters
  // (`out[i] = c->mac[i % 6] ^ kBootMix[i % 16] ^ i`): still what it was
  // handed, stirred.
  std::function<bool(const Expr *, bool &)> Mix = [&](const Expr *E, bool &Any) -> bool {
    E = E->IgnoreParenCasts();
    if (isa<IntegerLiteral, CharacterLiteral>(E)) return true;
    if (const auto *BO = dyn_cast<BinaryOperator>(E))
      return (BO->isBitwiseOp() || BO->isAdditiveOp() || BO->isMultiplicativeOp() ||
              BO->isShiftOp()) &&
             Mix(BO->getLHS(), Any) && Mix(BO->getRHS(), Any);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      return (UO->getOpcode() == UO_Not || UO->getOpcode() == UO_Minus) && Mix(UO->getSubExpr(), Any);
    if (isa<MemberExpr>(E) || isa<ArraySubscriptExpr>(E)) {
      if (Handed(E)) return Any = true;
      const auto *AS = dyn_cast<ArraySubscriptExpr>(E);
      const auto *B = AS ? dyn_cast<DeclRefExpr>(AS->getBase()->IgnoreParenImpCasts()) : nullptr;
      const auto *VD = B ? dyn_cast<VarDecl>(B->getDecl()) : nullptr;
      return VD && VD->hasGlobalStorage() && VD->getType().isConstQualified();
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      return VD && VD->getType()->isIntegerType() &&
             (VD->hasLocalStorage() || VD->getType().isConstQualified());
    }
    return false;
  };
  auto HandedMix = [&](const Expr *Src) {
    if (Handed(Src)) return true;
    bool Any = false;
    return Src && Mix(Src, Any) && Any;
  };
  for (const Write &W : Ws) {
    if (W.Fn != Def || !W.E) return false;
    if (W.Kind == Write::Call) {
      // memcpy(out, c->gw_serial, n): a copy model's sources.
      const auto *CE = dyn_cast<CallExpr>(W.E);
      const FunctionModel *M = CE ? S.index().model(CE) : nullptr;
      if (!M || M->CopyTo != int(W.Arg) || M->CopyFrom.empty() || M->CopyTransforms)
        return false;
      for (int F : M->CopyFrom)
        if (F < 0 || unsigned(F) >= CE->getNumArgs() || !Handed(CE->getArg(F))) return false;
      continue;
    }
    if ((W.Kind != Write::Whole && W.Kind != Write::Part && W.Kind != Write::Assign) ||
        !HandedMix(W.E))
      return false;
  }
  return true;
}

FakeEntropy fakeEntropyReason(AnalysisSession &S, const FunctionDecl *FD, unsigned Output) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || Output >= Def->getNumParams()) return FakeEntropy::None;
  const Prov *W = S.provenance().writtenThrough(Def, Output);
  if (!W) return FakeEntropy::NeverFills;
  if (W->Predictable) return FakeEntropy::Guessable;
  // Bytes computed from the clock alone (a xorshift over clock_gettime):
  // whoever knows roughly when the generator ran can recompute them.
  if ((W->External || W->Unknown) && llvm::none_of(W->Origins, [](const Origin &O) {
        return O.Kind == Origin::Secret || O.Kind == Origin::Link;
      })) {
    bool Clock = false;
    llvm::SmallPtrSet<const FunctionDecl *, 16> Seen;
    if (readsOnlyClock(S, Def, 0, Clock, Seen) && Clock) return FakeEntropy::Clock;
  }
  if (W->External || W->Unknown)
    return copiesHandedContext(S, Def, Output) ? FakeEntropy::PassedIn : FakeEntropy::None;
  for (const Origin &O : W->Origins)
    if (O.Kind == Origin::Secret || O.Kind == Origin::Link) return FakeEntropy::None;
  bool Param = llvm::any_of(W->Origins, [](const Origin &O) { return O.Kind == Origin::Param; });
  return Param ? FakeEntropy::PassedIn : FakeEntropy::Constant;
}

} // namespace backdoor
