//===--- Findings.h - the finding model --------------------------*- C++ -*-===//
//
// Two shapes of one finding. A Candidate is what an analysis in lib/ produces
// on the AST: a rule id, a location, a message, notes for related locations
// and flow steps, and the facts that rule options filter on. A Finding is the
// plain data the CLI collects from clang-tidy's diagnostics and hands to the
// emitters; it carries no Clang types so every later stage is testable alone.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_FINDINGS_H
#define BACKDOOR_FINDINGS_H

#include "clang/Basic/SourceLocation.h"
#include <string>
#include <vector>

namespace backdoor {

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
  std::string Status;    // ciphers: broken, legacy
};

struct Location {
  std::string File; // as the compiler saw it (absolute when known)
  unsigned Line = 0, Col = 0;
};

struct FindingNote {
  Location Loc;
  std::string Message;
};

struct Finding {
  std::string Rule;
  Location Loc;
  std::string Message;
  std::vector<FindingNote> Notes;
  std::string SourceLine; // the text of the primary line, for text output and fingerprints
  bool Suppressed = false; // by an in-source suppression with a reason
  std::string Justification;
  // clang-tidy's NOLINT machinery hid it (the CLI keeps such findings, so the
  // gate can require a reason and keep them in JSON and SARIF).
  bool HiddenByNolint = false;
};

/// A problem of the tool, not of the scanned code: a file that does not
/// parse, a crash, a bad compile command.
struct ToolError {
  Location Loc;
  std::string Message;
  std::vector<std::string> Details; // compiler messages
};

} // namespace backdoor

#endif
