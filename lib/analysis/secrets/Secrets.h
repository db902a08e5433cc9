//===--- Secrets.h - constant secrets reaching crypto APIs ------*- C++ -*-===//
//
// For a call (or constructor) of a modelled API, asks the provenance analysis
// where the data of each secret parameter comes from (key, private-key,
// hex-key, key-handle, iv, nonce, salt, password) and produces candidates for
// backdoor-hardcoded-key, backdoor-known-key, backdoor-hardcoded-iv and the
// API half of backdoor-magic-credential, each with notes from the constant's
// definition to the use.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_SECRETS_H
#define BACKDOOR_SECRETS_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/ExprCXX.h"

namespace backdoor {

const std::vector<Candidate> &secretsOfCall(AnalysisSession &S, const clang::CallExpr *CE);
const std::vector<Candidate> &secretsOfConstruct(AnalysisSession &S,
                                                 const clang::CXXConstructExpr *CE);
/// The value of a key/value parameter struct's initializer (OSSL_PARAM)
/// whose key names a secret role (`param-keys`: key, secret, pass, salt, iv).
const std::vector<Candidate> &secretsOfParamStruct(AnalysisSession &S,
                                                   const clang::InitListExpr *IL);

/// Why bytes are a key anyone knows, or empty: all zero, one repeated byte,
/// an ascending sequence, or a key of the catalog's known-keys list.
std::string knownKeyReason(llvm::StringRef Bytes, const Catalog &Cat);

/// The rule and message of a constant reaching a secret parameter of
/// \p Callee: what the per-unit analysis reports, and what the CLI's link
/// step reports when the constant is defined in another translation unit.
/// Empty Rule when the role is not a secret one or the constant is no secret
/// (empty bytes, a CryptoAPI public key blob).
struct SecretFinding {
  std::string Rule, Message;
};
SecretFinding secretRoleFinding(ParamRole Role, llvm::StringRef Name, bool Transformed,
                                bool Clearing, const std::optional<std::string> &Bytes,
                                llvm::StringRef Callee, const Catalog &Cat);

} // namespace backdoor

#endif
