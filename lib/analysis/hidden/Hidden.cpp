//===--- Hidden.cpp - input triggers, trusted identities, bombs ----------===//
#include "analysis/hidden/Hidden.h"
#include "analysis/escrow/Escrow.h"
#include "analysis/secrets/Credentials.h"

#include "core/AstUtil.h"
#include "core/Conditionals.h"
#include "core/Guards.h"
#include "core/OriginText.h"
#include "core/Provenance.h"
#include "core/Summary.h"
#include "core/CallSite.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/StringExtras.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/bit.h"
#include "llvm/ADT/StringSwitch.h"
#include <cmath>
#include <map>
#include <optional>
#include <functional>
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

namespace {

constexpr MemoKey StateKey = MemoKey::HiddenState, FunctionKey = MemoKey::HiddenOfFunction;
/// Integers below this are protocol codes, flags and lengths, not magic.
constexpr int64_t MagicNumberMin = 0x1000;

bool named(const Catalog &Cat, StringRef Pattern, StringRef Name) {
  return !Name.empty() && catalogMatch(Cat, Pattern, Name);
}

/// A user or group id of a process, a client or a user: `euid`, `g_euid`,
/// `cr_uid`, or `uid` of a record of credentials (`cl->cred.uid`).
bool rootIdField(const Catalog &Cat, const ValueDecl *D) {
  if (!D->getDeclName().isIdentifier()) return false;
  if (named(Cat, "root-id-field", D->getName())) return true;
  const auto *F = dyn_cast<FieldDecl>(D);
  if (!F || !named(Cat, "root-id-plain-field", F->getName())) return false;
  std::string Rec = recordName(F->getParent());
  return !Rec.empty() && named(Cat, "credential-record-name", Rec);
}

/// The function, Objective-C method or block whose body \p DC is (the owner
/// of a local variable), else null.
const Decl *bodyOwner(const DeclContext *DC) {
  if (const auto *F = dyn_cast_or_null<FunctionDecl>(DC)) return F;
  if (const auto *B = dyn_cast_or_null<BlockDecl>(DC)) return B;
  return dyn_cast_or_null<ObjCMethodDecl>(DC);
}

/// Input the operator chooses, not a peer: the command line, the environment.
bool operatorInput(StringRef K) { return K == "command-line" || K == "environment"; }

/// How a finding names the identity of the machine the program runs on
/// (catalog `host-identity`): its message says who is singled out.
constexpr llvm::StringLiteral MachineIdentity("the machine's identity");

bool isIdentityKind(StringRef K) {
  return K == "peer-address" || K == "peer-name" || K == "certificate" || K == "user-id" ||
         K == "host-identity";
}

/// Where untrusted data came from.
struct InputInfo {
  std::string Kind;             // a model's input kind, "command-line" or "request"
  std::string Desc;             // "input read by 'recv'"
  const Stmt *Source = nullptr; // the reading call, if any
  bool Counter = false;         // a clock that counts from boot (uptime, ticks), not a date
  bool Events = false;          // a count the program keeps itself (++requests)
  // Kind "linked": returned by a function another unit defines; whether that
  // is input is its "input" fact, known at the link step.
  std::string LinkSymbol, LinkName;
  int LinkParam = -1; // a parameter of LinkSymbol its callers in other units fill
  const clang::Decl *LinkFn = nullptr; // LinkSymbol's declaration, for a parameter
  // What LinkSymbol writes through its parameter LinkOut at a call that
  // hands it input as parameter LinkFrom (a base64 decoder of another unit
  // filling `svc` from a request header): input when that function's "out"
  // fact says it writes that parameter's data there. FromKind and Desc are
  // the input's.
  int LinkOut = -1, LinkFrom = -1;
  std::string FromKind;
  const Stmt *LinkCall = nullptr;
  // A field of a header's record the unit never writes (`p->sub`): input
  // also when some unit stores input in that field (its "members" facts),
  // the link step's question when the one above has no answer.
  std::string LinkMember;
  explicit operator bool() const { return !Kind.empty(); }
};

/// A condition that holds when input equals (starts with, contains) a constant.
struct Match {
  const Expr *At = nullptr;      // the condition or case label reported
  const Expr *Subject = nullptr; // the input side
  std::string Constant;          // as messages show it
  std::string Kind; // equal, prefix, substring, position, regex, char, number, hash, time, flag
  bool TrueIsMatch = true; // the true edge is the matching one
  // Character checks (p[i] == 0x3a): the buffer, the offset and the byte.
  const ValueDecl *Base = nullptr;
  const ValueDecl *IndexVar = nullptr;
  int64_t Offset = 0;
  int64_t Byte = 0;
  InputInfo In;
  // A flag set by a trigger elsewhere (Kind "flag"): the original match.
  const Match *Origin = nullptr;
  const Expr *FlagSet = nullptr;
  // A helper another unit defines, called with the input (Kind "linked"):
  // whether it matches a constant is its "matcher" fact, known at the link step.
  std::string LinkSymbol, LinkName;
  unsigned LinkParam = 0;
  /// How many different constants the constant side may be (an allow-list
  /// walked in a loop, `strcmp(j->arg, kServices[i])`): each is a sibling
  /// match of a dispatch.
  unsigned Alternatives = 1;
};

/// What happens in a CFG block that the rules care about.
struct Event {
  enum KindTy { Payload, Grant, Verify, AuthRead, FlagSet } Kind;
  const Stmt *At = nullptr;
  std::string What;            // payload kind, flag name
  std::string Via;             // the API or helper
  const Expr *Inner = nullptr; // for a helper's payload: the call inside it
  std::string InnerVia;
  const ValueDecl *Flag = nullptr; // FlagSet: the flag
  std::string Symbol;              // What "linked": the helper's linkage name
};

struct Edge {
  unsigned From = 0, To = 0;
  Match M;
  BitVector Controlled; // blocks reachable only through this edge
};

struct FunctionCfg {
  std::unique_ptr<CFG> G;
  std::vector<std::vector<Event>> Events; // by block id
  std::vector<Edge> Edges;
  std::vector<std::vector<unsigned>> Succ, Pred;
  bool Verifies = false; // some block verifies a password, signature or certificate
  // The blocks every path from the entry reaches only through a
  // verification (Analyzer::verifiedBefore), computed on the first question.
  mutable std::optional<BitVector> Guarded;
};

/// Variables of static storage the unit's main file increments (`++requests`,
/// `n += 1`), and the globals it compares with something.
struct Counters {
  DenseSet<const VarDecl *> Incremented, Compared;
};

/// The variable of static storage \p X names, itself or incremented
/// (`runs`, `++runs`), canonical; else null.
const VarDecl *countedGlobal(const Expr *X) {
  X = X->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(X); U && U->isIncrementDecrementOp())
    X = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *D = dyn_cast<DeclRefExpr>(X);
  const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  return V && V->hasGlobalStorage() ? V->getCanonicalDecl() : nullptr;
}

struct State {
  // By function or Objective-C method (bodyOwner).
  DenseMap<const Decl *, FunctionFacts> Facts;
  DenseSet<const Decl *> FactsInProgress;
  std::map<const Decl *, std::unique_ptr<FunctionCfg>> Cfgs;
  DenseSet<const Decl *> CfgInProgress;
  int Relevant = -1;     // the unit calls a payload or verifies: else nothing to find
  int CallsPayload = -1; // the unit calls a payload (a catalog `payload:` model)
  int ReadsInput = -1;   // the unit calls an input source (a catalog `input:` model)
  // Functions that put a descriptor onto standard input, output or error
  // (dup2(sock, 0)): a command they run is a shell on that descriptor.
  DenseMap<const Decl *, bool> RedirectsStdio;
  DenseMap<const Decl *, bool> DeniesNegative;
  // Flags a trigger sets: the flag, the function, the edge index and the write.
  std::vector<std::tuple<const ValueDecl *, const Decl *, unsigned, const Stmt *>> FlagSets;
  // Counts the program keeps (countersOf), computed once.
  std::optional<Counters> Counts;
  // The build switch of each active and skipped region of the unit (the last
  // of its macros named like one, or ""), by index: computed once per unit,
  // not once per function and region (thousands of each in a C++ unit).
  std::optional<std::vector<std::string>> ActiveSwitches, SkippedSwitches;
  // The unit's usage and help texts (string literals of the main file that
  // say "usage"), computed once.
  std::optional<std::vector<std::string>> UsageTexts;
};

/// A word every client of a protocol sends (`"POST"`, an HTTP method:
/// catalog `protocol-keyword`): a request routed on it is no secret's.
bool protocolKeyword(AnalysisSession &S, StringRef Word) {
  if (Word.size() < 3 || !Word.starts_with("\"") || !Word.ends_with("\"")) return false;
  return catalogMatch(S.catalog(), "protocol-keyword", Word.drop_front().drop_back());
}

/// \p Word (the text of a constant a trigger compares with, quoted) is a
/// word of the unit's own usage text (`"usage: quill-cli generate |
/// unlock-pin PIN"`): a command the program documents to whoever runs it,
/// not a hidden one.
bool documentedCommand(AnalysisSession &S, StringRef Word) {
  if (Word.size() < 4 || !Word.starts_with("\"") || !Word.ends_with("\"")) return false;
  Word = Word.drop_front().drop_back();
  if (Word.contains('\\')) return false; // escapes: no command word
  State &St = S.state<State>(StateKey);
  if (!St.UsageTexts) {
    St.UsageTexts.emplace();
    struct Visitor : SemanticVisitor<Visitor> {
      const SourceManager &SM;
      std::vector<std::string> &Out;
      Visitor(const SourceManager &SM, std::vector<std::string> &Out) : SM(SM), Out(Out) {}
      bool VisitStringLiteral(clang::StringLiteral *SL) {
        if (SL->getCharByteWidth() != 1 || Out.size() >= 64 ||
            !SM.isInMainFile(SM.getExpansionLoc(SL->getBeginLoc())))
          return true;
        StringRef T = SL->getString();
        if (T.size() <= 4096 && T.contains_insensitive("usage")) Out.push_back(T.str());
        return true;
      }
    } V(S.values().context().getSourceManager(), *St.UsageTexts);
    V.TraverseDecl(S.values().context().getTranslationUnitDecl());
  }
  auto WordChar = [](char C) { return llvm::isAlnum(C) || C == '_' || C == '-'; };
  for (StringRef T : *St.UsageTexts)
    for (size_t At = T.find(Word); At != StringRef::npos; At = T.find(Word, At + 1)) {
      size_t End = At + Word.size();
      if ((At == 0 || !WordChar(T[At - 1])) && (End == T.size() || !WordChar(T[End])))
        return true;
    }
  return false;
}

const Counters &countersOf(AnalysisSession &S) {
  State &St = S.state<State>(StateKey);
  if (St.Counts) return *St.Counts;
  struct Visitor : SemanticVisitor<Visitor> {
    Counters Out;
    bool VisitUnaryOperator(UnaryOperator *U) {
      if (U->isIncrementOp())
        if (const VarDecl *V = countedGlobal(U->getSubExpr())) Out.Incremented.insert(V);
      return true;
    }
    bool VisitCompoundAssignOperator(CompoundAssignOperator *C) {
      if (C->getOpcode() == BO_AddAssign)
        if (const VarDecl *V = countedGlobal(C->getLHS())) Out.Incremented.insert(V);
      return true;
    }
    bool VisitBinaryOperator(BinaryOperator *B) {
      if (B->isComparisonOp())
        for (const Expr *X : {B->getLHS(), B->getRHS()})
          if (const VarDecl *V = countedGlobal(X)) Out.Compared.insert(V);
      return true;
    }
  } V;
  // The main file's declarations: a header's inline helpers keep no count
  // of this program's.
  const ASTContext &Ctx = S.values().context();
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation()))) V.TraverseDecl(D);
  St.Counts = std::move(V.Out);
  return *St.Counts;
}

/// "2026-01-01" for seconds since 1970 (H. Hinnant's civil_from_days).
std::string civilDate(int64_t Secs) {
  int64_t Z = Secs / 86400 + 719468;
  int64_t Era = (Z >= 0 ? Z : Z - 146096) / 146097;
  int64_t Doe = Z - Era * 146097;
  int64_t Yoe = (Doe - Doe / 1460 + Doe / 36524 - Doe / 146096) / 365;
  int64_t Y = Yoe + Era * 400, Doy = Doe - (365 * Yoe + Yoe / 4 - Yoe / 100);
  int64_t Mp = (5 * Doy + 2) / 153, D = Doy - (153 * Mp + 2) / 5 + 1;
  int64_t Mo = Mp < 10 ? Mp + 3 : Mp - 9;
  if (Mo <= 2) ++Y;
  char Buf[32];
  snprintf(Buf, sizeof Buf, "%04lld-%02lld-%02lld", (long long)Y, (long long)Mo, (long long)D);
  return Buf;
}

/// The condition a two-way block branches on: for `if (a && b)` the block of
/// `b` branches on `b`, not on the whole condition.
const Expr *condOf(const CFGBlock *B) {
  if (B->succ_size() != 2) return nullptr;
  if (const Expr *E = B->getLastCondition()) return E;
  return dyn_cast_or_null<Expr>(B->getTerminatorCondition());
}

std::string quoted(StringRef S) {
  std::string Out = "\"";
  bool AfterHex = false; // "\x13" then '7' would read as "\x137": escape it too
  for (char C : S) {
    bool Hex = AfterHex && isHexDigit(C);
    AfterHex = false;
    if (C == '"' || C == '\\')
      Out += '\\', Out += C;
    else if (C >= 0x20 && C < 0x7f && !Hex)
      Out += C;
    else {
      AfterHex = true;
      char Buf[8];
      snprintf(Buf, sizeof Buf, "\\x%02x", unsigned(static_cast<unsigned char>(C)));
      Out += Buf;
    }
  }
  return Out + "\"";
}

/// The facts of a body of the unit (a function's definition or a method's),
/// memoized per unit.
const FunctionFacts &factsOfBody(AnalysisSession &S, const Decl *Def);

class Analyzer {
public:
  Analyzer(AnalysisSession &S)
      : S(S), PA(S.provenance()), Cat(S.catalog()), Ctx(S.values().context()),
        SM(Ctx.getSourceManager()), St(S.state<State>(StateKey)) {}

