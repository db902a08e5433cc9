//===--- fuzz_json_report.cpp - JSON results (reports, shards, workers) ----===//
// What merge, the cache and the worker protocol read: readResults/fromJson,
// then the report is normalized and written again.
#include "FuzzCommon.h"
#include "report/Emitters.h"
#include "llvm/Support/JSON.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  return backdoor::fuzz::loadCatalogAtStart();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef S(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(S);
  if (!V) {
    llvm::consumeError(V.takeError());
    return 0;
  }
  backdoor::Report R;
  if (const llvm::json::Object *O = V->getAsObject()) {
    backdoor::readResults(*O, R.Findings, R.Errors);
    if (const llvm::json::Array *Fs = O->getArray("findings"))
      for (const llvm::json::Value &F : *Fs) {
        backdoor::Finding Out;
        if (backdoor::fromJson(F, Out)) (void)backdoor::toJson(Out);
      }
  }
  backdoor::normalize(R);
  const backdoor::Catalog &Cat = backdoor::fuzz::bundledCatalog();
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << backdoor::emitJson(R, Cat);
  (void)backdoor::emitSarif(R, Cat, "/src");
  return 0;
}
