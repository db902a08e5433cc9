//===--- Sanitize.cpp - compile commands are data ------------------------===//
#include "Sanitize.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Option/Arg.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Option/Option.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

// The driver's option table moved from clang/Driver to clang/Options in 22.
#if __has_include("clang/Options/Options.h")
#include "clang/Options/Options.h"
namespace copts = clang::options;
using clang::getDriverOptTable;
#else
#include "clang/Driver/Options.h"
namespace copts = clang::driver::options;
using clang::driver::getDriverOptTable;
#endif

using namespace llvm;
using llvm::opt::Arg;
using llvm::opt::InputArgList;
using llvm::opt::Option;

namespace backdoor {

namespace {

const char *const Loads = "it would load or read code from outside the scan";
const char *const Runs = "it would make the compiler run a program, or look for one to run";
const char *const Reads = "it would make the compiler read a file named from outside the scan";
const char *const Writes = "it would make the compiler write a file outside the scan's output";
const char *const Unknown = "the compiler does not know it";
const char *const Unparsed = "it does not change how the file parses";
const char *const Incomplete = "it lacks its value";
const char *const NotSource =
    "it would make the compiler read the file as something other than source";
const char *const OtherMode = "it would make the compiler run in another mode";

// The flags that change how a file parses, by the spelling of the driver's
// table (the first prefix of the option after aliases are resolved: /I, -I,
// --include-directory all read as -I). A "-fX" or "-mX" also keeps its
// "-fno-X" or "-mno-X", when the table has one.
const char *const KeptNames[] = {
    // Include paths and files.
    "-I",
    "-I-",
    "-isystem",
    "-iquote",
    "-idirafter",
    "-iprefix",
    "-iwithprefix",
    "-iwithprefixbefore",
    "-isysroot",
    "--sysroot=",
    "-iwithsysroot",
    "-iframework",
    "-iframeworkwithsysroot",
    "-F",
    "-isystem-after",
    "-cxx-isystem",
    "-nostdinc",
    "-nostdinc++",
    "-nostdlibinc",
    "-nobuiltininc",
    "-stdlib=",
    "-stdlib++-isystem",
    "-include",
    "-imacros",
    "--cuda-path=",
    "--rocm-path=",
    "--hip-path=",
    "-nogpuinc",
    "-nogpulib",
    "--offload-host-only",
    // Macros.
    "-D",
    "-U",
    "-undef",
    // Language and standard (-x only with a source language, below).
    "-x",
    "-std=",
    "-ansi",
    "-ObjC",
    "-ObjC++",
    "-trigraphs",
    "-fgnuc-version=",
    "-fms-compatibility-version=",
    "-fmsc-version=",
    "-pthread",
    // Target and ABI (and every -m of a "features" group, below).
    "--target=",
    "-arch",
    "-m16",
    "-m32",
    "-m64",
    "-mx32",
    "-march=",
    "-mcpu=",
    "-mtune=",
    "-mabi=",
    "-mfloat-abi=",
    "-mfpu=",
    "-mthumb",
    "-marm",
    "-mhard-float",
    "-msoft-float",
    "-mbig-endian",
    "-mlittle-endian",
    "-mfpmath=",
    "-mregparm=",
    "-mrtd",
    "-mms-bitfields",
    "-mmacos-version-min=",
    "-mios-version-min=",
    "-mtvos-version-min=",
    "-mwatchos-version-min=",
    "-municode",
    "-mthreads",
    "-mcmodel=",
    "-mwindows",
    "-mconsole",
    "-fPIC",
    "-fpic",
    "-fPIE",
    "-fpie",
    "-fclang-abi-compat=",
    "-fms-runtime-lib=",
    // The -f options with a meaning for the source.
    "-fms-extensions",
    "-fms-compatibility",
    "-fms-volatile",
    "-fdelayed-template-parsing",
    "-fborland-extensions",
    "-fdeclspec",
    "-fgnu-keywords",
    "-fasm",
    "-fasm-blocks",
    "-fgnu89-inline",
    "-fgnu-inline-asm",
    "-fblocks",
    "-fchar8_t",
    "-fsigned-char",
    "-funsigned-char",
    "-fshort-wchar",
    "-fshort-enums",
    "-fwchar-type=",
    "-fexceptions",
    "-fcxx-exceptions",
    "-fobjc-exceptions",
    "-fsjlj-exceptions",
    "-fseh-exceptions",
    "-fdwarf-exceptions",
    "-fwasm-exceptions",
    "-frtti",
    "-fobjc-arc",
    "-fobjc-arc-exceptions",
    "-fobjc-runtime=",
    "-fobjc-weak",
    "-fgnu-runtime",
    "-fnext-runtime",
    "-fconstant-cfstrings",
    "-fmodules",
    "-fcxx-modules",
    "-fimplicit-module-maps",
    "-fmodule-maps",
    "-fmodule-map-file=",
    "-fmodule-name=",
    "-fmodules-decluse",
    "-fmodules-strict-decluse",
    "-fimplicit-modules",
    "-fbuiltin-module-map",
    "-fopenmp",
    "-fopenmp=",
    "-fopenmp-simd",
    "-fopenmp-version=",
    "-fopenmp-extensions",
    "-fbuiltin",
    "-fno-builtin-",
    "-ffreestanding",
    "-foperator-names",
    "-fdollars-in-identifiers",
    "-fconstexpr-depth=",
    "-fconstexpr-steps=",
    "-ftemplate-depth=",
    "-fbracket-depth=",
    "-fpack-struct=",
    "-fpack-struct",
    "-fmax-type-align=",
    "-fstack-protector",
    "-fstack-protector-strong",
    "-fstack-protector-all",
    "-ffast-math",
    "-ffinite-math-only",
    "-fmath-errno",
    "-ffp-model=",
    "-fwrapv",
    "-ftrapv",
    "-fsanitize=",
    "-fcoroutines",
    "-fsized-deallocation",
    "-faligned-allocation",
    "-fnew-alignment=",
    "-fpascal-strings",
    "-fwritable-strings",
    "-fzvector",
    "-faltivec",
    "-fenable-matrix",
    "-ffixed-point",
    "-fapple-kext",
    "-ftrigraphs",
    "-fdigraphs",
    "-finput-charset=",
    "-fexec-charset=",
    "-fthreadsafe-statics",
    "-fcf-protection=",
    "-fcf-protection",
    "-faccess-control",
    "-fmacro-prefix-map=",
    "-ffile-prefix-map=",
    "-fexperimental-library",
    "-fstrict-flex-arrays=",
    "-fgpu-rdc",
    "-fhip-new-launch-api",
    "-vtordisp-mode=",
    // clang-cl's own (its aliases read as the flags above).
    "/std:",
    "/TP",
    "/TC",
    "/Tp",
    "/Tc",
    "/MD",
    "/MT",
    "/MDd",
    "/MTd",
    "/LD",
    "/LDd",
    "/Zc:wchar_t",
    "/Zc:wchar_t-",
    "/permissive-",
    "/permissive",
    "/arch:",
    "/EH",
    "/GR",
    "/GR-",
    "/u",
    "/Gd",
    "/Gr",
    "/Gz",
    "/Gv",
    "/Gregcall",
    "/kernel",
    "/kernel-",
    "/await",
    "/await:",
    "/constexpr:",
    "/GX",
    "/GX-",
    "/vmb",
    "/vmg",
    "/vms",
    "/vmm",
    "/vmv",
    "/imsvc",
    "/winsysroot",
    "/vctoolsdir",
    "/vctoolsversion",
    "/winsdkdir",
    "/winsdkversion",
    "/external:env:",
    "/Zc:dllexportInlines",
    "/Zc:dllexportInlines-",
    // The frontend's (cc1) own, as -Xclang passes them.
    "-triple",
    "-target-cpu",
    "-target-feature",
    "-target-abi",
    "-internal-isystem",
    "-internal-externc-isystem",
};

// The languages -x may name: source, not serialised ASTs, IR or modules.
const char *const SourceLanguages[] = {
    "c",
    "c++",
    "objective-c",
    "objective-c++",
    "cuda",
    "hip",
    "cl",
    "clcpp",
    "c-header",
    "c++-header",
    "objective-c-header",
    "objective-c++-header",
    "cpp-output",
    "c++-cpp-output",
    "objective-c-cpp-output",
    "objc-cpp-output",
    "objective-c++-cpp-output",
    "none",
};

// Why the flags that do not change the parse are dropped, for the warning.
const char *const LoadNames[] = {"-fplugin=",   "-fplugin-arg-",         "-fpass-plugin=",
                                 "-load",       "--hipspv-pass-plugin=", "-plugin",
                                 "-add-plugin", "-plugin-arg-"};
const char *const RunNames[] = {"-B",
                                "--offload-arch=",
                                "--no-offload-arch=",
                                "--amdgpu-arch-tool=",
                                "--nvptx-arch-tool=",
                                "--offload-arch-tool=", // 22: the two above are its aliases
                                "-fopenmp-targets=",
                                "--offload=",
                                "--offload-targets=",
                                "--gcc-toolchain=",
                                "--gcc-install-dir=",
                                "-fuse-ld=",
                                "--ld-path=",
                                "-fno-integrated-cc1",
                                "-fintegrated-cc1",
                                "-Xopenmp-target",
                                "-Xopenmp-target=",
                                "-Xarch_",
                                "-Xarch_device",
                                "-Xarch_host",
                                "-Xcuda-fatbinary",
                                "-Xcuda-ptxas",
                                "-Xoffload-linker",
                                "-fsycl",
                                "-fno-offload-via-llvm",
                                "-foffload-via-llvm"};
const char *const ReadNames[] = {"--config=",
                                 "--config",
                                 "--config-system-dir=",
                                 "--config-user-dir=",
                                 "-ivfsoverlay",
                                 "-vfsoverlay",
                                 "-include-pch",
                                 "-fmodule-file=",
                                 "-fprofile-use=",
                                 "-fprofile-instr-use=",
                                 "-fprofile-sample-use=",
                                 "-fsanitize-ignorelist=",
                                 "-fxray-always-instrument=",
                                 "-fxray-never-instrument=",
                                 "-fxray-attr-list=",
                                 "-fmodules-embed-file="};
const char *const WriteNames[] = {"-dependency-dot",
                                  "-dependency-file",
                                  "-fproc-stat-report=",
                                  "-fproc-stat-report",
                                  "-stats-file=",
                                  "-header-include-file",
                                  "-diagnostic-log-file",
                                  "-module-dependency-dir",
                                  "-serialize-diagnostic-file",
                                  "-o",
                                  "-opt-record-file",
                                  "-split-dwarf-output",
                                  "-coverage-notes-file=",
                                  "-coverage-data-file=",
                                  "-arcmt-migrate-report-output",
                                  "-fixit",
                                  "-fixit=",
                                  "-MT",
                                  "-ftime-trace",
                                  "-ftime-trace=",
                                  "-fmodules-cache-path=",
                                  "-fmodule-output=",
                                  "-fmodule-output",
                                  "-emit-module-interface",
                                  "-emit-pch"};

// Build bookkeeping every build has: dropped from driver commands without a
// warning (with the groups and linker flags in isQuiet).
const char *const QuietNames[] = {"-c",
                                  "-o",
                                  "-S",
                                  "-E",
                                  "-pipe",
                                  "-w",
                                  "-H",
                                  "-v",
                                  "-Qunused-arguments",
                                  "-fsyntax-only",
                                  "-serialize-diagnostics",
                                  "-ftime-trace",
                                  "-ftime-trace=",
                                  "-ftime-trace-granularity=",
                                  "-save-temps",
                                  "-save-temps=",
                                  "-save-stats",
                                  "-save-stats=",
                                  "-fcrash-diagnostics-dir=",
                                  "-fcrash-diagnostics=",
                                  "-fcrash-diagnostics",
                                  "-gen-reproducer",
                                  "-gen-reproducer=",
                                  "-fmodules-cache-path=",
                                  "-fmodule-output=",
                                  "-fmodule-output",
                                  "-fsave-optimization-record",
                                  "-fsave-optimization-record=",
                                  "-foptimization-record-file=",
                                  "-resource-dir",
                                  "-resource-dir=",
                                  "-fcolor-diagnostics",
                                  "-fdiagnostics-color=",
                                  "-fansi-escape-codes",
                                  "-fmessage-length=",
                                  "-ferror-limit=",
                                  "-ffunction-sections",
                                  "-fdata-sections",
                                  "-fomit-frame-pointer",
                                  "-fvisibility=",
                                  "-fvisibility-inlines-hidden",
                                  "-fcommon",
                                  "-fstrict-aliasing",
                                  "-fplt",
                                  "-fsemantic-interposition",
                                  "-funwind-tables",
                                  "-fasynchronous-unwind-tables",
                                  "-fstack-clash-protection",
                                  "-fdelete-null-pointer-checks",
                                  "-fmerge-all-constants",
                                  "-fstrict-overflow",
                                  "-funroll-loops",
                                  "-flto",
                                  "-flto=",
                                  "-fjump-tables",
                                  "-fident",
                                  "-fzero-initialized-in-bss",
                                  "-fdebug-prefix-map=",
                                  "-fprofile-arcs",
                                  "-ftest-coverage",
                                  "-fcoverage-mapping",
                                  "-fprofile-instr-generate",
                                  "-fshow-column",
                                  "-fcaret-diagnostics",
                                  "-fpch-instantiate-templates",
                                  "-fpch-codegen",
                                  "-fpch-debuginfo",
                                  "-fno-pch-timestamp",
                                  "/Fo",
                                  "/Fe",
                                  "/Fa",
                                  "/FA",
                                  "/Fd",
                                  "/Fi",
                                  "/Fm",
                                  "/FR",
                                  "/Fr",
                                  "/Fp",
                                  "/Yc",
                                  "/Yu",
                                  "/Y-",
                                  "/P",
                                  "/doc",
                                  "/sourceDependencies",
                                  "/showIncludes",
                                  "/O",
                                  "/Zi",
                                  "/Z7",
                                  "/GS",
                                  "/GS-",
                                  "/Gy",
                                  "/Gy-",
                                  "/Gw",
                                  "/Gw-",
                                  "/FS",
                                  "/bigobj",
                                  "/MP",
                                  "/WX",
                                  "/WX-",
                                  "/c",
                                  "/Fo:"};
const char *const QuietGroups[] = {"<O group>",
                                   "<W group>",
                                   "<W (with value) group>",
                                   "<W/R group>",
                                   "<R group>",
                                   "<R (with value) group>",
                                   "<g group>",
                                   "<gN group>",
                                   "<ggdbN group>",
                                   "<g flags group>",
                                   "<gTune group>",
                                   "<M group>",
                                   "<T/e/s/t/u group>",
                                   "<pedantic group>",
                                   "<clang ignored f group>",
                                   "<clang_ignored_gcc_optimization_f_Group>",
                                   "<clang ignored m group>",
                                   "<clang legacy flags>",
                                   "<clang-cl ignored options>",
                                   "<d group>",
                                   "<u group>",
                                   "<T group>",
                                   "<Static analyzer group>"};

struct Tables {
  StringSet<> Kept, Load, Run, Read, Write, Quiet, QuietGroup, Languages;
  Tables() {
    const opt::OptTable &T = getDriverOptTable();
    StringSet<> All;
    for (unsigned ID = 1, E = T.getNumOptions(); ID <= E; ++ID)
      All.insert(std::string(T.getOption(ID).getPrefixedName()));
    for (StringRef N : KeptNames) {
      Kept.insert(N);
      // -fX keeps -fno-X, -mX keeps -mno-X.
      for (StringRef P : {"-f", "-m"})
        if (N.starts_with(P)) {
          std::string Neg = (P + "no-" + N.drop_front(2)).str();
          if (All.contains(Neg)) Kept.insert(Neg);
        }
    }
    for (StringRef N : LoadNames) Load.insert(N);
    for (StringRef N : RunNames) Run.insert(N);
    for (StringRef N : ReadNames) Read.insert(N);
    for (StringRef N : WriteNames) Write.insert(N);
    for (StringRef N : QuietNames) {
      Quiet.insert(N);
      if (N.starts_with("-f") && !N.starts_with("-fno-"))
        Quiet.insert(("-fno-" + N.drop_front(2)).str());
    }
    for (StringRef N : QuietGroups) QuietGroup.insert(N);
    for (StringRef N : SourceLanguages) Languages.insert(N);
  }
};

const Tables &tables() {
  static const Tables T;
  return T;
}

bool inGroup(const Option &O, const StringSet<> &Groups) {
  for (Option G = O.getGroup(); G.isValid(); G = G.getGroup())
    if (Groups.contains(G.getName())) return true;
  return false;
}

bool inFeatureGroup(const Option &O) {
  for (Option G = O.getGroup(); G.isValid(); G = G.getGroup())
    if (G.getName().ends_with("features group>") || G.getName() == "<LongDouble group>")
      return true;
  return false;
}

std::string nameOf(const Option &O) { return std::string(O.getPrefixedName()); }

enum class Level { Driver, Frontend };

/// Why a parsed option is dropped, or nullptr when it is kept; \p Quiet is
/// set for build bookkeeping.
const char *verdict(const Arg &A, Level L, bool &Quiet) {
  const Tables &T = tables();
  const Option &O = A.getOption();
  const std::string Name = nameOf(O);
  Quiet = false;
  if (O.getKind() == Option::UnknownClass) return Unknown;
  if (Name == "-x") return T.Languages.contains(A.getValue()) ? nullptr : NotSource;
  if (Name == "--driver-mode=") {
    StringRef M = A.getValue();
    return L == Level::Driver && (M == "gcc" || M == "g++" || M == "cl") ? nullptr : OtherMode;
  }
  bool Kept = T.Kept.contains(Name) || (inFeatureGroup(O) && (Name.rfind("-m", 0) == 0));
  // The frontend builds no modules of its own accord: a module cache comes
  // from the driver's -fmodules, which the worker points into its directory.
  if (Kept && L == Level::Frontend && StringRef(Name).contains("module")) Kept = false;
  if (Kept) return nullptr;
  if (T.Load.contains(Name)) return Loads;
  if (T.Run.contains(Name) || StringRef(Name).starts_with("-ccc-")) return Runs;
  if (T.Read.contains(Name)) return Reads;
  if (Name == "-mllvm")
    return "it would set the code generator's internal options, some of which write files";
  if (L == Level::Driver &&
      (T.Quiet.contains(Name) || inGroup(O, T.QuietGroup) || O.hasFlag(copts::LinkerInput) ||
       O.hasFlag(copts::LinkOption) || StringRef(Name).starts_with("-fdiagnostics-") ||
       StringRef(Name).starts_with("-fno-diagnostics-") || Name == "-Wl," || Name == "-Xlinker" ||
       Name == "-Wa," || Name == "-Xassembler")) {
    Quiet = true;
    return Unparsed;
  }
  if (T.Write.contains(Name)) return Writes;
  return Unparsed;
}

/// One argument of a pass-through stream (-Xclang, -Wp, -Xpreprocessor,
/// /clang:): its value and how the command spelled it.
struct Passed {
  std::string Value, Spelled;
};

bool clMode(const std::vector<std::string> &Args) {
  for (const std::string &A : Args)
    if (StringRef(A).starts_with("--driver-mode=")) return StringRef(A).ends_with("=cl");
  if (Args.empty()) return false;
  StringRef Exe = sys::path::stem(Args[0]);
  return Exe.equals_insensitive("cl") || Exe.ends_with_insensitive("clang-cl");
}

class Filter {
public:
  Filter(std::vector<DroppedFlag> &Dropped) : Dropped(Dropped) {}

