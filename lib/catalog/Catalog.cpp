//===--- Catalog.cpp - load and validate the YAML rule catalog -----------===//
//
// yaml-cpp reports problems with exceptions while LLVM is built without them:
// every yaml-cpp call happens inside CatalogLoader, which catches at this
// boundary and turns each problem into a `file:line:col: error:` message.
//
//===----------------------------------------------------------------------===//
#include "catalog/Catalog.h"
#include "catalog/Loader.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>
#include <set>
#include <yaml-cpp/yaml.h>

using namespace llvm;

namespace backdoor {

std::optional<Severity> parseSeverity(StringRef S) {
  if (S.equals_insensitive("low")) return Severity::Low;
  if (S.equals_insensitive("medium")) return Severity::Medium;
  if (S.equals_insensitive("high")) return Severity::High;
  if (S.equals_insensitive("critical")) return Severity::Critical;
  return std::nullopt;
}

StringRef severityName(Severity S) {
  switch (S) {
  case Severity::Low:
    return "low";
  case Severity::Medium:
    return "medium";
  case Severity::High:
    return "high";
  case Severity::Critical:
    return "critical";
  }
  return "medium";
}

std::optional<PrecisionLevel> parsePrecision(StringRef S) {
  if (S == "low") return PrecisionLevel::Low;
  if (S == "medium") return PrecisionLevel::Medium;
  if (S == "high") return PrecisionLevel::High;
  if (S == "very-high") return PrecisionLevel::VeryHigh;
  return std::nullopt;
}

StringRef precisionName(PrecisionLevel P) {
  switch (P) {
  case PrecisionLevel::Low:
    return "low";
  case PrecisionLevel::Medium:
    return "medium";
  case PrecisionLevel::High:
    return "high";
  case PrecisionLevel::VeryHigh:
    return "very-high";
  }
  return "medium";
}

std::string CatalogError::str() const {
  std::string S = File;
  if (Line) S += ":" + std::to_string(Line) + ":" + std::to_string(Col ? Col : 1);
  return S + ": error: " + Message;
}

std::string AlgSpec::str() const {
  std::string S = algKindName(Kind).str() + ":" + Family;
  if (!Mode.empty() || Bits) S += ":" + Mode;
  if (Bits) S += ":" + std::to_string(Bits);
  return S;
}

std::optional<AlgSpec> AlgSpec::parse(StringRef S) {
  SmallVector<StringRef, 4> Parts;
  S.split(Parts, ':');
  if (Parts.size() < 2 || Parts.size() > 4 || Parts[0].empty() || Parts[1].empty())
    return std::nullopt;
  std::optional<AlgKind> K = parseAlgKind(Parts[0]);
  if (!K || !isCatalogAlgKind(*K)) return std::nullopt;
  AlgSpec A;
  A.Kind = *K;
  A.Family = Parts[1].lower();
  if (Parts.size() > 2) A.Mode = Parts[2].lower();
  if (Parts.size() > 3 && !Parts[3].empty() && Parts[3].getAsInteger(10, A.Bits))
    return std::nullopt;
  return A;
}

const ParamModel *FunctionModel::param(int I, StringRef N) const {
  for (const ParamModel &P : Params)
    if ((P.Index >= 0 && P.Index == I) || (P.Index < 0 && !N.empty() && P.Name == N)) return &P;
  return nullptr;
}

std::vector<const ParamModel *> FunctionModel::params(int I, StringRef N) const {
  std::vector<const ParamModel *> Out;
  for (const ParamModel &P : Params)
    if ((P.Index >= 0 && P.Index == I) || (P.Index < 0 && !N.empty() && P.Name == N))
      Out.push_back(&P);
  return Out;
}

namespace {
struct RoleSpelling {
  const char *Spelling;
  ParamRole Role;
};
constexpr RoleSpelling RoleTable[] = {
#define BACKDOOR_ROLE(Id, Spelling) {Spelling, ParamRole::Id},
#include "catalog/Roles.def"
};
struct SinkKindSpelling {
  const char *Spelling;
  SinkKind Kind;
  bool InCatalog, IsHandle;
};
constexpr SinkKindSpelling SinkKindTable[] = {
#define BACKDOOR_SINK_KIND(Id, Spelling, InCatalog, IsHandle)                                      \
  {Spelling, SinkKind::Id, InCatalog, IsHandle},
#include "catalog/Roles.def"
};
struct AlgKindSpelling {
  const char *Spelling;
  AlgKind Kind;
  bool InCatalog;
};
constexpr AlgKindSpelling AlgKindTable[] = {
#define BACKDOOR_ALG_KIND(Id, Spelling, InCatalog) {Spelling, AlgKind::Id, InCatalog},
#include "catalog/Kinds.def"
};
template <typename E> struct Spelled {
  const char *Spelling;
  E Value;
};
constexpr Spelled<ConstantKind> ConstantKindTable[] = {
#define BACKDOOR_CONSTANT_KIND(Id, Spelling) {Spelling, ConstantKind::Id},
#include "catalog/Kinds.def"
};
constexpr Spelled<FamilyStatus> FamilyStatusTable[] = {
#define BACKDOOR_FAMILY_STATUS(Id, Spelling) {Spelling, FamilyStatus::Id},
#include "catalog/Kinds.def"
};
constexpr Spelled<VerifyResultKind> VerifyResultKindTable[] = {
#define BACKDOOR_VERIFY_RESULT(Id, Spelling) {Spelling, VerifyResultKind::Id},
#include "catalog/Kinds.def"
};
constexpr Spelled<DecodeKind> DecodeKindTable[] = {
#define BACKDOOR_DECODE_KIND(Id, Spelling) {Spelling, DecodeKind::Id},
#include "catalog/Kinds.def"
};
constexpr Spelled<InputKind> InputKindTable[] = {
#define BACKDOOR_INPUT_KIND(Id, Spelling) {Spelling, InputKind::Id},
#include "catalog/Kinds.def"
};
constexpr Spelled<MatchKind> MatchKindTable[] = {
#define BACKDOOR_MATCH_KIND(Id, Spelling) {Spelling, MatchKind::Id},
#include "catalog/Kinds.def"
};
constexpr Spelled<PayloadKind> PayloadKindTable[] = {
#define BACKDOOR_PAYLOAD_KIND(Id, Spelling) {Spelling, PayloadKind::Id},
#include "catalog/Kinds.def"
};
template <typename E, size_t N>
std::optional<E> parseIn(const Spelled<E> (&Table)[N], StringRef Spelling) {
  for (const Spelled<E> &S : Table)
    if (Spelling == S.Spelling) return S.Value;
  return std::nullopt;
}
// The enumerators follow the table, after None.
template <typename E, size_t N> StringRef nameIn(const Spelled<E> (&Table)[N], E K) {
  return K == E::None ? "" : Table[size_t(K) - 1].Spelling;
}
template <typename E, size_t N> std::vector<StringRef> namesIn(const Spelled<E> (&Table)[N]) {
  std::vector<StringRef> Out;
  for (const Spelled<E> &S : Table) Out.push_back(S.Spelling);
  return Out;
}
} // namespace

std::optional<ConstantKind> parseConstantKind(StringRef S) { return parseIn(ConstantKindTable, S); }
StringRef constantKindName(ConstantKind K) { return nameIn(ConstantKindTable, K); }
std::optional<FamilyStatus> parseFamilyStatus(StringRef S) { return parseIn(FamilyStatusTable, S); }
StringRef familyStatusName(FamilyStatus S) { return nameIn(FamilyStatusTable, S); }
std::vector<StringRef> familyStatusNames() { return namesIn(FamilyStatusTable); }
std::optional<VerifyResultKind> parseVerifyResultKind(StringRef S) {
  return parseIn(VerifyResultKindTable, S);
}
StringRef verifyResultKindName(VerifyResultKind K) { return nameIn(VerifyResultKindTable, K); }
std::vector<StringRef> verifyResultKindNames() { return namesIn(VerifyResultKindTable); }
std::optional<DecodeKind> parseDecodeKind(StringRef S) { return parseIn(DecodeKindTable, S); }
StringRef decodeKindName(DecodeKind K) { return nameIn(DecodeKindTable, K); }
std::optional<InputKind> parseInputKind(StringRef S) { return parseIn(InputKindTable, S); }
StringRef inputKindName(InputKind K) { return nameIn(InputKindTable, K); }
std::vector<StringRef> inputKindNames() { return namesIn(InputKindTable); }
std::optional<MatchKind> parseMatchKind(StringRef S) { return parseIn(MatchKindTable, S); }
StringRef matchKindName(MatchKind K) { return nameIn(MatchKindTable, K); }
std::vector<StringRef> matchKindNames() { return namesIn(MatchKindTable); }
std::optional<PayloadKind> parsePayloadKind(StringRef S) { return parseIn(PayloadKindTable, S); }
StringRef payloadKindName(PayloadKind K) { return nameIn(PayloadKindTable, K); }
std::vector<StringRef> payloadKindNames() { return namesIn(PayloadKindTable); }

std::optional<AlgKind> parseAlgKind(StringRef Spelling) {
  for (const AlgKindSpelling &K : AlgKindTable)
    if (Spelling == K.Spelling) return K.Kind;
  return std::nullopt;
}

// The enumerators follow the table, after None.
StringRef algKindName(AlgKind K) {
  return K == AlgKind::None ? "" : AlgKindTable[size_t(K) - 1].Spelling;
}

bool isCatalogAlgKind(AlgKind K) {
  return K != AlgKind::None && AlgKindTable[size_t(K) - 1].InCatalog;
}

std::optional<ParamRole> parseRole(StringRef Spelling) {
  for (const RoleSpelling &R : RoleTable)
    if (Spelling == R.Spelling) return R.Role;
  return std::nullopt;
}

StringRef roleName(ParamRole R) {
  // The enumerators follow the table, after None.
  return R == ParamRole::None ? "" : RoleTable[size_t(R) - 1].Spelling;
}

std::optional<SinkKind> parseSinkKind(StringRef Spelling) {
  for (const SinkKindSpelling &K : SinkKindTable)
    if (Spelling == K.Spelling) return K.Kind;
  return std::nullopt;
}

StringRef sinkKindName(SinkKind K) {
  return K == SinkKind::None ? "" : SinkKindTable[size_t(K) - 1].Spelling;
}

std::vector<StringRef> catalogSinkKinds(bool Handles) {
  std::vector<StringRef> Out;
  for (const SinkKindSpelling &E : SinkKindTable)
    if (Handles ? E.IsHandle : E.InCatalog) Out.push_back(E.Spelling);
  return Out;
}

const char *const KnownContexts[] = {"signature",  "mac",        "kdf",    "password-hash",
                                     "encryption", "decryption", "digest", "keygen"};

const size_t NumKnownContexts = std::size(KnownContexts);
bool Thresholds::isWorkKey(StringRef K) {
  static const char *const Keys[] = {"pbkdf2",        "pbkdf2-critical", "pbkdf2-sha1",
                                     "pbkdf2-sha256", "pbkdf2-sha512",   "scrypt-n",
                                     "argon2-ops",    "argon2-mem",      "salt-bytes",
                                     "bcrypt-cost",   "sha-crypt-rounds"};
  return llvm::is_contained(Keys, K);
}

void CatalogLoader::loadDocument(const std::string &FileName, const std::string &Text) {
  File = FileName;
  if (Text.find('\0') != std::string::npos) {
    error(YAML::Mark::null_mark(), "file is binary, not YAML");
    return;
  }
  try {
    YAML::Node Root = YAML::Load(Text);
    if (!Root || Root.IsNull()) {
      error(YAML::Mark::null_mark(), "empty catalog file");
      return;
    }
    if (!expectMap(Root, "a catalog file")) return;
    checkDuplicateKeys(Root);
    checkKeys(Root,
              {"schema", "library", "rules", "families", "thresholds", "functions", "symbols",
               "symbol-patterns", "names", "param-keys", "param-structs", "known-keys", "patterns",
               "tls-suites", "constants", "types", "type-contexts", "input-fields"},
              "a catalog file");
    YAML::Node Schema = Root["schema"];
    if (!Schema) {
      error(Root.Mark(), "catalog file is missing required key 'schema'");
      return;
    }
    auto V = integer(Schema, "'schema'");
    if (!V) return;
    if (*V < 1 || *V > CatalogSchemaVersion) {
      error(Schema.Mark(), "unsupported catalog schema " + Twine(*V) +
                               "; this backdoor-scan reads schema 1 to " +
                               Twine(CatalogSchemaVersion));
      return;
    }
    std::string Library;
    if (auto L = str(Root["library"], "'library'")) Library = *L;
    if (Root["rules"]) loadRules(Root["rules"]);
    if (Root["families"]) loadFamilies(Root["families"]);
    if (Root["thresholds"]) loadThresholds(Root["thresholds"]);
    if (Root["functions"]) loadFunctions(Root["functions"], Library);
    if (Root["symbols"]) loadSymbols(Root["symbols"]);
    if (Root["symbol-patterns"]) loadSymbolPatterns(Root["symbol-patterns"]);
    if (Root["types"]) loadTypes(Root["types"]);
    if (Root["type-contexts"]) loadTypeContexts(Root["type-contexts"]);
    if (Root["names"]) loadNames(Root["names"]);
    if (Root["param-keys"]) loadParamKeys(Root["param-keys"]);
    if (Root["param-structs"]) loadParamStructs(Root["param-structs"]);
    if (Root["input-fields"]) loadInputFields(Root["input-fields"]);
    if (Root["known-keys"]) loadKnownKeys(Root["known-keys"]);
    if (Root["patterns"]) loadPatterns(Root["patterns"]);
    if (Root["tls-suites"]) loadTlsSuites(Root["tls-suites"]);
    if (Root["constants"]) loadConstants(Root["constants"]);
  } catch (const YAML::Exception &E) {
    error(E.mark, E.msg);
  } catch (const std::exception &E) {
    error(YAML::Mark::null_mark(), E.what());
  }
}

void CatalogLoader::loadRules(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'rules' must be a list");
    return;
  }
  static const Regex IdRe("^backdoor-[a-z0-9]+(-[a-z0-9]+)*$");
  for (const YAML::Node &R : N) {
    if (!expectMap(R, "a rule")) continue;
    checkKeys(R,
              {"id", "family", "title", "summary", "rationale", "remediation", "examples", "cwe",
               "severity", "security-severity", "precision", "tags", "references"},
              "a rule");
    Rule Out;
    Out.File = File;
    Out.Line = R.Mark().line + 1;
    auto Id = reqStr(R, "id", "a rule");
    if (!Id) continue;
    Out.Id = *Id;
    std::string What = "rule '" + Out.Id + "'";
    if (!IdRe.match(Out.Id))
      error(R["id"].Mark(),
            "rule id '" + Out.Id + "' must be kebab-case and start with 'backdoor-'");
    if (!RuleIdsSeen.insert(Out.Id).second)
      error(R["id"].Mark(), "duplicate rule id '" + Out.Id + "'");
    if (auto S = reqStr(R, "family", What)) Out.Family = *S;
    if (auto S = reqStr(R, "title", What)) Out.Title = *S;
    if (auto S = reqStr(R, "summary", What)) Out.Summary = *S;
    if (auto S = reqStr(R, "rationale", What)) Out.Rationale = *S;
    if (auto S = reqStr(R, "remediation", What)) Out.Remediation = *S;
    if (auto S = reqStr(R, "severity", What)) {
      if (auto Sev = parseSeverity(*S))
        Out.Sev = *Sev;
      else
        error(R["severity"].Mark(),
              "severity of " + What + " must be one of critical, high, medium, low");
    }
    if (YAML::Node SS = R["security-severity"]) {
      double D = 0;
      if (!SS.IsScalar() || StringRef(SS.Scalar()).getAsDouble(D) || D < 0.1 || D > 10.0)
        error(SS.Mark(), "security-severity of " + What + " must be a number from 0.1 to 10");
      else
        Out.SecuritySeverity = D;
    } else {
      error(R.Mark(), What + " is missing required key 'security-severity'");
    }
    if (auto S = reqStr(R, "precision", What)) {
      if (!parsePrecision(*S))
        error(R["precision"].Mark(),
              "precision of " + What + " must be one of very-high, high, medium, low");
      Out.Precision = *S;
    }
    if (YAML::Node C = R["cwe"]) {
      if (!C.IsSequence() || C.size() == 0)
        error(C.Mark(), "cwe of " + What + " must be a non-empty list of CWE numbers");
      else
        for (const auto &E : C)
          if (auto V = integer(E, "a CWE id of " + What)) Out.Cwe.push_back(unsigned(*V));
    } else {
      error(R.Mark(), What + " is missing required key 'cwe'");
    }
    Out.Tags = strList(R["tags"], "tags of " + What);
    Out.References = strList(R["references"], "references of " + What);
    if (YAML::Node Ex = R["examples"]) {
      if (!expectMap(Ex, "examples of " + What)) continue;
      for (auto It = Ex.begin(); It != Ex.end(); ++It)
        if (auto Code = str(It->second, "example of " + What))
          Out.Examples.push_back({It->first.as<std::string>(), *Code});
    }
    Cat->RuleIndex[Out.Id] = Cat->Rules.size();
    Cat->Rules.push_back(std::move(Out));
  }
}

