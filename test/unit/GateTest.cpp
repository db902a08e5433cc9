// The gate's stages over plain reports (tool/Gate.h).
#include "Gate.h"
#include "BackdoorCheck.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Compression.h"
#include "llvm/Support/xxhash.h"
#include "gtest/gtest.h"

using namespace backdoor;

namespace {
Finding finding(const std::string &File, unsigned Line, const std::string &Rule,
                const std::string &Source) {
  Finding F;
  F.Rule = Rule;
  F.Loc = {File, Line, 3};
  F.Message = "m";
  F.SourceLine = Source;
  return F;
}
} // namespace

TEST(Gate, UnifiedDiffLines) {
  std::map<std::string, std::set<unsigned>> Out;
  parseUnifiedDiff("diff --git a/x.c b/y.c\nsimilarity index 90%\nrename from x.c\nrename to y.c\n"
                   "--- a/x.c\n+++ b/y.c\n@@ -3,0 +4,2 @@\n+a\n+b\n@@ -10 +12 @@\n-c\n+d\n"
                   "--- a/gone.c\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n",
                   Out);
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_EQ(Out["y.c"], (std::set<unsigned>{4, 5, 12}));
}

TEST(Gate, BaselineIsAMultisetKeyedByCodeNotLines) {
  Report Base;
  Base.Findings = {finding("/r/a.c", 5, "backdoor-weak-cipher", "  f(EVP_des_cbc());"),
                   finding("/r/a.c", 9, "backdoor-weak-cipher", "  f(EVP_des_cbc());")};
  std::string Text = baselineText(Base, "/r");
  EXPECT_EQ(Text.find("\"line\""), std::string::npos);

  Report Now; // both moved down, and a third identical line appeared
  Now.Findings = {finding("/r/a.c", 15, "backdoor-weak-cipher", "  f(EVP_des_cbc());"),
                  finding("/r/a.c", 19, "backdoor-weak-cipher", "  f(EVP_des_cbc());"),
                  finding("/r/a.c", 25, "backdoor-weak-cipher", "  f(EVP_des_cbc());")};
  GateStats G;
  std::string Err;
  ASSERT_TRUE(applyBaseline(Now, "/r", Text, "b.json", G, Err)) << Err;
  EXPECT_EQ(G.InBaseline, 2u);
  ASSERT_EQ(Now.Findings.size(), 1u);
  EXPECT_EQ(G.Stale, 0u);

  Report Gone;
  GateStats G2;
  ASSERT_TRUE(applyBaseline(Gone, "/r", Text, "b.json", G2, Err));
  EXPECT_EQ(G2.Stale, 2u);

  Report Bad;
  GateStats G3;
  EXPECT_FALSE(applyBaseline(Bad, "/r", "{not json", "b.json", G3, Err));
  EXPECT_NE(Err.find("b.json:1:1: error:"), std::string::npos);
}

TEST(Gate, DiffKeepsFindingsWhoseFlowPassesAChangedLine) {
  Report R;
  Finding Old = finding("/r/a.c", 40, "backdoor-hardcoded-key", "use(k);");
  Finding Flow = Old;
  Flow.Notes.push_back({{"/r/a.c", 7, 1}, "constant defined here"});
  R.Findings = {Old, Flow};
  std::map<std::string, std::set<unsigned>> Changed{{"a.c", {7}}};
  GateStats G;
  applyDiff(R, "/r", Changed, G);
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Notes.size(), 1u);
  EXPECT_EQ(G.OutsideDiff, 1u);
}

TEST(Gate, DiffCountsUntrackedFilesAsChanged) {
  Report R;
  R.Findings = {finding("/r/build/gen.c", 3, "backdoor-weak-cipher", "x();"),
                finding("/r/a.c", 3, "backdoor-weak-cipher", "x();")};
  GateStats G;
  applyDiff(R, "/r", {}, G, {"/r/build/gen.c"});
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_EQ(R.Findings[0].Loc.File, "/r/build/gen.c");
  EXPECT_EQ(G.OutsideDiff, 1u);
}

