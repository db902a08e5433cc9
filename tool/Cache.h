//===--- Cache.h - results of unchanged translation units -------*- C++ -*-===//
//
// A second scan of an unchanged tree reuses results. An entry is keyed by the
// tool binary, the catalog, the options, the compile command and the main
// file's contents; it records every file the unit included (from the
// compiler's own dependency output, -MD) with a hash of its contents, and is
// served only while all of them are unchanged. Entries are written to a
// temporary name and renamed, so concurrent runs never see half an entry.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_CACHE_H
#define BACKDOOR_TOOL_CACHE_H

#include "report/Finding.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
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

class ResultCache {
public:
  /// Dir empty: disabled. Salt: what else decides the results (tool binary,
  /// catalog, options), hashed by the caller.
  ResultCache(std::string Dir, std::string Salt) : Dir(std::move(Dir)), Salt(std::move(Salt)) {}
  bool enabled() const { return !Dir.empty(); }

  /// The key of a unit, or nothing when its main file cannot be read.
  std::optional<std::string> key(const std::vector<std::string> &CommandLine,
                                 llvm::StringRef Directory, llvm::StringRef File) const;
  /// A still-valid entry.
  std::optional<CachedResult> lookup(llvm::StringRef Key) const;
  /// Stores results with the dependencies listed in a make-style depfile
  /// (relative paths are relative to the compile command's Directory).
  void store(llvm::StringRef Key, llvm::StringRef DepFile, llvm::StringRef Directory,
             const CachedResult &R) const;

  /// $BACKDOOR_SCAN_CACHE, $XDG_CACHE_HOME/backdoor-scan or ~/.cache/backdoor-scan.
  static std::string defaultDir();
  /// A hash of a file's contents (hex), or nothing if it cannot be read.
  static std::optional<std::string> fileHash(llvm::StringRef Path);
  /// The files a make-style dependency file lists.
  static std::vector<std::string> parseDepFile(llvm::StringRef Text);

private:
  std::string entryPath(llvm::StringRef Key) const;
  std::string Dir, Salt;
};

} // namespace backdoor

#endif
