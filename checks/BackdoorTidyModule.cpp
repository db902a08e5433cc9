//===--- BackdoorTidyModule.cpp - registers every backdoor-* check -------===//
//
// The check name is the catalog's rule id; the list is the registry,
// lib/catalog/Rules.def. A test compares it with the catalog
// (test/lit/catalog/plugin.test), so neither can go stale.
//
//===----------------------------------------------------------------------===//
#include "FamilyChecks.h"
#include "InventoryCheck.h"
#include "MagicCredentialCheck.h"
#include "SecretLiteralCheck.h"
#include "TlsCheck.h"
#include "WeakPrimitivesCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22 // LLVM 22 moved the registry into ClangTidyModule.h
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

using namespace clang::tidy;

namespace backdoor {

class BackdoorModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
#define BACKDOOR_RULE(Constant, Id, Family, Check) Factories.registerCheck<Check>(Id);
#include "catalog/Rules.def"
  }
};

static ClangTidyModuleRegistry::Add<BackdoorModule>
    X("backdoor-module", "Checks for cryptographic backdoor patterns.");

} // namespace backdoor

// Referenced by the CLI so the linker keeps the module's registration.
volatile int BackdoorModuleAnchorSource = 0;
