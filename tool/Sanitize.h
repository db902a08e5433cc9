//===--- Sanitize.h - compile commands are data ----------------*- C++ -*-===//
//
// A compile database comes with the code under review, so it is untrusted,
// and so are a `.clang-tidy`'s ExtraArgs and ExtraArgsBefore. Nothing in them
// is run: a command keeps only the flags that change how a file parses
// (include paths and files, macros, language and standard, target and ABI,
// the -f/-m options with a meaning for the source), recognised with the
// driver's own option table in every spelling it accepts, including those
// passed through -Xclang, -Xclang=, -Wp, -Xpreprocessor and clang-cl's
// /clang:. Everything else is dropped, so the in-process driver never runs a
// program (no GPU detection, no -B), loads no plugin and writes no file. The
// scan then writes only where its own options say (-o, --write-baseline,
// --cache-dir) and in a private temporary directory it removes at the end.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TOOL_SANITIZE_H
#define BACKDOOR_TOOL_SANITIZE_H

#include <string>
#include <vector>

namespace backdoor {

/// A flag taken out of a compile command, and why, for the warning. Ordinary
/// build bookkeeping (outputs, dependency files, warnings, optimisation and
/// debug levels, diagnostics formatting, linker flags, -ftime-trace and the
/// like) is dropped without one: every build has it.
struct DroppedFlag {
  std::string Flag; // as the command spells it (untrusted text)
  std::string Kind; // the option, normalised: one warning per kind
  std::string Why;  // "it would ..."
};

/// The command keeping only the flags that change how the file parses, with
/// clang's resource directory and the scan's own flags added. \p Args[0] is
/// the compiler: its name is kept (it selects clang-cl and target prefixes),
/// its directory is LLVM's. CUDA and HIP units are parsed for the host only,
/// without device libraries (and without the HIP runtime when none is
/// installed): nothing looks for a GPU.
std::vector<std::string> sanitizeCommand(const std::vector<std::string> &Args,
                                         std::vector<DroppedFlag> &Dropped);

/// Whether the command builds implicit modules (then the worker points the
/// module cache into its private directory: clang's default is ~/.cache).
bool usesModuleCache(const std::vector<std::string> &Args);

/// The option spellings sanitizeCommand keeps, for the unit tests and the
/// README: each must name an option of this clang's driver table.
std::vector<std::string> keptOptionNames();

/// Whether this clang's driver table has an option spelled \p PrefixedName.
bool driverHasOption(const std::string &PrefixedName);

} // namespace backdoor

#endif
