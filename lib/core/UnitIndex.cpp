//===--- UnitIndex.cpp - the unit's calls, writes and models --------------===//
#include "core/UnitIndex.h"
#include "core/AstUtil.h"

#include <functional>

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;
using namespace llvm;

namespace backdoor {

std::vector<StringRef> macroNamesAt(const ASTContext &Ctx, SourceLocation Loc) {
  std::vector<StringRef> Names;
  const SourceManager &SM = Ctx.getSourceManager();
  for (unsigned I = 0; Loc.isMacroID() && I < 16; ++I) {
    StringRef N = Lexer::getImmediateMacroName(Loc, SM, Ctx.getLangOpts());
    if (!N.empty() && (Names.empty() || Names.back() != N)) Names.push_back(N);
    Loc = SM.getImmediateMacroCallerLoc(Loc);
  }
  return Names;
}

/// "ns::Class::method" without template arguments, as the catalog spells it.
std::string plainQualifiedName(const NamedDecl *D) {
  std::string Out = D->getDeclName().isIdentifier() ? D->getName().str() : D->getNameAsString();
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent()) {
    if (const auto *ND = dyn_cast<NamedDecl>(DC)) {
      if (isa<LinkageSpecDecl>(DC)) continue;
      if (const auto *NS = dyn_cast<NamespaceDecl>(ND))
        if (NS->isAnonymousNamespace() || NS->isInline()) continue;
      std::string N =
          ND->getDeclName().isIdentifier() ? ND->getName().str() : ND->getNameAsString();
      if (N.empty()) continue;
      Out = N + "::" + Out;
    }
  }
  return Out;
}

const ValueDecl *memberRoot(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  bool SawMember = false;
  while (E) {
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      SawMember = true;
      E = ME->getBase()->IgnoreParenImpCasts();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase()->IgnoreParenImpCasts();
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_AddrOf && UO->getOpcode() != UO_Deref) return nullptr;
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    } else if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (!BO->isAdditiveOp() || !BO->getLHS()->getType()->isPointerType()) return nullptr;
      E = BO->getLHS()->IgnoreParenImpCasts();
    } else if (const auto *CE = dyn_cast<CastExpr>(E)) {
      E = CE->getSubExpr()->IgnoreParenImpCasts();
    } else {
      break;
    }
  }
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
  return SawMember && DRE ? DRE->getDecl() : nullptr;
}

std::optional<std::pair<const VarDecl *, std::string>> objectFieldPath(const Expr *E) {
  const auto *ME = E ? dyn_cast<MemberExpr>(E->IgnoreParenImpCasts()) : nullptr;
  if (!ME) return std::nullopt;
  std::string Path;
  const Expr *B = ME;
  for (unsigned Hop = 0; Hop < 16; ++Hop) {
    if (const auto *In = dyn_cast<MemberExpr>(B)) {
      const auto *F = dyn_cast<FieldDecl>(In->getMemberDecl());
      if (In->isArrow() || !F || !F->getDeclName().isIdentifier()) return std::nullopt;
      Path = F->getName().str() + (Path.empty() ? "" : "." + Path);
      B = In->getBase()->IgnoreParenImpCasts();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(B)) {
      Path = "[]." + Path;
      B = AS->getBase()->IgnoreParenImpCasts();
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(B)) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) return std::make_pair(VD, Path);
      return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

StorageTarget storageTarget(const Expr *E) {
  StorageTarget T;
  E = stripAll(E);
  while (E) {
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() == UO_AddrOf) {
        E = stripAll(UO->getSubExpr());
        continue;
      }
      if (UO->getOpcode() == UO_Deref) {
        T.Whole = false;
        E = stripAll(UO->getSubExpr());
        continue;
      }
      break;
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      T.Whole = false;
      E = stripAll(AS->getBase());
      continue;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isAdditiveOp() && BO->getLHS()->getType()->isPointerType()) {
        T.Whole = false;
        E = stripAll(BO->getLHS());
        continue;
      }
      break;
    }
    // A view of the storage (`std::span<uint8_t>(key)`, the implicit
    // conversion of an argument to a span parameter).
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
        CC && CC->getNumArgs() >= 1 && spanView(CC->getType())) {
      E = stripAll(CC->getArg(0));
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() &&
          (MD->getName() == "data" || MD->getName() == "c_str" || MD->getName() == "begin" ||
           MD->getName() == "get" || MD->getName() == "BytePtr")) {
        E = stripAll(MC->getImplicitObjectArgument());
        continue;
      }
      // A part of a view (`std::span(buf).first(n)`, `subspan(8)`).
      if (MD && MD->getDeclName().isIdentifier() && spanView(MC->getImplicitObjectArgument()->getType()) &&
          (MD->getName() == "first" || MD->getName() == "last" || MD->getName() == "subspan")) {
        T.Whole = false;
        E = stripAll(MC->getImplicitObjectArgument());
        continue;
      }
      // A buffer class's conversion to its storage (Crypto++'s SecByteBlock
      // passed where a byte * is taken): the object itself.
      if (const auto *Conv = dyn_cast_or_null<CXXConversionDecl>(MD);
          Conv && Conv->getConversionType()->isPointerType()) {
        E = stripAll(MC->getImplicitObjectArgument());
        continue;
      }
      break;
    }
    // Objective-C: the pseudo-object's base, and NSData's buffer accessors
    // (`key.mutableBytes`, `[key bytes]`), which hand out the object's storage.
    if (const auto *OV = dyn_cast<OpaqueValueExpr>(E); OV && OV->getSourceExpr()) {
      E = stripAll(OV->getSourceExpr());
      continue;
    }
    if (const Expr *Owner = objcBufferOwner(E)) {
      E = stripAll(Owner);
      continue;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      // v[i], and *it of an iterator: a part of what it designates.
      if ((OC->getOperator() == OO_Subscript || OC->getOperator() == OO_Star) &&
          OC->getNumArgs() >= 1) {
        T.Whole = false;
        E = stripAll(OC->getArg(0));
        continue;
      }
      break;
    }
    break;
  }
  if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    T.D = DRE->getDecl();
  else if (const auto *ME = dyn_cast_or_null<MemberExpr>(E))
    T.D = ME->getMemberDecl();
  else if (const FieldDecl *Ivar = objcIvarOf(E)) // `_key`, `self.key`
    T.D = Ivar;
  if (T.D && !isa<VarDecl>(T.D) && !isa<FieldDecl>(T.D)) T.D = nullptr;
  return T;
}

