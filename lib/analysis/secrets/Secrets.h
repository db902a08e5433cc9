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

/// Why bytes are a key anyone knows, or empty: all zero, one repeated byte,
/// an ascending sequence, or a key of the catalog's known-keys list.
std::string knownKeyReason(llvm::StringRef Bytes, const Catalog &Cat);

} // namespace backdoor

#endif
