//===--- SanitizeTest.cpp - compile commands are data --------------------===//
#include "Sanitize.h"
#include "llvm/Config/llvm-config.h"
#include <algorithm>
#include <gtest/gtest.h>
#include <set>

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
  auto Out = sanitizeCommand({"c++", "-std=c++17", "-Iinclude", "-Wp,-D_FORTIFY_SOURCE=2", "-O2",
                              "-g", "-Wall", "-Werror", "-fPIC", "-c", "x.cpp", "-o", "x.o"},
                             Dropped);
  EXPECT_TRUE(Dropped.empty()) << Dropped.front().Flag;
  EXPECT_TRUE(has(Out, "-Iinclude"));
  EXPECT_TRUE(has(Out, "-std=c++17"));
  EXPECT_TRUE(has(Out, "-Wp,-D_FORTIFY_SOURCE=2"));
  EXPECT_TRUE(has(Out, "-fPIC"));
  EXPECT_TRUE(has(Out, "x.cpp"));
  // Build bookkeeping goes quietly.
  for (const char *Gone : {"-O2", "-g", "-Wall", "-Werror", "-c", "-o", "x.o"})
    EXPECT_FALSE(has(Out, Gone)) << Gone;
}

// An allowlist: a flag that does not change the parse goes, with a warning,
// however harmless it looks (it used to pass through).
TEST(Sanitize, DropsWhatDoesNotChangeTheParse) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"c++", "-Xclang", "-fno-pch-timestamp", "-mllvm",
                              "-inline-threshold=9", "--frobnicate", "-c", "x.cpp"},
                             Dropped);
  EXPECT_EQ(all(Out).find("pch-timestamp"), std::string::npos);
  EXPECT_EQ(all(Out).find("inline-threshold"), std::string::npos);
  EXPECT_EQ(all(Out).find("frobnicate"), std::string::npos);
  std::string Kinds;
  for (const DroppedFlag &D : Dropped) Kinds += D.Kind + " (" + D.Flag + ")\n";
  EXPECT_EQ(Kinds, "-mllvm (-mllvm -inline-threshold=9)\n"
                   "<unknown> (--frobnicate)\n"
                   "-Xclang -fno-pch-timestamp (-Xclang -fno-pch-timestamp)\n");
}

// Flags that would make the compiler write a file: build bookkeeping goes
// quietly, the rest with a warning; nothing naming an output path survives.
TEST(Sanitize, DropsEveryFlagThatWritesAFile) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"cc",
                              "-MD",
                              "-MF",
                              "/out/a.d",
                              "-MJ",
                              "/out/a.json",
                              "-Wp,-MMD,/out/b.d,-DKEEP",
                              "--serialize-diagnostics",
                              "/out/a.dia",
                              "-ftime-trace=/out/t.json",
                              "-save-temps=obj",
                              "-save-stats=cwd",
                              "-fcrash-diagnostics-dir=/out/crash",
                              "-fmodules-cache-path=/out/mc",
                              "-Xclang",
                              "-stats-file=/out/s.json",
                              "-Xclang",
                              "-header-include-file",
                              "-Xclang",
                              "/out/h.txt",
                              "-Xclang",
                              "-diagnostic-log-file",
                              "-Xclang",
                              "/out/log",
                              "-Xclang",
                              "-module-dependency-dir",
                              "-Xclang",
                              "/out/mdd",
                              "-dependency-dot",
                              "/out/g.dot",
                              "-mllvm",
                              "-info-output-file=/out/info",
                              "--config=/out/x.cfg",
                              "-c",
                              "a.c"},
                             Dropped);
  EXPECT_EQ(all(Out).find("/out/"), std::string::npos) << all(Out);
  EXPECT_TRUE(has(Out, "-Wp,-DKEEP"));
  std::string Warned;
  for (const DroppedFlag &D : Dropped) Warned += D.Flag + "\n";
  // The driver's flags first, then those -Xclang passes.
  EXPECT_EQ(Warned, "-dependency-dot /out/g.dot\n"
                    "-mllvm -info-output-file=/out/info\n"
                    "--config=/out/x.cfg\n"
                    "-Xclang -stats-file=/out/s.json\n"
                    "-Xclang -header-include-file -Xclang /out/h.txt\n"
                    "-Xclang -diagnostic-log-file -Xclang /out/log\n"
                    "-Xclang -module-dependency-dir -Xclang /out/mdd\n");
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

