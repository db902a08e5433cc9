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

#include "catalog/Catalog.h"
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
const std::vector<Candidate> &parametersOfAssign(AnalysisSession &S,
                                                 const clang::BinaryOperator *BO);
/// Dual_EC_DRBG points and names in a string literal or a constant byte array.
const std::vector<Candidate> &parametersOfLiteral(AnalysisSession &S, const clang::Expr *E);

/// backdoor-constant-seed's messages, shared with the link step: constant
/// data \p Name seeding \p Callee; an entropy function \p Fn handed to
/// \p Callee (a random method's bytes function, with \p Method) that gives
/// no entropy for the reason \p Why (core/Seed.h fakeEntropyReason).
std::string constantSeedMessage(llvm::StringRef Name, llvm::StringRef Callee);
std::string fakeEntropyMessage(llvm::StringRef Fn, llvm::StringRef Callee, llvm::StringRef Why,
                               bool Method);

/// Numbers longer than this are not parsed: building one costs time
/// quadratic in its length (the largest standard group has 8192 bits).
constexpr unsigned MaxBigNumberBits = 65536;
/// Moduli longer than this are not tested for primality: Miller-Rabin costs
/// time cubic in the length (about a second per round at this size, the
/// largest standard group; eight at 16,384 bits, hours at 131,072 bits).
constexpr unsigned MaxPrimalityBits = 8192;

/// A big number from the bytes of a constant: hexadecimal text ("0x..",
/// "..h", with spaces or colons), decimal text, or raw big-endian bytes
/// (always, with \p Raw);
/// nothing above MaxBigNumberBits.
std::optional<llvm::APInt> parseBigNumber(llvm::StringRef Bytes, bool Raw = false);
/// The number of bits of the number parseBigNumber reads from \p Bytes
/// (an upper bound for decimal text), without parsing it.
std::optional<unsigned> bigNumberBits(llvm::StringRef Bytes, bool Raw = false);
/// Miller-Rabin with fixed bases after trial division; exact for the
/// composites it rejects, "probably prime" otherwise.
bool probablyPrime(const llvm::APInt &N, unsigned Rounds = 8);
/// Lower-case hexadecimal without leading zeros.
std::string toHex(const llvm::APInt &N);
/// The backdoor-rigged-parameters message for a Diffie-Hellman modulus
/// (\p What: dhModulusText), or empty: a standard group, under 64 bits, or
/// too large to test here.
std::string dhModulusMessage(const Catalog &Cat, const llvm::APInt &N, llvm::StringRef What);
std::string dhModulusText(unsigned Bits, llvm::StringRef Name, llvm::StringRef Callee);

} // namespace backdoor

#endif