TEST(Gate, ConfigurationThatTurnsARuleOffIsReported) {
  GateStats G;
  reportConfigSuppressions({{"backdoor-weak-cipher", ".*", "/r/.clang-tidy", "/r/a.c"},
                            {"backdoor-weak-cipher", ".*", "/r/.clang-tidy", "/r/b.c"},
                            {"backdoor-weak-hash", "a\\.c", "/r/.clang-tidy", "/r/a.c"}},
                           G);
  EXPECT_EQ(G.ConfigSuppressed, 2u);
  ASSERT_EQ(G.Warnings.size(), 2u);
  EXPECT_EQ(G.Warnings[0].Loc.File, "/r/.clang-tidy");
  EXPECT_NE(G.Warnings[0].Message.find("'backdoor-weak-cipher' in 2 scanned files"),
            std::string::npos)
      << G.Warnings[0].Message;
  EXPECT_NE(G.Warnings[0].Message.find("suppressed without a justification"), std::string::npos);
  std::vector<CatalogError> Errors;
  auto Cat = Catalog::getShared(catalogDirs(""), Errors);
  ASSERT_TRUE(Cat);
  EXPECT_NE(gateSummary(Report(), *Cat, G)
                .find("2 rules turned off by configuration without a justification"),
            std::string::npos);
}

TEST(Gate, SarifStaysWithinCodeScanningLimits) {
  std::vector<CatalogError> E;
  auto Cat = Catalog::getShared(catalogDirs(""), E);
  ASSERT_TRUE(Cat);
  Report R;
  for (size_t I = 0; I < SarifMaxResults + 3; ++I)
    R.Findings.push_back(
        finding("/r/a.c", unsigned(I + 1), "backdoor-weak-cipher", "x" + std::to_string(I)));
  llvm::json::Value V = emitSarif(R, *Cat, "/r");
  const llvm::json::Object *Run = V.getAsObject()->getArray("runs")->front().getAsObject();
  EXPECT_EQ(Run->getArray("results")->size(), SarifMaxResults);
  const llvm::json::Array *N =
      Run->getArray("invocations")->front().getAsObject()->getArray("toolExecutionNotifications");
  ASSERT_EQ(N->size(), 1u);
  EXPECT_NE(N->front().getAsObject()->getObject("message")->getString("text")->find("truncated"),
            llvm::StringRef::npos);
}

TEST(Gate, SarifStaysWithinTheUploadSize) {
  std::vector<CatalogError> E;
  auto Cat = Catalog::getShared(catalogDirs(""), E);
  ASSERT_TRUE(Cat);
  Report R;
  // Messages that do not compress: each result costs real bytes.
  for (unsigned I = 0; I < 3000; ++I)
    R.Findings.push_back(finding("/r/a.c", I + 1, "backdoor-weak-cipher",
                                 "x" + llvm::utohexstr(llvm::xxh3_64bits(std::to_string(I))) +
                                     llvm::utohexstr(llvm::xxh3_64bits(std::to_string(~I)))));
  std::string Warning;
  std::string All = sarifWithinLimits(R, *Cat, "/r", 1u << 30, Warning);
  EXPECT_TRUE(Warning.empty());
  auto UploadSize = [](const std::string &S) {
    if (!llvm::compression::zlib::isAvailable()) return S.size();
    llvm::SmallVector<uint8_t, 0> Packed;
    llvm::compression::zlib::compress(llvm::arrayRefFromStringRef(S), Packed);
    return Packed.size();
  };
  // A limit halfway between the report without results and the full one.
  Report None;
  std::string Empty = sarifWithinLimits(None, *Cat, "/r", 1u << 30, Warning);
  const size_t Limit = (UploadSize(All) + UploadSize(Empty)) / 2;
  std::string Text = sarifWithinLimits(R, *Cat, "/r", Limit, Warning);
  ASSERT_LT(Text.size(), All.size());
  EXPECT_LE(UploadSize(Text), Limit);
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  ASSERT_TRUE(bool(V));
  const llvm::json::Object *Run = V->getAsObject()->getArray("runs")->front().getAsObject();
  size_t Kept = Run->getArray("results")->size();
  EXPECT_GT(Kept, 0u);
  EXPECT_LT(Kept, 3000u);
  EXPECT_GT(Kept, 1000u); // not far below what fits
  EXPECT_NE(Warning.find("the SARIF report holds the first " + std::to_string(Kept) + " results"),
            std::string::npos)
      << Warning;
  EXPECT_NE(Warning.find("upload limit"), std::string::npos) << Warning;
  const llvm::json::Array *N =
      Run->getArray("invocations")->front().getAsObject()->getArray("toolExecutionNotifications");
  ASSERT_EQ(N->size(), 1u);
  EXPECT_NE(N->front().getAsObject()->getObject("message")->getString("text")->find("upload limit"),
            llvm::StringRef::npos);
}
