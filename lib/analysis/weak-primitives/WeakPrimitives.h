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
/// What an algorithm selected at a use means for the weak-primitive rules:
/// one entry per rule it breaks (a DES-ECB cipher is a weak cipher and ECB).
/// Message is empty for backdoor-short-key, whose check words it with its
/// minimum (shortKeyMessage). \p Implied: the function itself uses the
/// algorithm ("'MD5_Init' uses"), else an argument selects it in \p Role.
/// The per-unit analysis and the link step (cross-unit arguments) share it.
struct AlgVerdict {
  const char *Rule = "";
  std::string Message;
  std::string Context;   // weak hashes: signature, mac, kdf, password-hash
  std::string Algorithm; // key sizes: symmetric, ec, dh, ml-kem...
  unsigned Bits = 0;
  std::string Subject;   // short keys: what was selected
  FamilyStatus Status{}; // ciphers: broken, legacy
};
std::vector<AlgVerdict> algorithmVerdicts(const Catalog &Cat, const AlgSpec &A,
                                          llvm::StringRef Context, bool Implied,
                                          ParamRole Role = ParamRole::None);
/// A parameter role whose argument names an algorithm (cipher, digest,
/// curve, padding, algorithm-name): the algorithms it may be are judged.
bool namesAlgorithm(ParamRole R);
/// The algorithms or modes the option bits of \p Value select for an
/// argument modelled with flags (CCCrypt's kCCOptionECBMode).
std::vector<AlgSpec> flagAlgorithms(const ParamModel &P, int64_t Value);

std::string shortKeyMessage(const Candidate &C, unsigned MinBits);
/// "RSA", "Diffie-Hellman", ... for a key-size claim's algorithm ("rsa", "dh").
std::string keyAlgorithmDisplay(llvm::StringRef Algorithm);

} // namespace backdoor

#endif
