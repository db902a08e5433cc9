//===--- Loader.h - reads the YAML catalog -----------------------*- C++ -*-===//
//
// The catalog loader: the YAML helpers that validate every value with a
// `file:line:col:` error, and one reader per top-level key of a catalog file.
// The keys of a `functions:` entry are declared once in FunctionSchema.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CATALOG_LOADER_H
#define BACKDOOR_CATALOG_LOADER_H

#include "catalog/Catalog.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include <yaml-cpp/yaml.h>

namespace backdoor {

using llvm::ArrayRef;
using llvm::Regex;
using llvm::StringRef;
using llvm::StringSet;
using llvm::Twine;

/// Contexts a model may name (roles: parseRole).
extern const char *const KnownContexts[];
extern const size_t NumKnownContexts;
/// The spellings a `sink: {kind:}` (or, with \p Handles, a `sink-handle:`) may use.
std::vector<llvm::StringRef> catalogSinkKinds(bool Handles);

/// Reads the YAML documents and builds a catalog; collects every error.
class CatalogLoader {
public:
  std::vector<CatalogError> &Errors;
  std::shared_ptr<Catalog> Cat = std::make_shared<Catalog>();
  std::string File;
  StringSet<> RuleIdsSeen;
  std::vector<std::pair<std::string, YAML::Mark>> SpecRefs; // checked at the end

  explicit CatalogLoader(std::vector<CatalogError> &E) : Errors(E) {}

  void error(const YAML::Mark &M, const Twine &Msg) {
    CatalogError E;
    E.File = File;
    if (!M.is_null()) {
      E.Line = M.line + 1;
      E.Col = M.column + 1;
    }
    E.Message = Msg.str();
    Errors.push_back(std::move(E));
  }

  bool expectMap(const YAML::Node &N, const Twine &What) {
    if (N.IsMap()) return true;
    error(N.Mark(), What + " must be a mapping");
    return false;
  }

  void checkKeys(const YAML::Node &N, ArrayRef<StringRef> Allowed, const Twine &What) {
    for (auto It = N.begin(); It != N.end(); ++It) {
      std::string K = It->first.as<std::string>();
      if (!llvm::is_contained(Allowed, StringRef(K)))
        error(It->first.Mark(), "unknown key '" + K + "' in " + What +
                                    " (allowed: " + llvm::join(Allowed, ", ") + ")");
    }
  }

  std::optional<std::string> str(const YAML::Node &N, const Twine &What, bool Required = true) {
    if (!N) {
      return std::nullopt;
    }
    if (!N.IsScalar()) {
      error(N.Mark(), What + " must be a string");
      return std::nullopt;
    }
    return N.as<std::string>();
  }

  /// The input kind \p Spelling names (an `input:`, `input-callback:` or
  /// `input-fields` kind); else an error at \p At naming \p Where.
  std::optional<InputKind> inputKind(const std::string &Spelling, const YAML::Node &At,
                                     const std::string &Where) {
    std::optional<InputKind> K = parseInputKind(Spelling);
    if (!K)
      error(At.Mark(), "unknown input kind '" + Spelling + "' in " + Where +
                           " (known: " + llvm::join(inputKindNames(), ", ") + ")");
    return K;
  }
  std::optional<std::string> reqStr(const YAML::Node &Parent, StringRef Key, const Twine &What) {
    YAML::Node N = Parent[std::string(Key)];
    if (!N) {
      error(Parent.Mark(), What + " is missing required key '" + Key + "'");
      return std::nullopt;
    }
    auto S = str(N, "'" + Key + "' of " + What);
    if (S && S->empty()) {
      error(N.Mark(), "'" + Key + "' of " + What + " must not be empty");
      return std::nullopt;
    }
    return S;
  }

  std::vector<std::string> strList(const YAML::Node &N, const Twine &What) {
    std::vector<std::string> Out;
    if (!N) return Out;
    if (N.IsScalar()) {
      Out.push_back(N.as<std::string>());
      return Out;
    }
    if (!N.IsSequence()) {
      error(N.Mark(), What + " must be a list of strings");
      return Out;
    }
    for (const auto &E : N) {
      if (!E.IsScalar())
        error(E.Mark(), What + " must be a list of strings");
      else
        Out.push_back(E.as<std::string>());
    }
    return Out;
  }
  /// An argument position or a list of them, appended to \p Out.
  void intList(const YAML::Node &L, const std::string &What, std::vector<int> &Out) {
    if (!L) return;
    if (L.IsScalar()) {
      if (auto V = integer(L, What)) Out.push_back(*V);
    } else if (L.IsSequence()) {
      for (const auto &X : L)
        if (auto V = integer(X, What)) Out.push_back(*V);
    } else {
      error(L.Mark(), What + " must be an argument position or a list");
    }
  }

