//===--- FamilyChecks.h - the checks of the rule families -------*- C++ -*-===//
//
// A family whose rules share one analysis has one check class: the first live
// check of the family registers the matchers, and every live check of it
// reports its own rule's candidates (BackdoorCheck::dispatch). The classes are
// declared here from the registry (catalog/Rules.def, BACKDOOR_FAMILY lines);
// each family's matchers and dispatch are in checks/<Family>Check.cpp, its
// analysis in lib/analysis/<family>/, its rules in rules/<family>.yaml.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_FAMILYCHECKS_H
#define BACKDOOR_CHECKS_FAMILYCHECKS_H

#include "BackdoorCheck.h"

namespace backdoor {

#define BACKDOOR_FAMILY(Family, Check)                                                             \
  class Check : public FamilyCheck {                                                               \
  public:                                                                                          \
    Check(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)                            \
        : FamilyCheck(Name, Context) {}                                                            \
    void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;                      \
    void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;              \
    static constexpr const char *Group = Family;                                                   \
                                                                                                   \
  protected:                                                                                       \
    const char *group() const override { return Group; }                                           \
  };
#include "catalog/Rules.def"

} // namespace backdoor

#endif
