//===--- BackdoorCheck.h - base of every backdoor-* check -------*- C++ -*-===//
//
// Loads the catalog once per process (bundled rules plus the directories in
// the global option `BackdoorScanRules`), hands the per translation unit
// analysis session to its subclasses, and stops with `file:line:col: error:`
// and exit code 2 when the catalog is malformed: never a silent fallback.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_BACKDOORCHECK_H
#define BACKDOOR_CHECKS_BACKDOORCHECK_H

#include "Catalog.h"
#include "Findings.h"
#include "Session.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace backdoor {

class BackdoorCheck : public clang::tidy::ClangTidyCheck {
public:
  BackdoorCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override { AnalysisSession::invalidate(); }

protected:
  const Catalog &catalog() const { return *Cat; }
  AnalysisSession &session(clang::ASTContext &Ctx) { return AnalysisSession::get(Ctx, Cat); }
  /// Reports a candidate of this check's rule with its notes.
  void report(const Candidate &C, llvm::StringRef Message);
  void report(const Candidate &C) { report(C, C.Message); }

private:
  std::string RulesDirs;
  std::shared_ptr<const Catalog> Cat;
};

/// The directory list a check or the CLI loads: bundled catalog first.
std::vector<std::string> catalogDirs(llvm::StringRef ExtraDirs);

} // namespace backdoor

#endif
