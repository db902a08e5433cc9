//===--- Seed.h - what seeds a predictable generator ------------*- C++ -*-===//
//
// A predictable generator (rand(), std::mt19937) is only as unguessable as
// its seed: srand(time(NULL)) leaves 32 bits of clock time to try, a
// constant leaves none. seedOf() finds the seeds of the generator behind a
// predictable value (srand calls of the unit, an engine's construction and
// its seed() calls) and reads how many bits of which sources they hold from
// the catalog's `seed-entropy` models (time, getpid, std::random_device...).
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CORE_SEED_H
#define BACKDOOR_CORE_SEED_H

#include "clang/AST/Expr.h"
#include "llvm/Support/JSON.h"
#include <optional>
#include <string>
#include <vector>

namespace backdoor {

class AnalysisSession;
struct FunctionModel;

/// The seed of a generator, when the unit shows all of it.
struct SeedEntropy {
  enum KindTy { Constant, Unseeded, FromSources } Kind = Constant;
  unsigned Bits = 0;                // Sources: at most the seed's width
  std::vector<std::string> Sources; // Sources: "clock time", "process id"

  /// "32 bits of clock time", "a constant", "no seed".
  std::string text() const;
  /// The note at the seeding: "seeded with 32 bits of clock time here".
  std::string noteText() const;
  /// The consequence a message states: "32 bits of clock time seed it, so the
  /// value can be recomputed by trying every seed".
  std::string consequence() const;

  llvm::json::Object toJson() const;
  static std::optional<SeedEntropy> fromJson(const llvm::json::Object &O);
};

/// A seed and where it was given (for a note).
struct SeedFinding {
  SeedEntropy Seed;
  const clang::Expr *At = nullptr; // the seeding call or construction
};

/// The seed of the generator whose output \p Predictable is (a call of rand(),
/// an engine's or a distribution's operator()), when every seed the unit
/// gives it is known and holds at most 64 bits; nothing otherwise.
std::optional<SeedFinding> seedOf(AnalysisSession &S, const clang::Expr *Predictable);

/// The model of a global generator \p Predictable draws from (rand(),
/// random(): seeded by srand, srandom anywhere in the program); null for
/// engines, objects and everything else.
const FunctionModel *globalGenerator(AnalysisSession &S, const clang::Expr *Predictable);

/// A seeding function of a global generator the unit calls (srand): what its
/// calls seed the generator with (nothing when not understood), and the first.
struct UnitSeeding {
  std::string By;
  std::optional<SeedFinding> Seed;
  const clang::Expr *At = nullptr;
};
std::vector<UnitSeeding> unitSeedings(AnalysisSession &S);

/// Why a function handed to a generator as its entropy gives none.
enum class FakeEntropy {
  None,        // it may give entropy (external data, key material, not in the unit)
  NeverFills,  // "never fills its output"
  Guessable,   // "returns guessable data"
  PassedIn,    // "returns the data it was handed, not entropy"
  Constant,    // "returns constant data"
  Clock,       // "returns data computed from the clock alone"
};
/// The reason's text in messages ("returns constant data"); empty for None.
llvm::StringRef fakeEntropyText(FakeEntropy Why);
/// Why the function \p FD, handed to a generator as its entropy (its output
/// buffer the parameter \p Output), gives none.
FakeEntropy fakeEntropyReason(AnalysisSession &S, const clang::FunctionDecl *FD, unsigned Output);

/// "the 256-bit " for a fixed-size byte buffer, "the " otherwise.
std::string sizedArticle(clang::ASTContext &Ctx, const clang::Expr *Buffer);

} // namespace backdoor

#endif
