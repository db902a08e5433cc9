//===--- Tls.h - TLS configuration: strings and API settings ----*- C++ -*-===//
//
// Parsers that read configuration strings the way the library does:
// OpenSSL cipher lists (ALL, DEFAULT, HIGH, EXPORT, eNULL, aNULL, RC4, ...,
// with !, -, +, @STRENGTH, @SECLEVEL=n and A+B intersections) against the
// catalog's suite table, and GnuTLS priority strings (NORMAL, LEGACY, NONE,
// +VERS-SSL3.0, +ARCFOUR-128, %UNSAFE_RENEGOTIATION, ...). And the analysis of
// TLS API calls for backdoor-tls-verify-disabled and backdoor-weak-tls.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TLS_H
#define BACKDOOR_TLS_H

#include "catalog/Catalog.h"
#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprObjC.h"
#include <optional>

namespace backdoor {

struct CipherStringResult {
  std::vector<const TlsSuite *> Enabled; // in the order OpenSSL would use them
  std::optional<int> SecLevel;           // from @SECLEVEL=n
  std::vector<std::string> Unknown;      // words that name nothing
};

/// Evaluates an OpenSSL cipher list over the catalog's suites.
CipherStringResult parseCipherString(llvm::StringRef S, const Catalog &Cat);
/// Why a suite is weak ("RC4", "export-grade", "NULL encryption", ...), or "".
std::string weakSuiteReason(const TlsSuite &T);

/// The weak elements a GnuTLS priority string leaves enabled.
std::vector<std::string> weakPriorityElements(llvm::StringRef S);

/// The backdoor-weak-tls messages of an OpenSSL cipher list: its weak
/// suites, a security level of 1 or 0 (none when it is sound).
std::vector<std::string> weakCipherListMessages(llvm::StringRef S, const Catalog &Cat);
/// The backdoor-weak-tls message of a GnuTLS priority string, or "".
std::string weakPriorityMessage(llvm::StringRef S);

/// "A, B, C and 4 more".
std::string listSome(const std::vector<std::string> &Items, size_t Max = 5);

/// Candidates of both TLS rules for a call (memoized in the session).
const std::vector<Candidate> &tlsOfCall(AnalysisSession &S, const clang::CallExpr *CE);
/// An override of a modelled virtual method (Botan TLS::Policy, TLS::Callbacks).
const std::vector<Candidate> &tlsOfOverride(AnalysisSession &S, const clang::CXXMethodDecl *MD);
const std::vector<Candidate> &tlsOfConstruct(AnalysisSession &S, const clang::CXXConstructExpr *CE);
/// An Objective-C message send: a credential made from a server trust
/// (+[NSURLCredential credentialForTrust:]) that nothing in the enclosing
/// method or function evaluates, which accepts any certificate.
const std::vector<Candidate> &tlsOfMessage(AnalysisSession &S, const clang::ObjCMessageExpr *ME);

} // namespace backdoor

#endif
