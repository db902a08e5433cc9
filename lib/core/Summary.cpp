//===--- Summary.cpp - a translation unit's facts for the link step ------===//
#include "core/Summary.h"
#include "core/AstUtil.h"
#include "core/Guards.h"
#include "core/OriginText.h"
#include "core/Seed.h"
#include "core/Session.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/GlobalDecl.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>

using namespace clang;
using namespace llvm;

namespace backdoor {

std::string objcMethodSymbol(const ObjCMethodDecl *MD) {
  if (!MD) return "";
  // A class's or a category's method by the class; a protocol's by the
  // protocol ("-[<QSSessionDelegate> session:didRotateKey:]": a message to
  // an `id<QSSessionDelegate>` lands in every class that adopts it).
  std::string Owner;
  if (const ObjCInterfaceDecl *ID = MD->getClassInterface(); ID && ID->getIdentifier())
    Owner = ID->getName().str();
  else if (const auto *PD = dyn_cast<ObjCProtocolDecl>(MD->getDeclContext());
           PD && PD->getIdentifier())
    Owner = "<" + PD->getName().str() + ">";
  if (Owner.empty()) return "";
  // Declared in a project's header (the class's @interface or a category's,
  // `@interface NSData (KSHex)`): a unit that imports it may send it.
  const SourceManager &SM = MD->getASTContext().getSourceManager();
  SourceLocation L = SM.getFileLoc(MD->getCanonicalDecl()->getLocation());
  if (L.isInvalid() || SM.isInMainFile(L) || SM.isInSystemHeader(L)) return "";
  return std::string(MD->isInstanceMethod() ? "-[" : "+[") + Owner + " " +
         MD->getSelector().getAsString() + "]";
}

bool protocolMethodSymbol(StringRef Symbol) {
  return Symbol.starts_with("-[<") || Symbol.starts_with("+[<");
}

std::string linkageName(const NamedDecl *D) {
  if (!D) return "";
  if (const auto *OM = dyn_cast<ObjCMethodDecl>(D)) return objcMethodSymbol(OM);
  // A class's constructor (its complete-object symbol): its parameters are
  // linked as a function's are (`Verifier v(kLegacyKey)` in another unit).
  const auto *CD = dyn_cast<CXXConstructorDecl>(D);
  if (CD ? CD->getParent()->isLambda()
         : !D->getDeclName().isIdentifier() || D->getName().empty())
    return "";
  const auto *FD = dyn_cast<FunctionDecl>(D);
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!FD && !VD) return "";
  if (VD && (!VD->hasGlobalStorage() || VD->isStaticLocal())) return "";
  if (isa<CXXDestructorDecl>(D)) return "";
  if (D->getDeclContext()->isDependentContext() || (FD && FD->isTemplated())) return "";
  if (!D->isExternallyVisible()) return "";
  ASTContext &Ctx = D->getASTContext();
  // One mangling context per translation unit (they run one after another).
  static std::unique_ptr<MangleContext> MC;
  static const ASTContext *MCOf = nullptr;
  if (MCOf != &Ctx) {
    MC.reset(Ctx.createMangleContext());
    MCOf = &Ctx;
  }
  if (!CD && !MC->shouldMangleDeclName(D)) return D->getName().str();
  std::string S;
  raw_string_ostream OS(S);
  MC->mangleName(CD ? GlobalDecl(CD, Ctor_Complete) : GlobalDecl(D), OS);
  return OS.str();
}

std::string memberLinkName(const FieldDecl *F) {
  if (!F || !F->getDeclName().isIdentifier() || F->getName().empty()) return "";
  const RecordDecl *RD = F->getParent();
  if (!RD || RD->isUnion() || RD->isDependentContext() ||
      isa<ClassTemplateSpecializationDecl>(RD))
    return "";
  if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD); CRD && CRD->isLambda()) return "";
  const SourceManager &SM = F->getASTContext().getSourceManager();
  SourceLocation L = SM.getFileLoc(RD->getLocation());
  if (L.isInvalid() || SM.isInMainFile(L) || SM.isInSystemHeader(L)) return "";
  std::string Name;
  if (RD->getIdentifier())
    Name = RD->getQualifiedNameAsString();
  else if (const TypedefNameDecl *T = RD->getTypedefNameForAnonDecl())
    Name = T->getQualifiedNameAsString();
  if (Name.empty() || StringRef(Name).contains("(anonymous")) return "";
  return Name + "::" + F->getName().str();
}

/// The prefix of slotSymbol()'s symbols.
static constexpr llvm::StringLiteral SlotPrefix("slot:");

std::string slotSymbol(const FieldDecl *F) {
  std::string N = memberLinkName(F);
  return N.empty() ? N : SlotPrefix.str() + N;
}

static bool Enabled = false;

FactRecorder *FactRecorder::active() {
  static FactRecorder R;
  return Enabled ? &R : nullptr;
}

void FactRecorder::enable() { Enabled = true; }

bool projectLink(const SourceManager &SM, const Origin &O) {
  return O.Kind == Origin::Link && O.Named &&
         !SM.isInSystemHeader(SM.getFileLoc(O.Named->getLocation()));
}

json::Object locFact(const SourceManager &SM, SourceLocation L) {
  L = SM.getFileLoc(L);
  json::Object O;
  FileID F = SM.getFileID(L);
  OptionalFileEntryRef FE = SM.getFileEntryRefForID(F);
  SmallString<256> P(FE ? FE->getName() : StringRef());
  if (!P.empty()) {
    SM.getFileManager().makeAbsolutePath(P);
    sys::path::remove_dots(P, true);
  }
  O["file"] = std::string(P);
  O["line"] = int64_t(SM.getExpansionLineNumber(L));
  O["col"] = int64_t(SM.getExpansionColumnNumber(L));
  return O;
}

namespace {

/// Notes along an origin's path (definition first), one per location.
json::Array originNotes(const SourceManager &SM, const Origin &O, const char *First) {
  json::Array Notes;
  std::set<unsigned> Seen;
  auto Note = [&](SourceLocation L, const char *What) {
    L = SM.getFileLoc(L);
    if (L.isInvalid() || !Seen.insert(L.getRawEncoding()).second) return;
    json::Object N = locFact(SM, L);
    N["message"] = What;
    Notes.push_back(std::move(N));
  };
  if (O.Def && First) {
    SourceLocation L = O.Def->getBeginLoc();
    Note(L.isMacroID() && O.Kind == Origin::Const ? SM.getSpellingLoc(L) : L, First);
  }
  for (const Step &St : O.Path) Note(St.S->getBeginLoc(), St.What);
  return Notes;
}

/// The compact encoding of one unit's facts (version 2): file names once
/// per unit ("files"; a LOC is [file, line, col], a NOTE [file, line, col,
/// message]), and the constants, links and key materials values hold once
/// per unit ("consts", "links", "secrets"; a value lists their indices). A
/// large unit passes one context object to hundreds of calls: each call's
/// value then names the same links again, and the place of the call is its
/// own "at" instead of a note appended to each of them.
class FactWriter {
public:
  explicit FactWriter(const SourceManager &SM) : SM(SM) {}

  int64_t file(StringRef Path) {
    auto [It, New] = FileIndex.try_emplace(Path, Files.size());
    if (New) Files.push_back(Path.str());
    return It->second;
  }
  /// [file, line, col] of a location's file position (absolute path).
  json::Array loc(SourceLocation L) {
    L = SM.getFileLoc(L);
    FileID F = SM.getFileID(L);
    auto It = FileOf.find(F.getHashValue());
    if (It == FileOf.end()) {
      OptionalFileEntryRef FE = SM.getFileEntryRefForID(F);
      SmallString<256> P(FE ? FE->getName() : StringRef());
      if (!P.empty()) {
        SM.getFileManager().makeAbsolutePath(P);
        sys::path::remove_dots(P, true);
      }
      It = FileOf.emplace(F.getHashValue(), file(P)).first;
    }
    return json::Array{It->second, int64_t(SM.getExpansionLineNumber(L)),
                       int64_t(SM.getExpansionColumnNumber(L))};
  }
  /// (A const char * message is not copied: a literal.)
  json::Array note(SourceLocation L, json::Value Message) {
    json::Array N = loc(L);
    N.push_back(std::move(Message));
    return N;
  }
  /// Notes along an origin's path (definition first), one per location.
  json::Array originNotes(const Origin &O, const char *First) {
    json::Array Notes;
    std::set<unsigned> Seen;
    auto Note = [&](SourceLocation L, const char *What) {
      L = SM.getFileLoc(L);
      if (L.isInvalid() || !Seen.insert(L.getRawEncoding()).second) return;
      Notes.push_back(note(L, What));
    };
    if (O.Def && First) {
      SourceLocation L = O.Def->getBeginLoc();
      Note(L.isMacroID() && O.Kind == Origin::Const ? SM.getSpellingLoc(L) : L, First);
    }
    for (const Step &St : O.Path) Note(St.S->getBeginLoc(), St.What);
    return Notes;
  }
  /// The index of an entry of table \p T ("consts", "links", "secrets"),
  /// made by \p Make the first time \p Key is seen.
  enum TableTy { Consts, Links, Secrets };
  int64_t entry(TableTy T, std::string Key, function_ref<json::Object()> Make) {
    auto [It, New] = Index[T].try_emplace(std::move(Key), Tables[T].size());
    if (New) Tables[T].push_back(Make());
    return It->second;
  }
  /// A v1-style object tree (queries, payload and matcher facts, built with
  /// locFact and linkFact): each {"file", "line", "col"[, "message"]} object
  /// becomes a LOC or NOTE array.
  void compact(json::Value &V) {
    if (json::Array *A = V.getAsArray()) {
      for (json::Value &X : *A) compact(X);
      return;
    }
    json::Object *O = V.getAsObject();
    if (!O) return;
    auto F = O->getString("file");
    auto Line = O->getInteger("line"), Col = O->getInteger("col");
    auto Msg = O->getString("message");
    if (F && Line && Col && O->size() == 3u + (Msg ? 1 : 0)) {
      json::Array N{file(*F), *Line, *Col};
      if (Msg) N.push_back(Msg->str());
      V = std::move(N);
      return;
    }
    for (auto &KV : *O) compact(KV.second);
  }
  json::Array takeFiles() {
    json::Array A;
    A.reserve(Files.size());
    for (std::string &F : Files) A.push_back(std::move(F));
    return A;
  }
  json::Array take(TableTy T) {
    json::Array A;
    A.reserve(Tables[T].size());
    for (json::Object &O : Tables[T]) A.push_back(std::move(O));
    return A;
  }

private:
  const SourceManager &SM;
  std::vector<std::string> Files;
  StringMap<int64_t> FileIndex;
  std::map<unsigned, int64_t> FileOf;
  std::deque<json::Object> Tables[3];
  std::map<std::string, int64_t> Index[3];
};

json::Array arrayOf(std::deque<json::Value> &&D);

/// The functions a body calls or references, and member functions it calls.
class FunctionRefs : public SemanticVisitor<FunctionRefs> {
public:
  std::vector<const FunctionDecl *> Out;
  std::vector<SourceLocation> At; // where each is referenced
  bool shouldVisitLambdaBody() const { return true; }
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *F = dyn_cast<FunctionDecl>(E->getDecl()))
      Out.push_back(F), At.push_back(E->getBeginLoc());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (const auto *F = dyn_cast<FunctionDecl>(E->getMemberDecl()))
      Out.push_back(F), At.push_back(E->getBeginLoc());
    return true;
  }
};

struct Refs {
  std::vector<const FunctionDecl *> Fns;
  std::vector<SourceLocation> At;
};

Refs refsOf(const FunctionDecl *FD) {
  FunctionRefs R;
  const FunctionDecl *Def = nullptr;
  if (FD->hasBody(Def) && Def && Def->getBody()) R.TraverseStmt(Def->getBody());
  return {std::move(R.Out), std::move(R.At)};
}

