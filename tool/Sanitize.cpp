//===--- Sanitize.cpp - compile commands are data ------------------------===//
#include "Sanitize.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace backdoor {

namespace {

const char *const Loads = "it would load or read code from outside the scan";
const char *const Reads = "it would make the compiler read a file named from outside the scan";
const char *const Writes = "it would make the compiler write a file outside the scan's output";

/// A flag by spelling: Exact takes \c Values separate arguments; a prefix
/// form carries its value joined.
struct FlagRule {
  StringRef Spelling;
  bool Prefix;
  unsigned Values;
  const char *Why; // nullptr: dropped quietly
};

// The driver's own flags (also what `/clang:` passes through).
const FlagRule DriverRules[] = {
    // Plugins: code loaded into the compiler.
    {"-fplugin=", true, 0, Loads},
    {"-fpass-plugin=", true, 0, Loads},
    {"-fplugin-arg-", true, 0, Loads},
    {"-fplugin", false, 1, Loads},
    {"-fpass-plugin", false, 1, Loads},
    // Files the driver reads for more flags.
    {"--config=", true, 0, Reads},
    {"--config", false, 1, Reads},
    {"--config-system-dir=", true, 0, Reads},
    {"--config-user-dir=", true, 0, Reads},
    {"-ccc-gcc-name", false, 1, Reads},
    {"-ccc-install-dir", false, 1, Reads},
    {"-ccc-objcmt-migrate", false, 1, Writes},
    {"-ccc-arcmt-migrate", false, 1, Writes},
    {"-ccc-", true, 0, Writes},
    // Outputs nobody asked the scan for.
    {"-dependency-dot", false, 1, Writes},
    {"-dependency-file", false, 1, Writes},
    {"-fproc-stat-report=", true, 0, Writes},
    {"-fproc-stat-report", false, 0, Writes},
    // Build bookkeeping: dropped quietly.
    {"-MF", false, 1, nullptr},
    {"-MT", false, 1, nullptr},
    {"-MQ", false, 1, nullptr},
    {"-MJ", false, 1, nullptr},
    {"-MF", true, 0, nullptr},
    {"-MT", true, 0, nullptr},
    {"-MQ", true, 0, nullptr},
    {"-MJ", true, 0, nullptr},
    {"-M", false, 0, nullptr},
    {"-MM", false, 0, nullptr},
    {"-MD", false, 0, nullptr},
    {"-MMD", false, 0, nullptr},
    {"-MG", false, 0, nullptr},
    {"-MP", false, 0, nullptr},
    {"-MV", false, 0, nullptr},
    {"--serialize-diagnostics", false, 1, nullptr},
    {"--serialize-diagnostics=", true, 0, nullptr},
    {"-ftime-trace", false, 0, nullptr},
    {"-ftime-trace=", true, 0, nullptr},
    {"-save-temps", false, 0, nullptr},
    {"-save-temps=", true, 0, nullptr},
    {"--save-temps", false, 0, nullptr},
    {"-save-stats", false, 0, nullptr},
    {"-save-stats=", true, 0, nullptr},
    {"--save-stats", false, 0, nullptr},
    {"--save-stats=", true, 0, nullptr},
    {"-fcrash-diagnostics-dir=", true, 0, nullptr},
    {"-fcrash-diagnostics=", true, 0, nullptr},
    {"-fcrash-diagnostics", false, 0, nullptr},
    {"-gen-reproducer", false, 0, nullptr},
    {"-gen-reproducer=", true, 0, nullptr},
    {"-fmodules-cache-path=", true, 0, nullptr},
    {"-fmodule-output=", true, 0, nullptr},
    {"-fmodule-output", false, 0, nullptr},
    {"-fmodules-user-build-path", false, 1, nullptr},
    {"-fsave-optimization-record", false, 0, nullptr},
    {"-fsave-optimization-record=", true, 0, nullptr},
    {"-foptimization-record-file=", true, 0, nullptr},
    {"-resource-dir", false, 1, nullptr}, // the scan sets its own
    {"-resource-dir=", true, 0, nullptr},
};

// The frontend's (cc1) flags, as -Xclang passes them.
const FlagRule FrontendRules[] = {
    {"-load", false, 1, Loads},
    {"-load-pass-plugin", false, 1, Loads},
    {"-plugin", false, 1, Loads},
    {"-add-plugin", false, 1, Loads},
    {"-plugin-arg-", true, 1, Loads},
    {"-fpass-plugin=", true, 0, Loads},
    {"-fplugin", true, 0, Loads},
    {"-fpass-plugin", false, 1, Loads},
    {"-stats-file=", true, 0, Writes},
    {"-header-include-file", false, 1, Writes},
    {"-diagnostic-log-file", false, 1, Writes},
    {"-module-dependency-dir", false, 1, Writes},
    {"-dependency-file", false, 1, Writes},
    {"-dependency-dot", false, 1, Writes},
    {"-serialize-diagnostic-file", false, 1, Writes},
    {"-ftime-trace", false, 0, Writes},
    {"-ftime-trace=", true, 0, Writes},
    {"-fmodules-cache-path=", true, 0, Writes},
    {"-fmodule-output", true, 0, Writes},
    {"-o", false, 1, Writes},
    {"-opt-record-file", false, 1, Writes},
    {"-split-dwarf-output", false, 1, Writes},
    {"-coverage-notes-file", true, 0, Writes},
    {"-coverage-data-file", true, 0, Writes},
    {"-arcmt-migrate-report-output", false, 1, Writes},
    {"-fixit", true, 0, Writes},
    {"-MT", false, 1, Writes},
};

// clang-cl's outputs: build bookkeeping, dropped quietly.
const FlagRule ClRules[] = {
    {"/Fo", true, 0, nullptr}, {"/Fe", true, 0, nullptr}, {"/Fa", true, 0, nullptr},
    {"/FA", true, 0, nullptr}, {"/Fd", true, 0, nullptr}, {"/Fi", true, 0, nullptr},
    {"/Fm", true, 0, nullptr}, {"/FR", true, 0, nullptr}, {"/Fr", true, 0, nullptr},
    {"/Yc", true, 0, nullptr}, {"/P", false, 0, nullptr}, {"/doc", true, 0, nullptr},
    {"/sourceDependencies", false, 1, nullptr},
    {"/sourceDependencies", true, 0, nullptr},
};

const FlagRule *match(ArrayRef<FlagRule> Rules, StringRef A) {
  for (const FlagRule &R : Rules)
    if (R.Prefix ? A.starts_with(R.Spelling) && A.size() > R.Spelling.size() : A == R.Spelling)
      return &R;
  return nullptr;
}

const FlagRule *matchCl(StringRef A) {
  // clang-cl takes its flags with '/' or '-'.
  if (A.size() < 2 || (A[0] != '/' && A[0] != '-')) return nullptr;
  std::string Slash = "/" + A.drop_front().str();
  return match(ClRules, Slash);
}

bool clMode(const std::vector<std::string> &Args) {
  for (const std::string &A : Args)
    if (StringRef(A).starts_with("--driver-mode=")) return StringRef(A).ends_with("=cl");
  if (Args.empty()) return false;
  StringRef Exe = sys::path::stem(Args[0]);
  return Exe.equals_insensitive("cl") || Exe.ends_with_insensitive("clang-cl");
}

/// -Wp,a,b,c: the preprocessor's flags; the dependency ones (-MD FILE and
/// friends) go, the rest (-D_FORTIFY_SOURCE=2) stay.
std::string filterWp(StringRef A) {
  SmallVector<StringRef, 8> Parts;
  A.drop_front(4).split(Parts, ',');
  std::vector<std::string> Keep;
  for (size_t I = 0; I < Parts.size(); ++I) {
    StringRef P = Parts[I];
    if (P == "-MD" || P == "-MMD" || P == "-MF" || P == "-MT" || P == "-MQ") {
      ++I; // their file
      continue;
    }
    if (P.starts_with("-M")) continue;
    Keep.push_back(P.str());
  }
  return Keep.empty() ? std::string() : "-Wp," + join(Keep, ",");
}

} // namespace

