//===--- CoreFixture.h - small ASTs for the core's unit tests ---*- C++ -*-===//
//
// Builds a translation unit from a snippet (buildASTFromCodeWithArgs) and
// opens the analysis session on it with the bundled catalog, as the checks
// do: AnalysisSession::get from the unit's ASTContext. The snippet calls
// `sink(x)` (or `sinki(n)`) where the test asks about x: arg(N) is the
// argument of the N-th such call in source order.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_TEST_COREFIXTURE_H
#define BACKDOOR_TEST_COREFIXTURE_H

#include "BackdoorCheck.h"
#include "TestCatalog.h"
#include "catalog/Catalog.h"
#include "core/Session.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"
#include <algorithm>

namespace backdoor::test {

/// The declarations snippets share: the sinks the tests ask about and the
/// libc functions the bundled catalog models.
inline const char *Prelude = R"cpp(
typedef unsigned long size_t;
void sink(const void *);
void sinki(long);
void *memset(void *, int, size_t);
void explicit_bzero(void *, size_t);
void *memcpy(void *, const void *, size_t);
char *strcpy(char *, const char *);
char *getenv(const char *);
int rand(void);
int RAND_bytes(unsigned char *, int);
)cpp";

class CoreTest : public ::testing::Test {
protected:
  void SetUp() override { AnalysisSession::invalidate(); }
  void TearDown() override {
    AnalysisSession::invalidate(); // the session points into the AST
    AST.reset();
  }

  static std::shared_ptr<const Catalog> catalog() { return sharedCatalog(); }

  /// Parses Prelude + Code (C++17 unless \p Lang says otherwise); the session
  /// is then the unit's.
  void build(const std::string &Code, const std::string &Lang = "-std=c++17") {
    AnalysisSession::invalidate();
    AST = clang::tooling::buildASTFromCodeWithArgs(
        std::string(Prelude) + Code, {Lang, "-Wno-everything"},
        Lang.find("c++") != std::string::npos ? "input.cc" : "input.c");
    ASSERT_TRUE(AST);
    ASSERT_FALSE(AST->getDiagnostics().hasErrorOccurred()) << Code;
    ASSERT_TRUE(catalog());
    Sinks.clear();
    struct Collect : clang::RecursiveASTVisitor<Collect> {
      std::vector<const clang::CallExpr *> *Out;
      bool shouldVisitTemplateInstantiations() const { return true; }
      bool VisitCallExpr(clang::CallExpr *CE) {
        if (const clang::FunctionDecl *FD = CE->getDirectCallee())
          if (FD->getDeclName().isIdentifier() &&
              (FD->getName() == "sink" || FD->getName() == "sinki"))
            Out->push_back(CE);
        return true;
      }
    } C;
    C.Out = &Sinks;
    C.TraverseDecl(AST->getASTContext().getTranslationUnitDecl());
    const clang::SourceManager &SM = AST->getASTContext().getSourceManager();
    std::stable_sort(Sinks.begin(), Sinks.end(),
                     [&](const clang::CallExpr *A, const clang::CallExpr *B) {
                       return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
                     });
  }

  AnalysisSession &session() { return AnalysisSession::get(AST->getASTContext(), catalog()); }
  ValueResolver &values() { return session().values(); }
  ProvenanceAnalysis &provenance() { return session().provenance(); }

  /// The argument of the N-th sink call.
  const clang::Expr *arg(unsigned N = 0) {
    EXPECT_LT(N, Sinks.size());
    return N < Sinks.size() ? Sinks[N]->getArg(0) : nullptr;
  }

  /// The first call (in source order) to a function of this name.
  const clang::CallExpr *call(llvm::StringRef Name) {
    struct Find : clang::RecursiveASTVisitor<Find> {
      llvm::StringRef Name;
      const clang::CallExpr *Found = nullptr;
      bool VisitCallExpr(clang::CallExpr *CE) {
        const clang::FunctionDecl *FD = CE->getDirectCallee();
        if (!Found && FD && FD->getDeclName().isIdentifier() && FD->getName() == Name) Found = CE;
        return true;
      }
    } F;
    F.Name = Name;
    F.TraverseDecl(AST->getASTContext().getTranslationUnitDecl());
    return F.Found;
  }

  /// The line a statement starts on.
  unsigned line(const clang::Stmt *S) {
    const clang::SourceManager &SM = AST->getASTContext().getSourceManager();
    return SM.getExpansionLineNumber(S->getBeginLoc());
  }
  /// Line numbers of Code count from its first line (the prelude comes first).
  unsigned codeLine(unsigned L) {
    unsigned PreludeLines = 0;
    for (const char *P = Prelude; *P; ++P) PreludeLines += *P == '\n';
    return PreludeLines + L;
  }

  std::unique_ptr<clang::ASTUnit> AST;
  std::vector<const clang::CallExpr *> Sinks;
};

} // namespace backdoor::test

#endif
