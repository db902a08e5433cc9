//===--- Cli.cpp - the backdoor-scan command line --------------------------===//
//
//   backdoor-scan -p BUILD_DIR [PATH|GLOB...]
//   backdoor-scan FILE... -- <compiler args>
//
// Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage,
// catalog or tool error (a tool error wins over findings: it never passes).
//
//===----------------------------------------------------------------------===//
#include "Cli.h"
#include "BackdoorCheck.h"
#include "catalog/Catalog.h"
#include "report/Emitters.h"
#include "Cache.h"
#include "Gate.h"
#include "Link.h"
#include "Runner.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/FormatVariadic.h"
#include <set>
#include <thread>
#include <unistd.h>

using namespace llvm;
using namespace backdoor;
namespace tooling = clang::tooling;

extern volatile int BackdoorModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED ModuleAnchor = BackdoorModuleAnchorSource;

namespace {

const char *Usage = R"(usage: backdoor-scan -p BUILD_DIR [options] [PATH|GLOB...]
       backdoor-scan [options] FILE... -- <compiler arguments>
       backdoor-scan merge [--format FMT] [-o FILE] REPORT.json|REPORT.sarif...

Finds cryptographic backdoor patterns in C, C++ and Objective-C source.

  -p DIR                 read DIR/compile_commands.json (or the file DIR)
  PATH|GLOB              scan only these files, directories or globs of the database
  -j N, --jobs N         translation units in parallel (default: all cores)
  --format FMT           text (default), json, sarif or html (one self-contained page)
  -o FILE, --output FILE write the report to FILE
  --checks GLOBS         rules to run, clang-tidy syntax (default: backdoor-*)
  --rules DIR            add a catalog directory (repeatable)
  --config YAML          clang-tidy configuration (CheckOptions), as clang-tidy -config
  --fail-on SEVERITY     exit 1 only for findings at or above: low (default),
                         medium, high, critical
  --source-root DIR      SARIF URIs are relative to DIR (default: current directory)
  --baseline FILE        report only findings that FILE does not hold; entries that
                         match nothing are reported as stale
  --write-baseline FILE  write the current findings to FILE (sorted JSON)
  --diff-base REV        report only findings on lines added or changed since the
                         git revision REV, or whose flow passes through one
  --automation-id ID     SARIF runAutomationDetails.id (e.g. backdoor-scan/pr)
  --sarif-upload         leave suppressed findings out of SARIF (code scanning
                         would reopen them as alerts)
  --ignore-unlisted      skip PATH arguments the database does not build (for hooks)
  --shard I/N            scan only the I-th of N deterministic parts of the units;
                         a JSON report then carries the units' facts, and `merge`
                         links them as one run would
  --no-link              per-unit findings only (as the clang-tidy plugin): no
                         facts are exported and no cross-unit finding is made
  --no-cache             do not reuse or store results of unchanged units
  --cache-dir DIR        where results are cached (default: ~/.cache/backdoor-scan)
  --list-rules           list the rules of the catalog
  --explain RULE         print the documentation of a rule
  --plugin-path          print the path of the clang-tidy plugin
  --no-progress          no progress line on a terminal
  --version              print the version
  -h, --help             this help

Suppress one finding with a reason, on its line or the line above:
  // backdoor-scan: allow backdoor-weak-hash -- MD5 is the protocol's, not ours (RFC 1321)
A suppression without a reason, or one that matches nothing, is reported.

exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, catalog or tool error
)";

struct CliOptions {
  std::string BuildPath;
  std::vector<std::string> Paths, CompilerArgs;
  bool HaveDashDash = false;
  unsigned Jobs = 0;
  std::string Format = "text", Output, Checks = "backdoor-*", SourceRoot, Explain, Config;
  std::string CacheDir = ResultCache::defaultDir();
  unsigned ShardIndex = 0, ShardCount = 0;
  bool Merge = false, NoCache = false, NoLink = false;
  std::vector<std::string> RulesDirs;
  Severity FailOn = Severity::Low;
  std::string Baseline, WriteBaseline, DiffBase, AutomationId;
  bool SarifUpload = false, IgnoreUnlisted = false;
  bool ListRules = false, PluginPath = false, Version = false, Progress = true, Help = false;
};

