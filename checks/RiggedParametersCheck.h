//===--- RiggedParametersCheck.h - rigged parameters and seeds --*- C++ -*-===//
//
// One class for backdoor-rigged-parameters (non-standard Diffie-Hellman
// moduli, custom curves and generators, Dual_EC_DRBG, RSA exponents 1 and 3)
// and backdoor-constant-seed (generators seeded with constants or fake
// entropy). The analysis is lib/Rigged.cpp; the known constants are
// rules/parameters.yaml.
//
// Docs: docs/rules/backdoor-rigged-parameters.md, backdoor-constant-seed.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_RIGGEDPARAMETERSCHECK_H
#define BACKDOOR_CHECKS_RIGGEDPARAMETERSCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class RiggedParametersCheck : public FamilyCheck {
public:
  RiggedParametersCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : FamilyCheck(Name, Context) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }

public:
  static constexpr const char *Group = "parameters";
};

} // namespace backdoor

#endif
