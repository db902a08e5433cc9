//===--- Runner.cpp - scan translation units through clang-tidy ----------===//
#include "Runner.h"
#include "Cache.h"
#include "Sanitize.h"
#include "BackdoorCheck.h"
#include "core/Session.h"
#include "core/Summary.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <fcntl.h>
#include <map>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;
using namespace clang;
using namespace clang::tidy;

namespace backdoor {

/// Limits for input files: larger or binary files are not C source.
static constexpr uint64_t MaxSourceBytes = 64ull << 20;

namespace {

class SanitizedDB : public tooling::CompilationDatabase {
public:
  /// \p ModuleCache: the worker's private directory for implicit modules.
  SanitizedDB(const tooling::CompilationDatabase &Inner, std::string ModuleCache)
      : Inner(Inner), ModuleCache(std::move(ModuleCache)) {}
  std::vector<tooling::CompileCommand> getCompileCommands(StringRef File) const override {
    auto Cmds = Inner.getCompileCommands(File);
    std::vector<DroppedFlag> Dropped;
    for (auto &C : Cmds) {
      bool Modules = usesModuleCache(C.CommandLine);
      C.CommandLine = sanitizeCommand(C.CommandLine, Dropped);
      if (Modules) C.CommandLine.push_back("-fmodules-cache-path=" + ModuleCache);
    }
    return Cmds;
  }
  std::vector<std::string> getAllFiles() const override { return Inner.getAllFiles(); }

private:
  const tooling::CompilationDatabase &Inner;
  std::string ModuleCache;
};

struct FileText {
  std::map<std::string, std::unique_ptr<MemoryBuffer>> Cache;
  StringRef get(const std::string &Path) {
    auto It = Cache.find(Path);
    if (It == Cache.end()) {
      auto B = MemoryBuffer::getFile(Path);
      It = Cache.emplace(Path, B ? std::move(*B) : nullptr).first;
    }
    return It->second ? It->second->getBuffer() : StringRef();
  }
  Location loc(const std::string &Path, unsigned Offset, std::string *LineText = nullptr) {
    Location L;
    L.File = Path;
    StringRef Text = get(Path);
    if (Text.empty() || Offset > Text.size()) return L;
    StringRef Before = Text.take_front(Offset);
    L.Line = Before.count('\n') + 1;
    size_t LineStart = Before.rfind('\n');
    LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
    L.Col = Offset - LineStart + 1;
    if (LineText) {
      size_t End = Text.find('\n', LineStart);
      *LineText = Text.slice(LineStart, End).rtrim("\r").str();
    }
    return L;
  }
};

/// clang-tidy's consumer that also keeps what a NOLINT comment hides: a
/// `backdoor-*` warning the context suppresses is recorded, with its notes,
/// before clang-tidy drops it. The gate then decides on it: kept as a
/// suppressed finding when the comment gives a reason, reported when not.
class NolintKeepingConsumer : public ClangTidyDiagnosticConsumer {
public:
  explicit NolintKeepingConsumer(ClangTidyContext &Ctx)
      : ClangTidyDiagnosticConsumer(Ctx, nullptr, /*RemoveIncompatibleErrors=*/true,
                                    /*GetFixesFromNotes=*/false),
        Ctx(Ctx) {}

  /// A hidden warning, in the shape clang-tidy gives reported ones.
  struct Hidden {
    std::string Rule, BuildDir;
    tooling::DiagnosticMessage Message;
    std::vector<tooling::DiagnosticMessage> Notes;
  };
  std::vector<Hidden> Kept;

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    if (Level == DiagnosticsEngine::Note) {
      if (Keeping) Kept.back().Notes.push_back(record(Info, Kept.back().Rule));
    } else {
      Keeping = false;
      if (Level == DiagnosticsEngine::Warning && Info.hasSourceManager() &&
          Info.getLocation().isValid()) {
        std::string Rule = Ctx.getCheckName(Info.getID());
        SmallVector<tooling::Diagnostic, 1> Ignored;
        if (StringRef(Rule).starts_with("backdoor-") &&
            Ctx.shouldSuppressDiagnostic(Level, Info, Ignored) && inUserCode(Info)) {
          Kept.push_back({Rule, Ctx.getCurrentBuildDirectory(), record(Info, Rule), {}});
          Keeping = true;
        }
      }
    }
    ClangTidyDiagnosticConsumer::HandleDiagnostic(Level, Info);
  }

private:
  /// The text and place, as clang-tidy records them: the text without the
  /// check's name (clang-tidy spells it in and drops it again when it
  /// reports), the place at its file location.
  static tooling::DiagnosticMessage record(const Diagnostic &Info, StringRef Rule) {
    SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    StringRef M = Text.str();
    M.consume_back((" [" + Rule + "]").str());
    if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
      return tooling::DiagnosticMessage(M);
    const SourceManager &SM = Info.getSourceManager();
    return tooling::DiagnosticMessage(M, SM, SM.getFileLoc(Info.getLocation()));
  }
  /// The same reach as reported findings: the main file, or a header the
  /// header filter selects.
  bool inUserCode(const Diagnostic &Info) {
    const SourceManager &SM = Info.getSourceManager();
    SourceLocation L = SM.getFileLoc(Info.getLocation());
    if (SM.isInMainFile(L)) return true;
    if (SM.isInSystemHeader(L)) return false;
    std::optional<std::string> Filter = Ctx.getOptions().HeaderFilterRegex;
    return Filter && !Filter->empty() && Regex(*Filter).match(SM.getFilename(L));
  }