QualType spanElement(QualType T) {
  if (T.isNull()) return QualType();
  const auto *CT = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!CT || CT->getTemplateArgs().size() < 1 ||
      CT->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return QualType();
  std::string N = plainQualifiedName(CT);
  if (N != "std::span" && N != "gsl::span" && N != "absl::Span" && N != "boost::span" &&
      N != "std::experimental::span")
    return QualType();
  return CT->getTemplateArgs()[0].getAsType();
}

bool spanView(QualType T) {
  QualType E = spanElement(T);
  return !E.isNull() && !E.isConstQualified();
}

bool writableHandle(QualType T) {
  if (T.isNull()) return false;
  if (T->isReferenceType() || T->isPointerType()) return !T->getPointeeType().isConstQualified();
  if (spanView(T)) return true;
  // glibc's socket address arguments under _GNU_SOURCE (`__SOCKADDR_ARG`, a
  // transparent union of `struct sockaddr *` and its kin): a pointer.
  if (const clang::RecordDecl *U = transparentUnion(T))
    return writableHandle(U->field_begin()->getType());
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition()) return false;
  // An iterator: its operator* returns a reference to non-const data.
  for (const CXXMethodDecl *MD : RD->methods())
    if (MD->getOverloadedOperator() == OO_Star && MD->getNumParams() == 0) {
      QualType R = MD->getReturnType();
      return R->isLValueReferenceType() && !R->getPointeeType().isConstQualified();
    }
  return false;
}

namespace {

/// True for a parameter through which the callee may write. Variadic
/// arguments count only as `&x` (scanf), not as buffers handed to printf.
bool mayWrite(const FunctionDecl *FD, unsigned I, const Expr *Arg) {
  if (!FD || I >= FD->getNumParams()) {
    const auto *UO = dyn_cast<UnaryOperator>(Arg->IgnoreParenImpCasts());
    return UO && UO->getOpcode() == UO_AddrOf;
  }
  return writableHandle(FD->getParamDecl(I)->getType());
}

} // namespace

const FunctionModel *UnitIndex::model(const CallExpr *CE) const {
  // Every rule family asks about the same calls: look each up once.
  auto It = ModelMemo.find(CE);
  if (It != ModelMemo.end()) return It->second;
  const FunctionModel *M = lookup(CE);
  ModelMemo[CE] = M;
  return M;
}

const FunctionModel *UnitIndex::lookup(const CallExpr *CE) const {
  // A macro that is the call (`LOG_INFO(...)`, libcurl's `curl_easy_setopt(h,
  // opt, param)`): its model. A call written in a macro's argument
  // (`s.c_str()` in that `param`) is not the macro.
  if (!Ctx.getSourceManager().isMacroArgExpansion(CE->getBeginLoc()))
    for (StringRef N : macroNamesAt(Ctx, CE->getBeginLoc()))
      if (const FunctionModel *M = Cat.function(N)) return M;
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD) return nullptr;
  // Methods are modelled by qualified name only: std::ostream::write is not write(2).
  if (FD->getDeclName().isIdentifier() && !isa<CXXMethodDecl>(FD))
    if (const FunctionModel *M = Cat.function(FD->getName())) return M;
  if (isa<CXXMethodDecl>(FD) || FD->isInStdNamespace() ||
      !FD->getDeclContext()->isTranslationUnit() || !FD->getDeclName().isIdentifier()) {
    const FunctionModel *M = Cat.function(plainQualifiedName(FD));
    // std::make_unique<T>(args...) constructs T from args: T's constructor model.
    if (M && M->ConstructsTemplateArg) {
      const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
      if (!TA || TA->size() == 0 || TA->get(0).getKind() != TemplateArgument::Type) return nullptr;
      const CXXRecordDecl *RD = TA->get(0).getAsType()->getAsCXXRecordDecl();
      if (!RD || !RD->getDeclName().isIdentifier()) return nullptr;
      return Cat.function(plainQualifiedName(RD) + "::" + RD->getName().str());
    }
    // A library subclass's override of a modelled virtual method (Crypto++'s
    // ECB_OneWay::SetKey of SimpleKeyingInterface::SetKey): the base's model.
    if (!M)
      if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
        std::vector<const CXXMethodDecl *> Work(MD->begin_overridden_methods(),
                                                MD->end_overridden_methods());
        for (size_t I = 0; I < Work.size() && I < 16 && !M; ++I) {
          M = Cat.function(plainQualifiedName(Work[I]));
          Work.insert(Work.end(), Work[I]->begin_overridden_methods(),
                      Work[I]->end_overridden_methods());
        }
      }
    // A method the object's library class inherits (`key.GenerateRandomWithKeySize(rng,
    // 1024)` on Crypto++'s RSA::PrivateKey, declared by GeneratableCryptoMaterial):
    // the model under the object's class, or a class between it and the declaring one.
    if (!M && FD->getDeclName().isIdentifier())
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
        const Expr *Obj = MC->getImplicitObjectArgument();
        // The object's own class, before the conversion to the declaring base.
        QualType T = Obj ? Obj->IgnoreParenBaseCasts()->getType() : QualType();
        if (!T.isNull() && T->isPointerType()) T = T->getPointeeType();
        const CXXRecordDecl *Declaring = cast<CXXMethodDecl>(FD)->getParent();
        std::vector<const CXXRecordDecl *> Work;
        if (!T.isNull()) Work.push_back(T->getAsCXXRecordDecl());
        for (size_t I = 0; I < Work.size() && I < 16 && !M; ++I) {
          const CXXRecordDecl *R = Work[I];
          if (!R || R == Declaring || !R->hasDefinition() || !R->getDeclName().isIdentifier())
            continue;
          M = Cat.function(plainQualifiedName(R) + "::" + FD->getName().str());
          for (const CXXBaseSpecifier &B : R->bases()) // toward the declaring class only
            if (const CXXRecordDecl *BR = B.getType()->getAsCXXRecordDecl();
                BR && BR->hasDefinition() && (BR == Declaring || BR->isDerivedFrom(Declaring)))
              Work.push_back(BR);
        }
      }
    return M;
  }
  return nullptr;
}

