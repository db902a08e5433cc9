//===--- fuzz_merge.cpp - `backdoor-scan merge` over JSON and SARIF --------===//
// The first byte picks a companion report (none, a valid JSON report, a valid
// SARIF log) merged with the input as JSON or SARIF: an error and exit code
// 2, or a merged report, never a crash.
#include "Cli.h"
#include "FuzzCommon.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>

using namespace backdoor;

static void writeFile(const std::string &Path, llvm::StringRef Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) std::abort();
  OS << Text;
}

static const char *const ValidJson =
    R"({"version": "0.1.0", "files_scanned": 1, "findings": [{"rule": "backdoor-weak-hash",)"
    R"( "file": "/src/a.c", "line": 3, "column": 5, "message": "MD5", "notes": []}], "errors": []})";
static const char *const ValidSarif =
    R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "backdoor-scan", "rules": []}},)"
    R"( "results": [{"ruleId": "backdoor-weak-hash", "message": {"text": "MD5."}}],)"
    R"( "invocations": [{"executionSuccessful": true, "toolExecutionNotifications": []}]}]})";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static std::string Dir = fuzz::scratchDir();
  static std::string Input = Dir + "/input.json", Other = Dir + "/other.json",
                     Out = Dir + "/merged";
  if (Size == 0) return 0;
  unsigned Mode = Data[0] % 4;
  writeFile(Input, llvm::StringRef(reinterpret_cast<const char *>(Data) + 1, Size - 1));
  std::vector<const char *> Args = {"backdoor-scan", "merge", "-o", Out.c_str()};
  switch (Mode) {
  case 0:
    Args.push_back(Input.c_str());
    break;
  case 1:
    writeFile(Other, ValidJson);
    Args.push_back(Other.c_str());
    Args.push_back(Input.c_str());
    break;
  case 2:
    writeFile(Other, ValidSarif);
    Args.push_back(Other.c_str());
    Args.push_back(Input.c_str());
    break;
  case 3:
    Args.push_back(Input.c_str());
    Args.push_back(Input.c_str());
    break;
  }
  if (Mode == 2) {
    Args.insert(Args.begin() + 2, "sarif");
    Args.insert(Args.begin() + 2, "--format");
  }
  int RC = runCli(int(Args.size()), Args.data());
  if (RC < 0 || RC > 2) __builtin_trap();
  return 0;
}