void CatalogLoader::loadFamilies(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'families' must be a list");
    return;
  }
  for (const YAML::Node &F : N) {
    if (!expectMap(F, "a family")) continue;
    checkKeys(F, {"kind", "family", "display", "status", "key-bits", "block-bits"}, "a family");
    FamilyInfo Out;
    auto K = reqStr(F, "kind", "a family");
    auto Fa = reqStr(F, "family", "a family");
    if (!K || !Fa) continue;
    Out.Family = StringRef(*Fa).lower();
    if (auto A = AlgSpec::parse(*K + ":" + Out.Family))
      Out.Kind = A->Kind;
    else
      error(F["kind"].Mark(), "unknown algorithm kind '" + *K + "'");
    Out.Display = Out.Family;
    if (auto D = str(F["display"], "display")) Out.Display = *D;
    Out.Status = FamilyStatus::Ok;
    if (auto S = str(F["status"], "status")) {
      if (auto St = parseFamilyStatus(*S))
        Out.Status = *St;
      else
        error(F["status"].Mark(), "status must be one of " + llvm::join(familyStatusNames(), ", "));
    }
    if (F["key-bits"])
      if (auto V = integer(F["key-bits"], "key-bits")) Out.KeyBits = *V;
    if (F["block-bits"])
      if (auto V = integer(F["block-bits"], "block-bits")) Out.BlockBits = *V;
    Cat->Families[*K + ":" + Out.Family] = Out;
  }
}