namespace {
std::vector<std::string> run(std::vector<std::string> Args, std::vector<DroppedFlag> &Dropped) {
  Args.push_back("a.c");
  return sanitizeCommand(Args, Dropped);
}
// Each argument list is kept whole, in order, without a warning.
void expectKept(std::vector<std::string> Args, const std::vector<std::string> &Kept) {
  std::vector<DroppedFlag> Dropped;
  Args.insert(Args.begin(), "cc");
  auto Out = run(Args, Dropped);
  for (const DroppedFlag &D : Dropped) ADD_FAILURE() << "dropped " << D.Flag;
  std::string Got = all(Out);
  for (const std::string &K : Kept)
    EXPECT_NE(Got.find(" " + K + " "), std::string::npos) << K << " not in " << Got;
}
} // namespace

// Include paths and files, in every spelling the driver accepts: joined,
// separate, '=', long options, -Xclang pairs, -Xclang=, -Wp, -Xpreprocessor.
TEST(Sanitize, KeepsIncludePathsInEverySpelling) {
  expectKept({"-I",
              "i1",
              "-Ii2",
              "--include-directory=i3",
              "--include-directory",
              "i4",
              "-isystem",
              "s1",
              "-isystems2",
              "-iquote",
              "q",
              "-idirafter",
              "d",
              "-include",
              "f.h",
              "--include=g.h",
              "-imacros",
              "m.h",
              "--sysroot=/r1",
              "--sysroot",
              "/r2",
              "-isysroot",
              "/r3",
              "-nostdinc",
              "-stdlib=libc++",
              "-Xclang",
              "-I",
              "-Xclang",
              "xi",
              "-Xclang=-Ixj",
              "-Xclang=-isystem",
              "-Xclang=xs",
              "-Wp,-Iwp",
              "-Xpreprocessor",
              "-Ixp",
              "-Xclang",
              "-internal-isystem",
              "-Xclang",
              "/ii"},
             {"-I i1",
              "-Ii2",
              "--include-directory=i3",
              "--include-directory i4",
              "-isystem s1",
              "-isystems2",
              "-iquote q",
              "-idirafter d",
              "-include f.h",
              "--include=g.h",
              "-imacros m.h",
              "--sysroot=/r1",
              "--sysroot /r2",
              "-isysroot /r3",
              "-nostdinc",
              "-stdlib=libc++",
              "-Xclang -I -Xclang xi",
              "-Xclang -Ixj",
              "-Xclang -isystem -Xclang xs",
              "-Wp,-Iwp",
              "-Xpreprocessor -Ixp",
              "-Xclang -internal-isystem -Xclang /ii"});
}

TEST(Sanitize, KeepsMacrosInEverySpelling) {
  expectKept({"-DA", "-D", "B=1", "--define-macro=C", "--define-macro", "D", "-UE", "-U", "F",
              "--undefine-macro=G", "-undef", "-Xclang", "-DXC", "-Xclang=-DXE", "-Wp,-DWP,-UWU",
              "-Xpreprocessor", "-DXP"},
             {"-DA", "-D B=1", "--define-macro=C", "--define-macro D", "-UE", "-U F",
              "--undefine-macro=G", "-undef", "-Xclang -DXC", "-Xclang -DXE", "-Wp,-DWP",
              "-Wp,-UWU", "-Xpreprocessor -DXP"});
}

TEST(Sanitize, KeepsLanguageAndStandard) {
  expectKept({"-x", "c++", "-xobjective-c", "--language=c", "-std=c++17", "--std=c11", "--std",
              "gnu99", "-ansi", "-Xclang", "-std=c++20", "-fgnuc-version=4.2.1"},
             {"-x c++", "-xobjective-c", "--language=c", "-std=c++17", "--std=c11", "--std gnu99",
              "-ansi", "-Xclang -std=c++20", "-fgnuc-version=4.2.1"});
  // -x naming a serialised AST, IR or a module is not source: dropped.
  for (const char *NotSource : {"ast", "ir", "pcm", "precompiled-header", "assembler"}) {
    std::vector<DroppedFlag> Dropped;
    auto Out = run({"cc", "-x", NotSource}, Dropped);
    EXPECT_FALSE(has(Out, NotSource)) << NotSource;
    ASSERT_EQ(Dropped.size(), 1u) << NotSource;
    EXPECT_EQ(Dropped[0].Kind, "-x");
  }
}

