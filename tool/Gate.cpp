//===--- Gate.cpp - the pull-request gate: suppressions, baseline, diff ---===//
#include "Gate.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

using namespace llvm;

namespace backdoor {

namespace {

/// Runs git with \p Args in \p Dir; its standard output, or nullopt.
std::optional<std::string> git(StringRef Dir, ArrayRef<std::string> Args, std::string &Error) {
  auto Git = sys::findProgramByName("git");
  if (!Git) {
    Error = "git is not on PATH";
    return std::nullopt;
  }
  SmallString<128> Out, Err;
  sys::fs::createTemporaryFile("backdoor-git", "out", Out);
  sys::fs::createTemporaryFile("backdoor-git", "err", Err);
  // The scanned repository is untrusted: no hook, monitor or converter of
  // its configuration runs (a pull request cannot change .git/config, but a
  // developer's checkout may carry anything).
  std::vector<StringRef> Argv{
      *Git, "-C", Dir, "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"};
  for (const std::string &A : Args) Argv.push_back(A);
  std::optional<StringRef> Redirects[] = {StringRef(""), StringRef(Out), StringRef(Err)};
  int RC = sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto OutBuf = MemoryBuffer::getFile(Out);
  auto ErrBuf = MemoryBuffer::getFile(Err);
  sys::fs::remove(Out);
  sys::fs::remove(Err);
  if (RC != 0) {
    Error = "git " + join(Args, " ") + " failed";
    if (ErrBuf && !(*ErrBuf)->getBuffer().trim().empty())
      Error += ": " + (*ErrBuf)->getBuffer().trim().str();
    return std::nullopt;
  }
  return OutBuf ? (*OutBuf)->getBuffer().str() : std::string();
}

/// `backdoor-scan: allow a, b -- reason` in a line: the rules and the reason.
struct Allow {
  std::vector<std::string> Rules;
  std::string Reason;
  unsigned Col = 0;
};

std::optional<Allow> parseAllow(StringRef Line) {
  size_t At = Line.find("backdoor-scan: allow");
  if (At == StringRef::npos) return std::nullopt;
  Allow A;
  A.Col = unsigned(At) + 1;
  StringRef Rest = Line.drop_front(At + strlen("backdoor-scan: allow"));
  auto [Ids, Reason] = Rest.split("--");
  Reason = Reason.take_front(Reason.find("*/")).trim();
  A.Reason = Reason.str();
  SmallVector<StringRef, 4> Parts;
  Ids.split(Parts, ',', -1, false);
  for (StringRef P : Parts) {
    SmallVector<StringRef, 4> Words;
    P.split(Words, ' ', -1, false);
    for (StringRef W : Words)
      if (!W.trim().empty()) A.Rules.push_back(W.trim().str());
  }
  return A;
}

bool allows(const Allow &A, StringRef Rule) {
  for (const std::string &R : A.Rules)
    if (R == Rule || R == "*" ||
        (StringRef(R).ends_with("*") && Rule.starts_with(StringRef(R).drop_back())))
      return true;
  return false;
}

class Lines {
public:
  const std::vector<std::string> *of(const std::string &File) {
    auto It = Cache.find(File);
    if (It != Cache.end()) return It->second.empty() && Missing.count(File) ? nullptr : &It->second;
    std::vector<std::string> &L = Cache[File];
    auto B = MemoryBuffer::getFile(File);
    // Huge or binary files carry no suppressions worth reading.
    if (!B || (*B)->getBufferSize() > (64u << 20)) {
      Missing.insert(File);
      return nullptr;
    }
    SmallVector<StringRef, 0> Parts;
    (*B)->getBuffer().split(Parts, '\n');
    for (StringRef P : Parts) L.push_back(P.rtrim("\r").str());
    return &L;
  }

private:
  std::map<std::string, std::vector<std::string>> Cache;
  std::set<std::string> Missing;
};

} // namespace

std::string gitTopLevel(StringRef Dir) {
  std::string Err;
  auto Out = git(Dir, {"rev-parse", "--show-toplevel"}, Err);
  return Out ? absolutePath(StringRef(*Out).trim()) : "";
}

namespace {

/// One clang-tidy NOLINT directive: `NOLINT`, `NOLINTNEXTLINE`,
/// `NOLINTBEGIN`, `NOLINTEND`, each with an optional `(check, glob*)` list,
/// then the reason: the rest of the comment, after `:` or `--`.
struct Nolint {
  enum Kind { Line, NextLine, Begin, End } K = Line;
  bool HasList = false;
  std::string List; // as written, to pair BEGIN with END
  std::vector<std::string> Globs;
  std::string Reason;
  unsigned Col = 0;