  /// The facts of a function (its definition) or a method of the unit.
  const FunctionFacts &factsOf(const Decl *D) {
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) return hiddenFacts(S, FD);
    return factsOfBody(S, D);
  }

  // ---- constants and input -------------------------------------------------

  bool isConstant(const Expr *E) {
    E = stripAll(E);
    if (!E) return false;
    if (isa<clang::StringLiteral>(E)) return true;
    if (!E->isValueDependent() && E->getType()->isIntegralOrEnumerationType() &&
        E->isEvaluatable(Ctx))
      return true;
    if (counterOf(E)) return false; // its initializer is only where it starts
    const Prov &P = PA.of(E);
    return !P.wholeConstants().empty() && !P.hasNonConstant();
  }

  std::string constText(const Expr *E) {
    for (const Value &V : S.values().strings(E))
      if (!V.S.empty()) return quoted(V.S);
    for (const Value &V : S.values().ints(E)) return std::to_string(V.I);
    for (const Origin *O : PA.of(E).wholeConstants()) {
      if (O->Bytes && !O->Bytes->empty()) return quoted(StringRef(*O->Bytes).rtrim('\0'));
      if (const auto *SL = dyn_cast_or_null<clang::StringLiteral>(stripAll(O->Def)))
        if (SL->getCharByteWidth() == 1) return quoted(SL->getString());
    }
    if (const auto *CE = dyn_cast<CallExpr>(stripAll(E)))
      for (const Expr *A : CE->arguments())
        if (const auto *SL = dyn_cast<clang::StringLiteral>(stripAll(A)))
          if (SL->getCharByteWidth() == 1) return quoted(SL->getString());
    // An entry of a table chosen by an index (`kCompatList[t]`): named as
    // written.
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(stripAll(E)))
      if (isa<DeclRefExpr>(AS->getBase()->IgnoreParenImpCasts())) {
        StringRef Text = Lexer::getSourceText(CharSourceRange::getTokenRange(AS->getSourceRange()),
                                              SM, Ctx.getLangOpts());
        if (!Text.empty() && Text.size() <= 60 && !Text.contains('\n'))
          return "'" + Text.str() + "'";
      }
    return "a constant";
  }

  InputInfo fromProv(const Prov &P) {
    InputInfo I;
    // A call, or a message send (`[request valueForHTTPHeaderField:@"X-Key"]`).
    const Expr *CE = nullptr;
    const FunctionModel *M = nullptr;
    // A framework's callback field (`auth_password_function`): the
    // framework hands the callback what a client sent.
    if (const InputFieldModel *IF = PA.inputFieldAt(P.Input)) {
      I.Kind = inputKindName(IF->Kind).str();
      I.Source = P.Input;
      I.Desc = "input delivered through '" + IF->Name + "'";
      return I;
    }
    if (const auto *C = dyn_cast_or_null<CallExpr>(P.Input))
      CE = C, M = PA.model(C);
    else if (const auto *ME = dyn_cast_or_null<ObjCMessageExpr>(P.Input))
      CE = ME, M = callSite(S, ME).Model;
    if (CE) {
      const auto *Call = dyn_cast<CallExpr>(CE);
      InputKind K = !M                                        ? InputKind::Network
                    : M->Input != InputKind::None && Call     ? PA.inputKindOf(*M, Call)
                    : M->Input != InputKind::None             ? M->Input
                    : M->InputCallbackKind != InputKind::None ? M->InputCallbackKind
                                                              : InputKind::Network;
      I.Kind = inputKindName(K).str();
      I.Source = CE;
      std::string Callee = calleeName(S, CE);
      if (M && M->Input == InputKind::None && M->InputCallback >= 0) {
        // Input handed to a callback: where the callback was registered.
        I.Desc = "input delivered through '" + Callee + "'";
        return I;
      }
      if (K == InputKind::Uptime) {
        // Uptime and tick counters are the clock, counted from boot.
        I.Kind = inputKindName(InputKind::Clock).str();
        I.Counter = true;
        I.Desc = "the uptime from '" + Callee + "'";
      } else if (K == InputKind::Clock)
        I.Desc = "the current time from '" + Callee + "'";
      else if (K == InputKind::Environment)
        I.Desc = "the environment ('" + Callee + "')";
      else if (K == InputKind::UserId)
        I.Desc = "the user id from '" + Callee + "'";
      else if (K == InputKind::HostIdentity)
        I.Desc = MachineIdentity.str() + " from '" + Callee + "'";
      else if (isIdentityKind(I.Kind))
        I.Desc = "the peer identity from '" + Callee + "'";
      else
        I.Desc = "input read by '" + Callee + "'";
    } else if (P.InputParam) {
      I.Kind = "command-line";
      I.Desc = "the command line ('" + P.InputParam->getNameAsString() + "')";
    }
    return I;
  }

  /// A count the program keeps (`++requests == 100000`): an integer of
  /// static storage that the unit increments. It measures time as a clock
  /// does (backdoor-time-bomb).
  InputInfo counterOf(const Expr *E) {
    E = stripAll(E);
    const VarDecl *VD = E ? countedGlobal(E) : nullptr;
    if (!VD || !VD->getDeclName().isIdentifier() || !VD->getType()->isIntegerType() ||
        VD->getType()->isBooleanType() || VD->getType().isConstQualified())
      return {};
    if (!countersOf(S).Incremented.count(VD)) return {};
    InputInfo I;
    I.Kind = "clock";
    I.Events = true;
    I.Desc = "the counter '" + VD->getName().str() + "'";
    return I;
  }

  /// A method of a request record (`request-record-name`) named like a
  /// request field (`request-field-name`, after a `get` prefix): `header`,
  /// `get_cookie`, `getUserAgent`, `path`; its result is what the client sent.
  InputInfo requestAccessor(const CXXMemberCallExpr *MC) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const Expr *Obj = MC->getImplicitObjectArgument();
    if (!MD || !Obj || !MD->getDeclName().isIdentifier() || MD->getReturnType()->isBooleanType() ||
        MD->getReturnType()->isVoidType() || MD->isOverloadedOperator())
      return {};
    QualType T = Obj->getType();
    if (T->isPointerType()) T = T->getPointeeType();
    StringRef Name = MD->getName();
    if (Name.size() > 4 && Name.starts_with_insensitive("get")) Name = Name.drop_front(3);
    Name.consume_front("_");
    // The object's class, or the class that declares the method (a base).
    if (!requestMember(Cat, T->getAsCXXRecordDecl(), Name) &&
        !requestMember(Cat, MD->getParent(), Name))
      return {};
    InputInfo I;
    I.Kind = named(Cat, "peer-identity-name", Name) ? "peer-address" : "request";
    std::string Arg;
    const Expr *A = MC->getNumArgs() >= 1 ? stripAll(MC->getArg(0)) : nullptr;
    while (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(A)) // a std::string argument
      A = CC->getNumArgs() >= 1 ? stripAll(CC->getArg(0)) : nullptr;
    if (A)
      if (const auto *SL = dyn_cast<clang::StringLiteral>(A))
        if (SL->getCharByteWidth() == 1 && SL->getLength() < 64)
          Arg = "(\"" + SL->getString().str() + "\")";
    I.Desc = "the request's '" + MD->getName().str() + Arg + "'";
    return I;
  }

  InputInfo inputOf(const Expr *E, unsigned Depth = 0) {
    E = stripAll(E);
    if (!E || Depth > 6) return {};
    if (InputInfo I = fromProv(PA.of(E))) return I;
    if (InputInfo I = counterOf(E)) return I;
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (InputInfo I = inputOf(ME->getBase(), Depth + 1)) return I;
      // A field of a request a parser filled: cmd->user, req->headers.
      if (const FieldDecl *FD = requestField(Cat, ME)) {
        InputInfo I;
        I.Kind = named(Cat, "peer-user-id-name", FD->getName())    ? "user-id"
                 : named(Cat, "peer-identity-name", FD->getName()) ? "peer-address"
                                                                   : "request";
        I.Desc = "the request field '" + FD->getName().str() + "'";
        return I;
      }
      return {};
    }
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) return inputOf(AS->getBase(), Depth + 1);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf)
        return inputOf(UO->getSubExpr(), Depth + 1);
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->isAdditiveOp() && BO->getLHS()->getType()->isPointerType())
        return inputOf(BO->getLHS(), Depth + 1);
      // Bits of the input: a network mask, a shifted field (`(a & 0xffffff00) == net`).
      if (BO->isBitwiseOp() || BO->isShiftOp())
        for (const Expr *X : {BO->getLHS(), BO->getRHS()})
          if (!isConstant(X))
            if (InputInfo I = inputOf(X, Depth + 1)) return I;
    }
    // An element of a request's container field (`req.headers["X-Debug"]`,
    // `req->params.at("token")`): the field's input.
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
      if (OC->getOperator() == OO_Subscript && OC->getNumArgs() == 2)
        return inputOf(OC->getArg(0), Depth + 1);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && MD->getDeclName().isIdentifier() && MD->getName() == "at" && MC->getNumArgs() == 1)
        return inputOf(MC->getImplicitObjectArgument(), Depth + 1);
      // What a request's accessor returns (`req.header("X-Debug-Auth")`,
      // `request->getUserAgent()`): a request field behind a method.
      if (InputInfo I = requestAccessor(MC)) return I;
    }
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      // The same value in another byte order (`ntohl(s->peer_addr.s_addr)`).
      const FunctionModel *FM = PA.model(CE);
      if (FM && FM->ReturnsFrom >= 0 && unsigned(FM->ReturnsFrom) < CE->getNumArgs())
        return inputOf(CE->getArg(FM->ReturnsFrom), Depth + 1);
    }
    // An instance variable named like request input or a peer's identity
    // (`_peerHost`) that holds only what the methods of the object are
    // handed (`_peerHost = [host copy]` in -initWithConnection:peerHost:):
    // by its name, as such a parameter.
    if (const auto *IR = dyn_cast<ObjCIvarRefExpr>(E)) {
      StringRef N = IR->getDecl()->getName();
      N.consume_front("_");
      const Prov &Pr = PA.of(E);
      if (!N.empty() && named(Cat, "magic-input-name", N) && !Pr.External &&
          llvm::all_of(Pr.Origins, [](const Origin &O) {
            return O.Kind == Origin::Link || O.Kind == Origin::Param;
          })) {
        InputInfo I;
        I.Kind = named(Cat, "peer-identity-name", N) ? "peer-address" : "request";
        I.Desc = "the input '" + IR->getDecl()->getName().str() + "'";
        return I;
      }
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      // A local that only ever holds one expression (`a = ntohl(peer->addr)`):
      // what that expression reads; also a pointer that views a part of
      // another object (`ll = (struct sockaddr_ll *)ifa->ifa_addr`).
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD) && VD->getInit() &&
          (!VD->getType()->isPointerType() ||
           isa<MemberExpr, ArraySubscriptExpr>(stripAll(VD->getInit()))) &&
          S.index().writes(VD).empty())
        if (InputInfo I = inputOf(VD->getInit(), Depth + 1)) return I;
      // A local buffer a call fills with a copy of other data: a helper of
      // the unit copying a query parameter out of the request's query string
      // (`qs_get(req->query, "type", type, sizeof type)`), a modelled copy
      // (`memcpy(verb, req->body, n)`): what it copies.
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD))
        for (const Write &W : S.index().writes(VD)) {
          const auto *CE =
              W.Kind == Write::Call && W.Arg != ~0u ? dyn_cast_or_null<CallExpr>(W.E) : nullptr;
          if (!CE) continue;
          for (const Expr *A : PA.copiedFrom(CE, W.Arg))
            if (!isConstant(A))
              if (InputInfo I = inputOf(A, Depth + 1)) return I;
        }
      // A parameter named like request input whose callers are not in the unit.
      if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl())) {
        const Prov &Pr = PA.of(E);
        if (Pr.Origins.empty() && !Pr.External && P->getDeclName().isIdentifier() &&
            named(Cat, "magic-input-name", P->getName())) {
          InputInfo I;
          I.Kind = named(Cat, "peer-identity-name", P->getName()) ? "peer-address" : "request";
          I.Desc = "the input '" + P->getName().str() + "'";
          return I;
        }
      }
    }
    return {};
  }

  /// Data returned by a function another unit defines (`l = read_line(fd)`),
  /// or a field of a header's record this unit never writes (`p->sub`): a
  /// question for the link step (linkedSource; LinkMember).
  InputInfo linkedInput(const Expr *E) {
    InputInfo I = linkedSource(E);
    if (!FactRecorder::active()) return I;
    const Expr *X = stripAll(E);
    for (unsigned Depth = 0; X && Depth < 4; ++Depth) {
      if (const auto *AS = dyn_cast<ArraySubscriptExpr>(X))
        X = stripAll(AS->getBase());
      else if (const auto *UO = dyn_cast<UnaryOperator>(X); UO && UO->getOpcode() == UO_Deref)
        X = stripAll(UO->getSubExpr());
      else
        break;
    }
    const auto *ME = dyn_cast_or_null<MemberExpr>(X);
    const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!FD || !FD->getDeclName().isIdentifier() || !S.index().writes(FD).empty()) return I;
    std::string Sym = memberLinkName(FD);
    if (Sym.empty()) return I;
    if (!I) {
      I.Kind = "linked";
      I.LinkName = FD->getName().str();
      I.Desc = "the field '" + I.LinkName + "'";
    }
    I.LinkMember = std::move(Sym);
    return I;
  }

  /// Data returned by a function another unit defines (`l = read_line(fd)`):
  /// input if that function's "input" fact says so (the link step).
  InputInfo linkedSource(const Expr *E, unsigned Depth = 0) {
    E = stripAll(E);
    if (!E || Depth > 6 || !FactRecorder::active()) return {};
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      return linkedSource(AS->getBase(), Depth + 1);
    if (const auto *UO = dyn_cast<UnaryOperator>(E))
      if (UO->getOpcode() == UO_Deref) return linkedSource(UO->getSubExpr(), Depth + 1);
    if (const auto *BO = dyn_cast<BinaryOperator>(E))
      if (BO->isAdditiveOp() && BO->getLHS()->getType()->isPointerType())
        return linkedSource(BO->getLHS(), Depth + 1);
    // A return link wins over a parameter (a string) of a function other
    // units call: input when a caller passes what it read (ProFTPD's
    // pr_help_add_response(cmd, cmd->argv[1]) in mod_core.c; the "input" of
    // its call facts).
    std::optional<InputInfo> ByParam, Own, OutReader;
    // The function whose parameter E is read through (`hdr->variant` in
    // fw_signature_ok): its own callers in other units are a question for
    // the link step, but when a caller in this unit hands it what that
    // caller was handed (`fw_signature_ok(&header, ...)` with `header`
    // copied from fw_install's `blob`), that caller's question is the one
    // the program answers.
    const Decl *OwnFn = nullptr;
    const auto *RootParam = dyn_cast_or_null<ParmVarDecl>(memberRoot(E));
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) RootParam = dyn_cast<ParmVarDecl>(DRE->getDecl());
    if (RootParam) OwnFn = dyn_cast<Decl>(RootParam->getDeclContext());
    for (const Origin &O : PA.of(E).Origins) {
      if (O.Kind != Origin::Link || O.Symbol.empty() || !O.Named) continue;
      if (O.What == "return") {
        InputInfo I;
        I.Kind = "linked";
        I.LinkSymbol = O.Symbol;
        I.LinkName = O.Named->getNameAsString();
        I.Desc = "the result of '" + I.LinkName + "'";
        return I;
      }
      // Filled by another unit's function handed input at this call
      // (`ups_b64_decode(r->svc_b64, svc, n)`): input if that function
      // writes what it is given there, which the link step checks.
      if (O.What == "out" && O.Site && !ByParam) {
        const auto *Fn = dyn_cast<FunctionDecl>(O.Named);
        const auto *CE = dyn_cast<CallExpr>(O.Site);
        for (unsigned J = 0; Fn && CE && J < CE->getNumArgs(); ++J) {
          if (J == O.ParamIndex || isConstant(CE->getArg(J))) continue;
          InputInfo A = inputOf(CE->getArg(J), Depth + 1);
          if (!A || A.Kind == "linked" || A.Kind == "clock") continue;
          InputInfo I;
          I.Kind = "linked";
          I.LinkSymbol = O.Symbol;
          I.LinkName = displayName(Fn);
          I.LinkOut = int(O.ParamIndex);
          I.LinkFrom = int(J);
          I.FromKind = A.Kind;
          I.LinkCall = CE;
          I.Desc = A.Desc + ", decoded by '" + I.LinkName + "'";
          ByParam = std::move(I);
          break;
        }
        // Filled by another unit's function that reads the input itself
        // (`read_line(fd, line, n)` around recv()): input if that
        // function's "input-out" fact says so (LinkFrom -1).
        if (!ByParam && Fn && CE && !OutReader) {
          InputInfo I;
          I.Kind = "linked";
          I.LinkSymbol = O.Symbol;
          I.LinkName = displayName(Fn);
          I.LinkOut = int(O.ParamIndex);
          I.LinkCall = CE;
          I.Desc = "what '" + I.LinkName + "' reads";
          OutReader = std::move(I);
        }
        continue;
      }
      // A parameter, or a field of the record a parameter points to
      // (`r.body` of the request another unit read and handed over,
      // "field:body"): input when callers pass input there.
      if ((O.What != "param" && !StringRef(O.What).starts_with("field:")) || ByParam) continue;
      bool IsOwn = OwnFn && O.Named->getCanonicalDecl() == OwnFn->getCanonicalDecl();
      if (IsOwn && Own) continue;
      // (An Objective-C method's argument: what the messages of other
      // units pass, `-verifyUpdate:signature:deviceSerial:` sent with a
      // serial from argv.)
      const auto *Fn = dyn_cast<FunctionDecl>(O.Named);
      const auto *MD = dyn_cast<ObjCMethodDecl>(O.Named);
      if ((!Fn || O.ParamIndex >= Fn->getNumParams()) && (!MD || O.ParamIndex >= MD->param_size()))
        continue;
      QualType T = Fn ? Fn->getParamDecl(O.ParamIndex)->getType()
                      : MD->parameters()[O.ParamIndex]->getType();
      if (!T->isPointerType() && !T->isArrayType() && !T->isRecordType() &&
          !T->isReferenceType() && !T->isObjCObjectPointerType())
        continue;
      InputInfo I;
      I.Kind = "linked";
      I.LinkSymbol = O.Symbol;
      I.LinkName = Fn ? displayName(Fn) : MD->getSelector().getAsString();
      I.LinkParam = int(O.ParamIndex);
      I.LinkFn = O.Named->getCanonicalDecl();
      I.Desc = "the argument of '" + I.LinkName + "'";
      (IsOwn ? Own : ByParam) = std::move(I);
    }
    if (ByParam) return *ByParam;
    if (OutReader) return *OutReader;
    if (const auto *ME = dyn_cast<MemberExpr>(E); ME && OwnFn && isa<FieldDecl>(ME->getMemberDecl()))
      if (InputInfo B = linkedSource(ME->getBase(), Depth + 1);
          B && B.LinkParam >= 0 && B.LinkFn && B.LinkFn != OwnFn->getCanonicalDecl())
        return B;
    if (Own) return *Own;
    // A field of a record passed in (`req->options` of the request a caller
    // in another unit read from its client): the record's.
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      if (isa<FieldDecl>(ME->getMemberDecl())) return linkedSource(ME->getBase(), Depth + 1);
    // A local buffer filled only by copies or digests of other data
    // (`memcpy(mac, nics[i].mac_addr, 6)`, then `EVP_Digest(mac, 6, d, ...)`):
    // the input of what it was copied from.
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
          VD && VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD)) {
        for (const Write &W : S.index().writes(VD)) {
          const auto *CE = W.Kind == Write::Call ? dyn_cast_or_null<CallExpr>(W.E) : nullptr;
          const FunctionModel *FM = CE ? PA.model(CE) : nullptr;
          if (!FM || FM->CopyTo != int(W.Arg)) continue;
          for (int F : FM->CopyFrom)
            if (F >= 0 && unsigned(F) < CE->getNumArgs())
              if (InputInfo I = linkedSource(CE->getArg(F), Depth + 1)) return I;
        }
      }
    return {};
  }

  // ---- matches -------------------------------------------------------------

  /// The call compares a subject with a pattern: strcmp, strstr, regexec,
  /// std::string::find, or a helper of the unit whose result says so.
  bool callMatch(const Expr *E, Match &M, bool &ZeroIsMatch, bool &Position) {
    if (const auto *ME = dyn_cast_or_null<ObjCMessageExpr>(stripAll(E)))
      return messageMatch(ME, M, ZeroIsMatch, Position);
    const auto *CE = dyn_cast_or_null<CallExpr>(stripAll(E));
    if (!CE) CE = heldMatch(E);
    if (!CE) return false;
    Position = false;
    const FunctionModel *FM = PA.model(CE);
    const Expr *Obj = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) Obj = MC->getImplicitObjectArgument();
    ArrayRef<const Expr *> Args(CE->getArgs(), CE->getNumArgs());
    if (FM && (FM->Match != MatchKind::None || FM->Compare.size() == 2))
      return modelMatch(*FM, CE, Args, Obj, M, ZeroIsMatch, Position);
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD) return false;
    if (!FD->hasBody() && !FM && FactRecorder::active() &&
        !SM.isInSystemHeader(SM.getFileLoc(FD->getLocation()))) {
      // A helper of another unit handed the input: a matcher if its facts
      // say so (a generic string helper that looks for ":)"). Assumed to
      // answer non-zero on a match; the link step checks.
      std::string Sym = linkageName(FD);
      if (Sym.empty()) return false;
      for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
        const Expr *A = CE->getArg(I);
        if (isConstant(A) || !inputOf(A)) continue;
        M.Subject = A;
        M.Kind = "linked";
        M.LinkSymbol = std::move(Sym);
        M.LinkName = displayName(FD);
        M.LinkParam = I;
        M.Constant = "";
        ZeroIsMatch = false;
        M.At = CE;
        return true;
      }
      return false;
    }
    if (!FD->hasBody()) return false;
    return factsMatch(hiddenFacts(S, FD), CE, Args, M, ZeroIsMatch);
  }

  /// A message send that compares its receiver or an argument with a
  /// pattern by its model (`[cmd isEqualToString:@"x"]`, `[path hasPrefix:]`),
  /// or a method of the unit whose result says that an argument matched a
  /// constant (`-isServiceToken:` answering `[t isEqualToString:@"..."]`).
  bool messageMatch(const ObjCMessageExpr *ME, Match &M, bool &ZeroIsMatch, bool &Position) {
    CallSite C = callSite(S, ME);
    Position = false;
    if (C.Model && (C.Model->Match != MatchKind::None || C.Model->Compare.size() == 2))
      return modelMatch(*C.Model, ME, C.Args, C.Object, M, ZeroIsMatch, Position);
    if (const ObjCMethodDecl *Def = C.Model ? nullptr : methodDefinition(ME))
      return factsMatch(factsOf(Def), ME, C.Args, M, ZeroIsMatch, C.Object);
    return false;
  }

  /// The match a model describes (`match:` or a two-argument `compare:`) at
  /// the call \p At: which argument (or the object \p Obj, -2) is matched
  /// against which; the constant side is the pattern.
  bool modelMatch(const FunctionModel &FM, const Expr *At, ArrayRef<const Expr *> Args,
                  const Expr *Obj, Match &M, bool &ZeroIsMatch, bool &Position) {
    auto Arg = [&](int I) -> const Expr * {
      if (I == -2) return Obj;
      return I >= 0 && unsigned(I) < Args.size() ? Args[I] : nullptr;
    };
    const Expr *A = nullptr, *B = nullptr;
    if (FM.Match != MatchKind::None) {
      A = Arg(FM.MatchSubject), B = Arg(FM.MatchPattern);
      M.Kind = matchKindName(FM.Match).str();
      ZeroIsMatch = !FM.MatchTrueIfFound;
      Position = FM.Match == MatchKind::Position;
    } else {
      A = Arg(FM.Compare[0]), B = Arg(FM.Compare[1]);
      M.Kind = "equal";
      ZeroIsMatch = FM.CompareZeroIsEqual;
    }
    if (!A || !B) return false;
    if (isConstant(B) && !isConstant(A))
      M.Subject = A, M.Constant = constText(B), M.Alternatives = alternatives(B);
    else if (isConstant(A) && !isConstant(B))
      M.Subject = B, M.Constant = constText(A), M.Alternatives = alternatives(A);
    else
      return false;
    M.At = At;
    return true;
  }

  /// Whether \p E names a local computed from \p From (`sub = f->data[3] <<
  /// 8 | f->data[4]` of the buffer `data`): its initializer or an
  /// assignment reads it.
  bool computedFrom(const Expr *E, const ValueDecl *From) {
    const auto *VD = dyn_cast_or_null<VarDecl>(targetDecl(E));
    if (!VD || !VD->isLocalVarDecl() || VD == From) return false;
    auto Reads = [&](const Expr *X) {
      return X && anyStmtIn(X, [&](const Stmt *St) {
               if (const auto *DRE = dyn_cast<DeclRefExpr>(St)) return DRE->getDecl() == From;
               if (const auto *ME = dyn_cast<MemberExpr>(St)) return ME->getMemberDecl() == From;
               return false;
             });
    };
    if (Reads(VD->getInit())) return true;
    for (const Write &W : S.index().writes(VD))
      if (W.Kind == Write::Assign && Reads(W.E)) return true;
    return false;
  }

  /// The number of different texts the constant \p K may be: more than one
  /// for an entry of a table the code walks (`kServices[i]`).
  unsigned alternatives(const Expr *K) {
    std::set<std::string> Texts;
    for (const Value &V : S.values().strings(K)) Texts.insert(V.S);
    return std::max<size_t>(1, Texts.size());
  }

  /// A helper of the unit (function or method) whose facts say that its
  /// result tells whether an argument (or the receiver \p Obj of a method)
  /// matched a constant.
  bool factsMatch(const FunctionFacts &F, const Expr *At, ArrayRef<const Expr *> Args, Match &M,
                  bool &ZeroIsMatch, const Expr *Obj = nullptr) {
    for (const MatcherFact &MF : F.Matchers) {
      const Expr *Subject = MF.Param == MatcherFact::Receiver ? Obj
                            : MF.Param < Args.size()         ? Args[MF.Param]
                                                             : nullptr;
      if (!Subject) continue;
      M.Subject = Subject;
      M.Constant = MF.Constant;
      M.Kind = MF.Kind == "char" ? "sequence" : MF.Kind;
      ZeroIsMatch = !MF.TrueIfMatch;
      M.At = At;
      return true;
    }
    return false;
  }

  /// A local variable that holds the result of a modelled match and nothing
  /// else (`char *h = strstr(req, "X-Hook: "); if (h) ...`): that call.
  const CallExpr *heldMatch(const Expr *E) {
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(stripAll(E));
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!VD || isa<ParmVarDecl>(VD) || !VD->hasLocalStorage()) return nullptr;
    std::vector<const Expr *> Vals = PA.assignedValues(VD);
    if (Vals.size() != 1) return nullptr;
    const auto *CE = dyn_cast_or_null<CallExpr>(stripAll(Vals[0]));
    const FunctionModel *FM = CE ? PA.model(CE) : nullptr;
    if (!FM || (FM->Match == MatchKind::None && FM->Compare.size() != 2)) return nullptr;
    return CE;
  }

  /// A character check p[i] == 'x' (or *(p + 1) == 'x'): the buffer and offset.
  bool charAccess(const Expr *X, Match &M) {
    X = stripAll(X);
    const Expr *Base = nullptr, *Idx = nullptr;
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(X))
      Base = AS->getBase(), Idx = AS->getIdx();
    else if (const auto *UO = dyn_cast<UnaryOperator>(X)) {
      if (UO->getOpcode() != UO_Deref) return false;
      const Expr *P = stripAll(UO->getSubExpr());
      if (const auto *BO = dyn_cast<BinaryOperator>(P); BO && BO->isAdditiveOp())
        Base = BO->getLHS(), Idx = BO->getRHS();
      else
        Base = P;
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(X)) {
      if (OC->getOperator() != OO_Subscript || OC->getNumArgs() != 2) return false;
      Base = OC->getArg(0), Idx = OC->getArg(1);
    } else {
      return false;
    }
    if (!X->getType()->isCharType() && !X->getType()->isIntegerType()) return false;
    M.Base = targetDecl(Base);
    if (!M.Base) return false;
    M.Offset = 0;
    M.IndexVar = nullptr;
    if (Idx) {
      Idx = stripAll(Idx);
      Expr::EvalResult R;
      if (!Idx->isValueDependent() && Idx->EvaluateAsInt(R, Ctx)) {
        M.Offset = R.Val.getInt().getExtValue();
      } else if (const auto *BO = dyn_cast<BinaryOperator>(Idx); BO && BO->getOpcode() == BO_Add) {
        const Expr *L = stripAll(BO->getLHS()), *Rr = stripAll(BO->getRHS());
        if (!Rr->isValueDependent() && Rr->EvaluateAsInt(R, Ctx)) {
          M.Offset = R.Val.getInt().getExtValue();
          M.IndexVar = targetDecl(L);
        } else {
          return false;
        }
      } else {
        M.IndexVar = targetDecl(Idx);
        if (!M.IndexVar) return false;
      }
    }
    return true;
  }

  static bool isZeroOrNull(const Expr *E, ASTContext &Ctx) {
    E = E->IgnoreParenImpCasts();
    if (isa<CXXNullPtrLiteralExpr>(E) || isa<GNUNullExpr>(E)) return true;
    // C's NULL, `((void *)0)`: a cast the implicit-cast stripping keeps.
    if (!E->isValueDependent() && E->getType()->isPointerType() &&
        E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return true;
    Expr::EvalResult R;
    return !E->isValueDependent() && E->getType()->isIntegralOrEnumerationType() &&
           E->EvaluateAsInt(R, Ctx) && R.Val.getInt().isZero();
  }

  /// The condition matches input against a constant, and on which edge.
  /// \p ParamsOf: match parameters of this function, whatever their origin
  /// (a helper's facts), instead of input.
  std::optional<Match> matchOf(const Expr *Cond, const Decl *ParamsOf = nullptr) {
    Match M;
    bool Neg = false;
    const Expr *E = stripAll(Cond);
    if (!E) return std::nullopt;
    while (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_LNot) break;
      Neg = !Neg;
      E = stripAll(UO->getSubExpr());
    }
    bool Found = false, ZeroIsMatch = true, Position = false;
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      bool Eq = BO->getOpcode() == BO_EQ, Ne = BO->getOpcode() == BO_NE;
      const Expr *L = stripAll(BO->getLHS()), *R = stripAll(BO->getRHS());
      if ((Eq || Ne) && (isZeroOrNull(BO->getRHS(), Ctx) || isZeroOrNull(BO->getLHS(), Ctx))) {
        const Expr *Other = isZeroOrNull(BO->getRHS(), Ctx) ? L : R;
        if (callMatch(Other, M, ZeroIsMatch, Position)) {
          Found = true;
          // f() == 0: the match when zero means equal.
          M.TrueIsMatch = Position ? Eq : (ZeroIsMatch ? Eq : Ne);
          if (Position) M.Kind = "prefix"; // s.find("x") == 0
        }
      }
      if (!Found && (Eq || Ne)) {
        // strstr(line, "X-Op: ") == line: found at the start, a prefix.
        for (int Side = 0; Side < 2 && !Found; ++Side) {
          const Expr *X = Side ? R : L, *K = Side ? L : R;
          Match T;
          bool Z = true, Pos = false;
          if (!callMatch(X, T, Z, Pos) || Z || Pos || T.Kind != "substring" || !T.Subject) continue;
          const ValueDecl *SD = targetDecl(T.Subject);
          if (!SD || SD != targetDecl(K) || isConstant(K)) continue;
          M = T;
          M.Kind = "prefix";
          M.TrueIsMatch = Eq;
          Found = true;
        }
      }
      if (!Found && (Eq || Ne)) {
        // s.find("x") != std::string::npos
        for (int Side = 0; Side < 2 && !Found; ++Side) {
          const Expr *X = Side ? R : L, *K = Side ? L : R;
          if (callMatch(X, M, ZeroIsMatch, Position) && Position && !isConstant(X) &&
              K->getType()->isIntegerType() && isConstant(K)) {
            // `cut = body.rfind("\r\n--sig:")` then `body.substr(cut + 8)`:
            // a delimiter the input is split at, not a word it is matched with.
            if (splitsAt(X)) return std::nullopt;
            Found = true;
            M.Kind = "substring";
            M.TrueIsMatch = Ne;
          }
        }
      }
      if (!Found && (BO->isComparisonOp())) {
        // x == 0x5f3759df, p[1] == ')', hash(x) == 0xdeadbeef, time(0) > 1767225600
        for (int Side = 0; Side < 2 && !Found; ++Side) {
          const Expr *X = Side ? R : L, *K = Side ? L : R;
          Expr::EvalResult Res;
          if (isConstant(X)) continue;
          if (!K->isValueDependent() && !K->isEvaluatable(Ctx) && (Eq || Ne) && isConstant(K)) {
            // addr == inet_addr("10.1.2.3"): a constant computed by a call.
            M.Subject = X, M.At = BO, M.Kind = "equal", M.Constant = constText(K);
            M.TrueIsMatch = Eq;
            Found = true;
            continue;
          }
          if (K->isValueDependent()) continue;
          int64_t V = 0;
          if (K->getType()->isIntegralOrEnumerationType()) {
            if (!K->EvaluateAsInt(Res, Ctx)) continue;
            V = Res.Val.getInt().getExtValue();
          } else if (const auto *FL = dyn_cast<FloatingLiteral>(K); FL && !Eq && !Ne) {
            // A moment in seconds as a double (`NSTimeInterval`, difftime's
            // unit) ordered with a whole number of seconds. (Read through
            // Clang's own accessor: APFloat's semantics are inline statics
            // whose symbols differ between LLVM versions, and the plugin's
            // version guard must still load into another clang-tidy.)
            double D = FL->getValueAsApproximateDouble();
            if (!(D == std::trunc(D)) || std::fabs(D) > 9.0e18) continue;
            V = int64_t(D);
          } else {
            continue;
          }
          M.Subject = X;
          M.At = BO;
          M.Constant = std::to_string(V);
          // (addr & 0xffffff00) == 0xcd9e6e00: a network, 205.158.110.0/24.
          if (const auto *Mask = dyn_cast<BinaryOperator>(X); Mask && Mask->getOpcode() == BO_And)
            for (const Expr *MX : {Mask->getLHS(), Mask->getRHS()}) {
              Expr::EvalResult MR;
              if (MX->isValueDependent() || !MX->EvaluateAsInt(MR, Ctx)) continue;
              uint64_t Bits = MR.Val.getInt().getZExtValue() & 0xffffffffu;
              unsigned Len = llvm::countl_one(uint32_t(Bits));
              if (Len < 8 || Len == 32 || uint32_t(Bits) != uint32_t(~0u << (32 - Len)) ||
                  uint64_t(V) > 0xffffffffu || (uint64_t(V) & ~Bits))
                continue;
              M.Constant = std::to_string((V >> 24) & 255) + "." + std::to_string((V >> 16) & 255) +
                           "." + std::to_string((V >> 8) & 255) + "." + std::to_string(V & 255) +
                           "/" + std::to_string(Len);
            }
          if ((Eq || Ne) && charAccess(X, M) && V >= 0 && V < 256) {
            M.Kind = "char";
            M.Byte = V;
          } else if (Eq || Ne) {
            if (V < MagicNumberMin && V > -MagicNumberMin) {
              M.Kind = "small"; // only the clock and user ids count with small numbers
            } else {
              M.Kind = isa<CallExpr>(X) && !PA.model(cast<CallExpr>(X)) ? "hash" : "number";
              if (M.Kind == "hash") {
                // A hash of input: the call's arguments carry it.
                const auto *CE = cast<CallExpr>(X);
                for (const Expr *A : CE->arguments())
                  if (!ParamsOf && (M.In = inputOf(A))) {
                    M.Subject = A;
                    break;
                  }
              }
            }
          } else {
            M.Kind = "order"; // <, >: only the clock counts
          }
          M.TrueIsMatch = !Ne;
          if (BO->isRelationalOp()) M.TrueIsMatch = true;
          Found = true;
        }
      }
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      bool Eq = OC->getOperator() == OO_EqualEqual, Ne = OC->getOperator() == OO_ExclaimEqual;
      if ((Eq || Ne) && OC->getNumArgs() == 2) {
        const Expr *A = OC->getArg(0), *B = OC->getArg(1);
        if (isConstant(B) && !isConstant(A))
          M.Subject = A, M.Constant = constText(B), M.Alternatives = alternatives(B), Found = true;
        else if (isConstant(A) && !isConstant(B))
          M.Subject = B, M.Constant = constText(A), M.Alternatives = alternatives(A), Found = true;
        M.Kind = "equal";
        M.At = OC;
        M.TrueIsMatch = Eq;
      }
    } else if (callMatch(E, M, ZeroIsMatch, Position) && !Position) {
      Found = true;
      M.TrueIsMatch = !ZeroIsMatch; // strcmp(a, b): true when they differ
    }
    if (!Found || !M.Subject) return std::nullopt;
    // A view of the compared object (`req.header("Authorization") ==
    // kView` converts the string with `operator basic_string_view`): the
    // object is what is matched.
    for (unsigned I = 0; I < 4; ++I) {
      const auto *MC = dyn_cast<CXXMemberCallExpr>(stripAll(M.Subject));
      if (!MC || !isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()) ||
          !MC->getImplicitObjectArgument())
        break;
      M.Subject = MC->getImplicitObjectArgument();
    }
    if (Neg) M.TrueIsMatch = !M.TrueIsMatch;
    M.At = Cond;
    if (ParamsOf) {
      if (M.Kind == "linked") return std::nullopt;
      const Decl *D = M.Kind == "char" ? M.Base : targetDecl(M.Subject);
      // The receiver of a method (a category's `[self isEqualToString:]`).
      if (const auto *MD = dyn_cast<ObjCMethodDecl>(ParamsOf);
          MD && M.Kind != "char" && D && D == MD->getSelfDecl())
        return M;
      const auto *P = dyn_cast_or_null<ParmVarDecl>(D);
      if (!P || P->getDeclContext() != dyn_cast<DeclContext>(ParamsOf)) return std::nullopt;
      return M;
    }
    if (!M.In) M.In = inputOf(M.Subject);
    if (!M.In && M.Kind != "small" && M.Kind != "order" && M.Kind != "linked")
      M.In = linkedInput(M.Subject);
    if (!M.In) return std::nullopt;
    if (M.Kind == "order" && M.In.Kind != "clock") return std::nullopt;
    if (M.In.Kind == "clock") {
      // now - last_run > 86400: an interval, not a moment fixed in advance.
      const Expr *X = stripAll(M.Subject);
      if (const auto *BO = dyn_cast<BinaryOperator>(X); BO && BO->getOpcode() == BO_Sub)
        return std::nullopt;
      if (const auto *CE = dyn_cast<CallExpr>(X))
        if (const FunctionDecl *F = CE->getDirectCallee())
          if (F->getDeclName().isIdentifier() && F->getName() == "difftime") return std::nullopt;
      // A moment fixed in advance: a year, a date (seconds since 1970 past
      // 2000), or an uptime or counter of at least a week. Hours and minutes
      // compared with small numbers are schedules.
      // tm.tm_year + 1900 >= 2027: the year, offset by a constant.
      const Expr *Named = X;
      if (const auto *BO = dyn_cast<BinaryOperator>(Named);
          BO && BO->getOpcode() == BO_Add && !BO->getRHS()->isValueDependent() &&
          BO->getRHS()->isEvaluatable(S.values().context()))
        Named = stripAll(BO->getLHS());
      bool Year = StringRef(operandName(Named)).lower().find("year") != std::string::npos;
      int64_t V = 0;
      bool Int = !StringRef(M.Constant).getAsInteger(10, V);
      // A count the program keeps fires once, at exactly the constant: a
      // limit (`> max`) or a small count (retries) is no moment.
      if (M.In.Events) {
        if (!Int || V < 100 || M.Kind == "order") return std::nullopt;
      } else if (Year && Int)
        M.Constant += " (the year " + std::to_string(V < 1900 ? V + 1900 : V) + ")";
      else if (Int && V >= 946684800 && !M.In.Counter)
        M.Constant += " (" + civilDate(V) + ")";
      else if (!Int || V < 604800)
        return std::nullopt;
    }
    // A peer's source port (`ntohs(sin.sin_port) == 421`, the trojaned
    // tcp_wrappers of 1999) is part of its address, whatever its size.
    if (M.Kind == "small" && peerPort(M)) M.Kind = "number";
    if (M.Kind == "small" && M.In.Kind != "clock" && M.In.Kind != "user-id") return std::nullopt;
    if (M.In.Kind == "user-id" && M.Constant == "0") return std::nullopt; // a root check
    return M;
  }

  // ---- per-function CFG, events and edges -----------------------------------

  /// A local holding a position found in the input (\p X names it) that the
  /// function also uses otherwise than in a comparison (an index, an offset,
  /// an argument: `body.resize(cut)`): the input is parsed at that place.
  bool splitsAt(const Expr *X) {
    const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(X));
    const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    const Decl *FD = VD && VD->isLocalVarDecl() ? bodyOwner(VD->getDeclContext()) : nullptr;
    if (!FD || !FD->getBody()) return false;
    bool Other = false;
    std::function<void(const Stmt *, const Stmt *, unsigned)> Walk = [&](const Stmt *St,
                                                                         const Stmt *Parent,
                                                                         unsigned Depth) {
      // Deeper than any hand-written statement: a generated expression
      // (bounded: the walk recurses).
      if (!St || Other || Depth > 256) return;
      if (const auto *R = dyn_cast<DeclRefExpr>(St); R && R->getDecl() == VD && R != DRE) {
        const auto *P = dyn_cast_or_null<BinaryOperator>(Parent);
        if (!P || !P->isComparisonOp()) Other = true;
      }
      // Implicit casts sit between a use and what uses it.
      const Stmt *Next = isa<ImplicitCastExpr, ParenExpr>(St) ? Parent : St;
      for (const Stmt *C : St->children()) Walk(C, Next, Depth + 1);
    };
    Walk(FD->getBody(), nullptr, 0);
    return Other;
  }

  bool isVerifyCall(const CallExpr *CE) { return isVerificationCall(S, CE); }

  /// return 1, return true, return PAM_SUCCESS: the value a function answers
  /// "yes" with; not an error code or a refusal.
  bool isGrantValue(const Expr *E) {
    E = stripAll(E);
    if (!E) return false;
    for (StringRef N : S.values().macroNames(E->getBeginLoc()))
      if (std::optional<bool> G = grantStatusName(Cat, N)) return *G;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (std::optional<bool> G = grantStatusName(Cat, DRE->getDecl()->getName())) return *G;
    Expr::EvalResult R;
    if (E->isValueDependent() || !E->getType()->isIntegralOrEnumerationType() ||
        !E->EvaluateAsInt(R, Ctx))
      return false;
    return R.Val.getInt().getExtValue() > 0;
  }

  /// A function whose name says it verifies a credential (`token_valid`,
  /// `verify_signature`, `pam_sm_authenticate`): what it returns is the
  /// outcome of a check, however it compares.
  bool verifierByName(const Decl *D) {
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(D);
    if (!Fn || !Fn->getDeclName().isIdentifier()) return false;
    std::string N = Fn->getName().lower();
    return catalogMatch(Cat, "verify-call-name", N) || catalogMatch(Cat, "validity-self-name", N);
  }

  /// A port of the peer's address (`sin.sin_port`, through ntohs).
  bool peerPort(const Match &M) {
    if (M.In.Kind != "peer-address" || !M.Subject) return false;
    const Expr *X = stripAll(M.Subject);
    for (unsigned Guard = 0; Guard < 3; ++Guard) {
      const auto *CE = dyn_cast_or_null<CallExpr>(X);
      if (!CE || CE->getNumArgs() != 1) break;
      X = stripAll(CE->getArg(0)); // ntohs(...), be16toh(...)
    }
    const auto *ME = dyn_cast_or_null<MemberExpr>(X);
    if (!ME || !ME->getMemberDecl()->getDeclName().isIdentifier()) return false;
    StringRef N = ME->getMemberDecl()->getName();
    return N.ends_with("_port") || N == "port";
  }

  bool zeroValue(const Expr *E) {
    E = stripAll(E);
    Expr::EvalResult R;
    return E && !E->isValueDependent() && E->getType()->isIntegerType() &&
           E->EvaluateAsInt(R, Ctx) && R.Val.getInt() == 0;
  }

  /// Whether a statement of \p D's body (its lambdas' aside) satisfies
  /// \p Pred; computed once per body, in \p Cache.
  bool bodyHas(DenseMap<const Decl *, bool> &Cache, const Decl *D,
               llvm::function_ref<bool(const Stmt *)> Pred) {
    auto It = Cache.find(D);
    if (It != Cache.end()) return It->second;
    struct V : SemanticVisitor<V> {
      llvm::function_ref<bool(const Stmt *)> Pred;
      bool Found = false;
      bool shouldVisitLambdaBody() const { return false; }
      bool VisitStmt(Stmt *St) {
        Found = Pred(St);
        return !Found; // false ends the traversal
      }
    } Vis{{}, Pred};
    if (D && D->getBody()) Vis.TraverseStmt(D->getBody());
    return Cache[D] = Vis.Found;
  }

  /// -1 for a negative constant, 0 for zero, 1 for a positive one, 2 for
  /// what is no signed integer constant.
  int constantSign(const Expr *E) {
    E = E ? E->IgnoreParenImpCasts() : nullptr;
    Expr::EvalResult R;
    if (!E || E->isValueDependent() || !E->getType()->isSignedIntegerType() ||
        !E->EvaluateAsInt(R, Ctx))
      return 2;
    return R.Val.getInt().isNegative() ? -1 : R.Val.getInt().isZero() ? 0 : 1;
  }

  /// Whether \p FD answers a check with 0 for yes and a negative number
  /// for no (`return verify(t) ? 0 : -EACCES`): then its `return 0` lets
  /// the caller in. (A `return 0` beside `return -1` alone may be a loop's
  /// end of input.)
  bool deniesNegative(const Decl *FD) {
    const auto *Fn = dyn_cast_or_null<FunctionDecl>(FD);
    if (!Fn || !Fn->getReturnType()->isSignedIntegerType()) return false;
    return bodyHas(S.state<State>(StateKey).DeniesNegative, Fn, [&](const Stmt *X) {
      const auto *RS = dyn_cast<ReturnStmt>(X);
      const Expr *E = RS && RS->getRetValue() ? RS->getRetValue()->IgnoreParenImpCasts() : nullptr;
      const auto *CO = dyn_cast_or_null<ConditionalOperator>(E);
      if (!CO) return false;
      int T = constantSign(CO->getTrueExpr()), F = constantSign(CO->getFalseExpr());
      return (T == 0 && F == -1) || (T == -1 && F == 0);
    });
  }

  /// A `stdio-redirect` model call (dup2, dup3) whose target descriptor is 0, 1 or 2.
  bool isStdioRedirect(const CallExpr *CE) {
    const FunctionModel *FM = PA.model(CE);
    if (!FM || FM->Payload != PayloadKind::StdioRedirect) return false;
    for (int I : FM->PayloadArgs)
      if (unsigned(I) < CE->getNumArgs())
        for (const Value &V : S.values().ints(CE->getArg(I)))
          if (V.I >= 0 && V.I <= 2) return true;
    return false;
  }

  /// Whether \p FD moves a descriptor onto standard input, output or error.
  bool redirectsStdio(const Decl *FD) {
    return bodyHas(S.state<State>(StateKey).RedirectsStdio, FD, [&](const Stmt *X) {
      const auto *CE = dyn_cast<CallExpr>(X);
      return CE && isStdioRedirect(CE);
    });
  }

  /// A modelled payload call (a call or a message send; \p Args as the
  /// model counts them), unless its model says it is no payload here.
  void payloadEvent(const Expr *Call, const FunctionModel *FM, ArrayRef<const Expr *> Args,
                    std::vector<Event> &Out, const Decl *FD) {
    bool Live = true;
    if (FM->PayloadZeroArg >= 0) {
      Live = false;
      if (unsigned(FM->PayloadZeroArg) < Args.size())
        for (const Value &V : S.values().ints(Args[FM->PayloadZeroArg])) Live |= V.I == 0;
    }
    // A program fixed in the source ("/bin/sh") run with standard input
    // and output on a descriptor (a socket handed over or accepted): a
    // remote shell. A program named by the request (a CGI script) is not.
    std::string Kind = payloadKindName(FM->Payload).str();
    if (FM->Payload == PayloadKind::Command && !FM->PayloadArgs.empty() &&
        unsigned(FM->PayloadArgs[0]) < Args.size() &&
        !S.values().strings(Args[FM->PayloadArgs[0]]).empty() && redirectsStdio(FD))
      Kind = "shell";
    if (Live) Out.push_back({Event::Payload, Call, Kind, calleeName(S, Call)});
  }

  /// A call of a helper of the unit (a function or a method it implements)
  /// that reaches a payload: its strongest one.
  void helperEvent(const Expr *Call, const Decl *Callee, std::vector<Event> &Out,
                   std::string Name = "") {
    const FunctionFacts &F = factsOf(Callee);
    if (F.Payloads.empty()) return;
    // The helper's strongest payload: a command before a log switched off.
    // (Not one the helper runs only after its own check of the caller's
    // login or role: `if (auth->level < LEVEL_FACTORY) return -1;` before
    // `system(...)`; its call reaches nothing without that check.)
    const PayloadFact *PF = nullptr;
    for (const PayloadFact &X : F.Payloads) {
      if (payloadGuarded(Callee, X.At)) continue;
      if (!PF) PF = &X;
      if (payloadCounts(rules::InputTrigger, X.Kind, "command-line")) {
        PF = &X;
        break;
      }
    }
    if (!PF) return;
    const auto *CFD = dyn_cast<FunctionDecl>(Callee);
    if (Name.empty()) Name = CFD ? displayName(CFD) : calleeName(S, Call);
    Event Ev{Event::Payload, Call, PF->Kind, Name};
    Ev.Inner = PF->At;
    Ev.InnerVia = PF->Via;
    Out.push_back(Ev);
  }

  /// The level of an authentication record (`auth->level`, `a.level` of a
  /// `struct auth_result`): a role field by its record.
  bool authLevel(const MemberExpr *ME) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD || !FD->getDeclName().isIdentifier() || FD->getName() != "level") return false;
    return named(Cat, "auth-record-name", recordName(FD->getParent()));
  }

  /// A value named like a MAC or a tag (`mac`, `expected_tag`), also
  /// wrapped in an object (`[NSData dataWithBytes:mac length:32]`).
  bool macOperand(const Expr *E) {
    E = E ? stripAll(E) : nullptr;
    if (!E) return false;
    if (const auto *ME = dyn_cast<ObjCMessageExpr>(E); ME && ME->getNumArgs() >= 1 &&
                                                      ME->getReceiverKind() == ObjCMessageExpr::Class)
      E = stripAll(ME->getArg(0));
    std::string N = operandName(E);
    return !N.empty() && named(Cat, "mac-name", N) && !named(Cat, "not-mac-name", N);
  }

  /// The body of a closure \p E is or names: a block (`^{ ... }`), a
  /// lambda's call operator, or either held in a local initialized with it
  /// (`void (^work)(void) = ^{ ... };`, `auto job = [&] { ... };`).
  static const Decl *closureBody(const Expr *E) {
    for (unsigned Step = 0; E && Step < 4; ++Step) {
      E = stripAll(E);
      // A closure copied (`post(job)`, `auto job = [&] {...}`).
      if (const auto *CE = dyn_cast_or_null<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
        E = CE->getArg(0);
      else if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E)) {
        const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
        E = VD && VD->isLocalVarDecl() ? VD->getInit() : nullptr;
      } else
        break;
    }
    if (const auto *BE = dyn_cast_or_null<BlockExpr>(E)) return BE->getBlockDecl();
    if (const auto *LE = dyn_cast_or_null<LambdaExpr>(E)) return LE->getCallOperator();
    return nullptr;
  }

  /// Closures handed to a call (`dispatch_async(q, ^{ ... })`,
  /// `std::thread([] { ... })`, `[list enumerateObjectsUsingBlock:^...]`)
  /// run when, or after, the call is reached: a payload in one is reached
  /// there, as a helper's is.
  void closureEvents(const Expr *Call, ArrayRef<const Expr *> Args, std::vector<Event> &Out) {
    for (const Expr *A : Args)
      if (const Decl *Body = closureBody(A)) {
        size_t Before = Out.size();
        helperEvent(Call, Body, Out, calleeName(S, Call));
        if (Out.size() > Before) return;
      }
  }

  void addEvents(const Stmt *St, std::vector<Event> &Out, const Decl *FD) {
    if (const auto *CE = dyn_cast<CXXConstructExpr>(St)) {
      // (A closure's own copy, `post(job)` copying `job`, is not the call.)
      if (CE->getConstructor()->getParent()->isLambda()) return;
      closureEvents(CE, ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), Out);
      return;
    }
    if (const auto *ME = dyn_cast<ObjCMessageExpr>(St)) {
      // A message send: a modelled payload by selector and receiver class
      // (`+[NSTask launchedTaskWithLaunchPath:arguments:]`), or a method the
      // unit implements that reaches one.
      CallSite C = callSite(S, ME);
      if (C.Model && C.Model->Payload != PayloadKind::None &&
          C.Model->Payload != PayloadKind::StdioRedirect)
        payloadEvent(ME, C.Model, C.Args, Out, FD);
      else if (const ObjCMethodDecl *Def = methodDefinition(ME))
        helperEvent(ME, Def, Out);
      else
        closureEvents(ME, C.Args, Out);
      // A method that verifies by its name (`[self verifyTechnicianPin:pin]`,
      // `[auth authenticateUser:u password:p]`), as a function's name does.
      StringRef Sel = ME->getSelector().getNameForSlot(0);
      if (!C.Model && catalogMatch(Cat, "verify-call-name", Sel.lower()))
        Out.push_back({Event::Verify, ME, "", Sel.str()});
      // A MAC compared with the one received (`[[NSData dataWithBytes:mac
      // length:32] isEqualToData:tag]`) checks the data, as a verify call does.
      else if ((Sel == "isEqualToData" || Sel == "isEqual") && ME->getNumArgs() == 1 &&
               (macOperand(ME->getInstanceReceiver()) || macOperand(ME->getArg(0))))
        Out.push_back({Event::Verify, ME, "", Sel.str()});
      return;
    }
    if (const auto *CE = dyn_cast<CallExpr>(St)) {
      const FunctionModel *FM = PA.model(CE);
      // A closure handed to the call: its payload is reached here (and the
      // call's own body, if another unit's, is not asked about).
      size_t Before = Out.size();
      if (!FM || FM->Payload == PayloadKind::None)
        closureEvents(CE, ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), Out);
      if (Out.size() > Before) {
      } else if (FM && FM->Payload == PayloadKind::StdioRedirect) {
        // Not a payload by itself (daemons point 0/1/2 at /dev/null); it
        // makes the commands of its function shells.
      } else if (FM && FM->Payload != PayloadKind::None) {
        payloadEvent(CE, FM, ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), Out, FD);
      } else if (const FunctionDecl *Callee = CE->getDirectCallee(); Callee && Callee->hasBody()) {
        helperEvent(CE, Callee, Out);
      } else if (const Decl *Body = Callee ? nullptr : closureBody(CE->getCallee())) {
        helperEvent(CE, Body, Out, operandName(CE->getCallee())); // a block's local: `work()`
      } else if (Callee && !FM && FactRecorder::active() &&
                 !SM.isInSystemHeader(SM.getFileLoc(Callee->getLocation()))) {
        // A helper another unit defines: the link step knows whether it
        // reaches a payload (its "payload" fact).
        std::string Sym = linkageName(Callee);
        if (!Sym.empty()) {
          Event Ev{Event::Payload, CE, "linked", displayName(Callee)};
          Ev.Symbol = std::move(Sym);
          Out.push_back(Ev);
        }
      }
      // A MAC compared with the one received (`CRYPTO_memcmp(mac, tag,
      // 32)`), or a password with what is not a literal (`strcmp(password,
      // potd)`, the password of the day): as a function of the unit
      // comparing a password checks one.
      if (isVerifyCall(CE) || verifyingComparison(S, CE))
        Out.push_back({Event::Verify, CE, "", calleeName(S, CE)});
      return;
    }
    if (const auto *RS = dyn_cast<ReturnStmt>(St)) {
      // A program's main (main, agent_ctl_main) answers with exit codes: a
      // subcommand that returns 0 or 1 grants nothing.
      if (const auto *Fn = dyn_cast_or_null<FunctionDecl>(FD);
          Fn && Fn->getDeclName().isIdentifier() && programMainName(Fn->getName()))
        return;
      if (RS->getRetValue() &&
          (isGrantValue(RS->getRetValue()) || (zeroValue(RS->getRetValue()) && deniesNegative(FD))))
        Out.push_back({Event::Grant, RS, "return", ""});
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
      if (BO->getOpcode() != BO_Assign) return;
      std::string N = operandName(BO->getLHS());
      const ValueDecl *D = targetDecl(BO->getLHS());
      bool Set = isGrantValue(BO->getRHS());
      if (Set && named(Cat, "grant-flag-name", N)) {
        Event Ev{Event::Grant, BO, "flag", N};
        Ev.Flag = D;
        Out.push_back(Ev);
      }
      // A field or a global (it outlives the function) set to a constant.
      const auto *VD = dyn_cast_or_null<VarDecl>(D);
      if (!D || !(isa<FieldDecl>(D) || (VD && VD->hasGlobalStorage()))) return;
      Expr::EvalResult R;
      const Expr *RHS = stripAll(BO->getRHS());
      if (RHS->isValueDependent() || !RHS->getType()->isIntegralOrEnumerationType() ||
          !RHS->EvaluateAsInt(R, Ctx))
        return;
      if (R.Val.getInt().isZero()) {
        // A user or group id of a client or a process (`current->uid`) set
        // to 0: root, as setuid(0).
        if (rootIdField(Cat, D)) Out.push_back({Event::Payload, BO, "privilege", N + " = 0"});
        return;
      }
      // Set to a non-zero constant: a flag others may test.
      Event Ev{Event::FlagSet, BO, N, ""};
      Ev.Flag = D;
      Out.push_back(Ev);
    }
  }

  static void reach(const std::vector<std::vector<unsigned>> &Succ, unsigned From, BitVector &Seen,
                    unsigned SkipFrom = ~0u, unsigned SkipTo = ~0u) {
    reachSkipping(Succ, From, Seen,
                  [&](unsigned B, unsigned N) { return B == SkipFrom && N == SkipTo; });
  }
  /// The blocks reachable from \p From without taking an edge \p Skip names.
  static void reachSkipping(const std::vector<std::vector<unsigned>> &Succ, unsigned From,
                            BitVector &Seen, llvm::function_ref<bool(unsigned, unsigned)> Skip) {
    std::vector<unsigned> Work{From};
    Seen.set(From);
    while (!Work.empty()) {
      unsigned B = Work.back();
      Work.pop_back();
      for (unsigned N : Succ[B]) {
        if (Skip(B, N)) continue;
        if (!Seen.test(N)) Seen.set(N), Work.push_back(N);
      }
    }
  }

  /// A block that verifies (a verification call, a read of a login flag)
  /// in a condition one of whose branches never reaches \p B, and that
  /// every path from the entry to \p B passes.
  /// (All such blocks of a function at once, each verifying block's
  /// searches made once: a configuration parser's one function of
  /// thousands of blocks, each option behind its own permission check,
  /// asked about every payload, had made this quadratic.)
  static bool verifiedBefore(const FunctionCfg &F, unsigned B) {
    if (!F.Guarded) {
      unsigned N = F.G->getNumBlockIDs();
      unsigned EntryB = F.G->getEntry().getBlockID();
      BitVector Guarded(N);
      for (unsigned V = 0; V < N; ++V) {
        if (V == EntryB || F.Succ[V].size() < 2 || llvm::none_of(F.Events[V], [](const Event &Ev) {
              return Ev.Kind == Event::Verify || Ev.Kind == Event::AuthRead;
            }))
          continue;
        // The blocks reached without V are not guarded by it.
        BitVector Around(N);
        reachSkipping(F.Succ, EntryB, Around, [&](unsigned, unsigned To) { return To == V; });
        // Of the others, those one of V's branches never reaches: that
        // branch leaves. (A branch that refuses and goes round a command
        // loop, `if (!s.logged_in) { reply(...); continue; }`, reaches them
        // again only through V: it leaves too.)
        BitVector Left(N);
        for (unsigned S : F.Succ[V]) {
          BitVector R(N);
          if (S != V) reachSkipping(F.Succ, S, R, [&](unsigned, unsigned To) { return To == V; });
          R.flip();
          Left |= R;
        }
        Around.flip();
        Left &= Around;
        Left.reset(V);
        Guarded |= Left;
      }
      F.Guarded = std::move(Guarded);
    }
    return B < F.Guarded->size() && F.Guarded->test(B);
  }

  /// The payload at \p At of \p FD runs only after the function verified
  /// the caller (`if (!s->is_admin) return -1;` before `system(cmd)`).
  bool payloadGuarded(const Decl *FD, const Expr *At) {
    FunctionCfg *F = cfgOf(FD);
    if (!F) return false;
    for (unsigned B = 0; B < F->Events.size(); ++B)
      for (const Event &Ev : F->Events[B])
        if (Ev.Kind == Event::Payload && (Ev.At == At || Ev.Inner == At))
          return verifiedBefore(*F, B);
    return false;
  }

  /// A condition testing a flag: `if (backdoor_mode)`, `if (s->debug == 1)`.
  const ValueDecl *flagTested(const Expr *Cond, bool &TrueIsSet) {
    const Expr *E = stripAll(Cond);
    TrueIsSet = true;
    while (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() != UO_LNot) return nullptr;
      TrueIsSet = !TrueIsSet;
      E = stripAll(UO->getSubExpr());
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
      if (BO->getOpcode() != BO_NE && BO->getOpcode() != BO_EQ) return nullptr;
      Expr::EvalResult R;
      const Expr *K = stripAll(BO->getRHS());
      if (K->isValueDependent() || !K->EvaluateAsInt(R, Ctx)) return nullptr;
      bool Zero = R.Val.getInt().isZero();
      if ((BO->getOpcode() == BO_EQ) == Zero) TrueIsSet = !TrueIsSet;
      E = stripAll(BO->getLHS());
    }
    if (!isa<DeclRefExpr>(E) && !isa<MemberExpr>(E)) return nullptr;
    const ValueDecl *D = targetDecl(E);
    if (!D) return nullptr;
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!isa<FieldDecl>(D) && !(VD && VD->hasGlobalStorage())) return nullptr;
    return D;
  }

  FunctionCfg *cfgOf(const Decl *FD) {
    auto It = St.Cfgs.find(FD);
    if (It != St.Cfgs.end()) return It->second.get();
    if (!FD->hasBody() || !St.CfgInProgress.insert(FD).second) return nullptr;
    auto F = std::make_unique<FunctionCfg>();
    CFG::BuildOptions Opts;
    F->G = CFG::buildCFG(FD, FD->getBody(), &Ctx, Opts);
    if (!F->G) {
      St.CfgInProgress.erase(FD);
      return (St.Cfgs[FD] = nullptr).get();
    }
    unsigned N = F->G->getNumBlockIDs();
    F->Events.resize(N);
    F->Succ.resize(N);
    F->Pred.resize(N);
    for (const CFGBlock *B : *F->G) {
      for (const CFGElement &El : *B)
        if (auto CS = El.getAs<CFGStmt>()) addEvents(CS->getStmt(), F->Events[B->getBlockID()], FD);
      for (const CFGBlock::AdjacentBlock &A : B->succs())
        if (const CFGBlock *T = A.getReachableBlock()) {
          F->Succ[B->getBlockID()].push_back(T->getBlockID());
          F->Pred[T->getBlockID()].push_back(B->getBlockID());
        }
      for (const Event &Ev : F->Events[B->getBlockID()]) F->Verifies |= Ev.Kind == Event::Verify;
    }
    // `if (now > T && access((conf + ".renewed").c_str(), F_OK) != 0)`: with
    // temporaries in a condition the CFG evaluates the whole `&&` in a block
    // of its own that branches again, and the left side's short-circuit
    // edge leads there, not to the else branch. That block's branch is
    // decided on that edge: it goes on to the else (for `||`, the then).
    for (unsigned Round = 0; Round < 4; ++Round) {
      bool Changed = false;
      for (const CFGBlock *B : *F->G) {
        const auto *BO = dyn_cast_or_null<BinaryOperator>(B->getTerminatorStmt());
        if (!BO || !BO->isLogicalOp() || B->succ_size() != 2) continue;
        unsigned Short = BO->getOpcode() == BO_LAnd ? 1 : 0;
        const CFGBlock *Sb = (B->succ_begin() + Short)->getReachableBlock();
        if (!Sb || Sb->succ_size() != 2) continue;
        const Expr *SC = condOf(Sb);
        if (!SC || stripAll(SC) != BO) continue;
        const CFGBlock *Tb = (Sb->succ_begin() + Short)->getReachableBlock();
        if (!Tb) continue;
        unsigned From = B->getBlockID(), Via = Sb->getBlockID(), To = Tb->getBlockID();
        auto &Out = F->Succ[From];
        auto It = llvm::find(Out, Via);
        if (It == Out.end()) continue;
        *It = To;
        llvm::erase(F->Pred[Via], From);
        F->Pred[To].push_back(From);
        Changed = true;
      }
      if (!Changed) break;
    }
    // A local holding a client's session found by its cookie or token (`s =
    // session_find(r->cookie)`, by its initializer or the unit index's
    // writes): testing one is testing a login.
    auto SessionLookup = [&](const Expr *X) {
      const auto *CE = dyn_cast_or_null<CallExpr>(X ? stripAll(X) : nullptr);
      const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
      return Callee && Callee->getDeclName().isIdentifier() &&
             named(Cat, "session-lookup-name", Callee->getName());
    };
    auto Session = [&](const ValueDecl *D) {
      const auto *VD = dyn_cast_or_null<VarDecl>(D);
      return VD && VD->hasLocalStorage() &&
             (SessionLookup(VD->getInit()) ||
              llvm::any_of(S.index().writes(VD), [&](const Write &W) {
                return W.Kind == Write::Assign && SessionLookup(W.E);
              }));
    };
    // Reads of an authentication state in conditions (`if (!s->logged_in)`).
    for (const CFGBlock *B : *F->G) {
      const Expr *CondE = condOf(B);
      if (!CondE) continue;
      bool Auth = anyStmtIn(CondE, [&](const Stmt *X) {
        const auto *E = dyn_cast<Expr>(X);
        if (const auto *CE = dyn_cast_or_null<CallExpr>(E)) {
          // A session check (`if (!session_ok(&r))`).
          const FunctionDecl *FD = CE->getDirectCallee();
          return FD && FD->getDeclName().isIdentifier() &&
                 named(Cat, "session-check-name", FD->getName());
        }
        // A session looked up (`if (s == NULL)`), a role or privilege level
        // compared (`if (s->role < PBX_ROLE_ADMIN)`).
        if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E); DRE && Session(DRE->getDecl()))
          return true;
        if (const auto *BO = dyn_cast_or_null<BinaryOperator>(E);
            BO && (BO->isRelationalOp() || BO->isEqualityOp()))
          for (const Expr *Side : {BO->getLHS(), BO->getRHS()})
            if (const auto *ME = dyn_cast<MemberExpr>(stripAll(Side));
                ME && (named(Cat, "role-field-name", operandName(ME)) || authLevel(ME)))
              return true;
        return E && (isa<DeclRefExpr>(E) || isa<MemberExpr>(E)) &&
               named(Cat, "grant-flag-name", operandName(E));
      });
      if (Auth) F->Events[B->getBlockID()].push_back({Event::AuthRead, CondE, "", ""});
    }
    // Match edges.
    unsigned Entry = F->G->getEntry().getBlockID();
    for (const CFGBlock *B : *F->G) {
      const Stmt *T = B->getTerminatorStmt();
      if (!T) continue;
      std::vector<std::pair<unsigned, Match>> Found;
      if (const auto *SW = dyn_cast<SwitchStmt>(T)) {
        InputInfo In = inputOf(SW->getCond());
        if (!In) continue;
        for (const CFGBlock::AdjacentBlock &A : B->succs()) {
          const CFGBlock *Tb = A.getReachableBlock();
          if (!Tb) continue;
          const auto *CS = dyn_cast_or_null<CaseStmt>(Tb->getLabel());
          if (!CS || CS->getRHS()) continue;
          Expr::EvalResult R;
          if (CS->getLHS()->isValueDependent() || !CS->getLHS()->EvaluateAsInt(R, Ctx)) continue;
          int64_t V = R.Val.getInt().getExtValue();
          if (V < MagicNumberMin && V > -MagicNumberMin) continue;
          Match M;
          M.At = CS->getLHS();
          M.Subject = SW->getCond();
          M.Constant = std::to_string(V);
          M.Kind = "number";
          M.In = In;
          Found.push_back({Tb->getBlockID(), M});
        }
      } else if (const Expr *Cond = condOf(B)) {
        if (auto M = matchOf(Cond)) {
          const CFGBlock *Tb = (B->succ_begin() + (M->TrueIsMatch ? 0 : 1))->getReachableBlock();
          if (Tb) Found.push_back({Tb->getBlockID(), *M});
        } else if (const auto *BO = dyn_cast_or_null<BinaryOperator>(stripAll(Cond));
                   BO && BO->isLogicalOp()) {
          // The block that branches on a whole `a && b` (temporaries in
          // the condition, see above): its then-branch needs `b` true, so
          // a match on `b` that is true when it matches controls it; for
          // `a || b` the else-branch needs `b` false.
          if (auto M = matchOf(BO->getRHS());
              M && M->TrueIsMatch == (BO->getOpcode() == BO_LAnd)) {
            const CFGBlock *Tb =
                (B->succ_begin() + (M->TrueIsMatch ? 0 : 1))->getReachableBlock();
            if (Tb) Found.push_back({Tb->getBlockID(), *M});
          }
        }
      }
      for (auto &[To, M] : Found) {
        Edge E;
        E.From = B->getBlockID();
        E.To = To;
        E.M = M;
        BitVector Without(N), From(N);
        reach(F->Succ, Entry, Without, E.From, E.To);
        reach(F->Succ, E.To, From);
        From.reset(Without);
        E.Controlled = std::move(From);
        F->Edges.push_back(std::move(E));
      }
    }
    // A value named like a magic input (`user_agent`, `serial`) equal to a
    // constant, or-ed with other matches (D-Link's alphapd: public URLs ||
    // the User-Agent): what only those matches reach, it reaches too. Other
    // alternatives (a path or URL allow-list) control nothing on their own.
    for (Edge &E : F->Edges) {
      if (E.M.Kind != "equal" || !E.M.Subject || E.Controlled.test(E.To) ||
          !named(Cat, "magic-input-name", operandName(E.M.Subject)))
        continue;
      std::set<std::pair<unsigned, unsigned>> Skip;
      for (const Edge &O : F->Edges)
        if (O.To == E.To) Skip.insert({O.From, O.To});
      if (Skip.size() < 2) continue;
      BitVector Without(N), From(N);
      reachSkipping(F->Succ, Entry, Without,
                    [&](unsigned X, unsigned Y) { return Skip.count({X, Y}) > 0; });
      reach(F->Succ, E.To, From);
      From.reset(Without);
      E.Controlled |= From;
    }
    // Outermost match first: a finding is reported at the first comparison
    // that controls its payload.
    std::stable_sort(F->Edges.begin(), F->Edges.end(), [&](const Edge &A, const Edge &B) {
      return SM.isBeforeInTranslationUnit(SM.getFileLoc(A.M.At->getBeginLoc()),
                                          SM.getFileLoc(B.M.At->getBeginLoc()));
    });
    St.CfgInProgress.erase(FD);
    FunctionCfg *Out = F.get();
    St.Cfgs[FD] = std::move(F);
    return Out;
  }

  // ---- facts ----------------------------------------------------------------

  FunctionFacts computeFacts(const Decl *FD) {
    FunctionFacts Out;
    // Payloads, and the parameters that reach their arguments.
    struct V : SemanticVisitor<V> {
      Analyzer &A;
      const Decl *FD;
      FunctionFacts &Out;
      V(Analyzer &A, const Decl *FD, FunctionFacts &Out) : A(A), FD(FD), Out(Out) {}
      bool shouldVisitLambdaBody() const { return false; }
      std::vector<unsigned> params(ArrayRef<const Expr *> CallArgs, const std::vector<int> &Args) {
        std::vector<unsigned> Ps;
        for (unsigned I = 0; I < CallArgs.size(); ++I) {
          if (!Args.empty() && !llvm::is_contained(Args, int(I))) continue;
          if (const auto *P = dyn_cast_or_null<ParmVarDecl>(targetDecl(CallArgs[I])))
            if (P->getDeclContext() == dyn_cast<DeclContext>(FD))
              Ps.push_back(P->getFunctionScopeIndex());
        }
        return Ps;
      }
      bool VisitCallExpr(CallExpr *CE) {
        visitCall(CE, ArrayRef<const Expr *>(CE->getArgs(), CE->getNumArgs()), A.PA.model(CE));
        return true;
      }
      bool VisitObjCMessageExpr(ObjCMessageExpr *ME) {
        CallSite C = callSite(A.S, ME);
        visitCall(ME, C.Args, C.Model);
        return true;
      }
      void visitCall(const Expr *CE, ArrayRef<const Expr *> Args, const FunctionModel *FM) {
        std::vector<Event> Evs;
        A.addEvents(CE, Evs, FD);
        for (const Event &Ev : Evs) {
          if (Ev.Kind != Event::Payload || Ev.What == "linked") continue;
          PayloadFact P;
          P.Kind = Ev.What;
          if (Ev.Inner) {
            P.Via = Ev.InnerVia;
            P.At = Ev.Inner;
            P.Params = params(Args, {});
          } else {
            P.Via = Ev.Via;
            P.At = CE;
            P.Params = params(Args, FM ? FM->PayloadArgs : std::vector<int>());
          }
          Out.Payloads.push_back(P);
        }
      }
    } Vis(*this, FD, Out);
    Vis.TraverseStmt(FD->getBody());
    // Matchers: `return strcmp(p, "x") == 0;` or a character sequence that
    // controls `return 1`.
    for (const ReturnStmt *RS : returnsOf(FD->getBody())) {
      if (!RS->getRetValue()) continue;
      if (auto M = matchOf(RS->getRetValue(), FD)) {
        if (M->Kind == "char" || M->Kind == "small" || M->Kind == "order") continue;
        MatcherFact MF;
        const auto *P = dyn_cast_or_null<ParmVarDecl>(targetDecl(M->Subject));
        MF.Param = P ? P->getFunctionScopeIndex() : MatcherFact::Receiver;
        MF.Constant = M->Constant;
        MF.Kind = M->Kind;
        MF.TrueIfMatch = M->TrueIsMatch;
        MF.At = M->At;
        Out.Matchers.push_back(MF);
      }
    }
    if (Out.Matchers.empty()) charMatcher(FD, Out);
    return Out;
  }

  /// A helper whose `return <non-zero>` only a character sequence on a
  /// parameter reaches: `if (p[0] == ':' && p[1] == ')') return 1;`.
  void charMatcher(const Decl *FD, FunctionFacts &Out) {
    std::unique_ptr<CFG> G = CFG::buildCFG(FD, FD->getBody(), &Ctx, CFG::BuildOptions());
    if (!G) return;
    unsigned N = G->getNumBlockIDs();
    std::vector<std::vector<unsigned>> Succ(N);
    std::vector<std::pair<const CFGBlock *, Match>> Chars;
    for (const CFGBlock *B : *G) {
      for (const CFGBlock::AdjacentBlock &A : B->succs())
        if (const CFGBlock *T = A.getReachableBlock())
          Succ[B->getBlockID()].push_back(T->getBlockID());
      const Expr *Cond = condOf(B);
      if (!Cond) continue;
      if (auto M = matchOf(Cond, FD); M && M->Kind == "char") Chars.push_back({B, *M});
    }
    unsigned Entry = G->getEntry().getBlockID();
    std::vector<BitVector> Ctl;
    for (auto &[B, M] : Chars) {
      const CFGBlock *Tb = (B->succ_begin() + (M.TrueIsMatch ? 0 : 1))->getReachableBlock();
      BitVector Without(N), From(N);
      if (Tb) {
        reach(Succ, Entry, Without, B->getBlockID(), Tb->getBlockID());
        reach(Succ, Tb->getBlockID(), From);
        From.reset(Without);
      }
      Ctl.push_back(From);
    }
    for (const CFGBlock *B : *G)
      for (const CFGElement &El : *B) {
        auto CS = El.getAs<CFGStmt>();
        const auto *RS = CS ? dyn_cast<ReturnStmt>(CS->getStmt()) : nullptr;
        if (!RS || !RS->getRetValue() || !isGrantValue(RS->getRetValue())) continue;
        std::vector<const Match *> Seq = sequence(Chars, Ctl, B->getBlockID());
        if (Seq.size() < 2) continue;
        MatcherFact MF;
        MF.Param = cast<ParmVarDecl>(Seq[0]->Base)->getFunctionScopeIndex();
        MF.Constant = seqText(Seq);
        MF.Kind = "char";
        MF.At = Seq[0]->At;
        Out.Matchers.push_back(MF);
        return;
      }
  }

  /// The character checks of one buffer that all control a block, by offset.
  template <typename Pairs>
  std::vector<const Match *> sequence(const Pairs &Chars, const std::vector<BitVector> &Ctl,
                                      unsigned Block) {
    std::map<const ValueDecl *, std::map<int64_t, const Match *>> ByBase;
    for (size_t I = 0; I < Chars.size(); ++I)
      if (Ctl[I].size() > Block && Ctl[I].test(Block)) {
        const Match &M = Chars[I].second;
        ByBase[M.Base].emplace(M.Offset, &M);
      }
    std::vector<const Match *> Best;
    for (auto &[Base, Offs] : ByBase) {
      if (Offs.size() < 2 || Offs.size() <= Best.size()) continue;
      Best.clear();
      for (auto &[O, M] : Offs) Best.push_back(M);
    }
    return Best;
  }

  static std::string seqText(const std::vector<const Match *> &Seq) {
    std::string T;
    for (const Match *M : Seq) T += char(M->Byte);
    return quoted(T);
  }

  // ---- findings ---------------------------------------------------------------

  const char *ruleOf(const Match &M) {
    if (M.In.Kind == "clock") return rules::TimeBomb;
    if (isIdentityKind(M.In.Kind)) return rules::TrustedIdentity;
    // A variable named for an identity holding data of unknown kind. (A
    // request's field or header was judged by its own name: a SIP or mail
    // `Subject:` header kept in `subject` is no certificate subject.)
    // (The command line and the environment are the operator's: a serial
    // a launcher passes in argv is no peer's identity.)
    if (M.In.Kind != "request" && !operatorInput(M.In.Kind) &&
        named(Cat, "peer-identity-name", operandName(M.Subject)))
      return rules::TrustedIdentity;
    return rules::InputTrigger;
  }

  static const char *payloadWhat(StringRef K) {
    if (K == "command") return "command execution";
    if (K == "shell") return "a shell with standard input and output on a descriptor";
    if (K == "eval") return "code evaluation";
    if (K == "load-library") return "a library load";
    if (K == "privilege") return "a change to root privileges";
    if (K == "destructive") return "a destructive action";
    if (K == "disable-logging") return "logging switched off";
    if (K == "disable-verification") return "certificate verification switched off";
    if (K == "disable-crypto") return "encryption switched off";
    return "a payload";
  }

  std::vector<Candidate> findings(const Decl *FD) {
    std::vector<Candidate> Out;
    FunctionCfg *F = cfgOf(FD);
    if (!F) return Out;
    unsigned N = F->G->getNumBlockIDs();
    // Character checks: each alone is no trigger, a sequence of them is.
    std::vector<std::pair<const CFGBlock *, Match>> Chars;
    std::vector<BitVector> CharCtl;
    for (const Edge &E : F->Edges)
      if (E.M.Kind == "char") {
        Chars.push_back({nullptr, E.M});
        CharCtl.push_back(E.Controlled);
      }
    // One finding per payload and rule: a command's own match that only asks
    // the link step for a shell does not hide the time bomb inside it.
    std::set<const Stmt *> Reported;
    std::set<std::pair<const Stmt *, std::string>> ReportedBy;
    std::map<std::tuple<std::string, const Stmt *, std::string>,
             std::pair<size_t, const Stmt *>>
        SameKind;
    auto BlocksBetween = [&](unsigned From, unsigned To) {
      BitVector Fwd(N), Bwd(N);
      reach(F->Succ, From, Fwd);
      reach(F->Pred, To, Bwd);
      Fwd &= Bwd;
      return Fwd;
    };
    auto HasEvent = [&](const BitVector &Bs, Event::KindTy K) {
      for (unsigned B : Bs.set_bits())
        for (const Event &Ev : F->Events[B])
          if (Ev.Kind == K || (K == Event::AuthRead && Ev.Kind == Event::Verify)) return true;
      return false;
    };
    auto VerifiedBefore = [&](unsigned B) { return verifiedBefore(*F, B); };
    // A byte or string match claims a payload before a number compared on
    // the way (`if (ntohs(fr.proto) != ETH_P_SCFT) continue;` filtering
    // frames, then `memcmp(fr.payload, kModelDigest, 16) == 0` opening the
    // shell): the constant that unlocks it, not the protocol's framing.
    std::vector<size_t> Order(F->Edges.size());
    for (size_t I = 0; I < Order.size(); ++I) Order[I] = I;
    std::stable_partition(Order.begin(), Order.end(),
                          [&](size_t I) { return F->Edges[I].M.Kind != "number"; });
    // Of the matches of one condition (`req.path == kHookPath &&
    // req.header("Authorization") == kServiceAuth`), the one the others lead
    // to claims first: a route, then the constant that opens it. (Across
    // conditions the order stays the source's.)
    // The whole condition a match is part of: up through `&&`, `||`, `!`
    // and parentheses.
    auto ConditionRoot = [&](const Stmt *X) {
      for (unsigned Guard = 0; X && Guard < 32; ++Guard) {
        DynTypedNodeList Ps = Ctx.getParents(*X);
        if (Ps.empty()) break;
        const Stmt *P = Ps[0].get<Stmt>();
        const auto *BO = dyn_cast_or_null<BinaryOperator>(P);
        const auto *UO = dyn_cast_or_null<UnaryOperator>(P);
        if (!(P && (isa<ParenExpr, ImplicitCastExpr, ExprWithCleanups>(P) ||
                    (BO && BO->isLogicalOp()) || (UO && UO->getOpcode() == UO_LNot))))
          break;
        X = P;
      }
      return X;
    };
    std::vector<const Stmt *> Roots(F->Edges.size());
    for (size_t I = 0; I < Roots.size(); ++I) Roots[I] = ConditionRoot(F->Edges[I].M.At);
    auto DepthInCondition = [&](size_t I) {
      unsigned D = 0;
      for (size_t J = 0; J < F->Edges.size(); ++J)
        if (J != I && Roots[J] == Roots[I] && F->Edges[J].M.Kind != "char" &&
            F->Edges[J].Controlled.test(F->Edges[I].From))
          ++D;
      return D;
    };
    std::vector<unsigned> Depth(F->Edges.size());
    for (size_t I = 0; I < Depth.size(); ++I)
      Depth[I] = F->Edges[I].M.Kind == "char" ? 0 : DepthInCondition(I);
    // Each condition keeps its place (its first match's), its own matches
    // reordered within it.
    std::vector<size_t> Rank(F->Edges.size());
    for (size_t P = 0; P < Order.size(); ++P) {
      size_t I = Order[P];
      Rank[I] = P;
      for (size_t Q = 0; Q < P; ++Q)
        if (Roots[Order[Q]] == Roots[I] && F->Edges[Order[Q]].M.Kind != "char") {
          Rank[I] = Rank[Order[Q]];
          break;
        }
    }
    std::stable_sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
      if (Rank[A] != Rank[B]) return Rank[A] < Rank[B];
      return Depth[A] > Depth[B];
    });
    for (size_t EI : Order) {
      const Edge &E = F->Edges[EI];
      Match M = E.M;
      if (M.Kind == "small" && M.In.Kind != "clock" && M.In.Kind != "user-id") continue;
      // Dispatch: several constants compared with the same input.
      unsigned Siblings = 0;
      const ValueDecl *SubjectD = targetDecl(M.Subject);
      // Another match of the same input (not a character of a sequence, not
      // another unit's helper).
      // (Of edge \p A, with \p AD its subject's declaration.)
      auto SameInputAs = [&](const Edge &A, const ValueDecl *AD, const Edge &O) {
        return &O != &A && O.M.Kind != "char" && O.M.Kind != "linked" &&
               (AD ? targetDecl(O.M.Subject) == AD
                   : operandName(O.M.Subject) == operandName(A.M.Subject));
      };
      auto SameInput = [&](const Edge &O) { return SameInputAs(E, SubjectD, O); };
      bool SiblingAuth = false;
      for (const Edge &O : F->Edges) {
        if (!SameInput(O)) continue;
        ++Siblings;
        // A sibling that checks a login, or one the function reaches only
        // after verifying the caller (TP-Link's `userRpm` pages behind
        // `else if (!web_auth_ok(&r))`, the NatDebug pages before it).
        SiblingAuth |= HasEvent(O.Controlled, Event::AuthRead) || VerifiedBefore(O.From);
      }
      // A lookup in a table of names (`strcmp(j->arg, kServices[i])` over
      // two or more entries) is a dispatch over its entries.
      bool Dispatch = Siblings >= 2 || M.Alternatives >= 2;
      const char *Rule = ruleOf(M);
      // A command the program's usage text lists is documented, not hidden.
      if (Rule == rules::InputTrigger && documentedCommand(S, M.Constant)) continue;
      if (protocolKeyword(S, M.Constant)) continue;
      // A match made only after the function verified the caller (`if
      // (!sessions.valid(req.cookie("sid"))) return 403;` before a CSRF
      // header check): the constant opens nothing a login did not, unless
      // it hands over a shell (a restricted CLI's hidden escape).
      bool AfterLogin = Rule == rules::InputTrigger && VerifiedBefore(E.From);
      // A match of the same input inside this one's region that also
      // controls a block (`strcmp(line, "SSH-2.0-xyzzy-debug") == 0` after
      // the banner check `strncmp(line, "SSH-2.0-", 8) != 0`): the inner,
      // more specific match is the trigger of what it controls.
      // So does a check of the peer's identity inside it (a push protocol's
      // "CMSU" magic every sender starts with, then `peer ==
      // inet_addr(MAINT_HOST)` before the maintenance script): the identity
      // opens the payload, the magic only frames the message.
      // Under a command of a dispatch (a D-Bus method's name, a CGI's
      // `action=`), a single constant another input of the request is
      // matched with (the method's argument equal to a dealer code) is what
      // opens the command's payload; the command's name only routes to it.
      auto SecretUnderCommand = [&](const Edge &O) {
        if (!Dispatch || O.M.Kind == "linked" || O.M.Kind == "small" || O.M.Kind == "number" ||
            O.M.In.Kind.empty() || O.M.In.Kind == "clock" || O.M.In.Kind == "user-id" ||
            O.M.Alternatives >= 2)
          return false;
        // (A built-in account checked inside the command is
        // backdoor-magic-credential's: the command stays the trigger.)
        if (credentialReported(FD, O.M.At)) return false;
        // (No other match of that input in the command's branch.)
        const ValueDecl *OD = targetDecl(O.M.Subject);
        return llvm::none_of(F->Edges, [&](const Edge &X) {
          return E.Controlled.test(X.From) && SameInputAs(O, OD, X);
        });
      };
      auto InnerClaims = [&](unsigned B) {
        for (const Edge &O : F->Edges)
          if (&O != &E && O.M.Kind != "char" &&
              (SameInput(O) || isIdentityKind(O.M.In.Kind) || SecretUnderCommand(O) ||
               // (or a value computed from the same buffer: an OSDP
               // reply's vendor prefix, then its sub-function code read
               // out of it)
               (SubjectD && computedFrom(O.M.Subject, SubjectD)) ||
               (O.M.In.Kind == "linked" && !isIdentityKind(M.In.Kind))) &&
              E.Controlled.test(O.From) && O.Controlled.test(B))
            return true;
        return false;
      };
      for (unsigned B : E.Controlled.set_bits()) {
        if (InnerClaims(B)) continue;
        for (const Event &Ev : F->Events[B]) {
          bool Payload =
              Ev.Kind == Event::Payload &&
              (Ev.What == "linked" || payloadCounts(Rule, Ev.What, M.In.Kind, Ev.Inner != nullptr));
          bool Grant = Ev.Kind == Event::Grant;
          bool FlagSet = Ev.Kind == Event::FlagSet && !Grant;
          if (!Payload && !Grant && !FlagSet) continue;
          if (M.Kind == "linked") {
            if (M.In.Kind == "linked") continue; // two questions at once: not asked
            // Whether the helper matches a constant is the link step's
            // question; the per-unit findings stay the plugin's.
            bool Shell = Payload && Ev.What == "shell";
            if (Payload && (!Dispatch || Shell)) askLinkedMatch(Rule, M, Ev);
            continue;
          }
          const Match *Use = &M;
          std::vector<const Match *> Seq;
          if (M.Kind == "char") {
            Seq = sequence(Chars, CharCtl, B);
            if (Seq.size() < 2 || Seq[0]->At != M.At) continue;
            Use = Seq[0];
          }
          BitVector Path = BlocksBetween(E.To, B);
          Path &= E.Controlled;
          if (FlagSet && HasEvent(Path, Event::Verify)) continue;
          if (Grant) {
            // A command of a dispatch that answers success without a check
            // (a CGI's `type=status` beside a `type=open_ticket` that asks
            // for a session) serves what every client may ask for; the
            // status it returns is the reply's, not a login's outcome. (Not
            // a peer's identity tested against several networks, each
            // logging in: Barracuda's support ranges.)
            if (Dispatch && Ev.What == "return" && !isIdentityKind(M.In.Kind)) continue;
            // A directory of the site a request's path is let into without
            // a login (`strncmp(path, "/static/", 8) == 0` then `return 0`):
            // public files, open to everyone by design.
            if (StringRef C = M.Constant;
                C.size() >= 4 && C.starts_with("\"/") && C.ends_with("/\""))
              continue;
            // A flag of a global another unit defines, which this unit only
            // sets (`g_diag_unlocked = 1`): what it unlocks is decided
            // there (the link step reports a payload it gates); nothing
            // here shows a verification skipped.
            if (Ev.What == "flag" && onlySetGlobalOfOtherUnit(S, Ev.Flag)) continue;
            // Authentication forced to success: no verification on the way,
            // and the function (or its siblings) verifies elsewhere.
            if (HasEvent(Path, Event::Verify)) continue;
            bool Elsewhere = false;
            for (unsigned X = 0; X < N; ++X)
              if (!E.Controlled.test(X))
                for (const Event &V : F->Events[X]) Elsewhere |= V.Kind == Event::Verify;
            if (!Elsewhere) continue;
            // A literal username or password is backdoor-magic-credential's
            // (one finding for a built-in account); backdoor-hidden-bypass
            // (a magic input value) may report the same comparison: each
            // rule states its own consequence, as the rule pages say.
            if (credentialReported(FD, M.At)) continue;
            if (!grantCounts(M.In.Kind)) continue;
          }
          // A command a protocol documents for every client is not a
          // backdoor; a shell handed to whoever sends the constant is.
          // A command made of the matched input itself (UnrealIRCd 3.2.8.1's
          // `if (!memcmp(readbuf, "AB", 2)) system(readbuf)`): whoever sends
          // the constant chooses the command, whatever its sibling checks.
          bool Shell = Payload && (Ev.What == "shell" ||
                                   (Ev.What == "command" && runsSubject(Ev, M.Subject)));
          bool Linked = Payload && Ev.What == "linked" && M.In.Kind != "linked";
          if (AfterLogin && !Shell && !Linked) continue;
          // A payload the branch runs only after a login check of its own
          // (`if (!s->authenticated) return;` inside the command): the
          // constant names a command, the login opens it.
          if (Rule == rules::InputTrigger && Payload && !Shell && !Linked && VerifiedBefore(B))
            continue;
          bool OnlyShell = AfterLogin && !Shell; // then another unit's helper counts as a shell only
          if (Dispatch && !Shell && !(SiblingAuth && !HasEvent(Path, Event::AuthRead))) {
            // A command of the dispatch that calls another unit's helper:
            // a trigger when that helper hands a shell over (the link step).
            if (!(Payload && Ev.What == "linked" && M.In.Kind != "linked")) continue;
            OnlyShell = true;
          }
          // A command of a protocol that switches verification or logging off
          // (a server's STARTTLS that asks for no client certificate) is
          // not a trigger, whichever login its siblings check.
          if (Dispatch && Rule != rules::TimeBomb &&
              (Ev.What == "disable-verification" || Ev.What == "disable-logging"))
            continue;
          if (FlagSet) {
            // A built-in account setting the login flag (`strcmp(login,
            // "gepon") == 0 && strcmp(password, "gepon") == 0` then
            // `s->logged_in = 1`) is backdoor-magic-credential's finding, as
            // its grant is; the commands the flag opens are the login's.
            if (credentialReported(FD, M.At)) continue;
            if (M.In.Kind != "linked") {
              flagPayloads(FD, EI, Ev, M, Seq, Out, Reported);
              askLinkedFlag(Rule, Seq.empty() ? M : *Seq[0], Seq, Ev);
            } else if (M.In.LinkParam >= 0 && M.In.LinkOut < 0) {
              // A parameter other units fill (a frame main.c read with
              // another unit's reader): both questions, the input's and the
              // flag's payload, for the link step.
              askLinkedFlag(Rule, M, Seq, Ev);
            }
            continue;
          }
          // A dispatch branch asking whether another unit's helper hands over
          // a shell does not claim the payload: a match inside it (a
          // `Referer` test before `updater_.launch(...)` under a path
          // dispatch) may still be the trigger.
          if (OnlyShell && Ev.What == "linked" && !Shell) {
            if (ReportedBy.count({Ev.At, Rule})) continue;
          } else if (!ReportedBy.insert({Ev.At, Rule}).second) {
            continue;
          }
          if (M.In.Kind == "linked") {
            askLinkedInput(Rule, *Use, Seq, Ev);
            continue;
          }
          if (Ev.What == "linked") {
            askLinked(Rule, *Use, Seq, Ev, OnlyShell);
            continue;
          }
          // One finding per match for payloads of one kind (Allwinner's
          // sunxi-debug setting uid, gid, euid... to 0 one after another):
          // the first in the source.
          std::tuple<std::string, const Stmt *, std::string> Kind{Rule, Use->At, Ev.What};
          if (auto It = SameKind.find(Kind); It != SameKind.end()) {
            const SourceManager &SM = Ctx.getSourceManager();
            if (Ev.At && It->second.second &&
                SM.isBeforeInTranslationUnit(Ev.At->getBeginLoc(), It->second.second->getBeginLoc())) {
              Out[It->second.first] = make(Rule, *Use, Seq, Ev, nullptr, nullptr);
              It->second.second = Ev.At;
            }
            continue;
          }
          SameKind[Kind] = {Out.size(), Ev.At};
          Out.push_back(make(Rule, *Use, Seq, Ev, nullptr, nullptr));
        }
      }
    }
    return Out;
  }

  /// The payload API itself (not a helper that calls it) is handed the
  /// very buffer \p Subject names whole (`system(readbuf)` after
  /// `memcmp(readbuf, "AB", 2)`; not an option's next argument, `argv[++i]`,
  /// nor a path after the matched prefix, `req + 13`).
  /// The text of a string literal, C or Objective-C.
  static std::optional<std::string> literalText(const Expr *E) {
    E = stripAll(E);
    if (const auto *SL = dyn_cast_or_null<clang::StringLiteral>(E); SL && SL->getCharByteWidth() == 1)
      return SL->getString().str();
    if (const auto *OS = dyn_cast_or_null<ObjCStringLiteral>(E))
      return OS->getString()->getString().str();
    return std::nullopt;
  }

  static bool runsSubject(const Event &Ev, const Expr *Subject) {
    const auto *SD = dyn_cast_or_null<DeclRefExpr>(stripAll(Subject));
    if (!SD || Ev.Inner) return false;
    // The call's or the message's arguments: the variable itself, or a part
    // of it (`[NSTask launchedTaskWithLaunchPath:@"/bin/sh" arguments:@[@"-c",
    // [line substringFromIndex:18]]]`).
    std::vector<const Expr *> Args;
    std::string Callee;
    if (const auto *CE = dyn_cast_or_null<CallExpr>(Ev.At)) {
      Args.assign(CE->arg_begin(), CE->arg_end());
      if (const FunctionDecl *FD = CE->getDirectCallee(); FD && FD->getDeclName().isIdentifier())
        Callee = FD->getName().str();
    } else if (const auto *ME = dyn_cast_or_null<ObjCMessageExpr>(Ev.At)) {
      Args.assign(ME->arg_begin(), ME->arg_end());
      Callee = ME->getSelector().getNameForSlot(0).str();
    }
    // A fixed program that is no interpreter (`execl("/usr/sbin/fwupd",
    // "fwupd", "--url", line + 18, NULL)`, an NSTask of `/sbin/reboot`)
    // given the input as an argument: the sender chooses an argument, not
    // the command.
    unsigned Program = StringRef(Callee).starts_with("posix_spawn") ? 1 : 0;
    if ((StringRef(Callee).starts_with("exec") || StringRef(Callee).starts_with("posix_spawn") ||
         Callee == "launchedTaskWithLaunchPath") &&
        Program < Args.size())
      if (std::optional<std::string> P = literalText(Args[Program])) {
        StringRef Base = StringRef(*P).rsplit('/').second.empty() ? StringRef(*P)
                                                                  : StringRef(*P).rsplit('/').second;
        StringRef Name = Base.rtrim("0123456789.");
        if (!llvm::is_contained({"sh", "bash", "dash", "ash", "zsh", "ksh", "csh", "tcsh", "busybox",
                                 "env", "python", "perl", "ruby", "lua", "node", "php", "tclsh",
                                 "osascript"},
                                Name))
          return false;
      }
    for (const Expr *A : Args)
      if (anyStmtIn(A, [&](const Stmt *X) {
            const auto *AD = dyn_cast<DeclRefExpr>(X);
            return AD && AD->getDecl() == SD->getDecl();
          }))
        return true;
    return false;
  }

  bool credentialReported(const Decl *FD, const Expr *At) {
    SourceLocation L = SM.getFileLoc(At->getBeginLoc());
    const auto *MD = dyn_cast<ObjCMethodDecl>(FD);
    for (const Candidate &C : MD ? credentialsOfObjCMethod(S, MD)
                                 : credentialsOfFunction(S, cast<FunctionDecl>(FD)))
      if (C.Rule == rules::MagicCredential && SM.getFileID(C.Loc) == SM.getFileID(L) &&
          SM.getSpellingLineNumber(C.Loc) == SM.getSpellingLineNumber(L))
        return true;
    return false;
  }

  /// A query for the link step about the trigger \p M (its sequence \p Seq):
  /// the rule, the input, the constant and the comparison's place; \p Notes
  /// gets \p First at \p At, the comparison with the constant, and where the
  /// input is read (when that is elsewhere).
  json::Object triggerQuery(const char *Kind, const char *Rule, const Match &M,
                            const std::vector<const Match *> &Seq, const Stmt *At, StringRef First,
                            json::Array &Notes) {
    std::string Const = Seq.size() >= 2 ? seqText(Seq) : M.Constant;
    auto Note = [&](const Stmt *X, std::string Msg) {
      json::Object N = locFact(SM, X->getBeginLoc());
      N["message"] = std::move(Msg);
      Notes.push_back(std::move(N));
    };
    Note(At, First.str());
    Note(M.At, "compared with the constant " + Const + " here");
    if (M.In.Source &&
        SM.getFileLoc(M.In.Source->getBeginLoc()) != SM.getFileLoc(M.At->getBeginLoc()))
      Note(M.In.Source, M.In.Kind == "clock" ? "the time is read here" : "the input is read here");
    return json::Object{{"kind", Kind},       {"rule", Rule},
                        {"input", M.In.Desc}, {"input-kind", M.In.Kind},
                        {"constant", Const},  {"at", locFact(SM, M.At->getBeginLoc())}};
  }

  /// A trigger that sets a global other units may test (`maint_mode = 1`):
  /// the link step reports the payloads their "flag-payload" facts say run
  /// only when it is set.
  void askLinkedFlag(const char *Rule, const Match &M, const std::vector<const Match *> &Seq,
                     const Event &Set) {
    FactRecorder *R = FactRecorder::active();
    const auto *VD = dyn_cast_or_null<VarDecl>(Set.Flag);
    if (!R || !VD || !VD->hasGlobalStorage() || !VD->isExternallyVisible()) return;
    std::string Sym = linkageName(VD);
    if (Sym.empty()) return;
    // after the other unit's payload and test, back to the input
    json::Array Notes;
    json::Object Q =
        triggerQuery("hidden-flag", Rule, M, Seq, Set.At, "the match sets a flag here", Notes);
    Q["flag"] = Sym;
    Q["notes"] = std::move(Notes);
    // Input another unit hands over: its call facts say whether it is.
    if (M.In.Kind == "linked" && M.In.LinkParam >= 0)
      Q["source"] = json::Object{
          {"symbol", M.In.LinkSymbol}, {"name", M.In.LinkName}, {"param", M.In.LinkParam}};
    R->query(std::move(Q));
  }

  /// The blocks of \p F reached from its entry only through the edge from
  /// \p B (a test of a flag) to \p Tb (the side where the flag is set).
  static BitVector onlyThrough(const FunctionCfg &F, const CFGBlock *B, const CFGBlock *Tb) {
    unsigned N = F.G->getNumBlockIDs();
    BitVector Without(N), From(N);
    reach(F.Succ, F.G->getEntry().getBlockID(), Without, B->getBlockID(), Tb->getBlockID());
    reach(F.Succ, Tb->getBlockID(), From);
    From.reset(Without);
    return From;
  }

  /// Payloads that run only when a global other units may set is set
  /// (`if (maint_mode) system(cmd)`): "flag-payload" facts of the global.
  void exportFlagPayloads(const Decl *FD) {
    FactRecorder *R = FactRecorder::active();
    FunctionCfg *F = R ? cfgOf(FD) : nullptr;
    if (!F) return;
    for (const CFGBlock *B : *F->G) {
      const Expr *Cond = condOf(B);
      if (!Cond) continue;
      bool TrueIsSet = true;
      const auto *VD = dyn_cast_or_null<VarDecl>(flagTested(Cond, TrueIsSet));
      if (!VD || !VD->hasGlobalStorage() || !VD->isExternallyVisible()) continue;
      const CFGBlock *Tb = (B->succ_begin() + (TrueIsSet ? 0 : 1))->getReachableBlock();
      if (!Tb) continue;
      const BitVector Only = onlyThrough(*F, B, Tb); // kept: set_bits() refers into it
      for (unsigned X : Only.set_bits())
        for (const Event &Ev : F->Events[X]) {
          if (Ev.Kind != Event::Payload || Ev.What == "linked") continue;
          std::string Sym = linkageName(VD);
          if (Sym.empty()) return;
          json::Array Notes; // from the payload back to the test
          if (Ev.Inner) {
            json::Object I = locFact(SM, Ev.Inner->getBeginLoc());
            I["message"] = "'" + Ev.InnerVia + "' is called here";
            Notes.push_back(std::move(I));
          }
          json::Object P = locFact(SM, Ev.At->getBeginLoc());
          P["message"] = "the payload is reached here";
          Notes.push_back(std::move(P));
          json::Object T = locFact(SM, Cond->getBeginLoc());
          T["message"] = "the flag is tested here";
          Notes.push_back(std::move(T));
          std::string What = Ev.Inner ? "reaches '" + Ev.Via + "', which calls '" + Ev.InnerVia +
                                            "' (" + payloadWhat(Ev.What) + ")"
                                      : "reaches '" + Ev.Via + "' (" + payloadWhat(Ev.What) + ")";
          R->functionFact(Sym, VD->getNameAsString(), "flag-payload",
                          json::Object{{"kind", Ev.What},
                                       {"what", What},
                                       {"through-helper", Ev.Inner != nullptr},
                                       {"notes", std::move(Notes)}});
          return;
        }
    }
  }

  /// A trigger that sets a flag: payloads other code runs when it is set.
  void flagPayloads(const Decl *FD, size_t EI, const Event &Set, const Match &M,
                    const std::vector<const Match *> &Seq, std::vector<Candidate> &Out,
                    std::set<const Stmt *> &Reported) {
    const TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
    std::vector<const Decl *> Fns;
    for (const Decl *D : TU->decls()) {
      if (const FunctionDecl *G = D->getAsFunction())
        if (G->doesThisDeclarationHaveABody() && S.inProjectCode(G->getLocation()))
          Fns.push_back(G);
      // The methods of an Objective-C class the unit implements.
      if (const auto *Impl = dyn_cast<ObjCImplDecl>(D))
        for (const ObjCMethodDecl *G : Impl->methods())
          if (G->hasBody() && S.inProjectCode(G->getLocation())) Fns.push_back(G);
    }
    for (const Decl *G : Fns) {
      FunctionCfg *F = G == FD ? nullptr : cfgOf(G);
      if (!F) continue;
      for (const CFGBlock *B : *F->G) {
        const Expr *Cond = condOf(B);
        if (!Cond) continue;
        bool TrueIsSet = true;
        if (flagTested(Cond, TrueIsSet) != Set.Flag) continue;
        const CFGBlock *Tb = (B->succ_begin() + (TrueIsSet ? 0 : 1))->getReachableBlock();
        if (!Tb) continue;
        const BitVector Only = onlyThrough(*F, B, Tb); // kept: set_bits() refers into it
        for (unsigned X : Only.set_bits())
          for (const Event &Ev : F->Events[X]) {
            if (Ev.Kind != Event::Payload || Ev.What == "linked" ||
                !payloadCounts(ruleOf(M), Ev.What, M.In.Kind, Ev.Inner != nullptr))
              continue;
            if (!Reported.insert(Ev.At).second) continue;
            Out.push_back(make(ruleOf(M), Seq.empty() ? M : *Seq[0], Seq, Ev, Set.At, Cond));
          }
      }
    }
  }

  Candidate make(const char *Rule, const Match &M, const std::vector<const Match *> &Seq,
                 const Event &Ev, const Stmt *FlagAt, const Expr *FlagTest) {
    Candidate C;
    C.Rule = Rule;
    C.Loc = SM.getFileLoc(M.At->getBeginLoc());
    std::string Const = Seq.size() >= 2 ? seqText(Seq) : M.Constant;
    std::string What;
    if (Ev.Kind == Event::Grant)
      What = (Ev.What == "flag" ? "sets '" + Ev.Via + "'" : std::string("returns success")) +
             " without the verification other paths perform";
    else if (Ev.Inner)
      What = "reaches '" + Ev.Via + "', which calls '" + Ev.InnerVia + "' (" +
             payloadWhat(Ev.What) + ")";
    else
      What = "reaches '" + Ev.Via + "' (" + payloadWhat(Ev.What) + ")";
    if (FlagAt) What = "sets a flag that " + What;
    C.Message =
        triggerMessage(Rule, M.In.Desc, Const, What, Ev.Kind == Event::Grant ? "grant" : Ev.What);
    // Notes run from the payload back to the input: the SARIF code flow walks
    // them backwards, from the input through the match to the payload.
    if (Ev.Inner)
      C.Notes.push_back(
          {SM.getFileLoc(Ev.Inner->getBeginLoc()), "'" + Ev.InnerVia + "' is called here"});
    C.Notes.push_back({SM.getFileLoc(Ev.At->getBeginLoc()), Ev.Kind == Event::Grant
                                                                ? "access granted here"
                                                                : "the payload is reached here"});
    if (FlagAt) {
      C.Notes.push_back({SM.getFileLoc(FlagTest->getBeginLoc()), "the flag is tested here"});
      C.Notes.push_back({SM.getFileLoc(FlagAt->getBeginLoc()), "the match sets a flag here"});
    }
    C.Notes.push_back(
        {SM.getFileLoc(M.At->getBeginLoc()), "compared with the constant " + Const + " here"});
    if (M.In.Source && SM.getFileLoc(M.In.Source->getBeginLoc()) != C.Loc)
      C.Notes.push_back(
          {SM.getFileLoc(M.In.Source->getBeginLoc()),
           M.In.Kind == "clock" ? "the time is read here" : "the input is read here"});
    C.Subject = Ev.What;
    return C;
  }

  /// A trigger whose controlled call goes to a helper another unit defines:
  /// a question for the link step, which reports when the helper's
  /// "payload" fact says it reaches one (tool/Link.cpp, with the wording of
  /// triggerMessage).
  void askLinked(const char *Rule, const Match &M, const std::vector<const Match *> &Seq,
                 const Event &Ev, bool OnlyShell = false) {
    FactRecorder *R = FactRecorder::active();
    if (!R) return;
    // from the call back to the input, as make() orders them
    json::Array Notes;
    json::Object Q =
        triggerQuery("hidden-trigger", Rule, M, Seq, Ev.At, "the payload is reached here", Notes);
    Q["callee"] = Ev.Via;
    // One of several commands compared with the same input (a dispatch):
    // only a shell handed to the peer is a trigger.
    if (OnlyShell) Q["shell-only"] = true;
    Q["link"] = json::Object{
        {"what", "payload"}, {"symbol", Ev.Symbol}, {"index", 0}, {"notes", std::move(Notes)}};
    R->query(std::move(Q));
  }

  /// A match of data another unit's function returns that controls a payload
  /// or a grant: the link step reports when that function's "input" fact
  /// says its result is untrusted input (a read_line() of a socket).
  void askLinkedInput(const char *Rule, const Match &M, const std::vector<const Match *> &Seq,
                      const Event &Ev) {
    FactRecorder *R = FactRecorder::active();
    if (!R) return;
    std::string Const = Seq.size() >= 2 ? seqText(Seq) : M.Constant;
    json::Array Notes; // from the payload back to the match, as make() orders them
    auto Note = [&](const Stmt *X, std::string Msg) {
      json::Object N = locFact(SM, X->getBeginLoc());
      N["message"] = std::move(Msg);
      Notes.push_back(std::move(N));
    };
    if (Ev.Inner) Note(Ev.Inner, "'" + Ev.InnerVia + "' is called here");
    Note(Ev.At, Ev.Kind == Event::Grant ? "access granted here" : "the payload is reached here");
    Note(M.At, "compared with the constant " + Const + " here");
    json::Object Source{{"symbol", M.In.LinkSymbol}, {"name", M.In.LinkName}};
    if (!M.In.LinkMember.empty()) Source["member"] = M.In.LinkMember;
    if (M.In.LinkParam >= 0) {
      Source["param"] = M.In.LinkParam;
      // A parameter named like request input or a peer's identity
      // (`peer_addr`) of a C or C++ function: input by its name when no
      // function of the program calls it (the link step checks).
      if (const auto *Fn = dyn_cast_or_null<FunctionDecl>(M.In.LinkFn);
          Fn && unsigned(M.In.LinkParam) < Fn->getNumParams())
        if (const ParmVarDecl *P = Fn->getParamDecl(unsigned(M.In.LinkParam));
            P->getDeclName().isIdentifier() && named(Cat, "magic-input-name", P->getName()))
          Source["named"] = json::Object{
              // (`argv` handed on is the command line, the operator's.)
              {"kind", P->getName().contains_insensitive("argv")                   ? "command-line"
                       : named(Cat, "peer-identity-name", P->getName()) ? "peer-address"
                                                                         : "request"},
              {"desc", "the input '" + P->getName().str() + "'"}};
    }
    if (M.In.LinkOut >= 0) {
      Source["out"] = M.In.LinkOut;
      Source["from"] = M.In.LinkFrom;
      // (From -1: the function reads the input itself; its fact has it.)
      if (M.In.LinkFrom >= 0)
        Source["input"] = json::Object{{"kind", M.In.FromKind}, {"desc", M.In.Desc}};
      if (M.In.LinkCall)
        Note(M.In.LinkCall, M.In.LinkFrom >= 0
                                ? "'" + M.In.LinkName + "' writes the input it is given here"
                                : "'" + M.In.LinkName + "' fills it here");
    }
    json::Object Q{{"kind", "hidden-input"},
                   {"rule", Rule},
                   {"source", std::move(Source)},
                   {"constant", Const},
                   {"callee", Ev.Via},
                   {"through-helper", Ev.Inner != nullptr},
                   {"at", locFact(SM, M.At->getBeginLoc())},
                   {"notes", std::move(Notes)}};
    if (Ev.Kind == Event::Grant) {
      Q["payload-kind"] = "grant";
      Q["what"] = (Ev.What == "flag" ? "sets '" + Ev.Via + "'" : std::string("returns success")) +
                  " without the verification other paths perform";
    } else if (Ev.What == "linked") {
      Q["payload-kind"] = "linked";
      Q["payload"] = Ev.Symbol;
    } else {
      Q["payload-kind"] = Ev.What;
      Q["what"] = Ev.Inner ? "reaches '" + Ev.Via + "', which calls '" + Ev.InnerVia + "' (" +
                                 payloadWhat(Ev.What) + ")"
                           : "reaches '" + Ev.Via + "' (" + payloadWhat(Ev.What) + ")";
    }
    R->query(std::move(Q));
  }

  /// A condition that calls another unit's helper with the input and
  /// controls a payload: the link step reports when the helper's "matcher"
  /// fact says that it compares that parameter with a constant.
  void askLinkedMatch(const char *Rule, const Match &M, const Event &Ev) {
    FactRecorder *R = FactRecorder::active();
    if (!R) return;
    json::Array Notes;   // from the payload back to the input, as make() orders them
    json::Array InNotes; // after the helper's own note: the call, then the input
    auto Note = [&](json::Array &To, const Stmt *X, std::string Msg) {
      json::Object N = locFact(SM, X->getBeginLoc());
      N["message"] = std::move(Msg);
      To.push_back(std::move(N));
    };
    if (Ev.Inner) Note(Notes, Ev.Inner, "'" + Ev.InnerVia + "' is called here");
    Note(Notes, Ev.At, "the payload is reached here");
    Note(InNotes, M.At, "'" + M.LinkName + "' is called with the input here");
    if (M.In.Source &&
        SM.getFileLoc(M.In.Source->getBeginLoc()) != SM.getFileLoc(M.At->getBeginLoc()))
      Note(InNotes, M.In.Source,
           M.In.Kind == "clock" ? "the time is read here" : "the input is read here");
    json::Object Q{
        {"kind", "hidden-matcher"},
        {"rule", Rule},
        {"input", M.In.Desc},
        {"input-kind", M.In.Kind},
        {"matcher", json::Object{{"symbol", M.LinkSymbol}, {"index", int64_t(M.LinkParam)}}},
        {"payload-kind", Ev.What},
        {"through-helper", Ev.Inner != nullptr},
        {"callee", Ev.Via},
        {"at", locFact(SM, M.At->getBeginLoc())},
        {"notes", std::move(Notes)},
        {"input-notes", std::move(InNotes)}};
    if (Ev.What == "linked")
      Q["payload"] = Ev.Symbol;
    else if (Ev.Inner)
      Q["what"] = "reaches '" + Ev.Via + "', which calls '" + Ev.InnerVia + "' (" +
                  payloadWhat(Ev.What) + ")";
    else
      Q["what"] = "reaches '" + Ev.Via + "' (" + payloadWhat(Ev.What) + ")";
    R->query(std::move(Q));
  }

  /// A call in a region a build switch compiles in, of a helper another unit
  /// defines: a "hidden-trigger" question with the switch as its input.
  void askLinkedSwitch(const std::string &Switch, SourceLocation Directive, const Event &Ev) {
    FactRecorder *R = FactRecorder::active();
    if (!R) return;
    json::Array Notes; // from the call back to the switch, as buildSwitches orders them
    json::Object N = locFact(SM, Ev.At->getBeginLoc());
    N["message"] = "the payload is reached here";
    Notes.push_back(std::move(N));
    json::Object D = locFact(SM, Directive);
    D["message"] = "the switch '" + Switch + "' is tested here";
    Notes.push_back(std::move(D));
    R->query(json::Object{{"kind", "hidden-trigger"},
                          {"rule", rules::BuildSwitch},
                          {"input", Switch},
                          {"constant", ""},
                          {"callee", Ev.Via},
                          {"at", locFact(SM, Ev.At->getBeginLoc())},
                          {"link", json::Object{{"what", "payload"},
                                                {"symbol", Ev.Symbol},
                                                {"index", 0},
                                                {"notes", std::move(Notes)}}}});
  }

  // ---- build switches -----------------------------------------------------------

  /// The first key leak (backdoor-key-exfiltration, backdoor-tls-keylog) of
  /// a call or assignment under \p Body for which \p Inside holds.
  template <typename InsideFn> std::optional<Candidate> leakIn(const Stmt *Body, InsideFn &Inside) {
    std::optional<Candidate> Found;
    std::vector<const Stmt *> Work{Body};
    while (!Work.empty() && !Found) {
      const Stmt *X = Work.back();
      Work.pop_back();
      if (!X) continue;
      const std::vector<Candidate> *Cs = nullptr;
      if (const auto *CE = dyn_cast<CallExpr>(X); CE && Inside(CE))
        Cs = &escrowOfCall(S, CE);
      else if (const auto *BO = dyn_cast<BinaryOperator>(X);
               BO && BO->isAssignmentOp() && Inside(BO))
        Cs = &escrowOfAssign(S, BO);
      if (Cs)
        for (const Candidate &C : *Cs)
          if (C.Rule == rules::KeyExfiltration || C.Rule == rules::TlsKeylog) {
            Found = C;
            break;
          }
      for (const Stmt *Child : X->children()) Work.push_back(Child);
    }
    return Found;
  }

  /// The calls of verification functions (`verify-call-name`) in a region
  /// the build leaves out: a name followed by `(` in its raw tokens.
  std::vector<std::pair<SourceLocation, std::string>> verifyCallsIn(const SkippedRegion &R) {
    std::vector<std::pair<SourceLocation, std::string>> Out;
    SourceLocation B = SM.getFileLoc(R.Directive), E = SM.getFileLoc(R.End);
    FileID F = SM.getFileID(B);
    if (F.isInvalid() || F != SM.getFileID(E)) return Out;
    bool Invalid = false;
    StringRef Buf = SM.getBufferData(F, &Invalid);
    unsigned Begin = SM.getFileOffset(B), Stop = SM.getFileOffset(E);
    if (Invalid || Stop > Buf.size() || Stop <= Begin) return Out;
    size_t Line = Buf.find('\n', Begin); // the directive's own tokens are no call
    if (Line == StringRef::npos || Line >= Stop) return Out;
    Lexer L(SM.getLocForStartOfFile(F), Ctx.getLangOpts(), Buf.begin(), Buf.begin() + Line + 1,
            Buf.end());
    Token T;
    std::string Prev;
    SourceLocation PrevAt;
    while (!L.LexFromRawLexer(T) && SM.getFileOffset(T.getLocation()) < Stop) {
      if (T.is(tok::raw_identifier)) {
        Prev = T.getRawIdentifier().str();
        PrevAt = T.getLocation();
        continue;
      }
      if (T.is(tok::l_paren) && !Prev.empty() && named(Cat, "verify-call-name", Prev))
        Out.emplace_back(PrevAt, Prev);
      Prev.clear();
    }
    return Out;
  }

  /// The build switch a preprocessor region tests: the last of its macros
  /// named like one, or "".
  std::string switchOf(const std::vector<std::string> &Macros) {
    std::string Switch;
    for (const std::string &Mac : Macros)
      if (named(Cat, "build-switch-name", Mac)) Switch = Mac;
    return Switch;
  }

  /// The switch of each region, by index, computed once per unit.
  template <typename Region>
  const std::vector<std::string> &switchesOf(std::optional<std::vector<std::string>> &Memo,
                                             const std::vector<Region> &Regions) {
    if (!Memo || Memo->size() != Regions.size()) {
      Memo.emplace();
      Memo->reserve(Regions.size());
      for (const Region &R : Regions) Memo->push_back(switchOf(R.Macros));
    }
    return *Memo;
  }

  /// Whether a region lies inside \p Body.
  bool regionIn(SourceLocation Directive, SourceLocation End, SourceRange Body) {
    return SM.isBeforeInTranslationUnit(Body.getBegin(), Directive) &&
           SM.isBeforeInTranslationUnit(End, Body.getEnd());
  }

  std::vector<Candidate> buildSwitches(const NamedDecl *FD) {
    std::vector<Candidate> Out;
    FunctionCfg *F = cfgOf(FD);
    if (!F) return Out;
    const auto &Regions = activeRegions(SM);
    SourceRange Body = FD->getBody()->getSourceRange();
    const std::vector<std::string> &Switches = switchesOf(St.ActiveSwitches, Regions);
    for (size_t I = 0; I < Regions.size(); ++I) {
      const ActiveRegion &R = Regions[I];
      const std::string &Switch = Switches[I];
      if (Switch.empty() || !regionIn(R.Directive, R.End, Body)) continue;
      // The region, for a leak the link step finds in it across units
      // (a key handed to another unit's logger under `#if SSL_DEBUG`).
      if (FactRecorder *Rec = FactRecorder::active())
        Rec->query(json::Object{{"kind", "switch-region"},
                                {"switch", Switch},
                                {"directive", locFact(SM, R.Directive)},
                                {"end", locFact(SM, R.End)}});
      auto Inside = [&](const Stmt *X) {
        SourceLocation L = SM.getFileLoc(X->getBeginLoc());
        return SM.isBeforeInTranslationUnit(R.Directive, L) &&
               SM.isBeforeInTranslationUnit(L, R.End);
      };
      // (A function whose own name says it verifies, `token_valid` comparing
      // by hand, verifies by its contract.)
      bool Verifies = verifierByName(FD);
      const Event *Hit = nullptr, *Linked = nullptr;
      for (const auto &Evs : F->Events)
        for (const Event &Ev : Evs) {
          if (Ev.Kind == Event::Verify && !Inside(Ev.At)) Verifies = true;
          if (!Linked && Inside(Ev.At) && Ev.Kind == Event::Payload && Ev.What == "linked")
            Linked = &Ev;
          if (!Hit && Inside(Ev.At) &&
              (Ev.Kind == Event::Grant || (Ev.Kind == Event::Payload && Ev.What != "linked" &&
                                           payloadCounts(rules::BuildSwitch, Ev.What, ""))))
            Hit = &Ev;
        }
      if (!Hit && Linked) {
        // A helper of another unit called in the region: the link step
        // reports when its "payload" fact says it reaches one.
        askLinkedSwitch(Switch, R.Directive, *Linked);
      }
      if (!Hit) {
        // Key material leaving the process in the region (what
        // backdoor-key-exfiltration and backdoor-tls-keylog report).
        if (std::optional<Candidate> Leak = leakIn(FD->getBody(), Inside)) {
          Candidate C;
          C.Rule = rules::BuildSwitch;
          C.Loc = Leak->Loc;
          StringRef What = StringRef(Leak->Message).split(';').first;
          C.Message = "code compiled in because the build switch '" + Switch +
                      "' is on exposes keys: " + What.str() +
                      "; a release built with the switch carries the leak";
          C.Notes = Leak->Notes; // where the key comes from
          C.Notes.push_back(
              {SM.getFileLoc(R.Directive), "the switch '" + Switch + "' is tested here"});
          Out.push_back(C);
        }
        continue;
      }
      if (!Hit || (Hit->Kind == Event::Grant && !Verifies)) continue;
      Candidate C;
      C.Rule = rules::BuildSwitch;
      C.Loc = SM.getFileLoc(Hit->At->getBeginLoc());
      std::string What =
          Hit->Kind == Event::Grant
              ? (Hit->What == "flag" ? "sets '" + Hit->Via + "'" : std::string("returns success"))
              : "reaches '" + Hit->Via + "' (" + payloadWhat(Hit->What) + ")";
      C.Message = "code compiled in because the build switch '" + Switch + "' is on " + What +
                  (Hit->Kind == Event::Grant ? " without the verification the rest of '" +
                                                   FD->getNameAsString() + "' performs"
                                             : std::string()) +
                  "; a release built with the switch carries the bypass";
      C.Notes.push_back({SM.getFileLoc(R.Directive), "the switch '" + Switch + "' is tested here"});
      Out.push_back(C);
    }
    // Verification the build leaves out because a switch is on
    // (`#ifndef DEBUG_NOAUTH` around the password check, compiled with
    // -DDEBUG_NOAUTH): no AST exists for it, so its raw tokens are read.
    const auto &Skipped = skippedRegions(SM);
    const std::vector<std::string> &SkippedSwitches = switchesOf(St.SkippedSwitches, Skipped);
    for (size_t I = 0; I < Skipped.size(); ++I) {
      const SkippedRegion &R = Skipped[I];
      const std::string &Switch = SkippedSwitches[I];
      if (Switch.empty() || !regionIn(R.Directive, R.End, Body)) continue;
      auto Calls = verifyCallsIn(R);
      if (Calls.empty()) continue;
      Candidate C;
      C.Rule = rules::BuildSwitch;
      C.Loc = SM.getFileLoc(R.Directive);
      C.Message = "the build switch '" + Switch + "' is on and compiles out the call to '" +
                  Calls.front().second + "' in '" + FD->getNameAsString() +
                  "'; a release built with the switch skips the verification";
      C.Notes.push_back(
          {Calls.front().first, "'" + Calls.front().second + "' is compiled out here"});
      Out.push_back(C);
    }
    // A run-time switch: a configuration field or global named like a debug
    // mode whose branch grants while the function verifies elsewhere.
    for (const CFGBlock *B : *F->G) {
      const Expr *Cond = condOf(B);
      if (!Cond) continue;
      bool TrueIsSet = true;
      const ValueDecl *D = flagTested(Cond, TrueIsSet);
      if (!D || !D->getDeclName().isIdentifier() || !named(Cat, "build-switch-name", D->getName()))
        continue;
      const CFGBlock *Tb = (B->succ_begin() + (TrueIsSet ? 0 : 1))->getReachableBlock();
      if (!Tb) continue;
      unsigned N = F->G->getNumBlockIDs();
      BitVector Without(N), From(N);
      reach(F->Succ, F->G->getEntry().getBlockID(), Without, B->getBlockID(), Tb->getBlockID());
      reach(F->Succ, Tb->getBlockID(), From);
      From.reset(Without);
      bool VerifyOutside = false, VerifyInside = false;
      const Event *Hit = nullptr;
      for (unsigned X = 0; X < N; ++X)
        for (const Event &Ev : F->Events[X]) {
          if (Ev.Kind == Event::Verify) (From.test(X) ? VerifyInside : VerifyOutside) = true;
          if (Ev.Kind == Event::Grant && From.test(X) && !Hit) Hit = &Ev;
        }
      if (!Hit || VerifyInside || !VerifyOutside) continue;
      Candidate C;
      C.Rule = rules::BuildSwitch;
      C.Loc = SM.getFileLoc(Cond->getBeginLoc());
      C.Message =
          "the switch '" + D->getNameAsString() + "' " +
          (Hit->What == "flag" ? "sets '" + Hit->Via + "'" : std::string("returns success")) +
          " without the verification the rest of '" + FD->getNameAsString() +
          "' performs; whoever can turn the switch on is let in";
      C.Notes.push_back({SM.getFileLoc(Hit->At->getBeginLoc()), "access granted here"});
      Out.push_back(C);
    }
    return Out;
  }

  AnalysisSession &S;
  ProvenanceAnalysis &PA;
  const Catalog &Cat;
  ASTContext &Ctx;
  const SourceManager &SM;
  State &St;
};

} // namespace

