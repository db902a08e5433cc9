//===--- LinkTest.cpp - the link step over units' facts -------------------===//
#include "Link.h"
#include "BackdoorCheck.h"
#include "TestCatalog.h"
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

const char *Query = R"({"version": 2, "files": ["/p/use.c"], "queries": [{"kind": "secret-role",
  "role": "key", "callee": "EVP_EncryptInit_ex", "at": [0, 9, 3],
  "link": {"what": "return", "symbol": "pick_b", "index": 0, "transformed": false,
           "notes": [[0, 8, 5, "copied here"]]}}]})";

// pick_b returns pick_a's result, pick_a returns a constant or pick_b's: a
// cycle across three units, resolved to a fixed point.
const char *UnitA = R"({"version": 2, "files": ["/p/a.c"],
  "consts": [{"name": "table_key", "bytes": "00000000000000000000000000000000",
              "transformed": false, "clearing": false, "notes": [[0, 2, 1, "constant defined here"]]}],
  "links": [{"what": "return", "symbol": "pick_b", "index": 0, "transformed": false, "notes": []}],
  "functions": [{"symbol": "pick_a", "return": {"consts": [0], "links": [0]}}]})";
const char *UnitB = R"({"version": 2, "files": ["/p/b.c"],
  "links": [{"what": "return", "symbol": "pick_a", "index": 0, "transformed": true,
             "notes": [[0, 4, 1, "value returned here"]]}],
  "functions": [{"symbol": "pick_b", "return": {"links": [0]}}]})";

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
  const char *Obj = R"({"version": 2, "files": ["/p/k.c"],
    "consts": [{"name": "zero", "bytes": "00000000000000000000000000000000", "transformed": false,
                "clearing": false, "notes": [[0, 1, 1, "constant defined here"]]}],
    "objects": [{"symbol": "pick_b", "value": {"consts": [0]}}]})";
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
  for (const char *Other : {"\"version\": 9", "\"version\": 1"}) {
    std::string Old = Obj;
    Old.replace(Old.find("\"version\": 2"), 12, Other);
    std::vector<json::Value> Mixed{parse(Q), parse(Old)};
    std::vector<Finding> None;
    linkFacts(Mixed, *test::sharedCatalog(), None);
    EXPECT_TRUE(None.empty()) << Other;
  }
  // A version 1 unit (file names and entries inline) is not misread either.
  const char *V1 = R"({"version": 1, "objects": [{"symbol": "pick_b", "value": {
    "consts": [{"name": "zero", "bytes": "00000000000000000000000000000000", "transformed": false,
                "clearing": false, "notes": [{"file": "/p/k.c", "line": 1, "col": 1, "message": "constant defined here"}]}]}}]})";
  std::vector<json::Value> WithV1{parse(Q), parse(V1)};
  std::vector<Finding> None;
  linkFacts(WithV1, *test::sharedCatalog(), None);
  EXPECT_TRUE(None.empty());
}

// A wrapper's parameter: the callers' units pass a value whose entries the
// unit's calls share; the place of each call ("at") is the last note.
TEST(Link, CallsShareEntriesAndAddTheirPlace) {
  const char *Wrap = R"({"version": 2, "files": ["/p/wrap.c"], "queries": [{"kind": "secret-role",
    "role": "key", "callee": "EVP_EncryptInit_ex", "at": [0, 5, 3],
    "link": {"what": "param", "symbol": "wrap", "index": 1, "transformed": false, "name": "key",
             "notes": []}}]})";
  const char *Callers = R"({"version": 2, "files": ["/p/x.h", "/p/main.c"],
    "consts": [{"name": "k", "bytes": "3f9a1c7e5b2d4a8f6e0c9b7d1a3e5f72", "transformed": false,
                "clearing": false, "notes": [[0, 3, 1, "constant defined here"]]}],
    "calls": [{"symbol": "wrap", "index": 1, "at": [1, 7, 12], "value": {"consts": [0]}},
              {"symbol": "wrap", "index": 1, "at": [1, 9, 12], "value": {"consts": [0]}},
              {"symbol": "wrap", "index": 0, "at": [1, 9, 9], "value": {"consts": [5, "x"]}}]})";
  std::vector<json::Value> Facts{parse(Wrap), parse(Callers)};
  std::vector<Finding> Fs;
  linkFacts(Facts, *test::sharedCatalog(), Fs);
  ASSERT_EQ(Fs.size(), 1u);
  EXPECT_EQ(Fs[0].Rule, "backdoor-hardcoded-key");
  EXPECT_EQ(Fs[0].Loc.File, "/p/wrap.c");
  ASSERT_EQ(Fs[0].Notes.size(), 2u);
  EXPECT_EQ(Fs[0].Notes[0].Loc.File, "/p/x.h");
  EXPECT_EQ(Fs[0].Notes[1].Loc.File, "/p/main.c");
  EXPECT_EQ(Fs[0].Notes[1].Loc.Line, 7u); // the first call's path
  EXPECT_EQ(Fs[0].Notes[1].Message, "argument passed here");
}