TEST(Sanitize, KeepsTargetAndAbi) {
  expectKept({"--target=aarch64-linux-gnu",
              "-target",
              "x86_64-linux-gnu",
              "-m32",
              "-march=x86-64-v3",
              "-mcpu=native",
              "-mtune=generic",
              "-mavx2",
              "-mno-sse4.2",
              "-mlong-double-80",
              "-mfloat-abi=hard",
              "-mthumb",
              "-fshort-wchar",
              "-Xclang",
              "-triple",
              "-Xclang",
              "x86_64-pc-linux-gnu",
              "-Xclang",
              "-target-feature",
              "-Xclang",
              "+avx512f"},
             {"--target=aarch64-linux-gnu", "-target x86_64-linux-gnu", "-m32", "-march=x86-64-v3",
              "-mcpu=native", "-mtune=generic", "-mavx2", "-mno-sse4.2", "-mlong-double-80",
              "-mfloat-abi=hard", "-mthumb", "-fshort-wchar",
              "-Xclang -triple -Xclang x86_64-pc-linux-gnu",
              "-Xclang -target-feature -Xclang +avx512f"});
}

TEST(Sanitize, KeepsSemanticFOptionsAndTheirNegations) {
  expectKept({"-fms-extensions",
              "-fno-ms-extensions",
              "-fno-exceptions",
              "-fcxx-exceptions",
              "-fno-rtti",
              "-fopenmp",
              "-fno-builtin",
              "-fno-builtin-memcpy",
              "-fshort-enums",
              "-funsigned-char",
              "-fno-signed-char",
              "-fblocks",
              "-fobjc-arc",
              "-fwrapv",
              "-fms-compatibility-version=19.29",
              "-fchar8_t",
              "-fno-char8_t",
              "-fPIC",
              "-fstack-protector-strong",
              "-fsanitize=address",
              "-pthread"},
             {"-fms-extensions",
              "-fno-ms-extensions",
              "-fno-exceptions",
              "-fcxx-exceptions",
              "-fno-rtti",
              "-fopenmp",
              "-fno-builtin",
              "-fno-builtin-memcpy",
              "-fshort-enums",
              "-funsigned-char",
              "-fno-signed-char",
              "-fblocks",
              "-fobjc-arc",
              "-fwrapv",
              "-fms-compatibility-version=19.29",
              "-fchar8_t",
              "-fno-char8_t",
              "-fPIC",
              "-fstack-protector-strong",
              "-fsanitize=address",
              "-pthread"});
}

// clang-cl's spellings: /I /D /U /FI /std: /TP, '-' for '/', /clang:.
TEST(Sanitize, KeepsClangClSpellings) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"clang-cl.exe",
                              "/I",
                              "inc1",
                              "/Iinc2",
                              "-Iinc3",
                              "/DX=1",
                              "/D",
                              "Y",
                              "/UZ",
                              "/FIpre.h",
                              "/std:c++17",
                              "/TP",
                              "/EHsc",
                              "/GR-",
                              "/MD",
                              "/Zc:wchar_t-",
                              "/J",
                              "/clang:-fms-extensions",
                              "/clang:-isystem",
                              "/clang:/sys",
                              "/W4",
                              "/O2",
                              "/Zi",
                              "a.cpp"},
                             Dropped);
  for (const DroppedFlag &D : Dropped) ADD_FAILURE() << "dropped " << D.Flag;
  std::string Got = all(Out);
  for (const char *K : {"/I inc1", "/Iinc2", "-Iinc3", "/DX=1", "/D Y", "/UZ", "/FIpre.h",
                        "/std:c++17", "/TP", "/EHsc", "/GR-", "/MD", "/Zc:wchar_t-", "/J",
                        "/clang:-fms-extensions", "/clang:-isystem /clang:/sys", "a.cpp"})
    EXPECT_NE(Got.find(std::string(" ") + K + " "), std::string::npos) << K << " not in " << Got;
  for (const char *Gone : {"/W4", "/O2", "/Zi"}) EXPECT_FALSE(has(Out, Gone)) << Gone;
}

