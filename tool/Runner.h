//===--- Runner.h - scan translation units through clang-tidy ---*- C++ -*-===//
//
// The CLI runs the same checks as the plugin through clang-tidy's library
// entry point (runClangTidy), one forked worker per translation unit: a unit
// that crashes the front end is a tool error for that unit alone, and the
// other units finish and are reported.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_RUNNER_H
#define BACKDOOR_TOOL_RUNNER_H

#include "report/Emitters.h"
#include "Sanitize.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <string>
#include <vector>

namespace backdoor {

struct RunOptions {
  std::string Checks = "backdoor-*";
  std::string RulesDirs; // extra catalog directories, ';'-separated
  std::string Config;    // clang-tidy -config text; else .clang-tidy files apply
  unsigned Jobs = 1;
  bool Progress = false;
  std::string CacheDir;  // empty: no cache
  std::string CacheSalt; // the tool binary, catalog and options, hashed
  /// Workers export their unit's facts for the link step (tool/Link.h).
  bool Facts = true;
};

/// Scans every file, Jobs at a time, and fills Out.
void runScan(const clang::tooling::CompilationDatabase &DB,
             const std::vector<std::string> &Files, const RunOptions &Opts, Report &Out);

} // namespace backdoor

#endif