  ClangTidyContext &Ctx;
  bool Keeping = false;
};

/// After the checks (it comes last in the multiplexer), while the AST is
/// still in memory: the unit's facts for the link step.
class FactsConsumer : public ASTConsumer {
public:
  FactsConsumer(std::string RulesDirs, json::Value &Out) : RulesDirs(std::move(RulesDirs)), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    std::vector<CatalogError> Errors;
    std::shared_ptr<const Catalog> Cat = Catalog::getShared(catalogDirs(RulesDirs), Errors);
    if (!Cat) return;
    // The checks' session when they made one (the same catalog), else a new one.
    Out = exportUnitFacts(AnalysisSession::get(Ctx, Cat));
  }

private:
  std::string RulesDirs;
  json::Value &Out;
};

/// clang-tidy's runClangTidy, with the consumer above; \p Facts (when not
/// null) receives the unit's facts.
std::vector<ClangTidyError> runTidy(ClangTidyContext &Ctx, const tooling::CompilationDatabase &DB,
                                    const std::string &File,
                                    IntrusiveRefCntPtr<vfs::OverlayFileSystem> FS,
                                    std::vector<NolintKeepingConsumer::Hidden> &Hidden,
                                    const std::string &RulesDirs, json::Value *Facts) {
  tooling::ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(), FS);
  // Extra arguments from the options, as clang-tidy adds them.
  Tool.appendArgumentsAdjuster([&Ctx](const tooling::CommandLineArguments &Args, StringRef F) {
    ClangTidyOptions Opts = Ctx.getOptionsForFile(F);
    tooling::CommandLineArguments Out = Args;
    if (Opts.ExtraArgsBefore) {
      auto At = Out.begin();
      if (At != Out.end() && !StringRef(*At).starts_with("-")) ++At;
      Out.insert(At, Opts.ExtraArgsBefore->begin(), Opts.ExtraArgsBefore->end());
    }
    if (Opts.ExtraArgs) Out.insert(Out.end(), Opts.ExtraArgs->begin(), Opts.ExtraArgs->end());
    return Out;
  });
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());

  NolintKeepingConsumer Consumer(Ctx);
#if LLVM_VERSION_MAJOR >= 21
  auto DiagOpts = std::make_unique<DiagnosticOptions>();
  DiagnosticsEngine DE(DiagnosticIDs::create(), *DiagOpts, &Consumer, /*ShouldOwnClient=*/false);
  Ctx.setDiagnosticsEngine(std::move(DiagOpts), &DE);
#else
  DiagnosticsEngine DE(new DiagnosticIDs(), new DiagnosticOptions(), &Consumer,
                       /*ShouldOwnClient=*/false);
  Ctx.setDiagnosticsEngine(&DE);
