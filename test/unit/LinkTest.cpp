//===--- LinkTest.cpp - the link step over units' facts -------------------===//
#include "TestCatalog.h"
#include "BackdoorCheck.h"
#include "Link.h"
#include "core/Summary.h"
#include <gtest/gtest.h>

using namespace backdoor;
using namespace llvm;

namespace {

json::Value parse(StringRef Text) {
  Expected<json::Value> V = json::parse(Text);
  EXPECT_TRUE(bool(V));
  return V ? std::move(*V) : json::Value(nullptr);
}

const char *Query = R"({"version": 1, "queries": [{"kind": "secret-role", "role": "key",
  "callee": "EVP_EncryptInit_ex", "at": {"file": "/p/use.c", "line": 9, "col": 3},
  "link": {"what": "return", "symbol": "pick_b", "index": 0, "transformed": false,
           "notes": [{"file": "/p/use.c", "line": 8, "col": 5, "message": "copied here"}]}}]})";

// pick_b returns pick_a's result, pick_a returns a constant or pick_b's: a
// cycle across three units, resolved to a fixed point.
const char *UnitA = R"({"version": 1, "functions": [{"symbol": "pick_a", "return": {
  "consts": [{"name": "table_key", "bytes": "00000000000000000000000000000000",
              "transformed": false, "clearing": false,
              "notes": [{"file": "/p/a.c", "line": 2, "col": 1, "message": "constant defined here"}]}],
  "links": [{"what": "return", "symbol": "pick_b", "index": 0, "transformed": false, "notes": []}]}}]})";
const char *UnitB = R"({"version": 1, "functions": [{"symbol": "pick_b", "return": {
  "links": [{"what": "return", "symbol": "pick_a", "index": 0, "transformed": true,
             "notes": [{"file": "/p/b.c", "line": 4, "col": 1, "message": "value returned here"}]}]}}]})";

TEST(Link, ResolvesACycleAcrossUnits) {
  std::vector<json::Value> Facts{parse(Query), parse(UnitA), parse(UnitB)};
  std::vector<Finding> Fs;
  LinkStats S = linkFacts(Facts, *test::sharedCatalog(), Fs);
  ASSERT_EQ(Fs.size(), 1u);
  EXPECT_EQ(S.Units, 3u);
  EXPECT_GE(S.Rounds, 2u);
  EXPECT_EQ(Fs[0].Rule, "backdoor-hardcoded-key");
  EXPECT_TRUE(Fs[0].CrossUnit);
  EXPECT_EQ(Fs[0].Loc.File, "/p/use.c");
  // Through pick_b's transformation: computed, so no known-key verdict from the bytes.
  EXPECT_EQ(Fs[0].Message, "hardcoded key 'table_key' (computed from constant data) reaches the "
                           "key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it "
                           "and everything it protects");
  ASSERT_EQ(Fs[0].Notes.size(), 3u);
  EXPECT_EQ(Fs[0].Notes[0].Loc.File, "/p/a.c");
  EXPECT_EQ(Fs[0].Notes[1].Loc.File, "/p/b.c");
  EXPECT_EQ(Fs[0].Notes[2].Loc.File, "/p/use.c");
}

TEST(Link, KnownBytesAndVersions) {
  // Straight from the object: the bytes are exact, all zero is a known key.
  const char *Obj = R"({"version": 1, "objects": [{"symbol": "pick_b", "value": {
    "consts": [{"name": "zero", "bytes": "00000000000000000000000000000000", "transformed": false,
                "clearing": false, "notes": [{"file": "/p/k.c", "line": 1, "col": 1, "message": "constant defined here"}]}]}}]})";
  std::string Q = Query;
  Q.replace(Q.find("\"return\""), 8, "\"object\"");
  std::vector<json::Value> Facts{parse(Q), parse(Obj)};
  std::vector<Finding> Fs;
  linkFacts(Facts, *test::sharedCatalog(), Fs);
  ASSERT_EQ(Fs.size(), 1u);
  EXPECT_EQ(Fs[0].Rule, "backdoor-known-key");
  // A finding already reported there is not repeated; another version is ignored.
  linkFacts(Facts, *test::sharedCatalog(), Fs);
  EXPECT_EQ(Fs.size(), 1u);
  std::string Old = Obj;
  Old.replace(Old.find("\"version\": 1"), 12, "\"version\": 9");
  std::vector<json::Value> Mixed{parse(Q), parse(Old)};
  std::vector<Finding> None;
  linkFacts(Mixed, *test::sharedCatalog(), None);
  EXPECT_TRUE(None.empty());
}

