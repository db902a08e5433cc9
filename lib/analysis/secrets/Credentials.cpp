//===--- Credentials.cpp - magic credentials and secret literals ---------===//
#include "analysis/secrets/Credentials.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprObjC.h"

#include "analysis/secrets/Secrets.h"
#include "core/AstUtil.h"
#include "core/Provenance.h"
#include "core/Summary.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <cmath>
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

double shannonEntropy(StringRef S) {
  if (S.empty()) return 0;
  unsigned Counts[256] = {0};
  for (unsigned char C : S) ++Counts[C];
  double H = 0;
  for (unsigned C : Counts)
    if (C) {
      double P = double(C) / S.size();
      H -= P * std::log2(P);
    }
  return H;
}

/// A counting sequence: 00 01 02 ..., 11 22 33 ... ff, 09 08 ... 00 01 ...,
/// "0123456789abcdefFEDCBA98": at least three steps in four between
/// neighbours have one size (up or down, modulo 256). Random bytes almost
/// never do (16 random bytes: under one chance in 10^12).
static bool countingLike(StringRef Bytes) {
  if (Bytes.size() < 4) return false;
  unsigned Sizes[129] = {0};
  for (size_t I = 1; I < Bytes.size(); ++I) {
    uint8_t D = uint8_t(Bytes[I] - Bytes[I - 1]);
    ++Sizes[std::min<unsigned>(D, 256u - D)];
  }
  unsigned Most = *std::max_element(std::begin(Sizes) + 1, std::end(Sizes));
  return Most * 4 >= (Bytes.size() - 1) * 3;
}

std::string secretLiteralReason(StringRef Bytes, bool IsString, const EntropyOptions &O) {
  // An array of printable characters ({'S', 'e', 'a', 't', ...}) is text:
  // judged as a string (16 random bytes are all printable once in 10^7).
  if (!IsString && !Bytes.empty() &&
      llvm::all_of(Bytes, [](char C) { return C >= 0x20 && C < 0x7f; }))
    IsString = true;
  if (!IsString) {
    static const unsigned KeyLengths[] = {16, 24, 32, 48, 64};
    if (!llvm::is_contained(KeyLengths, Bytes.size())) return "";
    std::set<unsigned char> Distinct(Bytes.bytes_begin(), Bytes.bytes_end());
    if (Distinct.size() < Bytes.size() / 2 || shannonEntropy(Bytes) < O.MinEntropy) return "";
    if (countingLike(Bytes)) return "";
    return std::to_string(Bytes.size()) + " random-looking bytes";
  }
  // (Up to 8 KiB: a private key's DER in hex, 2,400 characters for RSA-2048,
  // is one; longer blobs are data, not a secret someone typed in.)
  if (Bytes.size() < O.MinLength || Bytes.size() > 8192) return "";
  // Not prose, formats, paths, URLs or identifiers.
  if (Bytes.contains(' ') || Bytes.contains('%') || Bytes.contains("://") || Bytes.contains('\\') ||
      Bytes.starts_with("/") || Bytes.contains('.') && !Bytes.contains("eyJ"))
    return "";
  // UUIDs: 8-4-4-4-12 hex digits.
  if (Bytes.size() == 36 && Bytes[8] == '-' && Bytes[13] == '-' && Bytes[18] == '-' &&
      Bytes[23] == '-')
    return "";
  bool Hex = llvm::all_of(Bytes, [](char C) { return llvm::isHexDigit(C); });
  bool B64 = llvm::all_of(Bytes, [](char C) {
    return llvm::isAlnum(C) || C == '+' || C == '/' || C == '=' || C == '_' || C == '-';
  });
  if (!Hex && !B64) return "";
  // Identifiers and words: few digits and no mixed case are not random.
  unsigned Digits = 0, Upper = 0, Lower = 0;
  for (char C : Bytes) {
    Digits += isDigit(C);
    Upper += llvm::isUpper(C);
    Lower += llvm::isLower(C);
  }
  if (Hex && Digits == Bytes.size()) return ""; // a number
  if (!Hex && (Digits == 0 || (Upper == 0 && Digits * 4 < Bytes.size()))) return "";
  if (countingLike(Bytes)) return "";
  double H = shannonEntropy(Bytes);
  double Need = Hex ? O.MinEntropy : O.MinEntropy + 0.5;
  if (H < Need) return "";
  return Hex ? "a hex string" : "a base64-like string";
}

namespace {

/// Whether \p Re matches the lower-cased name of the call's direct callee.
bool calleeMatches(const CallExpr *CE, const CatalogPattern *Re) {
  const FunctionDecl *FD = CE->getDirectCallee();
  return Re && FD && FD->getDeclName().isIdentifier() && Re->match(FD->getName().lower());
}

/// A function of the unit that compares two of its parameters and returns
/// the result (`return strcmp(a, b) == 0;`, `return CRYPTO_memcmp(a, b, n);`,
/// `return x == y;`), possibly after refusing a null (`if (!a) return 0;`):
/// a project's own comparison, used as the catalog's compare models are.
struct CompareHelper {
  unsigned A = 0, B = 0;
  bool ZeroIsEqual = false; // as strcmp: 0 means equal; else true means equal
};

/// The index of the parameter of \p FD that \p E names (through casts,
/// c_str(), data(), a std::string made of it), or -1.
int parameterOf(const Expr *E, const FunctionDecl *FD) {
  for (unsigned Guard = 0; E && Guard < 8; ++Guard) {
    E = stripAll(E);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() && MC->getNumArgs() == 0 &&
          (MD->getName() == "c_str" || MD->getName() == "data"))
        E = MC->getImplicitObjectArgument();
      else
        return -1;
    } else if (const auto *CC = dyn_cast<CXXConstructExpr>(E); CC && CC->getNumArgs() >= 1) {
      E = CC->getArg(0);
    } else {
      break;
    }
  }
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E);
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || P->getDeclContext() != FD) return -1;
  return int(P->getFunctionScopeIndex());
}

std::optional<CompareHelper> compareHelper(AnalysisSession &S, const FunctionDecl *FD,
                                           unsigned Depth = 0);

/// The two operands a call compares, and whether its 0 means equal: a
/// compare model of the catalog (not one that only describes a match, as
/// rules/apis/hidden-functionality.yaml's and std::string::compare's do),
/// a method named compare() or equals(), or the project's own comparison
/// helper (compareHelper, at \p Depth).
struct CompareOperands {
  const Expr *A = nullptr, *B = nullptr;
  bool ZeroIsEqual = true;
};
std::optional<CompareOperands> comparedOperands(AnalysisSession &S, const CallExpr *CE,
                                                unsigned Depth) {
  const FunctionModel *M = S.provenance().model(CE);
  if (M && M->Match == MatchKind::None) {
    if (M->Compare.size() == 2 && unsigned(M->Compare[0]) < CE->getNumArgs() &&
        unsigned(M->Compare[1]) < CE->getNumArgs())
      return CompareOperands{CE->getArg(M->Compare[0]), CE->getArg(M->Compare[1]),
                             M->CompareZeroIsEqual};
    return std::nullopt;
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (!MD || !MD->getDeclName().isIdentifier() || MC->getNumArgs() < 1) return std::nullopt;
    StringRef N = MD->getName();
    if (N == "compare") return CompareOperands{MC->getImplicitObjectArgument(), MC->getArg(0), true};
    if (N == "equals" || N == "Equals" || N == "isEqual" || N == "isEqualToString")
      return CompareOperands{MC->getImplicitObjectArgument(), MC->getArg(0), false};
    return std::nullopt;
  }
  if (const FunctionDecl *Callee = CE->getDirectCallee(); !M && Callee)
    if (auto H = compareHelper(S, Callee, Depth);
        H && H->A < CE->getNumArgs() && H->B < CE->getNumArgs())
      return CompareOperands{CE->getArg(H->A), CE->getArg(H->B), H->ZeroIsEqual};
  return std::nullopt;
}

