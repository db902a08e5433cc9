//===--- Provenance.cpp - where data comes from --------------------------===//
#include "core/Provenance.h"
#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/Summary.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <functional>
#include <set>
#include <tuple>

using namespace clang;
using namespace llvm;

namespace backdoor {

static constexpr unsigned MaxDepth = 12;
static constexpr size_t MaxOrigins = 24;
static constexpr size_t MaxNestedSummaries = 8;

std::vector<const Origin *> Prov::wholeConstants() const {
  // Zero-filled storage is a value only when nothing else ever fills it (a
  // generator included: std::generate(k.begin(), k.end(), rand)).
  bool OnlyClearing = !External && !Unknown && !Predictable && !Random;
  for (const Origin &O : Origins) OnlyClearing &= O.Kind == Origin::Const && O.Clearing;
  std::vector<const Origin *> Out;
  for (const Origin &O : Origins)
    if (O.Kind == Origin::Const && !O.Partial && (!O.Clearing || OnlyClearing || O.ZeroReaches))
      Out.push_back(&O);
  return Out;
}

bool Prov::hasNonConstant() const {
  if (External || Unknown) return true;
  for (const Origin &O : Origins)
    if (O.Kind != Origin::Const) return true;
  return false;
}

bool Prov::generatedOnly() const {
  return !hasInput() && !Unknown && llvm::all_of(Origins, [](const Origin &O) {
    return O.Kind == Origin::Const && O.Clearing;
  });
}

std::vector<const Origin *> Prov::secrets() const {
  std::vector<const Origin *> Out;
  for (const Origin &O : Origins)
    if (O.Kind == Origin::Secret) Out.push_back(&O);
  return Out;
}

namespace {

/// Whether \p Into, capped at MaxOrigins, takes \p O: key material, and
/// what another unit's function returns or writes at one call
/// (`hex(r.diag.key)` among a record's many fields serialised together),
/// past the cap other links fill.
bool roomFor(const Prov &Into, const Origin &O) {
  return Into.Origins.size() < MaxOrigins ||
         ((O.Kind == Origin::Secret || (O.Kind == Origin::Link && O.Site)) &&
          Into.Origins.size() < 2 * MaxOrigins);
}

/// Alternatives: the data is one of these.
void alt(Prov &Into, const Prov &P) {
  Into.External |= P.External;
  Into.Unknown |= P.Unknown;
  Into.Opaque |= P.Opaque;
  if (!Into.Predictable) Into.Predictable = P.Predictable;
  if (!Into.Random) Into.Random = P.Random;
  if (!Into.hasInput()) {
    Into.Input = P.Input;
    Into.InputParam = P.InputParam;
  }
  for (const Origin &O : P.Origins)
    if (roomFor(Into, O)) Into.Origins.push_back(O);
}

/// Key material does not survive a one-way function (a hash, a fingerprint).
void dropSecrets(Prov &P) {
  llvm::erase_if(P.Origins, [](const Origin &O) { return O.Kind == Origin::Secret; });
  for (Origin &O : P.Origins)
    // and none of the argument's (another unit's) key material survives
    if (O.Kind == Origin::Param || O.Kind == Origin::Link) O.Hashed = true;
}

/// Parts: the data is made of all of these together. \p Pieces: the parts
/// are writes of pieces of one storage, some of them on other paths (a
/// member copied on one branch, another unit's constant on the other).
Prov combine(const std::vector<Prov> &Parts, bool Transform, bool Pieces = false) {
  Prov Out;
  bool AnyNonConst = false;
  for (const Prov &P : Parts) {
    alt(Out, P);
    // A generator's output carries no origin of its own, but it is no
    // constant: `rand() & 0xff` is not the constant 0xff.
    AnyNonConst |= P.hasNonConstant() || P.Predictable || P.Random;
  }
  if (!AnyNonConst && Out.Origins.size() > 1) {
    // Constants combined with constants are one constant: keep the origin
    // that best names it (a named array or string over a scalar like 0x5a).
    const Origin *Best = nullptr;
    auto Score = [](const Origin &O) {
      int S = 0;
      if (!O.Clearing) S += 4;
      if (O.Named) S += 2;
      if (O.Def && (O.Def->getType()->isArrayType() || isa<clang::StringLiteral>(O.Def) ||
                    isa<InitListExpr>(O.Def)))
        S += 1;
      return S;
    };
    for (const Origin &O : Out.Origins)
      if (!Best || Score(O) > Score(*Best)) Best = &O;
    Origin Keep = *Best;
    bool AllClearing = llvm::all_of(Out.Origins, [](const Origin &O) { return O.Clearing; });
    Keep.Clearing = AllClearing;
    Keep.Bytes.reset();
    Keep.Transformed |= Transform;
    Out.Origins = {Keep};
    return Out;
  }
  // A Link origin is whole when every other part is constant: the link
  // step may find it constant, and the combination with it. Two parts each
  // linked (`pass_ + ":" + tenant`, a member and a parameter) are each only
  // part of the value: one found constant does not make the value constant.
  // (Parts of one linked object, `kPilot[0]` and `kPilot[1]`, are one value.)
  bool OtherNonConst = false;
  unsigned LinkedParts = 0;
  std::set<std::tuple<std::string, std::string, unsigned>> Linked;
  for (const Prov &P : Parts) {
    bool HasLink = false;
    for (const Origin &O : P.Origins)
      if (O.Kind == Origin::Link) HasLink = true, Linked.insert({O.What, O.Symbol, O.ParamIndex});
    LinkedParts += HasLink;
    OtherNonConst |= !Pieces && LinkedParts > 1 && Linked.size() > 1;
    OtherNonConst |= P.External || (P.Unknown && !HasLink) || P.Predictable ||
                     llvm::any_of(P.Origins, [](const Origin &O) {
                       return O.Kind == Origin::Param || O.Kind == Origin::Secret;
                     });
  }
  // One part is one value, converted: its origins are alternatives (a
  // parameter a caller of the unit passes a constant and callers elsewhere
  // something else), each the whole value on its path, not pieces of it.
  if (Parts.size() == 1 && !Pieces) OtherNonConst = AnyNonConst = false;
  for (Origin &O : Out.Origins)
    if (O.Kind == Origin::Link) {
      O.Partial |= OtherNonConst;
      O.Transformed |= Transform || Parts.size() > 1;
    }
  bool MultipleConst = 0;
  unsigned ConstCount = 0;
  for (const Origin &O : Out.Origins) ConstCount += O.Kind == Origin::Const && !O.Clearing;
  MultipleConst = ConstCount > 1;
  // Every part may be a constant on its path (`user` is the configured
  // name or "admin", `password` the configured one or "admin"): the
  // combination of those defaults is one of the values, named by one of
  // them; the other constants are pieces of it.
  const Origin *Whole = nullptr;
  if (AnyNonConst && !Pieces && Parts.size() > 1 &&
      llvm::all_of(Parts, [](const Prov &P) {
        return !P.Predictable && !P.Random && llvm::any_of(P.Origins, [](const Origin &O) {
                 return O.Kind == Origin::Const && !O.Partial && !O.Clearing;
               });
      }))
    for (const Origin &O : Out.Origins)
      if (O.Kind == Origin::Const && !O.Partial && !O.Clearing && (!Whole || (O.Named && !Whole->Named)))
        Whole = &O;
  for (Origin &O : Out.Origins) {
    if (AnyNonConst && O.Kind == Origin::Const && &O != Whole) O.Partial = true;
    if (&O == Whole) O.Transformed = true;
    if (Transform || MultipleConst || Parts.size() > 1) O.Bytes.reset();
    if (Transform) O.Transformed = true;
  }
  return Out;
}

Prov unknown() {
  Prov P;
  P.Unknown = true;
  P.Opaque = true;
  return P;
}

/// What any unit of the program writes into the field \p F of a header's
/// record (a "member" Link origin), or none when the field has no name
/// units agree on.
std::optional<Origin> memberLink(const FieldDecl *F) {
  std::string Sym = memberLinkName(F);
  if (Sym.empty()) return std::nullopt;
  Origin O;
  O.Kind = Origin::Link;
  O.What = "member";
  O.Symbol = std::move(Sym);
  O.Named = F;
  return O;
}

Prov external() {
  Prov P;
  P.External = true;
  return P;
}

/// Something another translation unit defines (see Origin::Link): not
/// understood here, and named for the link step when it has linkage.
Prov linked(const char *What, const NamedDecl *D, unsigned Index = 0,
            std::string Sym = std::string()) {
  Prov P = unknown();
  if (Sym.empty() && D) Sym = linkageName(D);
  if (Sym.empty()) return P;
  P.Opaque = false; // the link step answers it
  Origin O;
  O.Kind = Origin::Link;
  O.What = What;
  O.Symbol = std::move(Sym);
  O.ParamIndex = Index;
  O.Named = D;
  P.Origins.push_back(std::move(O));
  return P;
}

std::optional<std::string> stringBytes(const clang::StringLiteral *SL) {
  if (SL->getCharByteWidth() != 1) return std::nullopt;
  return SL->getString().str();
}

bool isZero(const Expr *E, ASTContext &Ctx) {
  if (E->isValueDependent()) return false;
  Expr::EvalResult R;
  return E->getType()->isIntegralOrEnumerationType() && E->EvaluateAsInt(R, Ctx) &&
         R.Val.getInt().isZero();
}

/// A test of a setting's presence, not an operation that may fail: made of
/// variables, fields, comparisons and negations, and of `empty()`, `size()`,
/// `length()` or `strlen` calls (`keyfile != NULL`, `!opts.key_file.empty()`).
bool settingTest(const Expr *E) {
  return !anyStmtIn(E, [](const Stmt *St) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(St)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      return !(MD && MD->getDeclName().isIdentifier() &&
               (MD->getName() == "empty" || MD->getName() == "size" ||
                MD->getName() == "length"));
    }
    if (isa<CXXOperatorCallExpr>(St)) return true;
    if (const auto *CE = dyn_cast<CallExpr>(St)) {
      const FunctionDecl *FD = CE->getDirectCallee();
      return !(FD && FD->getDeclName().isIdentifier() && FD->getName() == "strlen");
    }
    return false;
  });
}

/// Origins seen through a decoder: exact bytes when the input was hex text.
void decodeOrigins(Prov &P, DecodeKind How) {
  for (Origin &O : P.Origins) {
    if (How == DecodeKind::Hex && O.Bytes && O.Bytes->size() % 2 == 0 &&
        llvm::all_of(*O.Bytes, [](char C) { return llvm::isHexDigit(C); })) {
      O.Bytes = llvm::fromHex(*O.Bytes);
      continue;
    }
    O.Bytes.reset();
    O.Transformed = true;
  }
  // A hash of key material is not the key, as for a copy that transforms.
  if (How == DecodeKind::Digest) dropSecrets(P);
}

using Target = StorageTarget;
Target targetOf(const Expr *E) { return storageTarget(E); }

} // namespace

Prov linkedValue(const char *What, const NamedDecl *D, unsigned Index) {
  return linked(What, D, Index);
}

const ValueDecl *targetDecl(const Expr *E) { return targetOf(E).D; }

const ParamModel *paramFor(const FunctionModel &M, const FunctionDecl *FD, unsigned I) {
  std::string Name;
  if (FD && I < FD->getNumParams() && FD->getParamDecl(I)->getDeclName().isIdentifier())
    Name = FD->getParamDecl(I)->getName().str();
  return M.param(int(I), Name);
}

std::vector<std::pair<const CXXMethodDecl *, const FunctionModel *>>
overriddenModels(const Catalog &Cat, const CXXMethodDecl *MD) {
  std::vector<std::pair<const CXXMethodDecl *, const FunctionModel *>> Out;
  for (const CXXMethodDecl *B : overriddenMethods(MD))
    if (const FunctionModel *M = Cat.function(plainQualifiedName(B)))
      if (M->Override.Present) Out.push_back({B, M});
  return Out;
}

static void stringLeaves(const Stmt *S, std::vector<const Expr *> &Out, unsigned Depth) {
  if (!S || Depth > 24) return;
  if (const auto *SL = dyn_cast<clang::StringLiteral>(S)) {
    Out.push_back(SL);
    return;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (VD->hasLocalStorage() || VD->getType().isConstQualified())
        if (const Expr *Init = VD->getInit()) stringLeaves(Init, Out, Depth + 1);
  for (const Stmt *C : S->children()) stringLeaves(C, Out, Depth + 1);
}

std::vector<const Expr *> returnedLeaves(const ReturnStmt *RS) {
  std::vector<const Expr *> Out;
  const Expr *E = RS->getRetValue();
  if (!E) return Out;
  QualType T = E->getType();
  if (T->isRecordType() && !T->isPointerType()) {
    // A string itself (std::string) is its own value; a container holds several.
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    bool IsString = RD && RD->getDeclName().isIdentifier() &&
                    (RD->getName() == "basic_string" || RD->getName() == "basic_string_view");
    if (!IsString) {
      stringLeaves(E, Out, 0);
      return Out;
    }
  }
  Out.push_back(E);
  return Out;
}

/// The function an argument or a stored value names: `fn`, `&fn`, a
/// captureless lambda converted to a function pointer (its call operator).
static const FunctionDecl *storedFunction(const Expr *E) {
  for (unsigned Guard = 0; E && Guard < 4; ++Guard) {
    E = E->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf) {
      E = U->getSubExpr();
      continue;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) return dyn_cast<FunctionDecl>(DRE->getDecl());
    if (const auto *LE = dyn_cast<LambdaExpr>(E)) return LE->getCallOperator();
    // [](...) {...} converted to a pointer: the conversion's object.
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
        MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl())) {
      E = MC->getImplicitObjectArgument();
      continue;
    }
    if (const auto *T = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = T->getSubExpr();
      continue;
    }
    return nullptr;
  }
  return nullptr;
}

void ProvenanceAnalysis::indexMainFile() {
  if (MainIndexed) return;
  MainIndexed = true;
  const UnitIndex::CallMap &Calls = Idx.calls();
  // Variables and fields passed to a key parameter of a modelled API.
  for (auto &[FD, List] : Calls)
    for (const CallExpr *CE : List) {
      const FunctionModel *M = model(CE);
      if (!M) continue;
      for (unsigned I = 0; I < CE->getNumArgs(); ++I)
        if (const ParamModel *P = paramFor(*M, FD, I))
          if (P->Role == ParamRole::Key || P->Role == ParamRole::PrivateKey)
            if (const ValueDecl *D = targetOf(CE->getArg(I)).D) KeyArgs.insert(D);
    }
  // Callbacks that receive untrusted input (uv_read_start(s, alloc, on_read)).
  auto AddCallback = [&](const FunctionDecl *Fn, const Expr *Reg, const std::vector<int> &Params,
                         InputKind Kind, std::string Through) {
    Fn = Fn->getCanonicalDecl();
    if (!InputCallbackOf.try_emplace(Fn, InputCallbackList.size()).second) return;
    InputCallbackList.push_back({Fn, Reg, Params, Kind, std::move(Through)});
  };
  for (auto &[FD, List] : Calls)
    for (const CallExpr *CE : List) {
      const FunctionModel *M = model(CE);
      if (!M || M->InputCallback < 0 || unsigned(M->InputCallback) >= CE->getNumArgs()) continue;
      if (const FunctionDecl *CB = storedFunction(CE->getArg(M->InputCallback)))
        AddCallback(CB, CE, M->InputCallbackParams,
                    M->InputCallbackKind == InputKind::None ? InputKind::Network
                                                            : M->InputCallbackKind,
                    FD->getNameAsString());
    }
  // Callback fields of a framework's records (`cb.auth_password_function =
  // on_password`; `{"http", http_cb, ...}` of a `lws_protocols` table).
  if (Cat.hasInputFields())
    for (const FieldDecl *F : Idx.writtenFields()) {
      const RecordDecl *RD = F->getParent();
      if (!F->getDeclName().isIdentifier() || !F->getType()->isFunctionPointerType()) continue;
      std::string Record = RD->getName().str();
      if (Record.empty())
        if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
          Record = TD->getName().str();
      const InputFieldModel *IF = Cat.inputField(Record + "::" + F->getName().str());
      if (!IF) continue;
      for (const Write &W : writes(F))
        if (W.Kind == Write::Assign && W.E)
          if (const FunctionDecl *CB = storedFunction(W.E)) {
            InputFieldRegs.try_emplace(W.E, IF);
            AddCallback(CB, W.E, IF->Params, IF->Kind, IF->Name);
          }
    }
  for (auto &[FD, List] : Calls)
    if (FD->getDeclName().isIdentifier()) {
      CalledNames.insert(FD->getName());
      if (isa<CXXMethodDecl>(FD) || !FD->getDeclContext()->isTranslationUnit())
        CalledNames.insert(plainQualifiedName(FD));
    }
}

std::vector<Write> ProvenanceAnalysis::wholeFills(const VarDecl *R) {
  std::vector<Write> Fills;
  for (const Write &W : writes(R)) {
    if (W.Kind == Write::Assign || W.Kind == Write::Whole)
      Fills.push_back(W);
    else if (W.Kind == Write::Call)
      if (const auto *CE = dyn_cast_or_null<CallExpr>(W.E);
          CE && W.Arg < CE->getNumArgs() && targetOf(CE->getArg(W.Arg)).Whole)
        Fills.push_back(W);
  }
  return Fills;
}

std::vector<Write> ProvenanceAnalysis::writes(const ValueDecl *D) {
  indexMainFile();
  return Idx.writes(D);
}

bool ProvenanceAnalysis::calledInUnit(StringRef Name) {
  indexMainFile();
  return CalledNames.count(Name);
}

bool ProvenanceAnalysis::calledInUnitMatching(StringRef Pattern) {
  indexMainFile();
  Regex Re(Pattern, Regex::IgnoreCase);
  for (const auto &N : CalledNames)
    if (Re.match(N.getKey())) return true;
  return false;
}

bool ProvenanceAnalysis::calledInUnitReadingResult(StringRef Name) {
  indexMainFile();
  if (!ResultReadIndexed) {
    ResultReadIndexed = true;
    // Calls that are statements of their own (or cast to void) discard their result.
    struct Discarded : SemanticVisitor<Discarded> {
      DenseSet<const CallExpr *> Calls;
      bool VisitCompoundStmt(CompoundStmt *CS) {
        for (Stmt *St : CS->body()) {
          const auto *E = dyn_cast<Expr>(St);
          if (!E) continue;
          E = E->IgnoreParens();
          if (const auto *C = dyn_cast<CStyleCastExpr>(E))
            if (C->getType()->isVoidType()) E = C->getSubExpr()->IgnoreParens();
          if (const auto *CE = dyn_cast<CallExpr>(E->IgnoreImplicit())) Calls.insert(CE);
        }
        return true;
      }
    } D;
    const SourceManager &SM = Ctx.getSourceManager();
    for (Decl *TD : Ctx.getTranslationUnitDecl()->decls())
      if (SM.isInMainFile(SM.getExpansionLoc(TD->getLocation()))) D.TraverseDecl(TD);
    for (auto &[FD, List] : Idx.calls()) {
      if (!FD->getDeclName().isIdentifier()) continue;
      for (const CallExpr *CE : List)
        if (!D.Calls.count(CE)) {
          ResultReadNames.insert(FD->getName());
          if (isa<CXXMethodDecl>(FD) || !FD->getDeclContext()->isTranslationUnit())
            ResultReadNames.insert(plainQualifiedName(FD));
          break;
        }
    }
  }
  return ResultReadNames.count(Name);
}

const Prov &ProvenanceAnalysis::of(const Expr *E) {
  static const Prov Empty = unknown();
  if (!E) return Empty;
  ofAt(E, 0, true);
  auto It = Memo.find({stripAll(E), 1u});
  return It == Memo.end() ? Empty : It->second;
}

