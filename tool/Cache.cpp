//===--- Cache.cpp - results of unchanged translation units --------------===//
#include "Cache.h"
#include "report/Emitters.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include <elf.h>
#include <link.h>

using namespace llvm;

namespace backdoor {

/// The format of an entry; a new one never reads an old one.
static constexpr StringLiteral EntryFormat = "backdoor-scan-cache/2";

std::string ResultCache::sha256(StringRef Data) {
  return toHex(SHA256::hash(arrayRefFromStringRef(Data)), /*LowerCase=*/true);
}

std::optional<std::string> ResultCache::fileHash(StringRef Path) {
  // Regular files only: a FIFO or a device would block or never end.
  sys::fs::file_status St;
  if (sys::fs::status(Path, St) || St.type() != sys::fs::file_type::regular_file)
    return std::nullopt;
  auto B = MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!B) return std::nullopt;
  return sha256((*B)->getBuffer());
}

std::string ResultCache::defaultDir() {
  if (auto E = sys::Process::GetEnv("BACKDOOR_SCAN_CACHE")) return *E;
  SmallString<256> P;
  if (auto X = sys::Process::GetEnv("XDG_CACHE_HOME"))
    P = *X;
  else if (!sys::path::home_directory(P))
    return "";
  else
    sys::path::append(P, ".cache");
  sys::path::append(P, "backdoor-scan");
  return std::string(P);
}

namespace {
/// The GNU build id of a loaded object, from its PT_NOTE segments.
std::string buildId(const dl_phdr_info *Info) {
  for (int I = 0; I < Info->dlpi_phnum; ++I) {
    const ElfW(Phdr) &Ph = Info->dlpi_phdr[I];
    if (Ph.p_type != PT_NOTE) continue;
    const char *P = reinterpret_cast<const char *>(Info->dlpi_addr + Ph.p_vaddr);
    const char *End = P + Ph.p_memsz;
    while (P + sizeof(ElfW(Nhdr)) <= End) {
      const auto *N = reinterpret_cast<const ElfW(Nhdr) *>(P);
      const char *Name = P + sizeof(ElfW(Nhdr));
      const char *Desc = Name + alignTo(N->n_namesz, 4);
      const char *Next = Desc + alignTo(N->n_descsz, 4);
      if (Next > End) break;
      if (N->n_type == NT_GNU_BUILD_ID && N->n_namesz == 4 && StringRef(Name, 3) == "GNU")
        return toHex(StringRef(Desc, N->n_descsz), /*LowerCase=*/true);
      P = Next;
    }
  }
  return "";
}
} // namespace

std::string ResultCache::toolIdentity() {
  static const std::string Id = [] {
    std::vector<std::pair<std::string, std::string>> Objects;
    dl_iterate_phdr(
        [](dl_phdr_info *Info, size_t, void *Data) {
          auto &Out = *static_cast<std::vector<std::pair<std::string, std::string>> *>(Data);
          Out.emplace_back(Info->dlpi_name ? Info->dlpi_name : "", buildId(Info));
          return 0;
        },
        &Objects);
    std::string S;
    for (auto &[Name, Id] : Objects) {
      std::string Path =
          Name.empty() ? sys::fs::getMainExecutable(nullptr, (void *)&toolIdentity) : Name;
      if (Id.empty() && !Path.empty() && !StringRef(Path).starts_with("linux-vdso"))
        Id = fileHash(Path).value_or("unreadable");
      S += Path + "=" + Id + "\n";
    }
    return sha256(S);
  }();
  return Id;
}