/// \p E compares two parameters of \p FD: their indices and whether \p E
/// is true when they are equal.
std::optional<std::tuple<unsigned, unsigned, bool>>
parameterComparison(AnalysisSession &S, const Expr *E, const FunctionDecl *FD, unsigned Depth) {
  E = stripParenImpCasts(E);
  if (!E) return std::nullopt;
  // A call that compares: a compare model (strcmp, CRYPTO_memcmp), a helper
  // of the unit that does, compare() / equals(); its result as returned.
  auto CallCompare = [&](const Expr *X) -> std::optional<std::tuple<unsigned, unsigned, bool>> {
    const auto *CE = dyn_cast_or_null<CallExpr>(stripParenImpCasts(X));
    std::optional<CompareOperands> O = CE ? comparedOperands(S, CE, Depth + 1) : std::nullopt;
    if (!O) return std::nullopt;
    int I = parameterOf(O->A, FD), J = parameterOf(O->B, FD);
    if (I < 0 || J < 0 || I == J) return std::nullopt;
    return std::make_tuple(unsigned(I), unsigned(J), !O->ZeroIsEqual);
  };
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot) return std::nullopt;
    auto R = parameterComparison(S, UO->getSubExpr(), FD, Depth);
    if (R) std::get<2>(*R) = !std::get<2>(*R);
    return R;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    ASTContext &Ctx = S.values().context();
    if (BO->getOpcode() == BO_LAnd) {
      // `a && b && strcmp(a, b) == 0`: the null checks beside one comparison.
      std::optional<std::tuple<unsigned, unsigned, bool>> Found;
      for (const Expr *Side : {BO->getLHS(), BO->getRHS()}) {
        if (auto R = parameterComparison(S, Side, FD, Depth)) {
          if (Found || !std::get<2>(*R)) return std::nullopt;
          Found = R;
        } else if (anyStmtIn(Side, [](const Stmt *X) { return isa<CallExpr>(X); })) {
          return std::nullopt;
        }
      }
      return Found;
    }
    if (BO->getOpcode() != BO_EQ && BO->getOpcode() != BO_NE) return std::nullopt;
    bool Eq = BO->getOpcode() == BO_EQ;
    for (int Side = 0; Side < 2; ++Side) {
      const Expr *Zero = stripParenImpCasts(Side ? BO->getLHS() : BO->getRHS());
      Expr::EvalResult R;
      if (Zero->isValueDependent() || !Zero->EvaluateAsInt(R, Ctx) || !R.Val.getInt().isZero())
        continue;
      if (auto C = CallCompare(Side ? BO->getRHS() : BO->getLHS())) {
        // f() == 0 is true on equal when f's 0 means equal.
        bool ZeroMeansEqual = !std::get<2>(*C);
        std::get<2>(*C) = ZeroMeansEqual == Eq;
        return C;
      }
    }
    // x == y of two parameters: not pointers (that compares addresses).
    int I = parameterOf(BO->getLHS(), FD), J = parameterOf(BO->getRHS(), FD);
    if (I >= 0 && J >= 0 && I != J && !BO->getLHS()->getType()->isPointerType())
      return std::make_tuple(unsigned(I), unsigned(J), Eq);
    return std::nullopt;
  }
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
    if ((OC->getOperator() != OO_EqualEqual && OC->getOperator() != OO_ExclaimEqual) ||
        OC->getNumArgs() != 2)
      return std::nullopt;
    int I = parameterOf(OC->getArg(0), FD), J = parameterOf(OC->getArg(1), FD);
    if (I < 0 || J < 0 || I == J) return std::nullopt;
    return std::make_tuple(unsigned(I), unsigned(J), OC->getOperator() == OO_EqualEqual);
  }
  return CallCompare(E);
}

/// The comparison every `return` of \p Body makes of the same two operands
/// (\p Cmp: their indices, and whether the expression is true when they
/// are equal), the other returns constants that say "different" (0 or
/// false when true means equal, a value that is not 0 when 0 means equal).
std::optional<CompareHelper>
returnedComparison(AnalysisSession &S, const Stmt *Body,
                   llvm::function_ref<std::optional<std::tuple<unsigned, unsigned, bool>>(const Expr *)>
                       Cmp) {
  std::optional<std::tuple<unsigned, unsigned, bool>> Found;
  std::vector<const Expr *> Constants;
  for (const ReturnStmt *R : returnsOf(Body)) {
    const Expr *V = R->getRetValue();
    if (!V) return std::nullopt;
    if (auto C = Cmp(V)) {
      auto Same = [&](const std::tuple<unsigned, unsigned, bool> &X) {
        return std::get<2>(X) == std::get<2>(*C) &&
               std::minmax(std::get<0>(X), std::get<1>(X)) ==
                   std::minmax(std::get<0>(*C), std::get<1>(*C));
      };
      if (Found && !Same(*Found)) return std::nullopt;
      Found = C;
      continue;
    }
    Constants.push_back(V);
  }
  if (!Found) return std::nullopt;
  bool TrueOnEqual = std::get<2>(*Found);
  for (const Expr *V : Constants) {
    Expr::EvalResult R;
    V = stripParenCasts(V);
    if (V->isValueDependent() || !V->EvaluateAsInt(R, S.values().context()) ||
        R.Val.getInt().isZero() != TrueOnEqual)
      return std::nullopt;
  }
  return CompareHelper{std::get<0>(*Found), std::get<1>(*Found), !TrueOnEqual};
}

std::optional<CompareHelper> compareHelper(AnalysisSession &S, const FunctionDecl *FD,
                                           unsigned Depth) {
  using Map = llvm::DenseMap<const FunctionDecl *, std::optional<CompareHelper>>;
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || Depth > 3 || Def->getNumParams() < 2) return std::nullopt;
  Map &Memo = S.state<Map>(MemoKey::CompareHelpers);
  if (auto It = Memo.find(Def); It != Memo.end()) return It->second;
  Memo[Def] = std::nullopt; // a recursive helper is none
  std::optional<CompareHelper> H = returnedComparison(
      S, Def->getBody(), [&](const Expr *V) { return parameterComparison(S, V, Def, Depth); });
  Memo[Def] = H;
  return H;
}

