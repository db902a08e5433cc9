//===--- fuzz_values.cpp - the constant evaluator on generated sources -----===//
// The input drives a tiny generator: local variables of the C integer types
// initialized with hostile constants (INT_MIN, LLONG_MIN, -1, widths and
// widths + 1, ...), then expressions over them with every arithmetic,
// bitwise, shift and conditional operator, handed to a function. Clang builds
// the AST; the Values resolver (and Provenance) run on every expression. An
// input that starts with '#' or a letter is taken as C source as it is, so
// seeds can be plain programs.
#include "FuzzCommon.h"
#include "core/Provenance.h"
#include "core/UnitIndex.h"
#include "core/Values.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include <cstddef>
#include <cstdint>

using namespace clang;

namespace {

struct Bytes {
  const uint8_t *D;
  size_t N, I = 0;
  unsigned next(unsigned Mod) { return Mod ? (I < N ? D[I++] : 0) % Mod : 0; }
  bool done() const { return I >= N; }
};

const char *const Types[] = {"int",   "unsigned",      "long long",   "unsigned long long",
                             "short", "unsigned char", "signed char", "long"};
const char *const Consts[] = {"0",
                              "1",
                              "-1",
                              "2",
                              "7",
                              "31",
                              "32",
                              "33",
                              "63",
                              "64",
                              "65",
                              "255",
                              "1024",
                              "2147483647",
                              "(-2147483647 - 1)",
                              "4294967295u",
                              "2147483648u",
                              "9223372036854775807LL",
                              "(-9223372036854775807LL - 1)",
                              "18446744073709551615ull",
                              "0x7fffffff",
                              "0x80000000",
                              "(-128)",
                              "65535",
                              "(unsigned char)200",
                              "'A'",
                              "sizeof(long long)",
                              "(short)-32768"};
const char *const BinOps[] = {"+", "-", "*",  "/", "%",  "<<", ">>", "&",
                              "|", "^", "==", "<", "&&", "||", ","};

std::string expr(Bytes &B, unsigned Vars, unsigned Depth) {
  unsigned K = Depth > 4 ? B.next(2) : B.next(6);
  switch (K) {
  case 0:
    return "v" + std::to_string(B.next(Vars));
  case 1:
    return Consts[B.next(std::size(Consts))];
  case 2: {
    const char *U[] = {"-", "~", "!", "+"};
    return std::string("(") + U[B.next(4)] + expr(B, Vars, Depth + 1) + ")";
  }
  case 3:
    return "(" + expr(B, Vars, Depth + 1) + " ? " + expr(B, Vars, Depth + 1) + " : " +
           expr(B, Vars, Depth + 1) + ")";
  case 4:
    return std::string("((") + Types[B.next(std::size(Types))] + ")" + expr(B, Vars, Depth + 1) +
           ")";
  default:
    return "(" + expr(B, Vars, Depth + 1) + " " + BinOps[B.next(std::size(BinOps))] + " " +
           expr(B, Vars, Depth + 1) + ")";
  }
}

std::string generate(const uint8_t *Data, size_t Size) {
  Bytes B{Data, Size};
  std::string Src = "void sink(long long);\nvoid keybits(void *ctx, int bits);\n"
                    "enum { E0 = 3, E1 = E0 << 4 };\nvoid f(void *ctx, int p) {\n";
  unsigned Vars = 1 + B.next(6);
  for (unsigned I = 0; I < Vars; ++I) {
    Src += std::string("  ") + (B.next(3) == 0 ? "const " : "") + Types[B.next(std::size(Types))] +
           " v" + std::to_string(I) + " = " +
           (I && B.next(2) ? expr(B, I, 2) : Consts[B.next(std::size(Consts))]) + ";\n";
  }
  for (unsigned S = 0; S < 8 && !B.done(); ++S) {
    std::string E = expr(B, Vars, 0);
    switch (B.next(3)) {
    case 0:
      Src += "  sink(" + E + ");\n";
      break;
    case 1:
      Src += "  v" + std::to_string(B.next(Vars)) + " = " + E + ";\n";
      break;
    default:
      Src += "  keybits(ctx, " + E + ");\n";
      break;
    }
  }
  Src += "}\n";
  return Src;
}

class EveryExpr : public RecursiveASTVisitor<EveryExpr> {
public:
  EveryExpr(backdoor::ValueResolver &V, backdoor::ProvenanceAnalysis &P) : V(V), P(P) {}
  bool VisitExpr(Expr *E) {
    if (E->isValueDependent() || E->isTypeDependent()) return true;
    (void)V.resolve(E);
    (void)V.ints(E);
    (void)V.strings(E);
    (void)V.algorithms(E);
    if (++Count % 4 == 0) (void)P.of(E);
    return true;
  }

private:
  backdoor::ValueResolver &V;
  backdoor::ProvenanceAnalysis &P;
  unsigned Count = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  return backdoor::fuzz::loadCatalogAtStart();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 4096) return 0;
  std::string Src;
  if (Size && (Data[0] == '#' || isalpha(Data[0])))
    Src.assign(reinterpret_cast<const char *>(Data), Size);
  else
    Src = generate(Data, Size);
  std::unique_ptr<ASTUnit> AST = tooling::buildASTFromCodeWithArgs(
      Src, {"-xc", "-std=c11", "-w", "-ferror-limit=1", "-fsyntax-only"}, "fuzz.c");
  if (!AST) return 0;
  const backdoor::Catalog &Cat = backdoor::fuzz::bundledCatalog();
  backdoor::UnitIndex Idx(AST->getASTContext(), Cat);
  backdoor::ValueResolver V(AST->getASTContext(), Cat, Idx);
  backdoor::ProvenanceAnalysis P(AST->getASTContext(), Cat, V, Idx);
  EveryExpr(V, P).TraverseDecl(AST->getASTContext().getTranslationUnitDecl());
  return 0;
}