/// Per externally visible function defined in the main file: the names of
/// what it calls or references, through static helpers, and the symbols of
/// the externally visible functions it reaches, each with the place of its
/// first reference ("sites": a hop of a cross-unit path).
json::Array callGraph(AnalysisSession &S, FactWriter &W) {
  ASTContext &Ctx = S.values().context();
  const SourceManager &SM = Ctx.getSourceManager();
  std::deque<json::Value> Out;
  // Only the names some rule requires somewhere in the program (a model's
  // requires-in-unit list, exact or a "~" pattern) are worth exporting.
  std::set<std::string> Exact;
  std::vector<std::unique_ptr<Regex>> Patterns;
  for (const std::string &N : S.catalog().requiredInUnit()) {
    if (StringRef(N).starts_with("~"))
      Patterns.push_back(std::make_unique<Regex>(StringRef(N).drop_front(), Regex::IgnoreCase));
    else
      Exact.insert(N);
  }
  // Memoized per name and per declaration: a unit references the same
  // functions from many of its functions, and a regex match or a mangling
  // per reference was most of this walk.
  llvm::StringMap<bool> RelevantMemo;
  auto Relevant = [&](StringRef N) {
    auto [It, New] = RelevantMemo.try_emplace(N, false);
    if (!New) return It->second;
    bool R = Exact.count(N.str()) > 0;
    for (size_t I = 0; !R && I < Patterns.size(); ++I) R = Patterns[I]->match(N);
    return It->second = R;
  };
  std::map<const FunctionDecl *, std::string> SymMemo;
  auto SymOf = [&](const FunctionDecl *F) -> const std::string & {
    auto It = SymMemo.find(F->getCanonicalDecl());
    if (It == SymMemo.end()) It = SymMemo.emplace(F->getCanonicalDecl(), linkageName(F)).first;
    return It->second;
  };
  std::map<const FunctionDecl *, Refs> RefMemo;
  auto RefsOf = [&](const FunctionDecl *F) -> const Refs & {
    auto It = RefMemo.find(F->getCanonicalDecl());
    if (It == RefMemo.end()) It = RefMemo.emplace(F->getCanonicalDecl(), refsOf(F)).first;
    return It->second;
  };
  std::vector<const FunctionDecl *> Defs;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    std::vector<const Decl *> Work{D};
    while (!Work.empty()) {
      const Decl *X = Work.back();
      Work.pop_back();
      if (isa<NamespaceDecl>(X) || isa<LinkageSpecDecl>(X) || isa<CXXRecordDecl>(X)) {
        for (const Decl *Inner : cast<DeclContext>(X)->decls()) Work.push_back(Inner);
        continue;
      }
      if (!SM.isInMainFile(SM.getExpansionLoc(X->getLocation()))) continue;
      if (const auto *FD = dyn_cast<FunctionDecl>(X))
        if (FD->doesThisDeclarationHaveABody() && !FD->isDependentContext()) Defs.push_back(FD);
    }
  }
  for (const FunctionDecl *FD : Defs) {
    std::string Sym = linkageName(FD);
    if (Sym.empty()) continue;
    std::set<std::string> Names;
    std::map<std::string, SourceLocation> Next;
    std::set<const FunctionDecl *> Seen{FD->getCanonicalDecl()};
    std::vector<const FunctionDecl *> Work{FD};
    while (!Work.empty() && Seen.size() < 256) {
      const FunctionDecl *Cur = Work.back();
      Work.pop_back();
      const Refs &Rs = RefsOf(Cur);
      for (size_t I = 0; I < Rs.Fns.size(); ++I) {
        const FunctionDecl *R = Rs.Fns[I];
        if (R->getDeclName().isIdentifier() && Relevant(R->getName()))
          Names.insert(R->getName().str());
        if (!Seen.insert(R->getCanonicalDecl()).second) continue;
        if (SM.isInSystemHeader(SM.getFileLoc(R->getLocation()))) continue; // no facts there
        const std::string &RS = SymOf(R);
        if (!RS.empty())
          Next.emplace(RS, Rs.At[I]); // followed by the link step, in whichever unit
        else if (R->hasBody())
          Work.push_back(R); // a static helper of this unit
      }
    }
    if (Names.empty() && Next.empty()) continue;
    json::Array N, X, Sites;
    for (const std::string &A : Names) N.push_back(A);
    for (const auto &[A, L] : Next) {
      X.push_back(A);
      Sites.push_back(W.loc(L)); // the place of the call of next[i]
    }
    Out.push_back(json::Object{{"symbol", Sym},
                               {"name", FD->getNameAsString()},
                               {"names", std::move(N)},
                               {"next", std::move(X)},
                               {"sites", std::move(Sites)}});
  }
  return arrayOf(std::move(Out));
}

/// The integer constants a value resolves to, each with its notes (the
/// constant, then each step to \p Last); empty unless every way of computing
/// it is understood.
/// The name an integer constant is spelled with (SSL_VERIFY_NONE, an
/// enumerator): what a catalog list of settings names; empty for a literal.
std::string spelledName(AnalysisSession &S, const Stmt *Source) {
  if (!Source) return "";
  const Expr *Src = dyn_cast<Expr>(Source);
  const auto *DRE = Src ? dyn_cast<DeclRefExpr>(Src->IgnoreParenImpCasts()) : nullptr;
  if (DRE && isa<EnumConstantDecl>(DRE->getDecl())) return DRE->getDecl()->getNameAsString();
  if (Source->getBeginLoc().isMacroID()) {
    std::vector<StringRef> Ms = macroNamesAt(S.values().context(), Source->getBeginLoc());
    if (!Ms.empty()) return Ms.front().str();
  }
  return "";
}

/// The integers \p Exprs resolve to (empty unless all of them resolve to
/// integers only), each with its notes, which \p MakeNote writes: a
/// FactWriter's compact NOTE, or a query's locFact object.
json::Array intEntries(AnalysisSession &S, ArrayRef<std::pair<const Expr *, const Stmt *>> Exprs,
                       const char *LastWhat,
                       function_ref<json::Value(const Stmt *, const char *)> MakeNote) {
  json::Array Out;
  std::set<int64_t> Seen;
  for (const auto &[E, Last] : Exprs) {
    const ValueSet &VS = S.values().resolve(E);
    if (!VS.Complete || VS.empty()) return {};
    for (const Value &V : VS.Values) {
      if (V.Kind != Value::Int) return {};
      if (!Seen.insert(V.I).second || Out.size() >= 16) continue;
      json::Array Notes;
      auto Note = [&](const Stmt *X, const char *What) { Notes.push_back(MakeNote(X, What)); };
      if (V.Source) Note(V.Source, "constant defined here");
      for (const Step &St : V.Path)
        if (St.S) Note(St.S, St.What);
      if (Last) Note(Last, LastWhat);
      json::Object X{{"value", V.I}, {"notes", std::move(Notes)}};
      if (std::string N = spelledName(S, V.Source); !N.empty()) X["name"] = N;
      Out.push_back(std::move(X));
    }
  }
  return Out;
}

json::Array intsFact(AnalysisSession &S, FactWriter &W,
                     ArrayRef<std::pair<const Expr *, const Stmt *>> Exprs, const char *LastWhat) {
  return intEntries(S, Exprs, LastWhat, [&](const Stmt *X, const char *What) -> json::Value {
    return W.note(X->getBeginLoc(), What);
  });
}

/// The integers a function or method body returns (an iteration count, a key
/// size): its constants, whatever its parameters choose among them
/// (`bits_for(level)` returning 1024 or 4096); one with parameters that
/// returns only status codes (0, 1, -1) is left out.
json::Array returnedInts(AnalysisSession &S, FactWriter &W, const Stmt *Body, unsigned NumParams) {
  std::vector<std::pair<const Expr *, const Stmt *>> Rets;
  for (const ReturnStmt *RS : returnsOf(Body))
    if (RS->getRetValue()) Rets.push_back({RS->getRetValue(), RS});
  json::Array Ints = Rets.empty() ? json::Array() : intsFact(S, W, Rets, "value returned here");
  if (NumParams && llvm::none_of(Ints, [](const json::Value &I) {
        return I.getAsObject()->getInteger("value").value_or(0) >= 2;
      }))
    Ints.clear();
  return Ints;
}

/// An integer field whose name says it holds a setting (the catalog's
/// setting-field-name: `rsa_bits`, `verify_mode`, `min_version`): the only
/// integer fields whose values are exported.
bool settingField(AnalysisSession &S, const FieldDecl *F) {
  if (!F->getType()->isIntegralOrEnumerationType() || !F->getDeclName().isIdentifier())
    return false;
  const CatalogPattern *Names = S.catalog().pattern("setting-field-name");
  return Names && Names->match(F->getName().lower());
}

/// What a unit assigns to an integer field that names a setting (a verify
/// mode, a key size, an iteration count, a digest: the catalog's
/// setting-field-name), when every write assigns integer constants.
json::Array intFieldFact(AnalysisSession &S, FactWriter &W, const FieldDecl *F,
                         const std::vector<Write> &Ws) {
  if (Ws.empty() || !settingField(S, F)) return {};
  std::vector<std::pair<const Expr *, const Stmt *>> Values;
  for (const Write &Wr : Ws) {
    if (Wr.Kind != Write::Assign && Wr.Kind != Write::Whole) return {};
    if (!Wr.E) return {};
    Values.push_back({Wr.E, Wr.E});
  }
  return intsFact(S, W, Values, "value assigned here");
}

/// A JSON array from values collected in a deque. llvm::json::Value's move
/// constructor is not noexcept, so a growing std::vector (json::Array) copies
/// every element, deeply, each time it reallocates: for the thousands of
/// call facts of a large unit that was a large part of the export.
json::Array arrayOf(std::deque<json::Value> &&D) {
  json::Array A;
  A.reserve(D.size());
  for (json::Value &V : D) A.push_back(std::move(V));
  D.clear();
  return A;
}

/// What an origin exports, as a key: two origins with the same key export
/// the same entry.
void appendOriginKey(std::string &K, char Tag, const Origin &O) {
  auto Ptr = [&](const void *X) { K.append(reinterpret_cast<const char *>(&X), sizeof X); };
  K += Tag;
  K += char('0' + O.Partial + 2 * O.Transformed + 4 * O.Clearing + 8 * O.Hashed + 16 * O.Verifier);
  K += O.What + "\n" + O.Symbol + "\n" + std::to_string(O.ParamIndex) + "\n";
  Ptr(O.Def);
  Ptr(O.Named);
  Ptr(O.Site);
  Ptr(O.IntoKey);
  for (const Step &St : O.Path) Ptr(St.S), Ptr(St.What);
  K += O.Bytes ? std::to_string(O.Bytes->size()) + ":" + *O.Bytes : std::string("-");
  if (O.KeyArg >= 0) K += "\x03" + std::to_string(O.KeyArg) + ":" + O.KeyIs;
  K += '\n';
}

/// What valueFact exports of \p P, as a key: two values with the same key
/// export the same facts.
std::string provKey(const Prov &P) {
  std::string K;
  auto Ptr = [&](const void *X) { K.append(reinterpret_cast<const char *>(&X), sizeof X); };
  auto Add = [&](char Tag, const Origin &O) { appendOriginKey(K, Tag, O); };
  Ptr(P.Predictable);
  Ptr(P.Random);
  K += P.Opaque || P.External || P.hasInput() ? 'o' : '-';
  for (const Origin *O : P.wholeConstants()) Add('c', *O);
  // The links and secrets valueFact keeps: the first of each.
  AskedLinks Links;
  for (const Origin &O : P.Origins)
    if (O.Kind == Origin::Link && Links.first(O)) Add('l', O);
  std::set<const Expr *> Secrets;
  for (const Origin *O : P.secrets())
    if (Secrets.insert(O->Def).second) Add('s', *O);
  return K;
}

/// The parameters a value passes on (`return x;`, what `to_hex(in, n, out)`
/// writes into `out`): `[{"index", "transformed", "partial"}]`, for the link
/// step to answer with one call's arguments. \p Skip leaves out the
/// out-parameter itself.
json::Array paramsFact(const Prov &P, unsigned NumParams, unsigned Skip = ~0u) {
  json::Array Params;
  std::set<unsigned> Seen;
  for (const Origin &O : P.Origins)
    if (O.Kind == Origin::Param && O.ParamIndex < NumParams && O.ParamIndex != Skip &&
        Seen.insert(O.ParamIndex).second) {
      json::Object X{{"index", int64_t(O.ParamIndex)}};
      if (O.Transformed || O.Hashed) X["transformed"] = true;
      if (O.Hashed) X["hashed"] = true; // a digest of it: no key material passes
      if (O.Partial) X["partial"] = true;
      Params.push_back(std::move(X));
    }
  return Params;
}

bool isDataType(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  return T->isPointerType() || T->isArrayType() || T->isRecordType() ||
         T->isObjCObjectPointerType();
}

/// A constant spelled with a name (an enumerator, a macro, a constant
/// variable), or a combination of such names (`kCCOptionECBMode |
/// kCCOptionPKCS7Padding`): option bits a parameter model may read. A bare
/// literal (a length, a count) is left out of the facts.
bool namedConstant(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = E->IgnoreParenCasts();
    if (E->getBeginLoc().isMacroID()) return true;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return isa<EnumConstantDecl>(DRE->getDecl()) || isa<VarDecl>(DRE->getDecl());
    const auto *BO = dyn_cast<BinaryOperator>(E);
    if (!BO) return false;
    if (namedConstant(BO->getLHS())) return true;
    E = BO->getRHS();
  }
  return false;
}

/// The option bits some parameter model reads (`flags` in the catalog:
/// CCCrypt's kCCOptionECBMode): an integer that sets none of them selects
/// nothing, and is left out of the facts.
bool selectsFlag(const Catalog &Cat, int64_t V) {
  for (int64_t M : Cat.flagMasks())
    if ((V & M) == M) return true;
  return false;
}

/// What an argument (or a field's initializer) names that a parameter model
/// of the weak-primitive rules judges: the catalog's algorithms it may denote
/// ("algs": {"symbol", "notes"}: an enumerator, a macro, EVP_des_cbc()) and the
/// integer constants spelled with names it may be that set option bits some
/// model reads ("ints": kCCOptionECBMode | kCCOptionPKCS7Padding). Notes from the constant towards
/// the use (the "argument passed here" the export adds says where an \p Argument that is the
/// constant itself is). \p Key gets what identifies them (for the export's deduplication).
void selectionFacts(AnalysisSession &S, FactWriter &W, const Expr *E, json::Object &V,
                    std::string &Key, bool Argument) {
  if (E->isValueDependent() || E->isTypeDependent()) return;
  // An integer, or a pointer to a (library) object such as a `const
  // EVP_CIPHER *` or a CFStringRef: not a byte buffer or a string, whose
  // data the value facts carry.
  QualType T = E->getType().getCanonicalType();
  if (!T->isIntegralOrEnumerationType() &&
      !(T->isPointerType() && T->getPointeeType()->isRecordType()))
    return;
  // A literal written out (`0`, `sizeof buf`, `'\n'`) names no algorithm
  // and no flag; one a macro spells (`CALG_DES`) may.
  const Expr *Bare = E->IgnoreParenImpCasts();
  if ((isa<IntegerLiteral, CharacterLiteral, UnaryExprOrTypeTraitExpr, CXXBoolLiteralExpr,
           CXXNullPtrLiteralExpr, GNUNullExpr>(Bare)) &&
      !Bare->getBeginLoc().isMacroID())
    return;
  json::Array Algs, Ints;
  std::set<std::string> Seen;
  for (const Value &X : S.values().resolve(E).Values) {
    if (Algs.size() + Ints.size() >= 16) break;
    bool IsAlg = X.Kind == Value::Alg && !X.A.Spelling.empty();
    if (!IsAlg && !(X.Kind == Value::Int && X.Source && selectsFlag(S.catalog(), X.I) &&
                    namedConstant(X.Source)))
      continue;
    std::string Id = IsAlg ? "a" + X.A.Spelling : "i" + std::to_string(X.I);
    if (!Seen.insert(Id).second) continue;
    json::Array Notes;
    auto Note = [&](const Stmt *At, const char *What) {
      Notes.push_back(W.note(At->getBeginLoc(), What));
    };
    // The argument itself (`seal(kCCAlgorithmDES, ...)`): its own note says so.
    if (X.Source && (!Argument || X.Source != E->IgnoreParenImpCasts() || !X.Path.empty()))
      Note(X.Source, "constant defined here");
    for (const Step &St : X.Path)
      if (St.S) Note(St.S, St.What);
    Key +=
        Id + "@" + std::to_string(X.Source ? X.Source->getBeginLoc().getRawEncoding() : 0) + "\n";
    if (IsAlg)
      Algs.push_back(json::Object{{"symbol", X.A.Spelling}, {"notes", std::move(Notes)}});
    else
      Ints.push_back(json::Object{{"value", X.I}, {"notes", std::move(Notes)}});
  }
  if (!Algs.empty()) V["algs"] = std::move(Algs);
  if (!Ints.empty()) V["ints"] = std::move(Ints);
}