int usageError(const Twine &Msg) {
  errs() << "backdoor-scan: error: " << Msg << "\n"
         << "run 'backdoor-scan --help' for usage\n";
  return 2;
}

std::string selfExe() { return sys::fs::getMainExecutable("backdoor-scan", (void *)&usageError); }

std::string pluginPath() {
  SmallString<256> P(sys::path::parent_path(sys::path::parent_path(selfExe())));
  sys::path::append(P, "lib", "backdoor-scan", "backdoor-scan-plugin.so");
  if (sys::fs::exists(P)) return std::string(P);
  SmallString<256> Q(sys::path::parent_path(sys::path::parent_path(selfExe())));
  sys::path::append(Q, "lib", "x86_64-linux-gnu", "backdoor-scan", "backdoor-scan-plugin.so");
  if (sys::fs::exists(Q)) return std::string(Q);
  return std::string(P);
}

bool isGlob(StringRef S) { return S.find_first_of("*?[") != StringRef::npos; }

std::string absolute(StringRef P, StringRef Base = "") {
  SmallString<256> S(P);
  if (!Base.empty() && !sys::path::is_absolute(S)) {
    SmallString<256> B(Base);
    sys::path::append(B, S);
    S = B;
  }
  sys::fs::make_absolute(S);
  sys::path::remove_dots(S, true);
  return std::string(S);
}

/// Options that take one string value and store it as given.
struct StringOption {
  const char *Name;
  std::string CliOptions::*Field;
  const char *Needs; // the usage error without a value
};
const StringOption StringOptions[] = {
    {"--checks", &CliOptions::Checks, "--checks needs a list of globs"},
    {"--config", &CliOptions::Config, "--config needs a YAML configuration"},
    {"--source-root", &CliOptions::SourceRoot, "--source-root needs a directory"},
    {"--baseline", &CliOptions::Baseline, "--baseline needs a file"},
    {"--write-baseline", &CliOptions::WriteBaseline, "--write-baseline needs a file"},
    {"--automation-id", &CliOptions::AutomationId, "--automation-id needs an id"},
    {"--explain", &CliOptions::Explain, "--explain needs a rule id"},
};