  /// Filters \p Args (no program name) parsed with visibility \p Vis at
  /// level \p L; returns, per kept option, its tokens as \p Args spelled them.
  std::vector<std::vector<std::string>> run(ArrayRef<Passed> Args, unsigned Vis, Level L,
                                            StringRef Via) {
    std::vector<std::vector<std::string>> Kept;
    std::vector<const char *> Ptrs;
    for (const Passed &P : Args) Ptrs.push_back(P.Value.c_str());
    unsigned MissingIndex = 0, MissingCount = 0;
    InputArgList List =
        getDriverOptTable().ParseArgs(Ptrs, MissingIndex, MissingCount, opt::Visibility(Vis));
    std::vector<const Arg *> Parsed(List.begin(), List.end());
    const size_t End = MissingCount ? MissingIndex : Args.size();
    for (size_t K = 0; K < Parsed.size(); ++K) {
      const Arg &A = *Parsed[K];
      size_t Begin = A.getIndex();
      size_t Stop = K + 1 < Parsed.size() ? Parsed[K + 1]->getIndex() : End;
      Stop = std::max(Stop, std::min(Begin + 1, Args.size()));
      std::vector<std::string> Tokens;
      std::string Spelled;
      for (size_t I = Begin; I < Stop && I < Args.size(); ++I) {
        Tokens.push_back(Args[I].Value);
        Spelled += (Spelled.empty() ? "" : " ") + Args[I].Spelled;
      }
      handle(A, Tokens, Spelled, Vis, L, Via, Kept);
    }
    if (MissingCount && MissingIndex < Args.size()) {
      std::string Spelled;
      for (size_t I = MissingIndex; I < Args.size(); ++I)
        Spelled += (Spelled.empty() ? "" : " ") + Args[I].Spelled;
      drop(Spelled, Via.str() + Args[MissingIndex].Value, Incomplete);
    }
    return Kept;
  }

