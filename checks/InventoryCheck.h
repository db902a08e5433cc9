//===--- InventoryCheck.h - the cryptography inventory ----------*- C++ -*-===//
//
// backdoor-crypto-inventory and backdoor-quantum-vulnerable: both off unless
// the check list names them (a glob such as backdoor-* does not) or the policy
// profile enables them (`enable:` in rules/profiles/*.yaml). The inventory
// reports remarks, never warnings: one machine-readable record per use of
// cryptography, which the CLI collects into the CycloneDX CBOM. The analysis
// is lib/analysis/inventory/Inventory.cpp.
//
// Docs: docs/rules/backdoor-crypto-inventory.md, backdoor-quantum-vulnerable.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_INVENTORYCHECK_H
#define BACKDOOR_CHECKS_INVENTORYCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class InventoryCheck : public BackdoorCheck {
public:
  InventoryCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  static constexpr const char *Group = "inventory";

  /// The check list \p Checks names \p Rule itself, not through a glob.
  static bool namedExplicitly(llvm::StringRef Checks, llvm::StringRef Rule);

protected:
  const char *group() const override { return Group; }
  void accept(const std::vector<Candidate> *Cs, const clang::SourceManager &SM) override;

private:
  std::string Rule;
  bool Enabled = false;
};

} // namespace backdoor

#endif
