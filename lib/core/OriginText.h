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

#include "core/Candidate.h"
#include "core/Session.h"

namespace backdoor {

/// The function or constructor a call or construction names, as messages
/// show it (the catalog's macro name when a modelled macro expands to it).
std::string calleeName(AnalysisSession &S, const clang::Expr *E);

/// The generator a predictable value came from (Prov::Predictable): the
/// function, or the engine class of `engine()`.
std::string predictableSourceName(const clang::Expr *Call);

/// The argument names one of the symbols: an enumerator, a macro or a string.
bool argIsOneOf(AnalysisSession &S, const clang::Expr *A, const std::vector<std::string> &Syms);

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