/// An Objective-C method of the unit that compares two of its operands (the
/// receiver, 0, and its parameters, 1...) and returns the result: a
/// category's `-hj_matchesCode:` returning `[self isEqualToString:code]`,
/// possibly after refusing a nil (`if (code == nil) return NO;`).
std::optional<CompareHelper> objcCompareHelper(AnalysisSession &S, const ObjCMethodDecl *MD) {
  using Map = llvm::DenseMap<const ObjCMethodDecl *, std::optional<CompareHelper>>;
  if (!MD || !MD->getBody() || MD->param_size() < 1 || MD->isClassMethod()) return std::nullopt;
  Map &Memo = S.state<Map>(MemoKey::CompareMethods);
  if (auto It = Memo.find(MD); It != Memo.end()) return It->second;
  Memo[MD] = std::nullopt;
  // The operand an expression names (through casts and -UTF8String).
  auto Operand = [&](const Expr *E) -> int {
    for (unsigned Guard = 0; E && Guard < 4; ++Guard) {
      E = stripAll(E);
      if (const auto *ME = dyn_cast<ObjCMessageExpr>(E);
          ME && ME->getReceiverKind() == ObjCMessageExpr::Instance && ME->getNumArgs() == 0 &&
          (ME->getSelector().getNameForSlot(0) == "UTF8String" ||
           ME->getSelector().getNameForSlot(0) == "bytes")) {
        E = ME->getInstanceReceiver();
        continue;
      }
      break;
    }
    const auto *DRE = E ? dyn_cast<DeclRefExpr>(E) : nullptr;
    if (!DRE) return -1;
    if (DRE->getDecl() == MD->getSelfDecl()) return 0;
    if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()); P && P->getDeclContext() == MD)
      return int(P->getFunctionScopeIndex()) + 1;
    return -1;
  };
  // (operands, true when equal) of one returned expression.
  std::function<std::optional<std::tuple<int, int, bool>>(const Expr *)> Cmp =
      [&](const Expr *E) -> std::optional<std::tuple<int, int, bool>> {
    E = stripParenImpCasts(E);
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_LNot) {
      auto R = Cmp(UO->getSubExpr());
      if (R) std::get<2>(*R) = !std::get<2>(*R);
      return R;
    }
    const Expr *A = nullptr, *B = nullptr;
    bool Eq = true;
    if (const auto *ME = dyn_cast<ObjCMessageExpr>(E);
        ME && ME->getReceiverKind() == ObjCMessageExpr::Instance && ME->getNumArgs() == 1) {
      StringRef N = ME->getSelector().getNameForSlot(0);
      if (N == "isEqualToString" || N == "isEqual" || N == "isEqualToData") {
        A = ME->getInstanceReceiver();
        B = ME->getArg(0);
      }
    } else if (const auto *BO = dyn_cast<BinaryOperator>(E);
               BO && (BO->getOpcode() == BO_EQ || BO->getOpcode() == BO_NE)) {
      // strcmp([self UTF8String], [code UTF8String]) == 0
      for (int Side = 0; Side < 2 && !A; ++Side) {
        const Expr *Zero = stripParenImpCasts(Side ? BO->getLHS() : BO->getRHS());
        const auto *CE = dyn_cast<CallExpr>(stripParenImpCasts(Side ? BO->getRHS() : BO->getLHS()));
        Expr::EvalResult R;
        if (!CE || Zero->isValueDependent() || !Zero->EvaluateAsInt(R, S.values().context()) ||
            !R.Val.getInt().isZero())
          continue;
        if (std::optional<CompareOperands> O = comparedOperands(S, CE, 1); O && O->ZeroIsEqual) {
          A = O->A;
          B = O->B;
          Eq = BO->getOpcode() == BO_EQ;
        }
      }
    }
    int I = A ? Operand(A) : -1, J = B ? Operand(B) : -1;
    if (I < 0 || J < 0 || I == J) return std::nullopt;
    return std::make_tuple(I, J, Eq);
  };
  // A method that says "equal" by true (a BOOL), its other returns NO.
  std::optional<CompareHelper> H = returnedComparison(
      S, MD->getBody(), [&](const Expr *V) -> std::optional<std::tuple<unsigned, unsigned, bool>> {
        if (auto C = Cmp(V))
          return std::make_tuple(unsigned(std::get<0>(*C)), unsigned(std::get<1>(*C)),
                                 std::get<2>(*C));
        return std::nullopt;
      });
  if (H && H->ZeroIsEqual) H.reset();
  Memo[MD] = H;
  return H;
}

/// Token: a name that says only "token" (unlock_token, token): lexers and
/// parsers compare tokens with literals too, so it counts in an
/// authentication function or against a literal that looks like a code.
enum class Cred { None, Password, Username, Hash, Token, Fingerprint };

struct Comparison {
  const Expr *Node = nullptr;     // the comparison expression
  const Expr *Constant = nullptr; // the literal side
  const Expr *Subject = nullptr;  // the credential side
  bool TrueIfEqual = true;        // the condition is true on a match
  bool ZeroIsEqual = true;        // for calls: 0 means equal (strcmp), else true means equal
  /// The constant side is data another unit defines (an `extern const char
  /// *const`, a helper's return value): the link step decides.
  std::vector<const Origin *> Links;
  /// A call of another unit's function given the credential (argument
  /// HelperArgs.first) and the constant (HelperArgs.second): how it compares
  /// them is the link step's question; both readings are kept.
  std::string Helper; // its symbol
  std::pair<unsigned, unsigned> HelperArgs;
};

class FunctionScan : public SemanticVisitor<FunctionScan> {
public:
  /// A function or an Objective-C method: its body, name (a method's first
  /// selector piece: authenticateUser:password: is "authenticateUser"),
  /// parameters and return type.
  FunctionScan(AnalysisSession &S, const Stmt *Body, StringRef Name,
               ArrayRef<ParmVarDecl *> Params, QualType ReturnType)
      : S(S), Cat(S.catalog()), PA(S.provenance()), Body(Body), ReturnType(ReturnType),
        SM(S.values().context().getSourceManager()) {
    const CatalogPattern *Auth = Cat.pattern("auth-function-name");
    AuthFunction = Auth && !Name.empty() && Auth->match(Name);
    const CatalogPattern *PwRe = Cat.pattern("password-name");
    for (const ParmVarDecl *P : Params)
      if (PwRe && P->getDeclName().isIdentifier() && PwRe->match(P->getName().lower()))
        HasPasswordParam = true;
  }
  std::vector<Candidate> Out;
  bool shouldVisitLambdaBody() const { return false; }

  bool VisitIfStmt(IfStmt *If) {
    if (const Expr *C = If->getCond()) condition(C, If->getThen(), If->getElse(), If);
    return true;
  }
  bool VisitConditionalOperator(ConditionalOperator *CO) {
    condition(CO->getCond(), CO->getTrueExpr(), CO->getFalseExpr(), CO);
    return true;
  }
  bool VisitWhileStmt(WhileStmt *W) {
    if (const Expr *C = W->getCond()) condition(C, W->getBody(), nullptr, W);
    return true;
  }
  /// `match = CRYPTO_memcmp(d, kDigest, n) == 0; ... return match;`: a
  /// comparison kept in a local that the function returns.
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign) returnedVia(BO->getLHS(), BO->getRHS(), BO);
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    if (VD->isLocalVarDecl() && VD->getInit()) returnedLocal(VD, VD->getInit());
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *R) {
    // return strcmp(pw, "x") == 0;  the function's result is the match.
    if (const Expr *V = R->getRetValue())
      if (V->getType()->isBooleanType() || V->getType()->isIntegerType())
        condition(V, nullptr, nullptr, R, /*Returned=*/true);
    return true;
  }
  bool VisitSwitchStmt(SwitchStmt *SW) {
    const Expr *C = SW->getCond();
    // Only PINs and codes: numbers switched over as credentials.
    const CatalogPattern *Pw = Cat.pattern("password-name");
    std::string N = StringRef(C ? operandName(C) : "").lower();
    if (!C || !Pw || N.empty() || !Pw->match(N)) return true;
    for (const SwitchCase *SC = SW->getSwitchCaseList(); SC; SC = SC->getNextSwitchCase()) {
      const auto *Case = dyn_cast<CaseStmt>(SC);
      if (!Case || !Case->getLHS()) continue;
      Expr::EvalResult R;
      if (!Case->getLHS()->EvaluateAsInt(R, S.values().context())) continue;
      int64_t V = R.Val.getInt().getExtValue();
      if (V >= -1 && V <= 1) continue;
      if (deny(Case->getSubStmt())) continue;
      Candidate Cd;
      Cd.Rule = rules::MagicCredential;
      Cd.Loc = SM.getFileLoc(Case->getLHS()->getBeginLoc());
      Cd.Message = "'" + operandName(C) +
                   "' is accepted when it equals a literal in this "
                   "switch; anyone who knows the value gets in";
      Out.push_back(std::move(Cd));
    }
    return true;
  }