  /// `true` or `false`, nothing else; returns whether \p Out was set.
  bool flag(const YAML::Node &B, const std::string &What, bool &Out) {
    if (!B) return false;
    if (!B.IsScalar() || (B.Scalar() != "true" && B.Scalar() != "false")) {
      error(B.Mark(), What + " must be true or false");
      return false;
    }
    Out = B.Scalar() == "true";
    return true;
  }

  /// A key given twice in one mapping is an error at both positions (YAML
  /// parsers keep one of them silently).
  void checkDuplicateKeys(const YAML::Node &N, unsigned Depth = 0) {
    if (Depth > 64) return; // the parser's own depth limit stops anything deeper
    if (N.IsSequence()) {
      for (const auto &E : N) checkDuplicateKeys(E, Depth + 1);
      return;
    }
    if (!N.IsMap()) return;
    llvm::StringMap<YAML::Mark> Seen;
    for (auto It = N.begin(); It != N.end(); ++It) {
      if (It->first.IsScalar()) {
        auto [At, New] = Seen.try_emplace(It->first.Scalar(), It->first.Mark());
        if (!New) {
          const YAML::Mark &First = At->second;
          error(It->first.Mark(), "duplicate key '" + It->first.Scalar() + "' (first at line " +
                                      Twine(First.line + 1) + ", column " +
                                      Twine(First.column + 1) + ")");
        }
      }
      checkDuplicateKeys(It->second, Depth + 1);
    }
  }

  /// `when: {arg: N, is: [SYMBOL...]}`: a model holds only for these values of argument N.
  void whenClause(const YAML::Node &W, const std::string &What, int &Arg,
                  std::vector<std::string> &Is) {
    if (!W || !expectMap(W, What)) return;
    checkKeys(W, {"arg", "is"}, What);
    if (W["arg"])
      if (auto A = integer(W["arg"], What + ".arg")) Arg = *A;
    Is = strList(W["is"], What + ".is");
    if (Arg < 0 || Is.empty()) error(W.Mark(), What + " needs 'arg' and 'is'");
  }

  std::optional<long> integer(const YAML::Node &N, const Twine &What) {
    long V = 0;
    if (!N.IsScalar() || StringRef(N.Scalar()).getAsInteger(0, V)) {
      error(N.Mark(), What + " must be an integer");
      return std::nullopt;
    }
    return V;
  }

  std::optional<AlgSpec> spec(const YAML::Node &N, const Twine &What) {
    auto S = str(N, What);
    if (!S) return std::nullopt;
    auto A = AlgSpec::parse(*S);
    if (!A) {
      error(N.Mark(), What + " '" + *S +
                          "' is not an algorithm spec (kind:family[:mode[:bits]], kind one of "
                          "cipher, digest, curve, padding, pkey, group)");
      return std::nullopt;
    }
    SpecRefs.push_back({(algKindName(A->Kind) + ":" + A->Family).str(), N.Mark()});
    return A;
  }

  std::shared_ptr<Regex> regex(const YAML::Node &N, const std::string &Pattern, const Twine &What) {
    auto Re = std::make_shared<Regex>("^(" + Pattern + ")$", Regex::IgnoreCase);
    std::string Err;
    if (!Re->isValid(Err)) {
      error(N.Mark(), What + " '" + Pattern + "' is not a valid regular expression: " + Err);
      return nullptr;
    }
    return Re;
  }

  void loadDocument(const std::string &FileName, const std::string &Text);

  void loadRules(const YAML::Node &N);

  void loadFamilies(const YAML::Node &N);

  void loadThresholds(const YAML::Node &N);

  void loadFunctions(const YAML::Node &N, const std::string &Library);

  void loadConstants(const YAML::Node &N);

  void loadSymbols(const YAML::Node &N);

  void loadSymbolPatterns(const YAML::Node &N);
  void loadTypes(const YAML::Node &N);
  void loadTypeContexts(const YAML::Node &N);

  void loadNames(const YAML::Node &N);

  void loadParamKeys(const YAML::Node &N);

  void loadParamStructs(const YAML::Node &N);
  void loadInputFields(const YAML::Node &N);

  void loadKnownKeys(const YAML::Node &N);

  void loadTlsSuites(const YAML::Node &N);

  void loadPatterns(const YAML::Node &N);

  void finish();
  std::vector<std::string> SpecFiles; // parallel to SpecRefs
  std::vector<std::pair<std::string, YAML::Mark>> RuleRefs;
  std::vector<std::string> RuleRefFiles;
};

} // namespace backdoor

#endif