std::string triggerMessage(StringRef Rule, StringRef InDesc, StringRef Const, StringRef What,
                           StringRef Kind) {
  std::string Consequence = StringSwitch<const char *>(Kind)
                                .Case("grant", "is let in without credentials")
                                .Case("command", "runs commands on the host")
                                .Case("shell", "gets a shell on the host")
                                .Case("eval", "runs code of their choice")
                                .Case("load-library", "loads code of their choice")
                                .Case("privilege", "gets root privileges")
                                .Case("disable-verification", "turns certificate verification off")
                                .Case("disable-logging", "acts without leaving a log")
                                .Case("disable-crypto", "turns encryption off")
                                .Default("sets off the hidden action");
  if (Rule == rules::BuildSwitch) // InDesc: the switch
    return "code compiled in because the build switch '" + InDesc.str() + "' is on " + What.str() +
           "; a release built with the switch carries the bypass";
  if (Rule == rules::TimeBomb)
    return InDesc.str() + " is compared with the constant " + Const.str() +
           " and only then the code " + What.str() +
           "; the action fires at a moment fixed in advance";
  // (The machine's own MAC, host name or serial: the action is aimed at
  // machines chosen in advance, ShadowHammer's MAC list.)
  if (Rule == rules::TrustedIdentity && InDesc.starts_with(MachineIdentity))
    return "the code " + What.str() + " only when " + InDesc.str() + " equals the constant " +
           Const.str() +
           "; the action is aimed at machines chosen in advance and stays hidden on every other "
           "machine";
  if (Rule == rules::TrustedIdentity)
    return "access depends on " + InDesc.str() + " equalling the constant " + Const.str() +
           ": only then the code " + What.str() +
           "; whoever connects from or forges that identity " + Consequence;
  return InDesc.str() + " is compared with the constant " + Const.str() + " and only a match " +
         What.str() + "; whoever sends the constant " + Consequence;
}

