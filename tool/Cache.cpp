//===--- Cache.cpp - results of unchanged translation units --------------===//
#include "Cache.h"
#include "report/Emitters.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace backdoor {

static std::string hex(uint64_t V) { return utohexstr(V, /*LowerCase=*/true, 16); }

std::optional<std::string> ResultCache::fileHash(StringRef Path) {
  auto B = MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!B) return std::nullopt;
  return hex(xxh3_64bits((*B)->getBuffer()));
}

std::string ResultCache::defaultDir() {
  if (auto E = sys::Process::GetEnv("BACKDOOR_SCAN_CACHE")) return *E;
  SmallString<256> P;
  if (auto X = sys::Process::GetEnv("XDG_CACHE_HOME")) P = *X;
  else if (!sys::path::home_directory(P)) return "";
  else sys::path::append(P, ".cache");
  sys::path::append(P, "backdoor-scan");
  return std::string(P);
}

std::optional<std::string> ResultCache::key(const std::vector<std::string> &CommandLine,
                                            StringRef Directory, StringRef File) const {
  auto Main = fileHash(File);
  if (!Main) return std::nullopt;
  std::string K = Salt + "\n" + Directory.str() + "\n" + File.str() + "\n" + *Main;
  for (const std::string &A : CommandLine) K += "\n" + A;
  return hex(xxh3_64bits(K)) + hex(xxh3_64bits(K + "#2"));
}

std::string ResultCache::entryPath(StringRef Key) const {
  SmallString<256> P(Dir);
  sys::path::append(P, Key.take_front(2), Key.str() + ".json");
  return std::string(P);
}

std::vector<std::string> ResultCache::parseDepFile(StringRef Text) {
  std::vector<std::string> Out;
  size_t Colon = Text.find(": ");
  if (Colon == StringRef::npos) return Out;
  StringRef Rest = Text.drop_front(Colon + 2);
  std::string Cur;
  for (size_t I = 0; I < Rest.size(); ++I) {
    char C = Rest[I];
    if (C == '\\' && I + 1 < Rest.size()) {
      char N = Rest[I + 1];
      if (N == '\n') { ++I; continue; }                       // line continuation
      if (N == '\r' && I + 2 < Rest.size() && Rest[I + 2] == '\n') { I += 2; continue; }
      if (N == ' ' || N == '#' || N == '\\') { Cur += N; ++I; continue; }
    }
    if (C == '$' && I + 1 < Rest.size() && Rest[I + 1] == '$') { Cur += '$'; ++I; continue; }
    if (C == ' ' || C == '\n' || C == '\t' || C == '\r') {
      if (!Cur.empty()) Out.push_back(Cur);
      Cur.clear();
      continue;
    }
    Cur += C;
  }
  if (!Cur.empty()) Out.push_back(Cur);
  return Out;
}

std::optional<CachedResult> ResultCache::lookup(StringRef Key) const {
  if (!enabled()) return std::nullopt;
  auto B = MemoryBuffer::getFile(entryPath(Key));
  if (!B) return std::nullopt;
  Expected<json::Value> V = json::parse((*B)->getBuffer());
  if (!V) {
    consumeError(V.takeError());
    return std::nullopt;
  }
  const json::Object *O = V->getAsObject();
  if (!O) return std::nullopt;
  // Every dependency must be as it was: the same size and modification time,
  // or, when either moved, the same contents.
  if (const json::Array *Deps = O->getArray("deps"))
    for (const json::Value &D : *Deps) {
      const json::Array *Entry = D.getAsArray();
      if (!Entry || Entry->size() != 4) return std::nullopt;
      auto Path = (*Entry)[0].getAsString(), Hash = (*Entry)[1].getAsString();
      auto Size = (*Entry)[2].getAsInteger(), Time = (*Entry)[3].getAsInteger();
      if (!Path || !Hash || !Size || !Time) return std::nullopt;
      sys::fs::file_status St;
      if (sys::fs::status(*Path, St)) return std::nullopt;
      if (int64_t(St.getSize()) == *Size &&
          St.getLastModificationTime().time_since_epoch().count() == *Time)
        continue;
      auto Now = fileHash(*Path);
      if (!Now || *Now != *Hash) return std::nullopt;
    }
  CachedResult R;
  readResults(*O, R.Findings, R.Errors);
  if (const json::Value *F = O->get("facts")) R.Facts = *F;
  return R;
}

void ResultCache::store(StringRef Key, StringRef DepFile, StringRef Directory,
                        const CachedResult &R) const {
  if (!enabled()) return;
  auto D = MemoryBuffer::getFile(DepFile);
  if (!D) return; // no dependency list: not safe to cache
  json::Array Deps;
  for (const std::string &Dep : parseDepFile((*D)->getBuffer())) {
    SmallString<256> P(Dep);
    if (!sys::path::is_absolute(P) && !Directory.empty()) {
      P = Directory;
      sys::path::append(P, Dep);
    }
    auto H = fileHash(P);
    sys::fs::file_status St;
    if (!H || sys::fs::status(P, St)) return;
    Deps.push_back(json::Array{std::string(P), *H, int64_t(St.getSize()),
                               int64_t(St.getLastModificationTime().time_since_epoch().count())});
  }
  json::Array Fs, Es;
  for (const Finding &F : R.Findings) Fs.push_back(toJson(F));
  for (const ToolError &E : R.Errors) Es.push_back(toJson(E));
  std::string Path = entryPath(Key);
  if (sys::fs::create_directories(sys::path::parent_path(Path))) return;
  SmallString<256> Tmp;
  if (sys::fs::createUniqueFile(Path + ".%%%%%%.tmp", Tmp)) return;
  {
    std::error_code EC;
    raw_fd_ostream OS(Tmp, EC);
    if (EC) return;
    json::Object Entry{{"deps", std::move(Deps)},
                       {"findings", std::move(Fs)},
                       {"errors", std::move(Es)}};
    if (R.Facts) Entry["facts"] = *R.Facts;
    OS << json::Value(std::move(Entry));
  }
  if (sys::fs::rename(Tmp, Path)) sys::fs::remove(Tmp); // atomic: readers see old or new
}

} // namespace backdoor
