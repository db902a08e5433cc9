//===--- Profile.cpp - policy profiles (rules/profiles/*.yaml) -----------===//
//
// Every yaml-cpp call happens inside ProfileLoader::apply, which catches its
// exceptions and turns each problem into `file:line:col: error:`.
//
//===----------------------------------------------------------------------===//
#include "catalog/Profile.h"
#include "catalog/Rules.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <yaml-cpp/yaml.h>

using namespace llvm;

namespace backdoor {

bool Profile::enables(StringRef Rule) const { return llvm::is_contained(Enable, Rule.str()); }

class ProfileLoader {
public:
  ProfileLoader(Catalog &Cat, std::string File, std::vector<CatalogError> &Errors)
      : Cat(Cat), File(std::move(File)), Errors(Errors) {}

  bool apply(const std::string &Text) {
    size_t Before = Errors.size();
    auto P = std::make_shared<Profile>();
    P->File = File;
    P->Name = sys::path::stem(File).str();
    try {
      YAML::Node Root = YAML::Load(Text);
      if (!Root.IsMap()) {
        error(Root.Mark(), "a profile is a mapping (schema, profile, thresholds, status, enable, "
                           "quantum)");
        return false;
      }
      checkKeys(Root,
                {"schema", "profile", "description", "thresholds", "status", "enable", "quantum"},
                "the profile");
      YAML::Node Schema = Root["schema"];
      if (!Schema)
        error(Root.Mark(), "the profile is missing required key 'schema'");
      else if (auto V = integer(Schema, "schema"); V && *V != CatalogSchemaVersion)
        error(Schema.Mark(), "unsupported profile schema " + std::to_string(*V) +
                                 " (this build reads schema " +
                                 std::to_string(CatalogSchemaVersion) + ")");
      if (YAML::Node N = Root["profile"]) P->Name = scalar(N, "profile");
      if (YAML::Node N = Root["description"]) P->Description = scalar(N, "description");
      if (YAML::Node T = Root["thresholds"]) thresholds(T);
      if (YAML::Node S = Root["status"]) status(S);
      if (YAML::Node E = Root["enable"]) {
        if (!E.IsSequence())
          error(E.Mark(), "'enable' must be a list of rule ids");
        else
          for (const YAML::Node &R : E) {
            std::string Id = scalar(R, "a rule id of 'enable'");
            if (Id.empty()) continue;
            if (!Cat.rule(Id))
              error(R.Mark(), "'enable' names no rule of the catalog: '" + Id + "'");
            else
              P->Enable.push_back(Id);
          }
      }
      if (YAML::Node Q = Root["quantum"]) {
        if (!Q.IsMap())
          error(Q.Mark(), "'quantum' must be a mapping (kem, signature)");
        else {
          checkKeys(Q, {"kem", "signature"}, "'quantum'");
          if (Q["kem"]) P->KemTarget = scalar(Q["kem"], "quantum.kem");
          if (Q["signature"]) P->SignatureTarget = scalar(Q["signature"], "quantum.signature");
        }
      }
    } catch (const YAML::Exception &E) {
      error(E.mark, E.msg);
    } catch (const std::exception &E) {
      Errors.push_back({File, 0, 0, E.what()});
    }
    if (Errors.size() != Before) return false;
    Cat.Prof = std::move(P);
    return true;
  }

private:
  Catalog &Cat;
  std::string File;
  std::vector<CatalogError> &Errors;

  void error(const YAML::Mark &M, const std::string &Msg) {
    bool Known = M.line >= 0 && M.column >= 0;
    Errors.push_back(
        {File, Known ? unsigned(M.line + 1) : 0, Known ? unsigned(M.column + 1) : 0, Msg});
  }

  void checkKeys(const YAML::Node &N, ArrayRef<StringRef> Allowed, const std::string &What) {
    for (auto It = N.begin(); It != N.end(); ++It) {
      std::string K = It->first.as<std::string>();
      if (!llvm::is_contained(Allowed, StringRef(K)))
        error(It->first.Mark(), "unknown key '" + K + "' in " + What +
                                    " (allowed: " + llvm::join(Allowed, ", ") + ")");
    }
  }

  std::string scalar(const YAML::Node &N, const std::string &What) {
    if (!N.IsScalar()) {
      error(N.Mark(), What + " must be a string");
      return "";
    }
    return N.as<std::string>();
  }

  std::optional<int64_t> integer(const YAML::Node &N, const std::string &What) {
    int64_t V = 0;
    if (!N.IsScalar() || StringRef(N.Scalar()).getAsInteger(10, V)) {
      error(N.Mark(), What + " must be an integer");
      return std::nullopt;
    }
    return V;
  }

