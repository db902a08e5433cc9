//===--- Gate.h - the pull-request gate: suppressions, baseline, diff -----===//
//
// Stages of the CLI's outer loop after the scan, each a function over the
// plain Report (no Clang types), in this order:
//   1. in-source suppressions `// backdoor-scan: allow <rule>[, <rule>] -- <reason>`
//      on the finding's line or the line above, and clang-tidy's NOLINT forms
//      with a reason after them: a suppressed finding stays in
//      JSON and SARIF (with its reason) but neither prints nor fails the gate;
//      a suppression without a reason suppresses nothing and is reported, and
//      so is one that matches no finding;
//   2. the baseline: findings keyed by rule, repository-relative path and a
//      fingerprint of the normalized source line (no line numbers), so edits
//      elsewhere in a file do not make an old finding new; entries that match
//      nothing any more are reported as stale;
//   3. the diff filter: only findings whose line, or a line of whose flow, was
//      added or changed since a git revision.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_GATE_H
#define BACKDOOR_TOOL_GATE_H

#include "report/Emitters.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace backdoor {

/// A problem of the gate's own input, reported as `file:line:col: warning:`.
struct GateWarning {
  Location Loc;
  std::string Message;
};

struct GateStats {
  unsigned Suppressed = 0, InBaseline = 0, OutsideDiff = 0, Stale = 0;
  /// Rules a configuration turned off for scanned files (IgnoredPaths).
  unsigned ConfigSuppressed = 0;
  /// .clang-tidy files whose HeaderFilterRegex narrowed the project's headers.
  unsigned HeadersNarrowed = 0;
  std::vector<GateWarning> Warnings;
};

/// The top of the git work tree that contains \p Dir, or empty.
std::string gitTopLevel(llvm::StringRef Dir);

/// Stage 1. \p MainFiles are the scanned files, searched for suppressions
/// that match no finding; only those naming one of \p RulesRun are reported.
/// A finding clang-tidy's NOLINT hid stays suppressed when the directive
/// gives a reason (`NOLINT(backdoor-x): reason`) and is reported otherwise.
/// A finding that did not come through clang-tidy (a cross-unit finding of
/// the link step) is suppressed by a NOLINT comment the same way.
/// \p ReportUnused false leaves out the suppressions that match nothing: a
/// shard cannot tell (a cross-unit finding that needs another shard's units
/// may use them), and `merge` re-links only the cross-unit findings.
void applySuppressions(Report &R, const std::vector<std::string> &MainFiles,
                       const std::set<std::string> &RulesRun, GateStats &G,
                       bool ReportUnused = true);

/// The baseline file: sorted JSON, one entry per finding that is not suppressed.
std::string baselineText(const Report &R, llvm::StringRef Root);
/// Stage 2: removes findings the baseline holds; false with \p Error when the
/// file cannot be read.
bool applyBaseline(Report &R, llvm::StringRef Root, llvm::StringRef Text, llvm::StringRef Name,
                   GateStats &G, std::string &Error);

/// Lines added or changed since \p Base, by repository-relative path (git
/// diff -M --unified=0, renames followed).
bool changedLines(llvm::StringRef Root, llvm::StringRef Base,
                  std::map<std::string, std::set<unsigned>> &Out, std::string &Error);
/// Parses `git diff --unified=0` output (exposed for tests).
void parseUnifiedDiff(llvm::StringRef Diff, std::map<std::string, std::set<unsigned>> &Out);
/// The repository-relative paths git tracks in the work tree at \p Root.
bool trackedFiles(llvm::StringRef Root, std::set<std::string> &Out, std::string &Error);
/// Stage 3: keeps findings on changed lines or whose flow passes through one.
/// With \p Untracked, every line of those files (absolute paths: the
/// database's files that git does not track, generated sources among them)
/// counts as changed.
void applyDiff(Report &R, llvm::StringRef Root,
               const std::map<std::string, std::set<unsigned>> &Changed, GateStats &G,
               const std::set<std::string> &Untracked = {});

/// A rule that a configuration (a .clang-tidy's `<rule>.IgnoredPaths`)
/// turned off for a scanned file: it hides the rule's findings there as a
/// suppression would, but without a reason or a trace in the code. With
/// \c HeaderFilter, a .clang-tidy's `HeaderFilterRegex` that replaced the
/// CLI's default (every header of the scanned tree): it hides the findings of
/// the project's headers it does not match, every rule's (Rule is empty).
struct ConfigSuppression {
  std::string Rule, Pattern, Source, File;
  bool HeaderFilter = false;
};
/// Reports each (rule, pattern, source) once, as a warning that becomes a
/// SARIF notification, and counts them in the gate's summary.
void reportConfigSuppressions(const std::vector<ConfigSuppression> &S, GateStats &G);

/// The closing paragraph: new findings by severity, baseline, suppressed,
/// outside the diff, stale entries, errors.
std::string gateSummary(const Report &R, const Catalog &Cat, const GateStats &G);

} // namespace backdoor

#endif