std::vector<std::string> sanitizeCommand(const std::vector<std::string> &Args,
                                         std::vector<DroppedFlag> &Dropped) {
  std::vector<std::string> Out;
  const bool Cl = clMode(Args);
  // Drops Args[I] and the values the rule says follow it.
  auto Drop = [&](const FlagRule &R, size_t &I) {
    std::string Spelled = Args[I];
    for (unsigned V = 0; V < R.Values && I + 1 < Args.size(); ++V) Spelled += " " + Args[++I];
    if (R.Why) Dropped.push_back({std::move(Spelled), R.Why});
  };
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (I == 0) {
      Out.push_back(A.str());
      continue;
    }
    if (A.starts_with("@")) { // response files are not read: they may point anywhere
      Dropped.push_back({A.str(), Loads});
      continue;
    }
    // -Xclang X: a frontend flag, its value as another -Xclang pair.
    if (A == "-Xclang" && I + 1 < Args.size()) {
      if (const FlagRule *R = match(FrontendRules, Args[I + 1])) {
        std::string D = "-Xclang " + Args[I + 1];
        I += 1;
        for (unsigned V = 0; V < R->Values && I + 2 < Args.size() && Args[I + 1] == "-Xclang"; ++V) {
          D += " -Xclang " + Args[I + 2];
          I += 2;
        }
        Dropped.push_back({D, R->Why ? R->Why : Writes});
        continue;
      }
      Out.push_back(Args[I]);
      Out.push_back(Args[I + 1]);
      ++I;
      continue;
    }
    // -mllvm: backend options; those naming a file would write it.
    if (A == "-mllvm" && I + 1 < Args.size()) {
      StringRef V = Args[I + 1];
      if (V.contains_insensitive("file") || V.contains_insensitive("output")) {
        Dropped.push_back({"-mllvm " + V.str(), Writes});
        ++I;
        continue;
      }
      Out.push_back(Args[I]);
      Out.push_back(Args[I + 1]);
      ++I;
      continue;
    }
    if (A.starts_with("-Wp,")) {
      std::string Kept = filterWp(A);
      if (!Kept.empty()) Out.push_back(Kept);
      continue;
    }
    // /clang:X passes a driver flag through clang-cl.
    StringRef Inner = A;
    bool ViaCl = Cl && Inner.consume_front("/clang:");
    const FlagRule *R = match(DriverRules, Inner);
    if (!R && Cl && !ViaCl) R = matchCl(A);
    if (R) {
      Drop(*R, I);
      continue;
    }
    Out.push_back(A.str());
  }
  if (!Out.empty()) {
    Out.insert(Out.begin() + 1, "-resource-dir=" BACKDOOR_CLANG_RESOURCE_DIR);
    // The scan reports its own findings and the errors that stop a parse,
    // never the compiler's warnings: -w saves Sema their work (about 4% of
    // a parse) and keeps -Werror from turning a new clang's warning into a
    // unit that "does not parse".
    Out.push_back("-w");
    Out.push_back("-Qunused-arguments");
  }
  return Out;
}

bool usesModuleCache(const std::vector<std::string> &Args) {
  for (StringRef A : Args) {
    A.consume_front("/clang:");
    if (A == "-fmodules" || A == "-fcxx-modules" || A == "-fimplicit-modules") return true;
  }
  return false;
}

} // namespace backdoor
