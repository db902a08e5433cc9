//===--- BackdoorTidyModule.cpp - registers every backdoor-* check -------===//
//
// The check name is the catalog's rule id. A test compares this list with the
// catalog (test/lit/catalog/rules-registered.test), so neither can go stale.
//
//===----------------------------------------------------------------------===//
#include "Secrets.h"
#include "Config.h"
#include "ConfigCheck.h"
#include "Escrow.h"
#include "EscrowCheck.h"
#include "Rigged.h"
#include "RiggedParametersCheck.h"
#include "MagicCredentialCheck.h"
#include "SecretLiteralCheck.h"
#include "SecretsCheck.h"
#include "Tls.h"
#include "TlsCheck.h"
#include "WeakPrimitives.h"
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
    for (const char *Rule : {rules::WeakCipher, rules::EcbMode, rules::WeakHash,
                             rules::RsaWithoutOaep, rules::NullCipher, rules::ShortKey})
      Factories.registerCheck<WeakPrimitivesCheck>(Rule);
    for (const char *Rule : {rules::HardcodedKey, rules::KnownKey, rules::HardcodedIv})
      Factories.registerCheck<SecretsCheck>(Rule);
    Factories.registerCheck<MagicCredentialCheck>(rules::MagicCredential);
    Factories.registerCheck<SecretLiteralCheck>(rules::SecretLiteral);
    for (const char *Rule : {rules::TlsVerifyDisabled, rules::WeakTls})
      Factories.registerCheck<TlsCheck>(Rule);
    for (const char *Rule : {rules::PredictableRandom, rules::WeakKdf, rules::UncheckedVerification,
                             rules::TimingUnsafeCompare, rules::HiddenBypass})
      Factories.registerCheck<ConfigCheck>(Rule);
    for (const char *Rule : {rules::KeyExfiltration, rules::EscrowWrap, rules::TlsKeylog})
      Factories.registerCheck<EscrowCheck>(Rule);
    for (const char *Rule : {rules::RiggedParameters, rules::ConstantSeed})
      Factories.registerCheck<RiggedParametersCheck>(Rule);
  }
};

static ClangTidyModuleRegistry::Add<BackdoorModule>
    X("backdoor-module", "Checks for cryptographic backdoor patterns.");

} // namespace backdoor

// Referenced by the CLI so the linker keeps the module's registration.
volatile int BackdoorModuleAnchorSource = 0;
