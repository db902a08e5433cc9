//===--- Candidate.h - what an analysis reports --------------------------*- C++ -*-===//
//
// A Candidate is what an analysis produces on the AST: a rule id, a location,
// a message, notes for related locations and flow steps, and the facts that
// rule options filter on. The checks turn candidates into clang-tidy
// diagnostics; the CLI turns those into report/Finding.h's plain data.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CORE_CANDIDATE_H
#define BACKDOOR_CORE_CANDIDATE_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>
#include <vector>

namespace backdoor {

enum class FamilyStatus : uint8_t; // catalog/Catalog.h

struct CandidateNote {
  clang::SourceLocation Loc;
  std::string Message;
};

struct Candidate {
  std::string Rule;
  clang::SourceLocation Loc;
  std::string Message;
  std::vector<CandidateNote> Notes;
  // Facts that rule options decide on.
  std::string Context;   // weak hashes: signature, mac, kdf, password-hash
  std::string Algorithm; // key sizes: rsa, dsa, dh, ec, symmetric
  unsigned Bits = 0;
  std::string Subject;   // what was selected, for messages built late
  FamilyStatus Status{}; // ciphers: broken, legacy
  // Why the analysis is unsure of this finding (a value it could not fully
  // resolve, a library it does not model), or empty. It travels as a note
  // that starts with UnsureNotePrefix; the CLI makes the finding's precision
  // low and can filter it out (--min-precision).
  std::string Unsure;
};

/// The note that carries Candidate::Unsure: "unsure: <reason>".
constexpr llvm::StringLiteral UnsureNotePrefix = "unsure: ";

} // namespace backdoor

#endif
