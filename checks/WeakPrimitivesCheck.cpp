//===--- WeakPrimitivesCheck.cpp - weak primitive rules ------------------===//
#include "WeakPrimitivesCheck.h"
#include "analysis/parameters/Parameters.h"
#include "analysis/weak-primitives/WeakPrimitives.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

static const char *const MinBitsOptions[][2] = {{"rsa", "MinRsaBits"},
                                                {"dsa", "MinDsaBits"},
                                                {"dh", "MinDhBits"},
                                                {"ec", "MinEcBits"},
                                                {"symmetric", "MinSymmetricBits"}};

WeakPrimitivesCheck::WeakPrimitivesCheck(StringRef Name, ClangTidyContext *Context)
    : BackdoorCheck(Name, Context), Rule(Name.str()) {
  if (Rule == rules::WeakHash) {
    Contexts = Options.get("Contexts", "signature;mac;kdf;password-hash").str();
    SmallVector<StringRef, 4> Parts;
    StringRef(Contexts).split(Parts, ';', -1, false);
    for (StringRef P : Parts) ContextSet.insert(P.trim());
  }
  if (Rule == rules::WeakCipher) ReportLegacy = Options.get("ReportLegacy", true);
  if (Rule == rules::ShortKey)
    for (const auto &O : MinBitsOptions) {
      auto It = catalog().thresholds().MinBits.find(O[0]);
      unsigned Default = It == catalog().thresholds().MinBits.end() ? 0 : It->second;
      MinBits[O[0]] = Options.get(O[1], Default);
    }
}

void WeakPrimitivesCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  BackdoorCheck::storeOptions(Opts);
  if (Rule == rules::WeakHash) Options.store(Opts, "Contexts", Contexts);
  if (Rule == rules::WeakCipher) Options.store(Opts, "ReportLegacy", ReportLegacy);
  if (Rule == rules::ShortKey)
    for (const auto &O : MinBitsOptions) Options.store(Opts, O[1], MinBits[O[0]]);
}

void WeakPrimitivesCheck::registerMatchers(MatchFinder *Finder) {
  if (!claimMatchers()) return;
  // Calls to every function the catalog models (the names are data).
  matchModelledCalls(Finder, /*Constructors=*/true);
  // Objects whose class names algorithms in template arguments
  // (ECB_Mode<DES_EDE3>::Encryption): the catalog's `types`. Classes with a
  // modelled constructor are matched above and analysed the same way.
  if (catalog().hasTypes())
    Finder->addMatcher(
        cxxConstructExpr(unless(constructsClassIn(&catalog().constructorClasses()))).bind("ctor"),
        this);
  // Overrides of modelled virtual methods (Botan's TLS::Policy), in the main
  // file or a project header (see TlsCheck).
  Finder->addMatcher(
      cxxMethodDecl(isDefinition(), isOverride(), unless(isExpansionInSystemHeader()))
          .bind("override"),
      this);
  // Key/value parameter structs such as OSSL_PARAM built by initializers.
  matchParamStructs(Finder);
}

void WeakPrimitivesCheck::check(const MatchFinder::MatchResult &Result) {
  AnalysisSession &S = session(*Result.Context);
  if (const auto *CE = Result.Nodes.getNodeAs<CallExpr>("call")) {
    dispatch(&weakPrimitivesOfCall(S, CE), *Result.SourceManager);
    // The size of a constant Diffie-Hellman modulus (DH_set0_pqg(dh,
    // BN_bin2bn(dh1024_p, ...), ...)) is read where its primality is
    // (rigged parameters; both analyses keep one result per call).
    dispatch(&parametersOfCall(S, CE), *Result.SourceManager);
  }
  if (const auto *CC = Result.Nodes.getNodeAs<CXXConstructExpr>("ctor")) {
    dispatch(&weakPrimitivesOfConstruct(S, CC), *Result.SourceManager);
    // The field size of a curve a constructor builds (Crypto++'s `ECP
    // curve(p, a, b)`), read where the curve is (rigged parameters).
    dispatch(&parametersOfConstruct(S, CC), *Result.SourceManager);
  }
  if (const auto *MD = Result.Nodes.getNodeAs<CXXMethodDecl>("override"))
    dispatch(&weakPrimitivesOfOverride(S, MD), *Result.SourceManager);
  if (const InitListExpr *IL = paramStructMatch(Result))
    dispatch(&weakPrimitivesOfParamStruct(S, IL), *Result.SourceManager);
}

void WeakPrimitivesCheck::accept(const std::vector<Candidate> *Cs, const SourceManager &) {
  for (const Candidate &C : *Cs) consider(C);
}

void WeakPrimitivesCheck::consider(const Candidate &C) {
  if (C.Rule != Rule) return;
  if (Rule == rules::WeakHash && !ContextSet.count(C.Context)) return;
  if (Rule == rules::WeakCipher && C.Status == FamilyStatus::Legacy && !ReportLegacy) return;
  if (Rule == rules::ShortKey) {
    // The options' sizes, else the profile's (post-quantum parameter sets).
    unsigned Min = 0;
    if (auto It = MinBits.find(C.Algorithm); It != MinBits.end())
      Min = It->second;
    else if (auto P = catalog().thresholds().MinBits.find(C.Algorithm);
             P != catalog().thresholds().MinBits.end())
      Min = P->second;
    if (!Min || C.Bits >= Min) return;
    report(C, shortKeyMessage(C, Min));
    return;
  }
  report(C);
}

} // namespace backdoor
