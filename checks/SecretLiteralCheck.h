//===--- SecretLiteralCheck.h - secret-looking literals ---------*- C++ -*-===//
//
// Finds high-entropy literals bound to a secret-looking name: a variable or
// field initializer, an assignment, a #define, a map entry or key/value pair.
// Rule: backdoor-secret-literal (lower precision; thresholds are options).
//
// Docs: docs/rules/backdoor-secret-literal.md
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CHECKS_SECRETLITERALCHECK_H
#define BACKDOOR_CHECKS_SECRETLITERALCHECK_H

#include "BackdoorCheck.h"
#include "analysis/secrets/Credentials.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace backdoor {

class SecretLiteralCheck : public BackdoorCheck {
public:
  SecretLiteralCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void registerPPCallbacks(const clang::SourceManager &SM, clang::Preprocessor *PP,
                           clang::Preprocessor *ModuleExpanderPP) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override {
    BackdoorCheck::onStartOfTranslationUnit();
    SeenLists.clear();
  }

  /// Reports a literal bound to Name at Loc when it looks like a secret,
  /// unless \p IsPublicKey (asked last, when all else says report) says that
  /// the program uses it as a public key.
  void consider(llvm::StringRef Name, llvm::StringRef Bytes, bool IsString,
                clang::SourceLocation Loc, const clang::SourceManager &SM, const char *How,
                llvm::function_ref<bool()> IsPublicKey = nullptr);

private:
  EntropyOptions Entropy;
  PathFilter Ignored;
  /// The initializer lists read in this unit (in their written form).
  llvm::DenseSet<const clang::InitListExpr *> SeenLists;
};

} // namespace backdoor

#endif
