//===--- Runner.cpp - scan translation units through clang-tidy ----------===//
#include "Runner.h"
#include "BackdoorCheck.h"
#include "Cache.h"
#include "Sanitize.h"
#include "catalog/Catalog.h"
#include "core/Session.h"
#include "core/Summary.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Serialization/ASTReader.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <map>
#include <new>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace llvm;
using namespace clang;
using namespace clang::tidy;

namespace backdoor {

/// Limits for input files: larger or binary files are not C source.
static constexpr uint64_t MaxSourceBytes = 64ull << 20;

namespace {

/// A `.clang-tidy`'s ExtraArgsBefore and ExtraArgs, placed as clang-tidy
/// places them: after the compiler's name, and at the end.
std::vector<std::string> withExtraArgs(std::vector<std::string> Cmd, const ClangTidyOptions &O) {
  if (O.ExtraArgsBefore && !Cmd.empty())
    Cmd.insert(Cmd.begin() + 1, O.ExtraArgsBefore->begin(), O.ExtraArgsBefore->end());
  if (O.ExtraArgs) Cmd.insert(Cmd.end(), O.ExtraArgs->begin(), O.ExtraArgs->end());
  return Cmd;
}

/// The compile commands as the scan parses them: with the options' extra
/// arguments (a `.clang-tidy` comes with the code under review too), then
/// sanitised as one command (tool/Sanitize.h).
class SanitizedDB : public tooling::CompilationDatabase {
public:
  /// \p ModuleCache: the worker's private directory for implicit modules.
  SanitizedDB(const tooling::CompilationDatabase &Inner, std::string ModuleCache,
              ClangTidyOptionsProvider &Options)
      : Inner(Inner), ModuleCache(std::move(ModuleCache)), Options(Options) {}
  std::vector<tooling::CompileCommand> getCompileCommands(StringRef File) const override {
    auto Cmds = Inner.getCompileCommands(File);
    std::vector<DroppedFlag> Dropped;
    ClangTidyOptions O = Options.getOptions(File);
    for (auto &C : Cmds) {
      C.CommandLine = withExtraArgs(std::move(C.CommandLine), O);
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
  ClangTidyOptionsProvider &Options;
};

struct FileText {
  struct Entry {
    std::unique_ptr<MemoryBuffer> Buf;
    std::vector<size_t> LineStarts; // offsets of each line's first byte, built once
  };
  std::map<std::string, Entry> Cache;
  const Entry &get(const std::string &Path) {
    auto It = Cache.find(Path);
    if (It == Cache.end()) {
      Entry T;
      if (auto B = MemoryBuffer::getFile(Path)) T.Buf = std::move(*B);
      if (T.Buf) {
        StringRef S = T.Buf->getBuffer();
        T.LineStarts.push_back(0);
        for (size_t I = S.find('\n'); I != StringRef::npos; I = S.find('\n', I + 1))
          T.LineStarts.push_back(I + 1);
      }
      It = Cache.emplace(Path, std::move(T)).first;
    }
    return It->second;
  }
  /// The line and column of an offset: a binary search in the file's line
  /// table (counting newlines from the start per finding was quadratic).
  Location loc(const std::string &Path, unsigned Offset, std::string *LineText = nullptr) {
    Location L;
    L.File = Path;
    const Entry &T = get(Path);
    StringRef Text = T.Buf ? T.Buf->getBuffer() : StringRef();
    if (Text.empty() || Offset > Text.size()) return L;
    auto Next = std::upper_bound(T.LineStarts.begin(), T.LineStarts.end(), size_t(Offset));
    size_t LineStart = *(Next - 1);
    L.Line = unsigned(Next - T.LineStarts.begin());
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
/// Whether a file of the unit lies outside the scanned tree (\p Root, a
/// real path), by its real path; remembered per file. A buffer that is no
/// file (\p NoFile) answers as the caller says.
class TreeFiles {
public:
  explicit TreeFiles(std::string Root) : Root(std::move(Root)) {}
  bool empty() const { return Root.empty(); }
  bool outside(const SourceManager &SM, FileID FID, bool NoFile) {
    auto [It, New] = Outside.try_emplace(FID, NoFile);
    if (New)
      if (OptionalFileEntryRef FE = SM.getFileEntryRefForID(FID)) {
        SmallString<256> Path(FE->getName());
        SM.getFileManager().makeAbsolutePath(Path);
        It->second = !insideTree(Path, Root);
      }
    return It->second;
  }

private:
  std::string Root;
  std::map<FileID, bool> Outside;
};

class NolintKeepingConsumer : public ClangTidyDiagnosticConsumer {
public:
  /// \p ScanRoot: the real path of the scanned tree when no header filter
  /// is set (the CLI's default), whose headers' findings are reported (the
  /// context's filter then selects every header); empty otherwise.
  NolintKeepingConsumer(ClangTidyContext &Ctx, std::string ScanRoot)
      : ClangTidyDiagnosticConsumer(Ctx, nullptr, /*RemoveIncompatibleErrors=*/true,
                                    /*GetFixesFromNotes=*/false),
        Ctx(Ctx), ScanRoot(std::move(ScanRoot)) {}

  /// A hidden warning, in the shape clang-tidy gives reported ones.
  struct Hidden {
    std::string Rule, BuildDir;
    tooling::DiagnosticMessage Message;
    std::vector<tooling::DiagnosticMessage> Notes;
  };
  std::vector<Hidden> Kept;

  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    // A finding in a header outside the scanned tree, with its notes, is not
    // the project's: it is dropped before clang-tidy records it.
    if (Level == DiagnosticsEngine::Note && Dropping) return;
    if (Level != DiagnosticsEngine::Note) {
      Dropping = Level == DiagnosticsEngine::Warning && Info.hasSourceManager() &&
                 Info.getLocation().isValid() &&
                 StringRef(Ctx.getCheckName(Info.getID())).starts_with("backdoor-") &&
                 outsideScanRoot(Info);
      if (Dropping) {
        Keeping = false;
        return;
      }
    }
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
    if (!ScanRoot.empty()) return !outsideScanRoot(Info);
    std::optional<std::string> Filter = Ctx.getOptions().HeaderFilterRegex;
    return Filter && !Filter->empty() && Regex(*Filter).match(SM.getFilename(L));
  }
  /// In the CLI's default: the diagnostic is in a header (as clang-tidy
  /// decides, at its expansion) whose real path is not under the scanned tree.
  bool outsideScanRoot(const Diagnostic &Info) {
    if (ScanRoot.empty()) return false;
    const SourceManager &SM = Info.getSourceManager();
    SourceLocation L = SM.getExpansionLoc(Info.getLocation());
    if (SM.isInMainFile(L) || SM.isInSystemHeader(L)) return false; // clang-tidy decides
    return Tree.outside(SM, SM.getFileID(L), /*NoFile=*/true);
  }

  ClangTidyContext &Ctx;
  std::string ScanRoot;
  TreeFiles Tree{ScanRoot};
  bool Keeping = false, Dropping = false;
};

/// Before the checks (it comes first in the multiplexer): the matchers, and
/// the parent map the analyses ask for, see the unit's own declarations and
/// its project's headers, not the system headers (the C and C++ libraries,
/// OpenSSL, Qt) nor, when the scan reports the headers of the scanned tree
/// (\p ScanRoot, the CLI's default), the headers outside it (an installed
/// library found through -I), as clangd limits its traversal to the main
/// file. Nothing is reported there, and the analyses read what they need of
/// such a header (a model's declaration, a macro, an inline helper, a
/// constant's initialiser) through the declarations themselves, which stay
/// in the AST. In an OpenSSL and STL unit the traversal and the parent map
/// of those headers were about a third of the scan's cost over the parse.
class UserCodeScope : public ASTConsumer {
public:
  explicit UserCodeScope(std::string ScanRoot) : Tree(std::move(ScanRoot)) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    SourceManager &SM = Ctx.getSourceManager();
    std::vector<Decl *> Scope;
    bool Pruned = false;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      if (outside(SM, D->getLocation())) {
        Pruned = true;
        continue;
      }
      Scope.push_back(D);
    }
    if (Pruned) Ctx.setTraversalScope(Scope);
  }

private:
  bool outside(SourceManager &SM, SourceLocation L) {
    if (L.isInvalid()) return false;
    L = SM.getExpansionLoc(L);
    if (SM.isInSystemHeader(L)) return true;
    if (Tree.empty() || SM.isInMainFile(L)) return false;
    return Tree.outside(SM, SM.getFileID(L), /*NoFile=*/false);
  }
  TreeFiles Tree;
};

/// After the checks (it comes last in the multiplexer), while the AST is
/// still in memory: the unit's facts for the link step.
class FactsConsumer : public ASTConsumer {
public:
  FactsConsumer(std::string RulesDirs, json::Value &Out)
      : RulesDirs(std::move(RulesDirs)), Out(Out) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    // The checks' session, whatever catalog (policy profile) they loaded: its
    // memo already holds most answers the facts need. Loading the catalog
    // again here made a second session, which parsed every YAML file and
    // analysed the unit again (most of the cost of linking).
    if (AnalysisSession *S = AnalysisSession::current(Ctx)) {
      Out = exportUnitFacts(*S);
      return;
    }
    // No check asked anything of this unit (no session): the checks' catalog
    // all the same (a unit without a crypto call still defines keys and
    // passes data on). Loading it from the YAML files again was most of the
    // export's cost in such units.
    std::shared_ptr<const Catalog> Cat = BackdoorCheck::liveCatalog();
    std::vector<CatalogError> Errors;
    if (!Cat) Cat = Catalog::getShared(catalogDirs(RulesDirs), Errors);
    if (!Cat) return;
    Out = exportUnitFacts(AnalysisSession::get(Ctx, Cat));
  }

private:
  std::string RulesDirs;
  json::Value &Out;
};

/// What a unit reads, for the result cache (tool/Cache.h): every file the
/// compiler parsed, with a hash of the exact text it parsed, and every place
/// the include search looked before it found a header, with whether a file
/// was there (so that a header that would now shadow it invalidates the
/// entry). Filled across all of the file's compile commands.
struct InputRecorder {
  UnitInputs In;
  bool Incomplete = false; // something was read that is not recorded: do not cache
};

/// The include-search half of the recorder.
class IncludeProbes : public PPCallbacks {
public:
  IncludeProbes(CompilerInstance &CI, InputRecorder &Rec) : CI(CI), Rec(Rec) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef FileName, bool IsAngled,
                          CharSourceRange, OptionalFileEntryRef File, StringRef SearchPath,
                          StringRef, const Module *, bool, SrcMgr::CharacteristicKind) override {
    if (File) probe(HashLoc, FileName, IsAngled, SearchPath);
  }
  void HasInclude(SourceLocation Loc, StringRef FileName, bool IsAngled, OptionalFileEntryRef File,
                  SrcMgr::CharacteristicKind) override {
    probe(Loc, FileName, IsAngled, "");
    if (File) Rec.In.Probes[absolute(File->getName())] = true;
  }
  void EmbedDirective(SourceLocation HashLoc, StringRef FileName, bool IsAngled,
                      OptionalFileEntryRef File, const LexEmbedParametersResult &) override {
    probe(HashLoc, FileName, IsAngled, "");
    if (File) Embedded.push_back(absolute(File->getName()));
  }
  std::vector<std::string> Embedded;

private:
  std::string absolute(StringRef P) {
    SmallString<256> S(P);
    CI.getFileManager().makeAbsolutePath(S);
    return std::string(S);
  }
  /// Records the places searched for \p FileName before \p SearchPath, the
  /// directory of the hit: the includer's directory (quoted includes), then
  /// the -iquote, -I and system directories in order. Without a known hit
  /// (__has_include, #embed, #include_next from an unexpected place) every
  /// directory of the search is recorded.
  void probe(SourceLocation Loc, StringRef FileName, bool IsAngled, StringRef SearchPath) {
    if (FileName.empty() || sys::path::is_absolute(FileName)) return;
    SourceManager &SM = CI.getSourceManager();
    HeaderSearch &HS = CI.getPreprocessor().getHeaderSearchInfo();
    std::vector<std::string> Chain;
    if (!IsAngled)
      if (OptionalFileEntryRef Includer =
              SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(Loc))))
        Chain.push_back(Includer->getDir().getName().str());
    const HeaderSearch &CHS = HS;
    for (auto It = IsAngled ? CHS.angled_dir_begin() : CHS.quoted_dir_begin(),
              End = CHS.search_dir_end();
         It != End; ++It)
      Chain.push_back(It->getName().str());
    for (const std::string &Dir : Chain) {
      if (!SearchPath.empty() && Dir == SearchPath) return; // the hit
      SmallString<256> P(Dir);
      sys::path::append(P, FileName);
      std::string Abs = absolute(P);
      sys::fs::file_status St;
      Rec.In.Probes[Abs] = !sys::fs::status(Abs, St) &&
                           St.type() != sys::fs::file_type::directory_file &&
                           St.type() != sys::fs::file_type::file_not_found;
    }
  }
  CompilerInstance &CI;
  InputRecorder &Rec;
};