void CatalogLoader::loadThresholds(const YAML::Node &N) {
  if (!expectMap(N, "'thresholds'")) return;
  checkKeys(N, {"min-bits", "min-work"}, "'thresholds'");
  if (YAML::Node W = N["min-work"]) {
    if (expectMap(W, "'min-work'"))
      for (auto It = W.begin(); It != W.end(); ++It) {
        std::string K = It->first.as<std::string>();
        if (!Thresholds::isWorkKey(K)) {
          error(It->first.Mark(), "unknown min-work parameter '" + K + "'");
          continue;
        }
        if (auto V = integer(It->second, "min-work of '" + K + "'"))
          Cat->Limits.MinWork[K] = uint64_t(*V);
      }
  }
  if (YAML::Node M = N["min-bits"]) {
    if (!expectMap(M, "'min-bits'")) return;
    for (auto It = M.begin(); It != M.end(); ++It) {
      std::string K = It->first.as<std::string>();
      if (auto V = integer(It->second, "min-bits of '" + K + "'")) {
        if (*V <= 0)
          error(It->second.Mark(), "min-bits of '" + K + "' must be positive");
        else
          Cat->Limits.MinBits[K] = unsigned(*V);
      }
    }
  }
}

void CatalogLoader::loadConstants(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'constants' must be a list");
    return;
  }
  for (const auto &E : N) {
    if (!expectMap(E, "a constant")) continue;
    checkKeys(E, {"kind", "name", "hex", "p", "b", "gx", "x", "y"}, "a constant");
    KnownConstant K;
    std::string Kind;
    if (auto V = reqStr(E, "kind", "a constant")) Kind = *V;
    K.Kind = parseConstantKind(Kind).value_or(ConstantKind::None);
    if (auto V = reqStr(E, "name", "a constant")) K.Name = *V;
    auto Hex = [&](const char *Key, std::string &Out, bool Required) {
      YAML::Node H = E[Key];
      if (!H) {
        if (Required) error(E.Mark(), "constant '" + K.Name + "' needs '" + Key + "'");
        return;
      }
      std::string T = H.IsScalar() ? StringRef(H.Scalar()).lower() : "";
      if (T.empty() || !llvm::all_of(T, [](char C) { return llvm::isHexDigit(C); })) {
        error(H.Mark(), std::string(Key) + " of constant '" + K.Name + "' must be hexadecimal");
        return;
      }
      Out = StringRef(T).ltrim('0').str();
      if (Out.empty()) Out = "0";
    };
    switch (K.Kind) {
    case ConstantKind::DhPrime:
      Hex("hex", K.Hex, true);
      break;
    case ConstantKind::Curve:
      Hex("p", K.Hex, true);
      Hex("b", K.B, true);
      Hex("gx", K.Gx, true);
      break;
    case ConstantKind::DualEcQ:
      Hex("x", K.Hex, true);
      Hex("y", K.Y, true);
      break;
    case ConstantKind::None: {
      std::vector<StringRef> Known = namesIn(ConstantKindTable);
      error(E["kind"] ? E["kind"].Mark() : E.Mark(),
            "unknown constant kind '" + Kind + "' (known: " + llvm::join(Known, ", ") + ")");
      continue;
    }
    }
    Cat->Constants.push_back(std::move(K));
  }
}

