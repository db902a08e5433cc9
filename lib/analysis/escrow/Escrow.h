//===--- Escrow.h - key material leaving the process ------------*- C++ -*-===//
//
// Key escrow paths: key material (generated, derived, exported, random keys
// and TLS secrets; sources are catalog data) that reaches a sink (network,
// log, file, environment, shared memory, a global escrow buffer), a key
// wrapped under a public key compiled into the program, and TLS key-log
// callbacks that write the secrets out. The sinks are asked backwards: for
// each sink call, the provenance analysis says whether the data it sends out
// carries key material, and the path it took there.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_ESCROW_H
#define BACKDOOR_ESCROW_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/ExprCXX.h"
#include <optional>

namespace backdoor {

/// A call that sends data out of the process.
struct SinkUse {
  SinkKind Kind;   // network, log, file, descriptor, environment, shared-memory, global
  std::string Via; // the function, stream or buffer named in messages
  std::vector<const clang::Expr *> Data;
};

/// The sink a call is, if any: modelled sinks, logging functions and
/// macros named like them, std::ostream insertions into a log or file
/// stream, and copies into shared memory or a global escrow buffer.
std::optional<SinkUse> sinkOf(AnalysisSession &S, const clang::CallExpr *CE);

/// backdoor-key-exfiltration's wording (shared with the link step): the key
/// material's source as messages show it (\p What of a Secret origin, the
/// variable \p Named of a random key unless it is the one \p Shown, the
/// function \p From that produced it), and the message for \p Name (may be
/// empty) reaching a sink of \p Kind through \p Via.
std::string keySourceText(llvm::StringRef What, llvm::StringRef Named, llvm::StringRef From,
                          llvm::StringRef Shown);
std::string exfiltrationMessage(llvm::StringRef Name, llvm::StringRef Source, SinkKind Kind,
                                llvm::StringRef Via);

/// backdoor-tls-keylog's wording (shared with the link step): the callback
/// \p Callback registered by \p Registrar writes the secrets to a sink of
/// \p Kind through \p Via.
std::string keylogMessage(llvm::StringRef Callback, llvm::StringRef Registrar, SinkKind Kind,
                          llvm::StringRef Via);

/// Constant bytes that read as a public key (backdoor-escrow-wrap, shared
/// with the link step): PEM or DER text of a public key or certificate, 32
/// bytes or more (a modulus, a key blob), or the head of a DER public key.
bool publicKeyBytes(llvm::StringRef B);

/// backdoor-escrow-wrap's wording (shared with the link step): \p Callee
/// encrypts under the public key \p KeyName (may be empty); with
/// \p Recipients it seals the session key to it, else it encrypts \p Plain
/// (may be empty) whose source is \p Source (may be empty).
std::string escrowWrapMessage(llvm::StringRef Callee, llvm::StringRef KeyName, bool Recipients,
                              llvm::StringRef Plain, llvm::StringRef Source);

/// Findings of backdoor-key-exfiltration, backdoor-escrow-wrap and
/// backdoor-tls-keylog at a call or construction.
/// A variadic function of the project whose body hands its va_list to a
/// sink (vfprintf(stderr, fmt, ap), vsyslog): the sink's kind and name, and
/// that call.
struct VariadicSink {
  SinkKind Kind;
  std::string Via;
  const clang::CallExpr *At;
};
std::optional<VariadicSink> variadicSinkOf(AnalysisSession &S, const clang::FunctionDecl *FD);

const std::vector<Candidate> &escrowOfCall(AnalysisSession &S, const clang::CallExpr *CE);
const std::vector<Candidate> &escrowOfConstruct(AnalysisSession &S,
                                                const clang::CXXConstructExpr *CE);
/// Key material assigned into shared memory or a global escrow buffer.
const std::vector<Candidate> &escrowOfAssign(AnalysisSession &S, const clang::BinaryOperator *BO);
/// An Objective-C message send the catalog models as a sink
/// ([keyData writeToFile:path atomically:YES], [handle writeData:keyData]):
/// its arguments, or with `object: true` its receiver, leave the process.
const std::vector<Candidate> &escrowOfMessage(AnalysisSession &S, const clang::ObjCMessageExpr *ME);

} // namespace backdoor

#endif
