//===--- Cache.h - results of unchanged translation units -------*- C++ -*-===//
//
// A second scan of an unchanged tree reuses results. The cache must never
// serve a result that a fresh scan would not give, so:
//
//  - an entry's key is a SHA-256 over everything that decides the result
//    before the unit is parsed: the tool (the build ids of this binary and of
//    every library it loaded), the catalog documents the loader read (name
//    and exact text, any extension), the options, the environment variables
//    that move the include search, the main file's name and contents, EVERY
//    compile command of the file, and the effective clang-tidy configuration
//    for the file (.clang-tidy files, ExtraArgs, CheckOptions, IgnoredPaths);
//  - the entry records what the compiler read while parsing: each file with a
//    SHA-256 of the exact contents it parsed, and each place the include
//    search looked before it found a header (with whether a file was there):
//    it is served only while every file has the same contents and no header
//    appeared, or disappeared, where the search would now find it first;
//  - the entry carries its key and a SHA-256 check over key and contents; an
//    entry that does not parse, is truncated, was edited, or was stored under
//    another key's name is rejected (with a warning) and the unit rescanned.
//
// Entries are written to a temporary name and renamed, so concurrent runs
// never see half an entry. The check detects corruption and naive injection;
// it is not a signature: whoever can write the cache directory can forge an
// entry, so a gate must not share its cache with runs of untrusted code.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_CACHE_H
#define BACKDOOR_TOOL_CACHE_H

#include "report/Finding.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace backdoor {

struct CachedResult {
  std::vector<Finding> Findings;
  std::vector<ToolError> Errors;
  /// The unit's facts for the link step (an extra `facts` member), if any.
  std::optional<llvm::json::Value> Facts;
};

/// What a unit read while it was parsed, recorded by the scanning worker.
struct UnitInputs {
  /// Absolute path -> SHA-256 (hex) of the contents the compiler parsed.
  std::map<std::string, std::string> Files;
  /// A path the include search tried before its hit (or for a header it did
  /// not find) -> whether a file was there.
  std::map<std::string, bool> Probes;
};
llvm::json::Value toJson(const UnitInputs &In);
/// Strict: false with \p Why for anything but what toJson writes.
bool fromJson(const llvm::json::Value &V, UnitInputs &In, std::string &Why);

class ResultCache {
public:
  /// Dir empty: disabled. Salt: what decides every unit's result (tool,
  /// catalog, options), see toolIdentity() and the CLI.
  ResultCache(std::string Dir, std::string Salt) : Dir(std::move(Dir)), Salt(std::move(Salt)) {}
  bool enabled() const { return !Dir.empty(); }

  /// The key of a unit: the salt, the file's name and contents, every one of
  /// its compile commands and \p Config (its effective configuration, as
  /// text); nothing when the main file cannot be read.
  std::optional<std::string> key(llvm::StringRef File,
                                 const std::vector<clang::tooling::CompileCommand> &Commands,
                                 llvm::StringRef Config) const;
  /// A still-valid entry. An entry that exists but is malformed, truncated or
  /// fails its check is rejected, with the reason in \p Rejected.
  std::optional<CachedResult> lookup(llvm::StringRef Key, std::string *Rejected = nullptr) const;
  /// Stores results with what the unit read.
  void store(llvm::StringRef Key, const UnitInputs &In, const CachedResult &R) const;

  /// The text of an entry, and its strict reader (exposed for tests and fuzzing).
  static std::string entryText(llvm::StringRef Key, const UnitInputs &In, const CachedResult &R);
  static bool parseEntry(llvm::StringRef Key, llvm::StringRef Text, UnitInputs &In, CachedResult &R,
                         std::string &Why);
  /// Whether every input is as recorded; \p Why names the first that is not.
  bool unchanged(const UnitInputs &In, std::string &Why) const;

  /// $BACKDOOR_SCAN_CACHE, $XDG_CACHE_HOME/backdoor-scan or ~/.cache/backdoor-scan.
  static std::string defaultDir();
  /// SHA-256 (hex) of bytes, and of a file's contents (nothing if unreadable).
  static std::string sha256(llvm::StringRef Data);
  static std::optional<std::string> fileHash(llvm::StringRef Path);
  /// This program, by the build ids of the executable and of every shared
  /// library loaded (a file's SHA-256 where one has no build id).
  static std::string toolIdentity();
  std::string entryPath(llvm::StringRef Key) const;

private:
  std::string Dir, Salt;
  /// Contents hashed during this run: units share most of their headers.
  mutable std::mutex HashMutex;
  mutable std::map<std::string, std::optional<std::string>> Hashes;
};

} // namespace backdoor

#endif
