//===--- Credentials.h - magic credentials and secret literals --*- C++ -*-===//
//
// backdoor-magic-credential, the comparison half: an authentication decision
// that accepts a literal. A password, token, PIN (or its hash) compared with
// a constant is a finding wherever it is compared; a username compared with a
// constant is a finding when the matching branch grants something (returns
// true or 1, sets an "authenticated"/"admin" flag, calls a grant function).
// Names are the catalog's patterns (password-name, token-name, username-name,
// grant-name).
//
// backdoor-secret-literal: a high-entropy literal bound to a secret-looking
// name (variable, field, macro, map key) even where no API use is proven.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CREDENTIALS_H
#define BACKDOOR_CREDENTIALS_H

#include "core/AstUtil.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclObjC.h"

namespace backdoor {

/// Magic-credential candidates of one function definition (its comparisons,
/// conditions, returns and switches), computed once.
const std::vector<Candidate> &credentialsOfFunction(AnalysisSession &S,
                                                    const clang::FunctionDecl *FD);
/// The same for an Objective-C method ([password isEqualToString:@"..."]).
const std::vector<Candidate> &credentialsOfObjCMethod(AnalysisSession &S,
                                                      const clang::ObjCMethodDecl *MD);

struct EntropyOptions {
  double MinEntropy = 3.0; // bits per character of hex/base64-looking text
  unsigned MinLength = 16; // characters (strings) or bytes (arrays)
};

/// Shannon entropy in bits per character.
double shannonEntropy(llvm::StringRef S);
/// Why a literal looks like a secret value, or empty: hex or base64-like
/// text, or a byte array of a key length, with enough entropy; not a UUID,
/// a format string, a message, a path or a URL.
std::string secretLiteralReason(llvm::StringRef Bytes, bool IsString, const EntropyOptions &O);

} // namespace backdoor

#endif