TEST(Link, SurvivesMalformedFacts) {
  std::vector<json::Value> Facts{
      parse("[]"), parse("{\"version\": 2, \"queries\": [1, {}]}"),
      parse("{\"version\": 2, \"objects\": {\"x\": 1}}"),
      parse(
          "{\"version\": 2, \"files\": [3], \"queries\": [{\"kind\": \"secret-role\", \"at\": [7], "
          "\"link\": {\"what\": \"object\", \"symbol\": \"s\", \"notes\": [[\"x\"], 2]}}], "
          "\"objects\": [{\"symbol\": \"s\", \"value\": {\"consts\": [0, -1], \"links\": [0]}}]}")};
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
    return "{\"kind\": \"alg-role\", \"callee\": \"CCCrypt\", \"role\": \"cipher\", \"arg\": " +
           std::to_string(Arg) + ", \"model\": " + std::to_string(Model) +
           ", \"at\": [0, 5, 30], \"link\": {\"what\": \"field:" + Field +
           "\", \"symbol\": \"seal_note\", \"index\": 0, \"transformed\": " +
           (Transformed ? "true" : "false") + ", \"notes\": []}}";
  };
  std::string Api = "{\"version\": 2, \"files\": [\"/p/seal.c\"], \"queries\": [" +
                    Query("alg", 1, 0, false) + ", " + Query("opts", 2, 0, false) + ", " +
                    Query("alg", 1, 7, false) + ", " + Query("iv", 1, 0, true) + "]}";
  // Format 2: the call's place ("at") is appended by the reader.
  const char *Caller = R"({"version": 2, "files": ["/p/notes.c"], "calls": [
    {"symbol": "seal_note", "index": 0, "field": "alg", "at": [0, 53, 20], "value": {"algs": [{"symbol": "kCCAlgorithmBlowfish",
      "notes": [[0, 51, 27, "constant defined here"]]}]}},
    {"symbol": "seal_note", "index": 0, "field": "opts", "at": [0, 53, 20], "value": {"ints": [{"value": 3,
      "notes": [[0, 51, 49, "constant defined here"]]}]}},
    {"symbol": "seal_note", "index": 0, "field": "iv", "at": [0, 52, 1], "value": {"algs": [{"symbol": "kCCAlgorithmDES",
      "notes": []}]}}]})";
  std::vector<json::Value> Facts{parse(Api), parse(Caller)};
  std::vector<Finding> Fs;
  linkFacts(Facts, *test::sharedCatalog(), Fs);
  ASSERT_EQ(Fs.size(), 2u);
  EXPECT_EQ(Fs[0].Rule, "backdoor-weak-cipher");
  EXPECT_EQ(Fs[0].Message, "'kCCAlgorithmBlowfish' selects the legacy cipher Blowfish with a "
                           "64-bit block; long-lived keys leak plaintext through block collisions");
  EXPECT_EQ(Fs[1].Rule, "backdoor-ecb-mode");
  EXPECT_EQ(Fs[1].Message,
            "'kCCOptionECBMode' selects the block cipher in ECB mode, which encrypts "
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