TEST(Link, SurvivesMalformedFacts) {
  std::vector<json::Value> Facts{parse("[]"), parse("{\"version\": 1, \"queries\": [1, {}]}"),
                                 parse("{\"version\": 1, \"objects\": {\"x\": 1}}")};
  std::vector<Finding> Fs;
  linkFacts(Facts, *test::sharedCatalog(), Fs);
  EXPECT_TRUE(Fs.empty());
}

// A wrapper passes `c->alg` and `c->opts` of its parameter to CCCrypt; a
// caller in another unit passes `&c` whose initializer names Blowfish and
// the ECB option bit. Reported at the caller's call with the per-unit
// analysis's messages; a model index the catalog does not have, or a
// transformed link, says nothing.
TEST(Link, AlgorithmsOfAnotherUnit) {
  auto Query = [](const char *Field, int Arg, int Model, bool Transformed) {
    return "{\"kind\": \"alg-role\", \"callee\": \"CCCrypt\", \"role\": \"cipher\", \"arg\": " + std::to_string(Arg) +
           ", \"model\": " + std::to_string(Model) +
           ", \"at\": {\"file\": \"/p/seal.c\", \"line\": 5, \"col\": 30}, \"link\": {\"what\": \"field:" +
           Field + "\", \"symbol\": \"seal_note\", \"index\": 0, \"transformed\": " +
           (Transformed ? "true" : "false") + ", \"notes\": []}}";
  };
  std::string Api = "{\"version\": 1, \"queries\": [" + Query("alg", 1, 0, false) + ", " +
                    Query("opts", 2, 0, false) + ", " + Query("alg", 1, 7, false) + ", " +
                    Query("iv", 1, 0, true) + "]}";
  const char *Caller = R"({"version": 1, "calls": [
    {"symbol": "seal_note", "index": 0, "field": "alg", "value": {"algs": [{"symbol": "kCCAlgorithmBlowfish",
      "notes": [{"file": "/p/notes.c", "line": 51, "col": 27, "message": "constant defined here"},
                {"file": "/p/notes.c", "line": 53, "col": 20, "message": "argument passed here"}]}]}},
    {"symbol": "seal_note", "index": 0, "field": "opts", "value": {"ints": [{"value": 3,
      "notes": [{"file": "/p/notes.c", "line": 51, "col": 49, "message": "constant defined here"},
                {"file": "/p/notes.c", "line": 53, "col": 20, "message": "argument passed here"}]}]}},
    {"symbol": "seal_note", "index": 0, "field": "iv", "value": {"algs": [{"symbol": "kCCAlgorithmDES",
      "notes": [{"file": "/p/notes.c", "line": 52, "col": 1, "message": "argument passed here"}]}]}}]})";
  std::vector<json::Value> Facts{parse(Api), parse(Caller)};
  std::vector<Finding> Fs;
  linkFacts(Facts, *test::sharedCatalog(), Fs);
  ASSERT_EQ(Fs.size(), 2u);
  EXPECT_EQ(Fs[0].Rule, "backdoor-weak-cipher");
  EXPECT_EQ(Fs[0].Message, "'kCCAlgorithmBlowfish' selects the legacy cipher Blowfish with a "
                           "64-bit block; long-lived keys leak plaintext through block collisions");
  EXPECT_EQ(Fs[1].Rule, "backdoor-ecb-mode");
  EXPECT_EQ(Fs[1].Message, "'kCCOptionECBMode' selects the block cipher in ECB mode, which encrypts "
                           "equal blocks to equal ciphertext and leaks the structure of the plaintext");
  for (const Finding &F : Fs) {
    EXPECT_TRUE(F.CrossUnit);
    EXPECT_EQ(F.Loc.File, "/p/notes.c");
    EXPECT_EQ(F.Loc.Line, 53u);
    ASSERT_EQ(F.Notes.size(), 2u);
    EXPECT_EQ(F.Notes[0].Message, "constant defined here");
    EXPECT_EQ(F.Notes[1].Loc.File, "/p/seal.c");
    EXPECT_EQ(F.Notes[1].Message, "'CCCrypt' uses it here");
  }
}

} // namespace