#endif
  Tool.setDiagnosticConsumer(&Consumer);

  class Factory : public tooling::FrontendActionFactory {
  public:
    Factory(ClangTidyContext &Ctx, IntrusiveRefCntPtr<vfs::OverlayFileSystem> FS,
            const std::string &RulesDirs, json::Value *Facts)
        : Consumers(Ctx, std::move(FS)), RulesDirs(RulesDirs), Facts(Facts) {}
    std::unique_ptr<FrontendAction> create() override {
      return std::make_unique<Action>(Consumers, RulesDirs, Facts);
    }
    bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation, FileManager *Files,
                       std::shared_ptr<PCHContainerOperations> PCH,
                       DiagnosticConsumer *Diags) override {
      // As clang-tidy: code sees __clang_analyzer__ defined.
      Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
      return FrontendActionFactory::runInvocation(Invocation, Files, PCH, Diags);
    }

  private:
    class Action : public ASTFrontendAction {
    public:
      Action(ClangTidyASTConsumerFactory &F, const std::string &RulesDirs, json::Value *Facts)
          : F(F), RulesDirs(RulesDirs), Facts(Facts) {}
      std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef In) override {
        std::unique_ptr<ASTConsumer> Tidy = F.createASTConsumer(CI, In);
        if (!Facts || !Tidy) return Tidy;
        std::vector<std::unique_ptr<ASTConsumer>> Cs;
        Cs.push_back(std::move(Tidy));
        Cs.push_back(std::make_unique<FactsConsumer>(RulesDirs, *Facts));
        return std::make_unique<MultiplexConsumer>(std::move(Cs));
      }

    private:
      ClangTidyASTConsumerFactory &F;
      const std::string &RulesDirs;
      json::Value *Facts;
    };
    ClangTidyASTConsumerFactory Consumers;
    const std::string &RulesDirs;
    json::Value *Facts;
  };
  Factory F(Ctx, FS, RulesDirs, Facts);
  Tool.run(&F);
  Hidden = std::move(Consumer.Kept);
  return Consumer.take();
}

std::string readAll(const std::string &Path) {
  auto B = MemoryBuffer::getFile(Path);
  return B ? (*B)->getBuffer().str() : std::string();
}

/// Runs in the forked worker: scan one unit and write its results as JSON.
void scanInWorker(const tooling::CompilationDatabase &DB, const std::string &File,
                  const RunOptions &Opts, const std::string &OutPath, const std::string &DepPath,
                  const std::string &ModuleCache) {
  Report R;
  // The same option sources as clang-tidy: -config text, or .clang-tidy files
  // found from the file upwards; the check list is always an override.
  ClangTidyGlobalOptions GO;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  ClangTidyOptions Overrides;
  Overrides.Checks = "-*," + Opts.Checks;
  Overrides.WarningsAsErrors = "";
  // The compiler lists what the unit includes, for the result cache. Passed
  // as clang-tidy extra arguments, which come after ClangTool strips -M flags.
  if (!DepPath.empty())
    Overrides.ExtraArgs = std::vector<std::string>{"-MD", "-MT", "backdoor-scan-unit", "-MF", DepPath};
  if (!Opts.RulesDirs.empty())
    Overrides.CheckOptions["BackdoorScanRules"] =
        ClangTidyOptions::ClangTidyValue(Opts.RulesDirs);
  auto FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  if (!Opts.Config.empty()) {
    auto Parsed = parseConfiguration(MemoryBufferRef(Opts.Config, "--config"));
    Provider = std::make_unique<ConfigOptionsProvider>(GO, Defaults,
                                                       Parsed ? *Parsed : ClangTidyOptions(),
                                                       Overrides, FS);
  } else {
    Provider = std::make_unique<FileOptionsProvider>(GO, Defaults, Overrides, FS);
  }
  ClangTidyContext Ctx(std::move(Provider));
  SanitizedDB Safe(DB, ModuleCache);
  std::vector<NolintKeepingConsumer::Hidden> Hidden;
  json::Value Facts = nullptr;
  if (Opts.Facts) FactRecorder::enable();
  std::vector<ClangTidyError> Errors =
      runTidy(Ctx, Safe, File, FS, Hidden, Opts.RulesDirs, Opts.Facts ? &Facts : nullptr);

  FileText Texts;
  ToolError ParseError;
  // clang-tidy reports paths relative to the unit's build directory.
  auto Abs = [](const std::string &Dir, const std::string &Path) {
    if (Path.empty() || sys::path::is_absolute(Path) || Dir.empty()) return Path;
    SmallString<256> P(Dir);
    sys::path::append(P, Path);
    sys::path::remove_dots(P, true);
    return std::string(P);
  };
  // One finding from a clang-tidy record, reported or hidden by a NOLINT.
  auto Add = [&](StringRef Rule, const std::string &Dir, const tooling::DiagnosticMessage &M,
                 ArrayRef<tooling::DiagnosticMessage> Notes, bool HiddenByNolint) {
    Finding F;
    F.Rule = Rule.str();
    F.Message = M.Message;
    F.HiddenByNolint = HiddenByNolint;
    F.Loc = Texts.loc(Abs(Dir, M.FilePath), M.FileOffset, &F.SourceLine);
    for (const tooling::DiagnosticMessage &N : Notes)
      F.Notes.push_back({Texts.loc(Abs(Dir, N.FilePath), N.FileOffset), N.Message});
    R.Findings.push_back(std::move(F));
  };
  for (const ClangTidyError &E : Errors) {
    const auto &M = E.Message;
    if (E.DiagLevel == ClangTidyError::Error || StringRef(E.DiagnosticName).starts_with("clang-diagnostic-error")) {
      Location L = Texts.loc(Abs(E.BuildDirectory, M.FilePath), M.FileOffset);
      std::string Where = M.FilePath.empty() ? std::string("<command line>")
                                             : L.File + ":" + std::to_string(L.Line) + ":" +
                                                   std::to_string(L.Col);
      ParseError.Details.push_back(Where + ": error: " + M.Message);
      continue;
    }
    if (StringRef(E.DiagnosticName).starts_with("backdoor-"))
      Add(E.DiagnosticName, E.BuildDirectory, M, E.Notes, /*HiddenByNolint=*/false);
    // A check option with a value it cannot use (clang-tidy's configuration
    // diagnostic; the check runs with its default): a gate must not pass
    // quietly on a threshold it never applied.
    else if (E.DiagnosticName == "clang-tidy-config")
      R.Errors.push_back({{File, 0, 0}, "invalid configuration: " + M.Message, {}});
  }
  for (const auto &H : Hidden) Add(H.Rule, H.BuildDir, H.Message, H.Notes, /*HiddenByNolint=*/true);
  if (!ParseError.Details.empty()) {
    ParseError.Loc.File = File;
    ParseError.Message = "this translation unit does not parse; its findings may be incomplete";
    R.Errors.push_back(std::move(ParseError));
  }
  json::Array Fs, Es;
  for (const Finding &F : R.Findings) Fs.push_back(toJson(F));
  for (const ToolError &E : R.Errors) Es.push_back(toJson(E));
  std::error_code EC;
  raw_fd_ostream OS(OutPath, EC);
  if (EC) return;
  json::Object Result{{"findings", std::move(Fs)}, {"errors", std::move(Es)}};
  if (Facts.kind() != json::Value::Null) Result["facts"] = std::move(Facts);
  OS << json::Value(std::move(Result));
}

