//===--- EscrowCheck.h - key escrow and exfiltration paths ------*- C++ -*-===//
//
// One class for the escrow rules: key material that leaves the process
// (backdoor-key-exfiltration), keys wrapped under a public key compiled into
// the program (backdoor-escrow-wrap) and TLS key logging
// (backdoor-tls-keylog). The analysis is lib/Escrow.cpp on top of the
// provenance of lib/Provenance.cpp; sources, sinks and sanitizers are
// catalog data (rules/escrow.yaml).
//
// Docs: docs/rules/backdoor-key-exfiltration.md, backdoor-escrow-wrap.md,
// backdoor-tls-keylog.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_ESCROWCHECK_H
#define BACKDOOR_CHECKS_ESCROWCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class EscrowCheck : public FamilyCheck {
public:
  EscrowCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : FamilyCheck(Name, Context) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }

public:
  static constexpr const char *Group = "escrow";
};

} // namespace backdoor

#endif