private:
  void returnedVia(const Expr *LHS, const Expr *RHS, const Stmt *Owner) {
    const auto *DRE = dyn_cast<DeclRefExpr>(LHS->IgnoreParenImpCasts());
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (VD && VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD)) returnedLocal(VD, RHS, Owner);
  }
  void returnedLocal(const VarDecl *VD, const Expr *Init, const Stmt *Owner = nullptr) {
    QualType T = VD->getType();
    if (!(T->isBooleanType() || T->isIntegerType())) return;
    if (returnsAsIs(VD)) condition(Init, nullptr, nullptr, Owner ? Owner : Init, /*Returned=*/true);
  }
  /// A `return` of the scanned function hands \p VD back as it is.
  bool returnsAsIs(const ValueDecl *VD) {
    return VD && Body && anyStmtIn(Body, [&](const Stmt *St) {
             const auto *R = dyn_cast<ReturnStmt>(St);
             const auto *DRE = R && R->getRetValue()
                                   ? dyn_cast<DeclRefExpr>(R->getRetValue()->IgnoreParenImpCasts())
                                   : nullptr;
             return DRE && DRE->getDecl() == VD;
           });
  }

  /// A literal that looks like a code or a key, not a keyword: six or more
  /// characters with a digit, all digits or with a character no identifier
  /// has ("KSTRL-QA-7731", "91731842"); a number of six or more digits.
  bool codeLike(const Expr *E) {
    const Expr *S0 = stripParenImpCasts(E);
    if (S0 && S0->getType()->isIntegerType()) {
      Expr::EvalResult R;
      return S0->EvaluateAsInt(R, S.values().context()) &&
             (R.Val.getInt().getExtValue() >= 100000 || R.Val.getInt().getExtValue() <= -100000);
    }
    // A PIN ("483920") or a code mixing digits and symbols ("A7#k9!pQ",
    // "GATE-7731-OPEN"); not a keyword, a version or a path that happens to
    // hold a digit ("ciphers_tls1.3", "http/1.1", "v2.0.1"): '_', '.' and '/'
    // are the separators of names, versions and paths.
    for (const Value &V : S.values().strings(E)) {
      StringRef T = V.S;
      if (T.size() < 6 || !llvm::any_of(T, llvm::isDigit)) continue;
      if (llvm::all_of(T, llvm::isDigit)) return true;
      if (llvm::any_of(
              T, [](char C) { return !llvm::isAlnum(C) && C != '_' && C != '.' && C != '/'; }))
        return true;
    }
    return false;
  }

  AnalysisSession &S;
  const Catalog &Cat;
  ProvenanceAnalysis &PA;
  const Stmt *Body;
  QualType ReturnType;
  const SourceManager &SM;
  bool AuthFunction = false, HasPasswordParam = false;
  std::set<const Expr *> Reported;

  /// (credential()) the value is a password only because a password
  /// reader filled it: such readers also ask yes/no questions.
  bool ByReader = false;

  /// The literal is an answer to a prompt (`strcasecmp(p, "yes") == 0`
  /// after `read_passphrase("Are you sure ...?")`): catalog prompt-answer-name.
  bool promptAnswer(const Expr *Constant) {
    const CatalogPattern *A = Cat.pattern("prompt-answer-name");
    if (!A || !Constant) return false;
    std::vector<Value> Vs = S.values().strings(Constant);
    return !Vs.empty() && llvm::all_of(Vs, [&](const Value &V) { return A->match(StringRef(V.S).lower()); });
  }

  /// A local a call that reads a password fills (`pam_get_authtok(pamh,
  /// PAM_AUTHTOK, &p, NULL)`, `p = getpass("Password: ")`): catalog
  /// password-source-call. Its writes are the unit index's.
  bool readPassword(const Expr *E) {
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E ? stripAll(E) : nullptr);
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    const CatalogPattern *Src = Cat.pattern("password-source-call");
    if (!VD || !VD->isLocalVarDecl() || !Src) return false;
    auto Reads = [&](const Expr *X) {
      const auto *CE = dyn_cast_or_null<CallExpr>(X ? stripAll(X) : nullptr);
      const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
      return Callee && Callee->getDeclName().isIdentifier() &&
             Src->match(Callee->getName().lower());
    };
    return Reads(VD->getInit()) || llvm::any_of(S.index().writes(VD), [&](const Write &W) {
             return (W.Kind == Write::Assign || W.Kind == Write::Call) && Reads(W.E);
           });
  }

  Cred credential(const Expr *E) {
    std::string N = operandName(E);
    if (N.empty()) return Cred::None;
    std::string L = StringRef(N).lower();
    const CatalogPattern *Pw = Cat.pattern("password-name");
    const CatalogPattern *Tok = Cat.pattern("token-name");
    const CatalogPattern *User = Cat.pattern("username-name");
    ByReader = false;
    if ((Pw && Pw->match(L)) || (Tok && Tok->match(L))) return Cred::Password;
    if (readPassword(E)) {
      ByReader = true;
      return Cred::Password;
    }
    if (HasPasswordParam && (StringRef(L).contains("hash") || StringRef(L).contains("digest") ||
                             StringRef(L).contains("sha") || StringRef(L).contains("md5")))
      return Cred::Hash;
    const CatalogPattern *NotUser = Cat.pattern("not-username-name");
    if (User && User->match(L) && !(NotUser && NotUser->match(L))) return Cred::Username;
    if (StringRef(L).contains("token")) return Cred::Token;
    if (const CatalogPattern *Fp = Cat.pattern("key-fingerprint-name"); Fp && Fp->match(L))
      return Cred::Fingerprint;
    return Cred::None;
  }

  /// The literal side is constant and meaningful (not "", not 0/1/-1). With
  /// \p Links, data only other units define (an `extern` object, the return
  /// value of a function without a body here) also counts, its Link origins
  /// then kept for the link step, which reports when each is constant.
  bool constantSide(const Expr *E, std::vector<const Origin *> *Links = nullptr) {
    const Expr *S0 = stripParenImpCasts(E);
    if (!S0) return false;
    if (S0->getType()->isIntegerType()) {
      Expr::EvalResult R;
      if (!S0->EvaluateAsInt(R, S.values().context())) return false;
      int64_t V = R.Val.getInt().getExtValue();
      return V > 99 || V < -99; // PINs and codes, not flags
    }
    const Prov &P = PA.of(E);
    if (P.hasNonConstant()) {
      // (A Link origin is "not understood here": Unknown comes with it.)
      if (!Links || !FactRecorder::active() || P.External || P.Predictable || P.hasInput())
        return false;
      std::vector<const Origin *> L;
      for (const Origin &O : P.Origins) {
        if (O.Kind == Origin::Const) continue;
        if (O.Kind != Origin::Link || O.Partial || O.Transformed ||
            !(O.What == "object" || O.What == "return") || !projectLink(SM, O))
          return false;
        L.push_back(&O);
      }
      if (L.empty()) return false;
      *Links = std::move(L);
      return true;
    }
    auto W = P.wholeConstants();
    if (W.empty()) return false;
    for (const Origin *O : W) {
      if (O->Clearing) return false;
      if (O->Bytes && O->Bytes->size() < 2) return false;
    }
    return true;
  }

  /// Comparisons inside a condition, each with whether the whole condition
  /// is (or can be) true when the comparison finds its operands equal.
  /// Positive is false under an odd number of enclosing `!`.
  void comparisons(const Expr *E, bool Positive, std::vector<Comparison> &Out) {
    E = stripParenImpCasts(E);
    if (!E) return;
    auto Push = [&](Comparison C, bool EqualMakesTrue) {
      C.TrueIfEqual = Positive ? EqualMakesTrue : !EqualMakesTrue;
      Out.push_back(C);
      if (!C.Helper.empty()) {
        // The other reading of another unit's function: true on equal.
        C.ZeroIsEqual = !C.ZeroIsEqual;
        C.TrueIfEqual = !C.TrueIfEqual;
        Out.push_back(C);
      }
    };
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_LNot) return;
      if (auto C = compareOf(UO->getSubExpr())) {
        Push(*C, C->ZeroIsEqual); // !strcmp(): true on equal; !equals(): true on different
        return;
      }
      comparisons(UO->getSubExpr(), !Positive, Out);
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isLogicalOp()) {
        comparisons(BO->getLHS(), Positive, Out);
        comparisons(BO->getRHS(), Positive, Out);
        return;
      }
      if (BO->getOpcode() != BO_EQ && BO->getOpcode() != BO_NE) return;
      bool Eq = BO->getOpcode() == BO_EQ;
      for (int Side = 0; Side < 2; ++Side) {
        const Expr *Call = Side ? BO->getRHS() : BO->getLHS();
        const Expr *Zero = Side ? BO->getLHS() : BO->getRHS();
        Expr::EvalResult R;
        if (auto C = compareOf(Call))
          if (stripParenImpCasts(Zero)->EvaluateAsInt(R, S.values().context()) &&
              R.Val.getInt().isZero()) {
            // strcmp() == 0: true on equal; equals() == 0: true on different.
            Push(*C, C->ZeroIsEqual == Eq);
            return;
          }
      }
      Comparison C;
      C.Node = BO;
      if (!sides(BO->getLHS(), BO->getRHS(), C)) return;
      if (!C.Subject->getType()->isIntegerType() && !C.Subject->getType()->isRecordType())
        return; // pointer == "literal" compares addresses
      Push(C, Eq);
      return;
    }
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      if ((OC->getOperator() != OO_EqualEqual && OC->getOperator() != OO_ExclaimEqual) ||
          OC->getNumArgs() != 2)
        return;
      Comparison C;
      C.Node = OC;
      if (!sides(OC->getArg(0), OC->getArg(1), C)) return;
      Push(C, OC->getOperator() == OO_EqualEqual);
      return;
    }
    // A bare strcmp(a, b) is true when different; a bare equals() when equal.
    if (auto C = compareOf(E)) Push(*C, !C->ZeroIsEqual);
  }

  bool sides(const Expr *A, const Expr *B, Comparison &C) {
    // Names first: provenance is only asked about credential comparisons.
    Cred KA = credential(A), KB = credential(B);
    bool CredA = KA != Cred::None, CredB = KB != Cred::None;
    if (!CredA && !CredB) return false;
    // A plain token: in an authentication function, or against a code.
    if (KA == Cred::Token && !AuthFunction && !codeLike(B)) CredA = false;
    if (KB == Cred::Token && !AuthFunction && !codeLike(A)) CredB = false;
    if (CredA && constantSide(B, &C.Links)) {
      C.Constant = B;
      C.Subject = A;
      return true;
    }
    if (CredB && constantSide(A, &C.Links)) {
      C.Constant = A;
      C.Subject = B;
      return true;
    }
    return false;
  }

  /// A call that compares two values (a compare model, compare(), equals()).
  std::optional<Comparison> compareOf(const Expr *E) {
    E = stripParenImpCasts(E);
    const Expr *A = nullptr, *B = nullptr;
    bool ZeroIsEqual = true;
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      // A compare model, compare() / equals(), the project's own comparison
      // (`check_token(t, "x")` returning strcmp(a, b) == 0).
      if (std::optional<CompareOperands> O = comparedOperands(S, CE, 0)) {
        A = O->A;
        B = O->B;
        ZeroIsEqual = O->ZeroIsEqual;
      } else if (const FunctionDecl *Callee = CE->getDirectCallee();
                 !PA.model(CE) && Callee && !Callee->hasBody() && CE->getNumArgs() >= 2 &&
                 FactRecorder::active() &&
                 !SM.isInSystemHeader(SM.getFileLoc(Callee->getLocation())) &&
                 !linkageName(Callee).empty()) {
        // Another unit's function given a credential and a constant: whether
        // (and how) it compares them is the link step's question.
        for (unsigned I = 0; I < CE->getNumArgs(); ++I)
          for (unsigned J = 0; J < CE->getNumArgs(); ++J) {
            if (I == J) continue;
            Comparison C;
            C.Node = E;
            if (!sides(CE->getArg(I), CE->getArg(J), C) || !C.Links.empty()) continue;
            if (C.Subject != CE->getArg(I)) continue;
            C.Helper = linkageName(Callee);
            C.HelperArgs = {I, J};
            C.ZeroIsEqual = true; // and the other reading, pushed beside it
            return C;
          }
      }
    }
    // Objective-C: [password isEqualToString:@"..."] (true when equal),
    // [a compare:b] == NSOrderedSame (0 when equal).
    if (const auto *ME = dyn_cast<ObjCMessageExpr>(E);
        ME && ME->getReceiverKind() == ObjCMessageExpr::Instance && ME->getNumArgs() >= 1) {
      StringRef N = ME->getSelector().getNameForSlot(0);
      if (N == "isEqualToString" || N == "isEqual" || N == "isEqualToData" ||
          N == "isEqualToNumber") {
        A = ME->getInstanceReceiver();
        B = ME->getArg(0);
        ZeroIsEqual = false;
      } else if (N == "compare" || N == "caseInsensitiveCompare" || N == "localizedCompare") {
        A = ME->getInstanceReceiver();
        B = ME->getArg(0);
      } else if (const ObjCMethodDecl *MD = ME->getMethodDecl(); MD && !PA.model(ME)) {
        // The project's own comparison method (a category's
        // `[passcode hj_matchesCode:@"..."]`): its operands are the
        // receiver (0) and the arguments (1...). Implemented here: how it
        // compares them; in another unit: the link step's question.
        std::vector<const Expr *> Ops{ME->getInstanceReceiver()};
        Ops.insert(Ops.end(), ME->arg_begin(), ME->arg_end());
        if (const ObjCMethodDecl *Def = methodDefinition(ME)) {
          if (std::optional<CompareHelper> H = objcCompareHelper(S, Def);
              H && H->A < Ops.size() && H->B < Ops.size()) {
            A = Ops[H->A];
            B = Ops[H->B];
            ZeroIsEqual = H->ZeroIsEqual;
          }
        } else if (std::string Sym = objcMethodSymbol(MD);
                   !Sym.empty() && FactRecorder::active()) {
          for (unsigned I = 0; I < Ops.size(); ++I)
            for (unsigned J = 0; J < Ops.size(); ++J) {
              if (I == J) continue;
              Comparison C;
              C.Node = E;
              if (!sides(Ops[I], Ops[J], C) || !C.Links.empty() || C.Subject != Ops[I]) continue;
              C.Helper = Sym;
              C.HelperArgs = {I, J};
              C.ZeroIsEqual = false; // true when equal, as a BOOL method says
              return C;
            }
        }
      }
    }
    if (!A || !B) return std::nullopt;
    Comparison C;
    C.Node = E;
    if (!sides(A, B, C)) return std::nullopt;
    C.ZeroIsEqual = ZeroIsEqual;
    return C;
  }

  bool truthyConstant(const Expr *E, ASTContext &Ctx, const CatalogPattern *Grant) {
    E = E ? E->IgnoreParenCasts() : nullptr;
    if (!E) return false;
    // A status macro named as a grant (`PAM_SUCCESS`, 0): what the API says yes with.
    if (Grant && E->getType()->isIntegerType() && E->getBeginLoc().isMacroID())
      for (StringRef M : S.values().macroNames(E->getBeginLoc()))
        if (std::optional<bool> G = grantStatusName(Cat, M)) return *G;
    if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E)) return B->getValue();
    if (const auto *B = dyn_cast<ObjCBoolLiteralExpr>(E)) return B->getValue();
    // An enumerator named as a status (`SSH_AUTH_SUCCESS`, 0; not `AUTH_DENIED`).
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (isa<EnumConstantDecl>(DRE->getDecl()) && Grant)
        if (std::optional<bool> G = grantStatusName(Cat, DRE->getDecl()->getName())) return *G;
    Expr::EvalResult R;
    if (E->getType()->isIntegerType() && E->EvaluateAsInt(R, Ctx))
      return R.Val.getInt().getExtValue() == 1;
    return false;
  }

  /// The branch gives something away: returns true/1/OK, sets a grant flag,
  /// calls a grant function.
  bool grant(const Stmt *Branch) {
    ASTContext &Ctx = S.values().context();
    const CatalogPattern *Value = Cat.pattern("grant-value-name");
    const CatalogPattern *Flag = Cat.pattern("grant-flag-name");
    const CatalogPattern *Call = Cat.pattern("grant-call-name");
    return anyStmtIn(Branch, [&](const Stmt *St) {
      if (const auto *R = dyn_cast<ReturnStmt>(St))
        return truthyConstant(R->getRetValue(), Ctx, Value);
      if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
        if (BO->getOpcode() != BO_Assign) return false;
        std::string N = StringRef(operandName(BO->getLHS())).lower();
        if (Flag && !N.empty() && Flag->match(N) && truthyConstant(BO->getRHS(), Ctx, Value))
          return true;
        // A status the function returns set to a grant (`retval =
        // PAM_SUCCESS;` ... `return retval;`).
        const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
        const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
        return VD && VD->isLocalVarDecl() && returnsAsIs(VD) &&
               truthyConstant(BO->getRHS(), Ctx, Value);
      }
      if (const auto *CE = dyn_cast<CallExpr>(St))
        return calleeMatches(CE, Call) && !dropsPrivilege(CE);
      return false;
    });
  }

  /// setuid(pw->pw_uid), setgid(nobody_gid): a privilege call that the
  /// catalog says raises privilege only with a zero argument, given another.
  bool dropsPrivilege(const CallExpr *CE) {
    const FunctionModel *M = PA.model(CE);
    if (!M || M->Payload != PayloadKind::Privilege || M->PayloadZeroArg < 0 ||
        unsigned(M->PayloadZeroArg) >= CE->getNumArgs())
      return false;
    const Expr *A = CE->getArg(M->PayloadZeroArg);
    Expr::EvalResult R;
    if (!A->isValueDependent() && A->EvaluateAsInt(R, S.values().context()))
      return !R.Val.getInt().isZero();
    return true; // an account looked up at run time, not root
  }

  /// The branch replaces the compared user name, or the account looked up
  /// from it, with an account that is not a privileged one: `if
  /// (strcmp(user, "root") == 0) user = "nobody";` and `pw =
  /// getpwnam(cfg->user); if (!pw && !strcmp(cfg->user, "daemon")) pw =
  /// getpwnam("nobody");` pick a fallback account; the literal opens nothing.
  /// (`user = "root"`, `pw = getpwnam("root")` or `getpwuid(0)` would raise
  /// privilege, and stay grants.)
  bool replacesSubject(const Stmt *Branch, const Expr *Subject) {
    std::string N = operandName(Subject);
    if (N.empty() || !Branch) return false;
    std::set<std::string> Names{N};
    // Variables the function sets from the subject (an account record
    // looked up by the name, a copy of it).
    anyStmtIn(Body, [&](const Stmt *St) {
      const Expr *R = nullptr;
      std::string LN;
      QualType T;
      if (const auto *BO = dyn_cast<BinaryOperator>(St); BO && BO->getOpcode() == BO_Assign) {
        R = BO->getRHS();
        LN = operandName(BO->getLHS());
        T = BO->getLHS()->getType();
      } else if (const auto *DS = dyn_cast<DeclStmt>(St)) {
        for (const Decl *D : DS->decls())
          if (const auto *VD = dyn_cast<VarDecl>(D);
              VD && VD->getInit() && VD->getDeclName().isIdentifier()) {
            R = VD->getInit();
            LN = VD->getName().str();
            T = VD->getType();
          }
      }
      // An account (a record, a name): not a length or a flag computed from it.
      if (!R || LN.empty() || LN == N || T.isNull() || !(T->isPointerType() || T->isRecordType()))
        return false;
      bool FromSubject = anyStmtIn(R, [&](const Stmt *X) {
        const auto *E = dyn_cast<Expr>(X);
        return E && (isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) && operandName(E) == N;
      });
      if (FromSubject) Names.insert(LN);
      return false;
    });
    const CatalogPattern *Priv = Cat.pattern("privileged-account-name");
    auto Privileged = [&](StringRef V) { return Priv && Priv->match(V.lower()); };
    bool Replaced = false, Raises = false;
    anyStmtIn(Branch, [&](const Stmt *St) {
      const auto *BO = dyn_cast<BinaryOperator>(St);
      if (!BO || BO->getOpcode() != BO_Assign || !Names.count(operandName(BO->getLHS())))
        return false;
      Replaced = true;
      for (const Value &V : S.values().strings(BO->getRHS()))
        if (Privileged(V.S)) Raises = true;
      // The account named or numbered in the lookup: getpwnam("root"), getpwuid(0).
      anyStmtIn(BO->getRHS(), [&](const Stmt *X) {
        if (const auto *SL = dyn_cast<clang::StringLiteral>(X))
          Raises |= SL->getCharByteWidth() == 1 && Privileged(SL->getString());
        if (const auto *IL = dyn_cast<IntegerLiteral>(X))
          Raises |= Privileged(std::to_string(IL->getValue().getZExtValue()));
        return false;
      });
      return false;
    });
    return Replaced && !Raises;
  }

  /// Everything the branch does is overwrite the compared value: a
  /// placeholder the program swaps for the real thing (`if (!strcmp(pw,
  /// "[[BLANK]]")) CLEAR(pw);`, `*pw = ""`). Nothing is granted.
  bool rewritesOnly(const Stmt *Branch, const Expr *Subject) {
    std::string N = operandName(Subject);
    if (N.empty() || !Branch) return false;
    auto Names = [&](const Expr *E) {
      E = E->IgnoreParenCasts();
      if (const auto *UO = dyn_cast<UnaryOperator>(E))
        if (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref)
          E = UO->getSubExpr()->IgnoreParenCasts();
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) E = AS->getBase()->IgnoreParenCasts();
      return operandName(E) == N;
    };
    std::vector<const Stmt *> Sts;
    if (const auto *CS = dyn_cast<CompoundStmt>(Branch))
      Sts.assign(CS->body_begin(), CS->body_end());
    else
      Sts.push_back(Branch);
    if (Sts.empty()) return false;
    for (const Stmt *St : Sts) {
      const auto *E = dyn_cast<Expr>(St);
      if (!E) return false;
      E = E->IgnoreParenCasts();
      if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
        if (BO->getOpcode() != BO_Assign || !Names(BO->getLHS())) return false;
        continue;
      }
      // memset(&pw, 0, sizeof pw), strcpy(pw, ""), explicit_bzero(pw, n)
      const auto *CE = dyn_cast<CallExpr>(E);
      if (!CE || CE->getNumArgs() < 2 || !Names(CE->getArg(0))) return false;
      for (unsigned I = 1; I < CE->getNumArgs(); ++I)
        if (anyStmtIn(CE->getArg(I), [&](const Stmt *X) {
              return isa<CallExpr>(X) ||
                     isa<DeclRefExpr>(X) &&
                         !isa<EnumConstantDecl>(cast<DeclRefExpr>(X)->getDecl()) &&
                         !anyParentSizeof(CE->getArg(I), X);
            }))
          return false;
    }
    return true;
  }

  /// \p X sits under a sizeof inside \p Root.
  static bool anyParentSizeof(const Expr *Root, const Stmt *X) {
    return anyStmtIn(Root, [&](const Stmt *St) {
      const auto *U = dyn_cast<UnaryExprOrTypeTraitExpr>(St);
      return U && U->getKind() == UETT_SizeOf &&
             anyStmtIn(U, [&](const Stmt *Y) { return Y == X; });
    });
  }

  /// The function returns only the constants 1 and 0 (`return 1;` once
  /// the credential checks out, `return 0;` refused): a yes/no answer.
  bool yesNoFunction() {
    if (!YesNo) YesNo = yesNoAnswers(Body, S.values().context());
    return *YesNo;
  }
  std::optional<bool> YesNo;

  /// The branch refuses: returns false/0/negative, or reports an error
  /// (a call named like a warning or a log) and grants nothing by its
  /// returns (`NSLog(@"break-glass access granted"); return YES;` grants).
  bool deny(const Stmt *Branch) {
    ASTContext &Ctx = S.values().context();
    const CatalogPattern *Call = Cat.pattern("deny-call-name");
    bool Grants = false;
    bool Refuses = anyStmtIn(Branch, [&](const Stmt *St) {
      const auto *R = dyn_cast<ReturnStmt>(St);
      if (!R) return false;
      std::optional<bool> Yes = answer(R);
      Grants |= Yes == true;
      return Yes == false;
    });
    if (Refuses) return true;
    if (Grants) return false;
    return anyStmtIn(Branch, [&](const Stmt *St) {
      if (const auto *CE = dyn_cast<CallExpr>(St)) return calleeMatches(CE, Call);
      return false;
    });
  }

  /// What a return of the function answers: false (a refusal: false, NO,
  /// a negative code, 0 in a yes/no function, a name such as
  /// AUTH_DENIED), true (true, YES, 1 in a yes/no function), or neither.
  std::optional<bool> answer(const ReturnStmt *R) {
    ASTContext &Ctx = S.values().context();
    const Expr *E = R->getRetValue() ? R->getRetValue()->IgnoreParenCasts() : nullptr;
    if (!E) return std::nullopt;
    if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E)) return B->getValue();
    // A refusal spelled by name (`return ISAPI_AUTH_FAIL;`, `return
    // AUTH_DENIED;`), whatever its value.
    for (StringRef N : S.values().macroNames(E->getBeginLoc()))
      if (catalogMatch(Cat, "deny-value-name", N)) return false;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (isa<EnumConstantDecl>(DRE->getDecl()) &&
          catalogMatch(Cat, "deny-value-name", DRE->getDecl()->getName()))
        return false;
    // A yes spelled by name (`return SSH_AUTH_SUCCESS;`, 0 beside
    // SSH_AUTH_DENIED's 1; `return PAM_SUCCESS;`), whatever its value.
    for (StringRef N : S.values().macroNames(E->getBeginLoc()))
      if (std::optional<bool> G = grantStatusName(Cat, N)) return *G;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (isa<EnumConstantDecl>(DRE->getDecl()))
        if (std::optional<bool> G = grantStatusName(Cat, DRE->getDecl()->getName())) return *G;
    Expr::EvalResult Res;
    if (!E->getType()->isIntegerType() || E->isValueDependent() || !E->EvaluateAsInt(Res, Ctx))
      return std::nullopt;
    int64_t V = Res.Val.getInt().getExtValue();
    // `return NO;`, C's `return false;`: a yes/no answer's no; so is 0
    // in a function whose constant answers are 1 and 0 only.
    bool YesNo = booleanType(ReturnType) || yesNoFunction();
    if (V < 0 || (V == 0 && YesNo)) return false;
    if (V == 1 && YesNo) return true;
    return std::nullopt;
  }

  /// The variable or field \p E names (through parentheses, casts, `&`,
  /// `c_str()`, `data()`), or null.
  static const ValueDecl *namedDecl(const Expr *E) {
    E = stripAll(E);
    if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E))
      if (const auto *M = MC->getMethodDecl();
          M && M->getDeclName().isIdentifier() &&
          (M->getName() == "c_str" || M->getName() == "data"))
        E = stripAll(MC->getImplicitObjectArgument());
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E)) return DRE->getDecl();
    if (const auto *ME = dyn_cast_or_null<MemberExpr>(E)) return ME->getMemberDecl();
    return nullptr;
  }

  /// \p E is the length of \p D: `strlen(pw)`, `pw.size()`, `pw.length()`.
  static bool lengthOf(const Expr *E, const ValueDecl *D) {
    E = stripAll(E);
    if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *M = MC->getMethodDecl();
      return M && M->getDeclName().isIdentifier() &&
             (M->getName() == "size" || M->getName() == "length") &&
             namedDecl(MC->getImplicitObjectArgument()) == D;
    }
    const auto *CE = dyn_cast_or_null<CallExpr>(E);
    const FunctionDecl *F = CE ? CE->getDirectCallee() : nullptr;
    if (!F || !F->getDeclName().isIdentifier() || CE->getNumArgs() < 1) return false;
    StringRef N = F->getName();
    return (N == "strlen" || N == "strnlen" || N == "wcslen") && namedDecl(CE->getArg(0)) == D;
  }

  /// \p Cond, when true, rules out that \p D is \p Len characters long
  /// (\p WhenTrue) or, when false, that it is (!\p WhenTrue): `strlen(pw)
  /// != N` or `strlen(pw) < N` with N above Len, alone or in a `||` (true) or
  /// `&&` (false) chain.
  bool rulesOutLength(const Expr *Cond, const ValueDecl *D, uint64_t Len, bool WhenTrue) {
    Cond = stripParenImpCasts(Cond);
    const auto *BO = dyn_cast_or_null<BinaryOperator>(Cond);
    if (!BO) return false;
    if (BO->getOpcode() == (WhenTrue ? BO_LOr : BO_LAnd))
      return rulesOutLength(BO->getLHS(), D, Len, WhenTrue) ||
             rulesOutLength(BO->getRHS(), D, Len, WhenTrue);
    if (!BO->isComparisonOp()) return false;
    BinaryOperatorKind Op = BO->getOpcode();
    const Expr *L = BO->getLHS(), *N = BO->getRHS();
    if (!lengthOf(L, D)) {
      std::swap(L, N);
      Op = BinaryOperator::reverseComparisonOp(Op);
      if (!lengthOf(L, D)) return false;
    }
    if (!WhenTrue) Op = BinaryOperator::negateComparisonOp(Op);
    Expr::EvalResult R;
    if (N->isValueDependent() || !N->EvaluateAsInt(R, S.values().context())) return false;
    int64_t M = R.Val.getInt().getExtValue();
    // Op(length, M) leads away from the comparison: the length it needs.
    switch (Op) {
    case BO_NE: return M >= 0 && uint64_t(M) != Len; // it must be M
    case BO_LT: return M > 0 && uint64_t(M) > Len;   // at least M
    case BO_LE: return M >= 0 && uint64_t(M) >= Len; // more than M
    default: return false;
    }
  }

  /// The function lets the comparison \p C run only when the credential is
  /// of a length the literal is not: an earlier `if (strlen(pw) !=
  /// TOTAL_LEN) return false;`, `strlen(pw) == TOTAL_LEN && ...` or
  /// `pw.size() < 12 || ...` with another length. The literal is then never the whole credential, only a
  /// marker of a structured value (openvpn's `is_auth_token`: the session
  /// token prefix of a fixed-length token its caller verifies by HMAC):
  /// nobody gets in by knowing it.
  bool lengthRuledOut(const Comparison &C) {
    const ValueDecl *D = namedDecl(C.Subject);
    if (!D || !C.Node) return false;
    std::optional<uint64_t> Len;
    for (const Origin *O : PA.of(C.Constant).wholeConstants()) {
      if (!O->Bytes || O->Transformed) return false;
      uint64_t L = StringRef(*O->Bytes).split('\0').first.size();
      if (Len && *Len != L) return false;
      Len = L;
    }
    if (!Len) return false;
    if (!Parents) Parents = std::make_unique<ParentMap>(const_cast<Stmt *>(Body));
    const Stmt *Cur = C.Node;
    for (unsigned Depth = 0; Cur && Depth < 64; ++Depth) {
      const Stmt *P = Parents->getParent(Cur);
      if (!P) break;
      // `strlen(pw) == N && cmp` runs cmp only when the left side holds;
      // `pw.size() < 12 || pw == "keepsafe"` only when it does not.
      if (const auto *BO = dyn_cast<BinaryOperator>(P);
          BO && BO->isLogicalOp() && BO->getRHS() == Cur &&
          rulesOutLength(BO->getLHS(), D, *Len, /*WhenTrue=*/BO->getOpcode() == BO_LOr))
        return true;
      if (const auto *CS = dyn_cast<CompoundStmt>(P))
        for (const Stmt *St : CS->body()) {
          if (St == Cur) break;
          const auto *If = dyn_cast<IfStmt>(St);
          if (!If || If->getElse() || !If->getCond()) continue;
          const Stmt *Then = If->getThen();
          if (const auto *B = dyn_cast<CompoundStmt>(Then); B && B->size() == 1)
            Then = B->body_front();
          if (isa<ReturnStmt>(Then) && rulesOutLength(If->getCond(), D, *Len, /*WhenTrue=*/true))
            return true;
        }
      Cur = P;
    }
    return false;
  }
  std::unique_ptr<ParentMap> Parents;

  void condition(const Expr *Cond, const Stmt *Then, const Stmt *Else, const Stmt *Owner,
                 bool Returned = false) {
    std::vector<Comparison> Cs;
    comparisons(Cond, true, Cs);
    for (const Comparison &C : Cs) {
      if (Reported.count(C.Node)) continue;
      Cred K = credential(C.Subject);
      if (K == Cred::None) continue;
      if (K == Cred::Password && ByReader && promptAnswer(C.Constant)) continue;
      const Stmt *Match = C.TrueIfEqual ? Then : Else;
      bool Grants, Denies;
      if (Returned) {
        // The function returns the match itself: true when equal grants.
        Grants = C.TrueIfEqual && (booleanType(ReturnType) || AuthFunction);
        Denies = !C.TrueIfEqual;
      } else {
        Grants = grant(Match);
        Denies = deny(Match);
      }
      if (K == Cred::Username && !Returned && replacesSubject(Match, C.Subject)) continue;
      if (K != Cred::Username && !Returned && !Grants && rewritesOnly(Match, C.Subject)) continue;
      if (K == Cred::Username && !(Grants && AuthFunction)) continue;
      // A numeric user id (`peer_uid == 5137`, from SO_PEERCRED or getuid)
      // names an account the system authenticated: trusting one is
      // backdoor-trusted-identity's finding, not a literal credential.
      if (K == Cred::Username && C.Subject->getType()->isIntegerType() &&
          StringRef(operandName(C.Subject)).lower().find("uid") != std::string::npos)
        continue;
      if ((K == Cred::Password || K == Cred::Hash || K == Cred::Token ||
           K == Cred::Fingerprint) &&
          (Denies || (!Grants && !Match && !Returned)))
        continue;
      // A key fingerprint counts only when its match grants something.
      if (K == Cred::Fingerprint && !Grants && !Returned) continue;
      // A name that says only "token" is a parser's as often as a secret's:
      // its match must grant something (a keyword dispatch that sets an
      // option grants nothing).
      if (K == Cred::Token && !Grants && !Returned) continue;
      if (lengthRuledOut(C)) continue;
      if (C.Helper.empty()) Reported.insert(C.Node);
      Candidate Cd;
      Cd.Rule = rules::MagicCredential;
      Cd.Loc = SM.getFileLoc(C.Constant->getBeginLoc());
      std::string Subject = operandName(C.Subject);
      if (K == Cred::Hash)
        Cd.Message = "'" + Subject +
                     "' is compared with a hardcoded hash; the matching password is a master "
                     "password anyone who recovers it can use";
      else if (K == Cred::Fingerprint)
        Cd.Message = "'" + Subject +
                     "' is compared with a hardcoded key fingerprint; whoever holds the matching "
                     "private key gets in";
      else if (K == Cred::Username)
        Cd.Message = "access is granted when '" + Subject +
                     "' equals a literal; anyone who knows it gets in without the real check";
      else
        Cd.Message = "'" + Subject +
                     "' is compared with a hardcoded value; anyone who knows the literal gets "
                     "in";
      if (!C.Helper.empty()) {
        // Reported by the link step when the function compares those two
        // parameters with this reading.
        if (FactRecorder *R = FactRecorder::active())
          R->query(json::Object{{"kind", "credential-helper"},
                                {"symbol", C.Helper},
                                {"args", json::Array{int64_t(C.HelperArgs.first),
                                                     int64_t(C.HelperArgs.second)}},
                                {"zero-is-equal", C.ZeroIsEqual},
                                {"message", Cd.Message},
                                {"at", locFact(SM, Cd.Loc)}});
        continue;
      }
      if (!C.Links.empty()) {
        // Another unit's constant: the link step reports it when every
        // value the data may be is constant.
        if (FactRecorder *R = FactRecorder::active())
          for (const Origin *O : C.Links)
            R->query(json::Object{{"kind", "credential-compare"},
                                  {"message", Cd.Message},
                                  {"at", locFact(SM, Cd.Loc)},
                                  {"link", linkFact(S, *O)}});
        continue;
      }
      // The constant's definition, when it is not the literal itself.
      const Prov &P = PA.of(C.Constant);
      for (const Origin *O : P.wholeConstants()) {
        if (!O->Def) continue;
        SourceLocation L = O->Def->getBeginLoc().isMacroID()
                               ? SM.getSpellingLoc(O->Def->getBeginLoc())
                               : SM.getFileLoc(O->Def->getBeginLoc());
        if (SM.getExpansionLineNumber(L) != SM.getExpansionLineNumber(Cd.Loc))
          Cd.Notes.push_back({L, "constant defined here"});
        break;
      }
      Out.push_back(std::move(Cd));
    }
  }
};

} // namespace

