//===--- Emitters.cpp - text, JSON and SARIF reports ---------------------===//
#include "report/Emitters.h"
#include "catalog/Rules.h"
#include "report/Cbom.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/SHA256.h"
#include <array>

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Compression.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>

using namespace llvm;

namespace backdoor {

static bool locLess(const Location &A, const Location &B) {
  return std::tie(A.File, A.Line, A.Col) < std::tie(B.File, B.Line, B.Col);
}

static bool noteLess(const FindingNote &A, const FindingNote &B) {
  if (locLess(A.Loc, B.Loc)) return true;
  if (locLess(B.Loc, A.Loc)) return false;
  return A.Message < B.Message;
}

/// Sorted by place, rule and message, as clang-tidy sorts its diagnostics
/// (clang-tidy 22 orders the findings of one place by message first, 19 by
/// check name); a finding reported by several units (in
/// a header they all include) is one, whatever the order the units finished
/// in (workers, cache, shards): the rest of the finding orders the copies, so
/// the same one is kept (a certain one before an unsure one).
static bool findingLess(const Finding &A, const Finding &B) {
  if (locLess(A.Loc, B.Loc)) return true;
  if (locLess(B.Loc, A.Loc)) return false;
#if LLVM_VERSION_MAJOR >= 22
  if (std::tie(A.Message, A.Rule) != std::tie(B.Message, B.Rule))
    return std::tie(A.Message, A.Rule) < std::tie(B.Message, B.Rule);
#else
  if (std::tie(A.Rule, A.Message) != std::tie(B.Rule, B.Message))
    return std::tie(A.Rule, A.Message) < std::tie(B.Rule, B.Message);
#endif
  if (std::tie(A.Uncertainty, A.HiddenByNolint, A.CrossUnit, A.Suppressed, A.SourceLine) !=
      std::tie(B.Uncertainty, B.HiddenByNolint, B.CrossUnit, B.Suppressed, B.SourceLine))
    return std::tie(A.Uncertainty, A.HiddenByNolint, A.CrossUnit, A.Suppressed, A.SourceLine) <
           std::tie(B.Uncertainty, B.HiddenByNolint, B.CrossUnit, B.Suppressed, B.SourceLine);
  return std::lexicographical_compare(A.Notes.begin(), A.Notes.end(), B.Notes.begin(),
                                      B.Notes.end(), noteLess);
}

static void sortUnique(std::vector<Finding> &Fs) {
  std::stable_sort(Fs.begin(), Fs.end(), findingLess);
  Fs.erase(std::unique(Fs.begin(), Fs.end(),
                       [](const Finding &A, const Finding &B) {
                         return A.Rule == B.Rule && A.Message == B.Message &&
                                A.Loc.File == B.Loc.File && A.Loc.Line == B.Loc.Line &&
                                A.Loc.Col == B.Loc.Col;
                       }),
           Fs.end());
}

void splitInventory(Report &R) {
  auto Mid = std::stable_partition(R.Findings.begin(), R.Findings.end(), [](const Finding &F) {
    return F.Rule != rules::CryptoInventory;
  });
  for (auto It = Mid; It != R.Findings.end(); ++It) R.Inventory.push_back(std::move(*It));
  R.Findings.erase(Mid, R.Findings.end());
}

void normalize(Report &R) {
  splitInventory(R);
  sortUnique(R.Findings);
  sortUnique(R.Inventory);
  std::stable_sort(R.Errors.begin(), R.Errors.end(),
                   [](const ToolError &A, const ToolError &B) { return locLess(A.Loc, B.Loc); });
}

static std::string locStr(const Location &L) {
  std::string S = L.File;
  if (L.Line) S += ":" + std::to_string(L.Line) + ":" + std::to_string(L.Col ? L.Col : 1);
  return S;
}

/// Source text is untrusted: keep printable ASCII and tabs, escape the rest.
std::string printable(StringRef S) {
  std::string Out;
  for (unsigned char C : S) {
    if (C == '\t' || (C >= 0x20 && C < 0x7f) || C >= 0x80)
      Out += char(C);
    else
      Out += "\\x" + utohexstr(C, true, 2);
  }
  return Out;
}

void emitText(raw_ostream &OS, const Report &R, const Catalog &Cat, bool Color) {
  auto Bold = [&](const std::string &S) {
    if (Color) OS.changeColor(raw_ostream::SAVEDCOLOR, true);
    OS << S;
    if (Color) OS.resetColor();
  };
  // Inventory records are remarks, in place among the findings (as clang-tidy
  // orders them).
  size_t NextRecord = 0;
  auto Remarks = [&](const Finding *Before) {
    for (; NextRecord < R.Inventory.size() &&
           (!Before || findingLess(R.Inventory[NextRecord], *Before));
         ++NextRecord) {
      const Finding &I = R.Inventory[NextRecord];
      Bold(locStr(I.Loc) + ": ");
      OS << "remark: " << printable(I.Message) << " [" << I.Rule << "]\n";
    }
  };
  for (const Finding &F : R.Findings) {
    if (F.Suppressed) continue;
    Remarks(&F);
    Bold(locStr(F.Loc) + ": ");
    if (Color) OS.changeColor(raw_ostream::MAGENTA, true);
    OS << "warning: ";
    if (Color) OS.resetColor();
    Bold(printable(F.Message) + " [" + F.Rule + "]");
    OS << "\n";
    if (!F.SourceLine.empty()) {
      std::string Line = printable(F.SourceLine);
      OS << Line << "\n";
      std::string Caret;
      for (unsigned I = 1; I < F.Loc.Col && I - 1 < Line.size(); ++I)
        Caret += Line[I - 1] == '\t' ? '\t' : ' ';
      if (Color) OS.changeColor(raw_ostream::GREEN, true);
      OS << Caret << "^\n";
      if (Color) OS.resetColor();
    }
    for (const FindingNote &N : F.Notes) {
      Bold(locStr(N.Loc) + ": ");
      if (Color) OS.changeColor(raw_ostream::BLACK, true);
      OS << "note: ";
      if (Color) OS.resetColor();
      OS << printable(N.Message) << "\n";
    }
  }
  Remarks(nullptr);
  for (const ToolError &E : R.Errors) {
    Bold(locStr(E.Loc) + ": ");
    if (Color) OS.changeColor(raw_ostream::RED, true);
    OS << "error: ";
    if (Color) OS.resetColor();
    OS << printable(E.Message) << "\n";
    for (const std::string &D : E.Details) OS << "  " << printable(D) << "\n";
  }
}

json::Value toJson(const Finding &F) {
  json::Array Notes;
  for (const FindingNote &N : F.Notes)
    Notes.push_back(json::Object{
        {"file", N.Loc.File}, {"line", N.Loc.Line}, {"column", N.Loc.Col}, {"message", N.Message}});
  json::Object O{{"rule", F.Rule},        {"file", F.Loc.File},   {"line", F.Loc.Line},
                 {"column", F.Loc.Col},   {"message", F.Message}, {"notes", std::move(Notes)},
                 {"source", F.SourceLine}};
  if (F.HiddenByNolint) O["nolint"] = true;
  if (F.CrossUnit) O["cross_unit"] = true;
  if (!F.Uncertainty.empty()) O["uncertainty"] = F.Uncertainty;
  return O;
}

json::Value toJson(const ToolError &E) {
  json::Array D;
  for (const std::string &S : E.Details) D.push_back(S);
  return json::Object{{"file", E.Loc.File},
                      {"line", E.Loc.Line},
                      {"column", E.Loc.Col},
                      {"message", E.Message},
                      {"details", std::move(D)}};
}

// The readers are strict: a report, a shard or a cache entry is untrusted
// input, and a record that is not exactly what toJson writes is an error,
// never a record quietly dropped (a dropped error record would pass a gate).
static bool fail(std::string *Why, const Twine &Msg) {
  if (Why) *Why = Msg.str();
  return false;
}

static bool readUnsigned(const json::Object &O, StringRef Key, unsigned &Out, std::string *Why) {
  const json::Value *V = O.get(Key);
  if (!V) return fail(Why, "'" + Key + "' is missing");
  std::optional<int64_t> I = V->getAsInteger();
  if (!I || *I < 0 || *I > int64_t(UINT32_MAX))
    return fail(Why, "'" + Key + "' is not a line or column number");
  Out = unsigned(*I);
  return true;
}

static bool readString(const json::Object &O, StringRef Key, std::string &Out, std::string *Why,
                       bool Required = true) {
  const json::Value *V = O.get(Key);
  if (!V) return Required ? fail(Why, "'" + Key + "' is missing") : true;
  std::optional<StringRef> S = V->getAsString();
  if (!S) return fail(Why, "'" + Key + "' is not a string");
  Out = S->str();
  return true;
}

static bool readLoc(const json::Object &O, Location &L, std::string *Why) {
  return readString(O, "file", L.File, Why) && readUnsigned(O, "line", L.Line, Why) &&
         readUnsigned(O, "column", L.Col, Why);
}

bool fromJson(const json::Value &V, Finding &F, std::string *Why) {
  const json::Object *O = V.getAsObject();
  if (!O) return fail(Why, "not an object");
  if (!readLoc(*O, F.Loc, Why) || !readString(*O, "rule", F.Rule, Why) ||
      !readString(*O, "message", F.Message, Why) ||
      !readString(*O, "source", F.SourceLine, Why, /*Required=*/false))
    return false;
  if (F.Rule.empty()) return fail(Why, "'rule' is empty");
  if (const json::Value *N = O->get("nolint")) {
    std::optional<bool> B = N->getAsBoolean();
    if (!B) return fail(Why, "'nolint' is not a boolean");
    F.HiddenByNolint = *B;
  }
  if (const json::Value *C = O->get("cross_unit")) {
    std::optional<bool> B = C->getAsBoolean();
    if (!B) return fail(Why, "'cross_unit' is not a boolean");
    F.CrossUnit = *B;
  }
  if (!readString(*O, "uncertainty", F.Uncertainty, Why, /*Required=*/false)) return false;
  // A report's suppressed findings stay suppressed when reports are merged.
  if (const json::Value *SV = O->get("suppressed")) {
    const json::Object *S = SV->getAsObject();
    if (!S) return fail(Why, "'suppressed' is not an object");
    F.Suppressed = true;
    if (!readString(*S, "justification", F.Justification, Why, /*Required=*/false)) return false;
  }
  if (const json::Value *NV = O->get("notes")) {
    const json::Array *Notes = NV->getAsArray();
    if (!Notes) return fail(Why, "'notes' is not a list");
    for (size_t I = 0; I < Notes->size(); ++I) {
      const json::Object *NO = (*Notes)[I].getAsObject();
      FindingNote FN;
      std::string Sub;
      if (!NO) return fail(Why, "notes[" + Twine(I) + "] is not an object");
      if (!readLoc(*NO, FN.Loc, &Sub) || !readString(*NO, "message", FN.Message, &Sub))
        return fail(Why, "notes[" + Twine(I) + "]: " + Sub);
      F.Notes.push_back(std::move(FN));
    }
  }
  return true;
}

bool fromJson(const json::Value &V, ToolError &E, std::string *Why) {
  const json::Object *O = V.getAsObject();
  if (!O) return fail(Why, "not an object");
  if (!readLoc(*O, E.Loc, Why) || !readString(*O, "message", E.Message, Why)) return false;
  if (E.Message.empty()) return fail(Why, "'message' is empty");
  if (const json::Value *DV = O->get("details")) {
    const json::Array *D = DV->getAsArray();
    if (!D) return fail(Why, "'details' is not a list");
    for (size_t I = 0; I < D->size(); ++I) {
      std::optional<StringRef> S = (*D)[I].getAsString();
      if (!S) return fail(Why, "details[" + Twine(I) + "] is not a string");
      E.Details.push_back(S->str());
    }
  }
  return true;
}

bool readResults(const json::Object &O, std::vector<Finding> &Findings,
                 std::vector<ToolError> &Errors, std::string *Why) {
  std::vector<Finding> Fs;
  std::vector<ToolError> Es;
  for (StringRef Key : {"findings", "errors"}) {
    const json::Value *V = O.get(Key);
    if (!V) return fail(Why, "'" + Key + "' is missing");
    const json::Array *A = V->getAsArray();
    if (!A) return fail(Why, "'" + Key + "' is not a list");
    for (size_t I = 0; I < A->size(); ++I) {
      std::string Sub;
      bool Ok = Key == "findings" ? fromJson((*A)[I], Fs.emplace_back(), &Sub)
                                  : fromJson((*A)[I], Es.emplace_back(), &Sub);
      if (!Ok) return fail(Why, Key + "[" + Twine(I) + "] is malformed: " + Sub);
    }
  }
  Findings.insert(Findings.end(), std::make_move_iterator(Fs.begin()),
                  std::make_move_iterator(Fs.end()));
  Errors.insert(Errors.end(), std::make_move_iterator(Es.begin()),
                std::make_move_iterator(Es.end()));
  return true;
}

void readInventory(const json::Object &O, Report &R) {
  if (const json::Array *Is = O.getArray("inventory"))
    for (const json::Value &V : *Is) {
      Finding F;
      if (fromJson(V, F)) R.Inventory.push_back(std::move(F));
    }
  if (const json::Object *Ls = O.getObject("libraries"))
    for (const auto &[Name, Version] : *Ls) {
      // As a single run decides: the smallest version any unit reveals.
      std::string &Known = R.Libraries[Name.str()];
      std::string V = Version.getAsString().value_or("").str();
      if (Known.empty() || (!V.empty() && V < Known)) Known = V;
    }
}

std::string sentence(StringRef Message) {
  std::string S = Message.trim().str();
  if (S.empty()) return S;
  S[0] = toUpper(S[0]);
  if (S.back() != '.') S += '.';
  return S;
}

std::string lineHash(const Finding &F) {
  std::string Norm;
  for (char C : F.SourceLine)
    if (!isSpace(C)) Norm += C;
  return utohexstr(xxh3_64bits(F.Rule + "\n" + Norm), /*LowerCase=*/true, 16);
}

static const char *sarifLevel(Severity S) {
  switch (S) {
  case Severity::Critical:
  case Severity::High:
    return "error";
  case Severity::Medium:
    return "warning";
  case Severity::Low:
    return "note";
  }
  return "warning";
}

PrecisionLevel findingPrecision(const Finding &F, const Catalog &Cat) {
  if (!F.Uncertainty.empty()) return PrecisionLevel::Low;
  if (const Rule *Ru = Cat.rule(F.Rule))
    if (auto P = parsePrecision(Ru->Precision)) return *P;
  return PrecisionLevel::Medium; // a rule the catalog does not know (an older report)
}

void filterPrecision(Report &R, const Catalog &Cat, PrecisionLevel Min) {
  llvm::erase_if(R.Findings, [&](const Finding &F) { return findingPrecision(F, Cat) < Min; });
}

double sarifRank(double SecuritySeverity, PrecisionLevel P) {
  static const double Weight[] = {0.5, 0.7, 0.9, 1.0}; // low, medium, high, very-high
  return std::round(SecuritySeverity * 10.0 * Weight[unsigned(P)] * 10.0) / 10.0;
}

std::string summary(const Report &R, const Catalog &Cat) {
  std::map<Severity, unsigned> BySev;
  size_t N = 0;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed) continue;
    ++N;
    if (const Rule *Ru = Cat.rule(F.Rule)) ++BySev[Ru->Sev];
  }
  std::string S = "backdoor-scan: " + std::to_string(N) + " finding" + (N == 1 ? "" : "s");
  if (N) {
    std::vector<std::string> Parts;
    for (Severity Sv : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
      if (BySev[Sv]) Parts.push_back(std::to_string(BySev[Sv]) + " " + severityName(Sv).str());
    S += " (" + join(Parts, ", ") + ")";
  }
  S += " in " + std::to_string(R.FilesScanned) + " translation unit" +
       (R.FilesScanned == 1 ? "" : "s");
  if (R.FromCache) S += " (" + std::to_string(R.FromCache) + " from the cache)";
  S += ", " + std::to_string(R.Errors.size()) + " error" + (R.Errors.size() == 1 ? "" : "s");
  return S;
}

