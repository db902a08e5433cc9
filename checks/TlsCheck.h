//===--- TlsCheck.h - weakened TLS configuration ----------------*- C++ -*-===//
//
// Finds TLS certificate verification switched off (modes, always-accepting
// callbacks, host names never checked) and weak TLS protocol or cipher
// configuration, reading cipher lists and priority strings with the
// libraries' own grammars. One class serves backdoor-tls-verify-disabled and
// backdoor-weak-tls; the analysis is lib/analysis/tls/Tls.cpp.
//
// Docs: docs/rules/backdoor-tls-verify-disabled.md, backdoor-weak-tls.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_TLSCHECK_H
#define BACKDOOR_CHECKS_TLSCHECK_H

#include "BackdoorCheck.h"

namespace backdoor {

class TlsCheck : public BackdoorCheck {
public:
  TlsCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : BackdoorCheck(Name, Context), Rule(Name.str()) {}
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }
  void accept(const std::vector<Candidate> *Cs, const clang::SourceManager &SM) override;

public:
  static constexpr const char *Group = "tls";

private:
  std::string Rule;
};

} // namespace backdoor

#endif
