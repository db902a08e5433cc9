//===--- Guards.h - settings chosen at run time ------------------*- C++ -*-===//
//
// Whether a statement runs because of a choice made at run time: it lies in
// an arm of an if/else, a case of a switch, an arm of ?: or the right side of
// && / || whose condition reads data the build does not fix (a configuration
// field, an API parameter, an option variable, an environment lookup). Such a
// setting is the user's or the caller's choice (curl's --insecure, a server's
// `verify = none`), not one compiled into the program; a condition the build
// fixes (`if (1)`, a macro, a constant variable) is no choice. A condition that
// tests the outcome of a cryptographic or TLS call (a fallback when loading the
// CA file fails) is not a choice either: the program fails open by itself,
// whatever an outer arm chose (verification asked for, then a fallback).
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_GUARDS_H
#define BACKDOOR_GUARDS_H

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include <string>
#include <vector>

namespace backdoor {

class AnalysisSession;

/// The run-time condition that decides whether \p S runs within its
/// function, or null when it runs unconditionally or only under conditions
/// the build fixes. A test of \p Handle, the object the statement configures
/// (`if (c != NULL) curl_easy_setopt(c, ...)`: did creating it work), is no
/// choice.
const clang::Expr *runTimeChoice(AnalysisSession &Session, const clang::Stmt *S,
                                 const clang::ValueDecl *Handle = nullptr);

/// Does the condition \p Cond read data only known at run time (and test no
/// cryptographic or TLS call's outcome)? Reads of \p Handle do not count.
bool isRunTimeCondition(AnalysisSession &Session, const clang::Expr *Cond,
                        const clang::ValueDecl *Handle = nullptr);

/// The string constants \p Use cannot hold where it is: the branches around
/// it run only when it differs from them (`if (strcmp(o->cipher, "BF-CBC") ==
/// 0) {...} else use(o->cipher);`, `strcmp(x, "none") && use(x)`).
std::vector<std::string> stringsRuledOut(AnalysisSession &Session, const clang::Expr *Use);

/// Does the call \p CE verify a credential, a signature or a certificate? A
/// library call whose result is a verification outcome (catalog
/// `verify-result`), a function named for it (`verify-call-name`), or a
/// function of the unit whose body does either or compares a password
/// (`check_login(user, pass)` comparing `pass` with the stored one).
bool isVerificationCall(AnalysisSession &Session, const clang::CallExpr *CE);

/// A comparison (a `compare:` model: memcmp, CRYPTO_memcmp, strcmp) that
/// checks a credential in place: a value named like a MAC or tag compared
/// with the one received (`CRYPTO_memcmp(mac, tag, 32)`), or a password (or a
/// digest of one, `password_digest_`) compared with what is not a literal
/// (`strcmp(password, potd)`). A literal password is magic-credential's.
bool verifyingComparison(AnalysisSession &Session, const clang::CallExpr *CE);

/// \p D is a global the unit declares `extern` without defining it, and
/// only assigns, never reads (a flag `g_diag_unlocked = 1` another unit
/// defines and tests): what setting it does is decided in that unit.
bool onlySetGlobalOfOtherUnit(AnalysisSession &S, const clang::ValueDecl *D);

} // namespace backdoor

#endif