static json::Object ruleJson(const Rule &R) {
  json::Array Cwe, Tags;
  for (unsigned C : R.Cwe) Cwe.push_back("CWE-" + std::to_string(C));
  return json::Object{{"id", R.Id},
                      {"title", R.Title},
                      {"summary", R.Summary},
                      {"severity", severityName(R.Sev)},
                      {"security_severity", R.SecuritySeverity},
                      {"precision", R.Precision},
                      {"cwe", std::move(Cwe)}};
}

json::Value emitJson(const Report &R, const Catalog &Cat) {
  json::Array Findings, Errors;
  for (const Finding &F : R.Findings) {
    json::Value V = toJson(F);
    if (const Rule *Ru = Cat.rule(F.Rule)) {
      V.getAsObject()->try_emplace("severity", severityName(Ru->Sev));
      json::Array Cwe;
      for (unsigned C : Ru->Cwe) Cwe.push_back("CWE-" + std::to_string(C));
      V.getAsObject()->try_emplace("cwe", std::move(Cwe));
    }
    V.getAsObject()->try_emplace("fingerprint", lineHash(F));
    V.getAsObject()->try_emplace("precision", precisionName(findingPrecision(F, Cat)));
    if (F.Suppressed)
      V.getAsObject()->try_emplace(
          "suppressed", json::Object{{"kind", "inSource"}, {"justification", F.Justification}});
    Findings.push_back(std::move(V));
  }
  for (const ToolError &E : R.Errors) Errors.push_back(toJson(E));
  std::set<std::string> Used;
  for (const Finding &F : R.Findings) Used.insert(F.Rule);
  json::Array Rules;
  for (const Rule &Ru : Cat.rules())
    if (Used.count(Ru.Id)) Rules.push_back(ruleJson(Ru));
  json::Object Out{{"tool", "backdoor-scan"},         {"version", BACKDOOR_VERSION},
                   {"files_scanned", R.FilesScanned}, {"findings", std::move(Findings)},
                   {"errors", std::move(Errors)},     {"rules", std::move(Rules)},
                   {"summary", summary(R, Cat)}};
  // The inventory travels in JSON (shards, merge); reports without it stay as they were.
  if (!R.Inventory.empty()) {
    json::Array Inv;
    for (const Finding &F : R.Inventory) {
      json::Value V = toJson(F);
      V.getAsObject()->erase("notes");
      V.getAsObject()->erase("source");
      Inv.push_back(std::move(V));
    }
    Out["inventory"] = std::move(Inv);
  }
  if (!R.Libraries.empty()) {
    json::Object Ls;
    for (const auto &[Name, Version] : R.Libraries) Ls[Name] = Version;
    Out["libraries"] = std::move(Ls);
  }
  // A shard's units' facts, so that `merge` links them with the others'.
  if (R.WriteFacts) Out["facts"] = json::Array(R.Facts);
  return Out;
}