const FunctionModel *UnitIndex::model(const CXXConstructExpr *CE) const {
  const CXXConstructorDecl *CD = CE->getConstructor();
  // A copy or a move (`DL_Group g2(std::move(g))`) is the object already
  // judged where it was made, not a new use of the API's parameters.
  if (!CD || CD->isCopyOrMoveConstructor()) return nullptr;
  return Cat.function(plainQualifiedName(CD));
}

const FunctionModel *UnitIndex::model(const ObjCMessageExpr *ME) const {
  if (!ME) return nullptr;
  std::string Sel = ME->getSelector().getAsString();
  const char *Kind = ME->isClassMessage() ? "+[" : "-[";
  for (const ObjCInterfaceDecl *ID = ME->getReceiverInterface(); ID; ID = ID->getSuperClass())
    if (const FunctionModel *M =
            Cat.function(std::string(Kind) + ID->getName().str() + " " + Sel + "]"))
      return M;
  return nullptr;
}
namespace {
/// Collects every write to variables, parameters and fields of the bodies it
/// traverses, and every call by callee.
class WriteIndexer : public SemanticVisitor<WriteIndexer> {
public:
  struct Raw {
    int Kind;
    const Expr *E;
    unsigned Arg;
    const FunctionDecl *Fn;
    const ValueDecl *Root;
  };
  using WriteMap = DenseMap<const ValueDecl *, std::vector<Raw>>;
  const FunctionDecl *Cur = nullptr;   // the function being traversed
  const ValueDecl *InitRoot = nullptr; // the variable an aggregate initializer is for
  bool TraverseDecl(Decl *D) {
    const FunctionDecl *Saved = Cur;
    if (const auto *F = dyn_cast_or_null<FunctionDecl>(D)) {
      const auto *MD = dyn_cast<CXXMethodDecl>(F);
      if (F->doesThisDeclarationHaveABody() && !(MD && MD->getParent()->isLambda())) Cur = F;
    }
    bool R = RecursiveASTVisitor<WriteIndexer>::TraverseDecl(D);
    Cur = Saved;
    return R;
  }
  WriteMap &Out;
  DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> *Calls;
  DenseSet<const CXXConstructorDecl *> *Ctors = nullptr;
  UnitIndex::ConstructMap *Constructs = nullptr;
  DenseSet<const VarDecl *> *Refs = nullptr;
  const UnitIndex *Models = nullptr; // catalog models: variadic outputs they call external
  UnitIndex::MessageMap *Messages = nullptr;
  bool VisitObjCMessageExpr(ObjCMessageExpr *ME) {
    if (Messages)
      if (const ObjCMethodDecl *MD = ME->getMethodDecl())
        (*Messages)[MD->getCanonicalDecl()].push_back(ME);
    // A mutable string or data the message extends or replaces
    // (`[_pending appendString:s]`, `[buf appendData:d]`, `[s setString:t]`):
    // the argument goes into the receiver.
    if (ME->getReceiverKind() == ObjCMessageExpr::Instance && ME->getNumArgs() >= 1) {
      StringRef Sel = ME->getSelector().getNameForSlot(0);
      if (Sel == "appendString" || Sel == "appendData" || Sel == "appendBytes")
        add(ME->getInstanceReceiver(), Part, ME->getArg(0));
      else if (Sel == "appendFormat")
        // (The format's arguments too: `[hex appendFormat:@"%02x", k[i]]`.)
        for (const Expr *A : ME->arguments()) add(ME->getInstanceReceiver(), Part, A);
      else if (Sel == "setString" || Sel == "setData")
        add(ME->getInstanceReceiver(), Assign, ME->getArg(0));
    }
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (Refs)
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) Refs->insert(VD->getCanonicalDecl());
    return true;
  }
  DenseSet<const VarDecl *> *Changed = nullptr;
  DenseSet<const FieldDecl *> *Counted = nullptr;
  DenseSet<const FieldDecl *> *MemberPointers = nullptr;
  /// offsetof(Policy, rsa_bits): code that writes the field by its offset.
  bool VisitOffsetOfExpr(OffsetOfExpr *OE) {
    if (MemberPointers)
      for (unsigned I = 0; I < OE->getNumComponents(); ++I)
        if (OE->getComponent(I).getKind() == OffsetOfNode::Field)
          MemberPointers->insert(OE->getComponent(I).getField());
    return true;
  }
  /// A global counted up or down, or whose address is taken anywhere (an
  /// option table's `&key_bits`): its initializer is not its value.
  bool VisitUnaryOperator(UnaryOperator *UO) {
    // A count a record keeps: a field counted up or down.
    if (Counted && UO->isIncrementDecrementOp() && UO->getType()->isIntegerType())
      if (const auto *ME = dyn_cast<MemberExpr>(UO->getSubExpr()->IgnoreParenImpCasts()))
        if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) Counted->insert(FD);
    // &Policy::rsa_bits: a pointer to member (an option table's entry).
    if (MemberPointers && UO->getOpcode() == UO_AddrOf)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParens()))
        if (const auto *FD = dyn_cast<FieldDecl>(DRE->getDecl())) MemberPointers->insert(FD);
    if (!Changed || !(UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)) return true;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->hasGlobalStorage())
        Changed->insert(VD->getCanonicalDecl());
    return true;
  }
  WriteIndexer(WriteMap &O, DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> *C)
      : Out(O), Calls(C) {}
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    if (Ctors && CE->getConstructor()) Ctors->insert(CE->getConstructor());
    if (Constructs && CE->getConstructor())
      (*Constructs)[CE->getConstructor()->getCanonicalDecl()].push_back(CE);
    for (const Expr *A : CE->arguments()) attachedSinks(CE, A, 0);
    return true;
  }
  /// A filter pipeline built of nested `new` objects (Crypto++'s
  /// StringSource(hex, true, new HexDecoder(new StringSink(raw)))): the
  /// buffers the innermost objects may write are written by the outer
  /// construction (Provenance's ofWrites asks the catalog whether it pumps
  /// data there).
  void attachedSinks(const CXXConstructExpr *Outer, const Expr *A, unsigned Depth) {
    const auto *NE = dyn_cast<CXXNewExpr>(A->IgnoreParenImpCasts());
    if (!NE || NE->isArray() || Depth > 8) return;
    const CXXConstructExpr *In = NE->getConstructExpr();
    if (!In || !In->getConstructor()) return;
    for (unsigned I = 0; I < In->getNumArgs(); ++I) {
      const Expr *X = In->getArg(I);
      if (isa<CXXNewExpr>(X->IgnoreParenImpCasts()))
        attachedSinks(Outer, X, Depth + 1);
      else if (!isa<CXXDefaultArgExpr>(X) && mayWrite(In->getConstructor(), I, X))
        add(X, Call, Outer, I);
    }
  }
  bool shouldVisitLambdaBody() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }

  // Kinds mirror ProvenanceAnalysis::Write::KindTy.
  enum { Assign = 0, Whole = 1, Part = 2, Call = 3, Clear = 4 };

  /// Local references bound to storage: a range-for element (`for (auto &b :
  /// key) b = rand();` writes a part of `key`) or `auto &k = ctx->key`.
  struct Alias {
    const Expr *Target;
    bool Part;
  };
  DenseMap<const ValueDecl *, Alias> Aliases;

  void add(const Expr *TargetE, int Kind, const Expr *E, unsigned Arg = 0, unsigned Hops = 0) {
    // `memcpy(me_first ? keys.tx.key : keys.rx.key, okm, 16)`: either arm
    // may be written (a part of what each holds).
    if (const auto *CO = dyn_cast_or_null<ConditionalOperator>(stripAll(TargetE)); CO && Hops < 4) {
      int K = Kind == Assign || Kind == Whole ? Part : Kind;
      add(CO->getTrueExpr(), K, E, Arg, Hops + 1);
      add(CO->getFalseExpr(), K, E, Arg, Hops + 1);
      return;
    }
    StorageTarget T = storageTarget(TargetE);
    if (!T.D) return;
    if (Kind == Assign && !T.Whole) Kind = Part;
    Out[T.D].push_back({Kind, E, Arg, Cur, memberRoot(TargetE)});
    auto A = Aliases.find(T.D);
    if (A == Aliases.end() || Hops > 4) return;
    // `c = c ^ 0x11` over a range transforms each element in place: the
    // storage keeps its origin (as with `key[i] ^= 0x11`), not a new value.
    if (E && anyStmtIn(E, [&](const Stmt *S) {
          const auto *DRE = dyn_cast<DeclRefExpr>(S);
          return DRE && DRE->getDecl() == T.D;
        }))
      return;
    int K = Kind;
    if (A->second.Part && (K == Assign || K == Whole)) K = Part;
    add(A->second.Target, K, E, Arg, Hops + 1);
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *S) {
    const VarDecl *LV = S->getLoopVariable();
    if (LV && S->getRangeInit() && LV->getType()->isLValueReferenceType() &&
        !LV->getType()->getPointeeType().isConstQualified())
      Aliases[LV] = {S->getRangeInit(), true};
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    // A field counted on (`s->seq += 1`).
    if (Counted && (BO->getOpcode() == BO_AddAssign || BO->getOpcode() == BO_SubAssign) &&
        BO->getType()->isIntegerType())
      if (const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) Counted->insert(FD);
    if (BO->getOpcode() == BO_Assign)
      add(BO->getLHS(), Assign, BO->getRHS());
    // (`p += n`, `(*buf) += 4` of a pointer moves it: no data is written.)
    else if (BO->isCompoundAssignmentOp() && !BO->getLHS()->getType()->isPointerType())
      add(BO->getLHS(), Part, BO->getRHS());
    return true;
  }
  std::vector<const CallExpr *> *PointerCalls = nullptr;
  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (Calls && FD) (*Calls)[FD->getCanonicalDecl()].push_back(CE);
    if (PointerCalls && !FD && !isa<CXXMemberCallExpr>(CE) && !isa<CXXOperatorCallExpr>(CE) &&
        CE->getCallee() && CE->getCallee()->getType()->isPointerType())
      PointerCalls->push_back(CE);
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (OC->getNumArgs() == 2 && OC->getOperator() == OO_LessLess &&
          OC->getArg(0)->getType()->getAsCXXRecordDecl()) {
        // os << x << y: the data goes into the stream (std::ostringstream).
        const Expr *Root = stripAll(OC->getArg(0));
        while (const auto *In = dyn_cast<CXXOperatorCallExpr>(Root)) {
          if (In->getOperator() != OO_LessLess || In->getNumArgs() != 2) break;
          Root = stripAll(In->getArg(0));
        }
        add(Root, Part, OC->getArg(1));
        return true;
      }
      if (OC->getNumArgs() == 2 && OC->getOperator() == OO_GreaterGreater)
        if (const CXXRecordDecl *RD = OC->getArg(0)->getType()->getAsCXXRecordDecl();
            RD && RD->getDeclName().isIdentifier() &&
            RD->getName().contains_insensitive("stream")) {
          // in >> a >> b: each right operand is read from the stream.
          add(OC->getArg(1), Call, OC, 1);
          return true;
        }
      if (OC->getNumArgs() == 2 && OC->getOperator() == OO_Equal) {
        add(OC->getArg(0), Assign, OC->getArg(1));
        return true;
      }
      if (OC->getNumArgs() == 2 && OC->isAssignmentOp()) {
        add(OC->getArg(0), Part, OC->getArg(1));
        return true;
      }
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && !MD->isConst() && MD->getDeclName().isIdentifier()) {
        // s.assign(x), v.push_back(x), s.append(x), k.resize(n)...
        StringRef N = MD->getName();
        // Accessors (the non-const data(), begin(), at(i)...) hand out the
        // storage; writes through what they return are indexed where they
        // happen (`memcpy(k.data() + 8, ...)`, `k.at(3) = x`).
        bool Accessor = (MD->getParent()->isInStdNamespace() || !MD->hasBody()) &&
                        (N == "data" || N == "begin" || N == "end" || N == "rbegin" ||
                         N == "rend" || N == "front" || N == "back" || N == "at");
        int Kind = (N == "assign" || N == "swap") ? Assign : Part;
        // A smart pointer given a new object (`vendor_.reset(load_key(src))`):
        // it points to that object alone.
        if (N == "reset" && MC->getNumArgs() == 1 && MD->getParent()->isInStdNamespace())
          Kind = Assign;
        // A library key object loaded whole from its argument (Crypto++'s
        // `pub.Load(src)`, `key.BERDecode(bt)`): the argument's data.
        if ((N == "Load" || N == "BERDecode" || N == "BERDecodePublicKey" ||
             N == "BERDecodePrivateKey") &&
            MC->getNumArgs() == 1 &&
            MD->getASTContext().getSourceManager().isInSystemHeader(
                MD->getASTContext().getSourceManager().getFileLoc(MD->getLocation())))
          Kind = Assign;
        if (N == "clear" || N == "resize" || N == "reserve" || N == "fill") Kind = Clear;
        for (unsigned I = 0; I < MC->getNumArgs() && !Accessor; ++I) {
          // v.assign(n, 0), s.insert(pos, n, c): a count or a position is
          // no data of the container.
          if (Kind != Clear && MC->getNumArgs() > 1 && I < MD->getNumParams())
            if (const auto *TT = MD->getParamDecl(I)->getType()->getAs<TypedefType>())
              if (TT->getDecl()->getName() == "size_type") continue;
          add(MC->getImplicitObjectArgument(), Kind, MC->getArg(I));
        }
        if (Kind != Clear && !Accessor) add(MC->getImplicitObjectArgument(), Call, MC, ~0u);
      }
    }
    // f(x) of a function object (a lambda handed to std::for_each): its
    // arguments follow the object.
    unsigned Shift = 0;
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (OC->getOperator() != OO_Call || !isa_and_nonnull<CXXMethodDecl>(FD)) return true;
      Shift = 1;
    }
    const FunctionModel *M = Models && FD && FD->isVariadic() ? Models->model(CE) : nullptr;
    for (unsigned I = Shift; I < CE->getNumArgs(); ++I) {
      // sscanf(line, "%31s", verb): a buffer the model says the call fills.
      bool Filled = M && I >= FD->getNumParams() && llvm::is_contained(M->External, int(I));
      // `curl_easy_setopt(h, CURLOPT_WRITEDATA, &body)`, `ioctl(fd, REQ,
      // &st)`: an object's address in the variable part of a library call,
      // which may write it then or later (a callback's user data).
      Filled = Filled || libraryVarArgAddress(CE, I);
      if (!Filled && !mayWrite(FD, I - Shift, CE->getArg(I))) continue;
      add(CE->getArg(I), Call, CE, I);
    }
    return true;
  }
  bool VisitCXXConstructorDecl(CXXConstructorDecl *CD) {
    if (!CD->doesThisDeclarationHaveABody()) return true;
    for (const CXXCtorInitializer *Init : CD->inits())
      if (Init->isMemberInitializer() && Init->isWritten())
        Out[Init->getMember()].push_back({Assign, Init->getInit(), 0, Cur, nullptr});
    return true;
  }
  // Aggregate initializers write the fields of their record type. Walked from
  // the declarations that own them (a RecursiveASTVisitor does not reach the
  // semantic form of every initializer list).
  void recordInit(const Expr *E) {
    const auto *IL = dyn_cast_or_null<InitListExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
    if (!IL) return;
    if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
    const RecordDecl *RD = IL->getType()->getAsRecordDecl();
    if (!RD) {
      for (const Expr *Sub : IL->inits()) recordInit(Sub); // arrays of structs
      return;
    }
    if (RD->isUnion()) return;
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I >= IL->getNumInits()) break;
      const Expr *Init = IL->getInit(I++);
      Out[F].push_back({Assign, Init, 0, Cur, InitRoot});
      recordInit(Init);
    }
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) && VD->getInit() &&
        VD->getType()->isLValueReferenceType() &&
        !VD->getType()->getPointeeType().isConstQualified() && !Aliases.count(VD))
      Aliases[VD] = {VD->getInit(), false};
    InitRoot = VD;
    recordInit(VD->getInit());
    InitRoot = nullptr;
    return true;
  }
  bool VisitCompoundLiteralExpr(CompoundLiteralExpr *CL) {
    recordInit(CL->getInitializer());
    return true;
  }
};
} // namespace
void UnitIndex::build() {
  if (Built) return;
  Built = true;
  WriteIndexer::WriteMap RawMap;
  WriteIndexer W(RawMap, &Calls);
  W.Ctors = &Ctors;
  W.Constructs = &Constructs;
  W.Refs = &Referenced;
  W.Changed = &ChangedGlobals;
  W.Counted = &Counted;
  W.MemberPointers = &MemberPointers;
  W.PointerCalls = &PointerCalls;
  W.Messages = &Messages;
  W.Models = this;
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (!SM.isInMainFile(SM.getExpansionLoc(D->getLocation()))) continue;
    W.TraverseDecl(D);
  }
  for (auto &[D, List] : RawMap)
    for (const WriteIndexer::Raw &R : List)
      Writes[D].push_back(Write{Write::KindTy(R.Kind), R.E, R.Arg, R.Fn, R.Root});
  // Bodies of the main file are now indexed for locals too.
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation()))) IndexedBodies.insert(D);
}

