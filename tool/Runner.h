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
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
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

/// Where a unit's clang-tidy options come from, as the worker reads them:
/// the --config text or the .clang-tidy files above the file, with the check
/// list and catalog directories as overrides. \p FS null: the real one.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
optionsProvider(const RunOptions &Opts, llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

/// Scans every file, Jobs at a time, and fills Out. SIGINT, SIGTERM or SIGHUP
/// during the scan stop the workers, remove the temporary directory and end
/// the process by that signal.
void runScan(const clang::tooling::CompilationDatabase &DB,
             const std::vector<std::string> &Files, const RunOptions &Opts, Report &Out);

} // namespace backdoor

#endif