int parseArgs(int Argc, const char **Argv, CliOptions &O) {
  for (int I = 1; I < Argc; ++I) {
    StringRef A = Argv[I];
    auto Value = [&](StringRef Name) -> std::optional<std::string> {
      if (A.starts_with(Name.str() + "=")) return A.drop_front(Name.size() + 1).str();
      if (A == Name && I + 1 < Argc) return std::string(Argv[++I]);
      return std::nullopt;
    };
    auto Is = [&](StringRef Name) { return A == Name || A.starts_with(Name.str() + "="); };
    if (const StringOption *S = llvm::find_if(
            StringOptions, [&](const StringOption &S) { return Is(S.Name); });
        S != std::end(StringOptions)) {
      auto V = Value(S->Name);
      if (!V) return usageError(S->Needs);
      O.*(S->Field) = *V;
      continue;
    }
    if (A == "--") {
      O.HaveDashDash = true;
      for (++I; I < Argc; ++I) O.CompilerArgs.push_back(Argv[I]);
      break;
    }
    if (I == 1 && A == "merge") O.Merge = true;
    else if (A == "-h" || A == "--help") O.Help = true;
    else if (A == "--no-cache") O.NoCache = true;
    else if (A == "--no-link") O.NoLink = true;
    else if (Is("--cache-dir")) {
      auto V = Value("--cache-dir");
      if (!V) return usageError("--cache-dir needs a directory");
      O.CacheDir = absolute(*V);
    } else if (Is("--shard")) {
      auto V = Value("--shard");
      unsigned Idx = 0, N = 0;
      auto Parts = V ? StringRef(*V).split('/') : std::pair<StringRef, StringRef>();
      if (!V || Parts.first.getAsInteger(10, Idx) || Parts.second.getAsInteger(10, N) || N == 0 ||
          Idx == 0 || Idx > N)
        return usageError("--shard needs I/N with 1 <= I <= N");
      O.ShardIndex = Idx;
      O.ShardCount = N;
    }
    else if (A == "--version") O.Version = true;
    else if (A == "--list-rules") O.ListRules = true;
    else if (A == "--plugin-path") O.PluginPath = true;
    else if (A == "--no-progress") O.Progress = false;
    else if (Is("-p") || A.starts_with("-p")) {
      if (A.size() > 2 && A[2] != '=') O.BuildPath = A.drop_front(2).str();
      else if (auto V = Value("-p")) O.BuildPath = *V;
      else return usageError("-p needs a build directory");
    } else if (Is("-j") || Is("--jobs") || (A.starts_with("-j") && A.size() > 2)) {
      std::optional<std::string> V;
      if (A.starts_with("-j") && A.size() > 2 && A[2] != '=') V = A.drop_front(2).str();
      else V = Is("-j") ? Value("-j") : Value("--jobs");
      unsigned N = 0;
      if (!V || StringRef(*V).getAsInteger(10, N) || N == 0)
        return usageError("-j needs a positive number");
      O.Jobs = N;
    } else if (Is("--format")) {
      auto V = Value("--format");
      if (!V || (*V != "text" && *V != "json" && *V != "sarif" && *V != "html" && *V != "markdown"))
        return usageError("--format must be text, json, sarif or html");
      O.Format = *V;
    } else if (Is("--output") || Is("-o")) {
      auto V = Is("-o") ? Value("-o") : Value("--output");
      if (!V) return usageError("--output needs a file name");
      O.Output = *V;
    } else if (Is("--rules")) {
      auto V = Value("--rules");
      if (!V) return usageError("--rules needs a directory");
      O.RulesDirs.push_back(absolute(*V));
    } else if (Is("--fail-on")) {
      auto V = Value("--fail-on");
      auto S = V ? parseSeverity(*V) : std::nullopt;
      if (!S) return usageError("--fail-on must be low, medium, high or critical");
      O.FailOn = *S;
    } else if (Is("--diff-base")) {
      auto V = Value("--diff-base");
      if (!V || V->empty() || StringRef(*V).starts_with("-"))
        return usageError("--diff-base needs a git revision");
      O.DiffBase = *V;
    } else if (A == "--sarif-upload") {
      O.SarifUpload = true;
    } else if (A == "--ignore-unlisted") {
      O.IgnoreUnlisted = true;
    } else if (A.starts_with("-") && A != "-") {
      return usageError("unknown option '" + A + "'");
    } else {
      O.Paths.push_back(A.str());
    }
  }
  return -1;
}

void printRule(raw_ostream &OS, const Rule &R) {
  OS << R.Id << " — " << R.Title << "\n"
     << "severity: " << severityName(R.Sev) << " (" << format("%.1f", R.SecuritySeverity)
     << "), precision: " << R.Precision << ", CWE:";
  for (unsigned C : R.Cwe) OS << " CWE-" << C;
  OS << "\n\n" << R.Summary << "\n\nWhy it matters:\n" << R.Rationale << "\n\nHow to fix:\n"
     << R.Remediation << "\n";
  for (const RuleExample &E : R.Examples) OS << "\n" << E.Library << ":\n" << E.Code << "\n";
  if (!R.References.empty()) {
    OS << "\nReferences:\n";
    for (const std::string &Ref : R.References) OS << "  " << Ref << "\n";
  }
}

