//===--- AstUtilTest.cpp - the core's expression strippers ---------------===//
//
// core/AstUtil.h has one function per meaning of "strip": stripParenImpCasts
// keeps explicit casts (they may change the value), stripParenCasts removes
// every cast, stripAll also removes temporaries and default arguments.
//
//===----------------------------------------------------------------------===//
#include "CoreFixture.h"

#include "core/AstUtil.h"
#include "clang/AST/ExprCXX.h"

using namespace backdoor;
using namespace backdoor::test;
using namespace clang;

namespace {

using AstUtilTest = CoreTest;

TEST_F(AstUtilTest, NullStaysNull) {
  EXPECT_EQ(stripParenImpCasts(nullptr), nullptr);
  EXPECT_EQ(stripParenCasts(nullptr), nullptr);
  EXPECT_EQ(stripAll(nullptr), nullptr);
}

TEST_F(AstUtilTest, ImplicitCastsAndParentheses) {
  build(R"cpp(
void f(char *p) { sink((p)); }
)cpp");
  // sink's parameter is const void *: an implicit conversion around (p).
  const Expr *A = arg(0);
  ASSERT_TRUE(isa<ImplicitCastExpr>(A));
  for (const Expr *E : {stripParenImpCasts(A), stripParenCasts(A), stripAll(A)}) {
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
    ASSERT_TRUE(DRE);
    EXPECT_EQ(DRE->getDecl()->getName(), "p");
  }
}

TEST_F(AstUtilTest, ExplicitCastsStayForTheValuePreservingStrip) {
  build(R"cpp(
void f(long n) { sinki((char)(n)); }
)cpp");
  const Expr *A = arg(0);
  // (char)n changes the value: only the implicit widening back to long goes.
  EXPECT_TRUE(isa<CStyleCastExpr>(stripParenImpCasts(A)));
  EXPECT_TRUE(isa<DeclRefExpr>(stripParenCasts(A)));
  EXPECT_TRUE(isa<DeclRefExpr>(stripAll(A)));
}

TEST_F(AstUtilTest, TemporariesAndDefaultArgumentsOnlyForStripAll) {
  build(R"cpp(
struct Key { Key(int); ~Key(); };
void take(const Key &);
void g(int a = 5);
void f(int n) { take(Key(n)); g(); }
)cpp");
  const Expr *T = call("take")->getArg(0);
  // Key(n) with a destructor: a bound temporary, materialized for the reference.
  EXPECT_TRUE(isa<CXXBindTemporaryExpr>(stripParenCasts(T)));
  EXPECT_TRUE(isa<CXXConstructExpr>(stripAll(T)));
  const Expr *D = call("g")->getArg(0);
  EXPECT_TRUE(isa<CXXDefaultArgExpr>(stripParenImpCasts(D)));
  EXPECT_TRUE(isa<CXXDefaultArgExpr>(stripParenCasts(D)));
  EXPECT_TRUE(isa<IntegerLiteral>(stripAll(D)));
}

} // namespace