  static bool globMatches(StringRef Glob, StringRef Name) {
    auto P = GlobPattern::create(Glob);
    if (!P) {
      consumeError(P.takeError());
      return false;
    }
    return P->match(Name);
  }
  bool covers(StringRef Rule) const {
    if (!HasList) return true;
    for (const std::string &G : Globs)
      if (globMatches(G, Rule)) return true;
    return false;
  }
  /// Names a rule of this run by a `backdoor` glob (not just `*`): worth
  /// reporting when it hides nothing.
  bool namesOurs(const std::set<std::string> &RulesRun) const {
    for (const std::string &G : Globs)
      if (StringRef(G).starts_with("backdoor"))
        for (const std::string &R : RulesRun)
          if (globMatches(G, R)) return true;
    return false;
  }
  std::string spelled() const {
    static const char *Names[] = {"NOLINT", "NOLINTNEXTLINE", "NOLINTBEGIN", "NOLINTEND"};
    return std::string(Names[K]) + (HasList ? "(" + List + ")" : "");
  }
};

std::vector<Nolint> parseNolints(StringRef Line) {
  std::vector<Nolint> Out;
  for (size_t At = Line.find("NOLINT"); At != StringRef::npos; At = Line.find("NOLINT", At + 6)) {
    Nolint N;
    N.Col = unsigned(At) + 1;
    StringRef Rest = Line.drop_front(At + 6);
    if (Rest.consume_front("NEXTLINE"))
      N.K = Nolint::NextLine;
    else if (Rest.consume_front("BEGIN"))
      N.K = Nolint::Begin;
    else if (Rest.consume_front("END"))
      N.K = Nolint::End;
    if (Rest.starts_with("(")) {
      size_t Close = Rest.find(')');
      if (Close == StringRef::npos) continue; // clang-tidy ignores an unclosed list
      N.HasList = true;
      N.List = Rest.slice(1, Close).str();
      SmallVector<StringRef, 4> Parts;
      StringRef(N.List).split(Parts, ',', -1, false);
      for (StringRef P : Parts) {
        P = P.trim();
        if (!P.empty() && !P.starts_with("-")) N.Globs.push_back(P.str());
      }
      Rest = Rest.drop_front(Close + 1);
    }
    // The reason ends with the comment, or where another directive starts.
    StringRef Reason = Rest.take_front(Rest.find("NOLINT"));
    Reason = Reason.take_front(Reason.find("*/"));
    N.Reason = Reason.ltrim(" \t:-").trim().str();
    Out.push_back(std::move(N));
  }
  return Out;
}

/// The NOLINT directives of one file, by line.
class NolintIndex {
public:
  struct Hit {
    unsigned Line;
    const Nolint *N;
  };
  void build(const std::vector<std::string> &Text) {
    for (unsigned I = 0; I < Text.size(); ++I)
      if (StringRef(Text[I]).contains("NOLINT"))
        for (Nolint &N : parseNolints(Text[I])) ByLine[I + 1].push_back(std::move(N));
  }
  /// The directive that hides \p Rule on \p Line, where clang-tidy looks:
  /// the same line, the line above, then the innermost enclosing block.
  std::optional<Hit> find(unsigned Line, StringRef Rule) const {
    if (auto It = ByLine.find(Line); It != ByLine.end())
      for (const Nolint &N : It->second)
        if (N.K == Nolint::Line && N.covers(Rule)) return Hit{Line, &N};
    if (auto It = ByLine.find(Line - 1); Line > 1 && It != ByLine.end())
      for (const Nolint &N : It->second)
        if (N.K == Nolint::NextLine && N.covers(Rule)) return Hit{Line - 1, &N};
    std::vector<Hit> Open;
    for (const auto &[Ln, Ns] : ByLine) {
      if (Ln >= Line) break;
      for (const Nolint &N : Ns) {
        if (N.K == Nolint::Begin) Open.push_back({Ln, &N});
        if (N.K == Nolint::End)
          for (size_t I = Open.size(); I-- > 0;)
            if (Open[I].N->List == N.List) {
              Open.erase(Open.begin() + I);
              break;
            }
      }
    }
    for (size_t I = Open.size(); I-- > 0;)
      if (Open[I].N->covers(Rule)) return Open[I];
    return std::nullopt;
  }
  std::map<unsigned, std::vector<Nolint>> ByLine;
};

} // namespace

void applySuppressions(Report &R, const std::vector<std::string> &MainFiles,
                       const std::set<std::string> &RulesRun, GateStats &G, bool ReportUnused) {
  Lines L;
  std::map<std::string, NolintIndex> Nolints;
  auto NolintsOf = [&](const std::string &File) -> const NolintIndex & {
    auto [It, New] = Nolints.try_emplace(File);
    if (New)
      if (const std::vector<std::string> *Text = L.of(File)) It->second.build(*Text);
    return It->second;
  };
  std::set<std::pair<std::string, unsigned>> Used, UsedNolint, Warned;
  auto Warn = [&](const Location &At, const std::string &Message) {
    if (Warned.insert({At.File, At.Line}).second) G.Warnings.push_back({At, Message});
  };
  for (Finding &F : R.Findings) {
    const std::vector<std::string> *Text = L.of(F.Loc.File);
    if (!Text || F.Loc.Line == 0) continue;
    // clang-tidy's NOLINT hid it: it stays suppressed only with a reason. A
    // finding of the link step, which clang-tidy never saw, meets the
    // directive here, as clang-tidy would have applied it.
    std::optional<Location> Unjustified;
    if (F.HiddenByNolint || F.CrossUnit) {
      auto Hit = NolintsOf(F.Loc.File).find(F.Loc.Line, F.Rule);
      if (Hit) {
        UsedNolint.insert({F.Loc.File, Hit->Line});
        if (!Hit->N->Reason.empty()) {
          F.Suppressed = true;
          F.Justification = Hit->N->Reason;
          ++G.Suppressed;
          continue;
        }
        Unjustified = Location{F.Loc.File, Hit->Line, Hit->N->Col};
      } else if (F.HiddenByNolint) {
        Unjustified = F.Loc;
      }
    }
    // `backdoor-scan: allow` on the finding's own line, then the line above it.
    for (unsigned Ln : {F.Loc.Line, F.Loc.Line - 1}) {
      if (Ln == 0 || Ln > Text->size()) continue;
      std::optional<Allow> A = parseAllow((*Text)[Ln - 1]);
      if (!A || !allows(*A, F.Rule)) continue;
      Used.insert({F.Loc.File, Ln});
      if (A->Reason.empty()) {
        Warn({F.Loc.File, Ln, A->Col},
             "suppression of '" + F.Rule +
                 "' gives no reason after '--'; the finding stays reported");
        break;
      }
      F.Suppressed = true;
      F.Justification = A->Reason;
      ++G.Suppressed;
      break;
    }
    if (Unjustified && !F.Suppressed)
      Warn(*Unjustified, "NOLINT hides '" + F.Rule +
                             "' without a reason; the finding stays reported (write the reason "
                             "after the check list, as in 'NOLINT(" +
                             F.Rule + "): <reason>')");
  }
  if (!ReportUnused) return;
  // Suppressions that suppress nothing hide nothing but mislead reviewers.
  // Only those naming a rule of this run: others may serve another run.
  auto Ran = [&](const Allow &A) {
    for (const std::string &Id : RulesRun)
      if (allows(A, Id)) return true;
    return false;
  };
  std::set<std::string> Files(MainFiles.begin(), MainFiles.end());
  for (const Finding &F : R.Findings) Files.insert(F.Loc.File);
  for (const std::string &File : Files) {
    const std::vector<std::string> *Text = L.of(File);
    if (!Text) continue;
    for (unsigned I = 0; I < Text->size(); ++I) {
      if ((*Text)[I].find("backdoor-scan: allow") == std::string::npos) continue;
      std::optional<Allow> A = parseAllow((*Text)[I]);
      if (!A || Used.count({File, I + 1}) || !Ran(*A)) continue;
      G.Warnings.push_back(
          {{File, I + 1, A->Col},
           "suppression of '" + join(A->Rules, ", ") + "' suppresses nothing; remove it"});
    }
    for (const auto &[Ln, Ns] : NolintsOf(File).ByLine)
      for (const Nolint &N : Ns)
        if (N.K != Nolint::End && N.namesOurs(RulesRun) && !UsedNolint.count({File, Ln})) {
          G.Warnings.push_back(
              {{File, Ln, N.Col}, N.spelled() + " suppresses no backdoor-scan finding; remove it"});
          break;
        }
  }
}

std::string baselineText(const Report &R, StringRef Root) {
  std::vector<std::tuple<std::string, std::string, std::string, std::string>> Rows;
  for (const Finding &F : R.Findings)
    if (!F.Suppressed)
      Rows.emplace_back(relativeTo(F.Loc.File, Root), F.Rule, lineHash(F), F.Message);
  std::sort(Rows.begin(), Rows.end());
  json::Array A;
  for (auto &[Path, Rule, Hash, Msg] : Rows)
    A.push_back(
        json::Object{{"path", Path}, {"rule", Rule}, {"fingerprint", Hash}, {"message", Msg}});
  json::Object O{{"tool", "backdoor-scan"}, {"baseline", 1}, {"findings", std::move(A)}};
  std::string S;
  raw_string_ostream OS(S);
  OS << formatv("{0:2}", json::Value(std::move(O))) << "\n";
  return S;
}

bool applyBaseline(Report &R, StringRef Root, StringRef Text, StringRef Name, GateStats &G,
                   std::string &Error) {
  Expected<json::Value> V = json::parse(Text);
  if (!V) {
    Error = (Name + ":1:1: error: the baseline is not JSON: " + toString(V.takeError())).str();
    return false;
  }
  const json::Object *O = V->getAsObject();
  const json::Array *A = O ? O->getArray("findings") : nullptr;
  if (!A) {
    Error = (Name + ":1:1: error: the baseline has no 'findings' list").str();
    return false;
  }
  // A multiset: two equal lines with one finding each are two entries.
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> Left;
  std::map<std::tuple<std::string, std::string, std::string>, std::string> Messages;
  for (const json::Value &E : *A) {
    const json::Object *EO = E.getAsObject();
    if (!EO) continue;
    auto Key = std::make_tuple(EO->getString("path").value_or("").str(),
                               EO->getString("rule").value_or("").str(),
                               EO->getString("fingerprint").value_or("").str());
    ++Left[Key];
    Messages[Key] = EO->getString("message").value_or("").str();
  }
  std::vector<bool> Matched(R.Findings.size(), false);
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const Finding &F = R.Findings[I];
    auto It = Left.find(std::make_tuple(relativeTo(F.Loc.File, Root), F.Rule, lineHash(F)));
    if (!F.Suppressed && It != Left.end() && It->second > 0) {
      --It->second;
      Matched[I] = true;
    }
  }
  // A renamed or moved file: the same rule on the same code under another path.
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    const Finding &F = R.Findings[I];
    if (Matched[I] || F.Suppressed) continue;
    std::string Hash = lineHash(F);
    for (auto &[Key, N] : Left)
      if (N > 0 && std::get<1>(Key) == F.Rule && std::get<2>(Key) == Hash) {
        --N;
        Matched[I] = true;
        break;
      }
  }
  std::vector<Finding> Keep;
  for (size_t I = 0; I < R.Findings.size(); ++I) {
    if (Matched[I])
      ++G.InBaseline;
    else
      Keep.push_back(std::move(R.Findings[I]));
  }
  R.Findings = std::move(Keep);
  for (auto &[Key, N] : Left)
    for (unsigned I = 0; I < N; ++I) {
      ++G.Stale;
      G.Warnings.push_back({{(Root + "/" + std::get<0>(Key)).str(), 0, 0},
                            "stale baseline entry: '" + std::get<1>(Key) +
                                "' no longer matches any finding (" + Messages[Key] +
                                "); remove it from " + Name.str()});
    }
  return true;
}

