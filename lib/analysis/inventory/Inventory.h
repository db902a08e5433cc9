//===--- Inventory.h - the cryptography inventory ----------------*- C++ -*-===//
//
// Records every use of cryptography one call to a modelled API makes, not only
// the weak ones: the algorithms its arguments select or its model implies
// (with mode, key size, curve, padding and the security context), the TLS
// protocol configuration of cipher lists, priority strings, group lists and
// versions, the password-hashing work factors, the keys it takes (type, size,
// format, whether the source holds them; never their bytes), and the X.509
// certificates held as constants (at certificate parameters, and where PEM
// literals and DER arrays of the main file define them: Certificate.h;
// fields, never bytes). Each record is a
// candidate of backdoor-crypto-inventory whose message is "crypto asset "
// followed by one JSON object; the CLI collects them into the CycloneDX CBOM
// (report/Cbom.h). backdoor-quantum-vulnerable candidates mark the uses of
// RSA, DSA, Diffie-Hellman and elliptic-curve cryptography.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_INVENTORY_H
#define BACKDOOR_INVENTORY_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/Expr.h"

namespace backdoor {

/// The prefix of every inventory record's message.
constexpr const char *InventoryPrefix = "crypto asset ";

/// Candidates of the inventory family for a call (memoized in the session).
const std::vector<Candidate> &inventoryOfCall(AnalysisSession &S, const clang::CallExpr *CE);

/// The certificates (PEM text, DER bytes) a string literal or a constant byte
/// array initializer \p E of the main file holds, recorded where they are
/// defined; \p Holder is the variable or field it initializes, if any.
/// A cheap test, before any analysis, whether \p E may be such a definition.
bool mayDefineCertificate(const clang::Expr *E);
const std::vector<Candidate> &inventoryOfDefinition(AnalysisSession &S, const clang::Expr *E,
                                                    const clang::NamedDecl *Holder);

} // namespace backdoor

#endif
