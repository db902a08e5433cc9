//===--- ValuesTest.cpp - what the value resolver returns ----------------===//
//
// core/Values.h on small translation units: the constants an expression can
// take through variables, tables, helpers, parameters and arithmetic, when
// the answer is complete, and the path from the definition to the use.
//
//===----------------------------------------------------------------------===//
#include "CoreFixture.h"

#include "llvm/ADT/STLExtras.h"
#include <algorithm>

using namespace backdoor;
using namespace backdoor::test;
using namespace clang;

namespace {

class ValuesTest : public CoreTest {
protected:
  /// The integers, sorted (the resolver keeps definition order).
  std::vector<int64_t> intsOf(const Expr *E) {
    std::vector<int64_t> Out;
    for (const Value &V : values().ints(E)) Out.push_back(V.I);
    std::sort(Out.begin(), Out.end());
    return Out;
  }
  std::vector<std::string> stringsOf(const Expr *E) {
    std::vector<std::string> Out;
    for (const Value &V : values().strings(E)) Out.push_back(V.S);
    std::sort(Out.begin(), Out.end());
    return Out;
  }
  static std::vector<std::string> steps(const Value &V) {
    std::vector<std::string> Out;
    for (const Step &S : V.Path) Out.push_back(S.What);
    return Out;
  }
};

using Ints = std::vector<int64_t>;
using Strs = std::vector<std::string>;

TEST_F(ValuesTest, IntegerLiteralAndEnumerator) {
  build(R"cpp(
enum { kBits = 2048 };
void f() { sinki(1024); sinki(kBits); sinki(3 * 256 + 1); }
)cpp");
  EXPECT_EQ(intsOf(arg(0)), Ints{1024});
  EXPECT_EQ(intsOf(arg(1)), Ints{2048});
  EXPECT_EQ(intsOf(arg(2)), Ints{769});
  EXPECT_TRUE(values().resolve(arg(1)).Complete);
}

TEST_F(ValuesTest, ConstantTableElement) {
  build(R"cpp(
static const int kSizes[] = {512, 768, 1024};
static int kLocalSizes[] = {512, 768, 1024}; // file-local: followed like a constant
void f() { sinki(kSizes[1]); sinki(kLocalSizes[2]); }
)cpp");
  // Clang folds an element of a const table itself.
  const ValueSet &A = values().resolve(arg(0));
  EXPECT_TRUE(A.Complete);
  ASSERT_EQ(A.Values.size(), 1u);
  EXPECT_EQ(A.Values[0].I, 768);
  // A static table is followed to its initializer.
  const ValueSet &B = values().resolve(arg(1));
  EXPECT_TRUE(B.Complete);
  ASSERT_EQ(B.Values.size(), 1u);
  EXPECT_EQ(B.Values[0].I, 1024);
  EXPECT_EQ(steps(B.Values[0]), Strs{"table entry defined here"});
}

TEST_F(ValuesTest, TableIndexedByAVariableIndexTakesEveryElement) {
  build(R"cpp(
static const int kSizes[] = {512, 768, 1024};
void f(int n) { for (int i = 0; i < n; ++i) sinki(kSizes[i]); }
)cpp");
  EXPECT_EQ(intsOf(arg()), (Ints{512, 768, 1024}));
}

TEST_F(ValuesTest, FieldOfAConstantStruct) {
  build(R"cpp(
struct Config { const char *cipher; int bits; };
static const struct Config kConfig = {"des-cbc", 56};
void f() { sinki(kConfig.bits); sink(kConfig.cipher); }
)cpp");
  EXPECT_EQ(intsOf(arg(0)), Ints{56});
  EXPECT_EQ(stringsOf(arg(1)), Strs{"des-cbc"});
}

TEST_F(ValuesTest, LocalDefinitionsBeforeTheUseOnly) {
  build(R"cpp(
void f(int c) {
  int bits = 1024;
  if (c) bits = 512;
  sinki(bits);
  bits = 4096;
}
)cpp");
  EXPECT_EQ(intsOf(arg()), (Ints{512, 1024}));
  for (const Value &V : values().ints(arg())) EXPECT_EQ(steps(V), Strs{"value assigned here"});
}

TEST_F(ValuesTest, VariableChangedInAWayNotFollowedIsUnknown) {
  build(R"cpp(
void mutate(int *);
void f() { int bits = 1024; mutate(&bits); sinki(bits); }
void g() { int n = 8; n += 8; sinki(n); }
)cpp");
  const ValueSet &A = values().resolve(arg(0));
  EXPECT_TRUE(A.Values.empty());
  EXPECT_FALSE(A.Complete);
  const ValueSet &B = values().resolve(arg(1));
  EXPECT_TRUE(B.Values.empty());
  EXPECT_FALSE(B.Complete);
}

TEST_F(ValuesTest, HelperReturnValues) {
  build(R"cpp(
static int bits(int legacy) { if (legacy) return 768; return 2048; }
void f(int x) { sinki(bits(x)); }
)cpp");
  const ValueSet &VS = values().resolve(arg());
  EXPECT_TRUE(VS.Complete);
  EXPECT_EQ(intsOf(arg()), (Ints{768, 2048}));
  for (const Value &V : VS.Values) EXPECT_EQ(steps(V), Strs{"value returned here"});
}

TEST_F(ValuesTest, ParameterTakesTheArgumentsOfTheUnitsCalls) {
  build(R"cpp(
static void use(int b) { sinki(b); }
void f() { use(40); use(56); }
)cpp");
  const ValueSet &VS = values().resolve(arg());
  EXPECT_EQ(intsOf(arg()), (Ints{40, 56}));
  EXPECT_FALSE(VS.Complete); // callers elsewhere are unknown
  for (const Value &V : VS.Values) EXPECT_EQ(steps(V), Strs{"argument passed here"});
}

TEST_F(ValuesTest, ArithmeticThroughVariables) {
  build(R"cpp(
void f() {
  int base = 8;
  int bits = base * 16;
  sinki(bits);
  unsigned u = 0u;
  unsigned wrapped = u - 1u;
  sinki(wrapped);
}
)cpp");
  EXPECT_EQ(intsOf(arg(0)), Ints{128});
  EXPECT_EQ(intsOf(arg(1)), Ints{4294967295});
}

TEST_F(ValuesTest, SignedOverflowIsNoConstant) {
  build(R"cpp(
void f() { int big = 2147483647; int next = big + 1; sinki(next); }
)cpp");
  const ValueSet &VS = values().resolve(arg());
  EXPECT_TRUE(VS.Values.empty());
  EXPECT_FALSE(VS.Complete);
}

TEST_F(ValuesTest, FoldIntFollowsCRules) {
  build("");
  ASTContext &Ctx = AST->getASTContext();
  EXPECT_EQ(foldInt(BO_Add, 2, 3, Ctx.IntTy, Ctx), std::optional<int64_t>(5));
  EXPECT_EQ(foldInt(BO_Add, 2147483647, 1, Ctx.IntTy, Ctx), std::nullopt);
  EXPECT_EQ(foldInt(BO_Add, 4294967295, 1, Ctx.UnsignedIntTy, Ctx), std::optional<int64_t>(0));
  EXPECT_EQ(foldInt(BO_Div, 1, 0, Ctx.IntTy, Ctx), std::nullopt);
  EXPECT_EQ(foldInt(BO_Div, -2147483648LL, -1, Ctx.IntTy, Ctx), std::nullopt);
  EXPECT_EQ(foldInt(BO_Shl, 1, 32, Ctx.IntTy, Ctx), std::nullopt);
  EXPECT_EQ(foldInt(BO_Shl, -1, 1, Ctx.IntTy, Ctx), std::nullopt);
  EXPECT_EQ(foldInt(BO_Xor, 0x5a, 0xff, Ctx.IntTy, Ctx), std::optional<int64_t>(0xa5));
}

TEST_F(ValuesTest, ConditionTheCompilerFoldsPicksOneArm) {
  build(R"cpp(
#define LEGACY 0
void f(int c) { sinki(LEGACY ? 512 : 2048); sinki(c ? 512 : 2048); }
)cpp");
  EXPECT_EQ(intsOf(arg(0)), Ints{2048});
  EXPECT_EQ(intsOf(arg(1)), (Ints{512, 2048}));
}

TEST_F(ValuesTest, StringsThroughVariablesAndStdString) {
  build(R"cpp(
namespace std {
struct string {
  string(const char *);
  const char *c_str() const;
};
}
void f(int c) {
  const char *name = c ? "des-cbc" : "aes-128-cbc";
  sink(name);
  std::string s("rc4");
  sink(s.c_str());
}
)cpp");
  EXPECT_EQ(stringsOf(arg(0)), (Strs{"aes-128-cbc", "des-cbc"}));
  EXPECT_EQ(stringsOf(arg(1)), Strs{"rc4"});
}

TEST_F(ValuesTest, AlgorithmsFromSymbolsNamesAndLookups) {
  build(R"cpp(
typedef struct evp_cipher_st EVP_CIPHER;
const EVP_CIPHER *EVP_des_cbc(void);
const EVP_CIPHER *EVP_get_cipherbyname(const char *);
void f() {
  sink(EVP_des_cbc());
  sink(EVP_get_cipherbyname("rc4"));
  sink("not-an-algorithm-name");
}
)cpp");
  std::vector<Value> A = values().algorithms(arg(0));
  ASSERT_EQ(A.size(), 1u);
  EXPECT_EQ(A[0].A.Family, "des");
  std::vector<Value> B = values().algorithms(arg(1));
  ASSERT_EQ(B.size(), 1u);
  EXPECT_EQ(B[0].A.Family, "rc4");
  EXPECT_TRUE(values().algorithms(arg(2)).empty());
}

TEST_F(ValuesTest, NamesOneOfSymbolsMacrosAndStrings) {
  build(R"cpp(
#define OPT_PASSWORD 10
enum Opt { OPT_URL = 11 };
void sink2(int, const char *);
void f() {
  sinki(OPT_PASSWORD);
  sinki(OPT_URL);
  sink("priv");
  sinki(12);
}
)cpp");
  std::vector<std::string> Syms = {"OPT_PASSWORD", "OPT_URL", "priv"};
  EXPECT_TRUE(values().namesOneOf(arg(0), Syms));
  EXPECT_TRUE(values().namesOneOf(arg(1), Syms));
  EXPECT_TRUE(values().namesOneOf(arg(2), Syms));
  EXPECT_FALSE(values().namesOneOf(arg(3), Syms));
  EXPECT_FALSE(values().namesOneOf(arg(0), {"OPT_URL"}));
}

TEST_F(ValuesTest, ResultsAreMemoizedPerUnit) {
  build(R"cpp(
static const int kSizes[] = {512, 768};
void f() { sinki(kSizes[0]); }
)cpp");
  const ValueSet *First = &values().resolve(arg());
  EXPECT_EQ(First, &values().resolve(arg()));
  EXPECT_EQ(&session().values(), &AnalysisSession::get(AST->getASTContext(), catalog()).values());
}

} // namespace