Prov ProvenanceAnalysis::ofAt(const Expr *E, unsigned Depth, bool TopLevel) {
  // Template patterns hold expressions without a type (a ParenListExpr for
  // `T x(P::N)`) or with a dependent one: nothing to follow there.
  if (!E || E->getType().isNull() || E->isValueDependent() || E->isTypeDependent())
    return unknown();
  // NULL is ((void *)0): decide before the casts are stripped.
  if (E->getType()->isPointerType() &&
      E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return Prov();
  E = stripAll(E);
  auto Key = std::make_pair(E, unsigned(TopLevel));
  {
    MemoMap &M = memoFor(TopLevel);
    auto It = M.find(Key);
    if (It != M.end()) return It->second;
  }
  if (Depth > MaxDepth || !InProgress.insert(Key).second) return unknown();
  Prov P = compute(E, Depth, TopLevel);
  InProgress.erase(Key);
  // Results computed inside a summary depend on that summary's function only
  // through Param origins, so they are safe to memoize (in its own map).
  return memoFor(TopLevel)[Key] = std::move(P);
}

static Origin constant(const Expr *Def, std::optional<std::string> Bytes = std::nullopt) {
  Origin O;
  O.Def = Def;
  O.Bytes = std::move(Bytes);
  return O;
}

/// Whether \p Cond is true when the local \p VD holds \p V, as far as a
/// test of \p VD against constants shows (`v < 0`, `v == -1 || w < 0`,
/// `!v`); false when it cannot tell.
static bool trueWhen(const Expr *Cond, const VarDecl *VD, const llvm::APSInt &V, ASTContext &Ctx,
                     unsigned Depth = 0) {
  Cond = Cond->IgnoreParenImpCasts();
  if (Depth > 8) return false;
  auto IsVD = [&](const Expr *X) {
    const auto *DRE = dyn_cast<DeclRefExpr>(X->IgnoreParenImpCasts());
    return DRE && DRE->getDecl() == VD;
  };
  if (const auto *UO = dyn_cast<UnaryOperator>(Cond))
    if (UO->getOpcode() == UO_LNot && IsVD(UO->getSubExpr())) return V == 0;
  if (IsVD(Cond)) return V != 0;
  const auto *BO = dyn_cast<BinaryOperator>(Cond);
  if (!BO) return false;
  if (BO->getOpcode() == BO_LOr)
    return trueWhen(BO->getLHS(), VD, V, Ctx, Depth + 1) ||
           trueWhen(BO->getRHS(), VD, V, Ctx, Depth + 1);
  if (BO->getOpcode() == BO_LAnd)
    return trueWhen(BO->getLHS(), VD, V, Ctx, Depth + 1) &&
           trueWhen(BO->getRHS(), VD, V, Ctx, Depth + 1);
  if (!BO->isComparisonOp()) return false;
  const Expr *K = nullptr;
  BinaryOperatorKind Op = BO->getOpcode();
  if (IsVD(BO->getLHS())) {
    K = BO->getRHS();
  } else if (IsVD(BO->getRHS())) {
    K = BO->getLHS();
    Op = BinaryOperator::reverseComparisonOp(Op);
  } else {
    return false;
  }
  Expr::EvalResult R;
  if (K->isValueDependent() || !K->EvaluateAsInt(R, Ctx)) return false;
  const llvm::APSInt &C = R.Val.getInt();
  if (!V.isRepresentableByInt64() || !C.isRepresentableByInt64()) return false;
  return comparisonHolds(Op, V.getExtValue(), C.getExtValue());
}

Prov ProvenanceAnalysis::compute(const Expr *E, unsigned Depth, bool TopLevel) {
  Prov Out;
  if (E->isValueDependent() || E->isTypeDependent()) return unknown();
  if (E->getType()->isPointerType() &&
      E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
    return Out; // a null pointer carries no data

  if (const auto *SL = dyn_cast<clang::StringLiteral>(E)) {
    Out.Origins.push_back(constant(E, stringBytes(SL)));
    return Out;
  }
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
    if (IL->getNumInits() == 1 && isa<clang::StringLiteral>(stripAll(IL->getInit(0))))
      return ofAt(IL->getInit(0), Depth + 1, TopLevel);
    // A byte array of constants: keep its bytes.
    std::string Bytes;
    bool AllConst = true, AllZero = true, ByteSized = true;
    std::vector<Prov> Parts;
    for (const Expr *Init : IL->inits()) {
      const Expr *S = stripAll(Init);
      Expr::EvalResult R;
      if (!S->isValueDependent() && S->getType()->isIntegralOrEnumerationType() &&
          S->EvaluateAsInt(R, Ctx)) {
        int64_t V = R.Val.getInt().getExtValue();
        AllZero &= V == 0;
        if (Ctx.getTypeSize(S->getType()) > 8 && (V < -128 || V > 255)) ByteSized = false;
        Bytes.push_back(char(V & 0xff));
        continue;
      }
      if (isa<ImplicitValueInitExpr>(S)) {
        Bytes.push_back(0);
        continue;
      }
      AllConst = false;
      Parts.push_back(ofAt(Init, Depth + 1, TopLevel));
    }
    if (AllConst) {
      // Zero-filled tails of `char k[16] = {1, 2}` count as bytes too.
      if (const auto *AT = Ctx.getAsConstantArrayType(IL->getType()))
        if (AT->getSize().getZExtValue() > Bytes.size() && AT->getSize().getZExtValue() <= 4096)
          Bytes.resize(AT->getSize().getZExtValue(), '\0');
      Origin O = constant(E, ByteSized ? std::optional<std::string>(Bytes) : std::nullopt);
      O.Clearing = AllZero;
      Out.Origins.push_back(O);
      return Out;
    }
    return combine(Parts, false);
  }
  if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
    return ofAt(SIL->getSubExpr(), Depth + 1, TopLevel);
  if (isa<ImplicitValueInitExpr>(E) || isa<CXXScalarValueInitExpr>(E)) {
    Origin O = constant(E);
    O.Clearing = true;
    Out.Origins.push_back(O);
    return Out;
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (isa<EnumConstantDecl>(DRE->getDecl())) {
      Out.Origins.push_back(constant(E));
      return Out;
    }
    Prov P = ofDecl(DRE->getDecl(), E, Depth, TopLevel);
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      fieldSecrets(P, VD, Depth, TopLevel);
      // An error result the code tests for and leaves on before this use
      // (`hi = hexval(c); if (hi < 0) return; key[i] = hi << 4 | lo`): not
      // a value the variable holds here.
      // (The guards are looked for once, and only for a value that has an
      // integer constant among its origins.)
      if (VD->hasLocalStorage() && VD->getType()->isIntegerType() && !P.Origins.empty()) {
        std::optional<std::vector<const Expr *>> Guards;
        llvm::erase_if(P.Origins, [&](const Origin &O) {
          Expr::EvalResult R;
          if (O.Kind != Origin::Const || !O.Def || O.Def->isValueDependent() ||
              !O.Def->getType()->isIntegerType() || !O.Def->EvaluateAsInt(R, Ctx))
            return false;
          if (!Guards) Guards = leavingGuards(VD, E);
          return llvm::any_of(
              *Guards, [&](const Expr *Cond) { return trueWhen(Cond, VD, R.Val.getInt(), Ctx); });
        });
      }
    }
    return P;
  }
  if (E->getType()->isIntegralOrEnumerationType() || E->getType()->isRealFloatingType()) {
    Expr::EvalResult R;
    if (E->EvaluateAsRValue(R, Ctx) && !R.HasSideEffects) {
      Origin O = constant(E);
      O.Clearing = isZero(E, Ctx);
      Out.Origins.push_back(O);
      return Out;
    }
  }
  // A part of a constant table a constant path selects (`kProfiles[1].cipher`,
  // `p->cipher` after `p = &kProfiles[1]`): that part of its initializer,
  // not every value the field or the table holds.
  if (isa<MemberExpr>(E) || isa<ArraySubscriptExpr>(E))
    if (const Expr *I = constantPart(Ctx, E, [&](const VarDecl *VD) { return pointerInit(VD); })) {
      Prov P = ofAt(I, Depth + 1, TopLevel);
      // Named as the field's or the table's own reads name it.
      const ValueDecl *Name = nullptr;
      if (const auto *ME = dyn_cast<MemberExpr>(E)) {
        Name = ME->getMemberDecl();
      } else {
        const Expr *B = E;
        while (const auto *AS = dyn_cast<ArraySubscriptExpr>(B))
          B = AS->getBase()->IgnoreParenImpCasts();
        if (const auto *DRE = dyn_cast<DeclRefExpr>(B)) Name = DRE->getDecl();
      }
      for (Origin &O : P.Origins) {
        if (!O.Named) O.Named = Name;
        O.Path.push_back(Step{I, "value assigned here"});
      }
      return P;
    }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (isa<FieldDecl>(ME->getMemberDecl())) {
      // A field of what an event loop hands its callback with the input
      // (libuv's on_read(stream, nread, buf): buf->base), whatever the
      // allocation callback stored there before the read.
      if (const auto *DRE = dyn_cast<DeclRefExpr>(ME->getBase()->IgnoreParenImpCasts()))
        if (const auto *PV = dyn_cast<ParmVarDecl>(DRE->getDecl()))
          if (const Expr *Reg = inputCallbackOf(PV)) {
            Prov In = external();
            In.Input = Reg;
            return In;
          }
      Prov P = ofDecl(ME->getMemberDecl(), E, Depth, TopLevel);
      const auto *Parent = cast<FieldDecl>(ME->getMemberDecl())->getParent();
      // A part of a standard library record the unit never writes field by
      // field (`t.second` of a map's element, `p.first` of a pair it made
      // whole): a part of that record's value. A field of a system header's
      // record the unit never writes, read through what an input call
      // filled (`ifa->ifa_addr` of getifaddrs' list, `ll->sll_addr` of a
      // view into it): that input. So is a field of a project's record
      // (a vendored framework's `hm->body`, a bundled cJSON's `valuestring`)
      // read through what an input source or a framework's callback
      // handed over, when the unit never writes the field.
      if (P.Origins.empty() && Parent) {
        bool Std = Parent->isInStdNamespace();
        bool Unwritten =
            !P.hasInput() && !Std && writes(cast<FieldDecl>(ME->getMemberDecl())).empty();
        bool SystemInput =
            Unwritten && Ctx.getSourceManager().isInSystemHeader(Parent->getLocation());
        if (Std || Unwritten) {
          Prov B = ofAt(ME->getBase(), Depth + 1, TopLevel); // one lookup for both
          if ((SystemInput && B.hasInput()) || (Unwritten && B.Input)) {
            B.Origins.clear();
            return B;
          }
          if (Std && (!B.Origins.empty() || B.hasInput())) {
            for (Origin &O : B.Origins) {
              O.Bytes.reset();
              if (O.Kind == Origin::Const) O.Partial = true;
            }
            return B;
          }
        }
      }
      // A count a record keeps (`++counter_`, `ch->seq++`: a session's
      // message sequence number) holds how often that ran, whatever the
      // field starts at: no constant. (A global counter stays what it
      // counts from: a generator that hashes a constant pool with one is
      // as predictable as the pool.)
      if (Idx.counted(cast<FieldDecl>(ME->getMemberDecl()))) P.Unknown = P.Opaque = true;
      return P;
    }
    if (isa<VarDecl>(ME->getMemberDecl())) // static data member
      return ofDecl(ME->getMemberDecl(), E, Depth, TopLevel);
    return unknown();
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return ofElement(ofAt(AS->getBase(), Depth + 1, TopLevel), AS->getIdx(), AS->getType(), Depth,
                     TopLevel);
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref)
      return ofAt(UO->getSubExpr(), Depth + 1, TopLevel);
    if (UO->isIncrementDecrementOp()) return ofAt(UO->getSubExpr(), Depth + 1, TopLevel);
    return combine({ofAt(UO->getSubExpr(), Depth + 1, TopLevel)}, true);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Comma) return ofAt(BO->getRHS(), Depth + 1, TopLevel);
    if (BO->isAssignmentOp()) return ofAt(BO->getRHS(), Depth + 1, TopLevel);
    // A difference of two pointers is a position (of a character found in a
    // constant alphabet, of the end of a buffer): data of the search, not
    // of the table it points into.
    if (BO->getOpcode() == BO_Sub && BO->getLHS()->getType()->isPointerType() &&
        BO->getRHS()->getType()->isPointerType())
      return searchPosition(BO->getLHS(), Depth, TopLevel);
    if (BO->isAdditiveOp() && BO->getLHS()->getType()->isPointerType()) {
      Prov P = ofAt(BO->getLHS(), Depth + 1, TopLevel);
      for (Origin &O : P.Origins) O.Bytes.reset();
      return P;
    }
    // A generator's output masked, reduced or shifted by a constant (`rand()
    // & 0xff`, `rng() % 256`, `r >> 8`): still nothing but the generator's
    // output, not a value made with constant data.
    if (BO->getOpcode() == BO_And || BO->getOpcode() == BO_Rem || BO->getOpcode() == BO_Shr ||
        BO->getOpcode() == BO_Shl) {
      const Expr *RHS = BO->getRHS()->IgnoreParenImpCasts();
      const Expr *LHS = BO->getLHS()->IgnoreParenImpCasts();
      for (auto [K, X] : {std::pair{RHS, LHS}, std::pair{LHS, RHS}}) {
        if (X == RHS && BO->getOpcode() != BO_And) continue; // `256 % r`: no mask
        if (K->isValueDependent() || !K->getType()->isIntegerType() || !K->isEvaluatable(Ctx))
          continue;
        Prov G = ofAt(X, Depth + 1, TopLevel);
        if ((G.Predictable || G.Random) && G.generatedOnly()) return G;
      }
    }
    Prov P = combine(
        {ofAt(BO->getLHS(), Depth + 1, TopLevel), ofAt(BO->getRHS(), Depth + 1, TopLevel)}, true);
    // A comparison's or a logical operator's result is one truth value
    // (`return id == s->session_id;`), not the data compared: whether input
    // went into it stays, what its operands were made of does not.
    if (BO->isComparisonOp() || BO->isLogicalOp()) {
      P.Origins.clear();
      P.Predictable = nullptr;
      P.Random = nullptr;
      P.Unknown = P.Opaque = true;
    }
    return P;
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    bool Cond = false;
    if (!CO->getCond()->isValueDependent() && CO->getCond()->EvaluateAsBooleanCondition(Cond, Ctx))
      return ofAt(Cond ? CO->getTrueExpr() : CO->getFalseExpr(), Depth + 1, TopLevel);
    alt(Out, ofAt(CO->getTrueExpr(), Depth + 1, TopLevel));
    alt(Out, ofAt(CO->getFalseExpr(), Depth + 1, TopLevel));
    return Out;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    // Accessors of library types (std::string::c_str(), data(), substr(),
    // vector::begin()): the data is the object's.
    // A method of the project's own without a body here (defined in another
    // unit, or pure virtual: `src.key()` on a `const KeySource &`) is a call
    // whose return the link step answers (every override of the program).
    bool Library = MD && (MD->getParent()->isInStdNamespace() ||
                          (!MD->hasBody() && Ctx.getSourceManager().isInSystemHeader(
                                                 Ctx.getSourceManager().getFileLoc(
                                                     MD->getLocation()))));
    // A library buffer's conversion to its storage (Crypto++'s SecByteBlock
    // passed where a byte * is taken), defined inline in a system header.
    if (const auto *Conv = dyn_cast_or_null<CXXConversionDecl>(MD);
        Conv && !Library && Conv->getConversionType()->isPointerType() &&
        Ctx.getSourceManager().isInSystemHeader(Conv->getLocation()))
      Library = true;
    // So is its accessor of the storage (`block.data()`, `BytePtr()`), also
    // defined inline there.
    if (MD && !Library && MD->getDeclName().isIdentifier() && MD->getNumParams() == 0 &&
        MD->getReturnType()->isPointerType() &&
        llvm::is_contained({"data", "BytePtr", "begin"}, MD->getName()) &&
        Ctx.getSourceManager().isInSystemHeader(
            Ctx.getSourceManager().getFileLoc(MD->getLocation())))
      Library = true;
    // `opt.value_or(d)`: what the object holds, or the default it is given.
    if (MD && !model(MC) && Library && MD->getDeclName().isIdentifier() &&
        MD->getName() == "value_or" && MC->getNumArgs() == 1) {
      alt(Out, ofAt(MC->getImplicitObjectArgument(), Depth + 1, TopLevel));
      alt(Out, ofAt(MC->getArg(0), Depth + 1, TopLevel));
      return Out;
    }
    // Its size or a position in it (`key.size()`, `s.find(':')`): a count,
    // not the data.
    if (MD && !model(MC) && Library && MD->getDeclName().isIdentifier() &&
        MD->getReturnType()->isIntegralOrEnumerationType() &&
        !MD->getReturnType()->isAnyCharacterType() &&
        llvm::is_contained({"size", "length", "capacity", "max_size", "empty", "count", "find",
                            "rfind", "find_first_of", "find_last_of", "find_first_not_of",
                            "find_last_not_of", "size_bytes"},
                           MD->getName()))
      return unknown();
    if (MD && !model(MC) && Library &&
        (MD->isConst() || isa<CXXConversionDecl>(MD) ||
         (MD->getDeclName().isIdentifier() &&
          (MD->getName() == "data" || MD->getName() == "begin" || MD->getName() == "get" ||
           MD->getName() == "value" || MD->getName() == "BytePtr"))))
      return ofAt(MC->getImplicitObjectArgument(), Depth + 1, TopLevel);
    return ofCall(MC, Depth, TopLevel);
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    // words[picker.next() % n] of a container: an element, picked as an
    // array's is.
    // (A map's key is no position: `m[name]` stays the map's data.)
    if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2 &&
        OC->getArg(1)->getType()->isIntegralOrEnumerationType())
      return ofElement(ofAt(OC->getArg(0), Depth + 1, TopLevel), OC->getArg(1),
                       OC->getType().getNonReferenceType(), Depth, TopLevel);
    // `*opt`, `opt->data()`, `*it`: what the object holds (or points to).
    if (OC->getOperator() == OO_Subscript || OC->getOperator() == OO_Star ||
        OC->getOperator() == OO_Arrow)
      return ofAt(OC->getArg(0), Depth + 1, TopLevel);
    if (OC->getOperator() == OO_Plus && OC->getNumArgs() == 2) {
      // String concatenation: the parts of the whole chain (`"k." + a + ":"
      // + b + tags`) at one depth, so a long line does not use up the
      // budget its parts need.
      std::vector<const Expr *> Leaves;
      std::vector<const Expr *> Work{OC};
      while (!Work.empty() && Leaves.size() + Work.size() < 64) {
        const Expr *X = Work.back();
        Work.pop_back();
        const auto *In = dyn_cast<CXXOperatorCallExpr>(stripAll(X));
        if (In && In->getOperator() == OO_Plus && In->getNumArgs() == 2 &&
            In->getType()->isRecordType()) {
          Work.push_back(In->getArg(1));
          Work.push_back(In->getArg(0));
        } else {
          Leaves.push_back(X);
        }
      }
      Leaves.insert(Leaves.end(), Work.rbegin(), Work.rend());
      std::vector<Prov> Parts;
      for (const Expr *L : Leaves) Parts.push_back(ofAt(L, Depth + 1, TopLevel));
      return combine(Parts, false);
    }
    if (OC->getOperator() == OO_Call) {
      // engine() and dist(engine) with a predictable engine (std::mt19937...).
      if (const CatalogPattern *Eng = Cat.pattern("predictable-engine-type"))
        for (const Expr *A : OC->arguments()) {
          QualType T = A->getType().getNonReferenceType();
          if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
            if (Eng->match(plainQualifiedName(RD))) {
              Prov P;
              P.Predictable = OC;
              return P;
            }
        }
      return ofCall(OC, Depth, TopLevel);
    }
    return unknown();
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) return ofCall(CE, Depth, TopLevel);
  if (const auto *NE = dyn_cast<CXXNewExpr>(E)) {
    // new T[n]() and new T[n]{}: zero-filled; new T[n]: what is written later;
    // new T(x): x.
    if (const Expr *I = NE->getInitializer()) {
      if (NE->isArray() && (isa<ImplicitValueInitExpr>(I) || isa<CXXScalarValueInitExpr>(I) ||
                            (isa<InitListExpr>(I) && cast<InitListExpr>(I)->getNumInits() == 0))) {
        Origin O = constant(E);
        O.Clearing = true;
        Out.Origins.push_back(O);
        return Out;
      }
      if (!NE->isArray()) return ofAt(I, Depth + 1, TopLevel);
      return unknown();
    }
    if (NE->getAllocatedType()->isScalarType()) return Out;
    return unknown();
  }
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
    if (const FunctionModel *M = model(CC)) {
      if (M->KeySourceReturn) return keySource(*M, CC);
      if (M->ExternalReturn) return external();
      if (M->ReturnsFrom >= 0 && unsigned(M->ReturnsFrom) < CC->getNumArgs()) {
        Prov P = ofAt(CC->getArg(M->ReturnsFrom), Depth + 1, TopLevel);
        if (M->Decodes != DecodeKind::None) decodeOrigins(P, M->Decodes);
        return P;
      }
      // A pipeline's source read as data itself (`key.Load(src)` of a
      // `StringSource src(der, true)`): what it pumps, a file's bytes for a
      // FileSource (not its path).
      if (M->PipeFrom == DataFlowModel::PipeExternal) return external();
      if (M->PipeFrom >= 0 && unsigned(M->PipeFrom) < CC->getNumArgs())
        return ofAt(CC->getArg(M->PipeFrom), Depth + 1, TopLevel);
    }
    if (CC->getNumArgs() == 0) {
      Origin O = constant(E);
      O.Clearing = true; // an empty string or vector
      Out.Origins.push_back(O);
      return Out;
    }
    const Expr *A0 = stripAll(CC->getArg(0));
    // The arguments written (not a defaulted allocator).
    unsigned NA = CC->getNumArgs();
    while (NA > 1 && isa<CXXDefaultArgExpr>(CC->getArg(NA - 1))) --NA;
    if (A0->getType()->isIntegralOrEnumerationType() && NA <= 2) {
      // std::vector<uint8_t> key(32): zero-filled storage (or n copies of a value)
      if (NA == 2) {
        Prov P = ofAt(CC->getArg(1), Depth + 1, TopLevel);
        // n copies of a constant byte (std::vector<uint8_t> k(32, 0x44),
        // std::string s(16, 'A')): their bytes, for the known-key patterns.
        Expr::EvalResult N, V;
        const Expr *Val = stripAll(CC->getArg(1));
        const auto *Spec =
            dyn_cast_or_null<ClassTemplateSpecializationDecl>(CC->getType()->getAsCXXRecordDecl());
        if (P.Origins.size() == 1 && Spec && Spec->getTemplateArgs().size() > 0 &&
            Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
            Spec->getTemplateArgs()[0].getAsType()->isIntegerType() &&
            Ctx.getTypeSize(Spec->getTemplateArgs()[0].getAsType()) == 8 &&
            !A0->isValueDependent() && A0->EvaluateAsInt(N, Ctx) && !Val->isValueDependent() &&
            Val->getType()->isIntegralOrEnumerationType() && Val->EvaluateAsInt(V, Ctx) &&
            N.Val.getInt().isNonNegative() && N.Val.getInt().getActiveBits() <= 12) {
          Origin &O = P.Origins.front();
          O.Def = E;
          O.Bytes = std::string(N.Val.getInt().getZExtValue(),
                                char(V.Val.getInt().extOrTrunc(64).getZExtValue() & 0xff));
        }
        return P;
      }
      Origin O = constant(E);
      O.Clearing = true;
      Out.Origins.push_back(O);
      return Out;
    }
    return ofAt(CC->getArg(0), Depth + 1, TopLevel);
  }
  if (const auto *L = dyn_cast<LambdaExpr>(E)) {
    (void)L;
    return unknown();
  }
  // Objective-C: @"literal" is its C string; obj.property is the message
  // send it stands for; modelled message sends carry data like functions.
  if (const auto *OS = dyn_cast<ObjCStringLiteral>(E))
    return ofAt(OS->getString(), Depth + 1, TopLevel);
  if (const auto *BE = dyn_cast<ObjCBoxedExpr>(E))
    return ofAt(BE->getSubExpr(), Depth + 1, TopLevel);
  // A property this unit synthesizes (`self.key`, `[self key]`) and an
  // instance variable (`_key`): what the class's methods store there.
  if (isa<PseudoObjectExpr>(E) || isa<ObjCIvarRefExpr>(E) || isa<ObjCMessageExpr>(E))
    if (const FieldDecl *Ivar = objcIvarOf(E)) return ofDecl(Ivar, E, Depth, TopLevel);
  if (const auto *PO = dyn_cast<PseudoObjectExpr>(E))
    return PO->getResultExpr() ? ofAt(PO->getResultExpr(), Depth + 1, TopLevel) : unknown();
  if (const auto *OV = dyn_cast<OpaqueValueExpr>(E))
    return OV->getSourceExpr() ? ofAt(OV->getSourceExpr(), Depth + 1, TopLevel) : unknown();
  if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) {
    CallSite C = callSite(Idx, ME);
    const FunctionModel *M = C.Model;
    if (!M) {
      // A project's encoding method ([key hexString], a category's
      // -notes_base64): the receiver's data, encoded (key material survives
      // an encoding; a constant's bytes are no longer these).
      if (C.Object && ME->getNumArgs() == 0 &&
          ME->getType()->isObjCObjectPointerType() &&
          catalogMatch(Cat, "encoder-selector-name", ME->getSelector().getNameForSlot(0))) {
        Prov P = ofAt(C.Object, Depth + 1, TopLevel);
        for (Origin &O : P.Origins) {
          O.Transformed = true;
          O.Bytes.reset();
          O.Path.push_back(Step{ME, "encoded here"});
        }
        return P;
      }
      // A string formatted from its arguments (`[[NSString alloc]
      // initWithFormat:@"%06ld", random() % 1000000]`, `stringWithFormat:`):
      // what they hold, formatted, as snprintf's output.
      if (ME->getNumArgs() >= 1 && ME->getType()->isObjCObjectPointerType() &&
          ME->getSelector().getNameForSlot(0).ends_with("Format")) {
        std::vector<Prov> Args;
        for (const Expr *A : ME->arguments()) Args.push_back(ofAt(A, Depth + 1, TopLevel));
        return combine(Args, true);
      }
      // A method the unit implements (`[self exportKey]`, `[_store
      // sealedIndex]`): what its body returns. One another unit implements,
      // declared in a project's header (`[_store exportKey]` in the sync
      // client): what the link step finds that unit returns there.
      if (const ObjCMethodDecl *Def = methodDefinition(ME)) return methodReturn(Def);
      if (const ObjCMethodDecl *MD = ME->getMethodDecl();
          MD && !MD->getReturnType()->isVoidType()) {
        Prov P = linked("return", MD);
        for (Origin &O : P.Origins) O.Site = ME;
        return P;
      }
      return unknown();
    }
    if (M->ExternalReturn) {
      // What a peer sent, the environment, the clock (`[request
      // valueForHTTPHeaderField:]`, `[NSDate date]`): input, as a call's.
      // A read of a file handle the program opened on a path itself
      // (`[[NSFileHandle fileHandleForReadingAtPath:p] availableData]`)
      // is its configuration, not an attacker's channel.
      Prov P = external();
      if (M->Input != InputKind::None && !(M->InputHandle == -2 && openedFile(C.Object)))
        P.Input = ME;
      return P;
    }
    if (M->ReturnsFrom >= 0 && unsigned(M->ReturnsFrom) < C.Args.size()) {
      Prov P = ofAt(C.Args[M->ReturnsFrom], Depth + 1, TopLevel);
      if (M->Decodes != DecodeKind::None) decodeOrigins(P, M->Decodes);
      return P;
    }
    if (M->ReturnsObject && C.Object) return ofAt(C.Object, Depth + 1, TopLevel);
    return unknown();
  }
  return unknown();
}