/// RFC 3986 path encoding for artifact URIs.
static std::string uriEncode(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || StringRef("-._~/").contains(C))
      Out += char(C);
    else
      Out += "%" + utohexstr(C, false, 2);
  }
  return Out;
}

static std::string camel(StringRef Id) {
  std::string Out;
  bool Up = true;
  for (char C : Id.drop_front(StringRef("backdoor-").size())) {
    if (C == '-') {
      Up = true;
      continue;
    }
    Out += Up ? toUpper(C) : C;
    Up = false;
  }
  return Out;
}

static std::string helpMarkdown(const Rule &R) {
  std::string M = "# " + R.Title + "\n\n" + R.Summary + "\n\n## Why it matters\n\n" + R.Rationale +
                  "\n\n## How to fix\n\n" + R.Remediation + "\n";
  for (const RuleExample &E : R.Examples)
    M += "\n**" + E.Library + "**\n\n```c\n" + E.Code +
         (StringRef(E.Code).ends_with("\n") ? "" : "\n") + "```\n";
  if (!R.References.empty()) {
    M += "\n## References\n\n";
    for (const std::string &Ref : R.References) M += "- " + Ref + "\n";
  }
  return M;
}

static std::string helpText(const Rule &R) {
  std::string T = R.Summary + "\n\n" + R.Rationale + "\n\nHow to fix: " + R.Remediation;
  if (!R.References.empty()) T += "\n\nReferences: " + join(R.References, ", ");
  return T;
}

