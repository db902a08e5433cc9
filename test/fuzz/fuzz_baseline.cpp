//===--- fuzz_baseline.cpp - the baseline reader of the gate ---------------===//
// Any text as a --baseline file applied to a small report: an error or a
// filtered report, never a crash.
#include "Gate.h"
#include "report/Emitters.h"
#include <cstddef>
#include <cstdint>

using namespace backdoor;

static Report sample() {
  Report R;
  for (unsigned I = 0; I < 3; ++I) {
    Finding F;
    F.Rule = I ? "backdoor-hardcoded-key" : "backdoor-weak-hash";
    F.Loc = {"/src/a.c", 10 + I, 3};
    F.Message = "message " + std::to_string(I);
    F.SourceLine = "  call(key);";
    F.Notes.push_back({{"/src/a.c", 2, 1}, "constant defined here"});
    R.Findings.push_back(F);
  }
  return R;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  Report R = sample();
  GateStats G;
  std::string Error;
  if (applyBaseline(R, "/src", Text, "baseline.json", G, Error)) (void)baselineText(R, "/src");
  return 0;
}