/// A LINK table entry for \p O (its notes in the unit's compact form).
/// A link's "name" (an Objective-C method by its selector, `printLine:`)
/// and "into-key" (the key its fill goes into), as every link fact has them.
void nameLink(json::Object &L, const Origin &O) {
  if (O.Named && O.Named->getDeclName().isIdentifier())
    L["name"] = O.Named->getName().str();
  else if (const auto *OM = dyn_cast_or_null<ObjCMethodDecl>(O.Named))
    L["name"] = OM->getSelector().getAsString();
  if (O.IntoKey && O.IntoKey->getDeclName().isIdentifier())
    L["into-key"] = O.IntoKey->getName().str();
}

/// A "this-return" link's earlier calls on its object, [symbol, place]
/// each, the place written by \p Loc.
static json::Array thisCallsFact(const Origin &O, llvm::function_ref<json::Value(SourceLocation)> Loc) {
  json::Array Cs;
  for (const auto &[Sym, C] : O.ThisCalls) Cs.push_back(json::Array{Sym, Loc(C->getBeginLoc())});
  return Cs;
}

/// A call's argument worth exporting by the call's place for a link that
/// names the call: it carries key material, another unit's data or literal
/// bytes.
static bool siteData(const Prov &P) {
  return llvm::any_of(P.Origins, [](const Origin &O) {
    return O.Kind == Origin::Secret || O.Kind == Origin::Link ||
           (O.Kind == Origin::Const && O.Bytes && !O.Clearing);
  });
}

json::Object linkEntry(FactWriter &W, const Origin &O) {
  json::Object L{{"what", O.What},
                 {"symbol", O.Symbol},
                 {"index", int64_t(O.ParamIndex)},
                 {"transformed", O.Transformed},
                 {"notes", W.originNotes(O, nullptr)}};
  nameLink(L, O);
  if (O.Hashed) L["hashed"] = true;
  if (O.Verifier) L["verifier"] = true;
  // The earlier calls on the object ("this-return"): [symbol, place].
  if (!O.ThisCalls.empty())
    L["calls"] = thisCallsFact(O, [&](SourceLocation At) { return W.loc(At); });
  return L;
}

/// Adds \p From's keys to \p To; arrays under the same key are concatenated
/// (the facts of several assignments of one field).
void mergeFacts(json::Object &To, json::Object &&From) {
  for (auto &KV : From)
    if (json::Array *Into = To.getArray(KV.first); Into && KV.second.getAsArray()) {
      for (json::Value &X : *KV.second.getAsArray()) Into->push_back(std::move(X));
    } else {
      To[KV.first] = std::move(KV.second);
    }
}

/// An integer argument another unit's parameter may use as a size or a
/// count (`gen_key(r, 1024)`, `derive(pw, salt, 1000, out)`): the positive
/// constants it always is ("ints", as a field's), and the parameter of this
/// unit's externally visible function it passes on unchanged (`"links"`:
/// `make_host_key(int nbits)` calling `gen_key(r, nbits)`) or the `extern`
/// object another unit defines (an "object" link), for the link
/// step's "int-role" queries. Booleans, characters, enumerators and `sizeof`
/// are not sizes; at most 4 values. A setting spelled with a name
/// (SSL_VERIFY_NONE, TLS1_VERSION, an enumerator) is exported whatever its
/// value, with the name, for "tls-value" queries.
void sizeFacts(AnalysisSession &S, FactWriter &W, const Expr *E, json::Object &V,
               std::string &Key) {
  if (E->isValueDependent() || E->isTypeDependent()) return;
  QualType T = E->getType().getCanonicalType();
  if (!(T->isIntegerType() || T->isEnumeralType()) || T->isBooleanType() ||
      T->isAnyCharacterType())
    return;
  const Expr *Bare = E->IgnoreParenImpCasts();
  if (isa<UnaryExprOrTypeTraitExpr, CharacterLiteral>(Bare)) return;
  const ValueSet &VS = S.values().resolve(E);
  json::Array Ints;
  if (VS.Complete && !VS.empty() && VS.Values.size() <= 4) {
    for (const Value &X : VS.Values) {
      std::string Name = spelledName(S, X.Source);
      if (!S.catalog().settingName(Name)) Name.clear();
      if (X.Kind != Value::Int ||
          (Name.empty() && (T->isEnumeralType() || X.I <= 0 || X.I > (1 << 20)))) {
        Ints.clear();
        break;
      } else {
        json::Array Notes;
        if (X.Source && (X.Source != Bare || !X.Path.empty()))
          Notes.push_back(W.note(X.Source->getBeginLoc(), "constant defined here"));
        for (const Step &St : X.Path)
          if (St.S) Notes.push_back(W.note(St.S->getBeginLoc(), St.What));
        Key += "n" + std::to_string(X.I) + "@" +
               std::to_string(X.Source ? X.Source->getBeginLoc().getRawEncoding() : 0) + "\n";
        json::Object I{{"value", X.I}, {"notes", std::move(Notes)}};
        if (!Name.empty()) I["name"] = std::move(Name);
        Ints.push_back(std::move(I));
      }
    }
  }
  if (!Ints.empty()) {
    V["ints"] = std::move(Ints);
    return;
  }
  // The caller's own parameter, or an `extern` object another unit defines
  // (`derive(pw, salt, kIters, out)` with `const unsigned long kIters =
  // 1000;` in a third unit).
  const auto *DRE = dyn_cast<DeclRefExpr>(Bare);
  const auto *Var = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!Var || !(isa<ParmVarDecl>(Var) || definedElsewhere(Var)))
    return;
  const SourceManager &SM = S.values().context().getSourceManager();
  json::Array Links;
  for (const Origin &O : S.provenance().of(E).Origins)
    if (O.Kind == Origin::Link && (O.What == "param" || O.What == "object") && !O.Partial &&
        !O.Transformed && projectLink(SM, O)) {
      Key += "p" + O.What + ":" + O.Symbol + ":" + std::to_string(O.ParamIndex) + "\n";
      Links.push_back(W.entry(FactWriter::Links,
                              "i" + O.What + "\n" + O.Symbol + "\n" + std::to_string(O.ParamIndex),
                              [&] { return linkEntry(W, O); }));
    }
  if (!Links.empty()) V["links"] = std::move(Links);
}

/// Whether the unit changes the global \p VD after its initializer: assigns
/// it, counts it, writes it through a call (`sscanf(v, "%d", &g_bits)`) or
/// takes its address (an option table), through any of its declarations.
bool writtenGlobal(AnalysisSession &S, const VarDecl *VD) {
  if (S.index().changedGlobal(VD)) return true;
  for (const VarDecl *R : VD->redecls())
    if (!S.index().writes(R).empty()) return true;
  return false;
}

/// The catalog's algorithms the writes \p Ws of a field store, each with
/// the write as the last note; empty unless every write stores one.
json::Array fieldAlgorithms(AnalysisSession &S, FactWriter &W, const std::vector<Write> &Ws) {
  json::Array Out;
  for (const Write &Wr : Ws) {
    if ((Wr.Kind != Write::Assign && Wr.Kind != Write::Whole) || !Wr.E) return {};
    json::Object Sel;
    std::string Key;
    selectionFacts(S, W, Wr.E, Sel, Key, /*Argument=*/false);
    json::Array *Algs = Sel.getArray("algs");
    if (!Algs || Algs->empty()) return {};
    for (json::Value &A : *Algs) {
      // The write's own note, unless the algorithm is the value written.
      json::Array *Ns = A.getAsObject()->getArray("notes");
      json::Value N = W.note(Wr.E->getBeginLoc(), "value assigned here");
      const json::Array *NA = N.getAsArray();
      const json::Array *Last = Ns && !Ns->empty() ? Ns->back().getAsArray() : nullptr;
      bool Same = Last && NA && Last->size() >= 3 && NA->size() >= 3 &&
                  std::equal(NA->begin(), NA->begin() + 3, Last->begin());
      if (Ns && !Same) Ns->push_back(std::move(N));
      if (Out.size() < 16) Out.push_back(std::move(A));
    }
  }
  return Out;
}

/// The catalog's algorithms a function returns (each return's "algs", with
/// the return as the last note).
json::Array returnedAlgorithms(AnalysisSession &S, FactWriter &W, const FunctionDecl *FD) {
  json::Array Out;
  for (const ReturnStmt *RS : returnsOf(FD->getBody())) {
    if (!RS->getRetValue()) continue;
    json::Object Sel;
    std::string Key;
    selectionFacts(S, W, RS->getRetValue(), Sel, Key, /*Argument=*/false);
    if (json::Array *Algs = Sel.getArray("algs"))
      for (json::Value &A : *Algs) {
        if (json::Array *Ns = A.getAsObject()->getArray("notes"))
          Ns->push_back(W.note(RS->getBeginLoc(), "value returned here"));
        if (Out.size() < 16) Out.push_back(std::move(A));
      }
  }
  return Out;
}

} // namespace

bool filledElse(const Prov &Whole, const Origin &L) {
  // (Unknown comes with a Link origin: the link is what is not known here.)
  bool HasLink =
      llvm::any_of(Whole.Origins, [](const Origin &O) { return O.Kind == Origin::Link; });
  if (Whole.External || (Whole.Unknown && !HasLink) || Whole.Predictable || Whole.Random)
    return true;
  for (const Origin &O : Whole.Origins) {
    if (&O == &L) continue;
    if (O.Kind == Origin::Const && O.Clearing) continue;
    if (O.Kind == Origin::Link && O.What == L.What && O.Symbol == L.Symbol &&
        O.ParamIndex == L.ParamIndex)
      continue;
    return true;
  }
  return false;
}

json::Array originNoteFacts(const SourceManager &SM, const Origin &O, const char *First) {
  return originNotes(SM, O, First);
}

json::Object linkFact(AnalysisSession &S, const Origin &O, const Prov *Whole) {
  const SourceManager &SM = S.values().context().getSourceManager();
  json::Object L{{"what", O.What},
                 {"symbol", O.Symbol},
                 {"index", int64_t(O.ParamIndex)},
                 {"transformed", O.Transformed},
                 {"notes", originNotes(SM, O, nullptr)}};
  nameLink(L, O);
  // A function stored in a field (a lambda): called by the field's name.
  if (StringRef(O.Symbol).starts_with(SlotPrefix))
    L["name"] = StringRef(O.Symbol).rsplit("::").second.str();
  if (Whole && filledElse(*Whole, O)) L["filled"] = true;
  if (O.Hashed) L["hashed"] = true;
  if (O.Verifier) L["verifier"] = true;
  if (O.Site) L["site"] = locFact(SM, SM.getFileLoc(O.Site->getBeginLoc()));
  if (!O.ThisCalls.empty())
    L["calls"] = thisCallsFact(O, [&](SourceLocation At) { return locFact(SM, SM.getFileLoc(At)); });
  return L;
}