void CatalogLoader::loadSymbols(const YAML::Node &N) {
  if (!expectMap(N, "'symbols'")) return;
  for (auto It = N.begin(); It != N.end(); ++It) {
    std::string Sym = It->first.as<std::string>();
    if (auto A = spec(It->second, "symbol '" + Sym + "'")) {
      A->Spelling = Sym;
      Cat->Symbols[Sym] = *A;
    }
  }
}

void CatalogLoader::loadTypes(const YAML::Node &N) {
  if (!expectMap(N, "'types'")) return;
  for (auto It = N.begin(); It != N.end(); ++It) {
    std::string Type = It->first.as<std::string>();
    if (auto A = spec(It->second, "type '" + Type + "'")) {
      A->Spelling = StringRef(Type).rsplit("::").second.empty()
                        ? Type
                        : StringRef(Type).rsplit("::").second.str();
      Cat->Types[Type] = *A;
    }
  }
}

void CatalogLoader::loadTypeContexts(const YAML::Node &N) {
  if (!expectMap(N, "'type-contexts'")) return;
  for (auto It = N.begin(); It != N.end(); ++It) {
    std::string Type = It->first.as<std::string>();
    auto C = str(It->second, "type context of '" + Type + "'");
    if (!C) continue;
    if (!llvm::is_contained(ArrayRef(KnownContexts, NumKnownContexts), StringRef(*C))) {
      error(It->second.Mark(), "unknown context '" + *C + "' of type '" + Type + "'");
      continue;
    }
    Cat->TypeContexts[Type] = *C;
  }
}

void CatalogLoader::loadSymbolPatterns(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'symbol-patterns' must be a list");
    return;
  }
  for (const YAML::Node &E : N) {
    if (!expectMap(E, "a symbol pattern")) continue;
    checkKeys(E, {"match", "name", "spec", "argument"}, "a symbol pattern");
    Catalog::SymbolPattern P;
    auto M = reqStr(E, "match", "a symbol pattern");
    if (!M) continue;
    P.Pattern = *M;
    P.Re = regex(E["match"], P.Pattern, "symbol pattern");
    if (auto Nm = str(E["name"], "name")) P.Name = *Nm;
    if (E["spec"]) {
      if (auto A = spec(E["spec"], "spec")) P.Spec = A->str();
    }
    if (E["argument"]) {
      if (auto A = integer(E["argument"], "'argument'")) {
        if (*A >= 0 && *A < 16)
          P.Argument = int(*A);
        else
          error(E["argument"].Mark(), "'argument' must be an argument index from 0 to 15");
      }
    }
    if (!P.Name.empty() && !P.Spec.empty())
      error(E.Mark(), "a symbol pattern takes one of 'name' or 'spec', not both");
    else if (P.Name.empty() && P.Spec.empty() && !E["argument"])
      error(E.Mark(), "a symbol pattern needs 'name', 'spec' or 'argument'");
    if (!P.Re) continue;
    Cat->HasCarriers |= P.Argument >= 0;
    Cat->SymbolPatterns.push_back(std::move(P));
  }
}

void CatalogLoader::loadNames(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'names' must be a list");
    return;
  }
  for (const YAML::Node &E : N) {
    if (!expectMap(E, "a name pattern")) continue;
    checkKeys(E, {"match", "spec"}, "a name pattern");
    auto M = reqStr(E, "match", "a name pattern");
    if (!M || !E["spec"]) {
      if (M) error(E.Mark(), "a name pattern is missing required key 'spec'");
      continue;
    }
    auto A = spec(E["spec"], "spec");
    auto Re = regex(E["match"], *M, "name pattern");
    if (A && Re) Cat->Names.push_back({*M, A->str(), Re});
  }
}