/// clang-tidy's runClangTidy, with the consumer above; \p Facts (when not
/// null) receives the unit's facts.
std::vector<ClangTidyError> runTidy(ClangTidyContext &Ctx, const tooling::CompilationDatabase &DB,
                                    const std::string &File,
                                    IntrusiveRefCntPtr<vfs::OverlayFileSystem> FS,
                                    std::vector<NolintKeepingConsumer::Hidden> &Hidden,
                                    InputRecorder *Rec, const std::string &RulesDirs,
                                    json::Value *Facts, const std::string &ScanRoot) {
  tooling::ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(), FS);
  // The options' extra arguments are in the sanitised commands already (SanitizedDB).
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());

  NolintKeepingConsumer Consumer(Ctx, ScanRoot);
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
            InputRecorder *Rec, const std::string &RulesDirs, json::Value *Facts,
            const std::string &ScanRoot)
        : Consumers(Ctx, std::move(FS)), Rec(Rec), RulesDirs(RulesDirs), Facts(Facts),
          ScanRoot(ScanRoot) {}
    std::unique_ptr<FrontendAction> create() override {
      return std::make_unique<Action>(Consumers, Rec, RulesDirs, Facts, ScanRoot);
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
      Action(ClangTidyASTConsumerFactory &F, InputRecorder *Rec, const std::string &RulesDirs,
             json::Value *Facts, const std::string &ScanRoot)
          : F(F), Rec(Rec), RulesDirs(RulesDirs), Facts(Facts), ScanRoot(ScanRoot) {}
      std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef In) override {
        if (Rec) {
          auto P = std::make_unique<IncludeProbes>(CI, *Rec);
          Probes = P.get();
          CI.getPreprocessor().addPPCallbacks(std::move(P));
        }
        std::unique_ptr<ASTConsumer> Tidy = F.createASTConsumer(CI, In);
        if (!Tidy) return Tidy;
        std::vector<std::unique_ptr<ASTConsumer>> Cs;
        Cs.push_back(std::make_unique<UserCodeScope>(ScanRoot));
        Cs.push_back(std::move(Tidy));
        if (Facts) Cs.push_back(std::make_unique<FactsConsumer>(RulesDirs, *Facts));
        return std::make_unique<MultiplexConsumer>(std::move(Cs));
      }
      /// Every file the unit parsed, hashed from the text the compiler read.
      void EndSourceFileAction() override {
        if (!Rec) return;
        CompilerInstance &CI = getCompilerInstance();
        // A module or precompiled header that was loaded brings text the
        // source manager of this unit does not hold: such units are not cached.
        if (CI.getASTReader() || !CI.getPreprocessorOpts().ImplicitPCHInclude.empty())
          Rec->Incomplete = true;
        SourceManager &SM = CI.getSourceManager();
        for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It) {
          SmallString<256> Path(It->first.getName());
          CI.getFileManager().makeAbsolutePath(Path);
          std::optional<std::string> Hash;
          if (auto B = It->second->getBufferIfLoaded())
            Hash = ResultCache::sha256(B->getBuffer());
          else
            Hash = ResultCache::fileHash(Path);
          if (Hash)
            Rec->In.Files[std::string(Path)] = *Hash;
          else
            Rec->Incomplete = true;
        }
        if (Probes)
          for (const std::string &E : Probes->Embedded) {
            if (auto Hash = ResultCache::fileHash(E))
              Rec->In.Files[E] = *Hash;
            else
              Rec->Incomplete = true;
          }
      }

    private:
      ClangTidyASTConsumerFactory &F;
      InputRecorder *Rec;
      IncludeProbes *Probes = nullptr;
      const std::string &RulesDirs;
      json::Value *Facts;
      const std::string &ScanRoot;
    };
    ClangTidyASTConsumerFactory Consumers;
    InputRecorder *Rec;
    const std::string &RulesDirs;
    json::Value *Facts;
    const std::string &ScanRoot;
  };
  Factory F(Ctx, FS, Rec, RulesDirs, Facts, ScanRoot);
  Tool.run(&F);
  Hidden = std::move(Consumer.Kept);
  return Consumer.take();
}

} // namespace