void UnitIndex::indexBody(const Decl *D) {
  if (!D || IndexedBodies.count(D)) return;
  IndexedBodies.insert(D);
  WriteIndexer::WriteMap RawMap;
  WriteIndexer W(RawMap, nullptr);
  W.Models = this;
  W.TraverseDecl(const_cast<Decl *>(D));
  for (auto &[VD, List] : RawMap)
    for (const WriteIndexer::Raw &R : List)
      Writes[VD].push_back(Write{Write::KindTy(R.Kind), R.E, R.Arg, R.Fn, R.Root});
}

void UnitIndex::collectOverriders(const DeclContext *DC, unsigned Depth) {
  if (Depth > 16) return;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Decl *D : DC->decls()) {
    if (SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()))) continue;
    if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D)) {
      collectOverriders(cast<DeclContext>(D), Depth + 1);
      continue;
    }
    const auto *RD = dyn_cast<CXXRecordDecl>(D);
    if (!RD || !RD->isThisDeclarationADefinition() || RD->isDependentContext()) continue;
    for (const CXXMethodDecl *MD : RD->methods()) {
      if (MD->size_overridden_methods() == 0 || !MD->hasBody()) continue;
      // Every method it overrides, through intermediate classes.
      SmallVector<const CXXMethodDecl *, 4> Work(MD->begin_overridden_methods(),
                                                 MD->end_overridden_methods());
      SmallPtrSet<const CXXMethodDecl *, 8> Seen;
      while (!Work.empty() && Seen.size() < 64) {
        const CXXMethodDecl *B = Work.pop_back_val()->getCanonicalDecl();
        if (!Seen.insert(B).second) continue;
        Overriders[B].push_back(MD);
        Work.append(B->begin_overridden_methods(), B->end_overridden_methods());
      }
    }
    collectOverriders(RD, Depth + 1); // nested classes
  }
}

