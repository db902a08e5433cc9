//===--- CallSite.h - one call as every analysis sees it --------*- C++ -*-===//
//
// The core's one vocabulary for calls: a CallSite is a call, construction or
// Objective-C message send with its callee, its catalog model
// (UnitIndex::model, the one lookup; by selector for a message), its
// arguments, the object of a member call (a message's receiver), and the
// name messages show (calleeName, the one spelling). A
// model's `when: {arg, is}` clauses are evaluated by whenHolds, the one
// evaluator, whichever part of a model they guard (a parameter's role, a key
// source, a sink).
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CORE_CALLSITE_H
#define BACKDOOR_CORE_CALLSITE_H

#include "catalog/Catalog.h"
#include "core/Values.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace backdoor {

class AnalysisSession;
class UnitIndex;

struct CallSite {
  /// The call or construction.
  const clang::Expr *E = nullptr;
  /// The function or constructor called (null for a call through a pointer
  /// and for a message send).
  const clang::FunctionDecl *Callee = nullptr;
  /// The method a message send calls, when its declaration is known.
  const clang::ObjCMethodDecl *Method = nullptr;
  /// The catalog model, or null.
  const FunctionModel *Model = nullptr;
  /// The arguments as Clang numbers them: an overloaded operator that is a
  /// method has its object first, as the catalog's positions count them.
  llvm::SmallVector<const clang::Expr *, 6> Args;
  /// The object a member function is called on (an overloaded operator's
  /// first argument when it is a method; a message's instance receiver), or
  /// null.
  const clang::Expr *Object = nullptr;
  /// The callee as messages show it (see calleeName).
  std::string Name;

  /// The parameter model of argument I (by position, or by the callee's
  /// name for it), or null.
  const ParamModel *param(unsigned I) const;
  /// A `when: {arg: Arg, is: Is}` clause holds here (see whenHolds).
  bool when(ValueResolver &V, int Arg, const std::vector<std::string> &Is) const;
};

/// The call site of a call or a construction.
CallSite callSite(AnalysisSession &S, const clang::CallExpr *CE);
CallSite callSite(AnalysisSession &S, const clang::CXXConstructExpr *CE);
/// The call site of an Objective-C message send: its model by selector and
/// receiver class, its arguments (the selector's, in order), the instance
/// receiver as the object, the selector as its name. The message needs no
/// more of the session than its index.
CallSite callSite(AnalysisSession &S, const clang::ObjCMessageExpr *ME);
CallSite callSite(const UnitIndex &Idx, const clang::ObjCMessageExpr *ME);

/// The function or constructor a call or construction names, as messages
/// show it: the catalog's macro name when a modelled macro expands to the
/// call, "Class" for a constructor or a function object's call (engine(),
/// dist(engine)), "Class::method" for a method, the function's name
/// otherwise, the selector of a message send ("credentialForTrust:"); ""
/// for anything else.
std::string calleeName(AnalysisSession &S, const clang::Expr *E);

/// The one evaluator of a model's `when: {arg, is}` clause: true without a
/// clause (\p Arg < 0); false when the call has no argument \p Arg; else
/// whether that argument names one of \p Is (ValueResolver::namesOneOf: an
/// enumerator, variable or field, a macro it is spelled with, or a string it
/// holds).
bool whenHolds(ValueResolver &V, llvm::ArrayRef<const clang::Expr *> Args, int Arg,
               const std::vector<std::string> &Is);

/// The model of argument \p I of a call of \p FD: the first of the models
/// of that position whose `when` clause holds here
/// (`psa_key_derivation_input_bytes`' data is a key after
/// PSA_KEY_DERIVATION_INPUT_SECRET, a salt after ..._SALT); for the value
/// of a call that binds a value to a named key (`param-value` beside
/// `param-key`: `OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
/// salt, n)`, `OSSL_PARAM_construct_uint("iter", &iter)`), the role the
/// catalog's `param-keys` give that key, or null when the key names none.
const ParamModel *paramAt(ValueResolver &V, const Catalog &Cat, const FunctionModel &M,
                          const clang::FunctionDecl *FD, llvm::ArrayRef<const clang::Expr *> Args,
                          unsigned I);

/// For an initializer of a key/value parameter struct (the catalog's
/// `param-structs`: `{OSSL_KDF_PARAM_SALT, OSSL_PARAM_OCTET_STRING, salt, n,
/// 0}`, what OpenSSL's OSSL_PARAM_octet_string macro writes): each model of
/// `param-keys` its key names, with the value's initializer.
void paramStructKeys(ValueResolver &V, const Catalog &Cat, const clang::InitListExpr *IL,
                     llvm::function_ref<void(const ParamKeyModel &, const clang::Expr *)> Each);

/// The same as paramAt for the value of such an initializer: the role
/// `param-keys` give its key (the first that names one), with \p ValueInit
/// set to the value's initializer; null when \p IL is of no modelled type
/// or its key names none.
const ParamModel *paramStructValue(ValueResolver &V, const Catalog &Cat,
                                   const clang::InitListExpr *IL, const clang::Expr *&ValueInit);

} // namespace backdoor

#endif