/// The files of the database selected by the PATH|GLOB arguments.
std::vector<std::string> selectFiles(const std::vector<std::string> &All,
                                     const std::vector<std::string> &Filters, std::string &Error,
                                     bool IgnoreUnlisted = false) {
  if (Filters.empty()) return All;
  std::vector<std::string> Out;
  std::set<std::string> Seen;
  for (const std::string &F : Filters) {
    bool Matched = false;
    std::string Abs = absolute(F);
    std::optional<GlobPattern> G;
    if (isGlob(F)) {
      auto P = GlobPattern::create(Abs);
      if (!P) {
        Error = "invalid glob '" + F + "': " + toString(P.takeError());
        return {};
      }
      G = std::move(*P);
    }
    bool Dir = sys::fs::is_directory(Abs);
    for (const std::string &File : All) {
      std::string FA = absolute(File);
      bool M = G ? G->match(FA) : Dir ? StringRef(FA).starts_with(Abs + "/") : FA == Abs;
      if (M) {
        Matched = true;
        if (Seen.insert(File).second) Out.push_back(File);
      }
    }
    if (!Matched && !IgnoreUnlisted) {
      Error = "'" + F + "' matches no file of the compile database";
      return {};
    }
  }
  return Out;
}

/// stdout, or the --output file (null after reporting why it cannot be written).
raw_ostream *openOutput(const CliOptions &O, std::unique_ptr<raw_fd_ostream> &File) {
  if (O.Output.empty()) return &outs();
  std::error_code EC;
  File = std::make_unique<raw_fd_ostream>(O.Output, EC);
  if (EC) {
    errs() << O.Output << ": error: cannot write the report: " << EC.message() << "\n";
    return nullptr;
  }
  return File.get();
}

/// Writes the report in the chosen format, the summary line, and returns the
/// exit code: 2 for tool errors, 1 for findings at or above --fail-on, else 0.
int writeReport(const CliOptions &O, const Report &Rep, const Catalog &Cat) {
  std::unique_ptr<raw_fd_ostream> File;
  raw_ostream *OS = openOutput(O, File);
  if (!OS) return 2;
  if (O.Format == "json") *OS << formatv("{0:2}", emitJson(Rep, Cat)) << "\n";
  else if (O.Format == "sarif") {
    std::string Warning;
    *OS << sarifWithinLimits(Rep, Cat, O.SourceRoot.empty() ? "." : O.SourceRoot,
                             SarifMaxUploadBytes, Warning);
    if (!Warning.empty()) errs() << "backdoor-scan: warning: " << Warning << "\n";
  }
  else if (O.Format == "html")
    *OS << emitHtml(Rep, Cat, O.SourceRoot.empty() ? "." : O.SourceRoot);
  else
    emitText(*OS, Rep, Cat, OS == &outs() && sys::Process::StandardOutHasColors());
  OS->flush();
  if (O.Format != "text" || !O.Output.empty() || !Rep.Errors.empty() || !Rep.Findings.empty())
    errs() << summary(Rep, Cat) << "\n";
  if (!Rep.Errors.empty()) return 2;
  for (const Finding &F : Rep.Findings)
    if (const Rule *Ru = Cat.rule(F.Rule))
      if (!F.Suppressed && Ru->Sev >= O.FailOn) return 1;
  return 0;
}