/// A file that is not worth handing to the compiler: missing, binary, huge.
std::optional<std::string> unreadableSource(const std::string &File) {
  uint64_t Size = 0;
  if (sys::fs::file_size(File, Size)) return std::string("cannot read this file");
  if (Size > MaxSourceBytes)
    return "this file is larger than " + std::to_string(MaxSourceBytes >> 20) +
           " MiB and was not scanned";
  auto B = MemoryBuffer::getFileSlice(File, std::min<uint64_t>(Size, 8192), 0);
  if (B && (*B)->getBuffer().contains('\0'))
    return std::string("this file is binary, not C, C++ or Objective-C source, and was not scanned");
  return std::nullopt;
}

struct Job {
  pid_t Pid;
  std::string File, OutPath, ErrPath, DepPath, Key, Directory;
};

} // namespace

void runScan(const tooling::CompilationDatabase &DB, const std::vector<std::string> &Files,
             const RunOptions &Opts, Report &Out) {
  SmallString<128> TmpDir;
  if (sys::fs::createUniqueDirectory("backdoor-scan", TmpDir)) {
    Out.Errors.push_back({{}, "cannot create a temporary directory", {}});
    return;
  }
  std::vector<Job> Running;
  size_t Next = 0, Done = 0;
  unsigned Jobs = std::max(1u, Opts.Jobs);
  ResultCache Cache(Opts.CacheDir, Opts.CacheSalt);

  auto Start = [&](const std::string &File) {
    if (auto Why = unreadableSource(File)) {
      Out.Errors.push_back({{File, 0, 0}, *Why, {}});
      ++Done;
      return;
    }
    Job J;
    J.File = File;
    J.OutPath = (TmpDir + "/" + std::to_string(Next) + ".json").str();
    J.ErrPath = (TmpDir + "/" + std::to_string(Next) + ".err").str();
    if (Cache.enabled()) {
      std::vector<tooling::CompileCommand> Cmds = DB.getCompileCommands(File);
      std::vector<DroppedFlag> Dropped;
      if (!Cmds.empty())
        if (auto K = Cache.key(sanitizeCommand(Cmds.front().CommandLine, Dropped),
                               Cmds.front().Directory, File)) {
          auto Hit = Cache.lookup(*K);
          // An entry without facts (written without the link step) cannot serve a linked run.
          if (Hit && Opts.Facts && !Hit->Facts) Hit.reset();
          if (Hit) {
            if (Hit->Facts) Out.Facts.push_back(std::move(*Hit->Facts));
            ++Out.FilesScanned;
            ++Out.FromCache;
            ++Done;
            for (Finding &F : Hit->Findings) Out.Findings.push_back(std::move(F));
            for (ToolError &E : Hit->Errors) Out.Errors.push_back(std::move(E));
            return;
          }
          J.Key = *K;
          J.Directory = Cmds.front().Directory;
          J.DepPath = (TmpDir + "/" + std::to_string(Next) + ".d").str();
        }
    }
    outs().flush();
    errs().flush();
    pid_t Pid = fork();
    if (Pid == 0) {
      int Fd = ::open(J.ErrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (Fd >= 0) {
        dup2(Fd, 2);
        close(Fd);
      }
      scanInWorker(DB, File, Opts, J.OutPath, J.DepPath, (TmpDir + "/modules").str());
      errs().flush();
      _exit(0);
    }
    if (Pid < 0) {
      Out.Errors.push_back({{File, 0, 0}, "cannot start a worker process", {}});
      ++Done;
      return;
    }
    J.Pid = Pid;
    Running.push_back(J);
  };

  auto Collect = [&](const Job &J, int Status) {
    ++Out.FilesScanned;
    std::string Text = readAll(J.OutPath);
    std::string ErrText = readAll(J.ErrPath);
    bool Crashed = !WIFEXITED(Status) || WEXITSTATUS(Status) != 0;
    Expected<json::Value> V = json::parse(Text);
    if (Crashed || !V) {
      if (!V) consumeError(V.takeError());
      ToolError E;
      E.Loc.File = J.File;
      E.Message = WIFSIGNALED(Status)
                      ? "the front end crashed on this file (signal " +
                            std::to_string(WTERMSIG(Status)) + "); it was not scanned"
                      : std::string("the scan of this file failed; it was not scanned");
      SmallVector<StringRef, 8> Lines;
      StringRef(ErrText).split(Lines, '\n', 20, false);
      for (StringRef L : Lines) E.Details.push_back(L.str());
      Out.Errors.push_back(std::move(E));
      return;
    }
    const json::Object *O = V->getAsObject();
    CachedResult R;
    if (O) readResults(*O, R.Findings, R.Errors);
    if (O)
      if (const json::Value *F = O->get("facts")) {
        R.Facts = *F;
        Out.Facts.push_back(*F);
      }
    // Units that parsed are cached with what they included.
    if (!J.Key.empty() && R.Errors.empty()) Cache.store(J.Key, J.DepPath, J.Directory, R);
    Out.Findings.insert(Out.Findings.end(), R.Findings.begin(), R.Findings.end());
    Out.Errors.insert(Out.Errors.end(), R.Errors.begin(), R.Errors.end());
  };

  while (Next < Files.size() || !Running.empty()) {
    while (Running.size() < Jobs && Next < Files.size()) {
      Start(Files[Next]);
      ++Next;
    }
    if (Running.empty()) continue;
    int Status = 0;
    pid_t P = waitpid(-1, &Status, 0);
    if (P < 0) break;
    for (size_t I = 0; I < Running.size(); ++I)
      if (Running[I].Pid == P) {
        Collect(Running[I], Status);
        sys::fs::remove(Running[I].OutPath);
        sys::fs::remove(Running[I].ErrPath);
        if (!Running[I].DepPath.empty()) sys::fs::remove(Running[I].DepPath);
        Running.erase(Running.begin() + I);
        ++Done;
        break;
      }
    if (Opts.Progress) {
      errs() << "\r\033[K[" << Done << "/" << Files.size() << "] "
             << sys::path::filename(Files[std::min(Next, Files.size()) - 1]);
      errs().flush();
    }
  }
  if (Opts.Progress) errs() << "\r\033[K";
  sys::fs::remove_directories(TmpDir);
}

} // namespace backdoor