namespace {

/// A value: {"consts": [i...], "links": [i...], "secrets": [i...] (indices
/// into the unit's tables), "predictable": {"generator", "seed", "notes"}};
/// only constants that may be the whole value; Link origins the value is
/// only part of are marked "partial" (they carry key material and
/// predictability, not constants). \p TaintOnly (a scalar) leaves the
/// constants out and marks every link partial. Null when there is nothing.
std::optional<json::Object> valueFact(AnalysisSession &S, FactWriter &W, const Prov &P,
                                      const char *FirstNote = "constant defined here",
                                      bool TaintOnly = false) {
  const SourceManager &SM = S.values().context().getSourceManager();
  json::Array Consts, Links, Secrets;
  auto Key = [](char Tag, const void *Extra, const Origin &O) {
    std::string K(reinterpret_cast<const char *>(&Extra), sizeof Extra);
    appendOriginKey(K, Tag, O);
    return K;
  };
  for (const Origin *O : TaintOnly ? std::vector<const Origin *>() : P.wholeConstants())
    Consts.push_back(W.entry(FactWriter::Consts, Key('c', FirstNote, *O), [&] {
      json::Object C{{"name", originName(S, *O)},
                     {"transformed", O->Transformed},
                     {"clearing", O->Clearing},
                     {"notes", W.originNotes(*O, FirstNote)}};
      if (O->Bytes && !O->Transformed) C["bytes"] = toHex(*O->Bytes, /*LowerCase=*/true);
      // An entry of a keyed lookup: what a call naming that entry gets.
      if (O->KeyArg >= 0) C["key-arg"] = json::Array{int64_t(O->KeyArg), O->KeyIs};
      return C;
    }));
  // Links the value is only part of (or, for integers, made from) carry key
  // material and predictability, not constants: marked partial.
  AskedLinks SeenLinks;
  for (const Origin &O : P.Origins)
    if (O.Kind == Origin::Link && SeenLinks.first(O)) {
      bool Partial = O.Partial || TaintOnly;
      bool Filled = filledElse(P, O);
      Links.push_back(
          W.entry(FactWriter::Links,
                  Key(Partial ? (Filled ? 'q' : 'p') : (Filled ? 'm' : 'l'), nullptr, O), [&] {
                    json::Object L = linkEntry(W, O);
                    if (Partial) L["partial"] = true;
                    if (Filled) L["filled"] = true;
                    // The return value of a call: its place, where the link step finds
                    // the call's arguments (a callee that returns a parameter, `id(k)`,
                    // answers with this call's argument, not every caller's).
                    if (O.Site) L["site"] = W.loc(O.Site->getBeginLoc());
                    return L;
                  }));
    }
  // Key material, whole or part: it leaks either way.
  std::set<const Expr *> SeenSecrets;
  for (const Origin *O : P.secrets()) {
    if (!SeenSecrets.insert(O->Def).second) continue;
    Secrets.push_back(W.entry(FactWriter::Secrets, Key('s', nullptr, *O), [&] {
      json::Object X{{"what", O->What},
                     {"from", calleeName(S, O->Def)},
                     {"notes", W.originNotes(*O, "key material produced here")}};
      if (O->Named && O->Named->getDeclName().isIdentifier())
        X["named"] = O->Named->getName().str();
      return X;
    }));
  }
  // Random bytes another unit may put into a key ("random": a caller's
  // "into-key" link makes them key material). Only bytes that are random
  // through and through: a string copy whose allocation also carries a
  // random canary (`str_dup(arg)`) is the string. (A scalar too: a random
  // word a caller writes into a key's bytes, `kek[i] = util_random32()`.)
  const Expr *Rng = P.Random && !P.Predictable && P.generatedOnly() ? P.Random : nullptr;
  if (Consts.empty() && Links.empty() && Secrets.empty() && !P.Predictable && !Rng)
    return std::nullopt;
  json::Object V;
  // Some of the data is a run-time value that no link answers (read from a
  // file, computed in a way not followed): it is not always these constants.
  if (P.Opaque || P.External || P.hasInput()) V["opaque"] = true;
  if (!Consts.empty()) V["consts"] = std::move(Consts);
  if (!Links.empty()) V["links"] = std::move(Links);
  if (!Secrets.empty()) V["secrets"] = std::move(Secrets);
  if (P.Predictable) {
    json::Array Notes;
    json::Object X{{"generator", predictableSourceName(P.Predictable)}};
    // What this unit shows of the generator's seed travels with it.
    if (std::optional<SeedFinding> Seed = seedOf(S, P.Predictable)) {
      X["seed"] = Seed->Seed.toJson();
      if (Seed->At)
        Notes.push_back(W.note(SM.getFileLoc(Seed->At->getBeginLoc()), Seed->Seed.noteText()));
    }
    Notes.push_back(W.note(P.Predictable->getBeginLoc(), "predictable output produced here"));
    X["notes"] = std::move(Notes);
    // Nothing but the generator's output: what a caller puts into a key
    // with it is that key ("into-key" links).
    if (P.generatedOnly()) X["whole"] = true;
    V["predictable"] = std::move(X);
  }
  if (Rng) {
    json::Array Notes;
    Notes.push_back(W.note(Rng->getBeginLoc(), "random bytes produced here"));
    V["random"] = json::Object{{"generator", calleeName(S, Rng)}, {"notes", std::move(Notes)}};
  }
  return V;
}

/// The variable an argument's storage belongs to through members and
/// their element accessors: `key` of `key.bytes.data()`, `&s.iv[0]`.
static const ValueDecl *objectOf(const Expr *E) {
  for (unsigned Guard = 0; E && Guard < 16; ++Guard) {
    E = E->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr();
    else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
      E = MC->getImplicitObjectArgument();
    else if (const auto *ME = dyn_cast<MemberExpr>(E))
      E = ME->getBase();
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      return DRE->getDecl();
    else
      return nullptr;
  }
  return nullptr;
}

/// At most this many field values of one object are exported (a table of
/// a thousand cipher descriptions is no key).
constexpr unsigned MaxObjectFieldValues = 256;

/// The fields of a `const` struct object, or array of structs, that its
/// initializer sets: data fields' values and setting fields' integers, by
/// path ("key", "k.enc" in a nested record, "[].key" in an element of an
/// array: every element's an alternative). Groups of distinct paths, each
/// exported as the "fields" of one "objects" entry (one per element of an
/// array): the link step reads every path's values as alternatives.
std::vector<json::Object> objectFields(AnalysisSession &S, FactWriter &W, const VarDecl *VD) {
  std::vector<json::Object> Groups;
  if (!VD->getType().isConstQualified() || !VD->getInit()) return Groups;
  unsigned Budget = MaxObjectFieldValues;
  auto Add = [&](const std::string &Path, json::Value V) {
    for (json::Object &G : Groups)
      if (!G.get(Path)) {
        G[Path] = std::move(V);
        return;
      }
    Groups.emplace_back();
    Groups.back()[Path] = std::move(V);
  };
  // Prefix: the path of the record or array \p Init initializes, with its dot.
  std::function<void(QualType, const Expr *, const std::string &, unsigned)> Walk =
      [&](QualType T, const Expr *Init, const std::string &Prefix, unsigned Depth) {
        const auto *IL = dyn_cast_or_null<InitListExpr>(Init ? Init->IgnoreParenImpCasts() : nullptr);
        if (IL && IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
        if (!IL || Depth > 4 || !Budget) return;
        if (const auto *AT = dyn_cast_or_null<ConstantArrayType>(T->getAsArrayTypeUnsafe())) {
          QualType E = AT->getElementType();
          if (!E->isRecordType() && !E->isConstantArrayType()) return;
          for (const Expr *X : IL->inits()) Walk(E, X, Prefix + "[].", Depth + 1);
          // A small table's elements also by their index ("[1].cipher"), for a
          // caller that hands one element on (`seal(&kFormats[FMT_V1])`).
          if (Prefix.empty() && IL->getNumInits() <= 64)
            for (unsigned I = 0; I < IL->getNumInits(); ++I)
              Walk(E, IL->getInit(I), "[" + std::to_string(I) + "].", Depth + 1);
          return;
        }
        const RecordDecl *RD = T->getAsRecordDecl();
        if (!RD || RD->isUnion() || IL->getType()->getAsRecordDecl() != RD) return;
        unsigned I = 0;
        for (const FieldDecl *F : RD->fields()) {
          const Expr *E = I < IL->getNumInits() ? IL->getInit(I) : nullptr;
          ++I;
          if (!E || !F->getDeclName().isIdentifier() || isa<ImplicitValueInitExpr>(E) || !Budget)
            continue;
          std::string Path = Prefix + F->getName().str();
          QualType FT = F->getType();
          const auto *Sub = dyn_cast<InitListExpr>(E->IgnoreParenImpCasts());
          if (Sub && ((FT->isRecordType() && !FT->getAsRecordDecl()->isUnion()) ||
                      (FT->isConstantArrayType() &&
                       FT->getAsArrayTypeUnsafe()->getElementType()->isRecordType()))) {
            Walk(FT, E, Path + ".", Depth + 1); // a nested record, an array of records
          } else if (dataField(F)) {
            if (auto V = valueFact(S, W, S.provenance().of(E))) --Budget, Add(Path, std::move(*V));
          } else {
            json::Object V;
            if (settingField(S, F))
              if (json::Array Ints = intsFact(S, W, {{E, nullptr}}, ""); !Ints.empty())
                V["ints"] = std::move(Ints);
            // An algorithm the entry names (`GCRY_MD_SHA1`, `EVP_des_cbc()`).
            json::Object Sel;
            std::string Key;
            selectionFacts(S, W, E, Sel, Key, /*Argument=*/false);
            if (json::Array *Algs = Sel.getArray("algs")) V["algs"] = std::move(*Algs);
            if (!V.empty()) --Budget, Add(Path, std::move(V));
          }
        }
      };
  Walk(VD->getType(), VD->getInit(), "", 0);
  return Groups;
}

} // namespace

namespace {
/// What a field's default member initializer gives, as a query's "default":
/// the field's link name and the integers, with their notes, when the unit
/// leaves the default alone (UnitIndex::keepsDefault) and it is constant.
std::optional<json::Object> defaultFact(AnalysisSession &S, const FieldDecl *F) {
  if (!F->getType()->isIntegralOrEnumerationType() || !S.index().keepsDefault(F)) return {};
  const Expr *Init = F->getInClassInitializer();
  std::string Sym = memberLinkName(F);
  if (!Init || Sym.empty()) return {};
  const SourceManager &SM = S.values().context().getSourceManager();
  json::Array Ints = intEntries(S, {{Init, Init}}, "default member initializer here",
                                [&](const Stmt *X, const char *What) -> json::Value {
                                  json::Object N = locFact(SM, X->getBeginLoc());
                                  N["message"] = What;
                                  return N;
                                });
  if (Ints.empty()) return {};
  return json::Object{{"symbol", Sym}, {"ints", std::move(Ints)}};
}
} // namespace

void askIntLink(AnalysisSession &S, const Expr *Arg, json::Object Q) {
  FactRecorder *R = FactRecorder::active();
  if (!R || !Arg) return;
  const SourceManager &SM = S.values().context().getSourceManager();
  const Expr *E = Arg->IgnoreParenImpCasts();
  // A count passed by its address (`OSSL_PARAM_construct_uint("iter",
  // &iters)`): the integer it points to, as the value resolver reads it.
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenImpCasts();
  // Each arm of a choice (`legacy ? kCompatRsaBits : 2048`): its own question.
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E)) {
    askIntLink(S, CO->getTrueExpr(), Q);
    askIntLink(S, CO->getFalseExpr(), Q);
    return;
  }
  const NamedDecl *D = nullptr;
  const char *What = nullptr;
  json::Array Notes;
  for (unsigned Hop = 0; Hop < 2 && !D; ++Hop) {
    if (const auto *CE = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = CE->getDirectCallee();
      if (FD && !FD->hasBody()) D = FD, What = "return"; // whatever its arguments
    } else if (const auto *OM = dyn_cast<ObjCMessageExpr>(E)) {
      // A method another unit implements (`[CNDefaults kdfRounds]`).
      const ObjCMethodDecl *MD = OM->getMethodDecl();
      const ObjCInterfaceDecl *ID = MD ? MD->getClassInterface() : nullptr;
      const ObjCImplementationDecl *Impl = ID ? ID->getImplementation() : nullptr;
      if (MD && !MD->hasBody() &&
          !(Impl && Impl->getMethod(MD->getSelector(), MD->isInstanceMethod())))
        D = MD, What = "return";
    } else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      // A setting in a field another unit writes (`cfg->rsa_bits` that
      // load_defaults() sets, `c.verify` of a local object init_cfg(&c)
      // fills): its "member" or "outfield" links.
      const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
      if (!F) return;
      json::Value At = locFact(SM, SM.getFileLoc(Arg->getBeginLoc()));
      // A default member initializer this unit never overrides (`int
      // rsa_bits = 1024;` of a header's config struct): the value when no
      // unit of the program writes the field either ("default").
      std::optional<json::Object> Default = defaultFact(S, F);
      for (const Origin &O : S.provenance().fieldElsewhere(F, ME, /*AnyType=*/true).Origins) {
        if (O.Kind != Origin::Link) continue;
        json::Object FQ = Q;
        FQ["at"] = At;
        if (Default && O.What == "member") FQ["default"] = json::Object(*Default);
        json::Object L = linkFact(S, O);
        if (!Notes.empty()) L["notes"] = json::Array(Notes);
        FQ["link"] = std::move(L);
        R->query(std::move(FQ));
      }
      return;
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (VD && definedElsewhere(VD)) {
        D = VD, What = "object";
      } else if (VD && VD->isLocalVarDecl() && !VD->isStaticLocal() && Hop == 0) {
        // int bits = rsa_bits(); ... RSA_generate_key_ex(r, bits, ...)
        std::vector<const Expr *> Vs = S.provenance().assignedValues(VD);
        if (Vs.size() != 1 || !Vs.front()) return;
        json::Object N = locFact(SM, Vs.front()->getBeginLoc());
        N["message"] = "value defined here";
        Notes.push_back(std::move(N));
        E = Vs.front()->IgnoreParenImpCasts();
        continue;
      }
    }
    break;
  }
  if (!D) {
    // A parameter of an externally visible function (`gen_key(int bits)`,
    // directly or through a local copy): its callers in other units choose
    // it; the link step reads what their calls pass ("ints" of the calls).
    std::set<std::pair<std::string, unsigned>> Seen;
    json::Value At = locFact(SM, SM.getFileLoc(Arg->getBeginLoc()));
    for (const Origin &O : S.provenance().of(Arg).Origins)
      if (O.Kind == Origin::Link && O.What == "param" && !O.Partial && !O.Transformed &&
          projectLink(SM, O) && Seen.insert({O.Symbol, O.ParamIndex}).second) {
        json::Object PQ = Q;
        PQ["at"] = At;
        PQ["link"] = linkFact(S, O);
        R->query(std::move(PQ));
      }
    return;
  }
  if (SM.isInSystemHeader(SM.getFileLoc(D->getLocation()))) return;
  std::string Sym = linkageName(D);
  if (Sym.empty()) return;
  Q["at"] = locFact(SM, SM.getFileLoc(Arg->getBeginLoc()));
  Q["link"] = json::Object{{"what", What},
                           {"symbol", Sym},
                           {"index", 0},
                           {"name", D->getNameAsString()},
                           {"notes", std::move(Notes)}};
  R->query(std::move(Q));
}

