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
#include "Cache.h"
#include "Gate.h"
#include "Link.h"
#include "Runner.h"
#include "catalog/Catalog.h"
#include "catalog/Profile.h"
#include "catalog/Rules.h"
#include "report/Cbom.h"
#include "report/Emitters.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstring>
#include <map>
#include <set>
#include <thread>
#include <unistd.h>

using namespace llvm;
using namespace backdoor;
namespace tooling = clang::tooling;

extern volatile int BackdoorModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED ModuleAnchor = BackdoorModuleAnchorSource;

namespace {

/// Empties \p Facts without freeing them: they are freed with the process,
/// as clang's -disable-free does (destroying the parsed facts one value at a
/// time was a sixth of the CLI's own CPU on curl). Reachable from a static,
/// so leak checkers do not count them.
void freeAtExit(std::vector<json::Value> &Facts) {
  if (Facts.empty()) return;
  static auto *Kept = new std::vector<std::vector<json::Value>>();
  Kept->push_back(std::move(Facts));
  Facts.clear();
}

// The options, with llvm::cl as clang-tidy's driver declares them: a scan
// on the top level and the subcommands merge, list-rules and explain. They
// are parsed only in runCli, which first resets what an earlier call set
// (the unit tests and the fuzzers call it many times in one process).
cl::OptionCategory ScanCategory("backdoor-scan options");

cl::SubCommand MergeCmd("merge", "merge shards' JSON reports or SARIF files into one report, "
                                 "validating each, and exit as the whole scan would have");
cl::SubCommand ListRulesCmd("list-rules",
                            "list the rules of the catalog with their family, severity and "
                            "precision");
cl::SubCommand ExplainCmd("explain", "print the documentation of one rule");

cl::SubCommand &TopLevel = cl::SubCommand::getTopLevel();

// The scan.
cl::opt<std::string> BuildPathOpt("p", cl::desc("read DIR/compile_commands.json (or the file DIR)"),
                                  cl::value_desc("DIR"), cl::Prefix, cl::cat(ScanCategory),
                                  cl::sub(TopLevel));
cl::list<std::string> PathsOpt(cl::Positional,
                               cl::desc("<PATH|GLOB...|FILE... -- compiler arguments>"),
                               cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> JobsOpt("j", cl::desc("translation units in parallel (default: all cores)"),
                             cl::value_desc("N"), cl::Prefix, cl::cat(ScanCategory),
                             cl::sub(TopLevel));
cl::alias JobsAlias("jobs", cl::desc("alias for -j"), cl::aliasopt(JobsOpt), cl::NotHidden);
cl::opt<std::string> ChecksOpt("checks", cl::desc("rules to run, clang-tidy syntax"),
                               cl::value_desc("GLOBS"), cl::init("backdoor-*"),
                               cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> ConfigOpt("config",
                               cl::desc("clang-tidy configuration (CheckOptions), as clang-tidy "
                                        "-config"),
                               cl::value_desc("YAML"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> HeaderFilterOpt(
    "header-filter",
    cl::desc("report findings in the headers whose names match REGEX, as clang-tidy "
             "--header-filter ('' for main files only); it overrides a .clang-tidy "
             "HeaderFilterRegex; default: every header in the scanned tree (--source-root, else "
             "the git work tree, else the compile database's directory), no system header"),
    cl::value_desc("REGEX"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> BaselineOpt("baseline",
                                 cl::desc("report only findings that FILE does not hold; entries "
                                          "that match nothing are reported as stale"),
                                 cl::value_desc("FILE"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> WriteBaselineOpt(
    "write-baseline",
    cl::desc("write the current findings to FILE (sorted JSON); not written when a unit "
             "failed; never the --baseline file"),
    cl::value_desc("FILE"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> DiffBaseOpt(
    "diff-base",
    cl::desc("report only findings on lines added or changed since the git revision REV, or "
             "whose flow passes through one; every line of a database file git does not track "
             "is changed"),
    cl::value_desc("REV"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> ShardOpt("shard",
                              cl::desc("scan only the I-th of N deterministic parts of the units; "
                                       "a JSON report then carries the units' facts, and `merge` "
                                       "links them as one run would"),
                              cl::value_desc("I/N"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<bool> IgnoreUnlistedOpt("ignore-unlisted",
                                cl::desc("skip PATH arguments the database does not build (for "
                                         "hooks)"),
                                cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<bool> AllowOutsideOpt(
    "allow-outside-sources",
    cl::desc("scan sources of the database outside the scanned tree (--source-root, else the "
             "git work tree, and the database's directory); refused by default"),
    cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<bool> NoCacheOpt("no-cache", cl::desc("do not reuse or store results of unchanged units"),
                         cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> UnitTimeoutOpt(
    "unit-timeout",
    cl::desc("CPU time limit of one translation unit (default 300, 0: none); a unit also stops "
             "after twice as long, plus 30 s, in wall-clock time"),
    cl::value_desc("SECONDS"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> UnitMemoryOpt("unit-memory",
                                   cl::desc("memory limit of one translation unit (default 4096, "
                                            "0: none)"),
                                   cl::value_desc("MB"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> CacheDirOpt("cache-dir",
                                 cl::desc("where results are cached (default: "
                                          "~/.cache/backdoor-scan)"),
                                 cl::value_desc("DIR"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<bool> ListRulesOpt("list-rules", cl::desc("list the rules of the catalog"),
                           cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<std::string> ExplainOpt("explain", cl::desc("print the documentation of a rule"),
                                cl::value_desc("RULE"), cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<bool> PluginPathOpt("plugin-path", cl::desc("print the path of the clang-tidy plugin"),
                            cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel));
cl::opt<bool> NoProgressOpt("no-progress", cl::desc("no progress line on a terminal"),
                            cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel));

// The scan and merge.
cl::opt<std::string> FormatOpt("format",
                               cl::desc("text (default), json, sarif, html (one self-contained "
                                        "page) or cyclonedx (the CycloneDX 1.6 cryptography bill "
                                        "of materials); list-rules: text, json or markdown"),
                               cl::value_desc("FMT"), cl::init("text"), cl::cat(ScanCategory),
                               cl::sub(TopLevel), cl::sub(MergeCmd), cl::sub(ListRulesCmd));
cl::opt<std::string> OutputOpt("output", cl::desc("write the report to FILE"),
                               cl::value_desc("FILE"), cl::cat(ScanCategory), cl::sub(TopLevel),
                               cl::sub(MergeCmd));
cl::alias OutputAlias("o", cl::desc("alias for --output"), cl::aliasopt(OutputOpt), cl::NotHidden);
cl::opt<std::string> FailOnOpt("fail-on",
                               cl::desc("exit 1 only for findings at or above: low (default), "
                                        "medium, high, critical"),
                               cl::value_desc("SEVERITY"), cl::cat(ScanCategory), cl::sub(TopLevel),
                               cl::sub(MergeCmd));
cl::opt<std::string> MinPrecisionOpt(
    "min-precision",
    cl::desc("report (and fail on) only findings of at least this precision: low (default: "
             "all), medium, high, very-high; a finding the tool is unsure of is low"),
    cl::value_desc("LEVEL"), cl::cat(ScanCategory), cl::sub(TopLevel), cl::sub(MergeCmd));
cl::opt<std::string> SourceRootOpt("source-root",
                                   cl::desc("SARIF URIs are relative to DIR (default: current "
                                            "directory)"),
                                   cl::value_desc("DIR"), cl::cat(ScanCategory), cl::sub(TopLevel),
                                   cl::sub(MergeCmd));
cl::opt<std::string> AutomationIdOpt("automation-id",
                                     cl::desc("SARIF runAutomationDetails.id (e.g. "
                                              "backdoor-scan/pr)"),
                                     cl::value_desc("ID"), cl::cat(ScanCategory), cl::sub(TopLevel),
                                     cl::sub(MergeCmd));
cl::opt<bool> SarifUploadOpt("sarif-upload",
                             cl::desc("leave suppressed findings out of SARIF (code scanning "
                                      "would reopen them as alerts)"),
                             cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel),
                             cl::sub(MergeCmd));
cl::opt<bool> LinkStatsOpt("link-stats",
                           cl::desc("print what the link step did and the time it took, on "
                                    "standard error"),
                           cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel),
                           cl::sub(MergeCmd));
cl::opt<bool> NoLinkOpt("no-link",
                        cl::desc("per-unit findings only (as the clang-tidy plugin): no facts are "
                                 "exported and no cross-unit finding is made"),
                        cl::ValueDisallowed, cl::cat(ScanCategory), cl::sub(TopLevel),
                        cl::sub(MergeCmd));

// Every command reads the catalog.
cl::list<std::string> RulesOpt("rules", cl::desc("add a catalog directory (repeatable)"),
                               cl::value_desc("DIR"), cl::cat(ScanCategory),
                               cl::sub(cl::SubCommand::getAll()));
cl::opt<std::string> ProfileOpt("profile",
                                cl::desc("policy profile: default, nist-sp800-131a, owasp-2023, "
                                         "bsi-tr-02102-1, cnsa-2.0, or your own YAML file"),
                                cl::value_desc("NAME|FILE"), cl::cat(ScanCategory),
                                cl::sub(cl::SubCommand::getAll()));

// The subcommands' operands.
cl::list<std::string> ReportsOpt(cl::Positional, cl::desc("<REPORT.json|REPORT.sarif...>"),
                                 cl::cat(ScanCategory), cl::sub(MergeCmd));
cl::opt<std::string> RuleIdOpt(cl::Positional, cl::desc("<RULE>"), cl::cat(ScanCategory),
                               cl::sub(ExplainCmd));

const char Overview[] =
    R"(Finds cryptographic backdoor patterns in C, C++ and Objective-C source.

usage: backdoor-scan -p BUILD_DIR [options] [PATH|GLOB...]
       backdoor-scan [options] FILE... -- <compiler arguments>
       backdoor-scan merge [--format FMT] [-o FILE] REPORT.json|REPORT.sarif...
       backdoor-scan list-rules [--format text|json|markdown]
       backdoor-scan explain RULE
)";

// The example suppression is split in the source so the dogfood scan does not
// read it as a suppression of this file that suppresses nothing.
cl::extrahelp MoreHelp(R"(
Suppress one finding with a reason, on its line or the line above:
)"
                       R"(  // backdoor-scan)"
                       R"(: allow backdoor-weak-hash -- MD5 is the protocol's, not ours (RFC 1321)
A suppression without a reason, or one that matches nothing, is reported.

merge takes JSON reports or SARIF files (not both), validates each, and exits
as the whole scan would have.

exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, catalog or tool error
)");
struct CliOptions {
  std::string BuildPath;
  std::vector<std::string> Paths, CompilerArgs;
  bool HaveDashDash = false;
  unsigned Jobs = 0;
  std::string Format = "text", Output, Checks = "backdoor-*", SourceRoot, Explain, Config, Profile;
  std::optional<std::string> HeaderFilter; // --header-filter, when given
  std::string CacheDir = ResultCache::defaultDir();
  unsigned ShardIndex = 0, ShardCount = 0;
  unsigned UnitTimeout = RunOptions::DefaultUnitTimeout;
  unsigned UnitMemoryMB = RunOptions::DefaultUnitMemoryMB;
  bool Merge = false, NoCache = false, NoLink = false, LinkStats = false;
  std::vector<std::string> RulesDirs;
  Severity FailOn = Severity::Low;
  std::string Baseline, WriteBaseline, DiffBase, AutomationId;
  bool SarifUpload = false, IgnoreUnlisted = false, AllowOutsideSources = false;
  bool ListRules = false, PluginPath = false, Progress = true;
  bool ListRulesCmd = false, ExplainCmd = false; // the subcommands
  PrecisionLevel MinPrecision = PrecisionLevel::Low;
};

/// The link step (tool/Link.h); with --link-stats, what it did and its wall
/// time on standard error (bench/link_cost.py reads the line).
static void timedLink(const std::vector<json::Value> &Facts, const Catalog &Cat,
                      std::vector<Finding> &Findings, bool Stats) {
  auto T0 = std::chrono::steady_clock::now();
  LinkStats L = linkFacts(Facts, Cat, Findings);
  double S = std::chrono::duration<double>(std::chrono::steady_clock::now() - T0).count();
  if (Stats)
    errs() << formatv("backdoor-scan: link step: {0} units, {1} queries, {2} rounds, {3} "
                      "cross-unit findings, {4:f3} s\n",
                      L.Units, L.Queries, L.Rounds, L.Findings, S);
}

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

/// What an option without its value says (as the hand-written parser did).
std::string needsValue(StringRef Name) {
  static const std::pair<const char *, const char *> Needs[] = {
      {"p", "-p needs a build directory"},
      {"j", "-j needs a positive number"},
      {"jobs", "-j needs a positive number"},
      {"checks", "--checks needs a list of globs"},
      {"config", "--config needs a YAML configuration"},
      {"source-root", "--source-root needs a directory"},
      {"baseline", "--baseline needs a file"},
      {"write-baseline", "--write-baseline needs a file"},
      {"automation-id", "--automation-id needs an id"},
      {"explain", "--explain needs a rule id"},
      {"profile", "--profile needs a profile name or file"},
      {"cache-dir", "--cache-dir needs a directory"},
      {"shard", "--shard needs I/N with 1 <= I <= N"},
      {"unit-timeout", "--unit-timeout needs a number of seconds (0: no limit)"},
      {"unit-memory", "--unit-memory needs a number of megabytes (0: no limit)"},
      {"format", "--format must be text, json, sarif, html or cyclonedx"},
      {"output", "--output needs a file name"},
      {"o", "--output needs a file name"},
      {"rules", "--rules needs a directory"},
      {"fail-on", "--fail-on must be low, medium, high or critical"},
      {"min-precision", "--min-precision must be low, medium, high or very-high"},
      {"diff-base", "--diff-base needs a git revision"},
  };
  for (auto &[N, Msg] : Needs)
    if (Name == N) return Msg;
  return (Twine(Name.size() == 1 ? "-" : "--") + Name + " needs a value").str();
}

/// Parses the command line with llvm::cl into \p O. Returns -1 to go on, or
/// the exit code (2, after a usage error on stderr).
int parseArgs(int Argc, const char **Argv, CliOptions &O) {
  // Everything after the first `--` is the compiler's, as clang-tidy's
  // FixedCompilationDatabase::loadFromCommandLine takes it.
  std::vector<const char *> Args;
  for (int I = 0; I < Argc; ++I) {
    if (I > 0 && StringRef(Argv[I]) == "--") {
      O.HaveDashDash = true;
      for (++I; I < Argc; ++I) O.CompilerArgs.push_back(Argv[I]);
      break;
    }
    Args.push_back(Argv[I]);
  }
  // A previous call's values (the unit tests call runCli many times).
  cl::ResetAllOptionOccurrences();
  for (cl::SubCommand *S : {&TopLevel, &MergeCmd, &ListRulesCmd, &ExplainCmd})
    cl::HideUnrelatedOptions(ScanCategory, *S);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "backdoor-scan " << BACKDOOR_VERSION << " (LLVM " << BACKDOOR_LLVM_MAJOR << ")\n";
  });

  // llvm::cl reports a missing value, or a value given to a flag, itself and
  // in its own words: say what the option needs instead.
  cl::SubCommand *Sub = &TopLevel;
  if (Args.size() > 1)
    for (cl::SubCommand *S : {&MergeCmd, &ListRulesCmd, &ExplainCmd})
      if (StringRef(Args[1]) == S->getName()) Sub = S;
  auto &Registered = cl::getRegisteredOptions(*Sub);
  for (size_t I = Sub == &TopLevel ? 1 : 2; I < Args.size(); ++I) {
    StringRef Name = Args[I];
    bool Long = Name.consume_front("--");
    if (!Long && (!Name.consume_front("-") || Name.empty())) continue; // an operand
    auto [N, V] = Name.split('=');
    bool HasValue = Name.contains('=');
    // llvm::cl falls back to the top level's options in a subcommand: the
    // scan's options (and LLVM's own) are not options of merge or explain.
    if (Sub != &TopLevel) {
      StringRef Key = !Long && N.size() > 1 ? N.take_front(1) : N; // -pDIR
      if (!Registered.count(Key) && cl::getRegisteredOptions(TopLevel).count(Key))
        return usageError("unknown option '" + StringRef(Args[I]) + "' (an option of the scan, " +
                          "not of " + Sub->getName() + ")");
    }
    if (!Long && N.size() != 1) continue; // -pDIR, -j4, or unknown
    auto It = Registered.find(N);
    if (It == Registered.end()) continue; // llvm::cl says it is unknown
    cl::ValueExpected Expects = It->second->getValueExpectedFlag();
    if (HasValue && Expects == cl::ValueDisallowed)
      return usageError((Twine(Long ? "--" : "-") + N + " takes no value").str());
    if (!HasValue && Expects == cl::ValueRequired && !It->second->isPositional()) {
      if (I + 1 == Args.size()) return usageError(needsValue(N));
      ++I; // its value, whatever it looks like
    }
  }

  std::string Errors;
  raw_string_ostream ES(Errors);
  if (!cl::ParseCommandLineOptions(int(Args.size()), Args.data(), Overview, &ES,
#if LLVM_VERSION_MAJOR >= 21
                                   /*VFS=*/nullptr,
#endif
                                   /*EnvVar=*/nullptr, /*LongOptionsUseDoubleDash=*/true)) {
    ES.flush();
    // "backdoor-scan: Unknown command line argument '--x'.  Try: ..."
    Regex Unknown("Unknown command line argument '(.*)'\\.  Try:");
    SmallVector<StringRef, 2> M;
    if (Unknown.match(Errors, &M)) return usageError("unknown option '" + M[1] + "'");
    if (StringRef(Errors).contains("Too many positional arguments"))
      return usageError(Sub == &ExplainCmd ? "explain takes one rule id" : "too many arguments");
    StringRef First = StringRef(Errors).split('\n').first;
    First.consume_front("backdoor-scan: ");
    return usageError(First.empty() ? StringRef("invalid command line") : First.trim());
  }

  if (MergeCmd) O.Merge = true;
  if (ListRulesCmd) O.ListRulesCmd = true;
  if (ExplainCmd) {
    if (RuleIdOpt.empty()) return usageError("explain needs a rule id");
    O.Explain = RuleIdOpt;
    O.ExplainCmd = true;
  }
  O.Paths = O.Merge ? std::vector<std::string>(ReportsOpt.begin(), ReportsOpt.end())
                    : std::vector<std::string>(PathsOpt.begin(), PathsOpt.end());
  if (O.HaveDashDash && Sub != &TopLevel)
    return usageError("'--' and compiler arguments go with a scan, not with " + Sub->getName());
  O.BuildPath = BuildPathOpt;
  if (BuildPathOpt.getNumOccurrences() && O.BuildPath.empty()) return usageError(needsValue("p"));
  if (JobsOpt.getNumOccurrences()) {
    unsigned N = 0;
    if (StringRef(JobsOpt).getAsInteger(10, N) || N == 0) return usageError(needsValue("j"));
    O.Jobs = N;
  }
  O.Checks = ChecksOpt;
  O.Config = ConfigOpt;
  if (HeaderFilterOpt.getNumOccurrences()) {
    if (std::string Why; !HeaderFilterOpt.empty() && !Regex(HeaderFilterOpt).isValid(Why))
      return usageError("invalid --header-filter: " + Why);
    O.HeaderFilter = HeaderFilterOpt;
  }
  O.Baseline = BaselineOpt;
  O.WriteBaseline = WriteBaselineOpt;
  if (DiffBaseOpt.getNumOccurrences()) {
    if (DiffBaseOpt.empty() || StringRef(DiffBaseOpt).starts_with("-"))
      return usageError(needsValue("diff-base"));
    O.DiffBase = DiffBaseOpt;
  }
  if (ShardOpt.getNumOccurrences()) {
    unsigned Idx = 0, N = 0;
    auto Parts = StringRef(ShardOpt).split('/');
    if (Parts.first.getAsInteger(10, Idx) || Parts.second.getAsInteger(10, N) || N == 0 ||
        Idx == 0 || Idx > N)
      return usageError(needsValue("shard"));
    O.ShardIndex = Idx;
    O.ShardCount = N;
  }
  O.IgnoreUnlisted = IgnoreUnlistedOpt;
  O.AllowOutsideSources = AllowOutsideOpt;
  O.NoCache = NoCacheOpt;
  for (auto [Opt, Field, Max] : {std::make_tuple(&UnitTimeoutOpt, &O.UnitTimeout, 1000000u),
                                 std::make_tuple(&UnitMemoryOpt, &O.UnitMemoryMB, 16777216u)}) {
    if (!Opt->getNumOccurrences()) continue;
    unsigned N = 0;
    if (StringRef(*Opt).getAsInteger(10, N) || N > Max) return usageError(needsValue(Opt->ArgStr));
    *Field = N;
  }
  if (CacheDirOpt.getNumOccurrences()) O.CacheDir = absolute(CacheDirOpt);
  O.ListRules = ListRulesOpt;
  if (ExplainOpt.getNumOccurrences()) {
    if (ExplainOpt.empty()) return usageError(needsValue("explain"));
    O.Explain = ExplainOpt;
  }
  O.PluginPath = PluginPathOpt;
  O.Progress = !NoProgressOpt;

  O.Format = FormatOpt;
  if (O.ListRulesCmd) {
    if (O.Format != "text" && O.Format != "json" && O.Format != "markdown")
      return usageError("--format of list-rules must be text, json or markdown");
  } else if (O.Format != "text" && O.Format != "json" && O.Format != "sarif" &&
             O.Format != "html" && O.Format != "markdown" && O.Format != "cyclonedx") {
    return usageError(needsValue("format"));
  }
  O.Output = OutputOpt;
  if (OutputOpt.getNumOccurrences() && O.Output.empty()) return usageError(needsValue("output"));
  if (FailOnOpt.getNumOccurrences()) {
    auto S = parseSeverity(FailOnOpt);
    if (!S) return usageError(needsValue("fail-on"));
    O.FailOn = *S;
  }
  if (MinPrecisionOpt.getNumOccurrences()) {
    auto P = parsePrecision(MinPrecisionOpt);
    if (!P) return usageError(needsValue("min-precision"));
    O.MinPrecision = *P;
  }
  O.SourceRoot = SourceRootOpt;
  O.AutomationId = AutomationIdOpt;
  O.SarifUpload = SarifUploadOpt;
  O.NoLink = NoLinkOpt;
  O.LinkStats = LinkStatsOpt;
  for (const std::string &D : RulesOpt) O.RulesDirs.push_back(absolute(D));
  O.Profile = ProfileOpt;
  return -1;
}

/// The documentation page of a rule: docs/rules/<id>.md beside the catalog
/// directory that holds its YAML (the source tree, or share/backdoor-scan
/// once installed), else beside the bundled catalog; empty when none exists.
std::string rulePage(const Rule &R) {
  std::vector<std::string> Roots;
  if (!R.File.empty()) {
    // rules/secrets.yaml or rules/apis/x.yaml: look in each parent in turn.
    SmallString<256> Dir(sys::path::parent_path(absolute(R.File)));
    for (int Up = 0; Up < 3 && !Dir.empty(); ++Up) {
      Roots.push_back(std::string(sys::path::parent_path(Dir)));
      Dir = sys::path::parent_path(Dir);
    }
  }
  Roots.push_back(
      std::string(sys::path::parent_path(absolute(Catalog::defaultRulesDir(selfExe())))));
  for (const std::string &Root : Roots) {
    SmallString<256> P(Root);
    sys::path::append(P, "docs", "rules", R.Id + ".md");
    if (sys::fs::is_regular_file(P)) return std::string(P);
  }
  return "";
}
void printRule(raw_ostream &OS, const Rule &R) {
  OS << R.Id << " — " << R.Title << "\n"
     << "severity: " << severityName(R.Sev) << " (" << format("%.1f", R.SecuritySeverity)
     << "), precision: " << R.Precision << ", CWE:";
  for (unsigned C : R.Cwe) OS << " CWE-" << C;
  OS << "\n\n"
     << R.Summary << "\n\nWhy it matters:\n"
     << R.Rationale << "\n\nHow to fix:\n"
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

/// The check list names the inventory rule itself (as the check does).
bool InventoryCheckEnabled(StringRef Checks) {
  SmallVector<StringRef, 8> Parts;
  Checks.split(Parts, ',', -1, false);
  bool Named = false;
  for (StringRef P : Parts) {
    P = P.trim();
    if (P == rules::CryptoInventory)
      Named = true;
    else if (P.consume_front("-") && P.trim() == rules::CryptoInventory)
      Named = false;
  }
  return Named;
}

/// Crypto libraries whose versions the compile commands reveal: include and
/// library paths such as /opt/openssl-3.0.13/include or
/// third_party/mbedtls-3.6.0/include.
std::map<std::string, std::string> libraryVersions(const tooling::CompilationDatabase &DB,
                                                   const std::vector<std::string> &Files) {
  static const std::pair<const char *, const char *> Names[] = {
      {"openssl", "openssl"},     {"boringssl", "openssl"}, {"libressl", "openssl"},
      {"mbedtls", "mbedtls"},     {"wolfssl", "wolfssl"},   {"botan", "botan"},
      {"libsodium", "libsodium"}, {"gnutls", "gnutls"},     {"cryptopp", "cryptopp"},
      {"libgcrypt", "libgcrypt"}, {"liboqs", "liboqs"}};
  Regex Version("^[-_]?v?([0-9]+(\\.[0-9]+)+[a-z]?)");
  std::map<std::string, std::string> Out;
  for (const std::string &F : Files)
    for (const tooling::CompileCommand &C : DB.getCompileCommands(F))
      for (const std::string &Arg : C.CommandLine) {
        std::string L = StringRef(Arg).lower();
        for (auto &[Dir, Lib] : Names) {
          size_t At = L.find(Dir);
          if (At == std::string::npos) continue;
          SmallVector<StringRef, 3> M;
          if (Version.match(StringRef(L).substr(At + strlen(Dir)), &M)) {
            std::string &V = Out[Lib];
            if (V.empty() || V > M[1].str()) V = M[1].str(); // one answer, the same in every shard
          }
        }
      }
  return Out;
}

/// A file written whole or not at all: the text goes to a temporary file in
/// the same directory (removed on a signal), renamed over the target when
/// commit() succeeds. A reader never sees half a report or baseline, and a
/// failed or interrupted run leaves the old file as it was.
class AtomicFile {
public:
  /// False, with the reason on stderr, when the temporary file cannot be made.
  bool open(StringRef Target, StringRef What) {
    this->Target = Target.str();
    this->What = What.str();
    SmallString<256> Model(Target);
    Model += ".tmp-%%%%%%%%";
    int FD = -1;
    if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, Tmp, sys::fs::OF_None,
                                                       sys::fs::all_read | sys::fs::all_write)) {
      errs() << Target << ": error: cannot write the " << What << ": " << EC.message() << "\n";
      return false;
    }
    sys::RemoveFileOnSignal(Tmp);
    OS = std::make_unique<raw_fd_ostream>(FD, /*shouldClose=*/true);
    return true;
  }
  raw_ostream &os() { return *OS; }
  /// Renames the temporary file over the target; false (reported) on failure.
  bool commit() {
    OS->close();
    std::error_code EC = OS->error();
    OS->clear_error();
    if (!EC) EC = sys::fs::rename(Tmp, Target);
    if (EC) {
      errs() << Target << ": error: cannot write the " << What << ": " << EC.message() << "\n";
      discard();
      return false;
    }
    sys::DontRemoveFileOnSignal(Tmp);
    Tmp.clear();
    return true;
  }
  void discard() {
    if (OS) {
      OS->close();
      OS->clear_error();
    }
    if (!Tmp.empty()) {
      sys::fs::remove(Tmp);
      sys::DontRemoveFileOnSignal(Tmp);
      Tmp.clear();
    }
  }
  ~AtomicFile() { discard(); }

private:
  std::string Target, What;
  SmallString<256> Tmp;
  std::unique_ptr<raw_fd_ostream> OS;
};

/// Why \p Path is not a well-formed compile_commands.json
/// (`file:line:col: error: ...`), or empty.
std::string checkCompileDatabase(StringRef Path) {
  sys::fs::file_status St;
  if (sys::fs::status(Path, St) || St.type() != sys::fs::file_type::regular_file)
    return (Path + ": error: the compile database is not a regular file").str();
  auto B = MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!B)
    return (Path + ": error: cannot read the compile database: " + B.getError().message()).str();
  Expected<json::Value> V = json::parse((*B)->getBuffer());
  if (!V) {
    unsigned Line = 1, Col = 1;
    std::string Msg = toString(V.takeError());
    // llvm::json says "[line:col, byte=N]: message".
    StringRef M(Msg);
    if (M.consume_front("[")) {
      auto [Pos, Rest] = M.split("]: ");
      StringRef L = Pos.split(':').first, C = Pos.split(':').second.split(',').first;
      if (!L.getAsInteger(10, Line) && !C.getAsInteger(10, Col)) Msg = Rest.str();
    }
    return (Path + ":" + Twine(Line) + ":" + Twine(Col) +
            ": error: the compile database is not valid JSON (truncated?): " + Msg)
        .str();
  }
  const json::Array *A = V->getAsArray();
  if (!A) return (Path + ":1:1: error: the compile database is not a list of entries").str();
  for (size_t I = 0; I < A->size(); ++I) {
    const json::Object *E = (*A)[I].getAsObject();
    auto Bad = [&](const Twine &Why) {
      return (Path + ":1:1: error: entry " + Twine(I + 1) + " of the compile database " + Why)
          .str();
    };
    if (!E) return Bad("is not an object");
    if (!E->getString("directory")) return Bad("has no \"directory\" string");
    if (!E->getString("file")) return Bad("has no \"file\" string");
    if (E->get("output") && !E->getString("output"))
      return Bad("has an \"output\" that is not a string");
    const json::Value *Args = E->get("arguments");
    if (Args) {
      const json::Array *L = Args->getAsArray();
      if (!L || L->empty() ||
          llvm::any_of(*L, [](const json::Value &X) { return !X.getAsString(); }))
        return Bad("has \"arguments\" that are not a non-empty list of strings");
    } else if (!E->getString("command")) {
      return Bad("has neither \"arguments\" nor a \"command\" string");
    }
  }
  return "";
}

/// stdout, or the --output file, written atomically when \p File is
/// committed (null after reporting why it cannot be written).
raw_ostream *openOutput(const CliOptions &O, AtomicFile &File) {
  if (O.Output.empty()) return &outs();
  if (!File.open(O.Output, "report")) return nullptr;
  return &File.os();
}

/// Writes the report in the chosen format, the summary line, and returns the
/// exit code: 2 for tool errors, 1 for findings at or above --fail-on, else 0.
int writeReport(const CliOptions &O, const Report &Rep, const Catalog &Cat) {
  AtomicFile File;
  raw_ostream *OS = openOutput(O, File);
  if (!OS) return 2;
  if (O.Format == "json")
    *OS << formatv("{0:2}", emitJson(Rep, Cat)) << "\n";
  else if (O.Format == "sarif") {
    std::string Warning;
    *OS << sarifWithinLimits(Rep, Cat, O.SourceRoot.empty() ? "." : O.SourceRoot,
                             SarifMaxUploadBytes, Warning);
    if (!Warning.empty()) errs() << "backdoor-scan: warning: " << Warning << "\n";
  } else if (O.Format == "html")
    *OS << emitHtml(Rep, Cat, O.SourceRoot.empty() ? "." : O.SourceRoot);
  else if (O.Format == "cyclonedx")
    *OS << formatv("{0:2}", emitCycloneDx(Rep, Cat, O.SourceRoot.empty() ? "." : O.SourceRoot))
        << "\n";
  else
    emitText(*OS, Rep, Cat, OS == &outs() && sys::Process::StandardOutHasColors());
  OS->flush();
  // A report is written even when units failed: it carries their errors and
  // the other units' findings (the exit code is 2 all the same).
  if (!O.Output.empty() && !File.commit()) return 2;
  if (O.Format != "text" || !O.Output.empty() || !Rep.Errors.empty() || !Rep.Findings.empty())
    errs() << summary(Rep, Cat) << "\n";
  if (!Rep.Errors.empty()) return 2;
  for (const Finding &F : Rep.Findings)
    if (const Rule *Ru = Cat.rule(F.Rule))
      if (!F.Suppressed && Ru->Sev >= O.FailOn) return 1;
  return 0;
}

/// --min-precision: leaves out the findings below it, and says how many.
void applyMinPrecision(const CliOptions &O, Report &Rep, const Catalog &Cat) {
  if (O.MinPrecision == PrecisionLevel::Low) return;
  size_t Before = Rep.Findings.size();
  filterPrecision(Rep, Cat, O.MinPrecision);
  if (size_t Left = Before - Rep.Findings.size())
    errs() << "backdoor-scan: " << Left << " finding" << (Left == 1 ? "" : "s")
           << " below precision " << precisionName(O.MinPrecision)
           << " left out (--min-precision)\n";
}

/// --min-precision over merged SARIF: a result's own precision
/// (properties.precision, set when the tool was unsure), else its rule's in
/// the catalog, else the rule's in the run.
void filterSarifPrecision(json::Object &Run, const Catalog &Cat, PrecisionLevel Min) {
  if (Min == PrecisionLevel::Low) return;
  std::map<std::string, std::string> RunRules;
  if (const json::Array *Rules = Run.getObject("tool")->getObject("driver")->getArray("rules"))
    for (const json::Value &R : *Rules)
      if (const json::Object *P = R.getAsObject()->getObject("properties"))
        if (auto Prec = P->getString("precision"))
          RunRules[R.getAsObject()->getString("id")->str()] = Prec->str();
  json::Array &Results = *Run.getArray("results");
  json::Array Kept;
  size_t Left = 0;
  for (json::Value &R : Results) {
    const json::Object &RO = *R.getAsObject();
    std::string Id = RO.getString("ruleId")->str();
    std::string Prec = "medium";
    if (auto It = RunRules.find(Id); It != RunRules.end()) Prec = It->second;
    if (const Rule *Ru = Cat.rule(Id)) Prec = Ru->Precision;
    if (const json::Object *P = RO.getObject("properties"))
      if (auto Own = P->getString("precision")) Prec = Own->str();
    if (parsePrecision(Prec).value_or(PrecisionLevel::Medium) < Min) {
      ++Left;
      continue;
    }
    Kept.push_back(std::move(R));
  }
  Results = std::move(Kept);
  // Result indexes in code flows and graphs are not used: nothing to renumber.
  if (Left)
    errs() << "backdoor-scan: " << Left << " finding" << (Left == 1 ? "" : "s")
           << " below precision " << precisionName(Min) << " left out (--min-precision)\n";
}

/// The gate's warnings on stderr, clang-style, and into the report (SARIF
/// notifications).
void printGateWarnings(const GateStats &G, Report &Rep) {
  for (const GateWarning &W : G.Warnings) {
    errs() << W.Loc.File;
    if (W.Loc.Line) errs() << ":" << W.Loc.Line << ":" << std::max(1u, W.Loc.Col);
    errs() << ": warning: " << W.Message << "\n";
    Rep.Warnings.push_back({W.Loc, W.Message});
  }
}

/// The gate after the scan: suppressions, baseline, diff filter (tool/Gate.h).
/// Returns 2 with the reason on stderr when the gate cannot decide.
/// \p GitRoot is the top of the git work tree the scan runs in, or empty.
int applyGate(const CliOptions &O, Report &Rep, const std::vector<std::string> &Files,
              const std::string &GitRoot, const Catalog &Cat, GateStats &G,
              const std::vector<ConfigSuppression> &ConfigOff) {
  // The rules this run checked, as clang-tidy reads the check list.
  std::set<std::string> RulesRun;
  clang::tidy::GlobList Enabled("-*," + O.Checks);
  for (const Rule &Ru : Cat.rules())
    if (Enabled.contains(Ru.Id)) RulesRun.insert(Ru.Id);
  // A shard's unused suppressions may serve a cross-unit finding that needs
  // another shard's units: `merge` links those, and only a single run can
  // tell that a suppression matches nothing.
  applySuppressions(Rep, Files, RulesRun, G, /*ReportUnused=*/!O.ShardCount || O.NoLink);
  reportConfigSuppressions(ConfigOff, G);
  bool Gate = !O.Baseline.empty() || !O.WriteBaseline.empty() || !O.DiffBase.empty();
  std::string Root;
  if (Gate) {
    Root = GitRoot;
    if (Root.empty()) Root = O.SourceRoot.empty() ? absolute(".") : absolute(O.SourceRoot);
  }
  if (!O.WriteBaseline.empty()) {
    // A failed run's findings are incomplete: writing them would accept, as
    // the baseline, whatever the failed units hide.
    if (!Rep.Errors.empty()) {
      errs() << O.WriteBaseline << ": error: the baseline was not written: " << Rep.Errors.size()
             << " unit" << (Rep.Errors.size() == 1 ? "" : "s")
             << " of this run failed, so its findings are incomplete\n";
    } else {
      AtomicFile File;
      if (!File.open(O.WriteBaseline, "baseline")) return 2;
      File.os() << baselineText(Rep, Root);
      if (!File.commit()) return 2;
    }
  }
  if (!O.Baseline.empty()) {
    auto B = MemoryBuffer::getFile(O.Baseline);
    if (!B) {
      errs() << O.Baseline << ": error: cannot read the baseline: " << B.getError().message()
             << "\n";
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
    // Files of the database that git does not track (generated sources, new
    // files not yet added) are changed through and through: git diff does
    // not see them.
    std::set<std::string> Tracked, Untracked;
    if (!trackedFiles(Root, Tracked, Err)) {
      errs() << "backdoor-scan: error: " << Err << "\n";
      return 2;
    }
    for (const std::string &F : Files) {
      std::string Abs = absolute(F);
      if (!Tracked.count(relativeTo(Abs, Root))) Untracked.insert(Abs);
    }
    // A gate that scanned none of the changed sources must not pass silently.
    std::set<std::string> Scanned;
    for (const std::string &F : Files) Scanned.insert(relativeTo(F, Root));
    bool AnySource = false, AnyScanned = false;
    for (auto &[Path, Lines] : Changed) {
      if (sourceFileName(Path)) {
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
    applyDiff(Rep, Root, Changed, G, Untracked);
  }
  printGateWarnings(G, Rep);
  return -1;
}

/// Why \p Doc is not SARIF that merge can combine, or empty: a list of runs
/// of backdoor-scan, each with results and invocations of the right types.
std::string checkSarif(const json::Object &Doc) {
  const json::Array *Runs = Doc.getArray("runs");
  if (!Runs) return "'runs' is not a list";
  if (Runs->empty()) return "it has no run";
  for (size_t I = 0; I < Runs->size(); ++I) {
    std::string At = "runs[" + std::to_string(I) + "]";
    const json::Object *Run = (*Runs)[I].getAsObject();
    if (!Run) return At + " is not an object";
    const json::Object *Tool = Run->getObject("tool");
    const json::Object *Driver = Tool ? Tool->getObject("driver") : nullptr;
    if (!Driver || Driver->getString("name") != std::optional<StringRef>("backdoor-scan"))
      return At + " is not a run of backdoor-scan";
    if (const json::Value *Rules = Driver->get("rules")) {
      const json::Array *RA = Rules->getAsArray();
      if (!RA) return At + ".tool.driver.rules is not a list";
      for (const json::Value &R : *RA)
        if (!R.getAsObject() || !R.getAsObject()->getString("id"))
          return At + ".tool.driver.rules has an entry without an id";
    }
    const json::Value *Results = Run->get("results");
    if (!Results || !Results->getAsArray()) return At + ".results is missing or not a list";
    for (const json::Value &R : *Results->getAsArray()) {
      const json::Object *RO = R.getAsObject();
      if (!RO) return At + ".results has an entry that is not an object";
      if (!RO->getString("ruleId")) return At + ".results has an entry without a ruleId";
      if (RO->get("level") && !RO->getString("level"))
        return At + ".results has an entry whose level is not a string";
      if (const json::Value *S = RO->get("suppressions")) {
        const json::Array *SA = S->getAsArray();
        if (!SA || llvm::any_of(*SA, [](const json::Value &X) { return !X.getAsObject(); }))
          return At + ".results has suppressions that are not a list of objects";
      }
    }
    const json::Value *Invs = Run->get("invocations");
    const json::Array *IA = Invs ? Invs->getAsArray() : nullptr;
    if (!IA || IA->empty()) return At + " has no invocation: whether its scan succeeded is unknown";
    for (const json::Value &Inv : *IA) {
      const json::Object *IO = Inv.getAsObject();
      if (!IO || !IO->getBoolean("executionSuccessful"))
        return At + ".invocations has an entry without a boolean executionSuccessful";
      if (const json::Value *N = IO->get("toolExecutionNotifications")) {
        const json::Array *NA = N->getAsArray();
        if (!NA) return At + ".invocations has notifications that are not a list";
        for (const json::Value &X : *NA)
          if (!X.getAsObject() ||
              (X.getAsObject()->get("level") && !X.getAsObject()->getString("level")))
            return At + ".invocations has a notification that is not an object with a string level";
      }
    }
  }
  return "";
}

/// Folds every run of \p Doc into \p Base (the first run of the first SARIF
/// file): results with their rule index looked up again in Base's rules,
/// notifications, and the conjunction of executionSuccessful.
void mergeSarifRuns(json::Object &Base, json::Array &Runs) {
  std::map<std::string, int64_t> RuleIndex;
  if (const json::Array *Rules = Base.getObject("tool")->getObject("driver")->getArray("rules"))
    for (size_t I = 0; I < Rules->size(); ++I)
      RuleIndex.emplace((*Rules)[I].getAsObject()->getString("id")->str(), int64_t(I));
  json::Array &BaseResults = *Base.getArray("results");
  json::Object &BaseInv = *Base.getArray("invocations")->front().getAsObject();
  if (!BaseInv.getArray("toolExecutionNotifications"))
    BaseInv["toolExecutionNotifications"] = json::Array{};
  json::Array &BaseNotes = *BaseInv.getArray("toolExecutionNotifications");
  bool Ok = *BaseInv.getBoolean("executionSuccessful");
  // A finding in a header that units of several shards include is one result,
  // as in a single run: the rule, message and primary place identify it.
  auto Key = [](const json::Object &RO) {
    std::string K = RO.getString("ruleId").value_or("").str() + "\n";
    if (const json::Object *M = RO.getObject("message"))
      K += M->getString("text").value_or("").str();
    K += "\n";
    if (const json::Array *Ls = RO.getArray("locations"); Ls && !Ls->empty())
      if (const json::Object *PL = Ls->front().getAsObject()->getObject("physicalLocation")) {
        if (const json::Object *A = PL->getObject("artifactLocation"))
          K += A->getString("uri").value_or("").str() + "|" +
               A->getString("uriBaseId").value_or("").str();
        if (const json::Object *Rg = PL->getObject("region"))
          K += ":" + std::to_string(Rg->getInteger("startLine").value_or(0)) + ":" +
               std::to_string(Rg->getInteger("startColumn").value_or(0));
      }
    return K;
  };
  std::set<std::string> Seen;
  for (const json::Value &R : BaseResults) Seen.insert(Key(*R.getAsObject()));
  for (json::Value &RunV : Runs) {
    json::Object &Run = *RunV.getAsObject();
    for (json::Value &R : *Run.getArray("results")) {
      json::Object &RO = *R.getAsObject();
      if (!Seen.insert(Key(RO)).second) continue;
      auto It = RuleIndex.find(RO.getString("ruleId")->str());
      if (It != RuleIndex.end())
        RO["ruleIndex"] = It->second;
      else
        RO.erase("ruleIndex");
      BaseResults.push_back(std::move(R));
    }
    for (json::Value &Inv : *Run.getArray("invocations")) {
      json::Object &IO = *Inv.getAsObject();
      Ok = Ok && *IO.getBoolean("executionSuccessful");
      if (json::Array *N = IO.getArray("toolExecutionNotifications"))
        for (json::Value &X : *N) BaseNotes.push_back(std::move(X));
    }
  }
  // The base run's own further invocations, if any, count as well.
  json::Array &Invs = *Base.getArray("invocations");
  for (size_t I = 1; I < Invs.size(); ++I) {
    json::Object &IO = *Invs[I].getAsObject();
    Ok = Ok && *IO.getBoolean("executionSuccessful");
    if (json::Array *N = IO.getArray("toolExecutionNotifications"))
      for (json::Value &X : *N) BaseNotes.push_back(std::move(X));
  }
  while (Invs.size() > 1) Invs.pop_back();
  BaseInv["executionSuccessful"] = Ok;
}

/// The exit code a scan gives for the merged SARIF run: 2 for a failed
/// invocation or an error notification, 1 for an unsuppressed result at or
/// above --fail-on, else 0.
int sarifExitCode(const json::Object &Run, const Catalog &Cat, Severity FailOn) {
  for (const json::Value &Inv : *Run.getArray("invocations")) {
    const json::Object &IO = *Inv.getAsObject();
    if (!*IO.getBoolean("executionSuccessful")) return 2;
    if (const json::Array *N = IO.getArray("toolExecutionNotifications"))
      for (const json::Value &X : *N)
        if (X.getAsObject()->getString("level") == std::optional<StringRef>("error")) return 2;
  }
  for (const json::Value &R : *Run.getArray("results")) {
    const json::Object &RO = *R.getAsObject();
    bool Suppressed = false;
    if (const json::Array *S = RO.getArray("suppressions"))
      for (const json::Value &X : *S) {
        auto Status = X.getAsObject()->getString("status");
        Suppressed |= !Status || *Status == "accepted";
      }
    if (Suppressed) continue;
    Severity Sev = Severity::Medium;
    if (const Rule *Ru = Cat.rule(*RO.getString("ruleId")))
      Sev = Ru->Sev;
    else if (auto L = RO.getString("level"))
      Sev = *L == "error" ? Severity::High : *L == "note" ? Severity::Low : Severity::Medium;
    if (Sev >= FailOn) return 1;
  }
  return 0;
}

/// The rules a configuration turned off for a scanned file: a check's
/// effective `IgnoredPaths` (as clang-tidy's own getCheckOptions gives it, so
/// only for checks that have the option) that is not the default and matches
/// the file as the check sees it.
std::vector<ConfigSuppression> configSuppressions(const RunOptions &RO,
                                                  const std::vector<std::string> &Files,
                                                  const tooling::CompilationDatabase &DB,
                                                  const Catalog &Cat) {
  std::vector<ConfigSuppression> Out;
  std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider = optionsProvider(RO, nullptr);
  std::map<std::string, clang::tidy::ClangTidyOptions::OptionMap> ByConfig;
  for (const std::string &F : Files) {
    std::string Abs = absolute(F);
    clang::tidy::ClangTidyOptions Eff = Provider->getOptions(Abs);
    // Checks end the process on an invalid pattern or catalog: leave such a
    // configuration to the worker, which reports it as that unit's error.
    bool Usable = true;
    for (const auto &KV : Eff.CheckOptions) {
      StringRef K = KV.getKey();
      if (K.ends_with(".IgnoredPaths") && !Regex(KV.getValue().Value).isValid()) Usable = false;
      if (K.ends_with("BackdoorScanRules")) {
        std::vector<CatalogError> Errors;
        Usable &= Catalog::getShared(catalogDirs(KV.getValue().Value), Errors) != nullptr;
      }
    }
    if (!Usable) continue;
    std::string Text = clang::tidy::configurationAsText(Eff);
    auto It = ByConfig.find(Text);
    if (It == ByConfig.end())
      It = ByConfig
               .emplace(Text,
#if LLVM_VERSION_MAJOR >= 22
                        clang::tidy::getCheckOptions(Eff, false, false))
#else
                        clang::tidy::getCheckOptions(Eff, false))
#endif
               .first;
    std::vector<std::string> Names{Abs};
    for (const tooling::CompileCommand &C : DB.getCompileCommands(F))
      if (C.Filename != Abs) Names.push_back(C.Filename);
    auto Raw = Provider->getRawOptions(Abs);
    // A .clang-tidy's HeaderFilterRegex replaces the default (every header of
    // the scanned tree), so a file of the scanned code can hide the findings of
    // its headers. --header-filter (the CI owner's) wins over it; --config is
    // not a place in the tree. '.*' hides nothing of the tree.
    if (!RO.HeaderFilter && !RO.ScanRoot.empty()) {
      std::string Source, Pattern;
      for (const auto &[Opts, Src] : Raw)
        if (Opts.HeaderFilterRegex) {
          Source = Src;
          Pattern = *Opts.HeaderFilterRegex;
        }
      if (!Source.empty() && Pattern != ".*" && sys::fs::is_regular_file(Source))
        Out.push_back({"", Pattern, Source, Abs, /*HeaderFilter=*/true});
    }
    for (const Rule &Ru : Cat.rules()) {
      std::string Key = Ru.Id + ".IgnoredPaths";
      auto Opt = It->second.find(Key);
      if (Opt == It->second.end()) continue; // not run, or no such option
      const std::string &Pattern = Opt->getValue().Value;
      if (Pattern.empty() || Pattern == DefaultIgnoredPaths) continue;
      Regex Re(Pattern);
      if (llvm::none_of(Names, [&](const std::string &N) { return Re.match(N); })) continue;
      // Where it was set: a .clang-tidy is a place in the tree; --config is not.
      std::string Source;
      for (const auto &[Opts, Src] : Raw)
        if (Opts.CheckOptions.count(Key)) Source = Src;
      if (!sys::fs::is_regular_file(Source)) Source = "";
      Out.push_back({Ru.Id, Pattern, Source, Abs});
    }
  }
  return Out;
}

/// backdoor-scan merge: shards' JSON reports, or SARIF files, into one report
/// with the exit code the whole scan would give. Every input is validated;
/// JSON and SARIF inputs are not mixed.
int mergeReports(const CliOptions &O, const Catalog &Cat) {
  if (O.Paths.empty()) return usageError("merge needs the reports to merge");
  Report Rep;
  std::optional<json::Value> Sarif;
  json::Array MoreRuns;
  std::string FirstJson, FirstSarif;
  auto Bad = [](const std::string &P, const Twine &Why) {
    errs() << P << ":1:1: error: " << Why << "\n";
    return 2;
  };
  for (const std::string &P : O.Paths) {
    sys::fs::file_status St;
    if (!sys::fs::status(P, St) && St.type() != sys::fs::file_type::regular_file)
      return Bad(P, "not a regular file");
    auto B = MemoryBuffer::getFile(P);
    if (!B) {
      errs() << P << ": error: cannot read the report: " << B.getError().message() << "\n";
      return 2;
    }
    Expected<json::Value> V = json::parse((*B)->getBuffer());
    if (!V) return Bad(P, "not a JSON report: " + toString(V.takeError()));
    json::Object *Obj = V->getAsObject();
    if (Obj && Obj->get("runs")) {
      if (!FirstJson.empty())
        return Bad(P, "is SARIF, but " + FirstJson +
                          " is a JSON report; merge JSON reports or SARIF files, not both");
      if (std::string Why = checkSarif(*Obj); !Why.empty())
        return Bad(P, "not SARIF that backdoor-scan can merge: " + Why);
      if (FirstSarif.empty()) FirstSarif = P;
      json::Array &Runs = *Obj->getArray("runs");
      size_t From = 0;
      if (!Sarif) {
        Sarif = std::move(*V);
        From = 1;
      }
      json::Array &Src = From ? *Sarif->getAsObject()->getArray("runs") : Runs;
      for (size_t I = From; I < Src.size(); ++I) MoreRuns.push_back(std::move(Src[I]));
      while (From && Src.size() > 1) Src.pop_back();
      continue;
    }
    if (!Obj || !Obj->get("findings"))
      return Bad(P, "neither a backdoor-scan JSON report nor SARIF");
    if (!FirstSarif.empty())
      return Bad(P, "is a JSON report, but " + FirstSarif +
                        " is SARIF; merge JSON reports or SARIF files, not both");
    if (FirstJson.empty()) FirstJson = P;
    std::string Why;
    if (!readResults(*Obj, Rep.Findings, Rep.Errors, &Why))
      return Bad(P, "malformed report: " + Why);
    int64_t Scanned = 0;
    if (const json::Value *N = Obj->get("files_scanned")) {
      auto I = N->getAsInteger();
      if (!I || *I < 0 || *I > int64_t(UINT32_MAX))
        return Bad(P, "malformed report: 'files_scanned' is not a count");
      Scanned = *I;
    }
    Rep.FilesScanned += unsigned(Scanned);
    readInventory(*Obj, Rep);
    if (const json::Array *Facts = Obj->getArray("facts"))
      for (const json::Value &F : *Facts) Rep.Facts.push_back(F);
  }
  // Shards linked only their own units: link all units' facts again, in place
  // of the shards' cross-unit findings, as a single run would.
  if (!Rep.Facts.empty() && !O.NoLink) {
    llvm::erase_if(Rep.Findings, [](const Finding &F) { return F.CrossUnit; });
    timedLink(Rep.Facts, Cat, Rep.Findings, O.LinkStats);
    // No shard's gate saw the cross-unit findings: their in-source
    // suppressions apply here, as in a single run (the shards applied the
    // others').
    Report Linked;
    for (Finding &F : Rep.Findings)
      if (F.CrossUnit) Linked.Findings.push_back(std::move(F));
    llvm::erase_if(Rep.Findings, [](const Finding &F) { return F.CrossUnit; });
    GateStats G;
    applySuppressions(Linked, {}, {}, G, /*ReportUnused=*/false);
    printGateWarnings(G, Rep);
    for (Finding &F : Linked.Findings) Rep.Findings.push_back(std::move(F));
  }
  freeAtExit(Rep.Facts);
  if (Sarif) {
    json::Object &Base = *Sarif->getAsObject()->getArray("runs")->front().getAsObject();
    mergeSarifRuns(Base, MoreRuns);
    filterSarifPrecision(Base, Cat, O.MinPrecision);
    AtomicFile File;
    raw_ostream *OS = openOutput(O, File);
    if (!OS) return 2;
    *OS << formatv("{0:2}", *Sarif) << "\n";
    OS->flush();
    if (!O.Output.empty() && !File.commit()) return 2;
    return sarifExitCode(Base, Cat, O.FailOn);
  }
  normalize(Rep);
  applyMinPrecision(O, Rep, Cat);
  Rep.AutomationId = O.AutomationId;
  Rep.OmitSuppressed = O.SarifUpload;
  return writeReport(O, Rep, Cat);
}

} // namespace

int backdoor::runCli(int Argc, const char **Argv) {
  CliOptions O;
  int R = parseArgs(Argc, Argv, O);
  if (R >= 0) return R;
  if (O.PluginPath) {
    outs() << pluginPath() << "\n";
    return 0;
  }

  std::string RulesDirs = join(O.RulesDirs, ";");
  std::vector<CatalogError> CatErrors;
  // The catalog with the policy profile applied (a malformed profile stops here).
  std::shared_ptr<const Catalog> Cat =
      getProfiledCatalog(catalogDirs(RulesDirs), O.Profile, CatErrors);
  if (!Cat) {
    for (const CatalogError &E : CatErrors) errs() << E.str() << "\n";
    errs() << "backdoor-scan: error: the rule catalog is invalid\n";
    return 2;
  }

  if (O.Format == "markdown" && !O.ListRules && !O.ListRulesCmd)
    return usageError("--format markdown goes with --list-rules");
  if (O.Merge) return mergeReports(O, *Cat);
  if ((O.ListRules || O.ListRulesCmd) && O.Format == "markdown") {
    // The docs index (docs/rules/README.md) is generated from the catalog.
    outs() << "# Rules\n\nGenerated by `backdoor-scan --list-rules --format markdown` from the "
              "catalog in `rules/`; do not edit.\n\n| rule | title | severity | precision | CWE | "
              "summary |\n"
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
  if ((O.ListRules || O.ListRulesCmd) && O.Format == "json") {
    json::Array A;
    for (const Rule &Ru : Cat->rules()) {
      json::Array Cwe;
      for (unsigned C : Ru.Cwe) Cwe.push_back("CWE-" + std::to_string(C));
      A.push_back(json::Object{{"id", Ru.Id},
                               {"title", Ru.Title},
                               {"summary", Ru.Summary},
                               {"severity", severityName(Ru.Sev)},
                               {"security_severity", Ru.SecuritySeverity},
                               {"precision", Ru.Precision},
                               {"cwe", std::move(Cwe)},
                               {"family", Ru.Family}});
    }
    outs() << formatv("{0:2}", json::Value(std::move(A))) << "\n";
    return 0;
  }
  if (O.ListRulesCmd) {
    // One line per rule: what a gate's --checks, --fail-on and
    // --min-precision choose by.
    outs() << left_justify("rule", 32) << " " << left_justify("family", 16) << " "
           << left_justify("severity", 9) << " " << left_justify("precision", 10) << " title\n";
    for (const Rule &Ru : Cat->rules())
      outs() << left_justify(Ru.Id, 32) << " " << left_justify(Ru.Family, 16) << " "
             << left_justify(severityName(Ru.Sev), 9) << " " << left_justify(Ru.Precision, 10)
             << " " << Ru.Title << "\n";
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
    if (std::string Page = rulePage(*Ru); !Page.empty())
      outs() << "\nDocumentation: " << Page << "\n";
    return 0;
  }

  // A check list that turns on no rule of the catalog would scan nothing
  // and pass.
  {
    clang::tidy::GlobList Enabled("-*," + O.Checks);
    if (llvm::none_of(Cat->rules(), [&](const Rule &Ru) { return Enabled.contains(Ru.Id); }))
      return usageError("--checks '" + O.Checks +
                        "' enables no rule of the catalog; nothing would be checked (see "
                        "--list-rules)");
  }
  // Writing the baseline the gate reads would absorb this run's new
  // findings into it before they are compared.
  if (!O.Baseline.empty() && !O.WriteBaseline.empty() &&
      (absolute(O.Baseline) == absolute(O.WriteBaseline) ||
       sys::fs::equivalent(O.Baseline, O.WriteBaseline)))
    return usageError("--baseline and --write-baseline name the same file; the new baseline "
                      "would absorb the findings the old one is meant to catch");

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
      if (sys::fs::exists("compile_commands.json"))
        O.BuildPath = ".";
      else
        return usageError(
            "give -p BUILD_DIR with a compile_commands.json, or FILE... -- <compiler args>");
    }
    std::string Err;
    std::string DBFile = O.BuildPath;
    if (!StringRef(DBFile).ends_with(".json"))
      DBFile = (Twine(DBFile) + "/compile_commands.json").str();
    if (!sys::fs::exists(DBFile)) {
      errs() << DBFile << ": error: compile database not found\n";
      return 2;
    }
    // clang's reader takes the entries before a syntax error and drops the
    // rest: a truncated database would pass as a smaller one. Strict first.
    if (std::string Bad = checkCompileDatabase(DBFile); !Bad.empty()) {
      errs() << Bad << "\n";
      return 2;
    }
    DB = tooling::JSONCompilationDatabase::loadFromFile(DBFile, Err,
                                                        tooling::JSONCommandLineSyntax::AutoDetect);
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
        if (Inside && !sys::fs::real_path(Listed, Real) &&
            !StringRef(Real).starts_with(Root + "/")) {
          errs() << Listed << ": warning: not scanned: a symbolic link that leaves the repository ("
                 << Real << ")\n";
          continue;
        }
        Keep.push_back(F);
      }
      Files = std::move(Keep);
    }
  }

  // A database is untrusted: the sources it names must be regular files (a
  // FIFO would block the scan or the gate that reads them for suppressions,
  // a device feed them without end) ...
  Report Rep;
  {
    std::vector<std::string> Keep;
    for (const std::string &F : Files) {
      sys::fs::file_status St;
      if (!sys::fs::status(F, St) && St.type() != sys::fs::file_type::regular_file) {
        Rep.Errors.push_back({{absolute(F), 0, 0},
                              "not a regular file (a directory, FIFO, socket or device); it "
                              "was not scanned",
                              {}});
        continue;
      }
      Keep.push_back(F);
    }
    Files = std::move(Keep);
  }
  // ... and lie in the scanned tree (--source-root, else the git work tree,
  // and the database's own directory), or the gate would print the lines of
  // files elsewhere.
  if (!O.HaveDashDash && !O.AllowOutsideSources) {
    std::vector<std::string> Roots{
        sys::path::parent_path(absolute(StringRef(O.BuildPath).ends_with(".json")
                                            ? O.BuildPath
                                            : O.BuildPath + "/compile_commands.json"))
            .str()};
    std::string Top = O.SourceRoot.empty() ? GitRoot : absolute(O.SourceRoot);
    if (!Top.empty()) Roots.push_back(Top);
    std::vector<std::string> Keep;
    for (const std::string &F : Files) {
      std::string A = absolute(F);
      if (llvm::any_of(Roots, [&](const std::string &R) {
            return StringRef(A).starts_with(StringRef(R).rtrim('/').str() + "/");
          })) {
        Keep.push_back(F);
        continue;
      }
      Rep.Errors.push_back({{A, 0, 0},
                            "this source lies outside the scanned tree (" + join(Roots, ", ") +
                                ") and was not scanned; --allow-outside-sources scans it",
                            {}});
    }
    Files = std::move(Keep);
  }

  // The CBOM and the HTML inventory view need the inventory records.
  if (O.Format == "cyclonedx" || O.Format == "html")
    if (!InventoryCheckEnabled(O.Checks)) O.Checks += std::string(",") + rules::CryptoInventory;
  RunOptions RO;
  RO.Checks = O.Checks;
  RO.RulesDirs = RulesDirs;
  RO.Profile = O.Profile;
  RO.Config = O.Config;
  // Which headers' findings are reported: --header-filter, else a
  // configuration's HeaderFilterRegex, else the headers in the scanned tree:
  // --source-root, else the git work tree, else the database's directory.
  RO.HeaderFilter = O.HeaderFilter;
  if (!O.SourceRoot.empty())
    RO.ScanRoot = absolute(O.SourceRoot);
  else if (!GitRoot.empty())
    RO.ScanRoot = GitRoot;
  else if (O.HaveDashDash)
    RO.ScanRoot = absolute(".");
  else
    RO.ScanRoot = sys::path::parent_path(absolute(StringRef(O.BuildPath).ends_with(".json")
                                                      ? O.BuildPath
                                                      : O.BuildPath + "/compile_commands.json"))
                      .str();
  if (!O.Config.empty()) {
    auto Parsed = clang::tidy::parseConfiguration(MemoryBufferRef(O.Config, "--config"));
    if (!Parsed) return usageError("invalid --config: " + Parsed.getError().message());
  }
  RO.Jobs = O.Jobs ? O.Jobs : std::max(1u, std::thread::hardware_concurrency());
  RO.UnitTimeout = O.UnitTimeout;
  RO.UnitMemoryMB = O.UnitMemoryMB;
  if (!O.NoCache && !O.CacheDir.empty()) {
    // What decides every unit's result (tool/Cache.h): this program and the
    // libraries it loaded, the catalog as read, the options, and the
    // environment that moves the compiler's include search. Per unit, the
    // runner adds the file, its compile commands and its configuration.
    std::string Salt = "version " BACKDOOR_VERSION "\ntool " + ResultCache::toolIdentity() +
                       "\ncatalog " + Cat->fingerprint() + "\nchecks " + O.Checks + "\nconfig " +
                       O.Config + "\nrules " + RulesDirs + "\n";
    // The headers whose findings are reported.
    Salt += O.HeaderFilter ? "header-filter " + *O.HeaderFilter + "\n"
                           : "header-root " + RO.ScanRoot + "\n";
    if (O.NoLink) Salt += "no-link\n"; // entries without facts
    for (const char *Var : {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH", "OBJC_INCLUDE_PATH",
                            "OBJCPLUS_INCLUDE_PATH", "CCC_OVERRIDE_OPTIONS", "SDKROOT",
                            "COMPILER_PATH", "GCC_EXEC_PREFIX"})
      if (auto V = sys::Process::GetEnv(Var)) Salt += std::string(Var) + "=" + *V + "\n";
    // The policy profile, and its file when it is one outside the catalog.
    Salt += "profile " + O.Profile + "\n";
    if (std::string PF = findProfile(catalogDirs(RulesDirs), O.Profile); !PF.empty())
      if (auto H = ResultCache::fileHash(PF)) Salt += PF + *H + "\n";
    RO.CacheDir = O.CacheDir;
    RO.CacheSalt = Salt;
  }
  // The compile flags that do not change how a file parses are dropped
  // (tool/Sanitize.h): one warning per kind of flag, at the first unit that
  // has it, for the command, the -- arguments and .clang-tidy ExtraArgs alike.
  {
    std::set<std::string> Warned;
    std::vector<std::string> Sorted = Files;
    std::sort(Sorted.begin(), Sorted.end());
    for (const std::string &F : Sorted)
      for (const DroppedFlag &D : droppedFlags(*DB, F, RO))
        if (Warned.insert(D.Kind).second)
          errs() << printable(F) << ": warning: dropped '" << printable(D.Flag)
                 << "' from the compile command: " << D.Why << "\n";
  }
  RO.Progress = O.Progress && sys::Process::StandardErrIsDisplayed() && O.Format == "text" &&
                O.Output.empty() && Files.size() > 1;
  RO.Facts = !O.NoLink;
  runScan(*DB, Files, RO, Rep);
  // The link step: cross-unit findings from all units' facts (tool/Link.h).
  if (!O.NoLink) {
    timedLink(Rep.Facts, *Cat, Rep.Findings, O.LinkStats);
    // A family's check asks for all its rules: keep the ones --checks names.
    clang::tidy::GlobList Enabled("-*," + O.Checks);
    erase_if(Rep.Findings,
             [&](const Finding &F) { return F.CrossUnit && !Enabled.contains(F.Rule); });
    // A cross-unit finding in a header reaches the report as a unit's would:
    // --header-filter, else the scanned tree (a configuration's
    // HeaderFilterRegex is per file and applies to the units' findings).
    std::set<std::string> Mains;
    for (const std::string &F : Files) Mains.insert(absolute(F));
    std::optional<Regex> Filter;
    if (RO.HeaderFilter) Filter.emplace(*RO.HeaderFilter);
    SmallString<256> RealRoot;
    if (!RO.ScanRoot.empty() && sys::fs::real_path(RO.ScanRoot, RealRoot)) RealRoot = RO.ScanRoot;
    erase_if(Rep.Findings, [&](const Finding &F) {
      if (!F.CrossUnit || F.Loc.File.empty() || Mains.count(absolute(F.Loc.File))) return false;
      if (Filter) return RO.HeaderFilter->empty() || !Filter->match(F.Loc.File);
      return !RealRoot.empty() && !insideTree(F.Loc.File, StringRef(RealRoot).rtrim('/'));
    });
  }
  // A shard's JSON report carries its units' facts for `merge`.
  Rep.WriteFacts = O.ShardCount && !O.NoLink;
  if (!Rep.WriteFacts) freeAtExit(Rep.Facts);
  normalize(Rep);
  if (InventoryCheckEnabled(O.Checks)) Rep.Libraries = libraryVersions(*DB, Files);
  Rep.AutomationId = O.AutomationId;
  Rep.OmitSuppressed = O.SarifUpload;

  // Rules a configuration turned off for a scanned file hide its findings
  // there without a reason: the gate names them.
  std::vector<ConfigSuppression> ConfigOff = configSuppressions(RO, Files, *DB, *Cat);

  GateStats G;
  int GateRC = applyGate(O, Rep, Files, GitRoot, *Cat, G, ConfigOff);
  if (GateRC >= 0) return GateRC;
  // After the gate: a baseline matches findings of every precision, so one
  // baseline serves a gate at high precision and an audit at all levels.
  applyMinPrecision(O, Rep, *Cat);
  int RC = writeReport(O, Rep, *Cat);
  if (!O.Baseline.empty() || !O.DiffBase.empty() || G.Suppressed || !G.Warnings.empty() ||
      G.ConfigSuppressed || G.HeadersNarrowed)
    errs() << gateSummary(Rep, *Cat, G) << "\n";
  return RC;
}