void CatalogLoader::loadParamKeys(const YAML::Node &N) {
  if (!expectMap(N, "'param-keys'")) return;
  for (auto It = N.begin(); It != N.end(); ++It) {
    ParamKeyModel P;
    P.Key = It->first.as<std::string>();
    const YAML::Node V = It->second; // a copy: the iterator hands out a temporary
    std::string What = "param key '" + P.Key + "'";
    if (!expectMap(V, What)) continue;
    checkKeys(V, {"role", "algorithm", "context"}, What);
    std::string RoleName;
    if (auto R = reqStr(V, "role", What)) RoleName = *R;
    if (auto R = parseRole(RoleName))
      P.Role = *R;
    else
      error(V.Mark(), "unknown role '" + RoleName + "' in " + What);
    if (auto A = str(V["algorithm"], "algorithm")) P.Algorithm = *A;
    if (auto C = str(V["context"], "context")) {
      if (!llvm::is_contained(KnownContexts, StringRef(*C)))
        error(V["context"].Mark(), "unknown context '" + *C + "' in " + What);
      P.Context = *C;
    }
    P.Value.Name = P.Key;
    P.Value.Role = P.Role;
    P.Value.Algorithm = P.Algorithm;
    Cat->ParamKeys[P.Key] = P;
  }
}

void CatalogLoader::loadParamStructs(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'param-structs' must be a list");
    return;
  }
  for (const YAML::Node &E : N) {
    if (!expectMap(E, "a param struct")) continue;
    checkKeys(E, {"type", "key-field", "value-field"}, "a param struct");
    ParamStructModel P;
    if (auto T = reqStr(E, "type", "a param struct")) P.Type = *T;
    if (E["key-field"])
      if (auto V = integer(E["key-field"], "key-field")) P.KeyField = *V;
    if (E["value-field"])
      if (auto V = integer(E["value-field"], "value-field")) P.ValueField = *V;
    Cat->ParamStructs.push_back(P);
  }
}

/// `input-fields: {"record::field": {params, kind}}`: callback fields a
/// framework calls with untrusted input in those parameters.
void CatalogLoader::loadInputFields(const YAML::Node &N) {
  if (!expectMap(N, "'input-fields'")) return;
  for (auto It = N.begin(); It != N.end(); ++It) {
    InputFieldModel F;
    F.Name = It->first.as<std::string>();
    std::string Ctx = "input field '" + F.Name + "'";
    if (StringRef(F.Name).count("::") != 1 || StringRef(F.Name).starts_with("::") ||
        StringRef(F.Name).ends_with("::")) {
      error(It->first.Mark(), Ctx + " must be spelled 'record::field'");
      continue;
    }
    const YAML::Node V = It->second;
    if (!expectMap(V, Ctx)) continue;
    checkKeys(V, {"params", "kind"}, Ctx);
    if (auto W = reqStr(V, "kind", Ctx))
      if (auto Kind = inputKind(*W, V["kind"], Ctx)) F.Kind = *Kind;
    intList(V["params"], Ctx + ".params", F.Params);
    if (F.Params.empty()) {
      error(V.Mark(), Ctx + " needs 'params'");
      continue;
    }
    std::string Key = F.Name;
    Cat->InputFields[Key] = std::move(F);
  }
}

void CatalogLoader::loadKnownKeys(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'known-keys' must be a list");
    return;
  }
  for (const YAML::Node &E : N) {
    if (!expectMap(E, "a known key")) continue;
    checkKeys(E, {"hex", "text", "name"}, "a known key");
    KnownKey K;
    if (auto Nm = reqStr(E, "name", "a known key")) K.Name = *Nm;
    if (auto H = str(E["hex"], "hex")) {
      std::string Bytes;
      if (H->size() % 2 || !llvm::all_of(*H, llvm::isHexDigit)) {
        error(E["hex"].Mark(), "hex of a known key must be an even number of hex digits");
        continue;
      }
      K.Bytes = llvm::fromHex(*H);
    } else if (auto T = str(E["text"], "text")) {
      K.Bytes = *T;
    } else {
      error(E.Mark(), "a known key needs 'hex' or 'text'");
      continue;
    }
    Cat->KnownKeys.push_back(K);
  }
}

void CatalogLoader::loadTlsSuites(const YAML::Node &N) {
  if (!N.IsSequence()) {
    error(N.Mark(), "'tls-suites' must be a list");
    return;
  }
  for (const YAML::Node &E : N) {
    if (!E.IsSequence() || E.size() != 9) {
      error(E.Mark(), "a TLS suite is [name, protocol, kx, au, enc, bits, mac, export, default]");
      continue;
    }
    TlsSuite T;
    T.Name = E[0].as<std::string>();
    T.Protocol = E[1].as<std::string>();
    T.Kx = E[2].as<std::string>();
    T.Au = E[3].as<std::string>();
    T.Enc = E[4].as<std::string>();
    if (auto V = integer(E[5], "bits of a TLS suite")) T.Bits = *V;
    T.Mac = E[6].as<std::string>();
    T.Export = E[7].Scalar() == "true";
    T.InDefault = E[8].Scalar() == "true";
    Cat->TlsSuites.push_back(T);
  }
}

void CatalogLoader::loadPatterns(const YAML::Node &N) {
  if (!expectMap(N, "'patterns'")) return;
  for (auto It = N.begin(); It != N.end(); ++It) {
    std::string Name = It->first.as<std::string>();
    if (auto P = str(It->second, "pattern '" + Name + "'")) {
      auto Re = std::make_shared<Regex>(*P, Regex::IgnoreCase);
      std::string Err;
      if (!Re->isValid(Err))
        error(It->second.Mark(),
              "pattern '" + Name + "' is not a valid regular expression: " + Err);
      else
        Cat->Patterns[Name] = std::make_shared<CatalogPattern>(Re, *P);
    }
  }
}

void CatalogLoader::finish() {
  for (size_t I = 0; I < RuleRefs.size(); ++I)
    if (!Cat->RuleIndex.count(RuleRefs[I].first)) {
      CatalogError E;
      E.File = RuleRefFiles[I];
      E.Line = RuleRefs[I].second.line + 1;
      E.Col = RuleRefs[I].second.column + 1;
      E.Message =
          "insecure.rule names '" + RuleRefs[I].first + "', which is no rule of the catalog";
      Errors.push_back(E);
    }
  for (size_t I = 0; I < SpecRefs.size(); ++I) {
    const auto &[Ref, Mark] = SpecRefs[I];
    if (!Cat->Families.count(Ref)) {
      // Families are declared once; a spec naming an unknown one is a typo.
      CatalogError E;
      E.Message = "algorithm family '" + Ref + "' is not declared in any 'families' list";
      E.Line = Mark.line + 1;
      E.Col = Mark.column + 1;
      E.File = SpecFiles[I];
      Errors.push_back(E);
    }
  }
}

