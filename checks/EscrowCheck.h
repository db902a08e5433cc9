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

class EscrowCheck : public BackdoorCheck {
public:
  EscrowCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }
  void accept(const std::vector<Candidate> *Cs, const clang::SourceManager &SM) override;

public:
  static constexpr const char *Group = "escrow";
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  std::string Rule;
  PathFilter Ignored;
};

} // namespace backdoor

#endif