/// The gate after the scan: suppressions, baseline, diff filter (tool/Gate.h).
/// Returns 2 with the reason on stderr when the gate cannot decide.
/// \p GitRoot is the top of the git work tree the scan runs in, or empty.
int applyGate(const CliOptions &O, Report &Rep, const std::vector<std::string> &Files,
              const std::string &GitRoot, const Catalog &Cat, GateStats &G) {
  // The rules this run checked, as clang-tidy reads the check list.
  std::set<std::string> RulesRun;
  clang::tidy::GlobList Enabled("-*," + O.Checks);
  for (const Rule &Ru : Cat.rules())
    if (Enabled.contains(Ru.Id)) RulesRun.insert(Ru.Id);
  applySuppressions(Rep, Files, RulesRun, G);
  bool Gate = !O.Baseline.empty() || !O.WriteBaseline.empty() || !O.DiffBase.empty();
  std::string Root;
  if (Gate) {
    Root = GitRoot;
    if (Root.empty()) Root = O.SourceRoot.empty() ? absolute(".") : absolute(O.SourceRoot);
  }
  if (!O.WriteBaseline.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(O.WriteBaseline, EC);
    if (EC) {
      errs() << O.WriteBaseline << ": error: cannot write the baseline: " << EC.message() << "\n";
      return 2;
    }
    OS << baselineText(Rep, Root);
  }
  if (!O.Baseline.empty()) {
    auto B = MemoryBuffer::getFile(O.Baseline);
    if (!B) {
      errs() << O.Baseline << ": error: cannot read the baseline: " << B.getError().message() << "\n";
      return 2;
    }
    std::string Err;
    if (!applyBaseline(Rep, Root, (*B)->getBuffer(), O.Baseline, G, Err)) {
      errs() << Err << "\n";
      return 2;
    }
  }
  if (!O.DiffBase.empty()) {
    std::map<std::string, std::set<unsigned>> Changed;
    std::string Err;
    if (!changedLines(Root, O.DiffBase, Changed, Err)) {
      errs() << "backdoor-scan: error: " << Err << "\n";
      return 2;
    }
    // A gate that scanned none of the changed sources must not pass silently.
    std::set<std::string> Scanned;
    for (const std::string &F : Files) Scanned.insert(relativeTo(F, Root));
    bool AnySource = false, AnyScanned = false;
    for (auto &[Path, Lines] : Changed) {
      StringRef Ext = sys::path::extension(Path);
      if (Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" || Ext == ".m" ||
          Ext == ".mm" || Ext == ".c++") {
        AnySource = true;
        AnyScanned |= Scanned.count(Path) > 0;
      }
    }
    if (AnySource && !AnyScanned) {
      errs() << "backdoor-scan: error: the change since " << O.DiffBase
             << " touches sources, but the scan covered none of them; give the compile "
                "database that builds them\n";
      return 2;
    }
    applyDiff(Rep, Root, Changed, G);
  }
  for (const GateWarning &W : G.Warnings) {
    errs() << W.Loc.File;
    if (W.Loc.Line) errs() << ":" << W.Loc.Line << ":" << std::max(1u, W.Loc.Col);
    errs() << ": warning: " << W.Message << "\n";
    Rep.Warnings.push_back({W.Loc, W.Message});
  }
  return -1;
}

