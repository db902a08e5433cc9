//===--- Values.h - constant values and where they come from ----*- C++ -*-===//
//
// Demand-driven value provenance: ask what an expression can evaluate to and
// get the constant values it may take (integers, strings, algorithms named by
// the catalog), each with the expression that defined it and the steps from
// there to the use. Follows parentheses and casts, Clang's own constant
// evaluation (macros, enums, constexpr, sizeof), local and const global
// variables (every definition that precedes the use), simple arithmetic,
// ternaries, lookups modelled in the catalog (EVP_get_cipherbyname, ...),
// std::string built from literals, and helper functions of the translation
// unit that return a constant. Anything else is "unknown", which is never a
// finding. Results are memoized per translation unit.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_VALUES_H
#define BACKDOOR_VALUES_H

#include "catalog/Catalog.h"
#include "core/UnitIndex.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <cstdint>
#include <optional>

namespace backdoor {

/// One step from a constant to its use: a variable's definition, a helper's
/// return, an argument at a call site, an element of a constant table.
struct Step {
  const clang::Stmt *S = nullptr;
  const char *What = "value assigned here";
};

struct Value {
  enum KindTy { Int, String, Alg } Kind = Int;
  int64_t I = 0;
  std::string S;
  AlgSpec A;
  /// The expression that produced the constant.
  const clang::Expr *Source = nullptr;
  /// Definitions passed through on the way to the use, outermost first
  /// (variable initializers, assignments, returns).
  std::vector<Step> Path;
};

/// The step where a caller of the unit's own wrapper passes the value in
/// (the last "argument passed here" on its path: `type9_derive(pw, salt,
/// 14, dk)`), where a size or an algorithm a wrapper hands on is reported;
/// null when no caller chose it.
const Step *choosingStep(const std::vector<Step> &Path);

struct ValueSet {
  std::vector<Value> Values;
  /// False when some way the expression can be computed was not understood.
  bool Complete = true;
  bool empty() const { return Values.empty(); }
};

/// A folded integer as the int64 a Value holds (unsigned 64-bit values wrap),
/// or nothing when it needs more than 64 bits.
std::optional<int64_t> asInt64(const llvm::APSInt &V);

/// \p X op \p Y in the C integer type \p T (the operator's result type),
/// or nothing when C leaves it undefined: signed overflow, division or
/// remainder by zero, INT_MIN / -1, shifts by a negative count or the width or
/// more, left shifts of negative values. Unsigned arithmetic wraps.
std::optional<int64_t> foldInt(clang::BinaryOperatorKind Op, int64_t X, int64_t Y,
                               clang::QualType T, const clang::ASTContext &Ctx);

class ValueResolver {
public:
  ValueResolver(clang::ASTContext &Ctx, const Catalog &Cat, UnitIndex &Idx)
      : Ctx(Ctx), Cat(Cat), Idx(Idx) {}

  /// Every constant value E may take.
  const ValueSet &resolve(const clang::Expr *E);
  /// The algorithms E may denote (from symbols, names, NIDs, enums, lookups).
  std::vector<Value> algorithms(const clang::Expr *E);
  /// Integer values E may take.
  std::vector<Value> ints(const clang::Expr *E);
  /// String values E may take.
  std::vector<Value> strings(const clang::Expr *E);

  /// The expression names one of \p Syms: an enumerator, variable or field,
  /// a macro it is spelled with, or a string it may hold. (A model's `when:`
  /// clause is this question: whenHolds, core/CallSite.h.)
  bool namesOneOf(const clang::Expr *E, const std::vector<std::string> &Syms);

  /// Names of the macros whose expansion produced Loc, innermost first.
  std::vector<llvm::StringRef> macroNames(clang::SourceLocation Loc) const;

  clang::ASTContext &context() { return Ctx; }
  const Catalog &catalog() const { return Cat; }

private:
  ValueSet compute(const clang::Expr *E, unsigned Depth);
  ValueSet resolveAt(const clang::Expr *E, unsigned Depth);
  /// Adds the values of \p E to \p Out, each path starting with the step
  /// (\p At, \p What); an incomplete \p E makes \p Out incomplete.
  void addThrough(ValueSet &Out, const clang::Expr *E, const clang::Stmt *At, const char *What,
                  unsigned Depth);
  ValueSet fromVar(const clang::VarDecl *VD, const clang::Expr *Use, unsigned Depth);
  ValueSet fromCall(const clang::CallExpr *CE, unsigned Depth);
  ValueSet fromParm(const clang::ParmVarDecl *PVD, unsigned Depth);
  ValueSet fromAggregate(const clang::Expr *Base, llvm::ArrayRef<unsigned> Path,
                         const clang::Expr *Index, unsigned Depth, bool AllElements = false);
  ValueSet fromLookup(const FunctionModel &M, const clang::CallExpr *CE, unsigned Depth);
  void addAlgFromValue(ValueSet &Out, const Value &V);

  struct VarInfo {
    std::vector<const clang::Expr *> Defs; // assigned expressions (the initializer first)
    bool Unknown = false;                  // modified in a way we do not follow
  };
  const VarInfo &varInfo(const clang::VarDecl *VD);
  void indexFunction(const clang::Decl *Body);

  clang::ASTContext &Ctx;
  const Catalog &Cat;
  UnitIndex &Idx; // the unit's calls (for the values of parameters) and models
  llvm::DenseMap<const clang::Expr *, ValueSet> Memo;
  llvm::DenseSet<const clang::Expr *> InProgress;
  llvm::DenseMap<const clang::VarDecl *, VarInfo> Vars;
  llvm::DenseSet<const clang::Decl *> Indexed;
};

} // namespace backdoor

#endif