std::string absolutePath(StringRef P) {
  SmallString<256> S(P);
  sys::fs::make_absolute(S);
  sys::path::remove_dots(S, true);
  return std::string(S);
}

std::string relativeTo(StringRef File, StringRef Root) {
  std::string F = absolutePath(File), R = absolutePath(Root);
  if (!R.empty() && StringRef(F).starts_with(R + "/")) return F.substr(R.size() + 1);
  return F;
}

json::Value emitSarif(const Report &R, const Catalog &Cat, StringRef BaseDir, size_t MaxResults,
                      size_t *DroppedOut, StringRef Limit) {
  std::string BaseStr = absolutePath(BaseDir);
  auto physical = [&](const Location &L) {
    json::Object Artifact;
    std::string Rel = relativeTo(L.File, BaseStr);
    if (!sys::path::is_absolute(Rel)) {
      Artifact["uri"] = uriEncode(Rel);
      Artifact["uriBaseId"] = "SRCROOT";
    } else {
      Artifact["uri"] = "file://" + uriEncode(Rel);
    }
    json::Object Region{{"startLine", std::max(1u, L.Line)}};
    if (L.Col) Region["startColumn"] = L.Col;
    return json::Object{{"artifactLocation", std::move(Artifact)}, {"region", std::move(Region)}};
  };

  json::Array Rules;
  std::map<std::string, unsigned> RuleIndex;
  for (const Rule &Ru : Cat.rules()) {
    RuleIndex[Ru.Id] = Rules.size();
    json::Array Tags{"security"};
    for (const std::string &T : Ru.Tags) Tags.push_back(T);
    for (unsigned C : Ru.Cwe) Tags.push_back("external/cwe/cwe-" + std::to_string(C));
    char SS[16];
    snprintf(SS, sizeof SS, "%.1f", Ru.SecuritySeverity);
    Rules.push_back(
        json::Object{{"id", Ru.Id},
                     {"name", camel(Ru.Id)},
                     {"shortDescription", json::Object{{"text", sentence(Ru.Summary)}}},
                     {"fullDescription", json::Object{{"text", Ru.Rationale}}},
                     {"help", json::Object{{"text", helpText(Ru)}, {"markdown", helpMarkdown(Ru)}}},
                     {"defaultConfiguration", json::Object{{"level", sarifLevel(Ru.Sev)}}},
                     {"properties", json::Object{{"tags", std::move(Tags)},
                                                 {"precision", Ru.Precision},
                                                 {"security-severity", std::string(SS)},
                                                 {"problem.severity", severityName(Ru.Sev)}}}});
  }

  json::Array Results;
  std::map<std::string, unsigned> Occurrence;
  size_t Dropped = 0;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed && R.OmitSuppressed) continue;
    if (Results.size() >= MaxResults) {
      ++Dropped;
      continue;
    }
    const Rule *Ru = Cat.rule(F.Rule);
    std::string Hash = lineHash(F);
    unsigned Occ = Occurrence[F.Loc.File + "\n" + Hash]++;
    json::Object Res{
        {"ruleId", F.Rule},
        {"level", sarifLevel(Ru ? Ru->Sev : Severity::Medium)},
        {"message", json::Object{{"text", sentence(F.Message)}}},
        {"locations", json::Array{json::Object{{"physicalLocation", physical(F.Loc)}}}},
        {"partialFingerprints",
         json::Object{{"primaryLocationLineHash", Hash + ":" + std::to_string(Occ + 1)}}}};
    if (RuleIndex.count(F.Rule)) Res["ruleIndex"] = RuleIndex[F.Rule];
    // Code scanning orders alerts by rank: the rule's security-severity on
    // 0-100, lowered for less precise findings.
    PrecisionLevel Prec = findingPrecision(F, Cat);
    Res["rank"] = sarifRank(Ru ? Ru->SecuritySeverity : 5.0, Prec);
    json::Object Props;
    // The CLI's link step found it across translation units; the plugin cannot.
    if (F.CrossUnit) Props["crossUnit"] = true;
    // The tool is unsure of this one: less precise than its rule.
    if (!F.Uncertainty.empty()) {
      Props["precision"] = precisionName(Prec);
      Props["uncertainty"] = sentence(F.Uncertainty);
    }
    if (!Props.empty()) Res["properties"] = std::move(Props);
    if (!F.Notes.empty()) {
      json::Array Related, Flow;
      unsigned Id = 1;
      for (const FindingNote &N : F.Notes) {
        if (Related.size() >= SarifMaxRelatedLocations) break;
        Related.push_back(json::Object{{"id", Id++},
                                       {"physicalLocation", physical(N.Loc)},
                                       {"message", json::Object{{"text", sentence(N.Message)}}}});
      }
      // The flow runs from the constant's definition to the use: notes are
      // innermost last, so walk them backwards and end at the finding.
      for (auto It = F.Notes.rbegin();
           It != F.Notes.rend() && Flow.size() + 1 < SarifMaxFlowLocations; ++It)
        Flow.push_back(json::Object{
            {"location",
             json::Object{{"physicalLocation", physical(It->Loc)},
                          {"message", json::Object{{"text", sentence(It->Message)}}}}}});
      Flow.push_back(json::Object{
          {"location", json::Object{{"physicalLocation", physical(F.Loc)},
                                    {"message", json::Object{{"text", "Used here."}}}}}});
      Res["relatedLocations"] = std::move(Related);
      Res["codeFlows"] = json::Array{
          json::Object{{"threadFlows", json::Array{json::Object{{"locations", std::move(Flow)}}}}}};
    }
    if (F.Suppressed)
      Res["suppressions"] = json::Array{json::Object{
          {"kind", "inSource"}, {"status", "accepted"}, {"justification", F.Justification}}};
    Results.push_back(std::move(Res));
  }

  json::Array Notifications;
  if (DroppedOut) *DroppedOut = Dropped;
  if (Dropped)
    Notifications.push_back(json::Object{
        {"level", "warning"},
        {"message",
         json::Object{{"text", "The report was truncated to " + std::to_string(MaxResults) +
                                   " results, " + Limit.str() + "; " + std::to_string(Dropped) +
                                   " more were left out."}}}});
  for (const FindingNote &W : R.Warnings) {
    json::Object N{{"level", "warning"}, {"message", json::Object{{"text", sentence(W.Message)}}}};
    if (!W.Loc.File.empty())
      N["locations"] = json::Array{json::Object{{"physicalLocation", physical(W.Loc)}}};
    Notifications.push_back(std::move(N));
  }
  for (const ToolError &E : R.Errors) {
    std::string Text = sentence(E.Message);
    for (const std::string &D : E.Details) Text += "\n" + D;
    json::Object N{{"level", "error"}, {"message", json::Object{{"text", Text}}}};
    if (!E.Loc.File.empty())
      N["locations"] = json::Array{json::Object{{"physicalLocation", physical(E.Loc)}}};
    Notifications.push_back(std::move(N));
  }

  json::Object Run{
      {"tool", json::Object{{"driver", json::Object{{"name", "backdoor-scan"},
                                                    {"version", BACKDOOR_VERSION},
                                                    {"semanticVersion", BACKDOOR_VERSION},
                                                    {"rules", std::move(Rules)}}}}},
      {"originalUriBaseIds",
       json::Object{{"SRCROOT", json::Object{{"uri", "file://" + uriEncode(BaseStr) + "/"}}}}},
      {"invocations",
       json::Array{json::Object{{"executionSuccessful", R.Errors.empty()},
                                {"toolExecutionNotifications", std::move(Notifications)}}}},
      {"results", std::move(Results)},
      {"columnKind", "unicodeCodePoints"}};
  if (!R.AutomationId.empty()) Run["automationDetails"] = json::Object{{"id", R.AutomationId}};
  return json::Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", json::Array{std::move(Run)}}};
}