/// backdoor-scan merge: shards' JSON reports (or SARIF files) into one report.
int mergeReports(const CliOptions &O, const Catalog &Cat) {
  if (O.Paths.empty()) return usageError("merge needs the reports to merge");
  Report Rep;
  std::optional<json::Value> Sarif;
  for (const std::string &P : O.Paths) {
    auto B = MemoryBuffer::getFile(P);
    if (!B) {
      errs() << P << ": error: cannot read the report: " << B.getError().message() << "\n";
      return 2;
    }
    Expected<json::Value> V = json::parse((*B)->getBuffer());
    if (!V) {
      errs() << P << ":1:1: error: not a JSON report: " << toString(V.takeError()) << "\n";
      return 2;
    }
    json::Object *Obj = V->getAsObject();
    if (Obj && Obj->getArray("runs")) {
      // SARIF: one run, results and notifications appended in order.
      if (!Sarif) {
        Sarif = std::move(*V);
        continue;
      }
      json::Object *Base = Sarif->getAsObject()->getArray("runs")->front().getAsObject();
      json::Object *Run = Obj->getArray("runs")->front().getAsObject();
      if (!Base || !Run) continue;
      if (json::Array *Rs = Run->getArray("results"))
        for (json::Value &R : *Rs) Base->getArray("results")->push_back(std::move(R));
      json::Array *BI = Base->getArray("invocations"), *RI = Run->getArray("invocations");
      if (BI && RI && !BI->empty() && !RI->empty()) {
        json::Object *BO = BI->front().getAsObject(), *RO = RI->front().getAsObject();
        if (json::Array *N = RO->getArray("toolExecutionNotifications"))
          for (json::Value &X : *N) BO->getArray("toolExecutionNotifications")->push_back(std::move(X));
        bool Ok = BO->getBoolean("executionSuccessful").value_or(true) &&
                  RO->getBoolean("executionSuccessful").value_or(true);
        (*BO)["executionSuccessful"] = Ok;
      }
      continue;
    }
    if (!Obj || !Obj->getArray("findings")) {
      errs() << P << ":1:1: error: neither a backdoor-scan JSON report nor SARIF\n";
      return 2;
    }
    readResults(*Obj, Rep.Findings, Rep.Errors);
    Rep.FilesScanned += unsigned(Obj->getInteger("files_scanned").value_or(0));
    if (const json::Array *Facts = Obj->getArray("facts"))
      for (const json::Value &F : *Facts) Rep.Facts.push_back(F);
  }
  // Shards linked only their own units: link all units' facts again, in place
  // of the shards' cross-unit findings, as a single run would.
  if (!Rep.Facts.empty() && !O.NoLink) {
    llvm::erase_if(Rep.Findings, [](const Finding &F) { return F.CrossUnit; });
    linkFacts(Rep.Facts, Cat, Rep.Findings);
  }
  Rep.Facts.clear();
  if (Sarif) {
    std::unique_ptr<raw_fd_ostream> File;
    raw_ostream *OS = openOutput(O, File);
    if (!OS) return 2;
    *OS << formatv("{0:2}", *Sarif) << "\n";
    return 0;
  }
  normalize(Rep);
  return writeReport(O, Rep, Cat);
}

} // namespace

