//===--- OriginText.h - naming calls, origins and their paths ---*- C++ -*-===//
//
// Helpers the analyses share to turn provenance into a finding: what to call
// a callee or a constant, whether an argument names a symbol, which function
// a callback argument is, and the notes from an origin's definition along its
// path to the use.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_ORIGINTEXT_H
#define BACKDOOR_ORIGINTEXT_H

#include "core/CallSite.h"
#include "core/Candidate.h"
#include "core/Session.h"

namespace backdoor {

/// The generator a predictable value came from (Prov::Predictable): the
/// function, or the engine class of `engine()`.
std::string predictableSourceName(const clang::Expr *Call);

/// The function a callback argument denotes: a function, its address, a
/// function pointer variable assigned one, a lambda (converted or not).
const clang::FunctionDecl *callbackOf(ProvenanceAnalysis &PA, const clang::Expr *E);

/// What to call an origin: its macro, its variable or field, or nothing.
std::string originName(AnalysisSession &S, const Origin &O);

/// Notes from the origin's definition (\p First) along its path, leaving out
/// the finding's own line and repeats.
void addOriginNotes(Candidate &C, const clang::SourceManager &SM, const Origin &O,
                    const char *First);

} // namespace backdoor

#endif