std::optional<std::string>
ResultCache::key(StringRef File, const std::vector<clang::tooling::CompileCommand> &Commands,
                 StringRef Config) const {
  auto Main = fileHash(File);
  if (!Main) return std::nullopt;
  // Length-prefixed fields: no two different inputs give one text.
  std::string K;
  auto Field = [&](StringRef S) { K += std::to_string(S.size()) + ":" + S.str() + "\n"; };
  Field("salt");
  Field(Salt);
  Field(File);
  Field(*Main);
  Field(std::to_string(Commands.size()));
  for (const clang::tooling::CompileCommand &C : Commands) {
    Field(C.Directory);
    Field(C.Filename);
    Field(C.Output);
    Field(std::to_string(C.CommandLine.size()));
    for (const std::string &A : C.CommandLine) Field(A);
  }
  Field(Config);
  return sha256(K);
}

std::string ResultCache::entryPath(StringRef Key) const {
  SmallString<256> P(Dir);
  sys::path::append(P, Key.take_front(2), Key.str() + ".json");
  return std::string(P);
}

json::Value toJson(const UnitInputs &In) {
  json::Array Files, Probes;
  for (const auto &[Path, Hash] : In.Files) Files.push_back(json::Array{Path, Hash});
  for (const auto &[Path, Existed] : In.Probes) Probes.push_back(json::Array{Path, Existed});
  return json::Object{{"files", std::move(Files)}, {"probes", std::move(Probes)}};
}

bool fromJson(const json::Value &V, UnitInputs &In, std::string &Why) {
  const json::Object *O = V.getAsObject();
  const json::Array *Files = O ? O->getArray("files") : nullptr;
  const json::Array *Probes = O ? O->getArray("probes") : nullptr;
  if (!Files || !Probes) {
    Why = "the list of inputs is malformed";
    return false;
  }
  for (const json::Value &F : *Files) {
    const json::Array *E = F.getAsArray();
    std::optional<StringRef> Path, Hash;
    if (E && E->size() == 2) {
      Path = (*E)[0].getAsString();
      Hash = (*E)[1].getAsString();
    }
    if (!Path || !Hash || !sys::path::is_absolute(*Path) || Hash->size() != 64) {
      Why = "an input file record is malformed";
      return false;
    }
    In.Files[Path->str()] = Hash->str();
  }
  for (const json::Value &P : *Probes) {
    const json::Array *E = P.getAsArray();
    std::optional<StringRef> Path;
    std::optional<bool> Existed;
    if (E && E->size() == 2) {
      Path = (*E)[0].getAsString();
      Existed = (*E)[1].getAsBoolean();
    }
    if (!Path || !Existed || !sys::path::is_absolute(*Path)) {
      Why = "an include-search record is malformed";
      return false;
    }
    In.Probes[Path->str()] = *Existed;
  }
  return true;
}

/// The check of an entry: its key and its payload as printed (llvm::json
/// prints objects with sorted keys, so a payload always prints the same).
static std::string entryCheck(StringRef Key, const json::Value &Payload) {
  std::string S;
  raw_string_ostream OS(S);
  OS << EntryFormat << "\n" << Key << "\n" << Payload;
  return ResultCache::sha256(OS.str());
}

std::string ResultCache::entryText(StringRef Key, const UnitInputs &In, const CachedResult &R) {
  json::Array Fs, Es;
  for (const Finding &F : R.Findings) Fs.push_back(backdoor::toJson(F));
  for (const ToolError &E : R.Errors) Es.push_back(backdoor::toJson(E));
  json::Object P{{"inputs", toJson(In)}, {"findings", std::move(Fs)}, {"errors", std::move(Es)}};
  // The unit's facts for the link step (tool/Link.h), when it exported them.
  if (R.Facts) P["facts"] = *R.Facts;
  json::Value Payload = std::move(P);
  std::string Check = entryCheck(Key, Payload);
  std::string S;
  raw_string_ostream OS(S);
  OS << json::Value(json::Object{
      {"format", EntryFormat}, {"key", Key}, {"check", Check}, {"payload", std::move(Payload)}});
  return OS.str();
}