// The flags that would make the in-process driver run a program: GPU
// detection tools, -B program directories, offloading. Each goes, with the
// reason; nothing of them is left in the command.
TEST(Sanitize, DropsEveryFlagThatRunsAProgram) {
  std::vector<DroppedFlag> Dropped;
  auto Out = run({"cc",
                  "-x",
                  "hip",
                  "--offload-arch=native",
                  "--cuda-gpu-arch=native",
                  "--amdgpu-arch-tool=/evil/a",
                  "--nvptx-arch-tool=/evil/n",
                  "-B/evil/b1",
                  "-B",
                  "/evil/b2",
                  "--prefix=/evil/b3",
                  "-fopenmp-targets=amdgcn-amd-amdhsa",
                  "-Xopenmp-target=amdgcn-amd-amdhsa",
                  "-march=gfx906",
                  "--gcc-toolchain=/evil/gcc",
                  "-ccc-install-dir",
                  "/evil/cc",
                  "-fno-integrated-cc1",
                  "-Xarch_host",
                  "-DX"},
                 Dropped);
  EXPECT_EQ(all(Out).find("evil"), std::string::npos) << all(Out);
  EXPECT_EQ(all(Out).find("native"), std::string::npos) << all(Out);
  EXPECT_EQ(all(Out).find("offload-arch"), std::string::npos) << all(Out);
  EXPECT_EQ(all(Out).find("openmp-targets"), std::string::npos) << all(Out);
  std::set<std::string> Kinds;
  for (const DroppedFlag &D : Dropped) {
    EXPECT_EQ(D.Why, "it would make the compiler run a program, or look for one to run") << D.Flag;
    Kinds.insert(D.Kind);
  }
  // Thirteen flags; their kinds by the driver's table (22 folds the arch
  // tools into --offload-arch-tool= and -fopenmp-targets= into --offload-targets=).
  EXPECT_EQ(Dropped.size(), 13u);
  for (const char *K : {"--offload-arch=", "-B", "-Xopenmp-target=", "--gcc-toolchain=",
                        "-ccc-install-dir", "-fno-integrated-cc1", "-Xarch_host"})
    EXPECT_EQ(Kinds.count(K), 1u) << K;
  EXPECT_EQ(Kinds.size(), 10u - (LLVM_VERSION_MAJOR >= 22 ? 1u : 0u));
  // A HIP unit is parsed for the host only, without device libraries.
  EXPECT_TRUE(has(Out, "--offload-host-only"));
  EXPECT_TRUE(has(Out, "-nogpulib"));
}

TEST(Sanitize, DropsPluginsInEverySpelling) {
  std::vector<DroppedFlag> Dropped;
  auto Out = run({"cc", "-fplugin=/evil/p1.so", "-fpass-plugin=/evil/p2.so", "-Xclang", "-load",
                  "-Xclang", "/evil/p3.so", "-Xclang=-load", "-Xclang=/evil/p4.so", "-Xclang",
                  "-add-plugin", "-Xclang", "evil5", "-Xclang", "-plugin-arg-evil6", "-Xclang", "x",
                  "-fplugin-arg-evil7-x"},
                 Dropped);
  EXPECT_EQ(all(Out).find("evil"), std::string::npos) << all(Out);
  EXPECT_EQ(Dropped.size(), 7u);
  for (const DroppedFlag &D : Dropped)
    EXPECT_EQ(D.Why, "it would load or read code from outside the scan") << D.Flag;
}