  void thresholds(const YAML::Node &T) {
    if (!T.IsMap()) {
      error(T.Mark(), "'thresholds' must be a mapping (min-bits, min-work)");
      return;
    }
    checkKeys(T, {"min-bits", "min-work"}, "'thresholds'");
    if (YAML::Node M = T["min-bits"]) {
      if (!M.IsMap())
        error(M.Mark(), "'min-bits' must be a mapping of algorithm to bits");
      else
        for (auto It = M.begin(); It != M.end(); ++It) {
          std::string K = It->first.as<std::string>();
          if (auto V = integer(It->second, "min-bits of '" + K + "'")) {
            if (*V <= 0 || *V > (1 << 20))
              error(It->second.Mark(), "min-bits of '" + K + "' must be from 1 to 1048576");
            else
              Cat.Limits.MinBits[K] = unsigned(*V);
          }
        }
    }
    if (YAML::Node W = T["min-work"]) {
      if (!W.IsMap())
        error(W.Mark(), "'min-work' must be a mapping of parameter to value");
      else
        for (auto It = W.begin(); It != W.end(); ++It) {
          std::string K = It->first.as<std::string>();
          if (!Thresholds::isWorkKey(K)) {
            error(It->first.Mark(), "unknown min-work parameter '" + K +
                                        "' (known: pbkdf2, pbkdf2-critical, pbkdf2-sha1, "
                                        "pbkdf2-sha256, pbkdf2-sha512, scrypt-n, argon2-ops, "
                                        "argon2-mem, salt-bytes, bcrypt-cost, sha-crypt-rounds)");
            continue;
          }
          if (auto V = integer(It->second, "min-work of '" + K + "'")) {
            if (*V < 0)
              error(It->second.Mark(), "min-work of '" + K + "' must not be negative");
            else
              Cat.Limits.MinWork[K] = uint64_t(*V);
          }
        }
    }
  }

  /// Algorithm verdicts: `kind:family: broken|legacy|ok`.
  void status(const YAML::Node &S) {
    if (!S.IsMap()) {
      error(S.Mark(), "'status' must be a mapping of kind:family to broken, legacy or ok");
      return;
    }
    for (auto It = S.begin(); It != S.end(); ++It) {
      std::string K = It->first.as<std::string>();
      std::string V = scalar(It->second, "the status of '" + K + "'");
      if (V.empty()) continue;
      std::optional<FamilyStatus> St = parseFamilyStatus(V);
      if (!St || *St == FamilyStatus::Null) {
        error(It->second.Mark(), "the status of '" + K + "' must be broken, legacy or ok");
        continue;
      }
      auto F = Cat.Families.find(K);
      if (F == Cat.Families.end()) {
        error(It->first.Mark(), "'" + K +
                                    "' is no algorithm family of the catalog (kind:family, "
                                    "as in rules/algorithms.yaml)");
        continue;
      }
      F->second.Status = *St;
    }
  }
};

std::string findProfile(const std::vector<std::string> &Dirs, StringRef NameOrPath) {
  if (NameOrPath.contains('/') || NameOrPath.ends_with(".yaml") || NameOrPath.ends_with(".yml"))
    return sys::fs::is_regular_file(NameOrPath) ? NameOrPath.str() : std::string();
  for (auto It = Dirs.rbegin(); It != Dirs.rend(); ++It) {
    SmallString<256> P(*It);
    sys::path::append(P, "profiles", NameOrPath + ".yaml");
    if (sys::fs::is_regular_file(P)) return std::string(P);
  }
  return "";
}

std::vector<std::string> profileNames(const std::vector<std::string> &Dirs) {
  std::vector<std::string> Out;
  for (const std::string &D : Dirs) {
    SmallString<256> P(D);
    sys::path::append(P, "profiles");
    std::error_code EC;
    for (sys::fs::directory_iterator It(P, EC), End; It != End && !EC; It.increment(EC))
      if (StringRef(It->path()).ends_with(".yaml"))
        Out.push_back(sys::path::stem(It->path()).str());
  }
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

bool applyProfileText(Catalog &Cat, const std::string &File, const std::string &Text,
                      std::vector<CatalogError> &Errors) {
  return ProfileLoader(Cat, File, Errors).apply(Text);
}

std::shared_ptr<const Catalog> getProfiledCatalog(const std::vector<std::string> &Dirs,
                                                  StringRef NameOrPath,
                                                  std::vector<CatalogError> &Errors) {
  std::string Path = findProfile(Dirs, NameOrPath.empty() ? "default" : NameOrPath);
  if (Path.empty()) {
    if (NameOrPath.empty()) return Catalog::getShared(Dirs, Errors); // no default profile
    std::string Names = llvm::join(profileNames(Dirs), ", ");
    Errors.push_back({NameOrPath.str(), 0, 0,
                      "no policy profile of this name or path (profiles: " + Names + ")"});
    return nullptr;
  }
  static std::mutex M;
  static std::map<std::pair<std::vector<std::string>, std::string>, std::shared_ptr<const Catalog>>
      Cache;
  std::lock_guard<std::mutex> Lock(M);
  auto Key = std::make_pair(Dirs, Path);
  auto It = Cache.find(Key);
  if (It != Cache.end()) return It->second;
  // A catalog of its own: the shared one stays as the files say.
  std::shared_ptr<const Catalog> C = Catalog::load(Dirs, Errors);
  if (!C) return nullptr;
  auto Buf = MemoryBuffer::getFile(Path);
  if (!Buf) {
    Errors.push_back({Path, 0, 0, "cannot read the profile: " + Buf.getError().message()});
    return nullptr;
  }
  // load() made this catalog and nobody else holds it yet.
  if (!applyProfileText(const_cast<Catalog &>(*C), Path, (*Buf)->getBuffer().str(), Errors))
    return nullptr;
  Cache[Key] = C;
  return C;
}

} // namespace backdoor
