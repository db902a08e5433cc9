//===--- CallSite.cpp - one call as every analysis sees it ---------------===//
#include "core/CallSite.h"

#include "core/AstUtil.h"
#include "core/Provenance.h"
#include "core/Session.h"

using namespace clang;
using namespace llvm;

namespace backdoor {

const ParamModel *CallSite::param(unsigned I) const {
  return Model ? paramFor(*Model, Callee, I) : nullptr;
}

bool CallSite::when(ValueResolver &V, int Arg, const std::vector<std::string> &Is) const {
  return whenHolds(V, Args, Arg, Is);
}

CallSite callSite(AnalysisSession &S, const CallExpr *CE) {
  CallSite C;
  C.E = CE;
  C.Callee = CE->getDirectCallee();
  C.Model = S.index().model(CE);
  C.Args.assign(CE->arg_begin(), CE->arg_end());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    C.Object = MC->getImplicitObjectArgument();
  else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
    if (isa_and_nonnull<CXXMethodDecl>(C.Callee) && OC->getNumArgs() > 0) C.Object = OC->getArg(0);
  C.Name = calleeName(S, CE);
  return C;
}

CallSite callSite(AnalysisSession &S, const CXXConstructExpr *CE) {
  CallSite C;
  C.E = CE;
  C.Callee = CE->getConstructor();
  C.Model = S.index().model(CE);
  C.Args.assign(CE->arg_begin(), CE->arg_end());
  C.Name = calleeName(S, CE);
  return C;
}

/// A message send as messages show it: its selector.
static std::string selectorName(const ObjCMessageExpr *ME) {
  return ME->getSelector().getAsString();
}

CallSite callSite(const UnitIndex &Idx, const ObjCMessageExpr *ME) {
  CallSite C;
  C.E = ME;
  C.Method = ME->getMethodDecl();
  C.Model = Idx.model(ME);
  C.Args.assign(ME->arg_begin(), ME->arg_end());
  C.Object = ME->getInstanceReceiver();
  C.Name = selectorName(ME);
  return C;
}

CallSite callSite(AnalysisSession &S, const ObjCMessageExpr *ME) { return callSite(S.index(), ME); }

std::string calleeName(AnalysisSession &S, const Expr *E) {
  if (!E) return "";
  if (const auto *ME = dyn_cast<ObjCMessageExpr>(E)) return selectorName(ME);
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    for (StringRef N : S.values().macroNames(CE->getBeginLoc()))
      if (S.catalog().function(N)) return N.str();
    // engine(), dist(engine): the function object's class.
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
      if (OC->getOperator() == OO_Call && OC->getNumArgs() >= 1)
        if (const CXXRecordDecl *RD =
                OC->getArg(0)->getType().getNonReferenceType()->getAsCXXRecordDecl())
          return RD->getNameAsString();
    if (const FunctionDecl *FD = CE->getDirectCallee()) {
      // std::make_unique<T>(...): the construction of T, named as its constructor.
      if (const FunctionModel *M = S.catalog().function(plainQualifiedName(FD));
          M && M->ConstructsTemplateArg)
        if (const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
            TA && TA->size() > 0 && TA->get(0).getKind() == TemplateArgument::Type)
          if (const CXXRecordDecl *RD = TA->get(0).getAsType()->getAsCXXRecordDecl())
            return RD->getNameAsString();
      return displayName(FD);
    }
  }
  if (const auto *CC = dyn_cast<CXXConstructExpr>(E))
    if (CC->getConstructor()) return displayName(CC->getConstructor());
  return "";
}

bool whenHolds(ValueResolver &V, ArrayRef<const Expr *> Args, int Arg,
               const std::vector<std::string> &Is) {
  if (Arg < 0) return true;
  if (unsigned(Arg) >= Args.size() || !Args[Arg]) return false;
  return V.namesOneOf(Args[Arg], Is);
}

const ParamModel *paramAt(ValueResolver &V, const Catalog &Cat, const FunctionModel &M,
                          const FunctionDecl *FD, ArrayRef<const Expr *> Args, unsigned I) {
  std::string Name;
  if (FD && I < FD->getNumParams() && FD->getParamDecl(I)->getDeclName().isIdentifier())
    Name = FD->getParamDecl(I)->getName().str();
  const ParamModel *P = nullptr;
  for (const ParamModel *Alt : M.params(int(I), Name))
    if (whenHolds(V, Args, Alt->WhenArg, Alt->WhenSymbols)) {
      P = Alt;
      break;
    }
  // (None holds: the first, whose clause its caller finds false too.)
  if (!P) P = M.param(int(I), Name);
  // Bytes of a secret are never an enumeration: a model's position names
  // another parameter in a shorter overload (Botan's `get_cipher(algo, key,
  // iv, dir)` beside `get_cipher(algo, key, dir)`, whose third is the
  // direction).
  if (P && FD && I < FD->getNumParams() &&
      FD->getParamDecl(I)->getType().getNonReferenceType()->isEnumeralType() &&
      llvm::is_contained({ParamRole::Key, ParamRole::Iv, ParamRole::Nonce, ParamRole::Salt,
                          ParamRole::Password, ParamRole::Secret, ParamRole::PrivateKey,
                          ParamRole::HexKey, ParamRole::KeyBlob},
                         P->Role))
    return nullptr;
  if (!P || P->Role != ParamRole::ParamValue) return P;
  for (unsigned K = 0; K < Args.size(); ++K) {
    const ParamModel *KP = paramFor(M, FD, K);
    if (!KP || KP->Role != ParamRole::ParamKey || !Args[K]) continue;
    for (const Value &S : V.strings(Args[K]))
      if (const ParamKeyModel *PK = Cat.paramKey(S.S)) return &PK->Value;
  }
  return nullptr;
}

void paramStructKeys(ValueResolver &V, const Catalog &Cat, const InitListExpr *IL,
                     function_ref<void(const ParamKeyModel &, const Expr *)> Each) {
  const auto *RD = IL->getType().getCanonicalType()->getAsRecordDecl();
  if (!RD || !RD->getDeclName().isIdentifier()) return;
  for (const ParamStructModel &PS : Cat.paramStructs()) {
    if (RD->getName() != PS.Type || IL->getNumInits() <= std::max(PS.KeyField, PS.ValueField))
      continue;
    for (const Value &K : V.strings(IL->getInit(PS.KeyField)))
      if (const ParamKeyModel *PK = Cat.paramKey(K.S)) Each(*PK, IL->getInit(PS.ValueField));
  }
}

const ParamModel *paramStructValue(ValueResolver &V, const Catalog &Cat, const InitListExpr *IL,
                                   const Expr *&ValueInit) {
  ValueInit = nullptr;
  const ParamModel *Out = nullptr;
  paramStructKeys(V, Cat, IL, [&](const ParamKeyModel &PK, const Expr *Init) {
    if (Out) return;
    Out = &PK.Value;
    ValueInit = Init;
  });
  return Out;
}

} // namespace backdoor
