//===--- fuzz_catalog.cpp - the YAML catalog loader -----------------------===//
// Any text as one catalog document: errors with positions, never a crash.
#include "catalog/Catalog.h"
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::vector<backdoor::CatalogError> Errors;
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  auto C = backdoor::Catalog::loadDocuments({{"fuzz.yaml", Text}}, Errors);
  // A loaded catalog answers its queries; a failed one says why.
  if (C) {
    for (const auto &R : C->rules()) (void)C->rule(R.Id);
  } else if (Errors.empty()) {
    __builtin_trap();
  }
  return 0;
}
