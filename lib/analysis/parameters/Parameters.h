//===--- Parameters.h - rigged cryptographic parameters ---------*- C++ -*-===//
//
// Parameters someone may have chosen to hold a trapdoor: Diffie-Hellman
// moduli that are not one of the standard groups (tested for primality and
// safe-primality), custom elliptic curves and generators, Dual_EC_DRBG and its
// points, RSA public exponents 1 and 3 with raw RSA, and random generators
// seeded with constants or with entropy callbacks that return no entropy.
// The standard groups, named curves and Dual_EC points are catalog data
// (rules/parameters.yaml).
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_ANALYSIS_PARAMETERS_H
#define BACKDOOR_ANALYSIS_PARAMETERS_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/APInt.h"
#include <optional>

namespace backdoor {


const std::vector<Candidate> &parametersOfCall(AnalysisSession &S, const clang::CallExpr *CE);
const std::vector<Candidate> &parametersOfConstruct(AnalysisSession &S,
                                                const clang::CXXConstructExpr *CE);
/// OpenSSL 1.0 struct fields assigned a modulus (dh->p = ...).
const std::vector<Candidate> &parametersOfAssign(AnalysisSession &S, const clang::BinaryOperator *BO);
/// Dual_EC_DRBG points and names in a string literal or a constant byte array.
const std::vector<Candidate> &parametersOfLiteral(AnalysisSession &S, const clang::Expr *E);

/// A big number from the bytes of a constant: hexadecimal text ("0x..",
/// "..h", with spaces or colons), decimal text, or raw big-endian bytes.
std::optional<llvm::APInt> parseBigNumber(llvm::StringRef Bytes);
/// Miller-Rabin with fixed bases after trial division; exact for the
/// composites it rejects, "probably prime" otherwise.
bool probablyPrime(const llvm::APInt &N, unsigned Rounds = 8);
/// Lower-case hexadecimal without leading zeros.
std::string toHex(const llvm::APInt &N);

} // namespace backdoor

#endif
