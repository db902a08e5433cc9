//===--- SExpr.h - libgcrypt S-expression text --------------------------===//
//
// libgcrypt takes keys, key-generation parameters and data as S-expressions
// built from text: gcry_sexp_build(&s, NULL, "(genkey (rsa (nbits 4:1024)))").
// This reads that text (the advanced format, canonical length-prefixed atoms,
// quoted strings, #hex#, |base64|, [display hints] and the format directives
// of gcry_sexp_build) and extracts what the weak-primitive and parameter
// rules judge. Bounded: malformed, too deep or too long text gives nothing.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_ANALYSIS_WEAK_PRIMITIVES_SEXPR_H
#define BACKDOOR_ANALYSIS_WEAK_PRIMITIVES_SEXPR_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace backdoor {

/// One node: an atom (its text; Directive for a %d/%s/%m/... of
/// gcry_sexp_build, whose value is only known at run time) or a list.
struct SExpr {
  bool List = false;
  bool Directive = false;
  std::string Atom;
  std::vector<SExpr> Items;
};

/// Parses one S-expression (the first of the text; what follows is ignored,
/// as libgcrypt does). Nothing when the text is malformed, nests deeper than
/// 64 lists, or holds more than 4096 nodes.
std::optional<SExpr> parseSExpr(llvm::StringRef Text);

/// What a libgcrypt S-expression says about keys and padding.
struct GcrySexpFacts {
  std::string Head;                        // the outer list's name: genkey, public-key, data, ...
  std::string KeyAlgorithm;                // genkey/public-key/private-key: rsa, dsa, elg, ecc, ...
  std::optional<unsigned long long> NBits; // (nbits N)
  std::optional<std::string> RsaUseE;      // (rsa-use-e E), its text
  std::string Curve;                       // (curve NAME)
  std::vector<std::string> Flags;          // every (flags ...) atom, lowercased
  std::vector<std::string> Hashes;         // (hash NAME ...), (hash-algo NAME)
};

/// Nothing when the text does not parse as an S-expression.
std::optional<GcrySexpFacts> gcrySexpFacts(llvm::StringRef Text);

} // namespace backdoor

#endif