std::unique_ptr<ClangTidyOptionsProvider>
optionsProvider(const RunOptions &Opts, IntrusiveRefCntPtr<vfs::FileSystem> FS, bool AllHeaders) {
  // The same option sources as clang-tidy: -config text, or .clang-tidy files
  // found from the file upwards; the check list is always an override.
  ClangTidyGlobalOptions GO;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  ClangTidyOptions Overrides;
  Overrides.Checks = "-*," + Opts.Checks;
  Overrides.WarningsAsErrors = "";
  // --header-filter wins over a configuration's HeaderFilterRegex, as clang-tidy's.
  if (Opts.HeaderFilter)
    Overrides.HeaderFilterRegex = *Opts.HeaderFilter;
  else if (AllHeaders)
    Overrides.HeaderFilterRegex = ".*";
  if (!Opts.RulesDirs.empty())
    Overrides.CheckOptions["BackdoorScanRules"] = ClangTidyOptions::ClangTidyValue(Opts.RulesDirs);
  if (!Opts.Profile.empty())
    Overrides.CheckOptions["BackdoorScanProfile"] = ClangTidyOptions::ClangTidyValue(Opts.Profile);
  if (!FS) FS = vfs::getRealFileSystem();
  if (!Opts.Config.empty()) {
    auto Parsed = parseConfiguration(MemoryBufferRef(Opts.Config, "--config"));
    return std::make_unique<ConfigOptionsProvider>(
        GO, Defaults, Parsed ? *Parsed : ClangTidyOptions(), Overrides, FS);
  }
  return std::make_unique<FileOptionsProvider>(GO, Defaults, Overrides, FS);
}

