//===--- BackdoorCheck.cpp - base of every backdoor-* check --------------===//
#include "BackdoorCheck.h"
#include "catalog/Profile.h"

#include "core/Conditionals.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <dlfcn.h>

using namespace clang;
using namespace clang::tidy;

namespace backdoor {

static std::string selfPath() {
  Dl_info Info;
  if (dladdr(reinterpret_cast<void *>(&selfPath), &Info) && Info.dli_fname) return Info.dli_fname;
  return "";
}

std::vector<std::string> catalogDirs(llvm::StringRef ExtraDirs) {
  std::vector<std::string> Dirs{Catalog::defaultRulesDir(selfPath())};
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  ExtraDirs.split(Parts, ';', -1, false);
  for (llvm::StringRef P : Parts)
    if (!P.trim().empty()) Dirs.push_back(P.trim().str());
  return Dirs;
}

const char DefaultIgnoredPaths[] =
    "(^|/)(tests|unittests|testdata|test-data|testing|fuzz|fuzzers|fuzzing)/|"
    "(_test|_tests|_unittest|-test)\\.(c|cc|cpp|cxx|m|mm)$";

PathFilter::PathFilter(std::string P) : Pattern(std::move(P)) {
  if (!Pattern.empty()) {
    Re = std::make_shared<llvm::Regex>(Pattern);
    std::string Err;
    if (!Re->isValid(Err)) {
      llvm::errs() << "error: backdoor-scan: IgnoredPaths '" << Pattern
                   << "' is not a valid regular expression: " << Err << "\n";
      std::exit(2);
    }
  }
}

bool PathFilter::matches(SourceLocation Loc, const SourceManager &SM) const {
  if (!Re) return false;
  StringRef File = SM.getFilename(SM.getFileLoc(Loc));
  return Re->match(File);
}

/// The backdoor checks alive now (those of the translation unit being analysed).
static std::vector<BackdoorCheck *> &liveChecks() {
  static std::vector<BackdoorCheck *> Live;
  return Live;
}

BackdoorCheck::~BackdoorCheck() { llvm::erase(liveChecks(), this); }

std::shared_ptr<const Catalog> BackdoorCheck::liveCatalog() {
  for (BackdoorCheck *C : liveChecks())
    if (C->Cat) return C->Cat;
  return nullptr;
}

bool BackdoorCheck::claimMatchers() {
  const char *G = group();
  if (!G) return true;
  for (BackdoorCheck *C : liveChecks())
    if (C != this && C->Ctx == Ctx && C->Claimed && C->group() == G) return false;
  Claimed = true;
  return true;
}

void BackdoorCheck::dispatch(const std::vector<Candidate> *Cs, const SourceManager &SM) {
  if (!Cs || Cs->empty()) return;
  const char *G = group();
  if (!G) {
    accept(Cs, SM);
    return;
  }
  for (BackdoorCheck *C : liveChecks())
    if (C->Ctx == Ctx && C->group() == G) C->accept(Cs, SM);
}

BackdoorCheck::BackdoorCheck(llvm::StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Ctx(Context),
      RulesDirs(Options.getLocalOrGlobal("BackdoorScanRules", "")),
      ProfileName(Options.getLocalOrGlobal("BackdoorScanProfile", "")),
      MinPrecisionName(Options.getLocalOrGlobal("BackdoorScanMinPrecision", "low")) {
  liveChecks().push_back(this);
  {
    const std::optional<std::string> &HF = Context->getOptions().HeaderFilterRegex;
    ProjectHeaders = HF && !HF->empty();
  }
  // A value that is no level gets clang-tidy's configuration diagnostic and
  // the default (every finding), never an abort.
  if (auto P = parsePrecision(llvm::StringRef(MinPrecisionName).trim())) {
    MinPrecision = *P;
  } else {
    configurationDiag("invalid configuration value '%0' for option '%1'; expected low, "
                      "medium, high or very-high")
        << MinPrecisionName << "BackdoorScanMinPrecision";
    MinPrecisionName = "low";
  }
  std::vector<CatalogError> Errors;
  // The catalog with the policy profile (rules/profiles/) applied.
  Cat = getProfiledCatalog(catalogDirs(RulesDirs), ProfileName, Errors);
  if (!Cat) {
    for (const CatalogError &E : Errors) llvm::errs() << E.str() << "\n";
    llvm::errs() << "error: backdoor-scan: the rule catalog is invalid; no check ran\n";
    llvm::errs().flush();
    std::exit(2);
  }
  if (!Cat->rule(Name)) {
    llvm::errs() << "error: backdoor-scan: check '" << Name
                 << "' has no entry in the rule catalog\n";
    std::exit(2);
  }
}

void BackdoorCheck::registerPPCallbacks(const SourceManager &, Preprocessor *PP, Preprocessor *) {
  if (PP) recordConditionals(*PP);
}

void BackdoorCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "BackdoorScanRules", RulesDirs);
  Options.store(Opts, "BackdoorScanProfile", ProfileName);
  Options.store(Opts, "BackdoorScanMinPrecision", MinPrecisionName);
}