const std::vector<Candidate> &credentialsOfFunction(AnalysisSession &S, const FunctionDecl *FD) {
  return S.memo(FD, MemoKey::CredentialsOfFunction, [&] {
    FunctionScan F(S, FD->getBody(), FD->getDeclName().isIdentifier() ? FD->getName() : "",
                   FD->parameters(), FD->getReturnType());
    if (FD->getBody()) F.TraverseStmt(FD->getBody());
    // A comparison of two parameters other units may call with a credential
    // and a constant: the "compares" fact of the function.
    if (FactRecorder *R = FactRecorder::active())
      if (auto H = compareHelper(S, FD)) {
        std::string Sym = linkageName(FD);
        if (!Sym.empty())
          R->functionFact(Sym, FD->getNameAsString(), "compares",
                          json::Object{{"params", json::Array{int64_t(H->A), int64_t(H->B)}},
                                       {"zero-is-equal", H->ZeroIsEqual},
                                       {"at", locFact(S.values().context().getSourceManager(),
                                                      FD->getLocation())}});
      }
    return std::move(F.Out);
  });
}

const std::vector<Candidate> &credentialsOfObjCMethod(AnalysisSession &S, const ObjCMethodDecl *MD) {
  return S.memo(MD, MemoKey::CredentialsOfFunction, [&] {
    FunctionScan F(S, MD->getBody(), MD->getSelector().getNameForSlot(0), MD->parameters(),
                   MD->getReturnType());
    if (MD->getBody()) F.TraverseStmt(MD->getBody());
    // A comparison of its receiver and a parameter (or two parameters) that
    // other units may send with a credential and a constant.
    if (FactRecorder *R = FactRecorder::active())
      if (auto H = objcCompareHelper(S, MD)) {
        std::string Sym = objcMethodSymbol(MD);
        if (!Sym.empty())
          R->functionFact(Sym, MD->getSelector().getAsString(), "compares",
                          json::Object{{"params", json::Array{int64_t(H->A), int64_t(H->B)}},
                                       {"zero-is-equal", H->ZeroIsEqual},
                                       {"at", locFact(S.values().context().getSourceManager(),
                                                      MD->getLocation())}});
      }
    return std::move(F.Out);
  });
}

} // namespace backdoor