const std::vector<const CXXMethodDecl *> &UnitIndex::overriders(const CXXMethodDecl *MD) {
  if (!OverridersBuilt) {
    OverridersBuilt = true;
    collectOverriders(Ctx.getTranslationUnitDecl(), 0);
  }
  static const std::vector<const CXXMethodDecl *> None;
  auto It = Overriders.find(MD->getCanonicalDecl());
  return It == Overriders.end() ? None : It->second;
}

std::vector<Write> UnitIndex::writes(const ValueDecl *D) {
  build();
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (VD->isLocalVarDeclOrParm()) {
      // The outermost enclosing function: lambdas write captured locals too.
      const Decl *Outer = dyn_cast_or_null<Decl>(VD->getDeclContext());
      while (Outer) {
        const auto *MD = dyn_cast<CXXMethodDecl>(Outer);
        if (!MD || !MD->getParent()->isLambda()) break;
        const DeclContext *P = MD->getParent()->getDeclContext();
        if (!P || !isa<Decl>(P)) break;
        Outer = cast<Decl>(P);
      }
      // A block-scope `extern char **environ;` is local but belongs to the
      // unit (whose context has no context: the walk up stops there), and
      // the unit's writes are indexed already.
      if (isa_and_nonnull<TranslationUnitDecl>(Outer)) Outer = nullptr;
      const SourceManager &SM = Ctx.getSourceManager();
      const Decl *Top = Outer;
      while (Top && isa_and_nonnull<Decl>(Top->getDeclContext()) &&
             !isa<TranslationUnitDecl>(Top->getDeclContext()))
        Top = cast<Decl>(Top->getDeclContext());
      if (Top && !SM.isInMainFile(SM.getExpansionLoc(Top->getLocation()))) indexBody(Outer);
    }
  }
  auto It = Writes.find(D);
  return It == Writes.end() ? std::vector<Write>() : It->second;
}

