//===--- CallSiteTest.cpp - the core's call-site vocabulary --------------===//
//
// core/CallSite.h and core/UnitIndex.h on small translation units: the one
// model lookup, the one callee name, the one `when: {arg, is}` evaluator, and
// the unit's index of calls and writes shared by values and provenance.
//
//===----------------------------------------------------------------------===//
#include "CoreFixture.h"

#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/UnitIndex.h"

using namespace backdoor;
using namespace backdoor::test;
using namespace clang;

namespace {

class CallSiteTest : public CoreTest {
protected:
  /// The calls of the main file to a function of this name, in source order.
  std::vector<const CallExpr *> callsTo(llvm::StringRef Name) {
    std::vector<const CallExpr *> Out;
    for (const auto &[FD, Calls] : session().index().calls())
      if (FD->getDeclName().isIdentifier() && FD->getName() == Name)
        Out.insert(Out.end(), Calls.begin(), Calls.end());
    const SourceManager &SM = AST->getASTContext().getSourceManager();
    std::sort(Out.begin(), Out.end(), [&](const CallExpr *A, const CallExpr *B) {
      return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
    });
    return Out;
  }
};

TEST_F(CallSiteTest, FreeFunctionCall) {
  build(R"cpp(
void f() { unsigned char k[4]; memset(k, 0, 4); }
)cpp");
  CallSite C = callSite(session(), call("memset"));
  EXPECT_EQ(C.E, call("memset"));
  ASSERT_TRUE(C.Callee);
  EXPECT_EQ(C.Callee->getName(), "memset");
  ASSERT_TRUE(C.Model);
  EXPECT_EQ(C.Model->Clears, 0);
  EXPECT_EQ(C.Args.size(), 3u);
  EXPECT_FALSE(C.Object);
  EXPECT_EQ(C.Name, "memset");
}

TEST_F(CallSiteTest, ModelledMacroNamesTheCallAndChoosesTheModel) {
  build(R"cpp(
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;
int EVP_DigestInit_ex(EVP_MD_CTX *, const EVP_MD *, void *);
#define EVP_SignInit_ex(a, b, c) EVP_DigestInit_ex(a, b, c)
const EVP_MD *EVP_md5(void);
void f(EVP_MD_CTX *ctx) { EVP_SignInit_ex(ctx, EVP_md5(), 0); EVP_DigestInit_ex(ctx, EVP_md5(), 0); }
)cpp");
  std::vector<const CallExpr *> Calls = callsTo("EVP_DigestInit_ex");
  ASSERT_EQ(Calls.size(), 2u);
  CallSite Macro = callSite(session(), Calls[0]);
  CallSite Plain = callSite(session(), Calls[1]);
  EXPECT_EQ(Macro.Name, "EVP_SignInit_ex");
  EXPECT_EQ(Plain.Name, "EVP_DigestInit_ex");
  ASSERT_TRUE(Macro.Model && Plain.Model);
  EXPECT_EQ(Macro.Model->Context, "signature");
  EXPECT_EQ(Plain.Model->Context, "digest");
  EXPECT_EQ(Macro.Model, provenance().model(Calls[0])); // one lookup
  const ParamModel *P = Macro.param(1);
  ASSERT_TRUE(P);
  EXPECT_EQ(roleName(P->Role), "digest");
  EXPECT_FALSE(Macro.param(0));
}

TEST_F(CallSiteTest, MemberCallsFunctionObjectsAndConstructors) {
  build(R"cpp(
namespace io { struct Stream { void write(const char *, long); }; }
struct Engine { unsigned operator()(); };
struct Key { Key(int); };
long write(int, const void *, size_t);
void f(io::Stream &s, Engine &e) {
  s.write("x", 1);
  write(1, "x", 1);
  e();
  Key k(3);
}
)cpp");
  std::vector<const CallExpr *> Writes = callsTo("write");
  ASSERT_EQ(Writes.size(), 2u);
  CallSite Method = callSite(session(), Writes[0]);
  EXPECT_EQ(Method.Name, "Stream::write");
  ASSERT_TRUE(Method.Object);
  EXPECT_EQ(cast<DeclRefExpr>(Method.Object->IgnoreParenImpCasts())->getDecl()->getName(), "s");
  EXPECT_EQ(Method.Args.size(), 2u); // the object is no argument
  EXPECT_FALSE(Method.Model);        // methods by qualified name only
  CallSite Free = callSite(session(), Writes[1]);
  EXPECT_EQ(Free.Name, "write");
  EXPECT_TRUE(Free.Model);
  EXPECT_FALSE(Free.Object);

  std::vector<const CallExpr *> Functor;
  for (const auto &[FD, Calls] : session().index().calls())
    for (const CallExpr *CE : Calls)
      if (isa<CXXOperatorCallExpr>(CE)) Functor.push_back(CE);
  ASSERT_EQ(Functor.size(), 1u);
  CallSite F = callSite(session(), Functor[0]);
  EXPECT_EQ(F.Name, "Engine");
  EXPECT_TRUE(F.Object); // the engine, Args[0] as Clang numbers it
  EXPECT_EQ(F.Args.size(), 1u);

  ASSERT_EQ(session().index().constructors().size(), 1u);
  const CXXConstructorDecl *Ctor = *session().index().constructors().begin();
  EXPECT_EQ(Ctor->getParent()->getName(), "Key");
  EXPECT_EQ(calleeName(session(), nullptr), "");
}

TEST_F(CallSiteTest, WhenClauseIsEvaluatedOneWay) {
  build(R"cpp(
#define OPT_PASSWORD 10
enum Opt { OPT_URL = 11 };
struct Names { int p; };
void setopt(void *, long, const void *);
void f(void *h, struct Names n) {
  setopt(h, OPT_PASSWORD, "pw");
  setopt(h, OPT_URL, "u");
  setopt(h, n.p, "p");
  setopt(h, 12, "priv");
}
)cpp");
  std::vector<const CallExpr *> Calls = callsTo("setopt");
  ASSERT_EQ(Calls.size(), 4u);
  std::vector<CallSite> Cs;
  for (const CallExpr *CE : Calls) Cs.push_back(callSite(session(), CE));
  ValueResolver &V = values();
  const std::vector<std::string> Is = {"OPT_PASSWORD", "p", "priv"};
  EXPECT_TRUE(Cs[0].when(V, 1, Is));  // a macro
  EXPECT_FALSE(Cs[1].when(V, 1, Is)); // OPT_URL is not listed
  EXPECT_TRUE(Cs[1].when(V, 1, {"OPT_URL"}));
  EXPECT_TRUE(Cs[2].when(V, 1, Is));  // a field
  EXPECT_FALSE(Cs[3].when(V, 1, Is)); // 12 names nothing
  EXPECT_TRUE(Cs[3].when(V, 2, Is));  // a string it holds
  EXPECT_TRUE(Cs[3].when(V, -1, Is)); // no clause
  EXPECT_FALSE(Cs[3].when(V, 3, Is)); // no such argument
  EXPECT_TRUE(whenHolds(V, Cs[0].Args, 1, Is));
  EXPECT_FALSE(whenHolds(V, {}, 0, Is));
}

TEST_F(CallSiteTest, IndexOfCallsAndWrites) {
  build(R"cpp(
struct Box { const char *key; Box() : key("init") {} };
void use(int);
void f(const unsigned char *src) {
  unsigned char k[8];
  k[0] = 1;
  memcpy(k, src, 8);
  memset(k, 0, 8);
  auto l = [&] { use(k[1]); };
  l();
}
)cpp");
  UnitIndex &I = session().index();
  EXPECT_EQ(callsTo("use").size(), 1u); // inside the lambda
  EXPECT_EQ(callsTo("memcpy").size(), 1u);
  // The provenance analysis and the value resolver see the same index.
  EXPECT_EQ(&provenance().calls(), &I.calls());

  const VarDecl *K = nullptr;
  for (const auto &[FD, Calls] : I.calls())
    if (FD->getDeclName().isIdentifier() && FD->getName() == "memset")
      K = cast<VarDecl>(cast<DeclRefExpr>(Calls[0]->getArg(0)->IgnoreParenImpCasts())->getDecl());
  ASSERT_TRUE(K);
  std::vector<Write> Ws = I.writes(K);
  ASSERT_EQ(Ws.size(), 3u);
  EXPECT_EQ(Ws[0].Kind, Write::Part); // k[0] = 1
  EXPECT_EQ(Ws[1].Kind, Write::Call); // memcpy(k, ...)
  EXPECT_EQ(Ws[1].Arg, 0u);
  EXPECT_EQ(Ws[1].E, call("memcpy"));
  EXPECT_EQ(Ws[2].Kind, Write::Call); // memset(k, ...)

  const FieldDecl *Key = nullptr;
  for (const Decl *D : AST->getASTContext().getTranslationUnitDecl()->decls())
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      if (RD->getName() == "Box")
        for (const FieldDecl *F : RD->fields()) Key = F;
  ASSERT_TRUE(Key);
  std::vector<Write> Fs = I.writes(Key);
  ASSERT_EQ(Fs.size(), 1u);
  EXPECT_EQ(Fs[0].Kind, Write::Assign); // the constructor's initializer
  EXPECT_TRUE(isa<clang::StringLiteral>(Fs[0].E->IgnoreParenImpCasts()));
}

TEST_F(CallSiteTest, StorageTargets) {
  build(R"cpp(
void f(unsigned char *p) {
  unsigned char k[8];
  sink(k); sink(&k[2]); sink(k + 1); sink(p);
}
)cpp");
  StorageTarget A = storageTarget(arg(0)), B = storageTarget(arg(1)), C = storageTarget(arg(2));
  ASSERT_TRUE(A.D && B.D && C.D);
  EXPECT_EQ(A.D, B.D);
  EXPECT_EQ(A.D, C.D);
  EXPECT_TRUE(A.Whole);
  EXPECT_FALSE(B.Whole);
  EXPECT_FALSE(C.Whole);
  EXPECT_EQ(storageTarget(arg(3)).D->getName(), "p");
}

TEST_F(CallSiteTest, ObjectiveCMessageSendsByMethodWithTheReceiverAsObject) {
  build(R"cpp(
@interface NSObject
@end
@interface NSData : NSObject
+ (id)dataWithBytes:(const void *)b length:(unsigned long)n;
- (const void *)bytes;
@end
@interface NSMutableData : NSData
@end
void f(NSMutableData *d, const unsigned char *k) {
  sink([NSData dataWithBytes:k length:16]);
  sink([d bytes]);
}
)cpp",
        "-ObjC");
  const auto *Class = dyn_cast<ObjCMessageExpr>(stripAll(arg(0)));
  const auto *Instance = dyn_cast<ObjCMessageExpr>(stripAll(arg(1)));
  ASSERT_TRUE(Class && Instance);
  CallSite C = callSite(session(), Class);
  EXPECT_EQ(C.E, Class);
  EXPECT_FALSE(C.Callee);
  ASSERT_TRUE(C.Method);
  EXPECT_EQ(C.Name, "dataWithBytes:length:");
  EXPECT_EQ(C.Name, calleeName(session(), Class));
  EXPECT_EQ(C.Model, catalog()->function("+[NSData dataWithBytes:length:]"));
  EXPECT_EQ(C.Model, provenance().model(Class)); // one lookup
  EXPECT_EQ(C.Args.size(), 2u);
  EXPECT_FALSE(C.Object); // a class message has no object
  // An instance message: the model of the nearest class that has one, the
  // receiver as the object.
  CallSite I = callSite(session(), Instance);
  EXPECT_EQ(I.Name, "bytes");
  EXPECT_EQ(I.Model, catalog()->function("-[NSData bytes]"));
  EXPECT_TRUE(I.Args.empty());
  ASSERT_TRUE(I.Object);
  const auto *Recv = dyn_cast<DeclRefExpr>(stripAll(I.Object));
  ASSERT_TRUE(Recv);
  EXPECT_EQ(Recv->getDecl()->getName(), "d");
}

} // namespace