void ProvenanceAnalysis::fieldSecrets(Prov &P, const VarDecl *VD, unsigned Depth, bool TopLevel) {
  // A local struct used whole (`sendto(fd, &rec, sizeof rec, ...)`, `fwrite(&hdr, ...)`):
  // it holds what its fields hold. Only key material is carried (a record
  // with a constant magic field is not that constant).
  if (isa<ParmVarDecl>(VD) || VD->getType()->isReferenceType() || Depth > 6) return;
  const RecordDecl *RD = VD->getType()->getAsRecordDecl();
  if (!RD || RD->isUnion() || !RD->getDefinition()) return;
  // A global state block used whole (a crash handler's `write(fd,
  // &g_state, sizeof g_state)`): its data fields hold what any unit writes
  // into them (`gcry_randomize(g_state.dek, ...)` in keys.c), a "member"
  // question for the link step, besides this unit's own writes below.
  if (!VD->hasLocalStorage()) {
    if (!FactRecorder::active()) return;
    unsigned N = 0;
    for (const FieldDecl *F : RD->getDefinition()->fields()) {
      if (++N > 64) break;
      if (!dataField(F)) continue;
      if (std::optional<Origin> O = memberLink(F)) {
        O->Partial = true;
        P.Origins.push_back(std::move(*O));
      }
    }
    return;
  }
  // A buffer record (gnutls_datum_t, CRYPT_DATA_BLOB: one data pointer and
  // sizes) that only its fields' assignments fill (`key.data = kKey;
  // key.size = sizeof kKey;`): its value is the buffer's, as when an
  // initializer list builds it.
  if (P.Origins.empty() && !VD->getInit()) {
    const FieldDecl *Buf = nullptr;
    bool Shape = true;
    for (const FieldDecl *F : RD->getDefinition()->fields()) {
      QualType T = F->getType();
      if (T->isPointerType() && dataField(F) && !Buf)
        Buf = F;
      else if (!T->isIntegerType())
        Shape = false;
    }
    if (Shape && Buf) {
      std::vector<Write> Ws;
      for (const Write &W : writes(Buf))
        if (W.Root == VD) Ws.push_back(W);
      if (!Ws.empty()) {
        Prov FP = ofWrites(Buf, Ws, nullptr, Depth + 1, TopLevel);
        for (Origin &O : FP.Origins) P.Origins.push_back(std::move(O));
        P.Unknown |= FP.Unknown;
        P.Opaque |= FP.Opaque;
        P.External |= FP.External;
        return;
      }
    }
  }
  // Untrusted input a call reads into a field (`recv(fd, m.member, n, 0)`,
  // a helper filling m->member) or an assignment stores there (`m.sub =
  // raw[1] << 8 | raw[2]` of a frame read from a socket): the record handed
  // on whole carries it, for a match of that field in the callee (the bytes
  // stay the record's).
  if (!P.hasInput()) {
    unsigned K = 0;
    for (const FieldDecl *F : RD->getDefinition()->fields()) {
      if (++K > 64) break;
      std::vector<Write> Ws;
      for (const Write &W : writes(F))
        if (W.Root == VD) Ws.push_back(W);
      if (inputByWrites(P, F, std::move(Ws), Depth, TopLevel, /*Assignments=*/true)) break;
    }
  }
  if (!keyMaterialPossible()) return;
  unsigned N = 0;
  for (const FieldDecl *F : RD->getDefinition()->fields()) {
    if (++N > 64) break;
    if (!dataField(F)) continue;
    std::vector<Write> Ws;
    for (const Write &W : writes(F))
      if (W.Root == VD) Ws.push_back(W);
    if (Ws.empty()) continue;
    Prov FP = ofWrites(F, Ws, nullptr, Depth + 1, TopLevel);
    for (const Origin *O : FP.secrets()) {
      Origin C = *O;
      C.Partial = true;
      C.Bytes.reset();
      P.Origins.push_back(std::move(C));
    }
  }
}

bool ProvenanceAnalysis::inputByWrites(Prov &Into, const ValueDecl *D, std::vector<Write> Ws,
                                       unsigned Depth, bool TopLevel, bool Assignments) {
  llvm::erase_if(Ws, [&](const Write &X) {
    return !(X.Kind == Write::Call ||
             (Assignments && (X.Kind == Write::Assign || X.Kind == Write::Part)));
  });
  if (Ws.empty()) return false;
  Prov X = ofWrites(D, Ws, nullptr, Depth + 1, TopLevel);
  if (!X.hasInput()) return false;
  Into.Input = X.Input;
  Into.InputParam = X.InputParam;
  Into.External = true;
  return true;
}

const Expr *ProvenanceAnalysis::inputCallbackOf(const ParmVarDecl *P) {
  const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!FD) return nullptr;
  indexMainFile();
  auto CB = InputCallbackOf.find(FD->getCanonicalDecl());
  if (CB == InputCallbackOf.end()) return nullptr;
  const InputCallback &IC = InputCallbackList[CB->second];
  return llvm::is_contained(IC.Params, int(P->getFunctionScopeIndex())) ? IC.Reg : nullptr;
}

/// The pointer or reference parameter whose object \p Use reads a field of
/// (`src->data`, or a field of a record it holds by value: `r.diag.key`),
/// or null; \p Path (when given) is the field's path from that object
/// ("data", "diag.key").
static const ParmVarDecl *fieldParam(const FieldDecl *FD, const Expr *Use,
                                     std::string *Path = nullptr) {
  const auto *ME = Use ? dyn_cast<MemberExpr>(Use->IgnoreParenImpCasts()) : nullptr;
  if (!ME || ME->getMemberDecl() != FD || !FD->getDeclName().isIdentifier()) return nullptr;
  std::string P = FD->getName().str();
  const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
  bool Arrow = ME->isArrow();
  // Records held by value on the way (`.diag`); a pointer member between
  // them is another object.
  for (unsigned Guard = 0; Guard < 3; ++Guard) {
    const auto *In = dyn_cast<MemberExpr>(Base);
    if (!In) break;
    const auto *F = dyn_cast<FieldDecl>(In->getMemberDecl());
    if (Arrow || !F || !F->getDeclName().isIdentifier()) return nullptr;
    P = F->getName().str() + "." + P;
    Arrow = In->isArrow();
    Base = In->getBase()->IgnoreParenImpCasts();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(Base);
  const auto *Param = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!Param || !(Param->getType()->isPointerType() || Param->getType()->isReferenceType()))
    return nullptr;
  if (Path) *Path = std::move(P);
  return Param;
}

/// What callers in other units pass in the field \p Path of the object the
/// parameter \p P points to: a "field:PATH" question of P's function when
/// other units can call it, and of the functions of this unit that hand it a
/// parameter of their own (`publish(r)` calling `to_json(r)`), up to three
/// calls up.
static std::optional<Prov> paramPathLink(const ParmVarDecl *P, const std::string &Path,
                                         const UnitIndex::CallMap *Calls, unsigned Depth) {
  const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Fn) return std::nullopt;
  std::optional<Prov> Out;
  if (!Fn->isStatic() && Fn->isExternallyVisible() && !Fn->isInlined())
    Out = linked(("field:" + Path).c_str(), Fn, P->getFunctionScopeIndex());
  if (!Calls || Depth >= 3) return Out;
  auto It = Calls->find(Fn->getCanonicalDecl());
  if (It == Calls->end()) return Out;
  for (const CallExpr *CE : It->second) {
    unsigned AI = P->getFunctionScopeIndex() +
                  (isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(Fn) ? 1 : 0);
    if (AI >= CE->getNumArgs()) continue;
    const Expr *A = stripAll(CE->getArg(AI));
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(A);
        UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref))
      A = stripAll(UO->getSubExpr());
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(A);
    const auto *P2 = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
    if (!P2 || P2 == P || !(P2->getType()->isPointerType() || P2->getType()->isReferenceType()))
      continue;
    if (std::optional<Prov> L = paramPathLink(P2, Path, Calls, Depth + 1)) {
      if (!Out)
        Out = std::move(*L);
      else
        alt(*Out, *L);
    }
  }
  return Out;
}

/// A field of the object a parameter points to (`src->data`) that nothing
/// in this unit can have written: what the callers in other units pass in
/// that field, a question for the link step ("field:data" of the parameter).
static std::optional<Prov> paramFieldLink(const FieldDecl *FD, const Expr *Use,
                                          const UnitIndex::CallMap *Calls = nullptr) {
  std::string Path;
  const ParmVarDecl *P = fieldParam(FD, Use, &Path);
  if (!P) return std::nullopt;
  return paramPathLink(P, Path, Calls, 0);
}

/// A field that holds data (a pointer, an array, an object such as a
/// std::string), not a flag or a count: what the "member" and "outfield"
/// links carry.
bool dataField(const FieldDecl *FD) {
  QualType T = FD->getType();
  // Bytes or characters (`const unsigned char *key`, `uint8_t iv[16]`,
  // `void *secret`), or a C++ object that holds them (std::string,
  // std::vector, SecByteBlock): not a pointer to another struct, a function,
  // or a list node.
  if (T->isPointerType()) {
    QualType P = T->getPointeeType();
    return P->isVoidType() || (P->isBuiltinType() && P->isScalarType());
  }
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe()) {
    QualType E = AT->getElementType();
    return E->isBuiltinType() && E->isScalarType();
  }
  return T->getAsCXXRecordDecl() != nullptr;
}

std::optional<Prov> ProvenanceAnalysis::callersField(const Expr *E) {
  for (unsigned Guard = 0; E && Guard < 8; ++Guard) {
    E = E->IgnoreParenCasts();
    if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isAdditiveOp())
      E = BO->getLHS()->getType()->isPointerType() ? BO->getLHS() : BO->getRHS();
    else if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else
      break;
  }
  const auto *ME = dyn_cast_or_null<MemberExpr>(E);
  const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!FD || !dataField(FD)) return std::nullopt;
  return paramFieldLink(FD, ME, &calls());
}

Prov ProvenanceAnalysis::fillsElsewhere(const VarDecl *R, const FieldDecl *FD,
                                        const Expr *Before) {
  Prov Out;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Write &W : wholeFills(R)) {
    const auto *CE = W.Kind == Write::Call ? dyn_cast_or_null<CallExpr>(W.E) : nullptr;
    if (!CE) continue;
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || Callee->hasBody() || model(CE)) continue;
    if (!SM.isBeforeInTranslationUnit(CE->getBeginLoc(), Before->getBeginLoc())) continue;
    // (The call's place: the link step answers with what that call's
    // arguments hold, `buf_append(&b, key, n)`, not with every caller's.)
    Prov L = linked(("outfield:" + FD->getName()).str().c_str(), Callee, W.Arg);
    for (Origin &O : L.Origins) O.Site = CE;
    alt(Out, L);
  }
  return Out;
}

Prov ProvenanceAnalysis::fieldElsewhere(const FieldDecl *FD, const Expr *Use, bool AnyType) {
  Prov Out;
  if (!Use || (!AnyType && !dataField(FD)) || !FD->getDeclName().isIdentifier()) return Out;
  const auto *R = dyn_cast_or_null<VarDecl>(memberRoot(Use));
  if (R && R->hasLocalStorage() && !R->getType()->isPointerType() &&
      !R->getType()->isReferenceType()) {
    // A local object a function of another unit fills (`struct cfg c;
    // init_cfg(&c);`): what that function writes into this field, before the use.
    Out = fillsElsewhere(R, FD, Use);
    // A local copy of what a function of another unit returns (`const
    // ContentKey ck = source.content_key(id)`, a virtual call): what any unit
    // writes into that field of the type ("member"), not the field's default.
    const Expr *X = R->getInit() ? stripAll(R->getInit()) : nullptr;
    while (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(X))
      X = CC->getNumArgs() == 1 ? stripAll(CC->getArg(0)) : nullptr;
    if (const auto *CE = dyn_cast_or_null<CallExpr>(X); CE && !model(CE)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
      if (!Callee || !Callee->hasBody() || (MD && MD->isVirtual()))
        if (std::optional<Origin> O = memberLink(FD)) {
          Out.Unknown = true;
          Out.Origins.push_back(std::move(*O));
        }
      // One of this unit (`const Cred c = make();` with `c.key = kKey;` in
      // make): what that function writes into the field.
      const FunctionDecl *Def = nullptr;
      if (Callee && Callee->hasBody(Def) && Def && !(MD && MD->isVirtual())) {
        std::vector<Write> Ws;
        for (const Write &W : writes(FD))
          if (W.Fn == Def && W.Kind != Write::Clear) Ws.push_back(W);
        if (!Ws.empty()) alt(Out, ofWrites(FD, Ws, nullptr, 1, true));
      }
    }
    return Out;
  }
  // A field of an `extern` object another unit defines
  // (kAgentCloudTls.verify_peer), through nested records and the elements
  // of arrays (kTenants[t].k.enc, any element): that object's initializer,
  // the field named by its path ("[].k.enc", objectFieldPath).
  if (std::optional<std::pair<const VarDecl *, std::string>> P = objectFieldPath(Use))
    if (definedElsewhere(P->first))
      return linked(("objfield:" + P->second).c_str(), P->first);
  // A member of an object this function did not make (`this->key_`,
  // `ctx->key`, a global's): what any unit of the program writes into that
  // field of that type ("member"), as the fields of this unit are followed.
  // (A setting, AnyType: what callers in other units pass in that field of
  // the object a parameter points to, beside what any object of the type
  // gets: each is its own question, askIntLink asks both.)
  if (AnyType)
    if (std::optional<Prov> L = paramFieldLink(FD, Use, &calls())) alt(Out, *L);
  // A private field of a class whose every member function and constructor
  // this unit defines, with no friend: no other unit can write it.
  if (FD->getAccess() == AS_private)
    if (const auto *RD = dyn_cast<CXXRecordDecl>(FD->getParent());
        RD && RD->hasDefinition() && !RD->isDependentContext() && RD->friend_begin() == RD->friend_end() &&
        llvm::all_of(RD->methods(), [](const CXXMethodDecl *MD) {
          return MD->isImplicit() || MD->isDefaulted() || MD->isDeleted() || MD->isPureVirtual() ||
                 MD->hasBody();
        }))
      return Out;
  std::optional<Origin> O = memberLink(FD);
  if (!O) return Out;
  Out.Unknown = true;
  Out.Origins.push_back(std::move(*O));
  return Out;
}

std::optional<Prov> ProvenanceAnalysis::lambdaElement(const CXXMethodDecl *Op, unsigned Depth) {
  auto Names = [&](const Expr *A) {
    A = stripAll(A);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(A))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->getInit())
        A = stripAll(VD->getInit());
    const auto *LE = dyn_cast<LambdaExpr>(A);
    return LE && LE->getCallOperator()->getCanonicalDecl() == Op->getCanonicalDecl();
  };
  for (const auto &[Callee, List] : Idx.calls()) {
    if (!Callee->isInStdNamespace() || Callee->getNumParams() < 2) continue;
    for (const CallExpr *CE : List) {
      if (CE->getNumArgs() < 2 || !llvm::any_of(CE->arguments(), Names)) continue;
      Prov E = ofAt(CE->getArg(0), Depth + 1, true);
      for (Origin &O : E.Origins) {
        O.Bytes.reset(); // one element
        if (O.Kind == Origin::Const) O.Partial = true;
        O.Path.push_back(Step{CE, "each element passed here"});
      }
      return E;
    }
  }
  return std::nullopt;
}

Prov ProvenanceAnalysis::ofParamAtCallSites(const ParmVarDecl *P, unsigned Depth) {
  // A parameter of an Objective-C method: what the unit's messages to that
  // method pass (`[self handleRecord:line]` of a line read from a socket);
  // senders in other units are not known.
  if (const auto *OM = dyn_cast<ObjCMethodDecl>(P->getDeclContext())) {
    unsigned Index = P->getFunctionScopeIndex();
    // Declared in a project's header: other units' messages too. A method
    // that implements a protocol's or a superclass's (a delegate's
    // `-session:didRotateKey:`) is sent through that declaration as well.
    Prov Out = linked("param", OM, Index);
    SmallVector<const ObjCMethodDecl *, 4> Decls{OM->getCanonicalDecl()};
    OM->getOverriddenMethods(Decls);
    for (unsigned I = 1; I < Decls.size(); ++I) {
      Decls[I] = Decls[I]->getCanonicalDecl();
      if (Index < Decls[I]->param_size()) alt(Out, linked("param", Decls[I], Index));
    }
    const UnitIndex::MessageMap &Ms = Idx.messages();
    if (Depth > MaxDepth) return Out;
    for (unsigned I = 0; I < Decls.size(); ++I) {
      if (llvm::is_contained(ArrayRef(Decls).take_front(I), Decls[I])) continue;
      auto It = Ms.find(Decls[I]);
      if (It == Ms.end()) continue;
      for (const ObjCMessageExpr *ME : It->second) {
        if (Index >= ME->getNumArgs()) continue;
        const Expr *Arg = ME->getArg(Index);
        Prov A = ofAt(Arg, Depth + 1, true);
        for (Origin &O : A.Origins) O.Path.push_back(Step{Arg, "argument passed here"});
        alt(Out, A);
      }
    }
    return Out;
  }
  const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!FD) return unknown();
  if (FD->isMain()) { // argv, envp
    Prov E = external();
    E.InputParam = P;
    return E;
  }
  if (const Expr *Reg = inputCallbackOf(P)) {
    Prov E = external();
    E.Input = Reg;
    return E;
  }
  // The element parameter of a lambda a standard algorithm calls
  // (`std::for_each(key.begin(), key.end(), [&os](uint8_t b) { os << b; })`,
  // std::transform's, std::any_of's): an element of the first range, which
  // the algorithm hands it from inside the library.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->getParent()->isLambda() && P->getFunctionScopeIndex() == 0)
    if (std::optional<Prov> E = lambdaElement(MD, Depth)) return *E;
  const UnitIndex::CallMap &Calls = Idx.calls();
  auto It = Calls.find(FD->getCanonicalDecl());
  bool Elsewhere = !FD->isStatic() && FD->isExternallyVisible() && !FD->isInlined();
  unsigned Index = P->getFunctionScopeIndex();
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  bool Overrides = Method && Method->size_overridden_methods();
  // Calls through a function pointer that may land here (`ops->open(...)`
  // of an ops table whose field the unit sets to this function).
  const UnitIndex::CallMap &Indirect = Idx.indirectCalls();
  auto IIt = Indirect.find(FD->getCanonicalDecl());
  bool ViaPointer = IIt != Indirect.end();
  // Stored in a field another unit may call through (an ops table, a
  // std::function member): those calls' arguments, by the field's symbol.
  std::vector<std::string> Slots;
  for (const FieldDecl *F : Idx.slotsOf(FD))
    if (std::string Sym = slotSymbol(F); !Sym.empty()) Slots.push_back(std::move(Sym));
  if (It == Calls.end() && !ViaPointer && !Overrides && Slots.empty())
    return Elsewhere ? linked("param", FD, Index) : unknown();
  Prov Out;
  if (It == Calls.end() && !ViaPointer) Out = unknown();
  // The arguments the unit's calls (of FD, or of a method FD overrides) pass.
  auto FromCalls = [&](const std::vector<const CallExpr *> &CEs) {
    for (const CallExpr *CE : CEs) {
      unsigned Shift = isa<CXXOperatorCallExpr>(CE) && Method ? 1 : 0;
      if (Index + Shift >= CE->getNumArgs()) continue;
      const Expr *Arg = CE->getArg(Index + Shift);
      Prov A = ofAt(Arg, Depth + 1, true);
      for (Origin &O : A.Origins) O.Path.push_back(Step{Arg, "argument passed here"});
      alt(Out, A);
    }
  };
  if (It != Calls.end()) FromCalls(It->second);
  if (ViaPointer) FromCalls(IIt->second);
  if (Elsewhere) alt(Out, linked("param", FD, Index)); // callers in other translation units
  for (std::string &Sym : Slots) alt(Out, linked("param", FD, Index, std::move(Sym)));
  // An override is called through the methods it overrides (`e.emit(line)`
  // on an `Exporter &` reaches every `emit` of the program): their callers
  // in this unit, and in others through the overridden method's symbol
  // (the override itself may have none: a class of an anonymous namespace,
  // a method defined in its class).
  if (Overrides)
    for (const CXXMethodDecl *B : overriddenMethods(Method)) {
      if (Index >= B->getNumParams()) continue;
      if (auto BC = Calls.find(B); BC != Calls.end()) FromCalls(BC->second);
      if (B->isExternallyVisible()) alt(Out, linked("param", B, Index));
    }
  return Out;
}