// -Xclang= (joined) is -Xclang: the frontend's file-writing flags go in
// either spelling, the value with them.
TEST(Sanitize, DropsFileWritersPassedWithXclangEquals) {
  std::vector<DroppedFlag> Dropped;
  auto Out = run({"cc",
                  "-Xclang=-dependency-file",
                  "-Xclang=/out/dep.d",
                  "-Xclang=-header-include-file",
                  "-Xclang=/out/h.txt",
                  "-Xclang=-diagnostic-log-file",
                  "-Xclang=/out/diag.log",
                  "-Xclang=-stats-file=/out/stats.json",
                  "-Xclang=-serialize-diagnostic-file",
                  "-Xclang=/out/d.dia",
                  "-Xclang=-module-dependency-dir",
                  "-Xclang=/out/mdd",
                  "-Xclang",
                  "-o",
                  "-Xclang",
                  "/out/o",
                  "-Wp,-dependency-file,/out/wp.d",
                  "-Xpreprocessor",
                  "-dependency-file",
                  "-Xpreprocessor",
                  "/out/xp.d"},
                 Dropped);
  EXPECT_EQ(all(Out).find("/out/"), std::string::npos) << all(Out);
  std::string Kinds;
  for (const DroppedFlag &D : Dropped) {
    EXPECT_EQ(D.Why, "it would make the compiler write a file outside the scan's output") << D.Flag;
    Kinds += D.Kind + "\n";
  }
  EXPECT_EQ(Kinds, "-Xclang -dependency-file\n-Xclang -header-include-file\n"
                   "-Xclang -diagnostic-log-file\n-Xclang -stats-file=\n"
                   "-Xclang -serialize-diagnostic-file\n-Xclang -module-dependency-dir\n"
                   "-Xclang -o\n-Xpreprocessor -dependency-file\n-Wp,-dependency-file\n");
  EXPECT_EQ(Dropped[0].Flag, "-Xclang=-dependency-file -Xclang=/out/dep.d");
}

// A flag kind is one option however it is spelled and whatever its value:
// the CLI warns once per kind.
TEST(Sanitize, OneKindPerOption) {
  std::vector<DroppedFlag> Dropped;
  run({"cc", "-fplugin=/a.so", "-fplugin=/b.so", "-B/x", "-B", "/y", "--prefix=/z"}, Dropped);
  std::set<std::string> Kinds;
  for (const DroppedFlag &D : Dropped) Kinds.insert(D.Kind);
  EXPECT_EQ(Dropped.size(), 5u);
  EXPECT_EQ(Kinds, (std::set<std::string>{"-fplugin=", "-B"}));
}

TEST(Sanitize, IncompleteAndStdinAreDropped) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"cc", "a.c", "-", "-Xclang", "-include", "-I"}, Dropped);
  EXPECT_FALSE(has(Out, "-"));
  EXPECT_FALSE(has(Out, "-I"));
  EXPECT_FALSE(has(Out, "-include"));
  std::set<std::string> Kinds;
  for (const DroppedFlag &D : Dropped) Kinds.insert(D.Kind);
  EXPECT_EQ(Kinds, (std::set<std::string>{"-", "-I", "-Xclang -include"}));
}

TEST(Sanitize, CudaAndHipParseForTheHostOnly) {
  for (const char *File : {"k.cu", "k.hip"}) {
    std::vector<DroppedFlag> Dropped;
    auto Out = sanitizeCommand({"clang++", "-c", File}, Dropped);
    EXPECT_TRUE(has(Out, "--offload-host-only")) << File;
    EXPECT_TRUE(has(Out, "-nogpulib")) << File;
  }
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"clang++", "-c", "k.cpp"}, Dropped);
  EXPECT_FALSE(has(Out, "--offload-host-only"));
}

// Every spelling the allowlist names is one of this clang's options (a
// renamed option would otherwise be dropped without notice).
TEST(Sanitize, KeptNamesAreDriverOptions) {
  for (const std::string &N : keptOptionNames()) EXPECT_TRUE(driverHasOption(N)) << N;
  EXPECT_FALSE(driverHasOption("-no-such-option"));
}

// "--" ends the options: what follows is inputs, and stays last, after the
// pass-through flags and those the scan adds.
TEST(Sanitize, DashDashStaysLast) {
  std::vector<DroppedFlag> Dropped;
  auto Out = sanitizeCommand({"cc", "-DX", "-Xclang", "-DY", "--", "-weird.c", "-"}, Dropped);
  ASSERT_GE(Out.size(), 3u);
  EXPECT_EQ(Out[Out.size() - 2], "--");
  EXPECT_EQ(Out.back(), "-weird.c");
  EXPECT_TRUE(has(Out, "-w"));
  ASSERT_EQ(Dropped.size(), 1u);
  EXPECT_EQ(Dropped[0].Flag, "-");
}
