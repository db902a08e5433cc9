//===--- Finding.h - the report model    --------------------------*- C++ -*-===//
//
// A Finding is the plain data the CLI collects from clang-tidy's diagnostics
// and hands to the emitters; it carries no Clang types, so every stage after
// the scan (suppressions, baseline, diff, emitters) is testable alone.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_REPORT_FINDING_H
#define BACKDOOR_REPORT_FINDING_H

#include <string>
#include <vector>

namespace backdoor {

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
  std::string SourceLine;  // the text of the primary line, for text output and fingerprints
  bool Suppressed = false; // by an in-source suppression with a reason
  std::string Justification;
  // clang-tidy's NOLINT machinery hid it (the CLI keeps such findings, so the
  // gate can require a reason and keep them in JSON and SARIF).
  bool HiddenByNolint = false;
  // Found by the CLI's link step: the path crosses translation units, so the
  // clang-tidy plugin (one unit at a time) cannot report it.
  bool CrossUnit = false;
  // Why the tool is unsure of it (a value of unknown origin, a library it
  // does not model), or empty; such a finding's precision is low, whatever
  // its rule's (findingPrecision in report/Emitters.h).
  std::string Uncertainty;
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