Prov ProvenanceAnalysis::ofDecl(const ValueDecl *D, const Expr *Use, unsigned Depth,
                                bool TopLevel) {
  if (const auto *P = dyn_cast<ParmVarDecl>(D)) {
    const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
    Prov Base;
    if (!TopLevel && FD && FD == SummaryOf) {
      Origin O;
      O.Kind = Origin::Param;
      O.ParamIndex = P->getFunctionScopeIndex();
      Base.Origins.push_back(O);
    } else if (TopLevel) {
      Base = ofParamAtCallSites(P, Depth);
    } else {
      Base = unknown();
    }
    const auto &Ws = writes(D);
    if (Ws.empty()) return Base;
    Prov W = ofWrites(D, Ws, Use, Depth, TopLevel);
    if (W.Origins.empty() && !W.External && !W.Unknown) return Base;
    // A parameter reassigned in the body: the writes, or what came in.
    alt(W, Base);
    return W;
  }
  // A structured binding (`auto [tx, rx, salt] = split_keymat(km);`): its
  // part of the decomposed object (std::get<I> of a tuple's holding
  // variable, a field, an array element).
  if (const auto *BD = dyn_cast<BindingDecl>(D)) {
    if (Depth > MaxDepth) return unknown();
    if (const VarDecl *H = BD->getHoldingVar(); H && H->getInit())
      return ofAt(H->getInit(), Depth + 1, TopLevel);
    if (const Expr *B = BD->getBinding()) return ofAt(B, Depth + 1, TopLevel);
    return unknown();
  }
  const auto *VD = dyn_cast<VarDecl>(D);
  const auto *FD = dyn_cast<FieldDecl>(D);
  if (!VD && !FD) return unknown();
  // `return std::nullopt;`: an empty optional holds no data at all (what
  // a caller reads through it is only what a filled one holds).
  if (VD && VD->isInStdNamespace() && VD->getDeclName().isIdentifier() &&
      VD->getName() == "nullopt")
    return Prov();
  // A field of a local object that a call or an assignment fills whole
  // (`localtime_r(&now, &tm)`, `fread(&hdr, sizeof hdr, 1, f)`, `t =
  // *gmtime(&now)`): what fills the object fills the field too, beside the
  // field's own writes and the object's initializer (`struct tm tm{}`).
  // So for an object of the unit's own static storage, whichever function
  // fills it (`mbedtls_ecp_gen_key(grp, &g_last_cred, ...)` in one function,
  // `&g_last_cred.d` read in another).
  auto WithObject = [&](Prov P) {
    const auto *R = FD && Use ? dyn_cast_or_null<VarDecl>(memberRoot(Use)) : nullptr;
    if (!R || !(R->hasLocalStorage() || (R->hasGlobalStorage() && !R->hasExternalStorage())) ||
        isa<ParmVarDecl>(R) || R->getType()->isPointerType() ||
        R->getType()->isReferenceType() || Depth > 6)
      return P;
    std::vector<Write> Fills = wholeFills(R);
    if (Fills.empty()) return P;
    Prov Obj = ofWrites(R, Fills, Use, Depth + 1, TopLevel);
    for (Origin &O : Obj.Origins) O.Bytes.reset(); // the object's bytes, not the field's
    alt(P, Obj);
    return P;
  };

  // A field of a local object its own methods write (`m.set_key(k); send(m.key)`).
  if (FD && Use)
    if (const auto *R = dyn_cast_or_null<VarDecl>(memberRoot(Use)))
      if (std::optional<Prov> P = objectField(R, FD, Use, Depth, TopLevel))
        return WithObject(std::move(*P));

  Prov Init;
  bool HasInit = false;
  if (VD) {
    const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD;
    if (const Expr *I = Def->getInit()) {
      HasInit = true;
      Init = ofAt(I, Depth + 1, TopLevel);
      if (const auto *CE = dyn_cast<CXXConstructExpr>(stripAll(I)))
        if (CE->getNumArgs() == 0) HasInit = !Init.Origins.empty();
      // The zeros of a read-only object (`static const uint8_t kBlank[16] =
      // {0}`) are its value for good: nothing can fill it later.
      bool ReadOnly = Def->getType().isConstQualified() && Def->hasGlobalStorage() &&
                      !Def->getType()->isPointerType();
      for (Origin &O : Init.Origins) {
        if (!O.Named) O.Named = Def;
        O.Path.push_back(Step{I, "value defined here"});
        if (ReadOnly && O.Kind == Origin::Const && O.Bytes) O.Clearing = false;
      }
      Init = markKeyMaterial(std::move(Init), VD);
    } else if (Def->hasGlobalStorage() && !Def->hasExternalStorage() &&
               Def->getType()->isIntegralOrEnumerationType() &&
               (Def->isStaticLocal() || !Def->isExternallyVisible())) {
      // A static counter or flag of this unit without an initializer starts
      // at zero (C 6.7.9p10), and only this unit writes it.
      HasInit = true;
      Origin O;
      O.Clearing = true;
      O.Named = Def;
      Init.Origins.push_back(O);
    }
    if (!HasInit && definedElsewhere(VD)) return linked("object", VD);
  } else if (FD->hasInClassInitializer()) {
    if (const Expr *I = FD->getInClassInitializer()) {
      HasInit = true;
      Init = ofAt(I, Depth + 1, TopLevel);
      for (Origin &O : Init.Origins) {
        if (!O.Named) O.Named = FD;
        O.Path.push_back(Step{I, "value defined here"});
      }
    }
  }
  std::vector<Write> Ws = writes(D);
  // A field of a library's record read through a parameter (`secret->data`
  // of the `gnutls_datum_t *` a key-log callback is handed): the library
  // made that object; what other functions of the unit write into their own
  // local records of the type (`gnutls_datum_t key = {session_key, n}`) is
  // not what it holds.
  if (FD && Use && FD->getParent() &&
      Ctx.getSourceManager().isInSystemHeader(FD->getParent()->getLocation()))
    if (const ParmVarDecl *P = fieldParam(FD, Use)) {
      const auto *Fn = dyn_cast<FunctionDecl>(P->getDeclContext());
      llvm::erase_if(Ws, [&](const Write &W) {
        const auto *R = dyn_cast_or_null<VarDecl>(W.Root);
        return R && R->hasLocalStorage() && !isa<ParmVarDecl>(R) && W.Fn && W.Fn != Fn &&
               !R->getType()->isPointerType() && !R->getType()->isReferenceType();
      });
    }
  bool Shared = false;
  if (FD && FD->getParent() && FD->getParent()->isUnion()) {
    // A union's members share their storage: r.s[i] = rand() fills r.b.
    for (const FieldDecl *Sib : FD->getParent()->fields())
      if (Sib != FD) {
        std::vector<Write> X = writes(Sib);
        Shared |= !X.empty();
        Ws.insert(Ws.end(), X.begin(), X.end());
      }
  }
  if (Ws.empty()) {
    if (!HasInit) {
      // A field of the object a parameter points to (`src->data`), never
      // written in this unit: what the callers in other units pass in that
      // field, a question for the link step ("field:data" of the parameter).
      if (FD) {
        Prov Else = fieldElsewhere(FD, Use);
        if (std::optional<Prov> L = paramFieldLink(FD, Use, &calls())) {
          alt(*L, Else);
          return *L;
        }
        if (!Else.Origins.empty()) return Else;
      }
      // A field or global never written in this translation unit, or a local
      // with no initializer: nothing we can name.
      return WithObject(unknown());
    }
    // A field's zero default (`std::array<uint8_t, 16> salt{};`) read from an
    // object the caller hands in (`cred.salt`, `c->key`): this unit never
    // writes the field, the code that made the object did.
    if (FD && Use && !Init.Origins.empty() && llvm::all_of(Init.Origins, [](const Origin &O) {
          return O.Kind == Origin::Const && O.Clearing;
        })) {
      // Through a parameter: what callers in other units pass in the field
      // (`r.diag.session_key` of the record another unit fills and hands
      // to `publish(r)`), beside what any unit writes into it.
      if (const auto *R = dyn_cast_or_null<VarDecl>(memberRoot(Use)))
        if (isa<ParmVarDecl>(R) || R->getType()->isPointerType() ||
            R->getType()->isReferenceType()) {
          std::optional<Prov> L = paramFieldLink(FD, Use, &calls());
          if (!L) return unknown();
          alt(*L, fieldElsewhere(FD, Use));
          return *L;
        }
      // `uint8_t key_[32]{};` of a class whose constructor or methods live
      // in another unit (this->key_): the zero is storage they fill, so
      // what they write, not the zero, is the value.
      Prov Else = fieldElsewhere(FD, Use);
      if (!Else.Origins.empty()) return Else;
    }
    return WithObject(std::move(Init));
  }
  // Whole writes are alternatives to the initializer, parts combine with it;
  // a cleared initializer is only a value when nothing else writes.
  Prov P = ofWrites(D, Ws, Use, Depth, TopLevel, HasInit ? &Init : nullptr);
  if (Shared) // another member's bytes, in this member's type
    for (Origin &O : P.Origins) O.Bytes.reset();
  // Other units' writes are alternatives beside this unit's: their origins
  // only (this unit's understanding of the field stands).
  if (FD)
    for (Origin &O : fieldElsewhere(FD, Use).Origins) P.Origins.push_back(std::move(O));
  return WithObject(std::move(P));
}

std::optional<Prov> ProvenanceAnalysis::pipelineInto(const CXXConstructExpr *Src,
                                                     const ValueDecl *D, unsigned Depth,
                                                     bool TopLevel) {
  const FunctionModel *M = model(Src);
  // A construction the catalog does not describe that writes into D through
  // an attached buffer (the unit index recorded the write): data not known.
  // (A filter or sink the catalog describes gets its data from the source
  // that pumps it: that source's write says what it is.)
  if (!M) return unknown();
  if (M->PipeFrom == -1 || M->PipeAttach == -1) return std::nullopt;
  Prov P;
  if (M->PipeFrom == DataFlowModel::PipeExternal)
    P = external(); // FileSource(path, true, ...): the file's bytes
  else if (M->PipeFrom >= 0 && unsigned(M->PipeFrom) < Src->getNumArgs())
    P = ofAt(Src->getArg(M->PipeFrom), Depth + 1, TopLevel);
  else
    return std::nullopt;
  const CXXConstructExpr *Cur = Src;
  for (unsigned Hop = 0; Hop < 8; ++Hop) {
    int AI = M->PipeAttach == DataFlowModel::PipeLast ? int(Cur->getNumArgs()) - 1 : M->PipeAttach;
    if (AI < 0 || unsigned(AI) >= Cur->getNumArgs()) return std::nullopt;
    const auto *NE = dyn_cast<CXXNewExpr>(stripAll(Cur->getArg(AI)));
    const CXXConstructExpr *Next = NE ? NE->getConstructExpr() : nullptr;
    if (!Next) return std::nullopt;
    const FunctionModel *NM = model(Next);
    // A filter the catalog does not describe (a cipher, a hash, a
    // signature): what comes out is not the source's bytes.
    if (!NM || (NM->PipeSink < 0 && NM->PipeAttach == -1)) return unknown();
    if (NM->PipeSink >= 0) {
      if (unsigned(NM->PipeSink) >= Next->getNumArgs() ||
          targetOf(Next->getArg(NM->PipeSink)).D != D)
        return std::nullopt;
      return P;
    }
    // A decoder: the constant's bytes decoded; an encoder: key material
    // stays, the constant's bytes are no longer these.
    if (NM->Decodes != DecodeKind::None) {
      decodeOrigins(P, NM->Decodes);
    } else {
      for (Origin &O : P.Origins) {
        O.Transformed = true;
        O.Bytes.reset();
      }
    }
    Cur = Next;
    M = NM;
  }
  return std::nullopt;
}

Prov ProvenanceAnalysis::ofWrites(const ValueDecl *D, const std::vector<Write> &Ws, const Expr *Use,
                                  unsigned Depth, bool TopLevel, const Prov *Initial) {
  const SourceManager &SM = Ctx.getSourceManager();
  bool Local = false;
  if (const auto *VD = dyn_cast<VarDecl>(D)) Local = VD->isLocalVarDeclOrParm();
  // The last write before the use that replaces the variable's contents on
  // every path to it (`hexify(fp, 8, hex); log("%s", hex);` after `hexify(key,
  // 32, hex)`): the writes before it, and the initializer, reach no further.
  // (An element write in a loop over every element replaces the whole
  // array: `memcpy(key, kDefault, 16)` then, when the file has one,
  // `for (i = 0; i < 16; i++) key[i] = parsed` is the default or the file's
  // key, not pieces of both. Such a loop that runs on every path to the use
  // replaces it there.)
  std::vector<const ForStmt *> EveryElement;
  EveryElement.reserve(Ws.size());
  for (const Write &W : Ws) EveryElement.push_back(everyElementLoop(W, D));
  const Expr *Killer = nullptr;
  if (Local && Use)
    for (size_t I = 0; I < Ws.size(); ++I) {
      const Write &W = Ws[I];
      if (W.E && SM.isBeforeInTranslationUnit(W.E->getBeginLoc(), Use->getBeginLoc()) &&
          (!Killer || SM.isBeforeInTranslationUnit(Killer->getBeginLoc(), W.E->getBeginLoc())) &&
          ((runsBefore(W.E, Use) && overwrites(W, D, Depth)) ||
           (EveryElement[I] && runsBefore(EveryElement[I], Use))))
        Killer = W.E;
    }
  Prov Whole;
  if (Initial && !Killer) alt(Whole, *Initial);
  std::vector<Prov> Parts;
  // A member of a local object (`tv.tv_usec` of a local `struct timeval tv`)
  // holds what is written into that object, not into another object of the
  // same type (another function's local).
  const ValueDecl *UseRoot = nullptr;
  if (Use && isa<FieldDecl>(D))
    if (const auto *R = dyn_cast_or_null<VarDecl>(memberRoot(Use)))
      if (R->hasLocalStorage() && !R->getType()->isPointerType() &&
          !R->getType()->isReferenceType())
        UseRoot = R;
  const FunctionDecl *UseFn = nullptr;
  bool UseFnDone = false;
  bool Skipped = false;
  // A field read through a pointer parameter (`cfg->iv`) holds what was
  // written into the object the caller passes: not what an initializer put
  // into a named object this unit never names again (`const struct cfg
  // g_cfg = {k, iv};` with no `&g_cfg` anywhere), which cannot be it.
  const ParmVarDecl *UseParam = nullptr;
  if (const auto *FD = dyn_cast<FieldDecl>(D)) UseParam = fieldParam(FD, Use);
  for (size_t WI = 0; WI < Ws.size(); ++WI) {
    const Write &W = Ws[WI];
    if (UseParam && W.Root && isa<VarDecl>(W.Root) && !isa<ParmVarDecl>(W.Root) &&
        !W.Root->getType()->isPointerType() && !W.Root->getType()->isReferenceType() &&
        !Idx.referenced(cast<VarDecl>(W.Root))) {
      Skipped = true;
      continue;
    }
    if (Local && Use && W.E &&
        !SM.isBeforeInTranslationUnit(W.E->getBeginLoc(), Use->getBeginLoc()) &&
        !loopCarried(W.E, Use, D))
      continue;
    if (Killer && W.E && W.E != Killer &&
        SM.isBeforeInTranslationUnit(W.E->getBeginLoc(), Killer->getBeginLoc()) &&
        !inLambda(W.E)) // a lambda's body runs when it is called, not where it is written
      continue;
    if (UseRoot && W.Root && W.Root != UseRoot && isa<VarDecl>(W.Root) &&
        !W.Root->getType()->isPointerType() && !W.Root->getType()->isReferenceType()) {
      Skipped = true;
      continue;
    }
    Prov P;
    bool AllElements = EveryElement[WI] != nullptr; // (above)
    bool IsPart = W.Kind == Write::Part && !AllElements;
    switch (W.Kind) {
    case Write::Assign:
    case Write::Whole:
    case Write::Part:
      P = ofAt(W.E, Depth + 1, TopLevel);
      for (Origin &O : P.Origins) {
        if (!O.Named) O.Named = D;
        if (AllElements) O.Bytes.reset(); // the bytes of one element's expression
        O.Path.push_back(Step{W.E, "value assigned here"});
      }
      break;
    case Write::Clear: {
      Origin O = constant(W.E);
      O.Clearing = true;
      O.Named = D;
      P.Origins.push_back(O);
      break;
    }
    case Write::Call: {
      if (const auto *CC = dyn_cast<CXXConstructExpr>(W.E)) {
        // A buffer at the end of a filter pipeline the construction pumps.
        std::optional<Prov> Piped = pipelineInto(CC, D, Depth, TopLevel);
        if (!Piped) continue;
        P = std::move(*Piped);
        for (Origin &O : P.Origins) {
          if (!O.Named) O.Named = D;
          O.Path.push_back(Step{CC, "copied here"});
        }
        break;
      }
      const auto *CE = dyn_cast<CallExpr>(W.E);
      if (!CE) {
        P = unknown();
        break;
      }
      if (W.Arg == ~0u) { // the object of a mutating method call
        const FunctionModel *M = model(CE);
        if (M && M->KeySourceObject) {
          P = keySource(*M, CE);
          break;
        }
        if (CE->getNumArgs() > 0) continue; // its arguments are the writes
        P = unknown();
        break;
      }
      Target T = targetOf(CE->getArg(W.Arg));
      IsPart = !T.Whole;
      // `in >> salt_hex`: what the stream delivers (a file, a socket, a
      // string the program parses) is data read at run time.
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
          OC && OC->getOperator() == OO_GreaterGreater && W.Arg == 1) {
        P = external();
        break;
      }
      const FunctionModel *M = model(CE);
      const FunctionDecl *Callee = CE->getDirectCallee();
      if (M && llvm::is_contained(M->KeySourceArgs, int(W.Arg))) {
        P = keySource(*M, CE);
      } else if (M && M->EncryptsInPlace == int(W.Arg)) {
        // `wrapped = dek; mode->finish(wrapped)`: the ciphertext of what it
        // held, made at run time; no key material and no constant.
        P = external();
      } else if (M && llvm::is_contained(M->External, int(W.Arg))) {
        P = external();
        if (M->Rng) P.Random = CE;
        if (untrustedInput(*M, CE)) P.Input = CE;
        // sscanf(line, "%s %s", verb, arg): tokens of untrusted input are input.
        if (parsedFrom(*M, CE, P, Depth, TopLevel)) break;
      } else if (M && llvm::is_contained(M->Predictable, int(W.Arg))) {
        P.Predictable = CE;
      } else if (M && M->Clears == int(W.Arg)) {
        Origin O = constant(CE);
        O.Clearing = true; // memset(key, 0, n): zeros, unless something else fills it
        O.Named = D;
        O.Path.push_back(Step{CE, "cleared here"});
        P.Origins.push_back(O);
      } else if (M && M->CopyTo == int(W.Arg)) {
        std::vector<Prov> Srcs;
        for (const Expr *A : argsFrom(CE, M->CopyFrom))
          Srcs.push_back(ofAt(A, Depth + 1, TopLevel));
        if (Srcs.size() == 1 && M->Decodes != DecodeKind::None) {
          P = Srcs[0];
          decodeOrigins(P, M->Decodes);
        } else {
          P = Srcs.size() == 1 && !M->CopyTransforms ? Srcs[0] : combine(Srcs, M->CopyTransforms);
        }
        // A hash or MAC of key material is not the key; an encoding is.
        if (M->CopyTransforms && M->Decodes == DecodeKind::None && !M->CopyEncodes) dropSecrets(P);
        for (Origin &O : P.Origins) {
          if (!O.Named) O.Named = D;
          O.Path.push_back(Step{CE, M->CopyTransforms ? "derived here" : "copied here"});
        }
      } else if (M && M->DrainTo == int(W.Arg) && unsigned(M->DrainHandle) < CE->getNumArgs()) {
        P = absorbedInto(CE->getArg(M->DrainHandle), CE);
        dropSecrets(P); // a digest or MAC of key material is not the key
        for (Origin &O : P.Origins) {
          if (!O.Named) O.Named = D;
          O.Path.push_back(Step{CE, "derived here"});
        }
      } else if (M) {
        // A modelled function whose model describes this argument only reads
        // it (a key, an IV). An argument it says nothing about, passed where
        // the function may write (the output of DES_ecb_encrypt), receives
        // data computed at run time.
        // (An object's address in its variable part, `curl_easy_setopt(h,
        // CURLOPT_WRITEDATA, &body)`, is a place the library writes later.)
        if (paramFor(*M, Callee, W.Arg) && !libraryVarArgAddress(CE, W.Arg)) continue;
        P = unknown();
      } else if (std::vector<const FunctionDecl *> Bodies = callBodies(Idx, CE); !Bodies.empty()) {
        // The argument's parameter (a function object's call operator
        // takes its arguments after the object).
        unsigned Shift = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
        unsigned ParamI = W.Arg - Shift;
        bool Writes = false;
        for (const FunctionDecl *B : Bodies) {
          const Summary &S = summary(B, Depth + 1);
          auto It = S.Out.find(ParamI);
          if (It == S.Out.end()) {
            // The helper does not write through it: unless it keeps the
            // pointer (buf_set_write(&b, iv, n) stores it in a buffer object
            // that later calls fill), when anything may be written later.
            if (S.Escapes.count(ParamI)) alt(P, unknown()), Writes = true;
            continue;
          }
          Prov Q = applySummary(It->second, CE, Depth, TopLevel);
          if (S.Escapes.count(ParamI)) Q.Unknown = Q.Opaque = true;
          alt(P, Q);
          Writes = true;
        }
        if (!Writes) continue;
        for (Origin &O : P.Origins) {
          if (!O.Named) O.Named = D;
          O.Path.push_back(Step{CE, "filled by this call"});
        }
      } else if (Callee && !M) {
        // Another unit's function that fills the argument (`to_hex(key, n,
        // hex)`): what it writes there, of its own and of this call's
        // arguments ("site": the link step answers with them).
        P = linked("out", Callee, W.Arg);
        for (Origin &O : P.Origins) O.Site = CE;
      } else {
        P = unknown();
      }
      break;
    }
    }
    // A field or global cleared in another function (a release or reset
    // function scrubbing the key) is the end of a value's life there, not a
    // value this use receives: unless that function clears it and then
    // calls the use's function.
    if (!Local && Use && W.Fn && !P.External && !P.Unknown && !P.Random && !P.Predictable &&
        !P.Origins.empty() && llvm::all_of(P.Origins, [](const Origin &O) {
          return O.Kind == Origin::Const && O.Clearing;
        })) {
      if (!UseFnDone) {
        UseFn = enclosingFunction(Use);
        UseFnDone = true;
      }
      if (UseFn && W.Fn->getCanonicalDecl() != UseFn->getCanonicalDecl() &&
          !callsAfter(W.Fn, UseFn, W.E)) {
        Skipped = true;
        continue;
      }
    }
    // Zeros that reach a copy into a field or a global on some path only
    // (`memset(tx, 0, n); if (peer_pk) derive(tx); memcpy(st->tx_key, tx,
    // n)`) say nothing about a read of it in another function: which path
    // ran is the object's state there (a protocol-version flag the reader
    // tests), not shown. The claim stays with the uses in the clearing's
    // own function.
    if (!Local)
      for (Origin &O : P.Origins) O.ZeroReaches = false;
    P = markKeyMaterial(std::move(P), D);
    if (IsPart)
      Parts.push_back(std::move(P));
    else
      alt(Whole, P);
  }
  if (Skipped && Parts.empty() && Whole.Origins.empty() && !Whole.External && !Whole.Unknown &&
      !Whole.Predictable && !Whole.Random) {
    // Only writes that never reach this use: not understood, or what
    // callers in other units pass in the field.
    if (UseParam)
      if (std::optional<Prov> L = paramFieldLink(cast<FieldDecl>(D), Use, &calls())) return *L;
    return unknown();
  }
  if (!Parts.empty()) {
    // Parts overwrite pieces of whatever the whole value was: the data is
    // made of both (element writes in a loop over a cleared buffer are the
    // parts alone, since cleared storage is no value of its own).
    if (!Whole.Origins.empty() || Whole.External || Whole.Unknown)
      Parts.insert(Parts.begin(), Whole);
    return combine(Parts, false, /*Pieces=*/true);
  }
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && Local && Use && !isa<ParmVarDecl>(VD))
    markZeroPaths(VD, Use, Whole);
  return Whole;
}

