//===--- WeakPrimitives.h - weak primitive analysis -------------*- C++ -*-===//
//
// Decides, for one call to a modelled crypto API (or one OSSL_PARAM-style
// initializer), which weak primitives it selects: broken or legacy ciphers,
// ECB mode, weak digests in a security context, RSA encryption without OAEP,
// the NULL cipher and short keys. The parameter roles come from the catalog;
// values are followed by the ValueResolver. Produces candidates for every
// rule of the family at once; each check keeps its own.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_WEAKPRIMITIVES_H
#define BACKDOOR_WEAKPRIMITIVES_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace backdoor {


/// Candidates of the weak-primitive family for a call (memoized in the session).
const std::vector<Candidate> &weakPrimitivesOfCall(AnalysisSession &S, const clang::CallExpr *CE);
/// Weak primitives named by the arguments of a modelled constructor.
const std::vector<Candidate> &weakPrimitivesOfConstruct(AnalysisSession &S,
                                                       const clang::CXXConstructExpr *CC);
/// Algorithms and sizes an override of a modelled virtual method returns
/// (a Botan TLS::Policy subclass).
const std::vector<Candidate> &weakPrimitivesOfOverride(AnalysisSession &S,
                                                      const clang::CXXMethodDecl *MD);
/// Candidates for an initializer of a key/value parameter struct (OSSL_PARAM).
const std::vector<Candidate> &weakPrimitivesOfParamStruct(AnalysisSession &S,
                                                         const clang::InitListExpr *IL);

/// The algorithms a class type names through the catalog's `types`
/// (ECB_Mode<DES_EDE3>::Encryption: Triple DES and ECB), and the context its
/// templates give them (`type-contexts`).
struct TypeAlgorithms {
  std::vector<AlgSpec> Specs;
  std::string Context;
};
TypeAlgorithms typeAlgorithms(const Catalog &Cat, clang::QualType T);

/// The message of a short-key candidate against a given minimum.
std::string shortKeyMessage(const Candidate &C, unsigned MinBits);
/// "RSA", "Diffie-Hellman", ... for a key-size claim's algorithm ("rsa", "dh").
std::string keyAlgorithmDisplay(llvm::StringRef Algorithm);

} // namespace backdoor

#endif