bool insideTree(StringRef Path, StringRef RealRoot) {
  SmallString<256> Real;
  if (sys::fs::real_path(Path, Real)) Real = Path;
  return StringRef(Real).starts_with((RealRoot + "/").str());
}

bool headerFilterSet(ClangTidyOptionsProvider &Provider, const std::string &File) {
  for (const auto &[O, Source] : Provider.getRawOptions(File))
    if (Source != ClangTidyOptionsProvider::OptionsSourceTypeDefaultBinary && O.HeaderFilterRegex)
      return true;
  return false;
}

namespace {

std::string readAll(const std::string &Path) {
  auto B = MemoryBuffer::getFile(Path);
  return B ? (*B)->getBuffer().str() : std::string();
}

/// Runs in the forked worker: scan one unit and write its results as JSON,
/// and, for the result cache, what it read to \p InputsPath.
void scanInWorker(const tooling::CompilationDatabase &DB, const std::string &File,
                  const RunOptions &Opts, const std::string &OutPath, const std::string &InputsPath,
                  const std::string &ModuleCache) {
  Report R;
  auto FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  // No header filter set (command line or configuration): the headers in the
  // scanned tree. clang-tidy then keeps every header's findings, and the
  // consumer drops those outside the tree.
  std::string Root;
  if (!Opts.ScanRoot.empty() && !headerFilterSet(*optionsProvider(Opts, FS), File)) {
    SmallString<256> Real;
    Root = sys::fs::real_path(Opts.ScanRoot, Real) ? Opts.ScanRoot : std::string(Real);
    Root = StringRef(Root).rtrim('/').str();
  }
  ClangTidyContext Ctx(optionsProvider(Opts, FS, /*AllHeaders=*/!Root.empty()));
  // The extra arguments the options add (.clang-tidy comes with the code under
  // review), read again for the database, which sanitises them with the command.
  std::unique_ptr<ClangTidyOptionsProvider> ExtraArgs = optionsProvider(Opts, FS);
  SanitizedDB Safe(DB, ModuleCache, *ExtraArgs);
  std::vector<NolintKeepingConsumer::Hidden> Hidden;
  InputRecorder Rec;
  json::Value Facts = nullptr;
  if (Opts.Facts) FactRecorder::enable();
  std::vector<ClangTidyError> Errors =
      runTidy(Ctx, Safe, File, FS, Hidden, InputsPath.empty() ? nullptr : &Rec, Opts.RulesDirs,
              Opts.Facts ? &Facts : nullptr, Root);

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
    for (const tooling::DiagnosticMessage &N : Notes) {
      F.Notes.push_back({Texts.loc(Abs(Dir, N.FilePath), N.FileOffset), N.Message});
      // The analysis says it is unsure (core/Candidate.h): the finding's precision is low.
      if (StringRef Why = N.Message; F.Uncertainty.empty() && Why.consume_front(UnsureNotePrefix))
        F.Uncertainty = Why.str();
    }
    R.Findings.push_back(std::move(F));
  };
  for (const ClangTidyError &E : Errors) {
    const auto &M = E.Message;
    if (E.DiagLevel == ClangTidyError::Error ||
        StringRef(E.DiagnosticName).starts_with("clang-diagnostic-error")) {
      Location L = Texts.loc(Abs(E.BuildDirectory, M.FilePath), M.FileOffset);
      std::string Where = M.FilePath.empty()
                              ? std::string("<command line>")
                              : L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Col);
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
  if (!InputsPath.empty() && !Rec.Incomplete) {
    std::error_code EC;
    raw_fd_ostream IS(InputsPath, EC);
    if (!EC) IS << toJson(Rec.In);
  }
  std::error_code EC;
  raw_fd_ostream OS(OutPath, EC);
  if (EC) return;
  json::Object Result{{"findings", std::move(Fs)}, {"errors", std::move(Es)}};
  // The facts' arrays follow, one element per line (readWorkerResult): parsed
  // whole, each array's growth would copy every element parsed so far, deep,
  // since llvm::json::Value's move constructor is not noexcept; that copying
  // was most of the link step's cost in the parent.
  std::vector<std::pair<std::string, json::Array>> Spread;
  if (json::Object *FO = Facts.getAsObject()) {
    json::Object Counts;
    for (auto &KV : *FO)
      if (json::Array *A = KV.second.getAsArray()) {
        Counts[KV.first] = int64_t(A->size());
        Spread.emplace_back(KV.first.str(), std::move(*A));
      }
    for (const auto &KV : Spread) FO->erase(KV.first);
    Result["spread"] = std::move(Counts);
  }
  if (Facts.kind() != json::Value::Null) Result["facts"] = std::move(Facts);
  OS << json::Value(std::move(Result)) << "\n";
  for (auto &[Key, A] : Spread)
    for (json::Value &E : A) OS << Key << '\t' << E << '\n';
}

/// A worker's result as scanInWorker wrote it: the results object on
/// the first line, then each spread array of its facts one element per line
/// ("key<TAB>element"), put back into arrays reserved to their counts.
Expected<json::Value> readWorkerResult(StringRef Text) {
  auto [Head, Rest] = Text.split('\n');
  Expected<json::Value> V = json::parse(Head);
  if (!V) return V;
  json::Object *O = V->getAsObject();
  const json::Object *Counts = O ? O->getObject("spread") : nullptr;
  json::Object *Facts = O ? O->getObject("facts") : nullptr;
  if (!Counts) return V;
  auto Malformed = [](const Twine &Why) {
    return createStringError(std::make_error_code(std::errc::invalid_argument),
                             "malformed facts: " + Why);
  };
  if (!Facts) return Malformed("counts without facts");
  for (const auto &KV : *Counts) {
    std::optional<int64_t> N = KV.second.getAsInteger();
    if (!N || *N < 0 || uint64_t(*N) > Text.size()) return Malformed("a bad count");
    json::Array A;
    A.reserve(size_t(*N));
    (*Facts)[KV.first] = std::move(A);
  }
  while (!Rest.empty()) {
    StringRef Line;
    std::tie(Line, Rest) = Rest.split('\n');
    if (Line.empty()) continue;
    auto [Key, Elem] = Line.split('\t');
    json::Array *A = Counts->get(Key) ? Facts->getArray(Key) : nullptr;
    if (!A) return Malformed("an element of no spread array");
    if (A->size() >= size_t(*Counts->getInteger(Key)))
      return Malformed("more elements than counted");
    Expected<json::Value> E = json::parse(Elem);
    if (!E) return E.takeError();
    A->push_back(std::move(*E));
  }
  for (const auto &KV : *Counts)
    if (Facts->getArray(KV.first)->size() != size_t(*KV.second.getAsInteger()))
      return Malformed("fewer elements than counted");
  O->erase("spread");
  return V;
}

/// A file that is not worth handing to the compiler: missing, binary, huge.
std::optional<std::string> unreadableSource(const std::string &File) {
  // Only a regular file is read: a FIFO would block the worker, a device
  // (/dev/zero) would feed it without end.
  sys::fs::file_status St;
  if (sys::fs::status(File, St)) return std::string("cannot read this file");
  if (St.type() != sys::fs::file_type::regular_file)
    return std::string("not a regular file (a directory, FIFO, socket or device); it was not "
                       "scanned");
  uint64_t Size = St.getSize();
  if (Size > MaxSourceBytes)
    return "this file is larger than " + std::to_string(MaxSourceBytes >> 20) +
           " MiB and was not scanned";
  auto B = MemoryBuffer::getFileSlice(File, std::min<uint64_t>(Size, 8192), 0);
  if (B && (*B)->getBuffer().contains('\0'))
    return std::string(
        "this file is binary, not C, C++ or Objective-C source, and was not scanned");
  return std::nullopt;
}

struct Job {
  pid_t Pid;
  /// The unit's place in the run's list of files.
  size_t Index = 0;
  std::string File, OutPath, ErrPath, InputsPath, Key;
  std::chrono::steady_clock::time_point Started;
  /// Why the parent stopped the worker (wall clock, resident memory), if it did.
  std::string Stopped;
};

/// The signal that interrupted the scan (SIGINT, SIGTERM, SIGHUP), or 0.
std::atomic<int> Interrupted{0};
extern "C" void onInterrupt(int Sig) { Interrupted = Sig; }

/// While alive, SIGINT, SIGTERM and SIGHUP interrupt the scan's wait instead
/// of killing the process: runScan then stops its workers, removes its
/// temporary directory and dies of the same signal.
class InterruptGuard {
public:
  static constexpr int Signals[] = {SIGINT, SIGTERM, SIGHUP};
  InterruptGuard() {
    Interrupted = 0;
    struct sigaction SA = {};
    SA.sa_handler = onInterrupt;
    sigemptyset(&SA.sa_mask);
    SA.sa_flags = 0; // no SA_RESTART: waitpid returns EINTR
    for (size_t I = 0; I < std::size(Signals); ++I) sigaction(Signals[I], &SA, &Old[I]);
  }
  ~InterruptGuard() { restore(); }
  void restore() {
    for (size_t I = 0; I < std::size(Signals); ++I) sigaction(Signals[I], &Old[I], nullptr);
  }
  /// In a forked worker: the default dispositions.
  static void resetInChild() {
    for (int S : Signals) signal(S, SIG_DFL);
  }

private:
  struct sigaction Old[std::size(Signals)];
};

/// The configuration a unit is scanned with, as text: the effective
/// clang-tidy options for the file and the fingerprint of any catalog they
/// name (BackdoorScanRules in a .clang-tidy).
std::string unitConfig(ClangTidyOptionsProvider &Provider, const std::string &File) {
  ClangTidyOptions O = Provider.getOptions(File);
  std::string S = configurationAsText(O);
  for (const auto &KV : O.CheckOptions)
    if (StringRef(KV.getKey()).ends_with("BackdoorScanRules")) {
      std::vector<CatalogError> Errors;
      auto Cat = Catalog::getShared(catalogDirs(KV.getValue().Value), Errors);
      S += "\ncatalog " + KV.getValue().Value + " " + (Cat ? Cat->fingerprint() : "invalid");
    }
  return S;
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BACKDOOR_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define BACKDOOR_ASAN 1
#endif

/// The worker's exit code when an allocation fails under --unit-memory.
constexpr int ExitOutOfMemory = 3;

[[noreturn]] void outOfMemory() {
  static const char Msg[] = "backdoor-scan: worker out of memory\n";
  (void)!::write(2, Msg, sizeof Msg - 1);
  _exit(ExitOutOfMemory);
}

/// In the forked worker: CPU time and address space limits. The CPU limit
/// sends SIGXCPU (and SIGKILL a second later); a failed allocation under the
/// address space limit exits with ExitOutOfMemory.
void limitWorker(const RunOptions &Opts) {
  if (Opts.UnitTimeout) {
    rlimit RL;
    RL.rlim_cur = Opts.UnitTimeout;
    RL.rlim_max = rlim_t(Opts.UnitTimeout) + 1;
    setrlimit(RLIMIT_CPU, &RL);
  }
  std::set_new_handler([] { outOfMemory(); });
  llvm::install_bad_alloc_error_handler([](void *, const char *, bool) { outOfMemory(); });
#ifndef BACKDOOR_ASAN
  if (Opts.UnitMemoryMB) {
    rlimit RL;
    RL.rlim_cur = RL.rlim_max = rlim_t(Opts.UnitMemoryMB) << 20;
    setrlimit(RLIMIT_AS, &RL);
  }
#endif
}

#ifdef BACKDOOR_ASAN
/// Resident memory of a process in megabytes (Linux), or 0.
uint64_t residentMB(pid_t Pid) {
  auto B = MemoryBuffer::getFileAsStream("/proc/" + std::to_string(Pid) + "/statm");
  if (!B) return 0;
  SmallVector<StringRef, 4> F;
  (*B)->getBuffer().split(F, ' ');
  uint64_t Pages = 0;
  if (F.size() < 2 || F[1].trim().getAsInteger(10, Pages)) return 0;
  return Pages * uint64_t(sysconf(_SC_PAGESIZE)) >> 20;
}
#endif

} // namespace

std::vector<DroppedFlag> droppedFlags(const tooling::CompilationDatabase &DB,
                                      const std::string &File, const RunOptions &Opts) {
  std::vector<DroppedFlag> Dropped;
  auto Provider = optionsProvider(Opts, vfs::getRealFileSystem());
  ClangTidyOptions O = Provider->getOptions(File);
  for (const tooling::CompileCommand &C : DB.getCompileCommands(File))
    sanitizeCommand(withExtraArgs(C.CommandLine, O), Dropped);
  return Dropped;
}

namespace {

/// What a unit is likely to cost before it is parsed: its size plus what its
/// language's headers usually add (a C++ or Objective-C unit reads far more
/// header text than a C unit). Only the order of the estimates matters.
uint64_t estimatedCost(const std::string &File) {
  uint64_t Size = 0;
  sys::fs::file_size(File, Size);
  std::string Ext = sys::path::extension(File).lower();
  bool Heavy = Ext == ".cpp" || Ext == ".cc" || Ext == ".cxx" || Ext == ".c++" ||
               Ext == ".mm" || Ext == ".m" || sys::path::extension(File) == ".C";
  return Size + (Heavy ? 60000 : 8000);
}

} // namespace

void runScan(const tooling::CompilationDatabase &DB, const std::vector<std::string> &Files,
             const RunOptions &Opts, Report &Out) {
  SmallString<128> TmpDir;
  if (sys::fs::createUniqueDirectory("backdoor-scan", TmpDir)) {
    Out.Errors.push_back({{}, "cannot create a temporary directory", {}});
    return;
  }
  InterruptGuard Guard;
  std::vector<Job> Running;
  size_t Next = 0, Done = 0;
  // The costliest units first (longest-processing-time scheduling): a large
  // unit started last would run alone while the other workers idle. The
  // facts are linked in the list's order whatever order the units end in.
  std::vector<size_t> Order(Files.size());
  {
    std::vector<uint64_t> Cost(Files.size());
    for (size_t I = 0; I < Files.size(); ++I) {
      Order[I] = I;
      Cost[I] = estimatedCost(Files[I]);
    }
    std::stable_sort(Order.begin(), Order.end(),
                     [&](size_t A, size_t B) { return Cost[A] > Cost[B]; });
  }
  std::vector<std::optional<json::Value>> UnitFacts(Files.size());
  unsigned Jobs = std::max(1u, Opts.Jobs);
  ResultCache Cache(Opts.CacheDir, Opts.CacheSalt);
  std::unique_ptr<ClangTidyOptionsProvider> Provider;
  if (Cache.enabled()) Provider = optionsProvider(Opts, nullptr);

  auto Start = [&](size_t Index) {
    const std::string &File = Files[Index];
    if (auto Why = unreadableSource(File)) {
      Out.Errors.push_back({{File, 0, 0}, *Why, {}});
      ++Done;
      return;
    }
    Job J;
    J.Index = Index;
    J.File = File;
    J.OutPath = (TmpDir + "/" + std::to_string(Next) + ".json").str();
    J.ErrPath = (TmpDir + "/" + std::to_string(Next) + ".err").str();
    if (Cache.enabled()) {
      // Keyed by every compile command of the file, as the database gives
      // them, and the configuration the worker will read for it.
      std::vector<tooling::CompileCommand> Cmds = DB.getCompileCommands(File);
      if (!Cmds.empty())
        if (auto K = Cache.key(File, Cmds, unitConfig(*Provider, File))) {
          std::string Rejected;
          auto Hit = Cache.lookup(*K, &Rejected);
          // An entry without facts (written without the link step) cannot
          // serve a linked run, nor one whose facts have another version
          // (the link step would skip them): the unit is scanned again.
          if (Hit && Opts.Facts &&
              (!Hit->Facts || !Hit->Facts->getAsObject() ||
               Hit->Facts->getAsObject()->getInteger("version") != FactsVersion))
            Hit.reset();
          if (Hit) {
            if (Hit->Facts) UnitFacts[Index] = std::move(*Hit->Facts);
            ++Out.FilesScanned;
            ++Out.FromCache;
            ++Done;
            for (Finding &F : Hit->Findings) Out.Findings.push_back(std::move(F));
            for (ToolError &E : Hit->Errors) Out.Errors.push_back(std::move(E));
            return;
          }
          if (!Rejected.empty())
            errs() << Cache.entryPath(*K) << ": warning: ignored the cache entry of " << File
                   << ": " << Rejected << "; the file is scanned again\n";
          J.Key = *K;
          J.InputsPath = (TmpDir + "/" + std::to_string(Next) + ".inputs").str();
        }
    }
    outs().flush();
    errs().flush();
    pid_t Pid = fork();
    if (Pid == 0) {
      InterruptGuard::resetInChild();
      int Fd = ::open(J.ErrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      if (Fd >= 0) {
        dup2(Fd, 2);
        close(Fd);
      }
      limitWorker(Opts);
      scanInWorker(DB, File, Opts, J.OutPath, J.InputsPath, (TmpDir + "/modules").str());
      errs().flush();
      _exit(0);
    }
    if (Pid < 0) {
      Out.Errors.push_back({{File, 0, 0}, "cannot start a worker process", {}});
      ++Done;
      return;
    }
    J.Pid = Pid;
    J.Started = std::chrono::steady_clock::now();
    Running.push_back(J);
  };

  auto Collect = [&](const Job &J, int Status, const rusage &Usage) {
    ++Out.FilesScanned;
    std::string Text = readAll(J.OutPath);
    std::string ErrText = readAll(J.ErrPath);
    bool Crashed = !WIFEXITED(Status) || WEXITSTATUS(Status) != 0;
    Expected<json::Value> V = readWorkerResult(Text);
    const json::Object *O = V ? V->getAsObject() : nullptr;
    CachedResult R;
    std::string Malformed;
    if (!Crashed && V && (!O || !readResults(*O, R.Findings, R.Errors, &Malformed))) Crashed = true;
    if (Crashed || !V) {
      if (!V) consumeError(V.takeError());
      ToolError E;
      E.Loc.File = J.File;
      // The CPU limit: SIGXCPU at the soft limit, SIGKILL at the hard one.
      bool CpuLimit =
          Opts.UnitTimeout && WIFSIGNALED(Status) &&
          (WTERMSIG(Status) == SIGXCPU ||
           (WTERMSIG(Status) == SIGKILL &&
            uint64_t(Usage.ru_utime.tv_sec + Usage.ru_stime.tv_sec) >= Opts.UnitTimeout));
      if (!J.Stopped.empty())
        E.Message = J.Stopped;
      else if (CpuLimit)
        E.Message = "the scan of this file exceeded the CPU time limit of " +
                    std::to_string(Opts.UnitTimeout) +
                    " seconds (--unit-timeout); it was not scanned";
      else if (WIFEXITED(Status) && WEXITSTATUS(Status) == ExitOutOfMemory)
        E.Message = "the scan of this file exceeded the memory limit of " +
                    std::to_string(Opts.UnitMemoryMB) + " MB (--unit-memory); it was not scanned";
      else
        E.Message = WIFSIGNALED(Status)
                        ? "the front end crashed on this file (signal " +
                              std::to_string(WTERMSIG(Status)) + "); it was not scanned"
                        : std::string("the scan of this file failed; it was not scanned");
      SmallVector<StringRef, 8> Lines;
      StringRef(ErrText).split(Lines, '\n', 20, false);
      for (StringRef L : Lines) E.Details.push_back(L.str());
      if (!Malformed.empty())
        E.Details.push_back("the worker's results are malformed: " + Malformed);
      Out.Errors.push_back(std::move(E));
      return;
    }
    // The unit's facts for the link step, moved (not copied: they are most
    // of the worker's output) out of the parsed results.
    if (json::Value *F = V->getAsObject()->get("facts")) R.Facts = std::move(*F);
    // Units that parsed are cached with what they read.
    if (!J.Key.empty() && R.Errors.empty()) {
      UnitInputs In;
      std::string Why;
      Expected<json::Value> IV = json::parse(readAll(J.InputsPath));
      if (IV && fromJson(*IV, In, Why))
        Cache.store(J.Key, In, R);
      else if (!IV)
        consumeError(IV.takeError());
    }
    if (R.Facts) UnitFacts[J.Index] = std::move(*R.Facts);
    Out.Findings.insert(Out.Findings.end(), R.Findings.begin(), R.Findings.end());
    Out.Errors.insert(Out.Errors.end(), R.Errors.begin(), R.Errors.end());
  };

  while ((Next < Files.size() || !Running.empty()) && !Interrupted) {
    while (Running.size() < Jobs && Next < Files.size() && !Interrupted) {
      Start(Order[Next]);
      ++Next;
    }
    if (Running.empty()) continue;
    int Status = 0;
    rusage Usage{};
    pid_t P = wait4(-1, &Status, WNOHANG, &Usage);
    if (P < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (P == 0) {
      // The watchdog: wall-clock time (twice the CPU limit plus 30 seconds,
      // for a loaded machine: a unit blocked on input uses no CPU) and, where the address space
      // cannot be limited, resident memory.
      auto Now = std::chrono::steady_clock::now();
      for (Job &J : Running) {
        if (!J.Stopped.empty()) continue;
        if (Opts.UnitTimeout &&
            Now - J.Started > std::chrono::seconds(2 * uint64_t(Opts.UnitTimeout) + 30))
          J.Stopped = "the scan of this file exceeded the time limit of " +
                      std::to_string(2 * uint64_t(Opts.UnitTimeout) + 30) +
                      " seconds of wall-clock time (twice --unit-timeout, plus 30); it was not "
                      "scanned";
#ifdef BACKDOOR_ASAN
        else if (Opts.UnitMemoryMB && residentMB(J.Pid) > Opts.UnitMemoryMB)
          J.Stopped = "the scan of this file exceeded the memory limit of " +
                      std::to_string(Opts.UnitMemoryMB) + " MB (--unit-memory); it was not scanned";
#endif
        if (!J.Stopped.empty()) ::kill(J.Pid, SIGKILL);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      continue;
    }
    for (size_t I = 0; I < Running.size(); ++I)
      if (Running[I].Pid == P) {
        Collect(Running[I], Status, Usage);
        sys::fs::remove(Running[I].OutPath);
        sys::fs::remove(Running[I].ErrPath);
        if (!Running[I].InputsPath.empty()) sys::fs::remove(Running[I].InputsPath);
        Running.erase(Running.begin() + I);
        ++Done;
        break;
      }
    if (Opts.Progress) {
      errs() << "\r\033[K[" << Done << "/" << Files.size() << "] "
             << sys::path::filename(Files[Order[std::min(Next, Files.size()) - 1]]);
      errs().flush();
    }
  }
  if (Opts.Progress) errs() << "\r\033[K";
  // Room for every unit's facts: a growing vector of json::Value copies its
  // elements deeply (their move constructor is not noexcept).
  Out.Facts.reserve(Out.Facts.size() + Files.size());
  for (std::optional<json::Value> &F : UnitFacts)
    if (F) Out.Facts.push_back(std::move(*F));
  if (int Sig = Interrupted) {
    // Interrupted: no worker outlives the run, no file of it stays behind,
    // and the process ends by the signal (no report, no baseline).
    for (const Job &J : Running) kill(J.Pid, SIGKILL);
    for (const Job &J : Running) waitpid(J.Pid, nullptr, 0);
    sys::fs::remove_directories(TmpDir);
    errs() << "backdoor-scan: interrupted by signal " << Sig
           << "; removed the temporary directory\n";
    errs().flush();
    Guard.restore();
    signal(Sig, SIG_DFL);
    raise(Sig);
    _exit(128 + Sig);
  }
  sys::fs::remove_directories(TmpDir);
}

} // namespace backdoor