std::vector<std::string> externalFunctions(AnalysisSession &S) {
  ASTContext &Ctx = S.values().context();
  const SourceManager &SM = Ctx.getSourceManager();
  std::set<std::string> Out;
  FunctionRefs R;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      R.TraverseDecl(const_cast<Decl *>(D));
  for (const FunctionDecl *F : R.Out) {
    if (F->hasBody() || SM.isInSystemHeader(F->getLocation())) continue;
    std::string Sym = linkageName(F);
    if (!Sym.empty()) Out.insert(Sym);
  }
  return std::vector<std::string>(Out.begin(), Out.end());
}

namespace {

/// A parameter handed on unchanged that points to one of the project's own
/// records (`Curl_xxx(data, ...)`, `conn_send(conn, ...)`): a context object
/// whose fields other facts carry ("field:", "member" links); its whole
/// value holds no constant or key material of its own, and computing it for
/// every such call is most of what the call facts cost on large units.
bool passedContext(const SourceManager &SM, const Expr *A) {
  const auto *DRE = dyn_cast<DeclRefExpr>(A->IgnoreParenImpCasts());
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || !P->getType()->isPointerType()) return false;
  const RecordDecl *RD = P->getType()->getPointeeType()->getAsRecordDecl();
  return RD && RD->getDefinition() &&
         !SM.isInSystemHeader(SM.getFileLoc(RD->getDefinition()->getLocation()));
}

/// The call or Objective-C message that read the untrusted input in \p P,
/// as the catalog models it (`recv`, `[request
/// valueForHTTPHeaderField:@"X-Debug"]`): its kind and description in
/// \p Kind and \p Desc and the read as the first of \p Notes. False when
/// \p P names no reader; \p Outsider false when the reader's kind is not
/// what an outsider sends (the clock, the environment, a user id).
bool readerOf(AnalysisSession &S, FactWriter &W, const Prov &P, std::string &Kind,
              std::string &Desc, json::Array &Notes, bool &Outsider) {
  InputKind K = InputKind::Network;
  if (const InputFieldModel *IF = S.provenance().inputFieldAt(P.Input)) {
    K = IF->Kind;
    Desc = "input delivered through '" + IF->Name + "'";
    Notes.push_back(W.note(P.Input->getBeginLoc(), "the callback is registered here"));
  } else {
    const FunctionModel *M = nullptr;
    std::string Reader;
    const auto *CE = dyn_cast_or_null<CallExpr>(P.Input);
    if (CE) {
      M = S.provenance().model(CE);
      Reader = calleeName(S, CE);
    } else if (const auto *ME = dyn_cast_or_null<ObjCMessageExpr>(P.Input)) {
      M = S.provenance().model(ME);
      Reader = ME->getSelector().getAsString();
    }
    if (Reader.empty()) return false;
    if (M && M->Input != InputKind::None) K = CE ? S.provenance().inputKindOf(*M, CE) : M->Input;
    Desc = "input read by '" + Reader + "'";
    Notes.push_back(W.note(P.Input->getBeginLoc(), "the input is read here"));
  }
  Outsider = outsiderInput(K);
  Kind = inputKindName(K).str();
  return true;
}

/// A request record's field (`cmd->argv[1]`), through subscripts and offsets.
const FieldDecl *requestFieldOf(const Catalog &Cat, const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 6; ++Depth) {
    E = E->IgnoreParenCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(E)) return requestField(Cat, ME);
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
      E = AS->getBase();
    else if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isAdditiveOp())
      E = BO->getLHS();
    else
      return nullptr;
  }
  return nullptr;
}

/// What a call argument made of untrusted input says of it: {"kind",
/// "desc", "notes"} (the read, then the call), as a function's "input" fact.
std::optional<json::Object> inputFact(AnalysisSession &S, FactWriter &W, const Prov &P,
                                      const Expr *Call, StringRef CalleeName,
                                      const Expr *Arg) {
  json::Array Notes;
  std::string Kind, Desc;
  bool Outsider = true;
  if (readerOf(S, W, P, Kind, Desc, Notes, Outsider)) {
    // Only what an outsider sends: not the clock, the environment or a user id.
    if (!Outsider) return std::nullopt;
  } else if (P.InputParam) {
    Kind = "command-line";
    Desc = "the command line ('" + P.InputParam->getNameAsString() + "')";
  } else if (const FieldDecl *FD = requestFieldOf(S.catalog(), Arg)) {
    Kind = catalogMatch(S.catalog(), "peer-identity-name", FD->getName()) ? "peer-address"
                                                                          : "request";
    Desc = "the request field '" + FD->getName().str() + "'";
  } else {
    return std::nullopt;
  }
  Notes.push_back(W.note(Call->getBeginLoc(), "passed to '" + CalleeName.str() + "' here"));
  return json::Object{{"kind", Kind}, {"desc", Desc}, {"notes", std::move(Notes)}};
}

/// What the unit reads from outside into the field \p Fld of a header's
/// record (`p->sub = p->data[0] << 8 | p->data[1]` in a parser state after
/// recv()): {"kind", "desc", "notes"} as an "input" fact, for a comparison
/// of that field in another unit that never writes it (a dispatcher the
/// parsed record is handed to through a state table).
std::optional<json::Object> fieldInputFact(AnalysisSession &S, FactWriter &W,
                                           const FieldDecl *Fld) {
  std::optional<std::pair<Write, Prov>> IW = S.provenance().inputWrite(Fld);
  if (!IW) return std::nullopt;
  json::Array Notes;
  std::string Kind, Desc;
  bool Outsider = true;
  if (!readerOf(S, W, IW->second, Kind, Desc, Notes, Outsider) || !Outsider) return std::nullopt;
  Notes.push_back(W.note(IW->first.E->getBeginLoc(),
                         "stored in the field '" + Fld->getName().str() + "' here"));
  return json::Object{{"kind", Kind}, {"desc", Desc}, {"notes", std::move(Notes)}};
}

} // namespace

namespace {

/// The symbols of the methods \p FD overrides, directly or not, that other
/// units can call.
std::vector<std::string> overriddenSymbols(const FunctionDecl *FD) {
  std::vector<std::string> Out;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD || !MD->size_overridden_methods()) return Out;
  for (const CXXMethodDecl *B : overriddenMethods(MD)) {
    std::string Sym = linkageName(B);
    if (!Sym.empty() && !llvm::is_contained(Out, Sym)) Out.push_back(std::move(Sym));
  }
  return Out;
}

} // namespace