bool ResultCache::parseEntry(StringRef Key, StringRef Text, UnitInputs &In, CachedResult &R,
                             std::string &Why) {
  Expected<json::Value> V = json::parse(Text);
  if (!V) {
    Why = "it is not JSON (" + toString(V.takeError()) + "); truncated or corrupt";
    return false;
  }
  const json::Object *O = V->getAsObject();
  if (!O || O->size() != 4 || O->getString("format") != std::optional<StringRef>(EntryFormat)) {
    Why = "it is not a cache entry of this version";
    return false;
  }
  if (O->getString("key") != std::optional<StringRef>(Key)) {
    Why = "it belongs to another key";
    return false;
  }
  const json::Value *Payload = O->get("payload");
  std::optional<StringRef> Check = O->getString("check");
  if (!Payload || !Check || *Check != entryCheck(Key, *Payload)) {
    Why = "its contents fail the integrity check";
    return false;
  }
  const json::Object *P = Payload->getAsObject();
  const json::Value *Inputs = P ? P->get("inputs") : nullptr;
  const json::Value *Facts = P ? P->get("facts") : nullptr;
  if (!Inputs || P->size() != (Facts ? 4u : 3u) || !fromJson(*Inputs, In, Why)) {
    if (Why.empty()) Why = "its payload is malformed";
    return false;
  }
  std::string Sub;
  if (!readResults(*P, R.Findings, R.Errors, &Sub)) {
    Why = "its results are malformed: " + Sub;
    return false;
  }
  if (Facts) R.Facts = *Facts;
  return true;
}

bool ResultCache::unchanged(const UnitInputs &In, std::string &Why) const {
  for (const auto &[Path, Hash] : In.Files) {
    std::optional<std::string> Now;
    {
      std::lock_guard<std::mutex> Lock(HashMutex);
      auto It = Hashes.find(Path);
      if (It == Hashes.end()) It = Hashes.emplace(Path, fileHash(Path)).first;
      Now = It->second;
    }
    if (!Now || *Now != Hash) {
      Why = Path + " changed";
      return false;
    }
  }
  for (const auto &[Path, Existed] : In.Probes) {
    sys::fs::file_status St;
    bool Exists = !sys::fs::status(Path, St) && St.type() != sys::fs::file_type::directory_file &&
                  St.type() != sys::fs::file_type::file_not_found;
    if (Exists != Existed) {
      Why =
          Path + (Exists ? " appeared on the include path" : " disappeared from the include path");
      return false;
    }
  }
  return true;
}

std::optional<CachedResult> ResultCache::lookup(StringRef Key, std::string *Rejected) const {
  if (!enabled()) return std::nullopt;
  std::string Path = entryPath(Key);
  sys::fs::file_status St;
  if (sys::fs::status(Path, St) || St.type() != sys::fs::file_type::regular_file) {
    if (Rejected && sys::fs::exists(St)) *Rejected = "it is not a regular file";
    return std::nullopt;
  }
  auto B = MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!B) return std::nullopt;
  UnitInputs In;
  CachedResult R;
  std::string Why;
  if (!parseEntry(Key, (*B)->getBuffer(), In, R, Why)) {
    if (Rejected) *Rejected = Why;
    return std::nullopt;
  }
  if (!unchanged(In, Why)) return std::nullopt; // stale, not wrong
  return R;
}

void ResultCache::store(StringRef Key, const UnitInputs &In, const CachedResult &R) const {
  if (!enabled() || In.Files.empty()) return; // no record of the inputs: not safe to cache
  std::string Path = entryPath(Key);
  if (sys::fs::create_directories(sys::path::parent_path(Path))) return;
  SmallString<256> Tmp;
  if (sys::fs::createUniqueFile(Path + ".%%%%%%.tmp", Tmp)) return;
  {
    std::error_code EC;
    raw_fd_ostream OS(Tmp, EC);
    if (EC) {
      sys::fs::remove(Tmp);
      return;
    }
    OS << entryText(Key, In, R);
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      sys::fs::remove(Tmp);
      return;
    }
  }
  if (sys::fs::rename(Tmp, Path)) sys::fs::remove(Tmp); // atomic: readers see old or new
}

} // namespace backdoor
