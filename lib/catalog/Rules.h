//===--- Rules.h - rule ids and families from the registry ------*- C++ -*-===//
//
// The rule-id constants (rules::WeakCipher == "backdoor-weak-cipher") and the
// registry as data, both from Rules.def, so an id is spelled once.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CATALOG_RULES_H
#define BACKDOOR_CATALOG_RULES_H

namespace backdoor {
namespace rules {
#define BACKDOOR_RULE(Constant, Id, Family, Check) constexpr const char *Constant = Id;
#include "catalog/Rules.def"
} // namespace rules

/// One line of the registry.
struct RegisteredRule {
  const char *Id, *Family, *Check;
};

/// Every registered rule, in registry order.
inline constexpr RegisteredRule RegisteredRules[] = {
#define BACKDOOR_RULE(Constant, Id, Family, Check) {Id, Family, #Check},
#include "catalog/Rules.def"
};

} // namespace backdoor

#endif