struct ProvenanceAnalysis::FunctionPaths {
  std::unique_ptr<ParentMap> PM;
  std::unique_ptr<CFG> G;
  // The block of each element and terminator (a terminator's block is the
  // one it ends: `&&` maps where its left side decides).
  llvm::DenseMap<const Stmt *, const CFGBlock *> Elements;
  /// The block \p S runs in: its own, or its nearest ancestor's that is an
  /// element of the CFG.
  const CFGBlock *getBlock(const Stmt *S) const {
    for (unsigned Guard = 0; S && Guard < 512; S = PM->getParent(S), ++Guard)
      if (auto It = Elements.find(S); It != Elements.end()) return It->second;
    return nullptr;
  }
};

ProvenanceAnalysis::FunctionPaths *ProvenanceAnalysis::pathsOf(const FunctionDecl *Fn) {
  auto It = Paths.find(Fn);
  if (It != Paths.end()) return It->second.get();
  auto F = std::make_shared<FunctionPaths>();
  if (Stmt *Body = Fn->getBody()) {
    F->PM = std::make_unique<ParentMap>(Body);
    F->G = CFG::buildCFG(Fn, Body, &Ctx, CFG::BuildOptions());
    if (F->G)
      for (const CFGBlock *B : *F->G) {
        for (const CFGElement &El : *B)
          if (auto CS = El.getAs<CFGStmt>()) F->Elements.try_emplace(CS->getStmt(), B);
        if (const Stmt *T = B->getTerminatorStmt()) F->Elements[T] = B;
      }
  }
  if (!F->G) F.reset();
  return (Paths[Fn] = std::move(F)).get();
}

void ProvenanceAnalysis::markZeroPaths(const VarDecl *D, const Expr *Use, Prov &P) {
  auto Cleared = [](const Origin &O) {
    return O.Kind == Origin::Const && O.Clearing && !O.Partial && O.Def &&
           !isa<CXXConstructExpr>(O.Def);
  };
  if (llvm::none_of(P.Origins, Cleared)) return; // the common case: nothing to ask
  // Zeros the program writes into the local on purpose: a zero initializer
  // of an array or a scalar (`uint8_t key[32] = {0};`) or a clearing call
  // (`memset(key, 0, n)`). Not the zeros of storage a container allocates
  // (`std::vector<uint8_t> buf(n)`, `resize`), nor zeros copied in from
  // another object (that object's paths are its own).
  const SourceManager &SM = Ctx.getSourceManager();
  const Expr *Init = D->getInit();
  if (Init && isa<CXXConstructExpr, ExprWithCleanups>(Init)) Init = nullptr;
  const std::vector<Write> &Ws = writes(D); // all of them: the caller may pass a suffix
  llvm::SmallPtrSet<const Expr *, 4> OwnZeros; // the Defs of the local's own zeros
  for (const Origin &O : P.Origins) {
    if (!Cleared(O)) continue;
    bool InInit = Init && !SM.isBeforeInTranslationUnit(O.Def->getBeginLoc(), Init->getBeginLoc()) &&
                  !SM.isBeforeInTranslationUnit(Init->getEndLoc(), O.Def->getEndLoc());
    bool ByCall = llvm::any_of(Ws, [&](const Write &W) {
      const auto *CE = W.Kind == Write::Call ? dyn_cast<CallExpr>(W.E) : nullptr;
      const FunctionModel *M = CE && CE == O.Def ? model(CE) : nullptr;
      return M && M->Clears == int(W.Arg);
    });
    if (InInit || ByCall) OwnZeros.insert(O.Def);
  }
  auto Own = [&](const Origin &O) { return Cleared(O) && OwnZeros.count(O.Def); };
  // Only zeros beside something else: alone they are the value anyway.
  bool Other = P.External || P.Unknown || P.Predictable || P.Random ||
               !llvm::all_of(P.Origins, Own);
  if (OwnZeros.empty() || !Other) return;
  const FunctionDecl *Fn = enclosingFunction(Use);
  if (!Fn || D->getDeclContext() != Fn) return;
  FunctionPaths *F = pathsOf(Fn);
  if (!F) return;
  // The other writes: where a path stops. One in a loop (a fill element by
  // element, a retry) may run zero times only on paths no program takes:
  // then no claim is made.
  std::vector<const Stmt *> Kills;
  for (const Write &W : Ws) {
    if (!W.E) return;
    if (OwnZeros.count(W.E)) continue;
    if (W.Fn && W.Fn->getCanonicalDecl() != Fn->getCanonicalDecl()) return;
    if (inLoop(W.E)) return;
    // A write in a chain of && or || (`ok = init(c) && derive(c, key);
    // if (!ok) return;`) is skipped only when the chain fails, which the
    // function tests: it counts where the chain starts.
    // (Not when what stands before it only tests a setting, `keyfile !=
    // NULL && !read_key(keyfile, key, n)` or `!opts.key_file.empty() &&
    // ...`: the chain is skipped when nothing is configured, and the
    // function goes on with what the storage held.)
    const Stmt *K = W.E;
    const Stmt *Prev = W.E;
    bool SettingTest = false;
    for (const Stmt *X = F->PM->getParent(W.E); X && isa<Expr>(X) && !SettingTest;
         Prev = X, X = F->PM->getParent(X))
      if (const auto *BO = dyn_cast<BinaryOperator>(X);
          BO && BO->getOpcode() == BO_LAnd && Prev == BO->getRHS() &&
          settingTest(BO->getLHS())) {
        // (The chain is an `if`'s condition: skipped, the condition is
        // false and the function goes on. A chain kept in a variable the
        // function tests, `ok = path && load(path, key); if (!ok) return;`,
        // fails when skipped.)
        const Stmt *Top = BO;
        while (const Stmt *Up = F->PM->getParent(Top)) {
          if (!isa<Expr>(Up) || isa<CallExpr>(Up) || isa<CXXConstructExpr>(Up)) {
            const auto *If = dyn_cast<IfStmt>(Up);
            SettingTest = If && If->getCond() && If->getCond()->IgnoreParens() ==
                                                      cast<Expr>(Top)->IgnoreParens();
            break;
          }
          const auto *UB = dyn_cast<BinaryOperator>(Up);
          if (!isa<ParenExpr>(Up) && !isa<ImplicitCastExpr>(Up) &&
              !(UB && UB->getOpcode() == BO_LAnd))
            break;
          Top = Up;
        }
        break;
      }
    for (const Stmt *X = F->PM->getParent(W.E); X && isa<Expr>(X) && !SettingTest;
         X = F->PM->getParent(X))
      if (const auto *BO = dyn_cast<BinaryOperator>(X); BO && BO->isLogicalOp()) {
        const Expr *L = BO;
        for (const auto *LB = BO; LB && LB->isLogicalOp();
             LB = dyn_cast<BinaryOperator>(L->IgnoreParens()))
          L = LB->getLHS();
        K = L;
      }
    Kills.push_back(K);
  }
  const CFGBlock *UB = F->getBlock(Use);
  if (!UB) return;
  auto Before = [&](const Stmt *A, const Stmt *B) {
    return SM.isBeforeInTranslationUnit(SM.getFileLoc(A->getBeginLoc()),
                                        SM.getFileLoc(B->getBeginLoc()));
  };
  std::vector<std::vector<const Stmt *>> KillsIn(F->G->getNumBlockIDs());
  for (const Stmt *K : Kills) {
    const CFGBlock *B = F->getBlock(K);
    if (!B) return;
    KillsIn[B->getBlockID()].push_back(K);
  }
  for (Origin &O : P.Origins) {
    if (!Own(O)) continue;
    const CFGBlock *ZB = F->getBlock(O.Def);
    if (!ZB) continue;
    // Within the clearing's block: a write after it ends every path.
    bool Reaches = false;
    const auto &ZK = KillsIn[ZB->getBlockID()];
    if (ZB == UB && Before(O.Def, Use)) {
      Reaches = llvm::none_of(ZK, [&](const Stmt *K) { return Before(O.Def, K) && Before(K, Use); });
    } else if (llvm::none_of(ZK, [&](const Stmt *K) { return Before(O.Def, K); })) {
      llvm::BitVector Seen(F->G->getNumBlockIDs());
      std::vector<const CFGBlock *> Work;
      auto Push = [&](const CFGBlock *B) {
        for (const CFGBlock::AdjacentBlock &A : B->succs())
          if (const CFGBlock *N = A.getReachableBlock(); N && !Seen.test(N->getBlockID())) {
            Seen.set(N->getBlockID());
            Work.push_back(N);
          }
      };
      Push(ZB);
      while (!Work.empty() && !Reaches) {
        const CFGBlock *B = Work.back();
        Work.pop_back();
        const auto &BK = KillsIn[B->getBlockID()];
        if (B == UB && llvm::none_of(BK, [&](const Stmt *K) { return Before(K, Use); })) {
          Reaches = true;
          break;
        }
        if (BK.empty()) Push(B);
      }
    }
    O.ZeroReaches = Reaches;
  }
}

Prov ProvenanceAnalysis::applySummary(const Prov &S, const CallExpr *CE, unsigned Depth,
                                      bool TopLevel) {
  const FunctionDecl *FD = CE->getDirectCallee();
  unsigned Shift = isa<CXXOperatorCallExpr>(CE) && FD && isa<CXXMethodDecl>(FD) ? 1 : 0;
  std::vector<const Expr *> Args(CE->arg_begin() + std::min(Shift, CE->getNumArgs()),
                                 CE->arg_end());
  return applyToArgs(S, Args, Depth, TopLevel);
}

Prov ProvenanceAnalysis::applyToArgs(const Prov &S, ArrayRef<const Expr *> Args, unsigned Depth,
                                     bool TopLevel) {
  Prov Out;
  Out.External = S.External;
  Out.Unknown = S.Unknown;
  Out.Opaque = S.Opaque;
  Out.Predictable = S.Predictable;
  Out.Input = S.Input;
  Out.InputParam = S.InputParam;
  if (!Out.Random) Out.Random = S.Random;
  // Arguments that name the entry of a keyed lookup (`nvram_get("x")`):
  // constant names select those entries; a parameter of the caller (a
  // wrapper, `cfg(n)` calling `nvram_get(n)`) leaves the choice to its
  // callers; anything else may name any entry.
  struct KeyChoice {
    std::optional<std::vector<std::string>> Names;
    int WrapperParam = -1;
  };
  std::map<int, KeyChoice> Choices;
  auto ChoiceOf = [&](unsigned I) -> const KeyChoice & {
    auto [It, New] = Choices.try_emplace(int(I));
    if (!New) return It->second;
    const Expr *A = Args[I]->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(A)) {
      if (const auto *PV = dyn_cast<ParmVarDecl>(DRE->getDecl());
          PV && isa<FunctionDecl>(PV->getDeclContext())) {
        It->second.WrapperParam = int(PV->getFunctionScopeIndex());
        return It->second;
      }
    }
    const ValueSet &VS = V.resolve(A);
    std::vector<std::string> Ss;
    for (const Value &X : VS.Values)
      if (X.Kind == Value::String) Ss.push_back(StringRef(X.S).split('\0').first.str());
    if (VS.Complete && !VS.Values.empty() && Ss.size() == VS.Values.size())
      It->second.Names = std::move(Ss);
    return It->second;
  };
  for (const Origin &O : S.Origins) {
    if (O.Kind != Origin::Param) {
      Origin C = O;
      C.KeyArg = -1;
      if (O.KeyArg >= 0 && unsigned(O.KeyArg) < Args.size()) {
        const KeyChoice &KC = ChoiceOf(unsigned(O.KeyArg));
        if (KC.WrapperParam >= 0) C.KeyArg = KC.WrapperParam;
        else if (KC.Names && !is_contained(*KC.Names, O.KeyIs))
          continue; // another entry's value
      }
      if (roomFor(Out, C)) Out.Origins.push_back(C);
      continue;
    }
    unsigned I = O.ParamIndex;
    if (I >= Args.size()) {
      Out.Unknown = Out.Opaque = true;
      continue;
    }
    Prov A = ofAt(Args[I], Depth + 1, TopLevel);
    Out.External |= A.External;
    Out.Unknown |= A.Unknown;
    Out.Opaque |= A.Opaque;
    if (!Out.Predictable) Out.Predictable = A.Predictable;
    if (!Out.hasInput()) Out.Input = A.Input, Out.InputParam = A.InputParam;
    for (Origin AO : A.Origins) {
      if (O.Hashed && AO.Kind == Origin::Secret) continue;
      AO.Hashed |= O.Hashed;
      AO.Partial |= O.Partial;
      AO.Transformed |= O.Transformed;
      if (O.Transformed || O.Partial) AO.Bytes.reset();
      AO.Path.push_back(Step{Args[I], "passed to a helper here"});
      for (const Step &St : O.Path) AO.Path.push_back(St);
      if (roomFor(Out, AO)) Out.Origins.push_back(AO);
    }
  }
  return Out;
}

/// The object a method call is made on when it is `this` (written or not).
static bool onThis(const CXXMemberCallExpr *MC) {
  const Expr *O = MC->getImplicitObjectArgument();
  return O && isa<CXXThisExpr>(stripAll(O));
}

/// The calls \p Def makes on its own object of methods that may change it
/// and whose body the unit has.
static std::vector<const CXXMemberCallExpr *> callsOnThis(const FunctionDecl *Def) {
  std::vector<const CXXMemberCallExpr *> Calls;
  anyStmtIn(Def->getBody(), [&](const Stmt *S) {
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S))
      if (const CXXMethodDecl *CM = MC->getMethodDecl();
          onThis(MC) && CM && !CM->isConst() && CM->hasBody())
        Calls.push_back(MC);
    return false;
  });
  return Calls;
}

/// (`return {buf_.data(), buf_.size()};` and `return std::span(buf_)` are
/// views too.)
const FieldDecl *returnedThisField(const FunctionDecl *Def, bool *Partial) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Def);
  QualType RT = Def && Def->getBody() ? Def->getReturnType().getNonReferenceType() : QualType();
  if (Partial) *Partial = false;
  if (!MD || MD->isStatic() || RT.isNull() || !(RT->isPointerType() || RT->isRecordType()))
    return nullptr;
  std::vector<const ReturnStmt *> Rs = returnsOf(Def->getBody());
  if (Rs.empty()) return nullptr;
  bool Part = false;
  // The field \p E is (a view of), through concatenations.
  std::function<const FieldDecl *(const Expr *, unsigned)> FieldOf =
      [&](const Expr *E, unsigned Depth) -> const FieldDecl * {
    for (unsigned Guard = 0; E && Guard < 6; ++Guard) {
      E = stripAll(E);
      if (const auto *IL = dyn_cast<InitListExpr>(E)) {
        E = IL->getNumInits() ? IL->getInit(0) : nullptr;
      } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
        E = CE->getNumArgs() ? CE->getArg(0) : nullptr;
      } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
                 OC && OC->getOperator() == OO_Plus && OC->getNumArgs() == 2 && Depth < 4 &&
                 OC->getType()->isRecordType()) {
        // One side is the field, the other anything else.
        const FieldDecl *L = FieldOf(OC->getArg(0), Depth + 1);
        const FieldDecl *R = FieldOf(OC->getArg(1), Depth + 1);
        if (bool(L) == bool(R)) return nullptr;
        Part = true;
        return L ? L : R;
      } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
        const CXXMethodDecl *Acc = MC->getMethodDecl();
        if (!Acc || !Acc->getParent()->isInStdNamespace() || !Acc->getDeclName().isIdentifier() ||
            !llvm::is_contained({"data", "c_str", "begin", "str", "get"}, Acc->getName()))
          return nullptr;
        E = MC->getImplicitObjectArgument();
      } else {
        break;
      }
    }
    const auto *ME = dyn_cast_or_null<MemberExpr>(E);
    const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    return F && isa<CXXThisExpr>(stripAll(ME->getBase())) ? F : nullptr;
  };
  const FieldDecl *Found = nullptr;
  for (const ReturnStmt *RS : Rs) {
    const FieldDecl *F = FieldOf(RS->getRetValue(), 0);
    if (!F || (Found && Found != F)) return nullptr;
    Found = F;
  }
  if (Partial) *Partial = Part;
  return Found;
}

/// The method \p M empties or replaces its object's field \p F in a
/// statement of its body that always runs: `buf_.clear()`, `key_ = k`,
/// `key_.assign(b, e)`.
static bool replacesField(const CXXMethodDecl *M, const FieldDecl *F) {
  const FunctionDecl *Def = nullptr;
  const auto *Body = M->hasBody(Def) && Def ? dyn_cast_or_null<CompoundStmt>(Def->getBody()) : nullptr;
  if (!Body) return false;
  auto IsField = [&](const Expr *E) {
    const auto *ME = dyn_cast_or_null<MemberExpr>(E ? stripAll(E) : nullptr);
    return ME && ME->getMemberDecl() == F && isa<CXXThisExpr>(stripAll(ME->getBase()));
  };
  for (const Stmt *S : Body->body()) {
    const auto *E = dyn_cast<Expr>(S);
    if (!E) continue;
    E = stripAll(E);
    if (const auto *BO = dyn_cast<BinaryOperator>(E);
        BO && BO->getOpcode() == BO_Assign && IsField(BO->getLHS()))
      return true;
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2 && IsField(OC->getArg(0)))
      return true;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
      if (const CXXMethodDecl *Op = MC->getMethodDecl();
          Op && Op->getDeclName().isIdentifier() && IsField(MC->getImplicitObjectArgument()) &&
          llvm::is_contained({"clear", "assign"}, Op->getName()))
        return true;
  }
  return false;
}

Prov ProvenanceAnalysis::thisFieldWrites(const FunctionDecl *M, const FieldDecl *F,
                                         unsigned Depth) {
  const FunctionDecl *Def = nullptr;
  if (!M->hasBody(Def) || !Def) return unknown();
  auto Key = std::make_pair(Def, F);
  if (auto It = ThisFields.find(Key); It != ThisFields.end()) return It->second;
  if (!enterSummary(Def, Depth)) return unknown();
  // Its own writes through `this` (a write of an unnamed object in a
  // method of the field's class is one of its own object).
  std::vector<Write> Ws;
  for (const Write &W : writes(F))
    if (W.Fn == Def && !W.Root) Ws.push_back(W);
  Prov P = Ws.empty() ? Prov() : ofWrites(F, Ws, nullptr, 1, false);
  // And what the methods it calls on its object write there, at each call.
  std::vector<const CXXMemberCallExpr *> Calls = callsOnThis(Def);
  for (const CXXMemberCallExpr *MC : Calls) {
    Prov C = thisFieldWrites(MC->getMethodDecl(), F, Depth + 1);
    if (C.Origins.empty() && !C.External && !C.Unknown && !C.Predictable && !C.Random) continue;
    alt(P, applySummary(C, MC, 1, false));
  }
  leaveSummary(Def);
  return ThisFields.try_emplace(Key, std::move(P)).first->second;
}

const std::vector<const CXXMemberCallExpr *> *
ProvenanceAnalysis::objectCalls(const VarDecl *R) {
  if (!Ctx.getLangOpts().CPlusPlus || !R || isa<ParmVarDecl>(R) || !R->hasLocalStorage() ||
      R->getType()->isReferenceType() || !R->getType()->getAsCXXRecordDecl())
    return nullptr;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(R->getDeclContext());
  if (!Fn || !Fn->getBody()) return nullptr;
  // The methods called on it, and whether it is handed on where something
  // else could change it (its address, a reference to it, a capture): once
  // per object.
  auto [It, New] = ObjectCalls.try_emplace(R);
  if (New) {
    auto Names = [&](const Expr *E) {
      const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E ? stripAll(E) : nullptr);
      return DRE && DRE->getDecl() == R;
    };
    std::vector<const CXXMemberCallExpr *> Found;
    bool Escapes = anyStmtIn(Fn->getBody(), [&](const Stmt *S) {
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
        if (Names(MC->getImplicitObjectArgument())) Found.push_back(MC);
        return false;
      }
      if (const auto *UO = dyn_cast<UnaryOperator>(S))
        return UO->getOpcode() == UO_AddrOf && Names(UO->getSubExpr());
      if (const auto *LE = dyn_cast<LambdaExpr>(S))
        return llvm::any_of(LE->captures(), [&](const LambdaCapture &C) {
          return C.capturesVariable() && C.getCaptureKind() == LCK_ByRef &&
                 C.getCapturedVar() == R;
        });
      if (const auto *DS = dyn_cast<DeclStmt>(S))
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getType()->isReferenceType() && Names(VD->getInit()))
            return true;
      if (const auto *CE = dyn_cast<CallExpr>(S)) {
        const FunctionDecl *Callee = CE->getDirectCallee();
        for (unsigned I = 0; I < CE->getNumArgs(); ++I)
          if (Names(CE->getArg(I))) {
            if (!Callee || I >= Callee->getNumParams()) return true;
            QualType T = Callee->getParamDecl(I)->getType();
            if (T->isReferenceType() && !T->getPointeeType().isConstQualified()) return true;
          }
      }
      return false;
    });
    if (!Escapes) It->second = std::move(Found);
  }
  return It->second ? &*It->second : nullptr;
}