  std::vector<Passed> Xclang, Wp, Xpreprocessor, ClangCl;
  std::vector<std::string> Inputs;
  std::string Language; // the last -x before an input, or ""
  bool HaveNoGpuInc = false;
  std::vector<std::string> RocmPaths;

private:
  void drop(const std::string &Spelled, const std::string &Kind, const char *Why) {
    Dropped.push_back({Spelled, Kind, Why});
  }

  void handle(const Arg &A, const std::vector<std::string> &Tokens, const std::string &Spelled,
              unsigned Vis, Level L, StringRef Via, std::vector<std::vector<std::string>> &Kept) {
    const Option &O = A.getOption();
    const std::string Name = nameOf(O);
    // The values of pass-through options are parsed as what they pass.
    auto Pass = [&](std::vector<Passed> &To) {
      for (const char *V : A.getValues()) To.push_back({V, Spelled});
    };
    if (O.getKind() == Option::InputClass) {
      if (L == Level::Frontend) return drop(Spelled, Via.str() + "<input>", Unknown);
      if (StringRef(A.getValue()) == "-")
        return drop(Spelled, "-", "it would make the compiler read standard input");
      Inputs.push_back(A.getValue());
      Kept.push_back(Tokens);
      return;
    }
    if (L == Level::Driver) {
      if (Name == "-Xclang") return Pass(Xclang);
      if (Name == "-Wp,") {
        // -Wp,-MD,FILE and friends are a build's dependency files: dropped
        // quietly, as the driver's -MD is.
        ArrayRef<const char *> Vs = A.getValues();
        for (size_t I = 0; I < Vs.size(); ++I) {
          StringRef V = Vs[I];
          if (V == "-MD" || V == "-MMD" || V == "-MF" || V == "-MT" || V == "-MQ") {
            ++I;
            continue;
          }
          if (V.starts_with("-M")) continue;
          Wp.push_back({V.str(), Spelled});
        }
        return;
      }
      if (Name == "-Xpreprocessor") return Pass(Xpreprocessor);
      if (Name == "/clang:" && (Vis & copts::CLOption)) return Pass(ClangCl);
      if (O.getKind() == Option::RemainingArgsClass && Name == "--") {
        // Everything after -- is an input.
        std::vector<std::string> Out{Tokens.front()};
        for (const char *V : A.getValues()) {
          if (StringRef(V) == "-") {
            drop("-", "-", "it would make the compiler read standard input");
            continue;
          }
          Out.push_back(V);
          Inputs.push_back(V);
        }
        Kept.push_back(Out);
        return;
      }
    }
    bool Quiet = false;
    if (const char *Why = verdict(A, L, Quiet)) {
      if (!Quiet) drop(Spelled, Via.str() + Name, Why);
      return;
    }
    if (Name == "-x") Language = A.getValue();
    if (Name == "-nogpuinc") HaveNoGpuInc = true;
    if (Name == "--rocm-path=" || Name == "--hip-path=") RocmPaths.push_back(A.getValue());
    Kept.push_back(Tokens);
  }

