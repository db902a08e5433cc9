//===--- ConfigCheck.h - randomness, KDF, verification, bypass --*- C++ -*-===//
//
// One class for the configuration rules outside TLS: predictable randomness
// for secrets, weak key derivation, ignored or misread verification results,
// timing-unsafe MAC comparison and hidden bypasses. The analysis is
// lib/Config.cpp.
//
// Docs: docs/rules/backdoor-predictable-random.md, backdoor-weak-kdf.md,
// backdoor-unchecked-verification.md, backdoor-timing-unsafe-compare.md,
// backdoor-hidden-bypass.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_CONFIGCHECK_H
#define BACKDOOR_CHECKS_CONFIGCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class ConfigCheck : public FamilyCheck {
public:
  ConfigCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : FamilyCheck(Name, Context) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }

public:
  static constexpr const char *Group = "config";
};

} // namespace backdoor

#endif