std::string payloadDescription(StringRef Kind) { return Analyzer::payloadWhat(Kind); }

const char *ruleForInput(StringRef InKind, const char *Asked) {
  if (InKind == "clock") return rules::TimeBomb;
  if (isIdentityKind(InKind)) return rules::TrustedIdentity;
  // Asked by the subject's name alone (`deviceSerial` of a method another
  // unit calls): the command line or the environment is no peer's identity.
  if (operatorInput(InKind) && Asked == StringRef(rules::TrustedIdentity))
    return rules::InputTrigger;
  return Asked;
}

bool grantCounts(StringRef InKind) { return InKind != "host-identity"; }

bool payloadCounts(StringRef Rule, StringRef Kind, StringRef InKind, bool ThroughHelper) {
  if (Kind == "destructive" || Kind == "disable-crypto") return Rule == rules::TimeBomb;
  if (Kind == "disable-verification" || Kind == "disable-logging")
    return Rule == rules::TimeBomb ||
           (Rule != rules::BuildSwitch && !ThroughHelper && !InKind.empty() &&
            InKind != "command-line" && InKind != "environment" && InKind != "user-id");
  return true;
}

namespace {
const FunctionFacts &factsOfBody(AnalysisSession &S, const Decl *Def) {
  State &St = S.state<State>(StateKey);
  // Helpers of the unit only: library bodies in headers (std::string, streams)
  // hold no planted payload, and summarizing them costs provenance queries
  // deep into the library.
  static const FunctionFacts NoFacts;
  if (!S.inProjectCode(Def->getLocation())) return NoFacts;
  auto It = St.Facts.find(Def);
  if (It != St.Facts.end()) return It->second;
  static const FunctionFacts None;
  if (!Def->hasBody() || !St.FactsInProgress.insert(Def).second) return None;
  Analyzer A(S);
  FunctionFacts F = A.computeFacts(Def);
  St.FactsInProgress.erase(Def);
  return St.Facts[Def] = std::move(F);
}
} // namespace