/// The size code scanning counts: the report compressed (zlib's deflate, as
/// gzip), or its plain size where LLVM was built without zlib.
static size_t uploadSize(StringRef Text) {
  if (!compression::zlib::isAvailable()) return Text.size();
  SmallVector<uint8_t, 0> Out;
  compression::zlib::compress(arrayRefFromStringRef(Text), Out);
  return Out.size();
}

std::string sarifWithinLimits(const Report &R, const Catalog &Cat, StringRef BaseDir,
                              size_t MaxCompressedBytes, std::string &Warning) {
  auto Render = [&](size_t Max, size_t &Dropped, StringRef Limit) {
    std::string S;
    raw_string_ostream OS(S);
    OS << formatv("{0:2}", emitSarif(R, Cat, BaseDir, Max, &Dropped, Limit)) << "\n";
    return S;
  };
  // The one reason serves the notification and the warning.
  std::string Why = SarifResultsLimitName.str();
  size_t Dropped = 0;
  std::string Text = Render(SarifMaxResults, Dropped, Why);
  size_t Emitted = 0;
  for (const Finding &F : R.Findings) Emitted += !(F.Suppressed && R.OmitSuppressed);
  size_t Kept = std::min(Emitted, SarifMaxResults);
  // Compressing costs time: only a report larger than the limit can be over it.
  size_t Size = Text.size() > MaxCompressedBytes ? uploadSize(Text) : 0;
  if (Size > MaxCompressedBytes) {
    Why = "code scanning's upload limit of " + std::to_string(MaxCompressedBytes >> 20) +
          " MiB compressed";
    size_t Ignored = 0;
    size_t Base = uploadSize(Render(0, Ignored, Why)); // rules, notifications
    while (Size > MaxCompressedBytes && Kept > 0) {
      // Results cost about the same each: keep what fits, with a margin.
      double Each = double(Size > Base ? Size - Base : 1) / double(Kept);
      size_t Fit =
          MaxCompressedBytes > Base ? size_t(double(MaxCompressedBytes - Base) / Each * 0.97) : 0;
      Kept = std::min(Kept - 1, Fit);
      Text = Render(Kept, Dropped, Why);
      Size = uploadSize(Text);
    }
  }
  if (Dropped)
    Warning = "the SARIF report holds the first " + std::to_string(Kept) + " results, " + Why +
              "; " + std::to_string(Dropped) +
              " more are left out (use --baseline, --diff-base or --shard to split the report)";
  return Text;
}

