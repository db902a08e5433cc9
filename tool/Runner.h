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

#include "Sanitize.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "report/Emitters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace backdoor {

struct RunOptions {
  std::string Checks = "backdoor-*";
  std::string RulesDirs; // extra catalog directories, ';'-separated
  std::string Profile;   // policy profile (name or file), "" for default
  std::string Config;    // clang-tidy -config text; else .clang-tidy files apply
  unsigned Jobs = 1;
  bool Progress = false;
  std::string CacheDir;  // empty: no cache
  std::string CacheSalt; // the tool binary, catalog and options, hashed
  /// Per-unit limits of each worker (0: none). CPU seconds: a worker also
  /// stops after twice as many seconds of wall-clock time, plus 30 (a unit blocked on
  /// input uses no CPU). Memory: megabytes of address space (of resident
  /// memory in a build with AddressSanitizer, which reserves terabytes).
  unsigned UnitTimeout = DefaultUnitTimeout;
  unsigned UnitMemoryMB = DefaultUnitMemoryMB;
  static constexpr unsigned DefaultUnitTimeout = 300;
  static constexpr unsigned DefaultUnitMemoryMB = 4096;
  /// The headers whose findings are reported: --header-filter (clang-tidy's
  /// regular expression over the header's name; "" for main files only)
  /// when given, else a configuration's HeaderFilterRegex, else every header
  /// under ScanRoot (an absolute directory) that is not a system header.
  std::optional<std::string> HeaderFilter;
  std::string ScanRoot;
  /// Workers export their unit's facts for the link step (tool/Link.h).
  bool Facts = true;
};

/// Where a unit's clang-tidy options come from, as the worker reads them:
/// the --config text or the .clang-tidy files above the file, with the check
/// list and catalog directories as overrides. \p FS null: the real one.
/// \p AllHeaders: clang-tidy keeps the findings of every header that is not
/// a system header (HeaderFilterRegex '.*'), unless --header-filter is given.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
optionsProvider(const RunOptions &Opts, llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS,
                bool AllHeaders = false);

/// Whether \p Path (absolute), by its real path (itself when it has none),
/// is inside the directory \p RealRoot (a real path, no trailing '/'): the
/// scanned tree whose headers' findings the CLI reports.
bool insideTree(llvm::StringRef Path, llvm::StringRef RealRoot);

/// Whether --header-filter or a configuration for \p File sets a header
/// filter (else the CLI reports the findings of the headers in its ScanRoot).
bool headerFilterSet(clang::tidy::ClangTidyOptionsProvider &Provider, const std::string &File);

/// The flags sanitizeCommand drops from \p File's compile commands, with the
/// extra arguments of the options (.clang-tidy ExtraArgs, ExtraArgsBefore).
std::vector<DroppedFlag> droppedFlags(const clang::tooling::CompilationDatabase &DB,
                                      const std::string &File, const RunOptions &Opts);

/// Scans every file, Jobs at a time, and fills Out. SIGINT, SIGTERM or SIGHUP
/// during the scan stop the workers, remove the temporary directory and end
/// the process by that signal.
void runScan(const clang::tooling::CompilationDatabase &DB, const std::vector<std::string> &Files,
             const RunOptions &Opts, Report &Out);

} // namespace backdoor

#endif