std::shared_ptr<const Catalog>
Catalog::loadDocuments(const std::vector<std::pair<std::string, std::string>> &Docs,
                       std::vector<CatalogError> &Errors) {
  size_t Before = Errors.size();
  CatalogLoader L(Errors);
  // Specs are checked against the families once every document is read.
  for (const auto &[Name, Text] : Docs) {
    L.loadDocument(Name, Text);
    L.SpecFiles.resize(L.SpecRefs.size(), Name);
    L.RuleRefFiles.resize(L.RuleRefs.size(), Name);
  }
  L.finish();
  if (L.Cat->Rules.empty() && Errors.size() == Before) {
    CatalogError E;
    E.File = Docs.empty() ? std::string("<catalog>") : Docs.front().first;
    E.Message = "the catalog defines no rules";
    Errors.push_back(E);
  }
  if (Errors.size() != Before) return nullptr;
  // What the catalog was made of, for the CLI's result cache: every
  // document's name and the exact text the loader read.
  SHA256 H;
  for (const auto &[Name, Text] : Docs) {
    H.update(std::to_string(Name.size()) + ":" + Name + std::to_string(Text.size()) + ":");
    H.update(Text);
  }
  L.Cat->Fingerprint = toHex(H.final(), /*LowerCase=*/true);
  std::set<std::string> Required;
  for (const auto &F : L.Cat->Functions)
    Required.insert(F.getValue().RequiresInTu.begin(), F.getValue().RequiresInTu.end());
  L.Cat->RequiredInUnit.assign(Required.begin(), Required.end());
  std::set<int64_t> Masks;
  for (const auto &F : L.Cat->Functions)
    for (const ParamModel &P : F.getValue().Params)
      for (const ParamModel::FlagSpec &FS : P.Flags) Masks.insert(FS.Bits);
  L.Cat->FlagMasks.assign(Masks.begin(), Masks.end());
  std::set<std::string> Seeders;
  for (const auto &F : L.Cat->Functions)
    Seeders.insert(F.getValue().SeededBy.begin(), F.getValue().SeededBy.end());
  L.Cat->Seeders.assign(Seeders.begin(), Seeders.end());
  for (const auto &F : L.Cat->Functions)
    for (const ParamModel &P : F.getValue().Params)
      for (const std::vector<std::string> *List : {&P.Insecure, &P.Conditional})
        for (const std::string &N : *List) {
          long long X = 0;
          if (StringRef(N).getAsInteger(0, X)) L.Cat->SettingNames.insert(N);
        }
  for (const auto &F : L.Cat->Functions) {
    StringRef N = F.getKey();
    // "-[NSMutableDictionary setObject:forKey:]": a dictionary writer by selector.
    if (F.getValue().dictionaryWriter() && N.starts_with("-[") && N.ends_with("]"))
      L.Cat->DictionarySelectors.try_emplace(N.drop_back().split(' ').second, N.str());
    size_t Sep = N.rfind("::");
    if (Sep == StringRef::npos) {
      L.Cat->CalleeNames.insert(N);
      continue;
    }
    StringRef Last = N.drop_front(Sep + 2), Head = N.take_front(Sep);
    size_t Prev = Head.rfind("::");
    StringRef Cls = Prev == StringRef::npos ? Head : Head.drop_front(Prev + 2);
    if (Cls == Last)
      L.Cat->CtorClasses.insert(Cls); // "ns::Class::Class"
    else
      L.Cat->CalleeNames.insert(Last);
  }
  return L.Cat;
}

std::shared_ptr<const Catalog> Catalog::load(const std::vector<std::string> &Dirs,
                                             std::vector<CatalogError> &Errors) {
  std::vector<std::pair<std::string, std::string>> Docs;
  size_t Before = Errors.size();
  for (const std::string &Dir : Dirs) {
    if (sys::fs::is_regular_file(Dir)) {
      auto Buf = MemoryBuffer::getFile(Dir);
      if (!Buf)
        Errors.push_back({Dir, 0, 0, "cannot read catalog file: " + Buf.getError().message()});
      else
        Docs.push_back({Dir, (*Buf)->getBuffer().str()});
      continue;
    }
    if (!sys::fs::is_directory(Dir)) {
      Errors.push_back({Dir, 0, 0, "catalog directory does not exist"});
      continue;
    }
    std::vector<std::string> Files;
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC)) {
      StringRef P = It->path();
      // Policy profiles are loaded on request (catalog/Profile.h).
      if (sys::path::filename(P) == "profiles" && sys::fs::is_directory(P)) {
        It.no_push();
        continue;
      }
      if (P.ends_with(".yaml") || P.ends_with(".yml")) Files.push_back(P.str());
    }
    if (EC) Errors.push_back({Dir, 0, 0, "cannot list catalog directory: " + EC.message()});
    std::sort(Files.begin(), Files.end());
    for (const std::string &F : Files) {
      // A FIFO would block the load, a device feed it without end.
      sys::fs::file_status St;
      if (!sys::fs::status(F, St) && St.type() != sys::fs::file_type::regular_file) {
        Errors.push_back(
            {F, 0, 0, "catalog file is not a regular file (a directory, FIFO, socket or device)"});
        continue;
      }
      uint64_t Size = 0;
      if (!sys::fs::file_size(F, Size) && Size > 16 * 1024 * 1024) {
        Errors.push_back({F, 0, 0, "catalog file is larger than 16 MiB"});
        continue;
      }
      auto Buf = MemoryBuffer::getFile(F);
      if (!Buf)
        Errors.push_back({F, 0, 0, "cannot read catalog file: " + Buf.getError().message()});
      else
        Docs.push_back({F, (*Buf)->getBuffer().str()});
    }
  }
  if (Errors.size() != Before) return nullptr;
  return loadDocuments(Docs, Errors);
}

std::string Catalog::defaultRulesDir(const std::string &SelfPath) {
  if (auto Env = sys::Process::GetEnv("BACKDOOR_SCAN_RULES")) return *Env;
  if (!SelfPath.empty()) {
    // <prefix>/bin/backdoor-scan or <prefix>/lib/backdoor-scan/plugin.so
    SmallString<256> P(sys::path::parent_path(SelfPath));
    for (int Up = 0; Up < 2; ++Up) {
      SmallString<256> Candidate(P);
      sys::path::append(Candidate, "share", "backdoor-scan", "rules");
      if (sys::fs::is_directory(Candidate)) return std::string(Candidate);
      P = sys::path::parent_path(P);
    }
  }
  return BACKDOOR_SOURCE_RULES_DIR;
}

std::shared_ptr<const Catalog> Catalog::getShared(const std::vector<std::string> &Dirs,
                                                  std::vector<CatalogError> &Errors) {
  static std::mutex M;
  static std::map<std::vector<std::string>, std::shared_ptr<const Catalog>> Cache;
  std::lock_guard<std::mutex> Lock(M);
  auto It = Cache.find(Dirs);
  if (It != Cache.end()) return It->second;
  auto C = load(Dirs, Errors);
  if (C) Cache[Dirs] = C;
  return C;
}

