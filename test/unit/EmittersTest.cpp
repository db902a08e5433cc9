//===--- EmittersTest.cpp - report emitters over plain data --------------===//
#include "report/Emitters.h"
#include "BackdoorCheck.h"
#include "TestCatalog.h"
#include <gtest/gtest.h>

using namespace backdoor;

namespace {

Finding sample() {
  Finding F;
  F.Rule = "backdoor-weak-cipher";
  F.Loc = {"/repo/src/a.c", 12, 27};
  F.Message = "'EVP_des_cbc' selects the broken cipher DES";
  F.SourceLine = "  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);";
  F.Notes.push_back({{"/repo/src/a.c", 3, 5}, "value assigned here"});
  return F;
}

TEST(Emitters, SentenceAndHash) {
  EXPECT_EQ(sentence("use of DES"), "Use of DES.");
  EXPECT_EQ(sentence("Done."), "Done.");
  Finding A = sample(), B = sample();
  B.Loc.Line = 40;                    // moved down by an unrelated edit
  B.SourceLine = "\t" + B.SourceLine; // and re-indented
  EXPECT_EQ(lineHash(A), lineHash(B));
  B.Rule = "backdoor-ecb-mode";
  EXPECT_NE(lineHash(A), lineHash(B));
}

TEST(Emitters, JsonRoundTrip) {
  Finding F = sample(), G;
  ASSERT_TRUE(fromJson(toJson(F), G));
  EXPECT_EQ(G.Rule, F.Rule);
  EXPECT_EQ(G.Loc.Line, 12u);
  EXPECT_EQ(G.Loc.Col, 27u);
  ASSERT_EQ(G.Notes.size(), 1u);
  EXPECT_EQ(G.Notes[0].Loc.Line, 3u);
}

TEST(Emitters, ReadersAreStrict) {
  // What toJson writes reads back; a record with a missing or mistyped field
  // is an error naming it, and readResults takes all records or none.
  llvm::json::Object Good{
      {"findings", llvm::json::Array{toJson(sample())}},
      {"errors", llvm::json::Array{toJson(ToolError{{"a.c", 1, 2}, "m", {"d"}})}}};
  std::vector<Finding> Fs;
  std::vector<ToolError> Es;
  std::string Why;
  ASSERT_TRUE(readResults(Good, Fs, Es, &Why)) << Why;
  EXPECT_EQ(Fs.size(), 1u);
  EXPECT_EQ(Es.size(), 1u);
  auto Bad = [&](llvm::json::Value Finding, llvm::json::Value Error) {
    llvm::json::Object O{{"findings", llvm::json::Array{std::move(Finding)}},
                         {"errors", llvm::json::Array{std::move(Error)}}};
    std::vector<backdoor::Finding> F2;
    std::vector<ToolError> E2;
    Why.clear();
    bool Ok = readResults(O, F2, E2, &Why);
    if (!Ok) EXPECT_TRUE(F2.empty() && E2.empty()); // all or none
    return Ok ? std::string("accepted") : Why;
  };
  llvm::json::Value F = toJson(sample());
  llvm::json::Value E = toJson(ToolError{{"a.c", 1, 2}, "m", {}});
  auto With = [](llvm::json::Value V, llvm::StringRef Key, llvm::json::Value X) {
    (*V.getAsObject())[Key] = std::move(X);
    return V;
  };
  auto Without = [](llvm::json::Value V, llvm::StringRef Key) {
    V.getAsObject()->erase(Key);
    return V;
  };
  EXPECT_EQ(Bad(F, Without(E, "file")), "errors[0] is malformed: 'file' is missing");
  EXPECT_EQ(Bad(F, With(E, "message", "")), "errors[0] is malformed: 'message' is empty");
  EXPECT_EQ(Bad(F, With(E, "details", 3)), "errors[0] is malformed: 'details' is not a list");
  EXPECT_EQ(Bad(With(F, "line", -1), E),
            "findings[0] is malformed: 'line' is not a line or column number");
  EXPECT_EQ(Bad(With(F, "rule", 5), E), "findings[0] is malformed: 'rule' is not a string");
  EXPECT_EQ(Bad(With(F, "notes", llvm::json::Array{1}), E),
            "findings[0] is malformed: notes[0] is not an object");
  EXPECT_EQ(Bad(With(F, "suppressed", true), E),
            "findings[0] is malformed: 'suppressed' is not an object");
  EXPECT_EQ(Bad(F, E), "accepted");
}

TEST(Emitters, SarifShape) {
  auto Cat = test::sharedCatalog();
  ASSERT_TRUE(Cat);
  Report R;
  R.Findings.push_back(sample());
  R.FilesScanned = 1;
  llvm::json::Value V = emitSarif(R, *Cat, "/repo");
  const auto *Run = V.getAsObject()->getArray("runs")->front().getAsObject();
  const auto *Res = Run->getArray("results")->front().getAsObject();
  EXPECT_EQ(*Res->getString("ruleId"), "backdoor-weak-cipher");
  EXPECT_EQ(*Res->getString("level"), "error");
  const auto *Loc =
      Res->getArray("locations")->front().getAsObject()->getObject("physicalLocation");
  EXPECT_EQ(*Loc->getObject("artifactLocation")->getString("uri"), "src/a.c");
  EXPECT_EQ(*Loc->getObject("artifactLocation")->getString("uriBaseId"), "SRCROOT");
  EXPECT_TRUE(Res->getArray("codeFlows"));
  EXPECT_TRUE(Res->getObject("partialFingerprints")->getString("primaryLocationLineHash"));
  const auto *Rules = Run->getObject("tool")->getObject("driver")->getArray("rules");
  bool FoundCwe = false;
  for (const auto &Ru : *Rules) {
    const auto *O = Ru.getAsObject();
    if (*O->getString("id") != "backdoor-weak-cipher") continue;
    for (const auto &T : *O->getObject("properties")->getArray("tags"))
      FoundCwe |= *T.getAsString() == "external/cwe/cwe-327";
    EXPECT_TRUE(O->getObject("help")->getString("markdown"));
  }
  EXPECT_TRUE(FoundCwe);
}

TEST(Emitters, PrecisionAndUncertainty) {
  auto Cat = test::sharedCatalog();
  ASSERT_TRUE(Cat);
  Finding Sure = sample(), Unsure = sample();
  Unsure.Loc.Line = 20;
  Unsure.Uncertainty = "the key comes from a library the catalog does not model";
  // The rule's precision (backdoor-weak-cipher: high), or low when unsure.
  EXPECT_EQ(findingPrecision(Sure, *Cat), PrecisionLevel::High);
  EXPECT_EQ(findingPrecision(Unsure, *Cat), PrecisionLevel::Low);
  // The reason survives the worker protocol, the cache and merge.
  Finding G;
  ASSERT_TRUE(fromJson(toJson(Unsure), G));
  EXPECT_EQ(G.Uncertainty, Unsure.Uncertainty);
  ASSERT_TRUE(fromJson(toJson(Sure), G = Finding()));
  EXPECT_TRUE(G.Uncertainty.empty());
  llvm::json::Value Bad = toJson(Sure);
  (*Bad.getAsObject())["uncertainty"] = 3;
  std::string Why;
  EXPECT_FALSE(fromJson(Bad, G, &Why));
  EXPECT_EQ(Why, "'uncertainty' is not a string");

  Report R;
  R.Findings = {Sure, Unsure};
  // JSON: each finding's precision, and the reason.
  llvm::json::Value J = emitJson(R, *Cat);
  const auto *Fs = J.getAsObject()->getArray("findings");
  EXPECT_EQ(*(*Fs)[0].getAsObject()->getString("precision"), "high");
  EXPECT_EQ(*(*Fs)[1].getAsObject()->getString("precision"), "low");
  EXPECT_EQ(*(*Fs)[1].getAsObject()->getString("uncertainty"), Unsure.Uncertainty);
  // SARIF: the rule's precision, each result's rank, and an unsure result's own precision.
  llvm::json::Value V = emitSarif(R, *Cat, "/repo");
  const auto *Run = V.getAsObject()->getArray("runs")->front().getAsObject();
  const auto *Results = Run->getArray("results");
  const auto *R0 = (*Results)[0].getAsObject(), *R1 = (*Results)[1].getAsObject();
  EXPECT_DOUBLE_EQ(*R0->getNumber("rank"), 67.5); // 7.5 x 10 x 0.9 (high)
  EXPECT_DOUBLE_EQ(*R1->getNumber("rank"), 37.5); // 7.5 x 10 x 0.5 (low)
  EXPECT_FALSE(R0->getObject("properties"));
  EXPECT_EQ(*R1->getObject("properties")->getString("precision"), "low");
  EXPECT_EQ(*R1->getObject("properties")->getString("uncertainty"),
            "The key comes from a library the catalog does not model.");
  for (const auto &Ru : *Run->getObject("tool")->getObject("driver")->getArray("rules"))
    if (*Ru.getAsObject()->getString("id") == "backdoor-null-cipher")
      EXPECT_EQ(*Ru.getAsObject()->getObject("properties")->getString("precision"), "very-high");
  EXPECT_DOUBLE_EQ(sarifRank(9.1, PrecisionLevel::VeryHigh), 91.0);
  EXPECT_DOUBLE_EQ(sarifRank(6.5, PrecisionLevel::Medium), 45.5);

  // --min-precision keeps what is at or above the level.
  Report Low = R, High = R;
  filterPrecision(Low, *Cat, PrecisionLevel::Low);
  EXPECT_EQ(Low.Findings.size(), 2u);
  filterPrecision(High, *Cat, PrecisionLevel::High);
  ASSERT_EQ(High.Findings.size(), 1u);
  EXPECT_TRUE(High.Findings[0].Uncertainty.empty());
  filterPrecision(High, *Cat, PrecisionLevel::VeryHigh);
  EXPECT_TRUE(High.Findings.empty());
}

TEST(Emitters, TextEscapesControlCharacters) {
  auto Cat = test::sharedCatalog();
  Report R;
  Finding F = sample();
  F.SourceLine = "x = \"\x1b[31mred\";";
  R.Findings.push_back(F);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  emitText(OS, R, *Cat, false);
  OS.flush();
  EXPECT_EQ(Out.find('\x1b'), std::string::npos);
  EXPECT_NE(Out.find("\\x1b[31mred"), std::string::npos);
  EXPECT_NE(Out.find("/repo/src/a.c:12:27: warning: "), std::string::npos);
}

TEST(Emitters, NormalizeSortsAndDeduplicates) {
  Report R;
  Finding A = sample(), B = sample();
  B.Loc.Line = 2;
  R.Findings = {A, B, A};
  normalize(R);
  ASSERT_EQ(R.Findings.size(), 2u);
  EXPECT_EQ(R.Findings[0].Loc.Line, 2u);
}

// A header's finding reported by two units, with notes of each unit's own:
// one finding, the same whichever unit finished first (workers, cache,
// shards), and a certain copy before an unsure one.
TEST(Emitters, NormalizeKeepsTheSameCopyOfAHeaderFinding) {
  Finding A = sample(), B = sample();
  A.Notes = {{{"/p/a.c", 3, 1}, "called here"}};
  B.Notes = {{{"/p/b.c", 7, 1}, "called here"}};
  for (bool Swap : {false, true}) {
    Report R;
    R.Findings = Swap ? std::vector<Finding>{B, A} : std::vector<Finding>{A, B};
    normalize(R);
    ASSERT_EQ(R.Findings.size(), 1u);
    ASSERT_EQ(R.Findings[0].Notes.size(), 1u);
    EXPECT_EQ(R.Findings[0].Notes[0].Loc.File, "/p/a.c");
  }
  Finding Unsure = sample();
  Unsure.Uncertainty = "a value of unknown origin";
  Report R;
  R.Findings = {Unsure, sample()};
  normalize(R);
  ASSERT_EQ(R.Findings.size(), 1u);
  EXPECT_TRUE(R.Findings[0].Uncertainty.empty());
}

} // namespace