void parseUnifiedDiff(StringRef Diff, std::map<std::string, std::set<unsigned>> &Out) {
  std::string Current;
  SmallVector<StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (StringRef L : Lines) {
    if (L.starts_with("+++ ")) {
      StringRef P = L.drop_front(4).trim();
      Current = P == "/dev/null" ? "" : P.starts_with("b/") ? P.drop_front(2).str() : P.str();
      if (!Current.empty()) Out[Current];
      continue;
    }
    if (!L.starts_with("@@ ") || Current.empty()) continue;
    // @@ -a,b +c,d @@: lines c .. c+d-1 of the new file are added or changed.
    size_t Plus = L.find(" +");
    if (Plus == StringRef::npos) continue;
    StringRef Range = L.drop_front(Plus + 2).split(' ').first;
    auto [Start, Count] = Range.split(',');
    unsigned S = 0, C = 1;
    if (Start.getAsInteger(10, S)) continue;
    if (!Count.empty() && Count.getAsInteger(10, C)) continue;
    for (unsigned I = 0; I < C; ++I) Out[Current].insert(S + I);
  }
}

bool changedLines(StringRef Root, StringRef Base, std::map<std::string, std::set<unsigned>> &Out,
                  std::string &Error) {
  // The base must be a commit this clone has (a shallow clone may lack it).
  std::string Err;
  if (!git(Root, {"rev-parse", "--verify", "--quiet", (Base + "^{commit}").str()}, Err)) {
    Error = "--diff-base: '" + Base.str() + "' is not a commit of this repository (" + Err +
            "); fetch it, or deepen a shallow clone";
    return false;
  }
  auto Diff =
      git(Root,
          {"diff", "--no-color", "--no-ext-diff", "--no-textconv", "-M", "--unified=0", Base.str()},
          Error);
  if (!Diff) return false;
  parseUnifiedDiff(*Diff, Out);
  return true;
}