int backdoor::runCli(int Argc, const char **Argv) {
  CliOptions O;
  int R = parseArgs(Argc, Argv, O);
  if (R >= 0) return R;
  if (O.Help) {
    outs() << Usage;
    return 0;
  }
  if (O.Version) {
    outs() << "backdoor-scan " << BACKDOOR_VERSION << " (LLVM " << BACKDOOR_LLVM_MAJOR << ")\n";
    return 0;
  }
  if (O.PluginPath) {
    outs() << pluginPath() << "\n";
    return 0;
  }

  std::string RulesDirs = join(O.RulesDirs, ";");
  std::vector<CatalogError> CatErrors;
  std::shared_ptr<const Catalog> Cat = Catalog::getShared(catalogDirs(RulesDirs), CatErrors);
  if (!Cat) {
    for (const CatalogError &E : CatErrors) errs() << E.str() << "\n";
    errs() << "backdoor-scan: error: the rule catalog is invalid\n";
    return 2;
  }

  if (O.Format == "markdown" && !O.ListRules)
    return usageError("--format markdown goes with --list-rules");
  if (O.Merge) return mergeReports(O, *Cat);
  if (O.ListRules && O.Format == "markdown") {
    // The docs index (docs/rules/README.md) is generated from the catalog.
    outs() << "# Rules\n\nGenerated by `backdoor-scan --list-rules --format markdown` from the "
              "catalog in `rules/`; do not edit.\n\n| rule | title | severity | precision | CWE | summary |\n"
              "| --- | --- | --- | --- | --- | --- |\n";
    for (const Rule &Ru : Cat->rules()) {
      std::vector<std::string> Cwe;
      for (unsigned C : Ru.Cwe) Cwe.push_back("CWE-" + std::to_string(C));
      outs() << "| [" << Ru.Id << "](" << Ru.Id << ".md) | " << Ru.Title << " | "
             << severityName(Ru.Sev) << " (" << format("%.1f", Ru.SecuritySeverity) << ") | "
             << Ru.Precision << " | " << join(Cwe, ", ") << " | " << Ru.Summary << " |\n";
    }
    return 0;
  }
  if (O.ListRules && O.Format == "json") {
    json::Array A;
    for (const Rule &Ru : Cat->rules()) {
      json::Array Cwe;
      for (unsigned C : Ru.Cwe) Cwe.push_back("CWE-" + std::to_string(C));
      A.push_back(json::Object{{"id", Ru.Id}, {"title", Ru.Title}, {"summary", Ru.Summary},
                               {"severity", severityName(Ru.Sev)},
                               {"security_severity", Ru.SecuritySeverity},
                               {"precision", Ru.Precision}, {"cwe", std::move(Cwe)},
                               {"family", Ru.Family}});
    }
    outs() << formatv("{0:2}", json::Value(std::move(A))) << "\n";
    return 0;
  }
  if (O.ListRules) {
    for (const Rule &Ru : Cat->rules())
      outs() << left_justify(Ru.Id, 28) << " " << left_justify(severityName(Ru.Sev), 9) << " "
             << Ru.Summary << "\n";
    return 0;
  }
  if (!O.Explain.empty()) {
    const Rule *Ru = Cat->rule(O.Explain);
    if (!Ru) return usageError("no rule named '" + O.Explain + "'; see --list-rules");
    printRule(outs(), *Ru);
    return 0;
  }

  std::unique_ptr<tooling::CompilationDatabase> DB;
  std::vector<std::string> Files;
  if (O.HaveDashDash) {
    if (O.Paths.empty()) return usageError("no source file given before '--'");
    if (!O.BuildPath.empty()) return usageError("use either -p or '--', not both");
    std::vector<std::string> Args{"clang-tool"};
    Args.insert(Args.end(), O.CompilerArgs.begin(), O.CompilerArgs.end());
    DB = std::make_unique<tooling::FixedCompilationDatabase>(".", O.CompilerArgs);
    for (const std::string &P : O.Paths) Files.push_back(absolute(P));
  } else {
    if (O.BuildPath.empty()) {
      if (sys::fs::exists("compile_commands.json")) O.BuildPath = ".";
      else return usageError("give -p BUILD_DIR with a compile_commands.json, or FILE... -- <compiler args>");
    }
    std::string Err;
    std::string DBFile = O.BuildPath;
    if (!StringRef(DBFile).ends_with(".json"))
      DBFile = (Twine(DBFile) + "/compile_commands.json").str();
    if (!sys::fs::exists(DBFile)) {
      errs() << DBFile << ": error: compile database not found\n";
      return 2;
    }
    DB = tooling::JSONCompilationDatabase::loadFromFile(
        DBFile, Err, tooling::JSONCommandLineSyntax::AutoDetect);
    if (!DB) {
      // The JSON parser reports its own position when it has one.
      errs() << DBFile << ":1:1: error: cannot read the compile database: " << Err << "\n";
      return 2;
    }
    std::string SelErr;
    Files = selectFiles(DB->getAllFiles(), O.Paths, SelErr, O.IgnoreUnlisted);
    if (!SelErr.empty()) return usageError(SelErr);
    if (Files.empty() && O.IgnoreUnlisted) {
      errs() << "backdoor-scan: none of the given files is built by " << DBFile
             << "; nothing to scan\n";
      return 0;
    }
    if (Files.empty()) {
      errs() << DBFile << ": error: the compile database lists no file\n";
      return 2;
    }
  }

  // --shard I/N: a deterministic part, so that N runs cover every unit once.
  if (O.ShardCount) {
    std::sort(Files.begin(), Files.end());
    Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
    std::vector<std::string> Mine;
    for (size_t I = 0; I < Files.size(); ++I)
      if (I % O.ShardCount == O.ShardIndex - 1) Mine.push_back(Files[I]);
    Files = std::move(Mine);
  }

  // The git work tree the scan runs in: the root of repository-relative paths.
  const std::string GitRoot = gitTopLevel(".");

  // Symlinks that leave the repository are not followed into reports: a
  // pull request must not make the gate read (and print) files elsewhere.
  {
    std::string Root = O.SourceRoot.empty() ? GitRoot : absolute(O.SourceRoot);
    if (!Root.empty()) {
      std::vector<std::string> Keep;
      for (const std::string &F : Files) {
        std::string Listed = absolute(F);
        SmallString<256> Real;
        bool Inside = StringRef(Listed).starts_with(Root + "/");
        if (Inside && !sys::fs::real_path(Listed, Real) && !StringRef(Real).starts_with(Root + "/")) {
          errs() << Listed << ": warning: not scanned: a symbolic link that leaves the repository ("
                 << Real << ")\n";
          continue;
        }
        Keep.push_back(F);
      }
      Files = std::move(Keep);
    }
  }

  // Warn once for every compile flag that would load code into the compiler,
  // read files named from outside, or write files (tool/Sanitize.h).
  for (const std::string &F : Files)
    for (const auto &C : DB->getCompileCommands(F)) {
      std::vector<DroppedFlag> Dropped;
      sanitizeCommand(C.CommandLine, Dropped);
      for (const DroppedFlag &D : Dropped)
        errs() << F << ": warning: dropped '" << printable(D.Flag)
               << "' from the compile command: " << D.Why << "\n";
    }

  RunOptions RO;
  RO.Checks = O.Checks;
  RO.RulesDirs = RulesDirs;
  RO.Config = O.Config;
  if (!O.Config.empty()) {
    auto Parsed = clang::tidy::parseConfiguration(MemoryBufferRef(O.Config, "--config"));
    if (!Parsed) return usageError("invalid --config: " + Parsed.getError().message());
  }
  RO.Jobs = O.Jobs ? O.Jobs : std::max(1u, std::thread::hardware_concurrency());
  if (!O.NoCache && !O.CacheDir.empty()) {
    // Results depend on this binary, the catalog and the options.
    std::string Salt = std::string(BACKDOOR_VERSION) + "\n" + O.Checks + "\n" + O.Config + "\n";
    if (O.NoLink) Salt += "no-link\n"; // entries without facts
    // The binary by identity (size and modification time), not by contents:
    // hashing tens of megabytes would cost more than a cached re-scan.
    sys::fs::file_status St;
    if (!sys::fs::status(selfExe(), St))
      Salt += selfExe() + ":" + std::to_string(St.getSize()) + ":" +
              std::to_string(St.getLastModificationTime().time_since_epoch().count());
    for (const std::string &Dir : catalogDirs(RulesDirs)) {
      std::error_code EC;
      std::vector<std::string> Yaml;
      for (sys::fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC; It.increment(EC))
        if (StringRef(It->path()).ends_with(".yaml")) Yaml.push_back(It->path());
      std::sort(Yaml.begin(), Yaml.end());
      for (const std::string &Y : Yaml)
        if (auto H = ResultCache::fileHash(Y)) Salt += Y + *H;
    }
    RO.CacheDir = O.CacheDir;
    RO.CacheSalt = Salt;
  }
  RO.Progress = O.Progress && sys::Process::StandardErrIsDisplayed() && O.Format == "text" &&
                O.Output.empty() && Files.size() > 1;
  RO.Facts = !O.NoLink;
  Report Rep;
  runScan(*DB, Files, RO, Rep);
  // The link step: cross-unit findings from all units' facts (tool/Link.h).
  if (!O.NoLink) linkFacts(Rep.Facts, *Cat, Rep.Findings);
  // A shard's JSON report carries its units' facts for `merge`.
  Rep.WriteFacts = O.ShardCount && !O.NoLink;
  if (!Rep.WriteFacts) Rep.Facts.clear();
  normalize(Rep);
  Rep.AutomationId = O.AutomationId;
  Rep.OmitSuppressed = O.SarifUpload;

  GateStats G;
  int GateRC = applyGate(O, Rep, Files, GitRoot, *Cat, G);
  if (GateRC >= 0) return GateRC;
  int RC = writeReport(O, Rep, *Cat);
  if (!O.Baseline.empty() || !O.DiffBase.empty() || G.Suppressed || !G.Warnings.empty())
    errs() << gateSummary(Rep, *Cat, G) << "\n";
  return RC;
}
