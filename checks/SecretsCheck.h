//===--- SecretsCheck.h - constant keys, IVs, salts and nonces --*- C++ -*-===//
//
// Finds keys, IVs, salts and nonces that are constant data compiled into the
// program, however the code shapes them, and keys anyone can look up. One
// class serves backdoor-hardcoded-key, backdoor-known-key and
// backdoor-hardcoded-iv; the provenance analysis is lib/Provenance.cpp.
//
// Docs: docs/rules/backdoor-hardcoded-key.md, backdoor-known-key.md,
// backdoor-hardcoded-iv.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_SECRETSCHECK_H
#define BACKDOOR_CHECKS_SECRETSCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class SecretsCheck : public FamilyCheck {
public:
  SecretsCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : FamilyCheck(Name, Context) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }

public:
  static constexpr const char *Group = "secrets";
};

} // namespace backdoor

#endif
