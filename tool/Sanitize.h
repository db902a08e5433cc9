//===--- Sanitize.h - compile commands are data ----------------*- C++ -*-===//
//
// A compile database comes with the code under review, so it is untrusted:
// nothing in it is run, and the flags that would make the in-process compiler
// load code, read files named from outside the tree, or write files are
// dropped before the parse. The scan then writes only where its own options
// say (-o, --write-baseline, --cache-dir) and in a private temporary
// directory it removes at the end.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_SANITIZE_H
#define BACKDOOR_TOOL_SANITIZE_H

#include <string>
#include <vector>

namespace backdoor {

/// A flag taken out of a compile command, and why, for the warning. Ordinary
/// build bookkeeping (dependency files, -ftime-trace, --serialize-diagnostics,
/// the module cache, /Fo) is dropped without one: every build has it.
struct DroppedFlag {
  std::string Flag;
  std::string Why; // "it would ..."
};

/// Drops the flags described above and adds clang's resource directory.
std::vector<std::string> sanitizeCommand(const std::vector<std::string> &Args,
                                         std::vector<DroppedFlag> &Dropped);

/// Whether the command builds implicit modules (then the worker points the
/// module cache into its private directory: clang's default is ~/.cache).
bool usesModuleCache(const std::vector<std::string> &Args);

} // namespace backdoor

#endif
