//===--- MagicCredentialCheck.h - literal credentials -----------*- C++ -*-===//
//
// Finds authentication decisions that accept a literal (a password, token,
// PIN or its hash compared with a constant; a username compared with a
// constant where the match grants access) and literal passwords passed to
// password parameters of modelled APIs. Rule: backdoor-magic-credential.
// Analysis: lib/analysis/secrets/Credentials.cpp (comparisons), lib/analysis/secrets/Secrets.cpp
// (API use).
//
// Docs: docs/rules/backdoor-magic-credential.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_MAGICCREDENTIALCHECK_H
#define BACKDOOR_CHECKS_MAGICCREDENTIALCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class MagicCredentialCheck : public BackdoorCheck {
public:
  MagicCredentialCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  PathFilter Ignored;
};

} // namespace backdoor

#endif
