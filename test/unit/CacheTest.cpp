//===--- CacheTest.cpp - the result cache ---------------------------------===//
#include "Cache.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace backdoor;
using clang::tooling::CompileCommand;

namespace {

void write(const std::string &Path, const std::string &Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  OS << Text;
}

std::string read(const std::string &Path) {
  auto B = llvm::MemoryBuffer::getFile(Path);
  return B ? (*B)->getBuffer().str() : "";
}

struct CacheFixture : ::testing::Test {
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("bds-cache-test", Dir));
    Src = (Dir + "/a.c").str();
    Hdr = (Dir + "/a.h").str();
    write(Src, "#include \"a.h\"\n");
    write(Hdr, "int x;\n");
    F.Rule = "backdoor-weak-cipher";
    F.Loc = {Src, 1, 1};
    F.Message = "m";
    R.Findings.push_back(F);
    In.Files[Src] = *ResultCache::fileHash(Src);
    In.Files[Hdr] = *ResultCache::fileHash(Hdr);
    In.Probes[(Dir + "/inc/a.h").str()] = false;
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }
  std::vector<CompileCommand> cmds(std::vector<std::string> Args) {
    return {CompileCommand(Dir, "a.c", std::move(Args), "a.o")};
  }
  llvm::SmallString<128> Dir;
  std::string Src, Hdr;
  Finding F;
  CachedResult R;
  UnitInputs In;
};

TEST_F(CacheFixture, ServesOnlyUnchangedInputs) {
  ResultCache C((Dir + "/cache").str(), "salt");
  auto K = C.key(Src, cmds({"cc", "-c", "a.c"}), "config");
  ASSERT_TRUE(K);
  EXPECT_EQ(K->size(), 64u); // SHA-256
  EXPECT_FALSE(C.lookup(*K));
  C.store(*K, In, R);
  auto Hit = C.lookup(*K);
  ASSERT_TRUE(Hit);
  ASSERT_EQ(Hit->Findings.size(), 1u);
  EXPECT_EQ(Hit->Findings[0].Rule, "backdoor-weak-cipher");
  // A cache hashes each file once per run: a new run sees the changes.
  auto NextRun = [&] { return ResultCache((Dir + "/cache").str(), "salt"); };
  // The same size but other contents: still a change.
  write(Hdr, "int y;\n");
  EXPECT_FALSE(NextRun().lookup(*K));
  write(Hdr, "int x;\n");
  EXPECT_TRUE(NextRun().lookup(*K));
  // A header that appears where the include search looks first.
  llvm::sys::fs::create_directories((Dir + "/inc").str());
  write((Dir + "/inc/a.h").str(), "int shadow;\n");
  EXPECT_FALSE(NextRun().lookup(*K));
  // A directory of that name there is no header.
  llvm::sys::fs::remove((Dir + "/inc/a.h").str());
  llvm::sys::fs::create_directories((Dir + "/inc/a.h").str());
  EXPECT_TRUE(NextRun().lookup(*K));
}

TEST_F(CacheFixture, KeyCoversEveryCommandAndTheConfiguration) {
  ResultCache C((Dir + "/cache").str(), "salt");
  auto Base = *C.key(Src, cmds({"cc", "-c", "a.c"}), "config");
  // Another command line, salt or configuration is another key.
  EXPECT_NE(*C.key(Src, cmds({"cc", "-DX", "-c", "a.c"}), "config"), Base);
  EXPECT_NE(*C.key(Src, cmds({"cc", "-c", "a.c"}), "config2"), Base);
  ResultCache Other((Dir + "/cache").str(), "other salt");
  EXPECT_NE(*Other.key(Src, cmds({"cc", "-c", "a.c"}), "config"), Base);
  // A second compile command of the same file counts, not only the first.
  auto Two = cmds({"cc", "-c", "a.c"});
  Two.push_back(CompileCommand(Dir, "a.c", {"cc", "-DLEGACY", "-c", "a.c"}, "b.o"));
  auto TwoKey = *C.key(Src, Two, "config");
  EXPECT_NE(TwoKey, Base);
  Two[1].CommandLine[1] = "-DMODERN";
  EXPECT_NE(*C.key(Src, Two, "config"), TwoKey);
  // The main file's contents.
  write(Src, "#include \"a.h\"\nint z;\n");
  EXPECT_NE(*C.key(Src, cmds({"cc", "-c", "a.c"}), "config"), Base);
  // Fields cannot run into each other.
  EXPECT_NE(*C.key(Src, cmds({"cc", "-c a.c"}), "config"),
            *C.key(Src, cmds({"cc -c", "a.c"}), "config"));
}