bool trackedFiles(StringRef Root, std::set<std::string> &Out, std::string &Error) {
  auto List = git(Root, {"ls-files", "-z", "--cached", "--full-name"}, Error);
  if (!List) return false;
  SmallVector<StringRef, 0> Paths;
  StringRef(*List).split(Paths, '\0', -1, false);
  for (StringRef P : Paths) Out.insert(P.str());
  return true;
}

void applyDiff(Report &R, StringRef Root, const std::map<std::string, std::set<unsigned>> &Changed,
               GateStats &G, const std::set<std::string> &Untracked) {
  auto OnChanged = [&](const Location &L) {
    if (Untracked.count(absolutePath(L.File))) return true;
    auto It = Changed.find(relativeTo(L.File, Root));
    return It != Changed.end() && It->second.count(L.Line);
  };
  std::vector<Finding> Keep;
  for (Finding &F : R.Findings) {
    bool In = OnChanged(F.Loc);
    for (const FindingNote &N : F.Notes) In |= OnChanged(N.Loc);
    if (In)
      Keep.push_back(std::move(F));
    else
      ++G.OutsideDiff;
  }
  R.Findings = std::move(Keep);
}

void reportConfigSuppressions(const std::vector<ConfigSuppression> &S, GateStats &G) {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::string>> Groups;
  for (const ConfigSuppression &C : S) Groups[{C.Source, C.Rule, C.Pattern}].push_back(C.File);
  for (auto &[K, Files] : Groups) {
    auto &[Source, Rule, Pattern] = K;
    ++(Rule.empty() ? G.HeadersNarrowed : G.ConfigSuppressed);
    std::string Where = Files.size() == 1 ? Files.front()
                                          : std::to_string(Files.size()) + " scanned files (" +
                                                Files.front() + ", ...)";
    if (Rule.empty()) {
      G.Warnings.push_back(
          {{Source, 0, 0},
           "the configuration narrows the headers whose findings are reported for " + Where +
               " (HeaderFilterRegex '" + printable(Pattern) +
               "'): findings in the project's headers it does not match are suppressed "
               "without a justification"});
      continue;
    }
    G.Warnings.push_back({{Source, 0, 0},
                          "the configuration turns off '" + Rule + "' in " + Where +
                              " (IgnoredPaths '" + printable(Pattern) +
                              "'): its findings there are suppressed without a justification"});
  }
}

