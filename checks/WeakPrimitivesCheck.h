//===--- WeakPrimitivesCheck.h - weak primitive rules -----------*- C++ -*-===//
//
// Finds broken or legacy ciphers, ECB mode, weak hashes in signatures, MACs
// and key derivation, RSA encryption without OAEP, the NULL cipher and short
// keys, in every API the catalog models. One class serves the six rules of
// the family; the check name (= rule id) selects what it reports. The
// analysis itself lives in lib/analysis/weak-primitives/WeakPrimitives.cpp and runs once per call.
//
// Docs: docs/rules/backdoor-weak-cipher.md, backdoor-ecb-mode.md,
// backdoor-weak-hash.md, backdoor-rsa-without-oaep.md,
// backdoor-null-cipher.md, backdoor-short-key.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_WEAKPRIMITIVESCHECK_H
#define BACKDOOR_CHECKS_WEAKPRIMITIVESCHECK_H

#include "BackdoorCheck.h"
#include "llvm/ADT/StringSet.h"

namespace backdoor {

class WeakPrimitivesCheck : public BackdoorCheck {
public:
  WeakPrimitivesCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

protected:
  const char *group() const override { return Group; }
  void accept(const std::vector<Candidate> *Cs, const clang::SourceManager &SM) override;

public:
  static constexpr const char *Group = "weak-primitives";
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

private:
  void consider(const Candidate &C);
  std::string Rule;
  // backdoor-weak-hash
  std::string Contexts;
  llvm::StringSet<> ContextSet;
  // backdoor-weak-cipher
  bool ReportLegacy = true;
  // backdoor-short-key
  std::map<std::string, unsigned> MinBits;
};

} // namespace backdoor

#endif