bool BackdoorCheck::belowMinPrecision(llvm::StringRef Rule, bool Unsure) const {
  if (MinPrecision == PrecisionLevel::Low) return false;
  PrecisionLevel P = PrecisionLevel::Medium; // as the CLI, for a rule it does not know
  if (Unsure)
    P = PrecisionLevel::Low;
  else if (const backdoor::Rule *Ru = Cat->rule(Rule))
    if (auto Q = parsePrecision(Ru->Precision)) P = *Q;
  return P < MinPrecision;
}

void BackdoorCheck::matchModelledCalls(ast_matchers::MatchFinder *Finder, bool Constructors) {
  using namespace ast_matchers;
  // Not the calls inside a library's own headers (a Crypto++ mode's inline
  // SetKey calling its cipher's): the project's call of the library is the
  // finding, and the header is nothing the project can change.
  Finder->addMatcher(
      callExpr(calleeNamedIn(&Cat->calleeNames()), unless(isExpansionInSystemHeader())).bind("call"),
      this);
  if (Constructors && !Cat->constructorClasses().empty())
    Finder->addMatcher(cxxConstructExpr(constructsClassIn(&Cat->constructorClasses()),
                                        unless(isExpansionInSystemHeader()))
                           .bind("ctor"),
                       this);
}

void BackdoorCheck::matchParamStructs(ast_matchers::MatchFinder *Finder) {
  using namespace ast_matchers;
  std::vector<StringRef> Types;
  for (const ParamStructModel &PS : Cat->paramStructs()) Types.push_back(PS.Type);
  if (!Types.empty())
    Finder->addMatcher(initListExpr(hasType(hasUnqualifiedDesugaredType(
                                        recordType(hasDeclaration(recordDecl(hasAnyName(Types)))))))
                           .bind("params"),
                       this);
}

const InitListExpr *
BackdoorCheck::paramStructMatch(const ast_matchers::MatchFinder::MatchResult &Result) {
  const auto *IL = Result.Nodes.getNodeAs<InitListExpr>("params");
  return IL && (!IL->isSyntacticForm() || !IL->getSemanticForm()) ? IL : nullptr;
}

void BackdoorCheck::report(const Candidate &C, llvm::StringRef Message) {
  if (belowMinPrecision(C.Rule, !C.Unsure.empty())) return;
  diag(C.Loc, "%0") << Message;
  for (const CandidateNote &N : C.Notes) diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
  if (!C.Unsure.empty()) diag(C.Loc, "%0%1", DiagnosticIDs::Note) << UnsureNotePrefix << C.Unsure;
}

void BackdoorCheck::reportRule(const std::vector<Candidate> *Cs, llvm::StringRef Rule,
                               const SourceManager &SM, const PathFilter *Ignored) {
  if (!Cs) return;
  for (const Candidate &C : *Cs)
    if (C.Rule == Rule && !(Ignored && Ignored->matches(C.Loc, SM))) report(C);
}

FamilyCheck::FamilyCheck(llvm::StringRef Name, ClangTidyContext *Context)
    : BackdoorCheck(Name, Context), Rule(Name.str()),
      Ignored(Options.get("IgnoredPaths", DefaultIgnoredPaths).str()) {}

void FamilyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  BackdoorCheck::storeOptions(Opts);
  Options.store(Opts, "IgnoredPaths", Ignored.pattern());
}

} // namespace backdoor