json::Value exportUnitFacts(AnalysisSession &S) {
  ASTContext &Ctx = S.values().context();
  const SourceManager &SM = Ctx.getSourceManager();
  ProvenanceAnalysis &PA = S.provenance();
  FactWriter W(SM);
  std::deque<json::Value> Functions, Objects, Calls;
  auto InMain = [&](const Decl *D) {
    return SM.isInMainFile(SM.getExpansionLoc(D->getLocation()));
  };
  // One function's facts (its symbol, and those it also answers for).
  auto ExportFunction = [&](const FunctionDecl *FD) {
    std::string Sym = linkageName(FD);
    // An override answers too for the methods it overrides: another
    // unit's call through the base (`exp->key()` on a `KeySource *`)
    // may run it. Its own symbol may be none (a class of an anonymous
    // namespace).
    std::vector<std::string> Also = overriddenSymbols(FD);
    // A function the unit stores in a field another unit calls through
    // (an ops table, a std::function member): by the field's symbol too.
    for (const FieldDecl *Slot : S.index().slotsOf(FD))
      if (std::string Y = slotSymbol(Slot); !Y.empty() && !llvm::is_contained(Also, Y))
        Also.push_back(std::move(Y));
    if (Sym.empty() && !Also.empty()) {
      Sym = Also.front();
      Also.erase(Also.begin());
    }
    if (Sym.empty()) return;
    std::string Name = FD->getNameAsString();
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->getParent()->isLambda())
      Name = "the lambda stored in '" + StringRef(Sym).drop_front(SlotPrefix.size()).str() + "'";
    json::Object F{{"symbol", Sym}, {"name", Name}};
    bool Any = false;
    // A callback that returns one constant whatever it is given (a
    // certificate verification callback that accepts everything):
    // "returns-const", for another unit that installs it.
    if (FD->getNumParams() && FD->getReturnType()->isIntegralOrEnumerationType()) {
      std::vector<const ReturnStmt *> Rs = returnsOf(FD->getBody());
      std::optional<int64_t> Same;
      bool One = !Rs.empty();
      for (const ReturnStmt *RS : Rs) {
        Expr::EvalResult Res;
        const Expr *RV = RS->getRetValue();
        if (!RV || RV->isValueDependent() || !RV->EvaluateAsInt(Res, Ctx)) {
          One = false;
          break;
        }
        int64_t V = Res.Val.getInt().getExtValue();
        if (Same && *Same != V) {
          One = false;
          break;
        }
        Same = V;
      }
      if (One && Same) {
        json::Array Notes;
        Notes.push_back(W.note(Rs.front()->getBeginLoc(), "returns this whatever it is given"));
        F["returns-const"] = json::Object{{"value", *Same}, {"notes", std::move(Notes)}};
        Any = true;
      }
    }
    // Integers and other scalars: only what they carry (key material,
    // predictability), not their constants (core/Values.h has those).
    if (!FD->getReturnType()->isVoidType())
      if (auto V = valueFact(S, W, PA.returnOf(FD), "constant defined here",
                             !isDataType(FD->getReturnType()))) {
        F["return"] = std::move(*V);
        Any = true;
      }
    // The parameters the return value passes on (`return x;`, a decoded
    // or sliced copy of it): the link step answers a call's return value
    // with that call's arguments.
    if (isDataType(FD->getReturnType())) {
      json::Array Params = paramsFact(PA.returnOf(FD), FD->getNumParams());
      if (!Params.empty()) {
        if (!F.getObject("return")) F["return"] = json::Object();
        (*F.getObject("return"))["params"] = std::move(Params);
        Any = true;
      }
    }
    // An integer helper (an iteration count, a key size): its constants,
    // whatever its parameters choose among them (`bits_for(level)`
    // returning 1024 or 4096); one with parameters that returns only
    // status codes (0, 1, -1) is left out.
    if (FD->getReturnType()->isIntegralOrEnumerationType() && !FD->isVariadic() &&
        !FD->getReturnType()->isBooleanType()) {
      json::Array Ints = returnedInts(S, W, FD->getBody(), FD->getNumParams());
      if (!Ints.empty()) {
        if (!F.getObject("return")) F["return"] = json::Object();
        (*F.getObject("return"))["ints"] = std::move(Ints);
        Any = true;
      }
    }
    // A helper that picks the algorithm (`return kCCAlgorithmDES;`,
    // `return EVP_des_cbc();`): the catalog's algorithms it returns.
    if ((FD->getReturnType()->isIntegralOrEnumerationType() ||
         FD->getReturnType()->isPointerType()) &&
        !FD->isVariadic() && FD->getNumParams() == 0)
      if (json::Array Algs = returnedAlgorithms(S, W, FD); !Algs.empty()) {
        if (!F.getObject("return")) F["return"] = json::Object();
        (*F.getObject("return"))["algs"] = std::move(Algs);
        Any = true;
      }
    json::Object Out;
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      QualType T = FD->getParamDecl(I)->getType();
      if (!T->isPointerType() && !T->isReferenceType() && !spanView(T)) continue;
      if (const Prov *Wr = PA.writtenThrough(FD, I)) {
        std::optional<json::Object> V = valueFact(S, W, *Wr);
        // The parameters what it writes there is made of (`to_hex(in, n,
        // out)` encoding `in` into `out`): the link step answers a call's
        // out-argument with that call's arguments, as for return values.
        json::Array Params = paramsFact(*Wr, FD->getNumParams(), I);
        if (!Params.empty()) {
          if (!V) V = json::Object();
          (*V)["params"] = std::move(Params);
        }
        if (V) Out[std::to_string(I)] = std::move(*V);
      }
      // The fields it fills of the object the parameter points to
      // (`c->key = k_key;`): "I:NAME", for a caller's `c.key` of a local
      // object it passed ("outfield:NAME" links).
      const RecordDecl *RD = T->getPointeeType().isNull()
                                 ? nullptr
                                 : T->getPointeeType()->getAsRecordDecl();
      if (!RD || RD->isUnion() || !RD->getDefinition()) continue;
      for (const FieldDecl *Fld : RD->getDefinition()->fields()) {
        if (!Fld->getDeclName().isIdentifier()) continue;
        if (!dataField(Fld)) {
          json::Array Ints = intFieldFact(S, W, Fld, PA.fieldWrites(FD, I, Fld));
          if (!Ints.empty())
            Out[std::to_string(I) + ":" + Fld->getName().str()] =
                json::Object{{"ints", std::move(Ints)}};
          continue;
        }
        Prov Wr = PA.writtenField(FD, I, Fld);
        if (Wr.Origins.empty()) continue;
        if (auto V = valueFact(S, W, Wr))
          Out[std::to_string(I) + ":" + Fld->getName().str()] = std::move(*V);
      }
    }
    // A method: what it writes into the data fields of its own object in
    // terms of its parameters ("this:NAME", `buf_ += value`), and the field
    // it returns ("this-return", `return "v1\n" + buf_;`), for a caller of
    // another unit that calls both on one local object.
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
        MD && !MD->isStatic() && !MD->getParent()->isLambda() && MD->getParent()->hasDefinition()) {
      if (!MD->isConst() && !isa<CXXDestructorDecl>(MD))
        for (const FieldDecl *Fld : MD->getParent()->fields()) {
          if (!Fld->getDeclName().isIdentifier() || !dataField(Fld)) continue;
          Prov Wr = PA.writtenThisField(FD, Fld);
          if (Wr.Origins.empty()) continue;
          if (auto V = valueFact(S, W, Wr)) Out["this:" + Fld->getName().str()] = std::move(*V);
        }
      bool Partial = false;
      if (const FieldDecl *Fld = returnedThisField(FD, &Partial);
          Fld && Fld->getDeclName().isIdentifier()) {
        json::Object R{{"field", Fld->getName().str()}};
        if (Partial) R["partial"] = true;
        F["this-return"] = std::move(R);
        Any = true;
      }
    }
    if (!Out.empty()) {
      F["out"] = std::move(Out);
      Any = true;
    }
    // Shaped like an entropy function (a byte buffer and an integer
    // size, an integer result): the buffers it fills with constant or
    // guessable data, for a generator in another unit that takes it
    // (mbedtls_ctr_drbg_seed(&d, board_entropy, ...); "entropy-callback").
    if (FD->getReturnType()->isIntegralOrEnumerationType() &&
        llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
          return P->getType()->isIntegerType();
        })) {
      json::Object Entropy;
      for (unsigned I = 0; I < FD->getNumParams(); ++I) {
        QualType T = FD->getParamDecl(I)->getType();
        if (!T->isPointerType() || T->getPointeeType().isConstQualified() ||
            !T->getPointeeType()->isCharType())
          continue;
        // Every reason the unit itself reports (constant, guessable, clock,
        // the data it was handed such as a context's serial, never filled).
        FakeEntropy Why = fakeEntropyReason(S, FD, I);
        if (Why != FakeEntropy::None)
          Entropy[std::to_string(I)] = json::Object{{"why", fakeEntropyText(Why).str()},
                                                    {"at", W.loc(FD->getLocation())}};
      }
      if (!Entropy.empty()) {
        F["entropy"] = std::move(Entropy);
        Any = true;
      }
    }
    if (Any) {
      for (const std::string &A : Also) {
        json::Object Copy = F;
        Copy["symbol"] = A;
        Functions.push_back(std::move(Copy));
      }
      Functions.push_back(std::move(F));
    }
  };
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    // Namespaces and linkage specifications nest the declarations.
    std::vector<const Decl *> Work{D};
    while (!Work.empty()) {
      const Decl *X = Work.back();
      Work.pop_back();
      if (const auto *DC = dyn_cast<DeclContext>(X))
        if (isa<NamespaceDecl>(X) || isa<LinkageSpecDecl>(X) || isa<CXXRecordDecl>(X)) {
          if (!isa<CXXRecordDecl>(X) || InMain(X))
            for (const Decl *Inner : DC->decls()) Work.push_back(Inner);
          continue;
        }
      if (!InMain(X)) continue;
      if (const auto *FD = dyn_cast<FunctionDecl>(X)) {
        if (!FD->doesThisDeclarationHaveABody() || FD->isDependentContext()) continue;
        ExportFunction(FD);
      } else if (const auto *VD = dyn_cast<VarDecl>(X)) {
        if (!VD->isThisDeclarationADefinition() || !VD->getInit()) continue;
        std::string Sym = linkageName(VD);
        if (Sym.empty()) continue;
        if (VD->getType()->isIntegralOrEnumerationType() && !VD->getType().isVolatileQualified() &&
            (VD->getType().isConstQualified() || !writtenGlobal(S, VD))) {
          // A constant count or size other units read through `extern`; or
          // a global this unit never changes after its initializer
          // (`int g_rsa_bits = 1024;`), "mutable": the link step drops it
          // when another unit changes it ("modifies").
          json::Array Ints = intsFact(S, W, {{VD->getInit(), nullptr}}, "");
          if (!Ints.empty()) {
            json::Object O{{"symbol", Sym},
                           {"name", VD->getNameAsString()},
                           {"value", json::Object{{"ints", std::move(Ints)}}}};
            if (!VD->getType().isConstQualified()) O["mutable"] = true;
            Objects.push_back(std::move(O));
          }
          if (!VD->getType().isConstQualified()) continue;
          // An algorithm identifier (`const int g_alg = kCCAlgorithmDES;`).
          json::Object Sel;
          std::string Key;
          selectionFacts(S, W, VD->getInit(), Sel, Key, /*Argument=*/false);
          if (json::Array *Algs = Sel.getArray("algs"))
            Objects.push_back(json::Object{{"symbol", Sym},
                                           {"name", VD->getNameAsString()},
                                           {"value", json::Object{{"algs", std::move(*Algs)}}}});
          continue;
        }
        if (auto V = valueFact(S, W, PA.ofVariable(VD)))
          Objects.push_back(json::Object{
              {"symbol", Sym}, {"name", VD->getNameAsString()}, {"value", std::move(*V)}});
        // A `const` struct or table other units read through `extern`
        // (kAgentCloudTls.verify_peer, kTenants[t].k.enc): each field's initializer
        // by path ("objfield:PATH" links).
        for (json::Object &Fs : objectFields(S, W, VD))
          Objects.push_back(json::Object{{"symbol", Sym},
                                         {"name", VD->getNameAsString()},
                                         {"fields", std::move(Fs)}});
      }
    }
  }
  // Lambdas the unit stores in a field (a std::function member another
  // unit calls): not declarations of the walk above.
  for (const FunctionDecl *FD : S.index().slotFunctions()) {
    const FunctionDecl *Def = nullptr;
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    if (MD && MD->getParent()->isLambda() && FD->hasBody(Def) && Def && InMain(Def) &&
        !Def->isDependentContext())
      ExportFunction(Def);
  }
  // Objective-C methods the unit implements that another unit may send
  // (declared in a project's header; an override also answers for the
  // method it overrides): what they return, and a synthesized property's
  // getter what the unit stores in its instance variable.
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *Impl = dyn_cast<ObjCImplDecl>(D);
    if (!Impl || !InMain(Impl)) continue;
    auto Export = [&](const ObjCMethodDecl *MD, const Prov &Ret) {
      std::vector<std::string> Syms;
      if (std::string Y = objcMethodSymbol(MD); !Y.empty()) Syms.push_back(std::move(Y));
      SmallVector<const ObjCMethodDecl *, 4> Over;
      MD->getOverriddenMethods(Over);
      for (const ObjCMethodDecl *B : Over)
        if (std::string Y = objcMethodSymbol(B); !Y.empty() && !llvm::is_contained(Syms, Y))
          Syms.push_back(std::move(Y));
      if (Syms.empty()) return;
      std::optional<json::Object> V =
          valueFact(S, W, Ret, "constant defined here", !isDataType(MD->getReturnType()));
      // An integer a method returns (`+[CNDefaults kdfRounds]` returning
      // 4000: an iteration count, a key size), as a function's ("ints").
      if (MD->hasBody() && MD->getReturnType()->isIntegralOrEnumerationType() &&
          !MD->getReturnType()->isBooleanType() && !MD->getReturnType()->isObjCObjectPointerType()) {
        json::Array Ints = returnedInts(S, W, MD->getBody(), MD->param_size());
        if (!Ints.empty()) {
          if (!V) V = json::Object();
          (*V)["ints"] = std::move(Ints);
        }
      }
      if (!V) return;
      json::Value Return(std::move(*V));
      for (const std::string &Y : Syms)
        Functions.push_back(json::Object{
            {"symbol", Y}, {"name", MD->getSelector().getAsString()}, {"return", Return}});
    };
    for (const ObjCMethodDecl *MD : Impl->methods())
      if (MD->hasBody() && !MD->getReturnType()->isVoidType()) Export(MD, PA.methodReturn(MD));
    for (const ObjCPropertyImplDecl *PI : Impl->property_impls()) {
      if (PI->getPropertyImplementation() != ObjCPropertyImplDecl::Synthesize) continue;
      const ObjCIvarDecl *Ivar = PI->getPropertyIvarDecl();
      const ObjCPropertyDecl *PD = PI->getPropertyDecl();
      const ObjCMethodDecl *Getter = PD ? PD->getGetterMethodDecl() : nullptr;
      if (!Ivar || !Getter || (PI->getGetterMethodDecl() && PI->getGetterMethodDecl()->hasBody()))
        continue;
      Export(Getter, PA.writtenMember(Ivar));
    }
  }
  // The data fields of header-declared records this unit writes (a
  // constructor's initializer, `ctx->key = k_key;`): what a read of that
  // field in another unit may get ("member" links).
  json::Array Members;
  // A field this unit also writes with run-time data (`section->cipher_list
  // = str_dup_detached(arg)`, a generic buffer's `rd->_data = data`):
  // "other", so the link step never takes the constants other units write
  // for what the field holds (key material it still follows).
  auto Other = [&](const std::string &Sym, bool KeyParams = false, bool KeyNamed = false) {
    json::Object X{{"symbol", Sym}, {"other", true}};
    if (KeyParams) X["key-params"] = true;
    // Named as a key (`s->key = key`): what any creator stores there is a
    // key, so the link step keeps every caller's key material in it.
    if (KeyNamed) X["key-named"] = true;
    Members.push_back(std::move(X));
  };
  for (const FieldDecl *Fld : S.index().writtenFields()) {
    std::string Sym = memberLinkName(Fld);
    if (Sym.empty()) continue;
    // Untrusted input stored in the field, whatever its type ("input"):
    // what a trigger of another unit compares when it reads the field.
    if (Fld->getDeclName().isIdentifier())
      if (std::optional<json::Object> In = fieldInputFact(S, W, Fld))
        Members.push_back(json::Object{{"symbol", Sym}, {"input", std::move(*In)}});
    if (!dataField(Fld)) {
      const std::vector<Write> &Ws = S.index().writes(Fld);
      json::Array Ints = intFieldFact(S, W, Fld, Ws);
      if (!Ints.empty())
        Members.push_back(
            json::Object{{"symbol", Sym}, {"value", json::Object{{"ints", std::move(Ints)}}}});
      else if (settingField(S, Fld))
        Other(Sym); // only setting fields' integers are ever exported
      // An algorithm a constructor or setter stores (`md_(EVP_sha1())`,
      // `cipher_ = MBEDTLS_CIPHER_DES_EDE3_CBC`): the catalog's algorithms
      // each write selects, when every write selects one.
      if (json::Array Algs = fieldAlgorithms(S, W, Ws); !Algs.empty())
        Members.push_back(
            json::Object{{"symbol", Sym}, {"value", json::Object{{"algs", std::move(Algs)}}}});
      continue;
    }
    bool RunTime = false;
    Prov P = PA.writtenMember(Fld, &RunTime);
    // Another unit's `const` object (`key_(kVaultMasterKey)`, a field of
    // its table) is constant data, not run-time data.
    auto ConstObject = [](const Origin &O) {
      if (O.Kind != Origin::Link ||
          !(O.What == "object" || StringRef(O.What).starts_with("objfield:")))
        return false;
      const auto *VD = dyn_cast_or_null<VarDecl>(O.Named);
      return VD && VD->getType().isConstQualified();
    };
    bool OnlyConstObjects = !P.Origins.empty() && llvm::all_of(P.Origins, ConstObject);
    // (Data not understood beside constants is run-time data only when one
    // write holds nothing else: `c.key = from_hex<32>(kHex)`, a constexpr
    // helper the analysis follows only in part, is still that constant.)
    if (!OnlyConstObjects && (P.External || P.Unknown) && P.secrets().empty() && !P.Random)
      RunTime |= P.wholeConstants().empty() || PA.runTimeWrite(Fld);
    RunTime |= llvm::any_of(P.Origins, [&](const Origin &O) {
      return !ConstObject(O) && (O.Kind == Origin::Link || O.Kind == Origin::Param);
    });
    // A field named as a key that the class's own constructors and
    // setters fill from their parameters (`Verifier(std::string key) :
    // key_(std::move(key))`): what a caller passes there is that object's
    // key, a constant included ("key-params"). (A generic buffer's
    // `_data` keeps only its key material: its constants are not keys.)
    bool KeyNamed = secretName(Fld->getName(), S.catalog());
    bool KeyParams =
        RunTime && KeyNamed &&
        llvm::any_of(P.Origins, [](const Origin &O) { return O.Kind == Origin::Link; }) &&
        llvm::all_of(P.Origins, [&](const Origin &O) {
          if (O.Kind != Origin::Link && O.Kind != Origin::Param) return true;
          if (O.Kind == Origin::Link && O.What == "out") return true; // not exported (below)
          if (O.Kind == Origin::Link && O.What != "param") return ConstObject(O);
          const Decl *N = O.Named;
          if (const auto *PV = dyn_cast_or_null<ParmVarDecl>(N))
            N = dyn_cast<Decl>(PV->getDeclContext());
          const auto *M = dyn_cast_or_null<CXXMethodDecl>(N);
          return M && M->getParent() == Fld->getParent();
        });
    if (RunTime) Other(Sym, KeyParams, KeyNamed);
    // What another unit's function wrote through an out-parameter first
    // (`decode(in, &buf); ctx->data = buf;`): two links deep, common in
    // parsers and rare for keys; left out to keep the facts small, except
    // for a field named as a key (`derive_key(kdf, pw, salt, k); key_ =
    // k;`), where it is the key.
    if (!KeyNamed)
      llvm::erase_if(P.Origins,
                     [](const Origin &O) { return O.Kind == Origin::Link && O.What == "out"; });
    if (P.Origins.empty()) continue;
    if (auto V = valueFact(S, W, P)) {
      // Filled at run time, but in this unit only by the class's own
      // constructors and setters (`KeyManager() : tmk_(kFactoryMasterKey)`
      // beside `KeyManager(const Key16 &k) : tmk_(k)`): a constant it puts
      // there is what an object so made holds, as a read in this unit sees
      // it ("own"), not a default some outside writer replaces.
      if (RunTime && llvm::all_of(S.index().writes(Fld), [&](const Write &Wr) {
            const auto *M = dyn_cast_or_null<CXXMethodDecl>(Wr.Fn);
            return M && M->getParent() == Fld->getParent();
          }))
        (*V)["own"] = true;
      Members.push_back(json::Object{{"symbol", Sym}, {"value", std::move(*V)}});
    }
  }
  // The integer globals of other units (or of this one) the unit changes
  // (assigns, passes by address): their initializers are not their values.
  std::set<std::string> Modified;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD || !VD->hasExternalFormalLinkage() || VD->getType().isConstQualified() ||
        !VD->getType()->isIntegralOrEnumerationType() || VD != VD->getMostRecentDecl())
      continue;
    if (writtenGlobal(S, VD))
      if (std::string Sym = linkageName(VD); !Sym.empty()) Modified.insert(Sym);
  }
  // The fields with a default member initializer this unit writes or may
  // change otherwise (UnitIndex::changedIndirectly): for the other units, the
  // default is not all such a field holds.
  std::set<std::string> Overridden;
  {
    auto Note = [&](const FieldDecl *F) {
      if (!F->hasInClassInitializer()) return;
      if (std::string Sym = memberLinkName(F); !Sym.empty()) Overridden.insert(Sym);
    };
    for (const FieldDecl *F : S.index().writtenFields()) Note(F);
    for (const FieldDecl *F : S.index().indirectlyChangedFields()) Note(F);
  }
  // Calls of functions defined elsewhere: what their data arguments hold.
  // A copy: the analysis may index more calls (a header's body) as it goes.
  std::vector<std::pair<const FunctionDecl *, std::vector<const CallExpr *>>> AllCalls;
  for (const auto &KV : PA.calls()) AllCalls.emplace_back(KV.first, KV.second);
  // A value passed again to the same parameter (the same variable handed to
  // every call of a helper) is exported once: the link step keeps the first
  // path to each definition anyway, so the later copies, which differ only
  // in the call's place, never change an answer. Large units pass one object
  // (a context, a reply) to hundreds of calls.
  std::set<std::string> SeenCalls;
  // An argument of a call or construction another unit defines: the
  // algorithms and option bits it names (any type), and whether it holds
  // data (data types) or else a size; false when it carries nothing.
  auto argumentFacts = [&](const Expr *A, json::Object &Sel, std::string &Key, bool &Data) {
    selectionFacts(S, W, A, Sel, Key, /*Argument=*/true);
    Data = isDataType(A->getType()) && !passedContext(SM, A);
    if (!Data && Sel.empty()) sizeFacts(S, W, A, Sel, Key);
    return Data || !Sel.empty();
  };
  // The calls of one function (\p Sym) defined elsewhere: \p ReturnsData, it
  // may return data (`id(k)`): its calls' arguments are also exported by
  // the call's place, which the link of the call's return value names
  // ("site"); \p WritesData, it may write data through a parameter;
  // \p Method, an operator call's first argument is its object.
  auto ExportCalls = [&](const std::string &Sym, StringRef CalleeName, bool ReturnsData,
                         bool WritesData, ArrayRef<const Expr *> CEs, bool Method) {
    for (const Expr *CE : CEs) {
      unsigned Shift = isa<CXXOperatorCallExpr>(CE) && Method ? 1 : 0;
      // A call's arguments, or an Objective-C message's.
      std::vector<const Expr *> Args;
      if (const auto *Call = dyn_cast<CallExpr>(CE))
        Args.assign(Call->arg_begin(), Call->arg_end());
      else if (const auto *ME = dyn_cast<ObjCMessageExpr>(CE))
        Args.assign(ME->arg_begin(), ME->arg_end());
      // The call also hands over the address of a local record of the
      // caller (`buf_append(&b, key, n)`): its fields are exported to the
      // later calls it is passed to ("into-local" below).
      auto LocalRecord = [](const Expr *E) {
        const auto *UO = dyn_cast<UnaryOperator>(E->IgnoreParenImpCasts());
        if (!UO || UO->getOpcode() != UO_AddrOf) return false;
        const auto *DRE = dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenImpCasts());
        const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
        return VD && VD->hasLocalStorage() && VD->getType()->isRecordType();
      };
      bool IntoLocal = isa<CallExpr>(CE) && llvm::any_of(Args, LocalRecord);
      for (unsigned I = Shift; I < Args.size(); ++I) {
        const Expr *A = Args[I];
        json::Object Sel;
        std::string Key;
        bool Data = false;
        if (!argumentFacts(A, Sel, Key, Data)) continue;
        const Prov *P = Data ? &PA.of(A) : nullptr;
        // `if (strcmp(o->cipher, "BF-CBC") == 0) ...; else init(o->cipher)`:
        // the branch leaves out the constant it was compared with.
        Prov Guarded;
        if (P && llvm::any_of(P->Origins, [](const Origin &O) {
              return O.Kind == Origin::Const && O.Bytes && !O.Transformed;
            }))
          if (std::vector<std::string> Out = stringsRuledOut(S, A); !Out.empty()) {
            Guarded = *P;
            llvm::erase_if(Guarded.Origins, [&](const Origin &O) {
              return O.Kind == Origin::Const && O.Bytes &&
                     is_contained(Out, StringRef(*O.Bytes).split('\0').first.str());
            });
            P = &Guarded;
          }
        if (P) Key += provKey(*P);
        // Input by its record's names (`cmd->argv[1]`): not in the provenance key.
        const FieldDecl *ReqField = Data ? requestFieldOf(S.catalog(), A) : nullptr;
        if (ReqField) Key += "\x01" + ReqField->getName().str();
        // A callee that may fill another argument (`to_hex(key, n, out)`)
        // with this one: the call's place too, for the link of what it
        // writes there ("out" links name the call), when the argument
        // carries key material, another unit's data or literal bytes.
        bool Site = Data && (ReturnsData || (WritesData && P && siteData(*P)));
        if (Site) Key.append(reinterpret_cast<const char *>(&CE), sizeof CE);
        bool Into = IntoLocal && !LocalRecord(A);
        if (Into) Key += "\x02";
        if (!SeenCalls.insert(Sym + "\n" + std::to_string(I - Shift) + "\n" + Key).second) continue;
        auto V = P ? valueFact(S, W, *P) : std::nullopt;
        if (!Sel.empty()) {
          if (!V) V = json::Object();
          for (auto &KV : Sel) (*V)[KV.first] = std::move(KV.second);
        }
        // Untrusted input handed to another unit's function (a command's
        // argument read from a socket): "input", for a match of that
        // parameter there (hidden-input queries with a "param").
        if (P && (P->Input || P->InputParam || ReqField))
          if (std::optional<json::Object> In = inputFact(S, W, *P, CE, CalleeName, A)) {
            if (!V) V = json::Object();
            (*V)["input"] = std::move(*In);
          }
        if (!V) continue;
        // An argument written into a local record of the caller (the
        // record's own argument aside): what a question about any object
        // of the record's type leaves to the question about that record.
        if (Into) (*V)["into-local"] = true;
        // The argument ("argument passed here" at "at") is the last step of
        // each origin's path: the reader appends it.
        json::Object C{{"symbol", Sym},
                       {"index", int64_t(I - Shift)},
                       {"at", W.loc(A->getBeginLoc())},
                       {"value", std::move(*V)}};
        if (Site) C["site"] = W.loc(CE->getBeginLoc());
        Calls.push_back(std::move(C));
      }
      // An object passed by address (`&k_builtin`) or by reference whose
      // initializer or assignments (`c.alg = kCCAlgorithmDES;`) set its
      // fields: what each field holds, for a callee that reads `src->data`
      // ("field:data" links, Provenance's ofDecl).
      for (unsigned I = Shift; I < Args.size(); ++I) {
        const Expr *A = Args[I]->IgnoreParenImpCasts();
        if (const auto *UO = dyn_cast<UnaryOperator>(A); UO && UO->getOpcode() == UO_AddrOf)
          A = UO->getSubExpr()->IgnoreParenImpCasts();
        // One element of another unit's `const` table (`&arch_formats[ARCH_FMT_V1]`):
        // each field is what that element's initializer puts there
        // ("objfield:[1].cipher" links, the defining unit's "objects").
        if (const auto *AS = dyn_cast<ArraySubscriptExpr>(A)) {
          const auto *BD = dyn_cast<DeclRefExpr>(AS->getBase()->IgnoreParenImpCasts());
          const auto *AV = BD ? dyn_cast<VarDecl>(BD->getDecl()) : nullptr;
          const RecordDecl *RD = AS->getType()->getAsRecordDecl();
          Expr::EvalResult IR;
          if (!AV || !RD || RD->isUnion() || !definedElsewhere(AV) ||
              !AV->getType().isConstQualified() || AS->getIdx()->isValueDependent() ||
              !AS->getIdx()->EvaluateAsInt(IR, Ctx))
            continue;
          std::string Obj = linkageName(AV);
          if (Obj.empty()) continue;
          std::string Index = std::to_string(IR.Val.getInt().getExtValue());
          for (const FieldDecl *F : RD->fields()) {
            if (!F->getDeclName().isIdentifier()) continue;
            Origin O;
            O.Kind = Origin::Link;
            O.What = "objfield:[" + Index + "]." + F->getName().str();
            O.Symbol = Obj;
            O.Named = AV;
            Prov P;
            P.Unknown = true;
            P.Origins.push_back(std::move(O));
            auto V = valueFact(S, W, P);
            if (!V) continue;
            Calls.push_back(json::Object{{"symbol", Sym},
                                         {"index", int64_t(I - Shift)},
                                         {"field", F->getName().str()},
                                         {"at", W.loc(Args[I]->getBeginLoc())},
                                         {"value", std::move(*V)}});
          }
          continue;
        }
        const auto *DRE = dyn_cast<DeclRefExpr>(A);
        const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
        if (!VD || !VD->getType()->isRecordType()) continue;
        const VarDecl *Def = VD->getDefinition() ? VD->getDefinition() : VD;
        const auto *IL = dyn_cast_or_null<InitListExpr>(
            Def->getInit() ? Def->getInit()->IgnoreParenImpCasts() : nullptr);
        if (IL && IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
        const RecordDecl *RD = VD->getType()->getAsRecordDecl();
        if (!RD || RD->isUnion() || (IL && IL->getType()->getAsRecordDecl() != RD)) continue;
        // The fields of a record held by value (`rec.diag.session_key`) by
        // their path, "diag.session_key" (at most two levels down).
        std::function<void(const RecordDecl *, const InitListExpr *, const std::string &, unsigned)>
            Fields = [&](const RecordDecl *RD, const InitListExpr *IL, const std::string &Prefix,
                         unsigned Depth) {
        unsigned FI = 0;
        for (const FieldDecl *F : RD->fields()) {
          std::vector<const Expr *> Inits;
          if (IL && FI < IL->getNumInits()) Inits.push_back(IL->getInit(FI));
          ++FI;
          if (!F->getDeclName().isIdentifier()) continue;
          if (const RecordDecl *NR = F->getType()->getAsRecordDecl();
              NR && !NR->isUnion() && NR->getDefinition() && !F->getType()->isPointerType() &&
              !SM.isInSystemHeader(SM.getFileLoc(NR->getLocation()))) {
            if (Depth < 2) {
              const auto *NIL = dyn_cast_or_null<InitListExpr>(
                  Inits.empty() ? nullptr : Inits.front()->IgnoreParenImpCasts());
              if (NIL && NIL->isSyntacticForm() && NIL->getSemanticForm())
                NIL = NIL->getSemanticForm();
              Fields(NR->getDefinition(), NIL, Prefix + F->getName().str() + ".", Depth + 1);
            }
            continue;
          }
          // `c.alg = ...` of this very object, anywhere in the unit.
          auto Implicit = [&](const Expr *E) {
            return isa<ImplicitValueInitExpr>(E->IgnoreParenImpCasts()) ||
                   E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
          };
          bool Assigned = false;
          for (const Write &Wr : S.index().writes(F))
            if (Wr.Root == VD && Wr.Kind == Write::Assign && Wr.E && !is_contained(Inits, Wr.E)) {
              Inits.push_back(Wr.E);
              Assigned |= !Implicit(Wr.E);
            } else if (Wr.Kind == Write::Call && Wr.Arg != ~0u && Wr.E) {
              // A library call that fills the field whole before the call
              // (`RAND_bytes(key.bytes.data(), n)`): what the field then
              // holds, read at the filling argument.
              const auto *FC = dyn_cast<CallExpr>(Wr.E);
              if (FC && FC != CE && Wr.Arg < FC->getNumArgs() && PA.model(FC) &&
                  (Wr.Root ? Wr.Root == VD : objectOf(FC->getArg(Wr.Arg)) == VD) &&
                  SM.isBeforeInTranslationUnit(FC->getBeginLoc(), CE->getBeginLoc()) &&
                  !is_contained(Inits, FC->getArg(Wr.Arg))) {
                Inits.push_back(FC->getArg(Wr.Arg));
                Assigned = true;
              }
            }
          // A helper of this unit that filled the object before the call
          // (`agent_event_opts_init(&ev); agent_event_channel_open(&ev, fd);`):
          // what it assigns to the field through its parameter.
          if (VD->hasLocalStorage())
            for (const Write &Wr : S.index().writes(VD)) {
              const auto *HC = Wr.Kind == Write::Call ? dyn_cast_or_null<CallExpr>(Wr.E) : nullptr;
              const FunctionDecl *H = HC ? HC->getDirectCallee() : nullptr;
              if (!H || !H->hasBody() || Wr.Arg == ~0u || HC == CE ||
                  !SM.isBeforeInTranslationUnit(HC->getBeginLoc(), CE->getBeginLoc()))
                continue;
              for (const Write &FW : PA.fieldWrites(H, Wr.Arg, F))
                if (FW.Kind == Write::Assign && FW.E && !is_contained(Inits, FW.E)) {
                  Inits.push_back(FW.E);
                  Assigned |= !Implicit(FW.E);
                }
            }
          // `struct cfg c = {0}; c.iv = iv;`: the implicit zero is overwritten.
          if (Assigned) llvm::erase_if(Inits, Implicit);
          // Functions of other units that filled the object before the call
          // (`buf_append(&b, key, n); buf_send(fd, &b);`): what each of those
          // calls writes into the field ("outfield:NAME" with the call's
          // place, answered with that call's arguments).
          std::optional<json::Object> Filled;
          if (Depth == 0 && VD->hasLocalStorage() && isDataType(F->getType())) {
            Prov L = PA.fillsElsewhere(VD, F, CE);
            llvm::erase_if(L.Origins, [&](const Origin &O) {
              return O.Named && SM.isInSystemHeader(O.Named->getLocation());
            });
            if (L.Origins.size() > 16) L.Origins.resize(16);
            if (!L.Origins.empty()) Filled = valueFact(S, W, L);
          }
          if (Inits.empty() && !Filled) continue;
          // An algorithm or option bits in an integer field (`{kCCAlgorithmDES,
          // kCCOptionECBMode}`), the data of a data field.
          json::Object Sel;
          std::string Key;
          std::optional<json::Object> V;
          for (const Expr *Init : Inits) {
            json::Object One;
            selectionFacts(S, W, Init, One, Key, /*Argument=*/false);
            // A setting spelled with a catalog name (SSL_VERIFY_NONE).
            if (F->getType()->isIntegralOrEnumerationType() && !One.get("ints")) {
              json::Object Named;
              std::string Unused;
              sizeFacts(S, W, Init, Named, Unused);
              if (json::Array *Is = Named.getArray("ints")) {
                json::Array Keep;
                for (json::Value &X : *Is)
                  if (X.getAsObject()->get("name")) Keep.push_back(std::move(X));
                if (!Keep.empty()) One["ints"] = std::move(Keep);
              }
            }
            mergeFacts(Sel, std::move(One));
            if (!isDataType(F->getType())) continue;
            if (auto D = valueFact(S, W, PA.of(Init))) {
              if (!V) V = json::Object();
              mergeFacts(*V, std::move(*D));
            }
          }
          if (!Sel.empty()) {
            if (!V) V = json::Object();
            for (auto &KV : Sel) (*V)[KV.first] = std::move(KV.second);
          }
          if (Filled) {
            if (!V) V = json::Object();
            mergeFacts(*V, std::move(*Filled));
          }
          if (!V) continue;
          // "argument passed here" at "at": appended to the constants',
          // algorithms' and integers' notes.
          Calls.push_back(json::Object{{"symbol", Sym},
                                       {"index", int64_t(I - Shift)},
                                       {"field", Prefix + F->getName().str()},
                                       {"at", W.loc(Args[I]->getBeginLoc())},
                                       {"value", std::move(*V)}});
        }
        };
        Fields(RD, IL, "", 0);
      }
    }
  };
  auto WritesDataParam = [](QualType T) {
    if (spanView(T)) { // std::span<uint8_t>: its elements
      QualType Et = spanElement(T);
      return Et->isCharType() || Et->isIntegerType();
    }
    if (!(T->isPointerType() || T->isReferenceType()) || !writableHandle(T)) return false;
    QualType Pt = T->getPointeeType();
    return Pt->isVoidType() || Pt->isCharType() || Pt->isRecordType(); // bytes, a string
  };
  for (const auto &KV : AllCalls) {
    const FunctionDecl *Callee = KV.first;
    if (!Callee || Callee->hasBody() || SM.isInSystemHeader(Callee->getLocation())) continue;
    std::string Sym = linkageName(Callee);
    if (Sym.empty()) continue;
    std::vector<const Expr *> CEs;
    for (const CallExpr *CE : KV.second)
      if (!PA.model(CE)) CEs.push_back(CE);
    if (CEs.empty()) continue;
    // (A method that may change its object writes data through `this`.)
    const auto *CMD = dyn_cast<CXXMethodDecl>(Callee);
    ExportCalls(Sym, displayName(Callee), isDataType(Callee->getReturnType()),
                (CMD && !CMD->isStatic() && !CMD->isConst()) ||
                    llvm::any_of(Callee->parameters(),
                                 [&](const ParmVarDecl *PD) { return WritesDataParam(PD->getType()); }),
                CEs, isa<CXXMethodDecl>(Callee));
  }
  // Calls through a pointer the unit sets to functions another unit
  // defines (a table of handlers `{0xC2, "unlock", handle_unlock}` called as
  // `c->fn(st, payload, n)`): calls of each of them.
  std::vector<std::pair<std::string, const FunctionDecl *>> Pointed;
  for (const auto &KV : S.index().indirectCalls())
    if (const FunctionDecl *F = KV.first;
        F && !F->hasBody() && !SM.isInSystemHeader(F->getLocation()) && !F->isVariadic())
      if (std::string Sym = linkageName(F); !Sym.empty()) Pointed.push_back({Sym, F});
  llvm::sort(Pointed);
  for (const auto &[Sym, Callee] : Pointed) {
    std::vector<const Expr *> CEs;
    for (const CallExpr *CE : S.index().indirectCalls().find(Callee)->second) CEs.push_back(CE);
    ExportCalls(Sym, displayName(Callee), isDataType(Callee->getReturnType()),
                llvm::any_of(Callee->parameters(),
                             [&](const ParmVarDecl *PD) { return WritesDataParam(PD->getType()); }),
                CEs, false);
  }
  // Functions another unit defines that a framework calls back with
  // untrusted input (`cb.auth_password_function = check_password`, with
  // check_password in auth.c): the input each receiving parameter gets, as
  // a call's argument.
  for (const ProvenanceAnalysis::InputCallback &IC : PA.inputCallbacks()) {
    const FunctionDecl *F = IC.Fn;
    if (F->hasBody() || SM.isInSystemHeader(F->getLocation()) || !outsiderInput(IC.Kind)) continue;
    std::string Sym = linkageName(F);
    if (Sym.empty()) continue;
    for (int I : IC.Params) {
      if (I < 0 || unsigned(I) >= F->getNumParams() ||
          !SeenCalls.insert(Sym + "\n" + std::to_string(I) + "\n\x03").second)
        continue;
      json::Array Notes;
      Notes.push_back(W.note(IC.Reg->getBeginLoc(), "the callback is registered here"));
      json::Object In{{"kind", inputKindName(IC.Kind)},
                      {"desc", "input delivered through '" + IC.Through + "'"},
                      {"notes", std::move(Notes)}};
      Calls.push_back(json::Object{{"symbol", Sym},
                                   {"index", int64_t(I)},
                                   {"at", W.loc(IC.Reg->getBeginLoc())},
                                   {"value", json::Object{{"input", std::move(In)}}}});
    }
  }
  // Calls through a field another unit fills (`ops->open(...)`, a
  // std::function member): calls of the functions stored there, by the
  // field's symbol; the parameter types are the field's.
  for (const auto &[CE, Slot] : S.index().slotCalls()) {
    std::string Sym = slotSymbol(Slot);
    if (Sym.empty()) continue;
    QualType T = Slot->getType();
    const FunctionProtoType *FPT = nullptr;
    if (T->isFunctionPointerType()) {
      FPT = T->getPointeeType()->getAs<FunctionProtoType>();
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      const auto *MD = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
      FPT = MD ? MD->getType()->getAs<FunctionProtoType>() : nullptr;
    }
    if (!FPT) continue;
    ExportCalls(Sym, Slot->getName(), isDataType(FPT->getReturnType()),
                llvm::any_of(FPT->getParamTypes(), WritesDataParam), {CE},
                !T->isFunctionPointerType());
  }
  // Messages to Objective-C methods another unit implements (declared in a
  // project's header): what their arguments hold, for the "param" links of
  // that method (`[_store importKey:kRecoveryKey]`).
  std::vector<std::pair<std::string, const ObjCMethodDecl *>> Sent;
  for (const auto &KV : S.index().messages())
    if (std::string Sym = objcMethodSymbol(KV.first); !Sym.empty()) Sent.push_back({Sym, KV.first});
  llvm::sort(Sent);
  for (const auto &[Sym, MD] : Sent) {
    const std::vector<const ObjCMessageExpr *> &MEs = S.index().messages().find(MD)->second;
    std::vector<const Expr *> Sends;
    for (const ObjCMessageExpr *ME : MEs)
      if (!PA.model(ME) && !methodDefinition(ME)) Sends.push_back(ME);
    if (Sends.empty()) continue;
    ExportCalls(Sym, MD->getSelector().getAsString(), isDataType(MD->getReturnType()),
                llvm::any_of(MD->parameters(),
                             [&](const ParmVarDecl *PD) { return WritesDataParam(PD->getType()); }),
                Sends, false);
  }
  // Constructions of classes whose constructor another unit defines
  // (`Verifier v(kLegacyKey)`): what their data arguments hold and the
  // algorithms they name, for the "param" links of that constructor.
  std::vector<std::pair<const CXXConstructorDecl *, std::vector<const CXXConstructExpr *>>> Ctors(
      S.index().constructs().begin(), S.index().constructs().end());
  for (const auto &[CD, CEs] : Ctors) {
    if (!CD || CD->hasBody() || CD->isDefaulted() || CD->isCopyOrMoveConstructor() ||
        SM.isInSystemHeader(CD->getLocation()))
      continue;
    std::string Sym = linkageName(CD);
    if (Sym.empty()) continue;
    for (const CXXConstructExpr *CE : CEs) {
      if (PA.model(CE)) continue;
      for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
        const Expr *A = CE->getArg(I);
        if (isa<CXXDefaultArgExpr>(A)) continue;
        json::Object Sel;
        std::string Key;
        bool Data = false;
        if (!argumentFacts(A, Sel, Key, Data)) continue;
        const Prov *P = Data ? &PA.of(A) : nullptr;
        if (P) Key += provKey(*P);
        // The construction's place too, for a "this-return" link naming it
        // (what the constructor stores in the object's fields), when the
        // argument carries key material, another unit's data or literal bytes.
        bool Site = P && siteData(*P);
        if (Site) Key.append(reinterpret_cast<const char *>(&CE), sizeof CE);
        if (!SeenCalls.insert(Sym + "\n" + std::to_string(I) + "\n" + Key).second) continue;
        auto V = P ? valueFact(S, W, *P) : std::nullopt;
        if (!Sel.empty()) {
          if (!V) V = json::Object();
          for (auto &KV : Sel) (*V)[KV.first] = std::move(KV.second);
        }
        if (!V) continue;
        json::Object C{{"symbol", Sym},
                       {"index", int64_t(I)},
                       {"at", W.loc(A->getBeginLoc())},
                       {"value", std::move(*V)}};
        if (Site) C["site"] = W.loc(CE->getBeginLoc());
        Calls.push_back(std::move(C));
      }
    }
  }
  json::Array Queries;
  if (FactRecorder *R = FactRecorder::active()) {
    for (json::Value &Q : R->take()) {
      W.compact(Q); // built with locFact and linkFact
      Queries.push_back(std::move(Q));
    }
    // Facts the analyses added about the unit's functions (see functionFact).
    std::map<std::string, size_t> Index;
    for (size_t I = 0; I < Functions.size(); ++I)
      if (auto Sym = Functions[I].getAsObject()->getString("symbol")) Index[Sym->str()] = I;
    for (FactRecorder::FunctionFact &F : R->takeFunctionFacts()) {
      auto It = Index.find(F.Symbol);
      if (It == Index.end()) {
        It = Index.insert({F.Symbol, Functions.size()}).first;
        Functions.push_back(json::Object{{"symbol", F.Symbol}, {"name", F.Name}});
      }
      W.compact(F.V);
      (*Functions[It->second].getAsObject())[F.Key] = std::move(F.V);
    }
  }
  json::Array Graph = callGraph(S, W);
  // The unit's seedings of global generators (srand(time(NULL))): another
  // unit's rand() draws from the same generator ("seed" queries).
  json::Array Seeds;
  for (const UnitSeeding &U : unitSeedings(S)) {
    json::Object X{{"by", U.By}, {"at", W.loc(U.At->getBeginLoc())}};
    if (U.Seed) X["seed"] = U.Seed->Seed.toJson();
    Seeds.push_back(std::move(X));
  }
  json::Object Out{{"version", FactsVersion},
                   {"files", W.takeFiles()},
                   {"consts", W.take(FactWriter::Consts)},
                   {"links", W.take(FactWriter::Links)},
                   {"secrets", W.take(FactWriter::Secrets)},
                   {"functions", arrayOf(std::move(Functions))},
                   {"objects", arrayOf(std::move(Objects))},
                   {"calls", arrayOf(std::move(Calls))},
                   {"queries", std::move(Queries)},
                   {"callgraph", std::move(Graph)}};
  if (!Seeds.empty()) Out["seeds"] = std::move(Seeds);
  if (!Members.empty()) Out["members"] = std::move(Members);
  if (!Overridden.empty()) {
    json::Array M;
    for (const std::string &Sym : Overridden) M.push_back(Sym);
    Out["defaults-overridden"] = std::move(M);
  }
  if (!Modified.empty()) {
    json::Array M;
    for (const std::string &Sym : Modified) M.push_back(Sym);
    Out["modifies"] = std::move(M);
  }
  return Out;
}

} // namespace backdoor