namespace {

/// What a part of an expression requires of every match: one of Words
/// (Has), or nothing known.
struct Requirement {
  bool Has = false;
  std::vector<std::string> Words;
  /// The shorter the shortest word, the weaker the filter; then the more words.
  bool betterThan(const Requirement &O) const {
    if (!Has || !O.Has) return Has;
    auto Shortest = [](const Requirement &R) {
      size_t N = SIZE_MAX;
      for (const std::string &W : R.Words) N = std::min(N, W.size());
      return N;
    };
    size_t A = Shortest(*this), B = Shortest(O);
    return A != B ? A > B : Words.size() < O.Words.size();
  }
};

/// A conservative reading of a POSIX extended expression (llvm::Regex's
/// syntax): literal characters, groups, alternation, bracket expressions,
/// anchors, the dot, escapes and quantifiers. Whatever it does not know
/// (an escape, a bracket, a quantified atom) requires nothing.
class RequiredWords {
public:
  explicit RequiredWords(StringRef S) : S(S) {}
  std::vector<std::string> run() {
    Requirement R = alternation();
    if (Failed || I != S.size() || !R.Has) return {};
    std::sort(R.Words.begin(), R.Words.end());
    R.Words.erase(std::unique(R.Words.begin(), R.Words.end()), R.Words.end());
    return R.Words;
  }

private:
  Requirement alternation() {
    Requirement All;
    All.Has = true;
    for (;;) {
      Requirement B = concatenation();
      if (!B.Has) All.Has = false;
      if (All.Has) All.Words.insert(All.Words.end(), B.Words.begin(), B.Words.end());
      if (I < S.size() && S[I] == '|') {
        ++I;
        continue;
      }
      break;
    }
    if (!All.Has) All.Words.clear();
    return All;
  }
  bool quantifier() {
    if (I >= S.size()) return false;
    char C = S[I];
    if (C == '*' || C == '+' || C == '?') {
      ++I;
      return true;
    }
    if (C == '{') {
      size_t E = S.find('}', I);
      if (E == StringRef::npos) {
        Failed = true;
        return true;
      }
      I = E + 1;
      return true;
    }
    return false;
  }
  Requirement concatenation() {
    Requirement Best;
    std::string Run;
    auto Flush = [&] {
      if (!Run.empty()) {
        Requirement W;
        W.Has = true;
        W.Words.push_back(Run);
        if (W.betterThan(Best)) Best = W;
      }
      Run.clear();
    };
    while (I < S.size() && !Failed) {
      char C = S[I];
      if (C == '|' || C == ')') break;
      if (C == '(') {
        // Nested deeper than any name pattern: not read (the catalog may
        // come from a configuration; the reading recurses per group).
        if (++Nesting > 32) {
          Failed = true;
          break;
        }
        ++I;
        Requirement G = alternation();
        --Nesting;
        if (I >= S.size() || S[I] != ')') {
          Failed = true;
          break;
        }
        ++I;
        Flush();
        if (!quantifier() && G.betterThan(Best)) Best = G;
        continue;
      }
      if (C == '[') {
        // A bracket expression: "]" first (after "^") is a member; classes
        // such as [:alpha:] hold a "]" of their own.
        size_t J = I + 1;
        if (J < S.size() && S[J] == '^') ++J;
        if (J < S.size() && S[J] == ']') ++J;
        while (J < S.size() && S[J] != ']') {
          if (S[J] == '[' && J + 1 < S.size() && (S[J + 1] == ':' || S[J + 1] == '.' || S[J + 1] == '=')) {
            size_t E = S.find((Twine(S[J + 1]) + "]").str(), J + 2);
            if (E == StringRef::npos) break;
            J = E + 2;
            continue;
          }
          ++J;
        }
        if (J >= S.size()) {
          Failed = true;
          break;
        }
        I = J + 1;
        Flush();
        quantifier();
        continue;
      }
      if (C == '\\') {
        I += 2;
        Flush();
        quantifier();
        continue;
      }
      if (C == '^' || C == '$' || C == '.' || C == '*' || C == '+' || C == '?' || C == '{') {
        ++I;
        Flush();
        quantifier();
        continue;
      }
      ++I;
      if (quantifier()) {
        Flush();
        continue;
      }
      Run += static_cast<char>(toLower(C));
    }
    Flush();
    return Best;
  }
  StringRef S;
  size_t I = 0;
  unsigned Nesting = 0;
  bool Failed = false;
};

} // namespace

std::vector<std::string> CatalogPattern::requiredWordsOf(StringRef Source) {
  return RequiredWords(Source).run();
}

CatalogPattern::CatalogPattern(std::shared_ptr<Regex> Re, StringRef Source)
    : Re(std::move(Re)), Words(requiredWordsOf(Source)) {}

bool CatalogPattern::match(StringRef Text) const {
  std::lock_guard<std::mutex> Lock(M);
  auto It = Memo.find(Text);
  if (It != Memo.end()) return It->second;
  bool R;
  if (!Words.empty()) {
    std::string Lower = Text.lower();
    R = false;
    for (const std::string &W : Words)
      if (StringRef(Lower).contains(W)) {
        R = true;
        break;
      }
    if (R) R = Re->match(Text);
  } else {
    R = Re->match(Text);
  }
  // A bound on what a long-lived process (clang-tidy over a whole project)
  // keeps; a unit asks about far fewer names.
  if (Memo.size() >= (1u << 16)) Memo.clear();
  Memo[Text] = R;
  return R;
}

const CatalogPattern *Catalog::pattern(StringRef Name) const {
  auto It = Patterns.find(Name.str());
  return It == Patterns.end() ? nullptr : It->second.get();
}

const Rule *Catalog::rule(StringRef Id) const {
  auto It = RuleIndex.find(Id);
  return It == RuleIndex.end() ? nullptr : &Rules[It->second];
}

const FunctionModel *Catalog::function(StringRef Name) const {
  auto It = Functions.find(Name);
  return It == Functions.end() ? nullptr : &It->second;
}

const FunctionModel *Catalog::dictionaryMethod(StringRef Selector) const {
  auto It = DictionarySelectors.find(Selector);
  return It == DictionarySelectors.end() ? nullptr : function(It->second);
}

const FamilyInfo *Catalog::family(AlgKind Kind, StringRef Family) const {
  auto It = Families.find((algKindName(Kind) + ":" + Family).str());
  return It == Families.end() ? nullptr : &It->second;
}