namespace {
/// A parameter that takes any object's bytes: `void *`, a byte pointer.
bool untypedBuffer(QualType T) {
  if (!T->isPointerType()) return false;
  QualType P = T->getPointeeType().getUnqualifiedType().getCanonicalType();
  return P->isVoidType() || P->isCharType() || P->isSpecificBuiltinType(BuiltinType::UChar) ||
         P->isSpecificBuiltinType(BuiltinType::SChar);
}

/// The record an object of type \p T holds (elements of arrays included).
const RecordDecl *recordOf(QualType T) {
  while (const ArrayType *A = T->getAsArrayTypeUnsafe()) T = A->getElementType();
  return T->getAsRecordDecl();
}
} // namespace

void UnitIndex::buildFilled() {
  build();
  if (FilledBuilt) return;
  FilledBuilt = true;
  SmallVector<const RecordDecl *, 8> Work;
  for (const auto &[D, Ws] : Writes) {
    // The object, or the one a pointer points to (`memcpy(cfg, blob, n)`).
    QualType T = D->getType().getNonReferenceType();
    if (T->isPointerType()) T = T->getPointeeType();
    const RecordDecl *RD = recordOf(T);
    if (!RD) continue;
    for (const Write &W : Ws) {
      const auto *CE = W.Kind == Write::Call ? dyn_cast_or_null<CallExpr>(W.E) : nullptr;
      if (!CE || W.Arg >= CE->getNumArgs()) continue;
      const FunctionDecl *F = CE->getDirectCallee();
      // A variadic argument (sscanf's) or an untyped buffer parameter.
      if (!F || W.Arg >= F->getNumParams() || untypedBuffer(F->getParamDecl(W.Arg)->getType())) {
        Work.push_back(RD);
        break;
      }
    }
  }
  while (!Work.empty()) {
    const RecordDecl *RD = Work.pop_back_val();
    if (!RD || !FilledRecords.insert(cast<RecordDecl>(RD->getCanonicalDecl())).second) continue;
    if (const RecordDecl *Def = RD->getDefinition())
      for (const FieldDecl *F : Def->fields()) Work.push_back(recordOf(F->getType()));
  }
}

bool UnitIndex::changedIndirectly(const FieldDecl *FD) {
  buildFilled();
  return MemberPointers.count(FD) ||
         FilledRecords.count(cast<RecordDecl>(FD->getParent()->getCanonicalDecl()));
}

