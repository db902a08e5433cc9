//===--- Gate.cpp - the pull-request gate: suppressions, baseline, diff ---===//
#include "Gate.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
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
  std::vector<StringRef> Argv{*Git, "-C", Dir, "-c", "core.fsmonitor=false", "-c",
                              "core.hooksPath=/dev/null"};
  for (const std::string &A : Args) Argv.push_back(A);
  std::optional<StringRef> Redirects[] = {StringRef(""), StringRef(Out), StringRef(Err)};
  int RC = sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects);
  auto OutBuf = MemoryBuffer::getFile(Out);
  auto ErrBuf = MemoryBuffer::getFile(Err);
  sys::fs::remove(Out);
  sys::fs::remove(Err);
  if (RC != 0) {
    Error = "git " + join(Args, " ") + " failed";
    if (ErrBuf) Error += ": " + (*ErrBuf)->getBuffer().trim().str();
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
  Reason = Reason.trim();
  if (Reason.ends_with("*/")) Reason = Reason.drop_back(2).trim();
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
    if (R == Rule || R == "*" || (StringRef(R).ends_with("*") && Rule.starts_with(StringRef(R).drop_back())))
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

void applySuppressions(Report &R, const std::vector<std::string> &MainFiles, GateStats &G) {
  Lines L;
  std::set<std::pair<std::string, unsigned>> Used, Warned;
  for (Finding &F : R.Findings) {
    const std::vector<std::string> *Text = L.of(F.Loc.File);
    if (!Text || F.Loc.Line == 0) continue;
    // The finding's own line, then the line above it.
    for (unsigned Ln : {F.Loc.Line, F.Loc.Line - 1}) {
      if (Ln == 0 || Ln > Text->size()) continue;
      std::optional<Allow> A = parseAllow((*Text)[Ln - 1]);
      if (!A || !allows(*A, F.Rule)) continue;
      Used.insert({F.Loc.File, Ln});
      if (A->Reason.empty()) {
        if (Warned.insert({F.Loc.File, Ln}).second)
          G.Warnings.push_back({{F.Loc.File, Ln, A->Col},
                                "suppression of '" + F.Rule +
                                    "' gives no reason after '--'; the finding stays reported"});
        break;
      }
      F.Suppressed = true;
      F.Justification = A->Reason;
      ++G.Suppressed;
      break;
    }
  }
  // Suppressions that suppress nothing hide nothing but mislead reviewers.
  std::set<std::string> Files(MainFiles.begin(), MainFiles.end());
  for (const Finding &F : R.Findings) Files.insert(F.Loc.File);
  for (const std::string &File : Files) {
    const std::vector<std::string> *Text = L.of(File);
    if (!Text) continue;
    for (unsigned I = 0; I < Text->size(); ++I) {
      if ((*Text)[I].find("backdoor-scan: allow") == std::string::npos) continue;
      std::optional<Allow> A = parseAllow((*Text)[I]);
      if (!A || Used.count({File, I + 1})) continue;
      G.Warnings.push_back({{File, I + 1, A->Col},
                            "suppression of '" + join(A->Rules, ", ") +
                                "' suppresses nothing; remove it"});
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
    A.push_back(json::Object{{"path", Path}, {"rule", Rule}, {"fingerprint", Hash}, {"message", Msg}});
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
    if (Matched[I]) ++G.InBaseline;
    else Keep.push_back(std::move(R.Findings[I]));
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
  auto Diff = git(Root, {"diff", "--no-color", "--no-ext-diff", "--no-textconv", "-M", "--unified=0", Base.str()}, Error);
  if (!Diff) return false;
  parseUnifiedDiff(*Diff, Out);
  return true;
}

void applyDiff(Report &R, StringRef Root, const std::map<std::string, std::set<unsigned>> &Changed,
               GateStats &G) {
  auto OnChanged = [&](const Location &L) {
    auto It = Changed.find(relativeTo(L.File, Root));
    return It != Changed.end() && It->second.count(L.Line);
  };
  std::vector<Finding> Keep;
  for (Finding &F : R.Findings) {
    bool In = OnChanged(F.Loc);
    for (const FindingNote &N : F.Notes) In |= OnChanged(N.Loc);
    if (In) Keep.push_back(std::move(F));
    else ++G.OutsideDiff;
  }
  R.Findings = std::move(Keep);
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
       std::to_string(G.OutsideDiff) + " outside the changed lines, " +
       std::to_string(G.Stale) + " stale baseline " + (G.Stale == 1 ? "entry" : "entries") + ", " +
       std::to_string(R.Errors.size()) + " error" + (R.Errors.size() == 1 ? "" : "s") + ".";
  return S;
}

} // namespace backdoor
