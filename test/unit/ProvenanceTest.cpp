//===--- ProvenanceTest.cpp - where the core says data comes from --------===//
//
// core/Provenance.h on small translation units: constant data through
// literals, arrays, copies, XOR loops, helpers (their return values and
// out-parameters), struct fields and wrapper parameters; partial data
// (constants combined with data that is not); clearing (memset,
// explicit_bzero) that is only a value when nothing else fills the buffer;
// external and predictable sources; the unit's call index and the model
// lookup.
//
//===----------------------------------------------------------------------===//
#include "CoreFixture.h"

using namespace backdoor;
using namespace backdoor::test;
using namespace clang;

namespace {

class ProvenanceTest : public CoreTest {
protected:
  static std::vector<std::string> steps(const Origin &O) {
    std::vector<std::string> Out;
    for (const Step &S : O.Path) Out.push_back(S.What);
    return Out;
  }
  static std::string name(const Origin &O) {
    return O.Named && O.Named->getDeclName().isIdentifier() ? O.Named->getName().str() : "";
  }
  /// The one whole constant the data is, or null (with a test failure).
  const Origin *theConstant(const Prov &P) {
    std::vector<const Origin *> W = P.wholeConstants();
    EXPECT_EQ(W.size(), 1u);
    return W.size() == 1 ? W[0] : nullptr;
  }
};

using Strs = std::vector<std::string>;

TEST_F(ProvenanceTest, StringLiteralKeepsItsBytes) {
  build(R"cpp(
void f() { sink("hunter2"); }
)cpp");
  const Prov &P = provenance().of(arg());
  EXPECT_FALSE(P.hasNonConstant());
  const Origin *O = theConstant(P);
  ASSERT_TRUE(O);
  EXPECT_EQ(O->Kind, Origin::Const);
  ASSERT_TRUE(O->Bytes);
  EXPECT_EQ(*O->Bytes, "hunter2");
  EXPECT_FALSE(O->Transformed);
  EXPECT_FALSE(O->Partial);
}

TEST_F(ProvenanceTest, ConstantArrayThroughAVariable) {
  build(R"cpp(
static const unsigned char kKey[8] = {1, 2, 3, 4, 0xaa, 0xbb};
void f() { sink(kKey); }
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  EXPECT_EQ(name(*O), "kKey");
  ASSERT_TRUE(O->Bytes);
  // The zero-filled tail counts: eight bytes.
  EXPECT_EQ(*O->Bytes, std::string("\x01\x02\x03\x04\xaa\xbb\x00\x00", 8));
  EXPECT_FALSE(O->Clearing);
}

TEST_F(ProvenanceTest, CopiedArrayKeepsItsOriginAndThePath) {
  build(R"cpp(
static const char kSecret[] = "0123456789abcdef";
void f() {
  char key[17];
  strcpy(key, kSecret);
  sink(key);
}
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  EXPECT_EQ(name(*O), "kSecret");
  ASSERT_TRUE(O->Bytes);
  EXPECT_EQ(*O->Bytes, "0123456789abcdef");
  Strs S = steps(*O);
  ASSERT_FALSE(S.empty());
  EXPECT_EQ(S.back(), "copied here");
}

TEST_F(ProvenanceTest, XorLoopOverConstantsIsATransformedConstant) {
  build(R"cpp(
static const unsigned char kObfuscated[4] = {0x31, 0x32, 0x33, 0x34};
void f() {
  unsigned char key[4];
  for (int i = 0; i < 4; ++i) key[i] = kObfuscated[i] ^ 0x5a;
  sink(key);
}
)cpp");
  const Prov &P = provenance().of(arg());
  EXPECT_FALSE(P.hasNonConstant());
  const Origin *O = theConstant(P);
  ASSERT_TRUE(O);
  EXPECT_TRUE(O->Transformed);
  EXPECT_FALSE(O->Partial);
  EXPECT_FALSE(O->Bytes); // computed: the exact bytes are not known
  EXPECT_EQ(name(*O), "kObfuscated");
}

TEST_F(ProvenanceTest, ConstantCombinedWithOtherDataIsPartial) {
  build(R"cpp(
static const unsigned char kPrefix[4] = {0x31, 0x32, 0x33, 0x34};
void f(const unsigned char *user) {
  unsigned char key[4];
  for (int i = 0; i < 4; ++i) key[i] = kPrefix[i] ^ user[i];
  sink(key);
}
)cpp");
  const Prov &P = provenance().of(arg());
  EXPECT_TRUE(P.hasNonConstant());
  EXPECT_TRUE(P.wholeConstants().empty());
  bool SawPartialConst = false;
  for (const Origin &O : P.Origins)
    if (O.Kind == Origin::Const) SawPartialConst |= O.Partial;
  EXPECT_TRUE(SawPartialConst);
}

TEST_F(ProvenanceTest, ClearedBufferAloneIsAllZeros) {
  build(R"cpp(
void f() { unsigned char key[16]; memset(key, 0, sizeof key); sink(key); }
void g() { unsigned char key[16]; explicit_bzero(key, 16); sink(key); }
)cpp");
  for (unsigned I = 0; I < 2; ++I) {
    const Prov &P = provenance().of(arg(I));
    const Origin *O = theConstant(P);
    ASSERT_TRUE(O) << I;
    EXPECT_TRUE(O->Clearing) << I;
    EXPECT_EQ(name(*O), "key") << I;
    EXPECT_EQ(steps(*O), Strs{"cleared here"}) << I;
  }
}

TEST_F(ProvenanceTest, ClearedThenFilledFromElsewhereIsNoConstant) {
  build(R"cpp(
void f() {
  unsigned char key[16];
  memset(key, 0, sizeof key);
  RAND_bytes(key, sizeof key);
  sink(key);
}
)cpp");
  const Prov &P = provenance().of(arg());
  EXPECT_TRUE(P.External);
  EXPECT_TRUE(P.wholeConstants().empty());
  EXPECT_EQ(P.Random, call("RAND_bytes"));
}

TEST_F(ProvenanceTest, ZeroInitializerIsClearing) {
  build(R"cpp(
void f() { unsigned char key[16] = {0}; sink(key); }
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  EXPECT_TRUE(O->Clearing);
  ASSERT_TRUE(O->Bytes);
  EXPECT_EQ(*O->Bytes, std::string(16, '\0'));
}

TEST_F(ProvenanceTest, HelperReturnValueThroughItsSummary) {
  build(R"cpp(
static const char *secret(void) { return "s3cr3t-t0k3n"; }
void f() { sink(secret()); }
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  ASSERT_TRUE(O->Bytes);
  EXPECT_EQ(*O->Bytes, "s3cr3t-t0k3n");
  EXPECT_EQ(steps(*O), Strs{"value returned here"});
}

TEST_F(ProvenanceTest, HelperReturningItsParameterTakesTheArgument) {
  build(R"cpp(
static const char *pick(const char *a) { return a; }
void f(void) { sink(pick("abcdefgh")); }
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  ASSERT_TRUE(O->Bytes);
  EXPECT_EQ(*O->Bytes, "abcdefgh");
  Strs S = steps(*O);
  ASSERT_EQ(S.size(), 2u);
  EXPECT_EQ(S[0], "passed to a helper here");
  EXPECT_EQ(S[1], "value returned here");
}

TEST_F(ProvenanceTest, HelperOutParameterThroughItsSummary) {
  build(R"cpp(
static const unsigned char kKey[4] = {9, 8, 7, 6};
static void fill(unsigned char *out) { memcpy(out, kKey, 4); }
void f() { unsigned char key[4]; fill(key); sink(key); }
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  EXPECT_EQ(name(*O), "kKey");
  Strs S = steps(*O);
  ASSERT_FALSE(S.empty());
  EXPECT_EQ(S.back(), "filled by this call");
  const Prov *W = provenance().writtenThrough(call("fill")->getDirectCallee(), 0);
  ASSERT_TRUE(W);
  EXPECT_EQ(W->wholeConstants().size(), 1u);
  EXPECT_FALSE(provenance().writtenThrough(call("fill")->getDirectCallee(), 1));
}

TEST_F(ProvenanceTest, WrapperParameterResolvedAtTheUnitsCallSites) {
  build(R"cpp(
static void encrypt_with(const unsigned char *k) { sink(k); }
static const unsigned char kKey[4] = {1, 1, 2, 3};
void f() { encrypt_with(kKey); }
)cpp");
  const Origin *O = theConstant(provenance().of(arg()));
  ASSERT_TRUE(O);
  EXPECT_EQ(name(*O), "kKey");
  EXPECT_EQ(steps(*O), (Strs{"value defined here", "argument passed here"}));
}

TEST_F(ProvenanceTest, StructFieldsFromInitializersAndConstructors) {
  build(R"cpp(
struct Config { const char *key; int rounds; };
static Config kConfig = {"fieldkey", 10};
struct Holder {
  const char *secret;
  Holder() : secret("ctorkey!") {}
};
void f(Holder &h) { sink(kConfig.key); sink(h.secret); }
)cpp");
  const Origin *A = theConstant(provenance().of(arg(0)));
  ASSERT_TRUE(A);
  ASSERT_TRUE(A->Bytes);
  EXPECT_EQ(*A->Bytes, "fieldkey");
  const Origin *B = theConstant(provenance().of(arg(1)));
  ASSERT_TRUE(B);
  ASSERT_TRUE(B->Bytes);
  EXPECT_EQ(*B->Bytes, "ctorkey!");
  EXPECT_EQ(name(*B), "secret");
}

TEST_F(ProvenanceTest, ExternalAndPredictableSources) {
  build(R"cpp(
void f() {
  sink(getenv("KEY"));
  int r = rand();
  sinki(r);
}
)cpp");
  const Prov &Env = provenance().of(arg(0));
  EXPECT_TRUE(Env.External);
  EXPECT_TRUE(Env.Origins.empty());
  EXPECT_TRUE(Env.hasNonConstant());
  const Prov &Rnd = provenance().of(arg(1));
  EXPECT_EQ(Rnd.Predictable, call("rand"));
}

TEST_F(ProvenanceTest, AlternativesStayWhole) {
  build(R"cpp(
void f() {
  const char *key = getenv("KEY");
  if (!key) key = "fallback-key";
  sink(key);
}
)cpp");
  const Prov &P = provenance().of(arg());
  EXPECT_TRUE(P.External);
  const Origin *O = theConstant(P); // the default is whole, not partial
  ASSERT_TRUE(O);
  ASSERT_TRUE(O->Bytes);
  EXPECT_EQ(*O->Bytes, "fallback-key");
}

TEST_F(ProvenanceTest, FunctionWithoutABodyIsALinkOrigin) {
  build(R"cpp(
const char *load_key(void);
void f() { sink(load_key()); }
)cpp");
  const Prov &P = provenance().of(arg());
  EXPECT_TRUE(P.Unknown);
  ASSERT_EQ(P.Origins.size(), 1u);
  EXPECT_EQ(P.Origins[0].Kind, Origin::Link);
  EXPECT_EQ(P.Origins[0].What, "return");
  EXPECT_FALSE(P.Origins[0].Symbol.empty());
  EXPECT_TRUE(P.wholeConstants().empty());
}

TEST_F(ProvenanceTest, CallIndexAndModelLookup) {
  build(R"cpp(
struct Stream { void write(const char *, long); };
long write(int, const void *, size_t);
void f(Stream &s) {
  unsigned char k[4];
  memset(k, 0, 4);
  s.write("x", 1);
  write(1, "x", 1);
}
)cpp");
  ProvenanceAnalysis &PA = provenance();
  EXPECT_TRUE(PA.calledInUnit("memset"));
  EXPECT_TRUE(PA.calledInUnit("Stream::write"));
  EXPECT_FALSE(PA.calledInUnit("memcpy"));
  EXPECT_TRUE(PA.calledInUnitMatching("^mem"));
  const FunctionModel *Memset = PA.model(call("memset"));
  ASSERT_TRUE(Memset);
  EXPECT_EQ(Memset->Clears, 0);
  // Methods are modelled by qualified name only: Stream::write is not write(2).
  const CallExpr *Method = nullptr, *Free = nullptr;
  for (const auto &[FD, Calls] : PA.calls())
    for (const CallExpr *CE : Calls)
      if (FD->getDeclName().isIdentifier() && FD->getName() == "write")
        (isa<CXXMethodDecl>(FD) ? Method : Free) = CE;
  ASSERT_TRUE(Method && Free);
  EXPECT_FALSE(PA.model(Method));
  EXPECT_TRUE(PA.model(Free));
}

} // namespace