/// The functions \p E may name: a function (`fetch_open`, `&fetch_open`),
/// a variable holding one (its initializer and the unit's assignments), a
/// field of a table (its initializer, and the unit's assignments of that
/// field), through `&table`, `ops->`, `table[i].` and conditionals.
void UnitIndex::functionsOf(const Expr *E, std::vector<const FunctionDecl *> &Out,
                            unsigned Depth) {
  if (!E || Depth > 6 || Out.size() >= 16) return;
  E = E->IgnoreParenCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref))
    return functionsOf(UO->getSubExpr(), Out, Depth + 1);
  if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
    functionsOf(CO->getTrueExpr(), Out, Depth + 1);
    return functionsOf(CO->getFalseExpr(), Out, Depth + 1);
  }
  auto Add = [&](const FunctionDecl *F) {
    F = F->getCanonicalDecl();
    if (!llvm::is_contained(Out, F)) Out.push_back(F);
  };
  auto FromWrites = [&](const ValueDecl *D) {
    for (const Write &W : writes(D))
      if (W.Kind == Write::Assign && W.E) functionsOf(W.E, Out, Depth + 1);
  };
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *F = dyn_cast<FunctionDecl>(DRE->getDecl())) return Add(F);
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !VD->getType()->isFunctionPointerType()) return;
    const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD;
    if (Def->getInit()) functionsOf(Def->getInit(), Out, Depth + 1);
    return FromWrites(VD);
  }
  const auto *ME = dyn_cast<MemberExpr>(E);
  const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!FD) return;
  // The objects the base names: `fetch_ops`, `*ops` with `ops = &fetch_ops`,
  // `handlers[i]` (every element).
  SmallVector<const Expr *, 4> Inits;
  std::function<void(const Expr *, unsigned)> Objects = [&](const Expr *B, unsigned D) {
    if (!B || D > 4) return;
    B = B->IgnoreParenCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(B);
        UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref))
      return Objects(UO->getSubExpr(), D + 1);
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(B)) return Objects(AS->getBase(), D + 1);
    const auto *DRE = dyn_cast<DeclRefExpr>(B);
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD) return;
    const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD;
    if (VD->getType()->isPointerType()) { // `ops = &fetch_ops`, `ops = pick()`: what it points to
      if (Def->getInit()) Objects(Def->getInit(), D + 1);
      for (const Write &W : writes(VD))
        if (W.Kind == Write::Assign && W.E) Objects(W.E, D + 1);
      return;
    }
    if (Def->getInit()) Inits.push_back(Def->getInit());
  };
  Objects(ME->getBase(), 0);
  for (const Expr *Init : Inits) {
    const auto *IL = dyn_cast<InitListExpr>(Init->IgnoreParenImpCasts());
    if (IL && IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
    if (!IL) continue;
    // A table of records: each element's field.
    SmallVector<const InitListExpr *, 8> Records;
    if (IL->getType()->isArrayType()) {
      for (const Expr *El : IL->inits())
        if (const auto *R = dyn_cast<InitListExpr>(El->IgnoreParenImpCasts()))
          Records.push_back(R->isSyntacticForm() && R->getSemanticForm() ? R->getSemanticForm() : R);
    } else {
      Records.push_back(IL);
    }
    for (const InitListExpr *R : Records)
      if (FD->getFieldIndex() < R->getNumInits() &&
          R->getType()->getAsRecordDecl() == FD->getParent())
        functionsOf(R->getInit(FD->getFieldIndex()), Out, Depth + 1);
  }
  FromWrites(FD); // `ops.open = fetch_open;`, a constructor's initializer
}

const UnitIndex::CallMap &UnitIndex::indirectCalls() {
  build();
  if (IndirectBuilt) return Indirect;
  IndirectBuilt = true;
  for (const CallExpr *CE : PointerCalls) {
    std::vector<const FunctionDecl *> Targets;
    functionsOf(CE->getCallee(), Targets, 0);
    for (const FunctionDecl *F : Targets)
      if (F->getNumParams() == CE->getNumArgs() || F->isVariadic()) Indirect[F].push_back(CE);
  }
  return Indirect;
}

namespace {

/// `std::function` (a slot a lambda or a function may be stored in).
bool stdFunctionRecord(const CXXRecordDecl *RD) {
  return RD && RD->isInStdNamespace() && RD->getDeclName().isIdentifier() &&
         RD->getName() == "function";
}
bool stdFunctionType(QualType T) {
  return !T.isNull() && stdFunctionRecord(T.getNonReferenceType()->getAsCXXRecordDecl());
}

/// A field a function may be stored in and called through.
bool slotField(const FieldDecl *F) {
  QualType T = F->getType();
  return T->isFunctionPointerType() || stdFunctionType(T);
}

} // namespace