TEST_F(CacheFixture, RejectsBadEntries) {
  ResultCache C((Dir + "/cache").str(), "salt");
  auto K = *C.key(Src, cmds({"cc", "-c", "a.c"}), "config");
  auto K2 = *C.key(Src, cmds({"cc", "-DOTHER", "-c", "a.c"}), "config");
  C.store(K, In, R);
  std::string Good = read(C.entryPath(K));
  ASSERT_FALSE(Good.empty());
  std::string Why;

  // Emptied.
  write(C.entryPath(K), "");
  EXPECT_FALSE(C.lookup(K, &Why));
  EXPECT_NE(Why.find("not JSON"), std::string::npos) << Why;
  // Truncated.
  write(C.entryPath(K), Good.substr(0, Good.size() / 2));
  Why.clear();
  EXPECT_FALSE(C.lookup(K, &Why));
  EXPECT_FALSE(Why.empty());
  // A finding removed without fixing the check.
  std::string Edited = Good;
  size_t At = Edited.find("backdoor-weak-cipher");
  ASSERT_NE(At, std::string::npos);
  Edited.replace(At, strlen("backdoor-weak-cipher"), "backdoor-weak-hashes");
  write(C.entryPath(K), Edited);
  Why.clear();
  EXPECT_FALSE(C.lookup(K, &Why));
  EXPECT_NE(Why.find("integrity"), std::string::npos) << Why;
  // A valid entry of another key, copied under this key's name.
  C.store(K2, In, CachedResult{});
  write(C.entryPath(K), read(C.entryPath(K2)));
  Why.clear();
  EXPECT_FALSE(C.lookup(K, &Why));
  EXPECT_NE(Why.find("another key"), std::string::npos) << Why;
  // Well-formed JSON of the wrong shape.
  for (const char *Text : {"[]", "{}", "{\"format\": 1, \"key\": 2, \"check\": 3, \"payload\": 4}",
                           "null", "{\"format\": \"backdoor-scan-cache/2\"}"}) {
    write(C.entryPath(K), Text);
    Why.clear();
    EXPECT_FALSE(C.lookup(K, &Why)) << Text;
    EXPECT_FALSE(Why.empty()) << Text;
  }
  // The good entry is served again.
  write(C.entryPath(K), Good);
  EXPECT_TRUE(C.lookup(K));
}

TEST_F(CacheFixture, ParsesOnlyWellFormedPayloads) {
  // A payload whose check is right but whose records are malformed (as a
  // fuzzer or a bug would make it) is rejected, not half read.
  std::string Text = ResultCache::entryText("k", In, R);
  UnitInputs I;
  CachedResult Out;
  std::string Why;
  EXPECT_TRUE(ResultCache::parseEntry("k", Text, I, Out, Why)) << Why;
  EXPECT_EQ(I.Files, In.Files);
  EXPECT_EQ(I.Probes, In.Probes);
  UnitInputs Relative;
  Relative.Files["a.h"] = std::string(64, '0');
  EXPECT_FALSE(ResultCache::parseEntry("k", ResultCache::entryText("k", Relative, R), I, Out, Why));
  CachedResult BadError;
  BadError.Errors.push_back(ToolError{{"a.c", 1, 1}, "", {}}); // an error without a message
  EXPECT_FALSE(
      ResultCache::parseEntry("k", ResultCache::entryText("k", In, BadError), I, Out, Why));
  EXPECT_NE(Why.find("errors[0]"), std::string::npos) << Why;
}

TEST(Cache, ToolIdentityIsStable) {
  std::string A = ResultCache::toolIdentity();
  EXPECT_EQ(A.size(), 64u);
  EXPECT_EQ(A, ResultCache::toolIdentity());
}

} // namespace