static const char HtmlScript[] = R"JS(
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var sevOrder = {critical: 0, high: 1, medium: 2, low: 3};
  var el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  var ruleSel = document.getElementById('rule'), sevSel = document.getElementById('severity'),
      pathIn = document.getElementById('path');
  var rules = {};
  data.findings.forEach(function (f) { rules[f.rule] = true; });
  Object.keys(rules).sort().forEach(function (r) {
    var o = el('option', null, r); o.value = r; ruleSel.appendChild(o);
  });
  var params = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
    var p = kv.split('='); if (p[0]) params[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || '');
  });
  if (params.rule) ruleSel.value = params.rule;
  if (params.severity) sevSel.value = params.severity;
  if (params.path) pathIn.value = params.path;
  function render() {
    var list = document.getElementById('findings');
    while (list.firstChild) list.removeChild(list.firstChild);
    var shown = data.findings.filter(function (f) {
      return (!ruleSel.value || f.rule === ruleSel.value) &&
             (!sevSel.value || f.severity === sevSel.value) &&
             (!pathIn.value || f.file.indexOf(pathIn.value) >= 0);
    });
    shown.sort(function (a, b) {
      return (sevOrder[a.severity] - sevOrder[b.severity]) || a.rule.localeCompare(b.rule) ||
             a.file.localeCompare(b.file) || a.line - b.line;
    });
    var group = null, box = null;
    shown.forEach(function (f) {
      var key = f.severity + ' ' + f.rule;
      if (key !== group) {
        group = key;
        box = el('section', 'group');
        var h = el('h2', 'sev-' + f.severity, f.severity + ' \u00b7 ' + f.rule);
        box.appendChild(h);
        if (data.rules[f.rule]) box.appendChild(el('p', 'title', data.rules[f.rule]));
        list.appendChild(box);
      }
      var item = el('article', 'finding');
      item.setAttribute('data-rule', f.rule);
      item.appendChild(el('div', 'loc', f.file + ':' + f.line + ':' + f.column));
      item.appendChild(el('div', 'msg', f.message));
      if (f.suppressed) item.appendChild(el('div', 'supp', 'suppressed: ' + f.suppressed));
      if (f.source) item.appendChild(el('pre', 'src', f.source));
      if (f.notes.length) {
        var ol = el('ol', 'flow');
        f.notes.slice().reverse().forEach(function (n) {
          ol.appendChild(el('li', null, n.file + ':' + n.line + ': ' + n.message));
        });
        ol.appendChild(el('li', null, f.file + ':' + f.line + ': used here'));
        item.appendChild(ol);
      }
      box.appendChild(item);
    });
    document.getElementById('count').textContent = String(shown.length);
  }
  ruleSel.addEventListener('change', render);
  sevSel.addEventListener('change', render);
  pathIn.addEventListener('input', render);
  render();
})();
)JS";