std::string gateSummary(const Report &R, const Catalog &Cat, const GateStats &G) {
  std::map<Severity, unsigned> BySev;
  unsigned New = 0;
  for (const Finding &F : R.Findings)
    if (!F.Suppressed) {
      ++New;
      if (const Rule *Ru = Cat.rule(F.Rule)) ++BySev[Ru->Sev];
    }
  std::string S = "backdoor-scan gate: " + std::to_string(New) + " finding" + (New == 1 ? "" : "s");
  std::vector<std::string> Parts;
  for (Severity Sv : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
    if (BySev[Sv]) Parts.push_back(std::to_string(BySev[Sv]) + " " + severityName(Sv).str());
  if (!Parts.empty()) S += " (" + join(Parts, ", ") + ")";
  S += " reported; " + std::to_string(G.InBaseline) + " in the baseline, " +
       std::to_string(G.Suppressed) + " suppressed with a reason, " +
       std::to_string(G.OutsideDiff) + " outside the changed lines, " + std::to_string(G.Stale) +
       " stale baseline " + (G.Stale == 1 ? "entry" : "entries") + ", " +
       (G.ConfigSuppressed
            ? std::to_string(G.ConfigSuppressed) + " rule" + (G.ConfigSuppressed == 1 ? "" : "s") +
                  " turned off by configuration without a justification, "
            : std::string()) +
       (G.HeadersNarrowed ? "the project's headers narrowed by " +
                                std::to_string(G.HeadersNarrowed) + " configuration" +
                                (G.HeadersNarrowed == 1 ? "" : "s") + " without a justification, "
                          : std::string()) +
       std::to_string(R.Errors.size()) + " error" + (R.Errors.size() == 1 ? "" : "s") + ".";
  return S;
}

} // namespace backdoor