std::optional<Origin> ProvenanceAnalysis::thisReturnLink(const CXXMemberCallExpr *MC,
                                                         const FunctionDecl *FD) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(FD);
  if (!MD || MD->isStatic() || FD->hasBody()) return std::nullopt;
  QualType RT = FD->getReturnType().getNonReferenceType();
  if (!(RT->isPointerType() || RT->isRecordType())) return std::nullopt;
  const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(MC->getImplicitObjectArgument()));
  const auto *R = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  const std::vector<const CXXMemberCallExpr *> *Calls = objectCalls(R);
  if (!Calls) return std::nullopt;
  // Its own writes of a field, or a whole assignment: not followed here.
  for (const Write &W : writes(R))
    if (W.Kind == Write::Assign || W.Kind == Write::Whole) return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  bool Loop = inLoop(MC);
  Origin O;
  // Its construction by a constructor another unit defines (`Report
  // rep(title, key)`), then the methods called on it.
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(R->getInit() ? stripAll(R->getInit())
                                                                         : nullptr))
    if (const CXXConstructorDecl *Ctor = CE->getConstructor();
        Ctor && !Ctor->hasBody() && !Ctor->isDefaulted() && CE->getNumArgs())
      if (std::string Sym = linkageName(Ctor); !Sym.empty())
        O.ThisCalls.emplace_back(std::move(Sym), CE);
  for (const CXXMemberCallExpr *C : *Calls) {
    const CXXMethodDecl *CM = C->getMethodDecl();
    if (C == MC || !CM || CM->isConst() || CM->isStatic() || CM->hasBody()) continue;
    if (!Loop && !SM.isBeforeInTranslationUnit(C->getBeginLoc(), MC->getBeginLoc())) continue;
    std::string Sym = linkageName(CM);
    if (!Sym.empty()) O.ThisCalls.emplace_back(std::move(Sym), C);
  }
  std::string Sym = linkageName(FD);
  if (O.ThisCalls.empty() || Sym.empty()) return std::nullopt;
  O.Kind = Origin::Link;
  O.What = "this-return";
  O.Symbol = std::move(Sym);
  O.Named = FD;
  O.Site = MC;
  return O;
}

std::optional<Prov> ProvenanceAnalysis::objectField(const VarDecl *R, const FieldDecl *F,
                                                    const Expr *Use, unsigned Depth,
                                                    bool TopLevel) {
  if (!Ctx.getLangOpts().CPlusPlus || !R || !F || isa<ParmVarDecl>(R) || !R->hasLocalStorage() ||
      R->getType()->isReferenceType() || !R->getType()->getAsCXXRecordDecl() || Depth > 6)
    return std::nullopt;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(R->getDeclContext());
  if (!Fn || !Fn->getBody()) return std::nullopt;
  const std::vector<const CXXMemberCallExpr *> *CallsP = objectCalls(R);
  if (!CallsP || CallsP->empty()) return std::nullopt;
  const std::vector<const CXXMemberCallExpr *> &Calls = *CallsP;
  // Its own writes of the field (`r.buf_ = x`), and whole assignments,
  // which this reading does not follow.
  std::vector<Write> Direct;
  for (const Write &W : writes(F))
    if (W.Root == R) Direct.push_back(W);
  for (const Write &W : writes(R))
    if (W.Kind == Write::Assign || W.Kind == Write::Whole) return std::nullopt;
  const SourceManager &SM = Ctx.getSourceManager();
  bool Loop = Use && inLoop(Use);
  Prov Out;
  bool Any = false;
  for (const CXXMemberCallExpr *MC : Calls) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || MD->isConst() || !MD->hasBody() || MC == Use) continue;
    if (Use && !Loop && !SM.isBeforeInTranslationUnit(MC->getBeginLoc(), Use->getBeginLoc()))
      continue;
    // A method that empties or replaces the field (`reset() { buf_.clear(); }`,
    // a setter), called on every path to the use: what came before is gone.
    if (Use && !Loop && replacesField(MD, F) && runsBefore(MC, Use)) Out = Prov();
    Prov C = thisFieldWrites(MD, F, Depth + 1);
    if (C.Origins.empty() && !C.External && !C.Unknown && !C.Predictable && !C.Random) continue;
    Any = true;
    alt(Out, applySummary(C, MC, Depth, TopLevel));
  }
  if (!Any) return std::nullopt;
  // What its construction put there.
  if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(R->getInit() ? stripAll(R->getInit())
                                                                        : nullptr))
    if (const CXXConstructorDecl *Ctor = CE->getConstructor(); Ctor && Ctor->hasBody()) {
      std::vector<const Expr *> Args(CE->arg_begin(), CE->arg_end());
      alt(Out, applyToArgs(thisFieldWrites(Ctor, F, Depth + 1), Args, Depth, TopLevel));
    }
  if (const Expr *I = F->getInClassInitializer())
    alt(Out, ofAt(I, Depth + 1, TopLevel));
  if (!Direct.empty()) alt(Out, ofWrites(F, Direct, Use, Depth, TopLevel));
  return Out;
}

bool ProvenanceAnalysis::enterSummary(const FunctionDecl *Def, unsigned Depth) {
  if (Depth > MaxDepth || SummaryInProgress.size() >= MaxNestedSummaries ||
      !SummaryInProgress.insert(Def).second)
    return false;
  SavedSummaryOf.push_back(SummaryOf);
  SummaryOf = Def;
  // Memo entries computed in another function's summary mode must not leak.
  SummaryMemos.push_back(std::make_unique<MemoMap>());
  return true;
}

void ProvenanceAnalysis::leaveSummary(const FunctionDecl *Def) {
  // Drop this summary's memo entries (computed with its Param origins).
  SummaryMemos.pop_back();
  SummaryOf = SavedSummaryOf.back();
  SavedSummaryOf.pop_back();
  SummaryInProgress.erase(Def);
}

const ProvenanceAnalysis::Summary &ProvenanceAnalysis::summary(const FunctionDecl *FD,
                                                               unsigned Depth) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def) Def = FD;
  Summary &S = Summaries[Def];
  // Too deep: not understood here, and not marked in progress (a later,
  // shallower call computes the summary).
  if (S.Done || !enterSummary(Def, Depth)) {
    if (!S.Done) S.Return = unknown();
    return S;
  }
  // A summary serves every caller, so it gets its own depth budget: one
  // computed for a call deep in a chain (a helper of a helper) is as good as
  // one computed for a call at the top. Nesting is bounded above.
  Depth = 0;

  Prov Ret = returnedValues(Def->getBody(), Depth + 1, false);
  Summary Result;
  Result.Return = std::move(Ret);
  // Local pointers that start at a pointer parameter (`char *p = buf;`), by
  // parameter: found once for the function, for the input read below.
  llvm::DenseMap<const ParmVarDecl *, std::vector<const VarDecl *>> Aliases;
  anyStmtIn(Def->getBody(), [&](const Stmt *X) {
    if (const auto *DS = dyn_cast<DeclStmt>(X))
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D);
            VD && VD->getType()->isPointerType() && VD->getInit())
          if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(VD->getInit())))
            if (const auto *PV = dyn_cast<ParmVarDecl>(DRE->getDecl());
                PV && PV->getDeclContext() == Def && PV->getType()->isPointerType())
              Aliases[PV].push_back(VD);
    return false;
  });
  for (unsigned I = 0; I < Def->getNumParams(); ++I) {
    const ParmVarDecl *P = Def->getParamDecl(I);
    if (!P->getType()->isPointerType() && !P->getType()->isReferenceType() &&
        !writableHandle(P->getType()))
      continue;
    const auto &Ws = writes(P);
    Prov W = Ws.empty() ? Prov() : ofWrites(P, Ws, nullptr, Depth + 1, false);
    // Untrusted input the function reads into what the parameter points to
    // by another way than writing it whole: into a field (`recv_full(fd,
    // m->member, n)` of a message record, `p.sub = body[1] << 8 | body[2]`
    // of a frame it read) or through a local pointer that starts at it
    // (`char *p = buf; ... recv(fd, p, n, 0); p += r;`: calls only, an
    // assignment of the pointer moves it). The data is input for a match in
    // the caller or another unit (the bytes stay those of the whole writes).
    if (!W.hasInput()) {
      std::vector<std::pair<const ValueDecl *, std::vector<Write>>> Parts;
      QualType Pointee = P->getType()->getPointeeType();
      if (const RecordDecl *RD = Pointee.isNull() ? nullptr : Pointee->getAsRecordDecl();
          RD && RD->getDefinition())
        for (const FieldDecl *F : RD->getDefinition()->fields())
          if (std::vector<Write> FW = fieldWrites(Def, I, F); !FW.empty())
            Parts.push_back({F, std::move(FW)});
      for (const VarDecl *VD : Aliases.lookup(P))
        if (std::vector<Write> AW = writes(VD); !AW.empty()) Parts.push_back({VD, std::move(AW)});
      for (auto &[D, PW] : Parts)
        if (inputByWrites(W, D, std::move(PW), Depth, false, /*Assignments=*/isa<FieldDecl>(D)))
          break;
    }
    // What the function copies through a local pointer that starts at the
    // parameter (`unsigned char *p = buf; memcpy(p, kKey, 16)`): the data
    // calls copy there. (An assignment of the pointer itself moves it, and
    // the integer of `p += n` is no data: only calls' origins are taken. A
    // predictable generator's output stored through it is not followed: on
    // aria2 it made URI and cookie parsing look predictable.)
    for (const VarDecl *VD : Aliases.lookup(P)) {
      std::vector<Write> Calls = writes(VD);
      llvm::erase_if(Calls, [](const Write &X) { return X.Kind != Write::Call; });
      if (Calls.empty()) continue;
      Prov C = ofWrites(VD, Calls, nullptr, Depth + 1, false);
      for (Origin &O : C.Origins)
        if (O.Kind != Origin::Param) W.Origins.push_back(std::move(O));
    }
    // A generator's output stored element by element through such a pointer
    // in a loop (`unsigned char *p = buf; for (i = 0; i < n; i++) p[i] =
    // random();`): the function fills the caller's buffer with predictable
    // bytes. Only a generator's own call in the value stored counts, not data
    // that merely depends on a predictable value somewhere.
    for (const VarDecl *VD : Aliases.lookup(P)) {
      if (W.Predictable) break;
      for (const Write &X : writes(VD))
        if (X.Kind == Write::Part && X.E && inLoop(X.E))
          if (const Expr *G = generatorCallIn(X.E)) {
            W.Predictable = G;
            break;
          }
    }
    if (W.Origins.empty() && !W.External && !W.Unknown && !W.Predictable) continue;
    Result.Out[I] = std::move(W);
  }
  // Pointer parameters the function stores: assigned to something, or
  // initializing a variable or an aggregate.
  struct Escape : SemanticVisitor<Escape> {
    const FunctionDecl *Def;
    DenseSet<unsigned> &Out;
    Escape(const FunctionDecl *Def, DenseSet<unsigned> &Out) : Def(Def), Out(Out) {}
    void note(const Expr *E) {
      E = E ? stripAll(E) : nullptr;
      while (const auto *BO = dyn_cast_or_null<BinaryOperator>(E)) {
        if (!BO->isAdditiveOp() || !BO->getLHS()->getType()->isPointerType()) return;
        E = stripAll(BO->getLHS());
      }
      const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
      const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
      if (P && P->getDeclContext() == Def && P->getType()->isPointerType())
        Out.insert(P->getFunctionScopeIndex());
    }
    bool VisitBinaryOperator(BinaryOperator *BO) {
      if (BO->getOpcode() == BO_Assign) note(BO->getRHS());
      return true;
    }
    bool VisitVarDecl(VarDecl *VD) {
      if (!isa<ParmVarDecl>(VD)) note(VD->getInit());
      return true;
    }
    bool VisitInitListExpr(InitListExpr *IL) {
      for (const Expr *I : IL->inits()) note(I);
      return true;
    }
  } Esc(Def, Result.Escapes);
  if (Def->getBody()) Esc.TraverseStmt(const_cast<Stmt *>(Def->getBody()));
  Result.Done = true;
  leaveSummary(Def);
  Summary &Slot = Summaries[Def];
  Slot = std::move(Result);
  return Slot;
}

/// An element of \p P (an array or a container) picked by the index \p Idx:
/// the base's data, its bytes no longer known, and what the index carries.
Prov ProvenanceAnalysis::searchPosition(const Expr *Ptr, unsigned Depth, bool TopLevel) {
  // The searches that may have set the pointer: the expression itself, or a
  // local pointer's initializer and assignments (`p = strchr(kB64, *in)`).
  std::vector<const Expr *> Values;
  const Expr *E = stripAll(Ptr);
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (VD && VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD)) Values = assignedValues(VD);
  } else if (E) {
    Values.push_back(E);
  }
  std::vector<Prov> Keys;
  for (const Expr *V : Values) {
    const auto *CE = dyn_cast_or_null<CallExpr>(stripAll(V));
    const FunctionModel *FM = CE ? model(CE) : nullptr;
    if (!FM || FM->ReturnsFrom < 0) continue;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *A = CE->getArg(I);
      // Not the table searched, nor a length (memchr's n).
      if (int(I) == FM->ReturnsFrom || A->getType()->isUnsignedIntegerType()) continue;
      Keys.push_back(ofAt(A, Depth + 1, TopLevel));
    }
  }
  if (Keys.empty()) return unknown();
  Prov P = combine(Keys, true);
  // A position of a constant in a constant is no constant data of its own.
  bool Dropped = false;
  llvm::erase_if(P.Origins, [&](const Origin &O) {
    bool Const = O.Kind == Origin::Const;
    Dropped |= Const;
    return Const;
  });
  if (Dropped || P.Origins.empty()) P.Unknown = P.Opaque = true;
  return P;
}

Prov ProvenanceAnalysis::ofElement(Prov P, const Expr *Idx, QualType ElemT, unsigned Depth,
                                   bool TopLevel) {
  for (Origin &O : P.Origins) O.Bytes.reset();
  // table[rand() % n]: the choice is as guessable (or as external) as the index.
  if (!Idx->isValueDependent() && !Idx->isEvaluatable(Ctx)) {
    Prov I = ofAt(Idx, Depth + 1, TopLevel);
    if (!P.Predictable) P.Predictable = I.Predictable;
    P.External |= I.External;
    if (!P.hasInput()) P.Input = I.Input, P.InputParam = I.InputParam;
    // digits[in[i] >> 4] (hex or base64 by table lookup, an S-box): a byte
    // or number picked by data that is not constant is that data, encoded,
    // not the table; key material carries the key, and in a summary the
    // parameter the index comes from. (A row or a string picked from a
    // table of keys by a constant stays one of the table's constants.)
    bool Carries = llvm::any_of(I.Origins, [](const Origin &O) {
      return O.Kind == Origin::Secret || O.Kind == Origin::Param;
    });
    if (Carries || (ElemT->isArithmeticType() &&
                    (I.hasNonConstant() || I.Predictable || I.Random))) {
      P.Unknown |= I.Unknown;
      P.Opaque |= I.Opaque;
      if (!P.Random) P.Random = I.Random;
      for (Origin &O : P.Origins)
        if (O.Kind == Origin::Const) O.Partial = true;
      for (const Origin &O : I.Origins) {
        if (O.Kind == Origin::Const || P.Origins.size() >= 2 * MaxOrigins) continue;
        Origin C = O;
        if (C.Kind == Origin::Secret || C.Kind == Origin::Param) {
          C.Bytes.reset();
          C.Transformed = true;
        }
        P.Origins.push_back(std::move(C));
      }
    } else {
      // kWordlist[next_word_index()]: a word picked by an index another
      // unit computes is as predictable as that index (or carries its key
      // material), and is none of its constants: its Link origins,
      // transformed.
      for (const Origin &O : I.Origins)
        if (O.Kind == Origin::Link && P.Origins.size() < 2 * MaxOrigins) {
          Origin C = O;
          C.Transformed = true;
          P.Origins.push_back(std::move(C));
        }
    }
  }
  return P;
}

bool ProvenanceAnalysis::parsedFrom(const FunctionModel &M, const CallExpr *CE, Prov &P,
                                    unsigned Depth, bool TopLevel) {
  if (M.InputParsedFrom < 0 || unsigned(M.InputParsedFrom) >= CE->getNumArgs()) return false;
  Prov From = ofAt(CE->getArg(M.InputParsedFrom), Depth + 1, TopLevel);
  if (!From.External && !From.Unknown && !From.hasInput() && !From.Origins.empty()) {
    // Tokens parsed out of text the program holds (`sscanf(hex + i, "%2x",
    // &v)` over a compiled-in hex key, or a parameter its callers fill):
    // that text, converted; a constant stays one.
    P = combine({From}, /*Transform=*/true);
    for (Origin &O : P.Origins) O.Path.push_back(Step{CE, "parsed here"});
    return true;
  }
  if (!P.Input) P.Input = From.Input;
  if (!P.InputParam) P.InputParam = From.InputParam;
  return false;
}

Prov ProvenanceAnalysis::ofCall(const CallExpr *CE, unsigned Depth, bool TopLevel) {
  // A call through a field that another unit fills (an ops table's `get`,
  // a std::function member): what the functions stored there return.
  if (const FieldDecl *Slot = Idx.slotCallField(CE)) {
    Prov P = linked("return", Slot, 0, slotSymbol(Slot));
    for (Origin &O : P.Origins) O.Site = CE;
    return P;
  }
  const FunctionModel *M = model(CE);
  if (M) {
    if (M->KeySourceReturn) return keySource(*M, CE);
    if (M->ExternalReturn) {
      Prov P = external();
      if (M->Rng) P.Random = CE;
      if (untrustedInput(*M, CE)) P.Input = CE;
      parsedFrom(*M, CE, P, Depth, TopLevel); // cJSON_Parse(body)
      return P;
    }
    if (M->PredictableReturn) {
      Prov P;
      P.Predictable = CE;
      return P;
    }
    if (M->ZeroedReturn) { // calloc: zeros until something fills them
      Prov P;
      Origin O = constant(CE);
      O.Clearing = true;
      P.Origins.push_back(O);
      return P;
    }
    if (M->FreshReturn) return Prov(); // malloc: what is written into it later
    if (M->ReturnsObject)
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
        return ofAt(MC->getImplicitObjectArgument(), Depth + 1, TopLevel);
    if (M->ReturnsFrom >= 0 && unsigned(M->ReturnsFrom) < CE->getNumArgs()) {
      const Expr *From = CE->getArg(M->ReturnsFrom);
      // `strtok(NULL, " ")`, `strtok_r(NULL, " ", &save)`: the next token of
      // the string the function's last such call before it started on.
      if (From->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
        if (const Expr *Started = tokenizerStart(CE, unsigned(M->ReturnsFrom))) From = Started;
      Prov P = ofAt(From, Depth + 1, TopLevel);
      if (M->Decodes != DecodeKind::None) decodeOrigins(P, M->Decodes);
      for (Origin &O : P.Origins) O.Path.push_back(Step{CE, "passed through here"});
      return P;
    }
    return unknown();
  }
  const FunctionDecl *FD = CE->getDirectCallee();
  if (FD && !FD->hasBody())
    if (unsigned B = FD->getBuiltinID()) {
      // Byte order and bit rotation keep constant data constant:
      // __builtin_bswap64(*(uint64_t *)str) is the string's bytes, reordered.
      switch (B) {
      case Builtin::BI__builtin_bswap16:
      case Builtin::BI__builtin_bswap32:
      case Builtin::BI__builtin_bswap64:
      case Builtin::BI__builtin_bitreverse8:
      case Builtin::BI__builtin_bitreverse16:
      case Builtin::BI__builtin_bitreverse32:
      case Builtin::BI__builtin_bitreverse64:
      case Builtin::BI__builtin_rotateleft8:
      case Builtin::BI__builtin_rotateleft16:
      case Builtin::BI__builtin_rotateleft32:
      case Builtin::BI__builtin_rotateleft64:
      case Builtin::BI__builtin_rotateright8:
      case Builtin::BI__builtin_rotateright16:
      case Builtin::BI__builtin_rotateright32:
      case Builtin::BI__builtin_rotateright64: {
        std::vector<Prov> Args;
        for (const Expr *A : CE->arguments()) Args.push_back(ofAt(A, Depth + 1, TopLevel));
        return combine(Args, true);
      }
      default:
        break;
      }
    }
  // std::to_string(n): the number's text, made of what the number is (not
  // of the library's digit tables).
  if (FD && CE->getNumArgs() == 1 && FD->isInStdNamespace() && FD->getDeclName().isIdentifier() &&
      (FD->getName() == "to_string" || FD->getName() == "to_wstring"))
    return combine({ofAt(CE->getArg(0), Depth + 1, TopLevel)}, true);
  // std::move(x), std::forward<T>(x), std::as_const(x): x itself.
  if (FD && CE->getNumArgs() == 1 && FD->isInStdNamespace() && FD->getDeclName().isIdentifier() &&
      llvm::is_contained({"move", "forward", "as_const", "move_if_noexcept", "get", "get_if"},
                         FD->getName()))
    return ofAt(CE->getArg(0), Depth + 1, TopLevel);
  std::vector<const FunctionDecl *> Bodies =
      FD ? callBodies(Idx, CE) : std::vector<const FunctionDecl *>();
  // A method of a local object that hands back one of its fields
  // (`r.bytes()`): what that object's methods put there.
  if (Bodies.size() == 1)
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (bool Partial = false; const FieldDecl *F = returnedThisField(Bodies[0], &Partial))
        if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(MC->getImplicitObjectArgument())))
          if (std::optional<Prov> P =
                  objectField(dyn_cast<VarDecl>(DRE->getDecl()), F, CE, Depth, TopLevel)) {
            for (Origin &O : P->Origins) {
              O.Path.push_back(Step{CE, "value returned here"});
              if (Partial) O.Partial = true, O.Bytes.reset();
            }
            return *P;
          }
  if (Bodies.size() == 1)
    return applySummary(summary(Bodies[0], Depth + 1).Return, CE, Depth, TopLevel);
  if (!Bodies.empty()) { // a virtual call: any override the unit defines
    Prov Out;
    for (const FunctionDecl *B : Bodies)
      alt(Out, applySummary(summary(B, Depth + 1).Return, CE, Depth, TopLevel));
    return Out;
  }
  if (!FD) return unknown();
  Prov P = linked("return", FD);
  for (Origin &O : P.Origins) O.Site = CE;
  // Of a local object whose earlier calls another unit defines too: what
  // those calls wrote into the fields it returns.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    if (std::optional<Origin> O = thisReturnLink(MC, FD)) P.Origins.push_back(std::move(*O));
  return P;
}