/// JSON text safe inside <script>: no '<', '>' or '&' survives literally.
static std::string scriptSafeJson(const json::Value &V) {
  std::string S;
  raw_string_ostream OS(S);
  OS << V;
  OS.flush();
  std::string Out;
  for (char C : S) {
    if (C == '<')
      Out += "\\u003c";
    else if (C == '>')
      Out += "\\u003e";
    else if (C == '&')
      Out += "\\u0026";
    else
      Out += C;
  }
  return Out;
}

static std::string htmlEscape(StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '&':
      Out += "&amp;";
      break;
    case '"':
      Out += "&quot;";
      break;
    case '\'':
      Out += "&#39;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

/// The inventory view: a bar chart (inline SVG, no script) of the algorithms
/// by use count, coloured by quantum status, and the table of every asset with
/// its occurrences. Every text is escaped; nothing is fetched.
static void emitInventoryHtml(raw_ostream &OS, const Report &R, const Catalog &Cat,
                              StringRef Base) {
  std::vector<CryptoAsset> Assets = cryptoAssets(R, Cat, Base);
  if (Assets.empty()) return;
  static const std::pair<const char *, const char *> Colors[] = {
      {"vulnerable", "#c0392b"}, {"weak", "#e67e22"},         {"reduced", "#d4ac0d"},
      {"resistant", "#27ae60"},  {"post-quantum", "#1e8449"}, {"n/a", "#95a5a6"}};
  auto Color = [&](StringRef Q) {
    for (auto &[K, C] : Colors)
      if (Q == K) return C;
    return "#95a5a6";
  };
  std::vector<const CryptoAsset *> Algs;
  for (const CryptoAsset &A : Assets)
    if (A.AssetType == "algorithm") Algs.push_back(&A);
  std::stable_sort(Algs.begin(), Algs.end(), [](const CryptoAsset *A, const CryptoAsset *B) {
    return A->Occurrences.size() > B->Occurrences.size();
  });
  if (Algs.size() > 25) Algs.resize(25);
  size_t Max = 1;
  for (const CryptoAsset *A : Algs) Max = std::max(Max, A->Occurrences.size());
  const unsigned RowH = 22, Label = 220, Width = 420, Top = 30;
  unsigned H = Top + RowH * unsigned(Algs.size()) + 10;
  OS << "<section id=\"inventory\"><h2>Cryptography inventory: " << Assets.size()
     << " assets</h2>\n<svg id=\"chart\" role=\"img\" aria-label=\"algorithms by use count and "
        "quantum status\" width=\""
     << (Label + Width + 60) << "\" height=\"" << H
     << "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  unsigned X = 0;
  for (auto &[K, C] : Colors) {
    OS << "<rect x=\"" << X << "\" y=\"4\" width=\"12\" height=\"12\" fill=\"" << C
       << "\"/><text x=\"" << X + 16 << "\" y=\"14\">" << K << "</text>";
    X += 16 + 8 * unsigned(strlen(K)) + 14;
  }
  OS << "\n";
  unsigned Y = Top;
  for (const CryptoAsset *A : Algs) {
    unsigned W = unsigned(double(Width) * double(A->Occurrences.size()) / double(Max));
    OS << "<g class=\"bar\" data-quantum=\"" << htmlEscape(A->Quantum) << "\"><text x=\""
       << Label - 6 << "\" y=\"" << Y + 14 << "\" text-anchor=\"end\">" << htmlEscape(A->Name)
       << "</text><rect x=\"" << Label << "\" y=\"" << Y + 3 << "\" width=\"" << std::max(W, 2u)
       << "\" height=\"" << RowH - 6 << "\" fill=\"" << Color(A->Quantum) << "\"><title>"
       << htmlEscape(A->Name) << ": " << A->Occurrences.size()
       << (A->Occurrences.size() == 1 ? " use, " : " uses, ") << htmlEscape(A->Quantum)
       << "</title></rect><text x=\"" << Label + std::max(W, 2u) + 6 << "\" y=\"" << Y + 14 << "\">"
       << A->Occurrences.size() << "</text></g>\n";
    Y += RowH;
  }
  OS << "</svg>\n<table id=\"assets\"><thead><tr><th>asset</th><th>type</th><th>quantum</th>"
        "<th>libraries</th><th>occurrences</th></tr></thead><tbody>\n";
  for (const CryptoAsset &A : Assets) {
    OS << "<tr><td>" << htmlEscape(A.Name) << "</td><td>" << htmlEscape(A.AssetType) << "</td><td>"
       << "<span style=\"color:" << Color(A.Quantum) << "\">" << htmlEscape(A.Quantum)
       << "</span></td><td>";
    for (const std::string &L : A.Libraries) OS << htmlEscape(L) << " ";
    OS << "</td><td><ul class=\"occ\">";
    for (const CryptoAsset::Occurrence &O : A.Occurrences)
      OS << "<li>" << htmlEscape(printable(O.File)) << ":" << O.Line << " "
         << htmlEscape(printable(O.Symbol)) << "</li>";
    OS << "</ul></td></tr>\n";
  }
  OS << "</tbody></table></section>\n";
}

std::string emitHtml(const Report &R, const Catalog &Cat, StringRef BaseDir) {
  std::string Base = absolutePath(BaseDir);
  auto Rel = [&](StringRef File) { return relativeTo(File, Base); };
  json::Array Findings;
  json::Object Rules;
  for (const Finding &F : R.Findings) {
    const Rule *Ru = Cat.rule(F.Rule);
    json::Array Notes;
    for (const FindingNote &N : F.Notes)
      Notes.push_back(json::Object{
          {"file", Rel(N.Loc.File)}, {"line", N.Loc.Line}, {"message", printable(N.Message)}});
    Findings.push_back(json::Object{
        {"rule", F.Rule},
        {"severity", Ru ? severityName(Ru->Sev) : "medium"},
        {"file", Rel(F.Loc.File)},
        {"line", F.Loc.Line},
        {"column", F.Loc.Col},
        {"message", printable(F.Message)},
        {"source", printable(F.SourceLine)},
        {"suppressed", F.Suppressed ? json::Value(F.Justification) : json::Value(nullptr)},
        {"notes", std::move(Notes)}});
    if (Ru) Rules[F.Rule] = Ru->Title;
  }
  json::Object Data{{"findings", std::move(Findings)}, {"rules", std::move(Rules)}};
  std::array<uint8_t, 32> Digest = SHA256::hash(arrayRefFromStringRef(StringRef(HtmlScript)));
  std::string Hash = encodeBase64(Digest);
  std::string Out;
  raw_string_ostream OS(Out);
  OS << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
     << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'sha256-"
     << Hash << "'\">\n<title>backdoor-scan report</title>\n<style>\n"
     << "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}"
        "h1{font-size:20px}h2{font-size:16px;margin:1.5em 0 .3em}.title{margin:0 0 .5em;color:#555}"
        ".finding{border-left:3px solid #ccc;padding:.3em .8em;margin:.6em 0}"
        ".loc{font-family:monospace;color:#555}.msg{font-weight:600}.supp{color:#777;font-style:"
        "italic}"
        ".src{background:#f6f6f6;padding:.3em;overflow:auto}.flow{font-family:monospace;font-size:"
        "12px}"
        ".sev-critical{color:#a00}.sev-high{color:#c50}.sev-medium{color:#a80}.sev-low{color:#666}"
        "label{margin-right:1em}table{border-collapse:collapse;margin-top:1em}"
        "td,th{border:1px solid #ddd;padding:.2em .5em;vertical-align:top;text-align:left}"
        ".occ{margin:0;padding-left:1em;font-family:monospace;font-size:12px}\n</style></"
        "head><body>\n"
     << "<h1>backdoor-scan: <span id=\"count\">0</span> findings shown of " << R.Findings.size()
     << " in " << R.FilesScanned << " translation units</h1>\n"
     << "<form><label>rule <select id=\"rule\"><option value=\"\">all</option>"
        "</select></label><label>severity <select id=\"severity\"><option value=\"\">all</option>"
        "<option>critical</option><option>high</option><option>medium</option><option>low</option>"
        "</select></label><label>path <input id=\"path\" type=\"text\"></label></form>\n"
     << "<main id=\"findings\"></main>\n";
  emitInventoryHtml(OS, R, Cat, Base);
  if (!R.Errors.empty()) {
    OS << "<h2>Errors</h2><ul>";
    for (const ToolError &E : R.Errors)
      OS << "<li>" << htmlEscape(Rel(E.Loc.File)) << ": " << htmlEscape(printable(E.Message))
         << "</li>";
    OS << "</ul>\n";
  }
  OS << "<script type=\"application/json\" id=\"data\">" << scriptSafeJson(std::move(Data))
     << "</script>\n<script>" << HtmlScript << "</script>\n</body></html>\n";
  OS.flush();
  return Out;
}

} // namespace backdoor
