//===--- CacheTest.cpp - the result cache ---------------------------------===//
#include "Cache.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <gtest/gtest.h>

using namespace backdoor;

namespace {

void write(const std::string &Path, const std::string &Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  OS << Text;
}

TEST(Cache, ParsesDepFiles) {
  auto Deps = ResultCache::parseDepFile("unit: /src/a.c /usr/include/stdio.h \\\n  /src/dir\\ with\\ space/b.h\n");
  ASSERT_EQ(Deps.size(), 3u);
  EXPECT_EQ(Deps[0], "/src/a.c");
  EXPECT_EQ(Deps[2], "/src/dir with space/b.h");
}

TEST(Cache, ServesOnlyUnchangedInputs) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("bds-cache-test", Dir));
  std::string Src = (Dir + "/a.c").str(), Hdr = (Dir + "/a.h").str(), Dep = (Dir + "/a.d").str();
  write(Src, "#include \"a.h\"\n");
  write(Hdr, "int x;\n");
  write(Dep, "unit: " + Src + " " + Hdr + "\n");
  ResultCache C((Dir + "/cache").str(), "salt");
  auto K = C.key({"cc", "-c", "a.c"}, Dir, Src);
  ASSERT_TRUE(K);
  EXPECT_FALSE(C.lookup(*K));
  CachedResult R;
  Finding F;
  F.Rule = "backdoor-weak-cipher";
  F.Loc = {Src, 1, 1};
  F.Message = "m";
  R.Findings.push_back(F);
  C.store(*K, Dep, Dir, R);
  auto Hit = C.lookup(*K);
  ASSERT_TRUE(Hit);
  ASSERT_EQ(Hit->Findings.size(), 1u);
  EXPECT_EQ(Hit->Findings[0].Rule, "backdoor-weak-cipher");
  // A changed header invalidates the entry; a changed main file changes the key.
  write(Hdr, "int y;\n");
  EXPECT_FALSE(C.lookup(*K));
  write(Src, "#include \"a.h\"\nint z;\n");
  EXPECT_NE(*C.key({"cc", "-c", "a.c"}, Dir, Src), *K);
  // Another command line or salt is another key.
  EXPECT_NE(*C.key({"cc", "-DX", "-c", "a.c"}, Dir, Src), *C.key({"cc", "-c", "a.c"}, Dir, Src));
  ResultCache Other((Dir + "/cache").str(), "other salt");
  EXPECT_NE(*Other.key({"cc", "-c", "a.c"}, Dir, Src), *C.key({"cc", "-c", "a.c"}, Dir, Src));
  llvm::sys::fs::remove_directories(Dir);
}

} // namespace
