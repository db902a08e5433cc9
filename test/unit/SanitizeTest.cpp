//===--- SanitizeTest.cpp - compile commands are data --------------------===//
#include "Sanitize.h"
#include <algorithm>
#include <gtest/gtest.h>

using namespace backdoor;

namespace {
bool has(const std::vector<std::string> &V, const std::string &S) {
  return std::find(V.begin(), V.end(), S) != V.end();
}
std::string all(const std::vector<std::string> &V) {
  std::string S;
  for (const std::string &A : V) S += A + " ";
  return S;
}
} // namespace

TEST(Sanitize, DropsPluginFlagsAndAddsResourceDir) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"cc", "-fplugin=/tmp/evil.so", "-Xclang", "-load", "-Xclang",
                              "/tmp/evil2.so", "-fpass-plugin=/tmp/p.so", "@/etc/flags",
                              "-resource-dir", "/wrong", "-DX=1", "-c", "a.c"},
                             Dropped);
  EXPECT_EQ(Dropped.size(), 4u);
  for (const std::string &A : Out) {
    EXPECT_EQ(A.find("evil"), std::string::npos) << A;
    EXPECT_NE(A, "/wrong");
  }
  ASSERT_GE(Out.size(), 2u);
  EXPECT_EQ(Out[0], "cc");
  EXPECT_EQ(Out[1].rfind("-resource-dir=", 0), 0u);
  EXPECT_TRUE(has(Out, "-DX=1"));
}

TEST(Sanitize, KeepsOrdinaryCommands) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"c++", "-std=c++17", "-Iinclude", "-Wp,-D_FORTIFY_SOURCE=2",
                              "-Xclang", "-fno-pch-timestamp", "-mllvm", "-inline-threshold=9",
                              "-c", "x.cpp"},
                             Dropped);
  EXPECT_TRUE(Dropped.empty());
  EXPECT_TRUE(has(Out, "-Iinclude"));
  EXPECT_TRUE(has(Out, "-Wp,-D_FORTIFY_SOURCE=2"));
  EXPECT_TRUE(has(Out, "-fno-pch-timestamp"));
  EXPECT_TRUE(has(Out, "-inline-threshold=9"));
}

// Flags that would make the compiler write a file: build bookkeeping goes
// quietly, the rest with a warning; nothing naming an output path survives.
TEST(Sanitize, DropsEveryFlagThatWritesAFile) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand(
      {"cc", "-MD", "-MF", "/out/a.d", "-MJ", "/out/a.json", "-Wp,-MMD,/out/b.d,-DKEEP",
       "--serialize-diagnostics", "/out/a.dia", "-ftime-trace=/out/t.json", "-save-temps=obj",
       "-save-stats=cwd", "-fcrash-diagnostics-dir=/out/crash", "-fmodules-cache-path=/out/mc",
       "-Xclang", "-stats-file=/out/s.json", "-Xclang", "-header-include-file", "-Xclang",
       "/out/h.txt", "-Xclang", "-diagnostic-log-file", "-Xclang", "/out/log",
       "-Xclang", "-module-dependency-dir", "-Xclang", "/out/mdd", "-dependency-dot",
       "/out/g.dot", "-mllvm", "-info-output-file=/out/info", "--config=/out/x.cfg", "-c", "a.c"},
      Dropped);
  EXPECT_EQ(all(Out).find("/out/"), std::string::npos) << all(Out);
  EXPECT_TRUE(has(Out, "-Wp,-DKEEP"));
  std::string Warned;
  for (const DroppedFlag &D : Dropped) Warned += D.Flag + "\n";
  EXPECT_EQ(Warned, "-Xclang -stats-file=/out/s.json\n"
                    "-Xclang -header-include-file -Xclang /out/h.txt\n"
                    "-Xclang -diagnostic-log-file -Xclang /out/log\n"
                    "-Xclang -module-dependency-dir -Xclang /out/mdd\n"
                    "-dependency-dot /out/g.dot\n"
                    "-mllvm -info-output-file=/out/info\n"
                    "--config=/out/x.cfg\n");
}

TEST(Sanitize, ClangClOutputsAndPassThrough) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"clang-cl.exe", "/c", "/FoC:\\out\\a.obj", "/FdC:\\out\\a.pdb",
                              "/YcC:\\out\\pch.h", "/FIforced.h", "/sourceDependencies",
                              "C:\\out\\d.json", "/clang:-ftime-trace=C:\\out\\t.json",
                              "/clang:-fplugin=C:\\evil.dll", "a.c"},
                             Dropped);
  EXPECT_EQ(all(Out).find("out"), std::string::npos) << all(Out);
  EXPECT_EQ(all(Out).find("evil"), std::string::npos) << all(Out);
  EXPECT_TRUE(has(Out, "/FIforced.h")); // a force-include, not an output
  ASSERT_EQ(Dropped.size(), 1u);
  EXPECT_EQ(Dropped[0].Flag, "/clang:-fplugin=C:\\evil.dll");
}

TEST(Sanitize, ModuleCacheIsDetected) {
  EXPECT_TRUE(usesModuleCache({"cc", "-fmodules", "a.m"}));
  EXPECT_FALSE(usesModuleCache({"cc", "-fmodules-cache-path=/x", "a.m"}));
}