void UnitIndex::buildSlots() {
  if (SlotsBuilt) return;
  SlotsBuilt = true;
  build();
  // What a stored value names: functions, lambdas, and through a setter's
  // parameter the arguments the unit passes it (one hop).
  std::function<void(const Expr *, const FieldDecl *, unsigned)> Stored =
      [&](const Expr *E, const FieldDecl *F, unsigned Depth) {
        if (!E || Depth > 4) return;
        E = stripAll(E); // temporaries too
        if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
          return Stored(UO->getSubExpr(), F, Depth + 1);
        if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
          Stored(CO->getTrueExpr(), F, Depth + 1);
          return Stored(CO->getFalseExpr(), F, Depth + 1);
        }
        if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) // std::function(fn)
          return CE->getNumArgs() >= 1 ? Stored(CE->getArg(0), F, Depth + 1) : void();
        if (const auto *CE = dyn_cast<CallExpr>(E)) { // std::move(fn)
          const FunctionDecl *C = CE->getDirectCallee();
          if (C && C->isInStdNamespace() && C->getDeclName().isIdentifier() &&
              (C->getName() == "move" || C->getName() == "forward") && CE->getNumArgs() == 1)
            return Stored(CE->getArg(0), F, Depth + 1);
          return;
        }
        const FunctionDecl *Fn = nullptr;
        if (const auto *LE = dyn_cast<LambdaExpr>(E)) Fn = LE->getCallOperator();
        const auto *DRE = dyn_cast<DeclRefExpr>(E);
        if (DRE) Fn = dyn_cast<FunctionDecl>(DRE->getDecl());
        if (Fn) {
          Fn = Fn->getCanonicalDecl();
          std::vector<const FieldDecl *> &L = Slots[Fn];
          if (L.empty()) SlotFns.push_back(Fn);
          if (!llvm::is_contained(L, F)) L.push_back(F);
          return;
        }
        const auto *PVD = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
        const auto *Setter = PVD ? dyn_cast<FunctionDecl>(PVD->getDeclContext()) : nullptr;
        if (!Setter || Depth > 2) return;
        auto It = Calls.find(Setter->getCanonicalDecl());
        if (It == Calls.end()) return;
        unsigned I = PVD->getFunctionScopeIndex();
        for (const CallExpr *CE : It->second) {
          unsigned Shift = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(Setter) ? 1 : 0;
          if (I + Shift < CE->getNumArgs()) Stored(CE->getArg(I + Shift), F, Depth + 1);
        }
      };
  // A setter's body is in a header: index the bodies of the functions the
  // unit calls with a function or a lambda first.
  auto Unwrap = [](const Expr *E) { // through temporaries and std::function(fn)
    for (unsigned I = 0; E && I < 8; ++I) {
      E = stripAll(E);
      const auto *CE = dyn_cast<CXXConstructExpr>(E);
      if (!CE || CE->getNumArgs() < 1) break;
      E = CE->getArg(0);
    }
    return E;
  };
  for (const auto &KV : Calls)
    for (const CallExpr *CE : KV.second)
      for (const Expr *A : CE->arguments())
        if (const Expr *X = Unwrap(A);
            isa<LambdaExpr>(X) || (isa<DeclRefExpr>(X) &&
                                   isa<FunctionDecl>(cast<DeclRefExpr>(X)->getDecl()))) {
          const FunctionDecl *Def = nullptr;
          if (KV.first->hasBody(Def) && Def) indexBody(Def);
          break;
        }
  std::vector<const FieldDecl *> Fields;
  for (const auto &KV : Writes)
    if (const auto *F = dyn_cast<FieldDecl>(KV.first); F && slotField(F)) Fields.push_back(F);
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Fields, [&](const FieldDecl *A, const FieldDecl *B) {
    return SM.isBeforeInTranslationUnit(A->getLocation(), B->getLocation());
  });
  for (const FieldDecl *F : Fields)
    for (const Write &W : Writes[F])
      if (W.Kind == Write::Assign && W.E) Stored(W.E, F, 0);
  // Calls through a field: a function pointer nothing of the unit resolves,
  // a std::function member called with operator().
  llvm::DenseSet<const CallExpr *> Resolved;
  for (const auto &KV : indirectCalls())
    for (const CallExpr *CE : KV.second) Resolved.insert(CE);
  auto FieldOf = [](const Expr *E) -> const FieldDecl * {
    E = stripAll(E);
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_Deref)
      E = stripAll(UO->getSubExpr());
    const auto *ME = dyn_cast<MemberExpr>(E);
    const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    return F && slotField(F) ? F : nullptr;
  };
  for (const CallExpr *CE : PointerCalls)
    if (!Resolved.count(CE))
      if (const FieldDecl *F = FieldOf(CE->getCallee())) SlotCalls.push_back({CE, F});
  for (const auto &KV : Calls) {
    const auto *MD = dyn_cast<CXXMethodDecl>(KV.first);
    if (!MD || MD->getOverloadedOperator() != OO_Call || !stdFunctionRecord(MD->getParent()))
      continue;
    for (const CallExpr *CE : KV.second)
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && OC->getNumArgs() >= 1)
        if (const FieldDecl *F = FieldOf(OC->getArg(0))) SlotCalls.push_back({CE, F});
  }
  llvm::sort(SlotCalls, [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first->getBeginLoc(), B.first->getBeginLoc());
  });
  for (const auto &[CE, F] : SlotCalls) SlotCallOf[CE] = F;
}

const std::vector<const FieldDecl *> &UnitIndex::slotsOf(const FunctionDecl *FD) {
  static const std::vector<const FieldDecl *> None;
  buildSlots();
  auto It = Slots.find(FD->getCanonicalDecl());
  return It == Slots.end() ? None : It->second;
}

const std::vector<const FunctionDecl *> &UnitIndex::slotFunctions() {
  buildSlots();
  return SlotFns;
}

const std::vector<std::pair<const CallExpr *, const FieldDecl *>> &UnitIndex::slotCalls() {
  buildSlots();
  return SlotCalls;
}

std::vector<const FieldDecl *> UnitIndex::indirectlyChangedFields() {
  buildFilled();
  std::vector<const FieldDecl *> Out(MemberPointers.begin(), MemberPointers.end());
  for (const RecordDecl *RD : FilledRecords)
    if (const RecordDecl *Def = RD->getDefinition())
      for (const FieldDecl *F : Def->fields())
        if (F->hasInClassInitializer()) Out.push_back(F);
  return Out;
}

bool UnitIndex::keepsDefault(const FieldDecl *FD) {
  if (!FD->hasInClassInitializer() || FD->getParent()->isUnion()) return false;
  return writes(FD).empty() && !changedIndirectly(FD);
}

std::vector<const FieldDecl *> UnitIndex::writtenFields() {
  build();
  std::vector<const FieldDecl *> Out;
  for (const auto &KV : Writes)
    if (const auto *F = dyn_cast<FieldDecl>(KV.first); F && !KV.second.empty()) Out.push_back(F);
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Out, [&](const FieldDecl *A, const FieldDecl *B) {
    return SM.isBeforeInTranslationUnit(A->getLocation(), B->getLocation());
  });
  return Out;
}

bool libraryVarArgAddress(const CallExpr *CE, unsigned I) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->isVariadic() || I < FD->getNumParams() || I >= CE->getNumArgs()) return false;
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  if (!SM.isInSystemHeader(SM.getExpansionLoc(FD->getLocation()))) return false;
  const auto *UO = dyn_cast<UnaryOperator>(CE->getArg(I)->IgnoreParenCasts());
  return UO && UO->getOpcode() == UO_AddrOf && !UO->getSubExpr()->getType().isConstQualified();
}

std::vector<const FunctionDecl *> callBodies(UnitIndex &Idx, const CallExpr *CE) {
  std::vector<const FunctionDecl *> Out;
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD) return Out;
  if (FD->hasBody()) Out.push_back(FD);
  const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  if (!MD || !MD->isVirtual()) return Out;
  // Base::f() and calls on an object (not a pointer or reference) are static.
  if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens()))
    if (ME->hasQualifier()) return Out;
  const Expr *Obj = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Obj))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      if (!VD->getType()->isReferenceType() && !VD->getType()->isPointerType()) return Out;
  for (const CXXMethodDecl *O : Idx.overriders(MD))
    if (!llvm::is_contained(Out, O)) Out.push_back(O);
  return Out;
}

} // namespace backdoor