const ParamKeyModel *Catalog::paramKey(StringRef Key) const {
  auto It = ParamKeys.find(Key);
  return It == ParamKeys.end() ? nullptr : &It->second;
}

/// Mode and key size of a cipher name, read from its tokens: "aes-128-ecb",
/// "des-ede3-cbc", "rc4-40", "id-aes256-GCM"; the size of a curve or group
/// from its name: "secp112r1", "brainpoolP160r1", "ffdhe2048".
static void fillFromTokens(StringRef Lower, AlgSpec &A) {
  static const char *Modes[] = {"ecb", "cbc", "cfb", "cfb1", "cfb8", "cfb64", "ofb",   "ctr",
                                "gcm", "ccm", "ocb", "xts",  "wrap", "siv",   "stream"};
  auto Plausible = [&](unsigned V) {
    if (A.Kind == AlgKind::Cipher)
      return V == 40 || V == 56 || V == 64 || V == 80 || V == 112 || V == 128 || V == 168 ||
             V == 192 || V == 256;
    if (A.Kind == AlgKind::Curve) return V >= 100 && V <= 600;
    return V >= 256 && V <= 16384; // groups
  };
  // Tokens: "aes-128-ecb", and Botan's "AES-128/ECB/NoPadding", "TripleDES(...)".
  SmallVector<StringRef, 8> Toks;
  SplitString(Lower, Toks, "-/(),");
  for (StringRef T : Toks) {
    if (A.Mode.empty() && llvm::is_contained(Modes, T)) A.Mode = T.str();
    for (size_t I = 0; I < T.size() && !A.Bits;) {
      if (!isDigit(T[I])) {
        ++I;
        continue;
      }
      size_t J = I;
      while (J < T.size() && isDigit(T[J])) ++J;
      unsigned V = 0;
      if (!T.slice(I, J).getAsInteger(10, V) && Plausible(V)) A.Bits = V;
      I = J;
    }
  }
}

std::optional<AlgSpec> Catalog::name(StringRef Name) const {
  std::string Lower = Name.trim().lower();
  std::replace(Lower.begin(), Lower.end(), '_', '-');
  {
    std::lock_guard<std::mutex> Lock(CacheMutex);
    auto It = NameCache.find(Lower);
    if (It != NameCache.end()) {
      std::optional<AlgSpec> R = It->second;
      if (R) R->Spelling = Name.str(); // the cache is shared by every spelling
      return R;
    }
  }
  std::optional<AlgSpec> Result;
  // Botan's "Cipher/Mode/Padding": the cipher names the family when the
  // whole specification is no name; the mode comes from every token.
  std::string Head = StringRef(Lower).split('/').first.str();
  for (const NamePattern &P : Names) {
    if (!P.Re->match(Lower) && (Head == Lower || !P.Re->match(Head) || !AlgSpec::parse(P.Spec) ||
                                AlgSpec::parse(P.Spec)->Kind != AlgKind::Cipher))
      continue;
    AlgSpec A = *AlgSpec::parse(P.Spec);
    if (A.Kind == AlgKind::Cipher || A.Kind == AlgKind::Curve || A.Kind == AlgKind::Group)
      fillFromTokens(Lower, A);
    if (A.Kind == AlgKind::Cipher && A.Mode.empty() && A.Family != "rc4" && A.Family != "null" &&
        A.Family != "chacha20")
      A.Mode = "cbc"; // OpenSSL's short aliases ("des", "bf", "aes128") mean CBC
    if (!A.Bits)
      if (const FamilyInfo *F = family(A.Kind, A.Family)) A.Bits = F->KeyBits;
    A.Spelling = Name.str();
    Result = A;
    break;
  }
  std::lock_guard<std::mutex> Lock(CacheMutex);
  NameCache[Lower] = Result;
  return Result;
}

std::optional<AlgSpec> Catalog::typeSpec(StringRef QualifiedName) const {
  auto It = Types.find(QualifiedName);
  if (It == Types.end()) return std::nullopt;
  AlgSpec A = It->second;
  if (!A.Bits)
    if (const FamilyInfo *F = family(A.Kind, A.Family)) A.Bits = F->KeyBits;
  return A;
}

StringRef Catalog::typeContext(StringRef QualifiedName) const {
  auto It = TypeContexts.find(QualifiedName);
  return It == TypeContexts.end() ? StringRef() : StringRef(It->second);
}

std::optional<AlgSpec> Catalog::symbol(StringRef Identifier) const {
  auto It = Symbols.find(Identifier);
  if (It != Symbols.end()) {
    AlgSpec A = It->second;
    if (!A.Bits)
      if (const FamilyInfo *F = family(A.Kind, A.Family)) A.Bits = F->KeyBits;
    return A;
  }
  {
    std::lock_guard<std::mutex> Lock(CacheMutex);
    auto C = SymbolCache.find(Identifier);
    if (C != SymbolCache.end()) return C->second;
  }
  std::optional<AlgSpec> Result;
  for (const SymbolPattern &P : SymbolPatterns) {
    if (P.Name.empty() && P.Spec.empty()) continue; // a carrier only
    SmallVector<StringRef, 4> Groups;
    if (!P.Re->match(Identifier, &Groups)) continue;
    if (!P.Spec.empty()) {
      Result = *AlgSpec::parse(P.Spec);
    } else {
      // "$1" names the pattern's first capture group; the loader wrapped the
      // pattern in one more group, so it is Groups[2].
      std::string N = P.Name;
      for (size_t G = Groups.size(); G-- > 2;) {
        std::string Var = "$" + std::to_string(G - 1);
        size_t Pos;
        while ((Pos = N.find(Var)) != std::string::npos)
          N.replace(Pos, Var.size(), Groups[G].str());
      }
      Result = name(N);
    }
    if (Result) {
      Result->Spelling = Identifier.str();
      break;
    }
  }
  std::lock_guard<std::mutex> Lock(CacheMutex);
  SymbolCache[Identifier] = Result;
  return Result;
}

std::optional<unsigned> Catalog::carriedArgument(StringRef MacroName) const {
  if (!HasCarriers) return std::nullopt;
  std::lock_guard<std::mutex> Lock(CacheMutex);
  auto C = CarrierCache.find(MacroName);
  if (C != CarrierCache.end()) return C->second;
  std::optional<unsigned> Result;
  for (const SymbolPattern &P : SymbolPatterns)
    if (P.Argument >= 0 && P.Re->match(MacroName)) {
      Result = unsigned(P.Argument);
      break;
    }
  CarrierCache[MacroName] = Result;
  return Result;
}

} // namespace backdoor
