//===--- BackdoorCheck.h - base of every backdoor-* check -------*- C++ -*-===//
//
// Loads the catalog once per process (bundled rules plus the directories in
// the global option `BackdoorScanRules`, with the policy profile of the global
// option `BackdoorScanProfile` applied, catalog/Profile.h), hands the per translation unit
// analysis session to its subclasses, and stops with `file:line:col: error:`
// and exit code 2 when the catalog is malformed: never a silent fallback.
// The global option `BackdoorScanMinPrecision` (low, medium, high, very-high)
// leaves out findings below that precision, as the CLI's --min-precision.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_BACKDOORCHECK_H
#define BACKDOOR_CHECKS_BACKDOORCHECK_H

#include "catalog/Catalog.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "core/Candidate.h"
#include "core/Session.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace backdoor {

/// Calls of a function whose unqualified name is in the set: one hash lookup
/// per call (hasAnyName compares every name in turn, which over hundreds of
/// modelled functions and the calls of a C++ unit costs more than parsing).
AST_MATCHER_P(clang::CallExpr, calleeNamedIn, const llvm::StringSet<> *, Names) {
  const clang::FunctionDecl *FD = Node.getDirectCallee();
  if (!FD) return false;
  if (const clang::IdentifierInfo *II = FD->getIdentifier()) return Names->count(II->getName());
  return Names->count(FD->getNameAsString());
}

/// Constructions of a class whose name is in the set.
AST_MATCHER_P(clang::CXXConstructExpr, constructsClassIn, const llvm::StringSet<> *, Names) {
  const clang::CXXConstructorDecl *CD = Node.getConstructor();
  if (!CD) return false;
  const clang::IdentifierInfo *II = CD->getParent()->getIdentifier();
  return II && Names->count(II->getName());
}

/// Files whose findings a rule leaves out (test code full of test vectors).
class PathFilter {
public:
  explicit PathFilter(std::string Pattern);
  bool matches(clang::SourceLocation Loc, const clang::SourceManager &SM) const;
  const std::string &pattern() const { return Pattern; }

private:
  std::string Pattern;
  std::shared_ptr<llvm::Regex> Re;
};

/// Test, test-data and fuzzing directories and *_test files.
extern const char DefaultIgnoredPaths[];

class BackdoorCheck : public clang::tidy::ClangTidyCheck {
public:
  BackdoorCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  ~BackdoorCheck() override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override { AnalysisSession::invalidate(); }
  /// The catalog (with the policy profile) of a live backdoor check, or null
  /// when none runs: what an analysis after the checks (the CLI's facts
  /// export) uses instead of loading the YAML files again.
  static std::shared_ptr<const Catalog> liveCatalog();
  /// Records the unit's compiled-in #if/#ifdef regions (core/Conditionals.h).
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;

protected:
  const Catalog &catalog() const { return *Cat; }
  AnalysisSession &session(clang::ASTContext &Ctx) {
    AnalysisSession &S = AnalysisSession::get(Ctx, Cat);
    S.setProjectHeaders(ProjectHeaders);
    return S;
  }
  /// The run reports findings in the project's headers (a header filter is
  /// set): the function-level analyses then look at their functions too.
  bool ProjectHeaders = false;
  /// Reports a candidate of this check's rule with its notes.
  void report(const Candidate &C, llvm::StringRef Message);
  void report(const Candidate &C) { report(C, C.Message); }
  /// A finding of \p Rule is below `BackdoorScanMinPrecision`: the rule's
  /// precision in the catalog, or low when the analysis is unsure.
  bool belowMinPrecision(llvm::StringRef Rule, bool Unsure = false) const;
  /// Reports the candidates of \p Rule among \p Cs (none when null), leaving
  /// out those in files that \p Ignored matches.
  void reportRule(const std::vector<Candidate> *Cs, llvm::StringRef Rule,
                  const clang::SourceManager &SM, const PathFilter *Ignored = nullptr);
  /// Matches every call of a modelled function (bound as "call") and, when
  /// asked, every construction of a modelled class (bound as "ctor").
  void matchModelledCalls(clang::ast_matchers::MatchFinder *Finder, bool Constructors = true);
  /// Matches every initializer of a key/value parameter struct the catalog
  /// models (`param-structs`: OSSL_PARAM), bound as "params".
  void matchParamStructs(clang::ast_matchers::MatchFinder *Finder);
  /// The initializer matchParamStructs bound, once per list (the semantic
  /// form, whose positions are the fields'), or null.
  static const clang::InitListExpr *
  paramStructMatch(const clang::ast_matchers::MatchFinder::MatchResult &Result);

  // Checks of one class (the rules of one family) share their matchers: the
  // first live check of a group registers them and hands the candidates of
  // every match to each live check of the group, which reports its own rule
  // with its own options. Twenty rules then cost one set of matchers per
  // family, not one per rule.
  /// The sharing group (a static string per class), or null for none.
  virtual const char *group() const { return nullptr; }
  /// True when this check is to register the group's matchers.
  bool claimMatchers();
  /// Gives \p Cs to every live check of this group, this one included.
  void dispatch(const std::vector<Candidate> *Cs, const clang::SourceManager &SM);
  /// Reports the candidates of this check's rule among \p Cs.
  virtual void accept(const std::vector<Candidate> *Cs, const clang::SourceManager &SM) {}

private:
  clang::tidy::ClangTidyContext *Ctx;
  bool Claimed = false;
  std::string RulesDirs, ProfileName, MinPrecisionName;
  PrecisionLevel MinPrecision = PrecisionLevel::Low;
  std::shared_ptr<const Catalog> Cat;
};

/// A check of one rule of a family: it reports the family's candidates of
/// its own rule outside the files its `IgnoredPaths` option leaves out.
class FamilyCheck : public BackdoorCheck {
public:
  FamilyCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  void accept(const std::vector<Candidate> *Cs, const clang::SourceManager &SM) override {
    reportRule(Cs, Rule, SM, &Ignored);
  }
  std::string Rule;
  PathFilter Ignored;
};

/// The directory list a check or the CLI loads: bundled catalog first.
std::vector<std::string> catalogDirs(llvm::StringRef ExtraDirs);

} // namespace backdoor

#endif