const Expr *ProvenanceAnalysis::tokenizerStart(const CallExpr *CE, unsigned Arg) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  const FunctionDecl *Fn = enclosingFunction(CE);
  if (!Callee || !Fn || !Fn->getBody()) return nullptr;
  const SourceManager &SM = Ctx.getSourceManager();
  const Expr *Last = nullptr;
  anyStmtIn(Fn->getBody(), [&](const Stmt *St) {
    const auto *C = dyn_cast<CallExpr>(St);
    if (!C || C == CE || Arg >= C->getNumArgs() || !C->getDirectCallee() ||
        C->getDirectCallee()->getCanonicalDecl() != Callee->getCanonicalDecl() ||
        !SM.isBeforeInTranslationUnit(C->getBeginLoc(), CE->getBeginLoc()))
      return false;
    const Expr *A = C->getArg(Arg);
    if (A->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull)) return false;
    if (!Last || SM.isBeforeInTranslationUnit(Last->getBeginLoc(), A->getBeginLoc())) Last = A;
    return false;
  });
  return Last;
}

Prov ProvenanceAnalysis::absorbedInto(const Expr *Handle, const Expr *Use) {
  Target T = targetOf(Handle);
  const auto *VD = dyn_cast_or_null<VarDecl>(T.D);
  if (!VD) return unknown();
  const auto *FD = dyn_cast<FunctionDecl>(VD->getDeclContext());
  if (!FD || !FD->getBody()) return unknown();
  class Collect : public SemanticVisitor<Collect> {
  public:
    ProvenanceAnalysis &PA;
    const VarDecl *VD;
    std::vector<std::pair<const CallExpr *, unsigned>> Found;
    Collect(ProvenanceAnalysis &PA, const VarDecl *VD) : PA(PA), VD(VD) {}
    bool VisitCallExpr(CallExpr *CE) {
      const FunctionModel *M = PA.model(CE);
      if (!M) {
        helper(CE);
        return true;
      }
      if (M->AbsorbHandle < 0 || unsigned(M->AbsorbHandle) >= CE->getNumArgs() ||
          unsigned(M->AbsorbData) >= CE->getNumArgs())
        return true;
      Target T = targetOf(CE->getArg(M->AbsorbHandle));
      if (T.D == VD) Found.push_back({CE, unsigned(M->AbsorbData)});
      return true;
    }
    /// A helper of the unit that hashes its parameter into its handle
    /// parameter (feed(hash, data, len) calling CryptHashData(hash, data, ...)):
    /// the data it absorbs is the caller's argument.
    void helper(const CallExpr *CE) {
      const FunctionDecl *FD = CE->getDirectCallee();
      const FunctionDecl *Def = nullptr;
      if (!FD || !FD->hasBody(Def) || !Def || PA.model(CE)) return;
      for (unsigned I = 0; I < CE->getNumArgs() && I < Def->getNumParams(); ++I) {
        if (targetOf(CE->getArg(I)).D != VD) continue;
        for (unsigned J : absorbedParams(Def, Def->getParamDecl(I), 0))
          if (J < CE->getNumArgs()) Found.push_back({CE, J});
      }
    }
    /// Parameters of F whose data F hashes into its parameter Handle.
    std::vector<unsigned> absorbedParams(const FunctionDecl *F, const ParmVarDecl *Handle,
                                         unsigned Depth) {
      std::vector<unsigned> Out;
      if (Depth > 2 || !F->getBody()) return Out;
      auto ParamIndex = [&](const Expr *E) -> int {
        if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts()))
          if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()))
            if (P->getDeclContext() == F) return int(P->getFunctionScopeIndex());
        return -1;
      };
      anyStmtIn(F->getBody(), [&](const Stmt *St) {
        const auto *Call = dyn_cast<CallExpr>(St);
        if (!Call) return false;
        const FunctionModel *M = PA.model(Call);
        if (M && M->AbsorbHandle >= 0 && unsigned(M->AbsorbHandle) < Call->getNumArgs() &&
            unsigned(M->AbsorbData) < Call->getNumArgs() &&
            targetOf(Call->getArg(M->AbsorbHandle)).D == Handle) {
          int J = ParamIndex(Call->getArg(M->AbsorbData));
          if (J >= 0) Out.push_back(unsigned(J));
          return false;
        }
        const FunctionDecl *G = Call->getDirectCallee();
        const FunctionDecl *GDef = nullptr;
        if (M || !G || !G->hasBody(GDef) || !GDef || GDef == F) return false;
        for (unsigned I = 0; I < Call->getNumArgs() && I < GDef->getNumParams(); ++I)
          if (targetOf(Call->getArg(I)).D == Handle)
            for (unsigned K : absorbedParams(GDef, GDef->getParamDecl(I), Depth + 1))
              if (K < Call->getNumArgs()) {
                int J = ParamIndex(Call->getArg(K));
                if (J >= 0) Out.push_back(unsigned(J));
              }
        return false;
      });
      return Out;
    }
  } C(*this, VD);
  C.TraverseStmt(FD->getBody());
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<Prov> Parts;
  for (auto &[CE, I] : C.Found) {
    if (Use && !SM.isBeforeInTranslationUnit(CE->getBeginLoc(), Use->getBeginLoc())) continue;
    Prov P = ofAt(CE->getArg(I), 0, true);
    for (Origin &O : P.Origins) {
      O.Path.push_back(Step{CE, "hashed here"});
      O.Transformed = true;
      O.Bytes.reset();
    }
    Parts.push_back(std::move(P));
  }
  if (Parts.empty()) return unknown();
  return combine(Parts, false);
}

bool ProvenanceAnalysis::openedFile(const Expr *Handle) {
  const CatalogPattern *Open = Cat.pattern("file-open-selector-name");
  if (!Open || !Handle) return false;
  std::vector<const Expr *> Values{Handle};
  if (const ValueDecl *D = targetDecl(Handle)) Values = assignedValues(D);
  for (const Expr *V : Values) {
    V = V ? stripAll(V) : nullptr;
    // [[NSFileHandle alloc] initForReadingAtPath:p]: the init message.
    const auto *ME = dyn_cast_or_null<ObjCMessageExpr>(V);
    if (ME && Open->match(ME->getSelector().getNameForSlot(0))) return true;
  }
  return false;
}

InputKind ProvenanceAnalysis::inputKindOf(const FunctionModel &M, const CallExpr *CE) {
  for (const auto &[Kind, Sel] : M.InputKindWhen)
    if (whenHolds(V, {CE->getArgs(), CE->getNumArgs()}, M.InputWhenArg, Sel)) return Kind;
  return M.Input;
}

bool ProvenanceAnalysis::untrustedInput(const FunctionModel &M, const CallExpr *CE) {
  if (M.Input == InputKind::None) return false;
  if (!whenHolds(V, {CE->getArgs(), CE->getNumArgs()}, M.InputWhenArg, M.InputWhen)) return false;
  if (M.InputHandle < 0 || unsigned(M.InputHandle) >= CE->getNumArgs()) return true;
  // read(fd, ...) and fgets(..., f): not input when the program opened the
  // file itself (a configuration file is not an attacker's channel).
  const CatalogPattern *Open = Cat.pattern("file-open-call-name");
  if (!Open) return true;
  const ValueDecl *D = targetDecl(CE->getArg(M.InputHandle));
  if (!D) return true;
  for (const Expr *A : assignedValues(D))
    if (const auto *Call = dyn_cast<CallExpr>(stripAll(A)))
      if (const FunctionDecl *F = Call->getDirectCallee())
        if (F->getDeclName().isIdentifier() && Open->match(F->getName())) {
          // A file named by what a peer sent (an upload, a path in a request)
          // holds the peer's data; a file named by the operator (argv, the
          // environment) or by the program is configuration.
          const Expr *Path = nullptr;
          for (const Expr *X : Call->arguments())
            if (X->getType()->isPointerType() && X->getType()->getPointeeType()->isCharType()) {
              Path = X; // fopen's and open's first, openat's second
              break;
            }
          if (!Path) return false;
          const Prov &Name = of(Path);
          if (const InputFieldModel *IF = inputFieldAt(Name.Input))
            return IF->Kind == InputKind::Network || IF->Kind == InputKind::Request;
          const auto *From = dyn_cast_or_null<CallExpr>(Name.Input);
          const FunctionModel *FM = From ? model(From) : nullptr;
          return FM && (FM->Input == InputKind::Network || FM->Input == InputKind::Tls ||
                        FM->Input == InputKind::Stdin || FM->Input == InputKind::Request);
        }
  return true;
}

Prov ProvenanceAnalysis::keySource(const FunctionModel &M, const Expr *Call) {
  std::vector<const Expr *> Args;
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    Args.assign(CE->arg_begin(), CE->arg_end());
  else if (const auto *CC = dyn_cast<CXXConstructExpr>(Call))
    Args.assign(CC->arg_begin(), CC->arg_end());
  // Exported under a wrapping key or passphrase: no longer key material.
  if (M.KeySourceUnlessArg >= 0 && unsigned(M.KeySourceUnlessArg) < Args.size()) {
    const Expr *A = Args[M.KeySourceUnlessArg];
    if (!A->isValueDependent() && !A->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return external();
  }
  if (!whenHolds(V, Args, M.KeySourceWhenArg, M.KeySourceWhen)) return external();
  Prov P = external();
  Origin O;
  O.Kind = Origin::Secret;
  O.Def = Call;
  O.What = M.KeySource;
  P.Origins.push_back(std::move(O));
  return P;
}

Prov ProvenanceAnalysis::markKeyMaterial(Prov P, const ValueDecl *D) {
  if (!D) return P;
  // A derived key stored as a password hash (`derive(pw, r.salt, r.hash)`,
  // catalog `password-hash-name`): a verifier, not key material.
  auto Derived = [](const Origin &O) {
    return O.Kind == Origin::Secret && O.What == "a derived key";
  };
  if (namedLike(D, "password-hash-name")) {
    llvm::erase_if(P.Origins, Derived);
    for (Origin &O : P.Origins)
      if (O.Kind == Origin::Link) O.Verifier = true;
  }
  // What another unit's function writes into a key (`rng_fill(key, n)`):
  // random or predictable bytes it answers with are key material (the link
  // step reads "into-key").
  // (Not a return value: an allocator's fresh block whose header carries a
  // random canary is no key; a fill of the caller's buffer is.)
  // (Also what any unit writes into a field of a record the variable is
  // read from, `const Bytes &dek = km_.data_key()` over the `dek_` a
  // constructor of another unit fills with RAND_bytes: "member" links.)
  // (Read into a local of its own: a field named as a key that some unit
  // fills with random bytes is not key material wherever the field goes,
  // `str_free(head->key_val)` is no leak.)
  const auto *LocalVar = dyn_cast<VarDecl>(D);
  bool Local = LocalVar && LocalVar->hasLocalStorage() && !isa<ParmVarDecl>(LocalVar);
  // (An integer another unit's function returns, written into the key's
  // bytes, `dek[i] = hw_rand32() >> 11`, is a fill of the key too: no
  // allocator returns one.)
  auto Fill = [Local](const Origin &O) {
    if (O.Kind != Origin::Link || O.IntoKey) return false;
    if (O.What == "return") {
      const auto *Fn = dyn_cast_or_null<FunctionDecl>(O.Named);
      return Fn && Fn->getReturnType()->isIntegerType();
    }
    return O.What == "out" || (O.What == "member" && Local);
  };
  bool Linked = llvm::any_of(P.Origins, Fill);
  if (!P.Random && !P.Predictable && !Linked) return P;
  if (!usedAsKey(D)) return P;
  if (Linked)
    for (Origin &O : P.Origins)
      if (Fill(O)) O.IntoKey = D;
  if (!P.Random && !P.Predictable) return P;
  for (const Origin &O : P.Origins)
    if (O.Kind == Origin::Secret) return P;
  // A guessable generator's output is a key only when it is all the value
  // holds (a string whose allocation carries a rand() canary is the string).
  if (!P.Random && !P.generatedOnly()) return P;
  // A key filled by a guessable generator is still the key: weak, and
  // leaked when it leaves.
  Origin O;
  O.Kind = Origin::Secret;
  O.Def = P.Random ? P.Random : P.Predictable;
  O.Named = D;
  O.What = P.Random ? "a random key" : "a predictable key";
  P.Origins.push_back(std::move(O));
  return P;
}

bool ProvenanceAnalysis::keyMaterialPossible() {
  if (KeyMaterial >= 0) return KeyMaterial;
  indexMainFile();
  // (A guessable generator's output put into a key is key material too.)
  auto Source = [](const FunctionModel *M) {
    return M && (M->Rng || !M->KeySource.empty() || M->PredictableReturn || !M->Predictable.empty());
  };
  bool Any = false;
  for (auto &[FD, List] : Idx.calls()) {
    for (const CallExpr *CE : List)
      if (Source(model(CE))) {
        Any = true;
        break;
      }
    if (Any) break;
  }
  for (const CXXConstructorDecl *CD : Idx.constructors())
    if (!Any && Source(Cat.function(plainQualifiedName(CD)))) Any = true;
  KeyMaterial = Any;
  return Any;
}

bool ProvenanceAnalysis::usedAsKey(const ValueDecl *D) {
  indexMainFile();
  if (KeyArgs.count(D)) return true;
  return namedLike(D, "key-material-name") && !namedLike(D, "not-key-material-name");
}

bool ProvenanceAnalysis::namedLike(const ValueDecl *D, const char *Pattern) {
  if (!D->getDeclName().isIdentifier()) return false;
  const CatalogPattern *Re = Cat.pattern(Pattern);
  // Both spellings: "groupKey" is "groupkey" and "group_key".
  return Re && (Re->match(D->getName().lower()) || Re->match(identifierWords(D->getName())));
}

std::vector<const Expr *> ProvenanceAnalysis::assignedValues(const ValueDecl *D) {
  std::vector<const Expr *> Out;
  if (const auto *VD = dyn_cast<VarDecl>(D))
    if (const Expr *I = VD->getInit()) Out.push_back(I);
  for (const Write &W : writes(D))
    if (W.Kind == Write::Assign && W.E) Out.push_back(W.E);
  return Out;
}

bool ProvenanceAnalysis::inLambda(const Expr *E) {
  DynTypedNodeList Ps = Ctx.getParents(*E);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 256; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) return false;
    if (isa<LambdaExpr>(S)) return true;
    Ps = Ctx.getParents(*S);
  }
  return false;
}

const Expr *ProvenanceAnalysis::pointerInit(const VarDecl *VD) {
  auto [It, New] = PointerInits.try_emplace(VD, nullptr);
  if (New) It->second = computePointerInit(VD);
  return It->second;
}

const Expr *ProvenanceAnalysis::computePointerInit(const VarDecl *VD) {
  if (!VD->hasLocalStorage() || isa<ParmVarDecl>(VD) || !VD->getInit()) return nullptr;
  // Only an address into an object (`&kTable[1]`, `kTable + 1`, `kTable`) can
  // lead to a constant's initializer: checked before the writes are.
  const Expr *I = VD->getInit()->IgnoreParens();
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(I); IC && IC->getCastKind() == CK_NoOp)
    I = IC->getSubExpr()->IgnoreParens();
  const auto *IC = dyn_cast<ImplicitCastExpr>(I);
  const auto *UO = dyn_cast<UnaryOperator>(I);
  const auto *BO = dyn_cast<BinaryOperator>(I);
  if (!(IC && IC->getCastKind() == CK_ArrayToPointerDecay) &&
      !(UO && UO->getOpcode() == UO_AddrOf) && !(BO && BO->getOpcode() == BO_Add))
    return nullptr;
  if (!writes(VD).empty()) return nullptr;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!Fn || !Fn->getBody()) return nullptr;
  // p++, --p, &p (written through its address).
  bool Changed = anyStmtIn(Fn->getBody(), [&](const Stmt *S) {
    const auto *UO = dyn_cast<UnaryOperator>(S);
    if (!UO || !(UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)) return false;
    const auto *DRE = dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts());
    return DRE && DRE->getDecl() == VD;
  });
  return Changed ? nullptr : VD->getInit();
}

/// A buffer of characters or a string: what a format or an encoder writes
/// there is read up to its end (`%s`, strlen), not past it.
static bool textBuffer(QualType T) {
  if (const ArrayType *AT = T->getAsArrayTypeUnsafe()) {
    QualType E = AT->getElementType();
    return E->isCharType() || E->isChar8Type();
  }
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
    return RD->isInStdNamespace() && RD->getDeclName().isIdentifier() &&
           (RD->getName() == "basic_string");
  return false;
}

/// The body changes what \p P points to in place (`b[i] ^= m[i]`, `b[i]++`).
static bool changesInPlace(const FunctionDecl *Def, const ParmVarDecl *P) {
  return anyStmtIn(Def->getBody(), [&](const Stmt *S) {
    const Expr *Target = nullptr;
    if (const auto *CA = dyn_cast<CompoundAssignOperator>(S)) Target = CA->getLHS();
    if (const auto *UO = dyn_cast<UnaryOperator>(S); UO && UO->isIncrementDecrementOp())
      Target = UO->getSubExpr();
    return Target && targetOf(Target).D == P;
  });
}

bool ProvenanceAnalysis::overwrites(const Write &W, const ValueDecl *D, unsigned Depth) {
  if (W.Kind == Write::Assign) return true; // the whole variable (a part is Write::Part)
  const auto *CE = W.Kind == Write::Call ? dyn_cast_or_null<CallExpr>(W.E) : nullptr;
  if (!CE || W.Arg >= CE->getNumArgs() || !targetOf(CE->getArg(W.Arg)).Whole) return false;
  const FunctionModel *M = model(CE);
  // An encryption in place replaces every byte of the buffer.
  if (M && M->EncryptsInPlace == int(W.Arg)) return true;
  // Calls replace text only: a record or a byte buffer a call fills may keep
  // what it held past the part the call writes.
  if (!textBuffer(D->getType())) return false;
  if (M) {
    // A format or an encoding into the buffer (snprintf, a hex or base64
    // encoder), not an append (strcat) nor a byte copy of some length.
    if (M->CopyTo != int(W.Arg)) return false;
    bool Self = false, Rest = false;
    for (int F : M->CopyFrom) {
      Self |= F == int(W.Arg) || (F < 0 && unsigned(-F - 1) <= W.Arg);
      Rest |= F < 0;
    }
    return !Self && (Rest || M->CopyTransforms || M->CopyEncodes);
  }
  // A helper that writes the buffer from its other, read-only arguments
  // (`to_hex(const uint8_t *in, size_t n, char *out)`); with a body here,
  // one whose output does not keep what the buffer held.
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee || isa<CXXMethodDecl>(Callee) || W.Arg >= Callee->getNumParams()) return false;
  auto Writable = [](QualType T) {
    return (T->isPointerType() || T->isLValueReferenceType()) &&
           !T->getPointeeType().isConstQualified();
  };
  if (!Writable(Callee->getParamDecl(W.Arg)->getType())) return false;
  bool Source = false;
  for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
    QualType T = Callee->getParamDecl(I)->getType();
    Source |= I != W.Arg && (T->isPointerType() || T->isReferenceType()) &&
              T->getPointeeType().isConstQualified();
  }
  if (!Source) return false;
  if (const FunctionDecl *Def = Callee->getDefinition(); Def && Def->hasBody()) {
    if (changesInPlace(Def, Def->getParamDecl(W.Arg))) return false;
    const Summary &S = summary(Def, Depth + 1);
    auto It = S.Out.find(W.Arg);
    if (It == S.Out.end() || It->second.Unknown) return false;
    for (const Origin &O : It->second.Origins)
      if (O.Kind == Origin::Param && O.ParamIndex == W.Arg) return false;
  }
  return true;
}

bool ProvenanceAnalysis::inLoop(const Expr *E) {
  DynTypedNodeList Ps = Ctx.getParents(*E);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 256; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) return false; // a declaration: the function's body is left
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S)) return true;
    Ps = Ctx.getParents(*S);
  }
  return false;
}

const ForStmt *ProvenanceAnalysis::everyElementLoop(const Write &W, const ValueDecl *D) {
  if (W.Kind != Write::Part || !W.E) return nullptr;
  const auto *CAT = Ctx.getAsConstantArrayType(D->getType());
  if (!CAT || CAT->getSize().isZero()) return nullptr;
  uint64_t N = CAT->getSize().getZExtValue();
  // The assignment the value is written by: `ARRAY[I] = value`.
  const BinaryOperator *BO = nullptr;
  DynTypedNodeList Ps = Ctx.getParents(*W.E);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 8 && !BO; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) return nullptr;
    BO = dyn_cast<BinaryOperator>(S);
    if (!BO && !isa<ImplicitCastExpr, ParenExpr>(S)) return nullptr;
    Ps = Ctx.getParents(*S);
  }
  if (!BO || BO->getOpcode() != BO_Assign) return nullptr;
  const auto *ASE = dyn_cast<ArraySubscriptExpr>(BO->getLHS()->IgnoreParenImpCasts());
  if (!ASE) return nullptr;
  const Expr *Base = ASE->getBase()->IgnoreParenImpCasts();
  const ValueDecl *BaseD = nullptr;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Base))
    BaseD = DRE->getDecl();
  else if (const auto *ME = dyn_cast<MemberExpr>(Base))
    BaseD = ME->getMemberDecl();
  const auto *Idx = dyn_cast<DeclRefExpr>(ASE->getIdx()->IgnoreParenImpCasts());
  const auto *IV = Idx ? dyn_cast<VarDecl>(Idx->getDecl()) : nullptr;
  if (!BaseD || BaseD->getCanonicalDecl() != D->getCanonicalDecl() || !IV) return nullptr;
  // The loop whose body runs the assignment unconditionally.
  const ForStmt *For = nullptr;
  const Stmt *Child = BO;
  Ps = Ctx.getParents(*BO);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 16 && !For; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) return nullptr;
    For = dyn_cast<ForStmt>(S);
    if (For && For->getBody() != Child) return nullptr;
    if (!For && !isa<CompoundStmt, ExprWithCleanups>(S)) return nullptr;
    Child = S;
    Ps = Ctx.getParents(*S);
  }
  // A body that may skip an element or stop early writes only some.
  if (!For || anyStmtIn(For->getBody(),
                        [](const Stmt *X) { return isa<BreakStmt, ContinueStmt, GotoStmt>(X); }))
    return nullptr;
  auto IsIV = [&](const Expr *E) {
    const auto *R = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
    return R && R->getDecl() == IV;
  };
  auto Value = [&](const Expr *E) -> std::optional<uint64_t> {
    Expr::EvalResult R;
    if (!E || E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) || R.Val.getInt().isNegative())
      return std::nullopt;
    return R.Val.getInt().getZExtValue();
  };
  // From 0 ...
  const Expr *Start = nullptr;
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(For->getInit())) {
    if (DS->isSingleDecl() && DS->getSingleDecl() == IV) Start = IV->getInit();
  } else if (const auto *I = dyn_cast_or_null<BinaryOperator>(For->getInit())) {
    if (I->getOpcode() == BO_Assign && IsIV(I->getLHS())) Start = I->getRHS();
  }
  if (Value(Start) != uint64_t(0)) return nullptr;
  // ... by one ...
  const Expr *Inc = For->getInc() ? For->getInc()->IgnoreParenImpCasts() : nullptr;
  bool ByOne = false;
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(Inc))
    ByOne = U->isIncrementOp() && IsIV(U->getSubExpr());
  else if (const auto *A = dyn_cast_or_null<CompoundAssignOperator>(Inc))
    ByOne =
        A->getOpcode() == BO_AddAssign && IsIV(A->getLHS()) && Value(A->getRHS()) == uint64_t(1);
  if (!ByOne) return nullptr;
  // ... to the last element.
  const auto *C = dyn_cast_or_null<BinaryOperator>(
      For->getCond() ? For->getCond()->IgnoreParenImpCasts() : nullptr);
  if (!C || !IsIV(C->getLHS())) return nullptr;
  std::optional<uint64_t> End = Value(C->getRHS());
  if (!End) return nullptr;
  switch (C->getOpcode()) {
  case BO_LT:
  case BO_NE:
    return *End == N ? For : nullptr;
  case BO_LE:
    return *End + 1 == N ? For : nullptr;
  default:
    return nullptr;
  }
}