const FunctionFacts &hiddenFacts(AnalysisSession &S, const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def) Def = FD;
  return factsOfBody(S, Def);
}

/// Whether the unit's main file sends a message that its model calls a
/// payload (`+[NSTask launchedTaskWithLaunchPath:arguments:]`): an
/// Objective-C unit's calls() holds its C calls only.
static bool sendsPayloadMessage(AnalysisSession &S) {
  const ASTContext &Ctx = S.values().context();
  if (!Ctx.getLangOpts().ObjC) return false;
  struct V : SemanticVisitor<V> {
    const UnitIndex &Idx;
    bool Found = false;
    explicit V(const UnitIndex &Idx) : Idx(Idx) {}
    bool VisitObjCMessageExpr(ObjCMessageExpr *ME) {
      const FunctionModel *M = Idx.model(ME);
      Found |= M && M->Payload != PayloadKind::None && M->Payload != PayloadKind::StdioRedirect;
      return !Found;
    }
  } Vis(S.index());
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (!Vis.Found && SM.isInMainFile(SM.getExpansionLoc(D->getLocation()))) Vis.TraverseDecl(D);
  return Vis.Found;
}

/// Whether the unit can hold a finding at all: it calls a payload (a catalog
/// `payload:` model), verifies something (a grant needs a verification on
/// other paths), or compiles in a preprocessor region. Units without any (most
/// crypto code) are not analysed, which also leaves the provenance memo to the
/// other families exactly as they would build it alone.
static bool unitRelevant(AnalysisSession &S) {
  State &St = S.state<State>(StateKey);
  if (St.Relevant >= 0) return St.Relevant;
  St.Relevant = 0;
  const SourceManager &SM = S.values().context().getSourceManager();
  if (!activeRegions(SM).empty()) return St.Relevant = 1;
  const Catalog &Cat = S.catalog();
  bool ReadsInput = false, CallsElsewhere = false, Matches = false, DataElsewhere = false;
  for (const auto &KV : S.provenance().calls()) {
    const FunctionDecl *F = KV.first;
    if (!F || !F->getDeclName().isIdentifier()) continue;
    const FunctionModel *M = Cat.function(F->getName());
    if ((M && ((M->Payload != PayloadKind::None && M->Payload != PayloadKind::StdioRedirect) ||
               M->VerifyResult != VerifyResultKind::None)) ||
        catalogMatch(Cat, "verify-call-name", F->getName()))
      return St.Relevant = 1;
    if (M && M->Input != InputKind::None) ReadsInput = true;
    if (M && (M->Match != MatchKind::None || M->Compare.size() == 2)) Matches = true;
    if (!M && !F->hasBody()) CallsElsewhere = true;
    if (!M && !F->hasBody() &&
        (F->getReturnType()->isPointerType() || F->getReturnType()->isRecordType()))
      DataElsewhere = true;
    // A helper of the unit that reaches a payload is found through its own calls.
  }
  if (sendsPayloadMessage(S)) return St.Relevant = 1;
  // Input matched here may reach a payload in another unit (the link step).
  if (FactRecorder::active() && ReadsInput && CallsElsewhere) return St.Relevant = 1;
  // A user id of a client or a process the unit writes (`cl->cred.uid = 0`
  // is root): its matches may be of input another unit read.
  for (const FieldDecl *F : S.index().writtenFields())
    if (rootIdField(Cat, F)) return St.Relevant = 1;
  // So may a count the program keeps and compares (`if (++runs == N) wipe();`).
  if (FactRecorder::active() && CallsElsewhere) {
    const Counters &C = countersOf(S);
    for (const VarDecl *V : C.Compared)
      if (C.Incremented.count(V)) return St.Relevant = 1;
  }
  // Input matched here may set a global another unit tests (a flag).
  if (FactRecorder::active() && ReadsInput)
    for (const Decl *D : S.values().context().getTranslationUnitDecl()->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        if (VD->hasGlobalStorage() && VD->isExternallyVisible() &&
            VD->getType()->isIntegralOrEnumerationType() && !VD->getType().isConstQualified() &&
            SM.isInMainFile(SM.getExpansionLoc(VD->getLocation())))
          return St.Relevant = 1;
  // A result of another unit matched here may be input (its "input" fact).
  if (FactRecorder::active() && Matches && DataElsewhere) return St.Relevant = 1;
  return false;
}

/// Whether the unit calls a payload at all: without one none of its
/// functions reaches a payload of its own (a payload of another unit is the
/// link step's), so no "payload" fact need be computed.
static bool unitCallsPayload(AnalysisSession &S) {
  State &St = S.state<State>(StateKey);
  if (St.CallsPayload >= 0) return St.CallsPayload;
  St.CallsPayload = 0;
  const Catalog &Cat = S.catalog();
  for (const auto &KV : S.provenance().calls()) {
    const FunctionDecl *F = KV.first;
    if (!F || !F->getDeclName().isIdentifier()) continue;
    if (const FunctionModel *M = Cat.function(F->getName()))
      if (M->Payload != PayloadKind::None && M->Payload != PayloadKind::StdioRedirect)
        return St.CallsPayload = 1;
    for (const CallExpr *CE : KV.second)
      if (const FunctionModel *M = S.provenance().model(CE))
        if (M->Payload != PayloadKind::None && M->Payload != PayloadKind::StdioRedirect)
          return St.CallsPayload = 1;
  }
  return false;
}

/// Whether \p FD may say that a parameter matched a constant: it answers an
/// integer, takes data and compares at least two characters of it with
/// constants, or calls a modelled comparison. A cheap filter before the
/// helper's facts are computed for other units.
static bool mayBeMatcher(AnalysisSession &S, const FunctionDecl *FD) {
  if (!FD->getBody() || !FD->getReturnType()->isIntegralOrEnumerationType()) return false;
  bool Data = false;
  for (const ParmVarDecl *P : FD->parameters())
    Data |= P->getType()->isPointerType() || P->getType()->isReferenceType() ||
            P->getType()->isRecordType();
  if (!Data) return false;
  unsigned Chars = 0;
  bool Compares = false;
  ASTContext &Ctx = S.values().context();
  ProvenanceAnalysis &PA = S.provenance();
  anyStmtIn(FD->getBody(), [&](const Stmt *X) {
    if (const auto *BO = dyn_cast<BinaryOperator>(X)) {
      if (BO->getOpcode() != BO_EQ && BO->getOpcode() != BO_NE) return false;
      for (const Expr *Side : {BO->getLHS(), BO->getRHS()}) {
        const Expr *E = Side->IgnoreParenImpCasts();
        if (isa<ArraySubscriptExpr>(E) ||
            (isa<UnaryOperator>(E) && cast<UnaryOperator>(E)->getOpcode() == UO_Deref)) {
          const Expr *K =
              (Side == BO->getLHS() ? BO->getRHS() : BO->getLHS())->IgnoreParenImpCasts();
          Expr::EvalResult R;
          if (!K->isValueDependent() && K->getType()->isIntegralOrEnumerationType() &&
              K->EvaluateAsInt(R, Ctx))
            ++Chars;
        }
      }
    } else if (const auto *CE = dyn_cast<CallExpr>(X)) {
      if (const FunctionModel *M = PA.model(CE))
        Compares |= M->Match != MatchKind::None || M->Compare.size() == 2;
    }
    return Chars >= 2 || Compares;
  });
  return Chars >= 2 || Compares;
}

/// A helper of the unit with external linkage that says whether a parameter
/// matched a constant: its "matcher" fact, for callers in other units.
static void exportMatcher(AnalysisSession &S, const FunctionDecl *FD) {
  FactRecorder *R = FactRecorder::active();
  if (!R || !mayBeMatcher(S, FD)) return;
  std::string Sym = linkageName(FD);
  if (Sym.empty()) return;
  const FunctionFacts &F = hiddenFacts(S, FD);
  if (F.Matchers.empty()) return;
  const MatcherFact &MF = F.Matchers.front();
  if (MF.Param == MatcherFact::Receiver) return; // methods are not linked
  const SourceManager &SM = S.values().context().getSourceManager();
  json::Array Notes;
  if (MF.At) {
    json::Object At = locFact(SM, MF.At->getBeginLoc());
    At["message"] =
        "'" + FD->getNameAsString() + "' compares it with the constant " + MF.Constant + " here";
    Notes.push_back(std::move(At));
  }
  R->functionFact(Sym, FD->getNameAsString(), "matcher",
                  json::Object{{"index", int64_t(MF.Param)},
                               {"constant", MF.Constant},
                               {"kind", MF.Kind},
                               {"true-if-match", MF.TrueIfMatch},
                               {"notes", std::move(Notes)}});
}

/// Whether the unit calls a modelled input source at all.
static bool unitReadsInput(AnalysisSession &S) {
  State &St = S.state<State>(StateKey);
  if (St.ReadsInput >= 0) return St.ReadsInput;
  St.ReadsInput = 0;
  for (const auto &KV : S.provenance().calls())
    for (const CallExpr *CE : KV.second)
      if (const FunctionModel *M = S.provenance().model(CE))
        if (M->Input != InputKind::None || M->InputCallback >= 0) return St.ReadsInput = 1;
  if (!S.provenance().inputCallbacks().empty()) return St.ReadsInput = 1;
  return false;
}

/// A function whose result is untrusted input (`char *read_line(int fd)`
/// returning what recv() filled): its "input" fact, for triggers in other
/// units that match the result (the link step's "hidden-input" questions).
static void exportInput(AnalysisSession &S, const FunctionDecl *FD) {
  FactRecorder *R = FactRecorder::active();
  if (!R || !FD->getBody() || !unitReadsInput(S)) return;
  std::string Sym = linkageName(FD);
  if (Sym.empty()) return;
  Analyzer A(S);
  const SourceManager &SM = S.values().context().getSourceManager();
  // A function that reads untrusted input into the buffer its parameter
  // points to (`ncp_read_frame(fd, buf, cap)` filling buf with recv()):
  // its "input-out" fact, for a caller in another unit that hands that
  // buffer to a third unit's function matching it (the link step turns it
  // into the input that caller passes).
  // (Or the object a reference parameter names: `recv_line(std::string
  // &out)` appending what recv() read.)
  for (unsigned I = 0; I < FD->getNumParams(); ++I) {
    QualType PT = FD->getParamDecl(I)->getType();
    if (!PT->isPointerType() &&
        !(PT->isLValueReferenceType() && !PT.getNonReferenceType().isConstQualified()))
      continue;
    const Prov *Wr = S.provenance().writtenThrough(FD, I);
    if (!Wr || !Wr->hasInput()) continue;
    InputInfo In = A.fromProv(*Wr);
    if (!In || In.Kind == "clock" || In.Kind == "user-id" || In.Kind == "linked") continue;
    json::Array Notes;
    if (In.Source) {
      json::Object Read = locFact(SM, In.Source->getBeginLoc());
      Read["message"] = "'" + FD->getNameAsString() + "' reads the input into its argument here";
      Notes.push_back(std::move(Read));
    }
    R->functionFact(Sym, FD->getNameAsString(), "input-out",
                    json::Object{{"index", int64_t(I)},
                                 {"kind", In.Kind},
                                 {"desc", In.Desc},
                                 {"notes", std::move(Notes)}});
    break;
  }
  if (FD->getReturnType()->isVoidType()) return;
  for (const ReturnStmt *RS : returnsOf(FD->getBody())) {
    if (!RS->getRetValue()) continue;
    InputInfo I = A.inputOf(RS->getRetValue());
    if (!I || I.Kind == "clock" || I.Kind == "user-id" || I.Kind == "linked") continue;
    json::Array Notes; // after the asking unit's notes: the return, then the read
    json::Object Ret = locFact(SM, RS->getBeginLoc());
    Ret["message"] = "'" + FD->getNameAsString() + "' returns the input here";
    Notes.push_back(std::move(Ret));
    if (I.Source) {
      json::Object In = locFact(SM, I.Source->getBeginLoc());
      In["message"] = "the input is read here";
      Notes.push_back(std::move(In));
    }
    R->functionFact(Sym, FD->getNameAsString(), "input",
                    json::Object{{"kind", I.Kind}, {"desc", I.Desc}, {"notes", std::move(Notes)}});
    return;
  }
}

/// One grant finding of a rule per place: a match that guards both a
/// success return and an authenticated flag set (`s->authenticated = 1;
/// return 1;`) is one bypass, reported with the first. (Payloads of
/// different kinds under one match stay findings of their own.)
static std::vector<Candidate> onePerPlace(std::vector<Candidate> In) {
  std::vector<Candidate> Out;
  std::set<std::pair<std::string, unsigned>> Seen;
  for (Candidate &C : In)
    if (StringRef(C.Message).contains("without the verification other paths perform") &&
        !Seen.insert({C.Rule, C.Loc.getRawEncoding()}).second)
      continue;
    else
      Out.push_back(std::move(C));
  return Out;
}

const std::vector<Candidate> &hiddenOfObjCMethod(AnalysisSession &S, const ObjCMethodDecl *MD) {
  // A method has no linkage name: what it reaches is the unit's alone.
  return S.memo(MD, FunctionKey, [&] {
    if (!MD->hasBody() || !unitRelevant(S)) return std::vector<Candidate>();
    Analyzer A(S);
    std::vector<Candidate> Out = A.findings(MD);
    std::vector<Candidate> B = A.buildSwitches(MD);
    Out.insert(Out.end(), B.begin(), B.end());
    return onePerPlace(dedupCandidates(std::move(Out)));
  });
}

const std::vector<Candidate> &hiddenOfBlock(AnalysisSession &S, const BlockDecl *BD) {
  // A block has no linkage name either; the preprocessor regions in it are
  // inside the enclosing function's body, which reports them.
  return S.memo(BD, FunctionKey, [&] {
    if (!BD->hasBody() || !unitRelevant(S)) return std::vector<Candidate>();
    Analyzer A(S);
    return onePerPlace(dedupCandidates(A.findings(BD)));
  });
}

const std::vector<Candidate> &hiddenOfFunction(AnalysisSession &S, const FunctionDecl *FD) {
  return S.memo(FD, FunctionKey, [&] {
    exportMatcher(S, FD);
    exportInput(S, FD);
    if (!unitRelevant(S)) return std::vector<Candidate>();
    Analyzer A(S);
    // What another unit's trigger may reach through this function.
    if (FactRecorder *R = FactRecorder::active(); R && unitCallsPayload(S)) {
      const FunctionFacts &F = hiddenFacts(S, FD);
      std::string Sym = F.Payloads.empty() ? "" : linkageName(FD);
      if (!Sym.empty()) {
        const PayloadFact &P = F.Payloads.front();
        const SourceManager &SM = S.values().context().getSourceManager();
        json::Object At = locFact(SM, P.At->getBeginLoc());
        At["message"] = "'" + P.Via + "' is called here";
        json::Object PF{{"kind", P.Kind}, {"via", P.Via}, {"notes", json::Array{std::move(At)}}};
        // Only after the function checked the caller's login or role (a CLI
        // command's `if (!s->is_admin) return -1;`): no trigger elsewhere
        // reaches it without that check.
        if (A.payloadGuarded(FD, P.At)) PF["guarded"] = true;
        R->functionFact(Sym, FD->getNameAsString(), "payload", std::move(PF));
      }
    }
    if (FactRecorder::active() && unitCallsPayload(S)) A.exportFlagPayloads(FD);
    std::vector<Candidate> Out = A.findings(FD);
    std::vector<Candidate> B = A.buildSwitches(FD);
    Out.insert(Out.end(), B.begin(), B.end());
    return onePerPlace(dedupCandidates(std::move(Out)));
  });
}

} // namespace backdoor
