//===--- Hidden.h - input triggers, trusted identities, bombs ---*- C++ -*-===//
//
// Hidden functionality: a value an outsider controls (network input, a
// request field, argv, the environment, the peer's address or certificate,
// the clock) is matched against a constant, and the match alone unlocks
// something dangerous: a command, code evaluation, a library load, a
// privilege change, authentication forced to success, a destructive action.
//
//  - backdoor-input-trigger: untrusted input matched against a constant
//    controls a payload;
//  - backdoor-trusted-identity: access granted because a peer's address,
//    host name, certificate or user id equals a constant;
//  - backdoor-time-bomb: the date, time or uptime compared with a constant
//    controls a payload or a destructive action;
//  - backdoor-build-switch: code the build compiles in under a debug/test/
//    backdoor switch (#ifdef, #if, a configuration field) grants access.
//
// "Controls" is CFG edge dominance: the payload's block is reachable from the
// function's entry only through the edge on which the match holds. Payloads
// in helpers of the unit count through per-function facts (FunctionFacts):
// which payloads a call reaches, which of its parameters reach them, whether
// its result says that a parameter matched a constant. The facts are plain
// data so that a whole-program pass can export and import them later.
//
// Dispatch is not a trigger: a comparison that is one of several on the same
// input (a command loop, an option parser) is a finding only when the branch
// skips an authentication check its siblings perform.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_HIDDEN_H
#define BACKDOOR_HIDDEN_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclObjC.h"

namespace backdoor {

/// A dangerous action a function performs, directly or through helpers.
struct PayloadFact {
  std::string Kind;                // command, eval, load-library, privilege, destructive, ...
  std::string Via;                 // the API called ("system")
  const clang::Expr *At = nullptr; // the call
  std::vector<unsigned> Params;    // parameters of the function that reach its arguments
};

/// A function whose result says that one of its parameters matched a
/// constant (a generic string helper that looks for ":)").
struct MatcherFact {
  /// An Objective-C method that compares its receiver (`[self
  /// isEqualToString:@"..."]` in a category of NSString).
  static constexpr unsigned Receiver = ~0u;
  unsigned Param = 0; // the parameter matched, or Receiver
  std::string Constant, Kind;
  bool TrueIfMatch = true;         // a non-zero result means the parameter matched
  const clang::Expr *At = nullptr; // the (first) comparison
};

struct FunctionFacts {
  std::vector<PayloadFact> Payloads;
  std::vector<MatcherFact> Matchers;
};

/// The facts of a function of the unit (memoized per unit).
/// The wording of a trigger finding (shared with the link step): \p InDesc
/// ("input read by 'recv'") matched against \p Const controls \p What ("reaches
/// 'run' (command execution)"); \p Kind is the payload kind, or "grant".
std::string triggerMessage(llvm::StringRef Rule, llvm::StringRef InDesc, llvm::StringRef Const,
                           llvm::StringRef What, llvm::StringRef Kind);
/// "command execution" for "command", and so on.
std::string payloadDescription(llvm::StringRef Kind);
/// Whether a payload of \p Kind counts for \p Rule when the matched input is
/// of \p InKind (shared with the link step): commands, evaluation, library
/// loads and privileges always; destructive actions and encryption switched
/// off only for time bombs; verification or logging switched off for time
/// bombs and for input a peer sends (not the command line, the environment
/// or a user id, which the operator chooses) when the trigger's own function
/// switches them off, not a helper it calls (\p ThroughHelper: helpers switch
/// verification off on their configuration's say).
bool payloadCounts(llvm::StringRef Rule, llvm::StringRef Kind, llvm::StringRef InKind,
                   bool ThroughHelper = false);
/// Whether a grant (success returned, an authenticated flag set) reached
/// only when input of \p InKind matches counts (shared with the link step):
/// not for the machine's own identity, whose check skipped on one host is
/// backdoor-hidden-bypass's switch (`if (strcmp(hostname, "qa-bench") == 0)
/// return 1;`).
bool grantCounts(llvm::StringRef InKind);
/// The rule of a match of input of \p InKind ("clock": a time bomb, a peer's
/// identity: a trusted identity), else \p Asked.
const char *ruleForInput(llvm::StringRef InKind, const char *Asked);

const FunctionFacts &hiddenFacts(AnalysisSession &S, const clang::FunctionDecl *FD);

/// Findings of the four rules in one function definition of the main file.
const std::vector<Candidate> &hiddenOfFunction(AnalysisSession &S, const clang::FunctionDecl *FD);
/// Findings of the four rules in one Objective-C method definition.
const std::vector<Candidate> &hiddenOfObjCMethod(AnalysisSession &S,
                                                 const clang::ObjCMethodDecl *MD);
/// Findings of the three rules of a trigger (input trigger, trusted
/// identity, time bomb) in a block's body (`^{ ... }`, C or Objective-C):
/// read as a function's. Build switches are the enclosing function's.
const std::vector<Candidate> &hiddenOfBlock(AnalysisSession &S, const clang::BlockDecl *BD);

} // namespace backdoor

#endif