const Expr *ProvenanceAnalysis::generatorCallIn(const Expr *E) {
  const Expr *Found = nullptr;
  anyStmtIn(E, [&](const Stmt *X) {
    const auto *CE = dyn_cast<CallExpr>(X);
    const FunctionModel *M = CE ? model(CE) : nullptr;
    if (M && M->PredictableReturn) Found = CE;
    return Found != nullptr;
  });
  return Found;
}

/// \p S leaves its block on every path: a return, a jump out, a call of a
/// function that does not return, or a block ending in one.
static bool leaves(const Stmt *S) {
  if (!S) return false;
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return !CS->body_empty() && leaves(CS->body_back());
  if (isa<ReturnStmt, GotoStmt, BreakStmt, ContinueStmt, CXXThrowExpr>(S)) return true;
  if (const auto *E = dyn_cast<Expr>(S))
    if (const auto *CE = dyn_cast<CallExpr>(E->IgnoreParenImpCasts()))
      if (const FunctionDecl *F = CE->getDirectCallee()) return F->isNoReturn();
  return false;
}

std::vector<const Expr *> ProvenanceAnalysis::leavingGuards(const VarDecl *VD, const Expr *Use) {
  std::vector<const Expr *> Out;
  if (!VD || !Use || !VD->hasLocalStorage()) return Out;
  const SourceManager &SM = Ctx.getSourceManager();
  // Where the local is written: the guard must come after every write that
  // runs before the use, and no write may lie between the guard and the use.
  std::vector<SourceLocation> WriteLocs;
  if (VD->getInit()) WriteLocs.push_back(VD->getInit()->getEndLoc());
  for (const Write &W : writes(VD))
    if (W.E) WriteLocs.push_back(W.E->getEndLoc());
  const Stmt *Child = Use;
  DynTypedNodeList Ps = Ctx.getParents(*Use);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 64; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) break;
    if (const auto *CS = dyn_cast<CompoundStmt>(S)) {
      for (const Stmt *X : CS->body()) {
        if (X == Child) break;
        const auto *If = dyn_cast<IfStmt>(X);
        if (!If || If->getElse() || If->getConditionVariable() || If->isConsteval() ||
            !leaves(If->getThen()))
          continue;
        bool Between = llvm::any_of(WriteLocs, [&](SourceLocation L) {
          return SM.isBeforeInTranslationUnit(If->getBeginLoc(), L) &&
                 SM.isBeforeInTranslationUnit(L, Use->getBeginLoc());
        });
        if (!Between) Out.push_back(If->getCond());
      }
    }
    if (isa<LambdaExpr, BlockExpr>(S)) break;
    Child = S;
    Ps = Ctx.getParents(*S);
  }
  return Out;
}

bool ProvenanceAnalysis::runsBefore(const Stmt *W, const Expr *Use) {
  const SourceManager &SM = Ctx.getSourceManager();
  const Stmt *Child = W;
  DynTypedNodeList Ps = Ctx.getParents(*W);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 256; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) return false;
    if (isa<CompoundStmt>(S)) {
      // A statement of the block, the use later in that block.
      if (SM.isBeforeInTranslationUnit(Use->getBeginLoc(), S->getBeginLoc()) ||
          SM.isBeforeInTranslationUnit(S->getEndLoc(), Use->getEndLoc()) ||
          !SM.isBeforeInTranslationUnit(Child->getEndLoc(), Use->getBeginLoc()))
        return false;
      // No label or case between them that a jump could enter by.
      return !anyStmtIn(S, [&](const Stmt *X) {
        return (isa<LabelStmt>(X) || isa<SwitchCase>(X)) &&
               SM.isBeforeInTranslationUnit(Child->getEndLoc(), X->getBeginLoc()) &&
               !SM.isBeforeInTranslationUnit(Use->getBeginLoc(), X->getBeginLoc());
      });
    }
    if (const auto *If = dyn_cast<IfStmt>(S)) {
      if (Child != If->getCond()) return false; // a branch
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isLogicalOp() && Child == BO->getRHS()) return false;
    } else if (const auto *SC = dyn_cast<SwitchCase>(S); SC && Child == SC->getSubStmt()) {
      // `default: p = BN_get_rfc3526_prime_2048(NULL); if (...) use(p)`:
      // the statement a case label marks is a statement of the switch's
      // block (the block's check below rules out a label between them).
    } else if (isa<ForStmt>(S) || isa<WhileStmt>(S) || isa<DoStmt>(S) ||
               isa<CXXForRangeStmt>(S) || isa<SwitchStmt>(S) || isa<SwitchCase>(S) ||
               isa<AbstractConditionalOperator>(S) || isa<LambdaExpr>(S) || isa<StmtExpr>(S) ||
               isa<CXXTryStmt>(S) || isa<CXXCatchStmt>(S)) {
      return false;
    }
    Child = S;
    Ps = Ctx.getParents(*S);
  }
  return false;
}

bool ProvenanceAnalysis::loopCarried(const Expr *W, const Expr *Use, const ValueDecl *D) {
  const SourceManager &SM = Ctx.getSourceManager();
  auto Within = [&](SourceLocation L, const Stmt *S) {
    return L.isValid() && !SM.isBeforeInTranslationUnit(L, S->getBeginLoc()) &&
           !SM.isBeforeInTranslationUnit(S->getEndLoc(), L);
  };
  DynTypedNodeList Ps = Ctx.getParents(*Use);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 256; ++Guard) {
    const auto *S = Ps[0].get<Stmt>();
    if (!S) return false; // a declaration: the function's body is left
    bool Loop = isa<ForStmt>(S) || isa<WhileStmt>(S) || isa<CXXForRangeStmt>(S);
    if (const auto *Do = dyn_cast<DoStmt>(S)) { // not `do { ... } while (0)`
      bool C = true;
      Loop = Do->getCond()->isValueDependent() ||
             !Do->getCond()->EvaluateAsBooleanCondition(C, Ctx) || C;
    }
    if (const auto *For = dyn_cast<ForStmt>(S);
        For && For->getInit() && Within(Use->getBeginLoc(), For->getInit()))
      Loop = false; // the init runs once
    if (Loop)
      // The write, later in the loop's body, is seen by the next
      // iteration's use when the variable outlives an iteration.
      if (Within(W->getBeginLoc(), S) && !Within(D->getLocation(), S)) return true;
    Ps = Ctx.getParents(*S);
  }
  return false;
}

const FunctionDecl *ProvenanceAnalysis::enclosingFunction(const Expr *E) {
  DynTypedNodeList Ps = Ctx.getParents(*E);
  for (unsigned Guard = 0; !Ps.empty() && Guard < 4096; ++Guard) {
    if (const auto *F = Ps[0].get<FunctionDecl>()) {
      const auto *MD = dyn_cast<CXXMethodDecl>(F);
      if (!(MD && MD->getParent()->isLambda())) return F;
      Ps = Ctx.getParents(*F);
    } else if (const auto *S = Ps[0].get<Stmt>()) {
      Ps = Ctx.getParents(*S);
    } else if (const auto *D = Ps[0].get<Decl>()) {
      Ps = Ctx.getParents(*D);
    } else {
      break;
    }
  }
  return nullptr;
}

bool ProvenanceAnalysis::callsAfter(const FunctionDecl *Fn, const FunctionDecl *Callee,
                                    const Expr *At) {
  const UnitIndex::CallMap &Calls = Idx.calls();
  auto It = Calls.find(Callee->getCanonicalDecl());
  if (It == Calls.end()) return false;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const CallExpr *CE : It->second) {
    if (!SM.isBeforeInTranslationUnit(At->getBeginLoc(), CE->getBeginLoc())) continue;
    const FunctionDecl *In = enclosingFunction(CE);
    if (In && In->getCanonicalDecl() == Fn->getCanonicalDecl()) return true;
  }
  return false;
}

const Prov &ProvenanceAnalysis::returnOf(const FunctionDecl *FD) { return summary(FD, 0).Return; }

namespace {

/// `T[i].F` of a table variable: the table, the index variable, the field.
struct TablePart {
  const VarDecl *Table = nullptr, *Index = nullptr;
  const FieldDecl *Field = nullptr;
};

std::optional<TablePart> tablePart(const Expr *E) {
  const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts());
  const auto *AS = ME ? dyn_cast<ArraySubscriptExpr>(ME->getBase()->IgnoreParenImpCasts()) : nullptr;
  if (!AS || ME->isArrow()) return std::nullopt;
  const auto *TB = dyn_cast<DeclRefExpr>(AS->getBase()->IgnoreParenImpCasts());
  const auto *IX = dyn_cast<DeclRefExpr>(AS->getIdx()->IgnoreParenImpCasts());
  TablePart T;
  T.Table = TB ? dyn_cast<VarDecl>(TB->getDecl()) : nullptr;
  T.Index = IX ? dyn_cast<VarDecl>(IX->getDecl()) : nullptr;
  T.Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!T.Table || !T.Index || !T.Field) return std::nullopt;
  return T;
}

/// A lookup by name in a constant table (`if (strcmp(tab[i].name, name) ==
/// 0) return tab[i].value;`, `tab[i].key == key` on strings): the return
/// gives entry j's value only when the parameter equals entry j's name. The
/// parameter, and each entry's value initializer with its name.
struct KeyedReturn {
  unsigned Param = 0;
  llvm::DenseMap<const Expr *, std::string> KeyOf;
};

std::optional<KeyedReturn> keyedReturn(ASTContext &Ctx, const ReturnStmt *RS) {
  std::optional<TablePart> Ret = tablePart(RS->getRetValue());
  if (!Ret) return std::nullopt;
  const VarDecl *T = Ret->Table;
  const auto *Init = dyn_cast_or_null<InitListExpr>(T->getInit());
  const auto *AT = Ctx.getAsConstantArrayType(T->getType());
  if (!Init || !AT || !AT->getElementType().isConstQualified()) return std::nullopt;
  // The equality of a field of the same entry and a parameter.
  auto KeyTest = [&](const Expr *Cond) -> std::optional<std::pair<const FieldDecl *, unsigned>> {
    const Expr *A = nullptr, *B = nullptr;
    bool TrueIfEqual = false;
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(Cond->IgnoreParenImpCasts());
        OC && OC->getOperator() == OO_EqualEqual && OC->getNumArgs() == 2) {
      A = OC->getArg(0), B = OC->getArg(1);
    } else if (!strcmpTest(Cond, A, B, TrueIfEqual) || !TrueIfEqual) {
      return std::nullopt; // true when they differ
    }
    for (int Swap = 0; Swap < 2; ++Swap, std::swap(A, B)) {
      std::optional<TablePart> K = tablePart(A);
      const auto *PR = dyn_cast<DeclRefExpr>(B->IgnoreParenImpCasts());
      const auto *P = PR ? dyn_cast<ParmVarDecl>(PR->getDecl()) : nullptr;
      if (K && P && K->Table == T && K->Index == Ret->Index && K->Field != Ret->Field &&
          isa<FunctionDecl>(P->getDeclContext()))
        return std::make_pair(K->Field, P->getFunctionScopeIndex());
    }
    return std::nullopt;
  };
  DynTypedNode Child = DynTypedNode::create(*static_cast<const Stmt *>(RS));
  for (unsigned Depth = 0; Depth < 16; ++Depth) {
    DynTypedNodeList Ps = Ctx.getParents(Child);
    if (Ps.empty()) return std::nullopt;
    const auto *If = Ps[0].get<IfStmt>();
    const Stmt *C = Child.get<Stmt>();
    if (If && C && C == If->getThen())
      if (auto K = KeyTest(If->getCond())) {
        KeyedReturn R;
        R.Param = K->second;
        for (const Expr *E : Init->inits()) {
          const auto *EL = dyn_cast<InitListExpr>(E->IgnoreParenImpCasts());
          if (!EL || EL->getNumInits() <= std::max(K->first->getFieldIndex(),
                                                   Ret->Field->getFieldIndex()))
            continue;
          const auto *Name =
              dyn_cast<clang::StringLiteral>(EL->getInit(K->first->getFieldIndex())->IgnoreParenImpCasts());
          if (Name && Name->getCharByteWidth() == 1)
            R.KeyOf[EL->getInit(Ret->Field->getFieldIndex())->IgnoreParenImpCasts()] =
                Name->getString().str();
        }
        if (R.KeyOf.empty()) return std::nullopt;
        return R;
      }
    if (!Ps[0].get<Stmt>() || Ps[0].get<LambdaExpr>()) return std::nullopt;
    Child = Ps[0];
  }
  return std::nullopt;
}

} // namespace

Prov ProvenanceAnalysis::returnedValues(const Stmt *Body, unsigned Depth, bool TopLevel) {
  Prov Ret;
  std::vector<const ReturnStmt *> Rs = returnsOf(Body);
  for (const ReturnStmt *RS : Rs) {
    if (!RS->getRetValue()) continue;
    Prov P = ofAt(RS->getRetValue(), Depth, TopLevel);
    for (Origin &O : P.Origins) O.Path.push_back(Step{RS, "value returned here"});
    // A lookup by name in a constant table: each entry's value, for a
    // caller asking for that entry's name (applyToArgs, the link step).
    if (std::optional<KeyedReturn> K = keyedReturn(Ctx, RS))
      for (Origin &O : P.Origins)
        if (O.Kind == Origin::Const && O.Def)
          if (auto It = K->KeyOf.find(O.Def->IgnoreParenImpCasts()); It != K->KeyOf.end())
            O.KeyArg = int(K->Param), O.KeyIs = It->second;
    alt(Ret, P);
  }
  if (Rs.empty()) Ret.Unknown = Ret.Opaque = true;
  return Ret;
}

Prov ProvenanceAnalysis::methodReturn(const ObjCMethodDecl *Def) {
  if (auto It = MethodReturns.find(Def); It != MethodReturns.end()) return It->second;
  // In progress (a method that sends itself, two that send each other) or
  // nested too deep: not understood here, and not remembered.
  if (MethodsInProgress.size() >= MaxNestedSummaries || !MethodsInProgress.insert(Def).second)
    return unknown();
  // Its own depth budget, as a function's summary: it serves every sender.
  // Its parameters are what the messages to it pass (ofParamAtCallSites).
  Prov Ret = returnedValues(Def->getBody(), 1, true);
  MethodsInProgress.erase(Def);
  return MethodReturns.try_emplace(Def, std::move(Ret)).first->second;
}

const Prov *ProvenanceAnalysis::writtenThrough(const FunctionDecl *FD, unsigned Param) {
  if (!FD || !FD->hasBody()) return nullptr;
  const Summary &S = summary(FD, 0);
  auto It = S.Out.find(Param);
  return It == S.Out.end() ? nullptr : &It->second;
}

std::vector<const Expr *> ProvenanceAnalysis::copiedFrom(const CallExpr *CE, unsigned Arg) {
  std::vector<const Expr *> Out;
  if (!CE || Arg >= CE->getNumArgs()) return Out;
  if (const FunctionModel *M = model(CE)) {
    if (M->CopyTo == int(Arg)) {
      Out = argsFrom(CE, M->CopyFrom);
    } else if (M->InputParsedFrom >= 0 && unsigned(M->InputParsedFrom) < CE->getNumArgs() &&
               llvm::is_contained(M->External, int(Arg))) {
      Out.push_back(CE->getArg(M->InputParsedFrom));
    }
    return Out;
  }
  const FunctionDecl *Callee = CE->getDirectCallee();
  unsigned Shift = isa<CXXOperatorCallExpr>(CE) && Callee && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  if (Arg < Shift) return Out;
  for (const FunctionDecl *B : callBodies(Idx, CE)) {
    const Summary &S = summary(B, 1);
    auto It = S.Out.find(Arg - Shift);
    if (It == S.Out.end()) continue;
    for (const Origin &O : It->second.Origins)
      if (O.Kind == Origin::Param && O.ParamIndex + Shift < CE->getNumArgs() &&
          O.ParamIndex + Shift != Arg && !llvm::is_contained(Out, CE->getArg(O.ParamIndex + Shift)))
        Out.push_back(CE->getArg(O.ParamIndex + Shift));
  }
  return Out;
}

std::vector<Write> ProvenanceAnalysis::fieldWrites(const FunctionDecl *FD, unsigned Param,
                                                  const FieldDecl *F) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || Param >= Def->getNumParams()) return {};
  const ParmVarDecl *P = Def->getParamDecl(Param);
  std::vector<Write> Ws;
  for (const Write &W : writes(F))
    if (W.Root == P) Ws.push_back(W);
  return Ws;
}

Prov ProvenanceAnalysis::writtenField(const FunctionDecl *FD, unsigned Param,
                                      const FieldDecl *F) {
  std::vector<Write> Ws = fieldWrites(FD, Param, F);
  llvm::erase_if(Ws, [](const Write &W) { return W.Kind == Write::Clear; });
  if (Ws.empty()) return Prov();
  return ofWrites(F, Ws, nullptr, 0, true);
}

Prov ProvenanceAnalysis::writtenThisField(const FunctionDecl *M, const FieldDecl *F,
                                          unsigned Depth) {
  const FunctionDecl *Def = nullptr;
  if (!M->hasBody(Def) || !Def || Depth > 3) return Prov();
  std::vector<Write> Ws;
  for (const Write &W : writes(F))
    if (W.Fn == Def && !W.Root && W.Kind != Write::Clear) Ws.push_back(W);
  Prov P = Ws.empty() ? Prov() : ofWrites(F, Ws, nullptr, 0, true);
  // What the methods it calls on its object write there (their parameters
  // are what this method passes: its own, at the top level).
  for (const CXXMemberCallExpr *MC : callsOnThis(Def))
    if (MC->getMethodDecl()->getCanonicalDecl() != Def->getCanonicalDecl())
      alt(P, writtenThisField(MC->getMethodDecl(), F, Depth + 1));
  return P;
}

/// A write whose value may be a constant or key material at first sight:
/// a literal, an initializer list, a global or static object (or its
/// address), a parameter (a setter: its callers choose), a call of a
/// modelled or project function, or a modelled call filling the field. The
/// export asks the provenance of these only: a unit writes thousands of
/// fields from locals and pointers no other unit reads as a key.
static bool mayCarry(const Write &W) {
  if (W.Kind == Write::Call) return true;
  const Expr *E = W.E ? stripAll(W.E) : nullptr;
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = stripAll(UO->getSubExpr());
  while (const auto *AS = dyn_cast_or_null<ArraySubscriptExpr>(E)) E = stripAll(AS->getBase());
  if (!E) return false;
  // (An Objective-C message too: `[[NSString alloc] initWithString:@"..."]`.)
  if (isa<clang::StringLiteral, InitListExpr, CallExpr, CXXConstructExpr, CXXStdInitializerListExpr,
          ObjCStringLiteral, ObjCMessageExpr>(E))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    return VD && (isa<ParmVarDecl>(VD) || VD->hasGlobalStorage() || VD->getType().isConstQualified());
  }
  return false;
}

bool ProvenanceAnalysis::runTimeWrite(const FieldDecl *F) {
  for (const Write &W : writes(F)) {
    if (W.Kind == Write::Clear) continue;
    Prov P = ofWrites(F, {W}, nullptr, 0, true);
    if ((P.External || P.Unknown) && P.wholeConstants().empty() && P.secrets().empty() &&
        !P.Random)
      return true;
  }
  return false;
}

std::optional<std::pair<Write, Prov>> ProvenanceAnalysis::inputWrite(const FieldDecl *F) {
  for (const Write &W : writes(F)) {
    // (Zero fills and constants hold no input.)
    if (W.Kind == Write::Clear || !W.E) continue;
    if (const Expr *E = stripAll(W.E); !E->isValueDependent() &&
                                       E->getType()->isIntegralOrEnumerationType() &&
                                       E->isEvaluatable(Ctx))
      continue;
    Prov P = ofWrites(F, {W}, nullptr, 0, true);
    if (P.Input) return std::make_pair(W, std::move(P));
  }
  return std::nullopt;
}

Prov ProvenanceAnalysis::writtenMember(const FieldDecl *F, bool *Uncarried) {
  // A scrub (memset(c->key, 0, n) in a reset function, OPENSSL_cleanse) is
  // the end of a value's life, not a value another unit's read of the field
  // can be shown to get.
  // A field named as a key takes what any write stores, a local filled by
  // another unit's KDF wrapper included (`derive_key(pw, k); key_ = k;`).
  bool KeyNamed = F->getDeclName().isIdentifier() && secretName(F->getName(), Cat);
  std::vector<Write> Ws;
  for (const Write &W : writes(F)) {
    if (W.Kind == Write::Clear) continue;
    if (W.Kind == Write::Call)
      if (const auto *CE = dyn_cast_or_null<CallExpr>(W.E))
        if (const FunctionModel *M = model(CE); M && M->Clears == int(W.Arg)) continue;
    if (!KeyNamed && !mayCarry(W)) {
      if (Uncarried) *Uncarried = true;
      continue;
    }
    Ws.push_back(W);
  }
  if (Ws.empty()) return Prov();
  return ofWrites(F, Ws, nullptr, 0, true);
}

} // namespace backdoor