  std::vector<DroppedFlag> &Dropped;
};

/// Whether the HIP runtime's headers are where the driver looks for them
/// (by files only: nothing is run to find them).
bool hipRuntimeInstalled(const std::vector<std::string> &CommandPaths) {
  std::vector<std::string> Roots = CommandPaths;
  for (const char *Env : {"HIP_PATH", "ROCM_PATH"})
    if (auto V = sys::Process::GetEnv(Env)) Roots.push_back(*V);
  Roots.push_back("/opt/rocm");
  for (const std::string &R : Roots)
    if (sys::fs::exists(R + "/include/hip/hip_runtime.h")) return true;
  return false;
}

} // namespace

std::vector<std::string> sanitizeCommand(const std::vector<std::string> &Args,
                                         std::vector<DroppedFlag> &Dropped) {
  std::vector<std::string> Out;
  if (Args.empty()) return Out;
  const bool Cl = clMode(Args);
  const unsigned Vis = Cl ? copts::CLOption : copts::ClangOption;
  Filter F(Dropped);
  // Response files are not read: they may point anywhere.
  std::vector<Passed> Driver;
  for (size_t I = 1; I < Args.size(); ++I) {
    if (StringRef(Args[I]).starts_with("@")) {
      Dropped.push_back({Args[I], "@file", Loads});
      continue;
    }
    Driver.push_back({Args[I], Args[I]});
  }
  Out.push_back(Args[0]);
  // "--" and the inputs after it stay last, after the flags added below.
  std::vector<std::string> Tail;
  for (auto &Tokens : F.run(Driver, Vis, Level::Driver, "")) {
    std::vector<std::string> &To = Tokens.front() == "--" ? Tail : Out;
    To.insert(To.end(), Tokens.begin(), Tokens.end());
  }
  // The pass-through streams, each parsed as the driver (/clang:, first: it
  // may hold more) or the frontend reads it, and spelled back the way it came.
  if (Cl)
    for (auto &Tokens : F.run(F.ClangCl, copts::ClangOption, Level::Driver, "/clang:"))
      for (const std::string &T : Tokens) Out.push_back("/clang:" + T);
  for (auto &Tokens : F.run(F.Xclang, copts::CC1Option, Level::Frontend, "-Xclang "))
    for (const std::string &T : Tokens) {
      Out.push_back("-Xclang");
      Out.push_back(T);
    }
  for (auto &Tokens : F.run(F.Xpreprocessor, copts::CC1Option, Level::Frontend, "-Xpreprocessor "))
    for (const std::string &T : Tokens) {
      Out.push_back("-Xpreprocessor");
      Out.push_back(T);
    }
  for (auto &Tokens : F.run(F.Wp, copts::CC1Option, Level::Frontend, "-Wp,"))
    if (llvm::none_of(Tokens,
                      [](const std::string &T) { return T.find(',') != std::string::npos; }))
      Out.push_back("-Wp," + join(Tokens, ","));

  Out.insert(Out.begin() + 1, "-resource-dir=" BACKDOOR_CLANG_RESOURCE_DIR);
  // CUDA and HIP: the host side only, without device libraries, so that the
  // driver never looks for a GPU; HIP without an installed runtime gets the
  // language's keywords defined instead of the runtime's headers.
  std::string Lang = F.Language;
  if (Lang.empty())
    for (const std::string &In : F.Inputs) {
      StringRef Ext = sys::path::extension(In);
      if (Ext == ".cu") Lang = "cuda";
      if (Ext == ".hip") Lang = "hip";
    }
  if (!Cl && (Lang == "cuda" || Lang == "hip")) {
    Out.push_back("--offload-host-only");
    Out.push_back("-nogpulib");
    if (Lang == "hip" && !F.HaveNoGpuInc && !hipRuntimeInstalled(F.RocmPaths)) {
      // The language's keywords, as the runtime's headers spell them.
      Out.push_back("-nogpuinc");
      for (const char *K : {"global", "device", "host", "shared", "constant", "managed"})
        Out.push_back(std::string("-D__") + K + "__=__attribute__((" + K + "))");
      Out.push_back("-D__launch_bounds__(...)=__attribute__((launch_bounds(__VA_ARGS__)))");
    }
  }
  // The scan reports its own findings and the errors that stop a parse,
  // never the compiler's warnings: -w saves Sema their work (about 4% of
  // a parse) and keeps -Werror from turning a new clang's warning into a
  // unit that "does not parse".
  Out.push_back("-w");
  Out.push_back("-Qunused-arguments");
  Out.insert(Out.end(), Tail.begin(), Tail.end());
  return Out;
}

bool usesModuleCache(const std::vector<std::string> &Args) {
  for (StringRef A : Args) {
    A.consume_front("/clang:");
    if (A == "-fmodules" || A == "-fcxx-modules" || A == "-fimplicit-modules") return true;
  }
  return false;
}

std::vector<std::string> keptOptionNames() {
  return std::vector<std::string>(std::begin(KeptNames), std::end(KeptNames));
}

bool driverHasOption(const std::string &PrefixedName) {
  const opt::OptTable &T = getDriverOptTable();
  for (unsigned ID = 1, E = T.getNumOptions(); ID <= E; ++ID)
    if (std::string(T.getOption(ID).getPrefixedName()) == PrefixedName) return true;
  return false;
}

} // namespace backdoor
