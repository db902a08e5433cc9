//===--- Session.h - per translation unit analysis state --------*- C++ -*-===//
//
// One session per translation unit, shared by every check: the value
// resolver's memo and each analysis' per-node results are computed once,
// however many rules ask, so twenty rules cost one analysis.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_SESSION_H
#define BACKDOOR_SESSION_H

#include "catalog/Catalog.h"
#include "core/Candidate.h"
#include "core/Provenance.h"
#include "core/UnitIndex.h"
#include "core/Values.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>

namespace backdoor {

/// What a session memo entry holds: one key per analysis entry point, so two
/// analyses can never share (or clobber) an entry by picking the same number.
enum class MemoKey : unsigned {
  WeakPrimitivesOfCall,
  WeakPrimitivesOfInitList,
  WeakPrimitivesOfConstruct,
  WeakPrimitivesOfOverride,
  TlsOfOverride,
  SecretsOfCall,
  SecretsOfConstruct,
  SecretsOfParamStruct,
  CredentialsOfFunction,
  TlsOfCall,
  TlsOfConstruct,
  TlsOfMessage,
  ConfigOfCall,
  ConfigOfFunction,
  ConfigOfParamStruct,
  EscrowOfCall,
  EscrowOfConstruct,
  EscrowOfAssign,
  EscrowOfMessage,
  ParametersOfCall,
  ParametersOfConstruct,
  ParametersOfAssign,
  ParametersOfLiteral,
  InventoryOfCall,
  HiddenOfFunction,
  HiddenState,  // the hidden family's per-unit facts (state<T>())
  TlsEndpoints, // which TLS handles of the unit are servers or clients
  Verification, // which functions of the unit verify a credential (Guards)
  VariadicSinks, // which variadic functions of the unit hand their va_list to a sink
  CompareHelpers, // which functions of the unit compare two of their parameters (Credentials)
  CompareMethods, // which Objective-C methods compare the receiver or parameters (Credentials)
  SetOnlyGlobals, // which extern globals the unit only assigns (Guards)
};

class AnalysisSession {
public:
  /// The session of the translation unit Ctx belongs to. Checks call
  /// invalidate() from onStartOfTranslationUnit, before any matching.
  static AnalysisSession &get(clang::ASTContext &Ctx, std::shared_ptr<const Catalog> Cat);
  static void invalidate();
  /// The session the checks made for Ctx (with their catalog, the policy
  /// profile applied), or null when none did.
  static AnalysisSession *current(const clang::ASTContext &Ctx);

  /// The unit's calls, writes and the model lookup, shared by values and provenance.
  UnitIndex &index() { return Index; }
  ValueResolver &values() { return Resolver; }
  ProvenanceAnalysis &provenance() { return PA; }
  const Catalog &catalog() const { return *Cat; }

  /// Whether the run reports findings in the project's own headers (a header
  /// filter is set: the CLI's default, clang-tidy's --header-filter). Then
  /// the function-level analyses look at the functions defined in headers
  /// that are not system headers too, not only at the main file's.
  void setProjectHeaders(bool On) { ProjectHeaders = On; }
  /// \p L (its expansion) is in the main file, or in a header that is not a
  /// system header while the run reports the project's headers.
  bool inProjectCode(clang::SourceLocation L) const;

  /// Per-node memo of an analysis' candidates (keyed by node and analysis).
  template <typename Fn>
  const std::vector<Candidate> &memo(const void *Node, MemoKey Analysis, Fn Compute) {
    auto Key = std::make_pair(Node, static_cast<unsigned>(Analysis));
    auto It = Results.find(Key);
    if (It != Results.end()) return It->second;
    std::vector<Candidate> R = Compute();
    return Results[Key] = std::move(R);
  }

  /// Per-unit state an analysis keeps beside its candidates (its function
  /// summaries), created on first use and dropped with the session.
  template <typename T> T &state(MemoKey Analysis) {
    std::shared_ptr<void> &Slot = States[unsigned(Analysis)];
    if (!Slot) Slot = std::make_shared<T>();
    return *static_cast<T *>(Slot.get());
  }

private:
  AnalysisSession(clang::ASTContext &Ctx, std::shared_ptr<const Catalog> Cat)
      : Ctx(Ctx), Cat(std::move(Cat)), Index(Ctx, *this->Cat), Resolver(Ctx, *this->Cat, Index),
        PA(Ctx, *this->Cat, Resolver, Index) {}
  const clang::ASTContext &Ctx;
  std::shared_ptr<const Catalog> Cat;
  UnitIndex Index;
  ValueResolver Resolver;
  ProvenanceAnalysis PA;
  llvm::DenseMap<std::pair<const void *, unsigned>, std::vector<Candidate>> Results;
  llvm::DenseMap<unsigned, std::shared_ptr<void>> States; // by MemoKey
  bool ProjectHeaders = false;
};

} // namespace backdoor

#endif
