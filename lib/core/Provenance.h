//===--- Provenance.h - where data comes from -------------------*- C++ -*-===//
//
// Data provenance for secrets: is the data an expression holds or points to
// constant (compiled into the program), external (RNG, file, environment,
// network, user), or not understood? Demand-driven and memoized per
// translation unit. It follows literals, initializer lists, const and static
// arrays, #define macros, struct members (aggregate initializers, constructor
// initializers, assignments), std::string/vector/array built from literals,
// copies (memcpy, strcpy, std::copy, loops writing elements), arithmetic
// "obfuscation" (XOR, add, rotate) of constant bytes, helpers of the
// translation unit through per-function summaries (what their return value
// and out-parameters are made of, in terms of their parameters), wrapper
// parameters back to their call sites, and lambdas.
//
// Constants combined with non-constant data (a prefix and a user secret) are
// "partial" and are not reported as hardcoded; alternatives (a constant
// default when loading fails) are kept whole. A buffer cleared with zeros and
// then filled from elsewhere is not a constant.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_PROVENANCE_H
#define BACKDOOR_PROVENANCE_H

#include "catalog/Catalog.h"
#include "core/UnitIndex.h"
#include "core/Values.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace backdoor {

/// One way data can originate: a constant, key material (a generated,
/// derived, exported or random key), (inside summaries) a parameter, or
/// (Link) something another translation unit defines: an extern object, the
/// return value or an out-parameter of a function without a body here, or a
/// parameter of an externally visible function whose callers may be
/// elsewhere. Link origins count as non-constant here; the CLI's link step
/// resolves them from the other units' facts (core/Summary.h).
struct Origin {
  enum KindTy { Const, Param, Secret, Link } Kind = Const;
  std::string What;   // for Secret: "the private key exported by ..."
                      // for Link: "object", "return", "out", "param"
  std::string Symbol; // for Link: the linkage name (core/Summary.h)

  unsigned ParamIndex = 0;
  const clang::Expr *Def = nullptr;        // the literal or initializer
  const clang::NamedDecl *Named = nullptr; // the variable or field holding it
  std::vector<Step> Path;                  // from the definition towards the use
  std::optional<std::string> Bytes;        // the exact bytes, when untransformed
  bool Partial = false;                    // combined with data that is not constant
  bool Transformed = false;                // computed from the constant (decoded, XORed)
  bool Clearing = false;                   // an all-zero initializer or memset(0)
  /// (Clearing) the zeros reach the use on some path that no other write of
  /// the local takes (`memset(key, 0, n); if (pass) derive(pass, key);
  /// setkey(key)`): a value of their own, beside what fills it.
  bool ZeroReaches = false;
  /// (Param, Link) through a one-way function (a hash, a MAC): the
  /// argument's constants stay constant, its key material does not survive.
  bool Hashed = false;
  /// (Link) stored in a variable named like a password hash (`login_hash =
  /// make_login_hash(key, pw)`, catalog `password-hash-name`): a derived key
  /// it answers with is a verifier, not key material.
  bool Verifier = false;
  /// (Link "return") the call of the function defined elsewhere (or the
  /// Objective-C message to a method implemented elsewhere): its arguments
  /// answer the link when that function returns a parameter.
  const clang::Expr *Site = nullptr;
  /// (Link "out") the variable or field the call fills is named
  /// or used as a key: random or predictable bytes another unit's function
  /// puts there are key material.
  const clang::ValueDecl *IntoKey = nullptr;
  /// (Const) an entry of a name-keyed table a function returns only when
  /// its parameter \c KeyArg equals \c KeyIs (`if (strcmp(tab[i].name,
  /// name) == 0) return tab[i].value;`): a call passing another name does
  /// not get it. -1: no such condition.
  int KeyArg = -1;
  std::string KeyIs;
  /// (Link "this-return") the earlier calls, by symbol and call, of methods
  /// another unit defines on the same local object: what they wrote into
  /// the fields the method returns is its value.
  std::vector<std::pair<std::string, const clang::Expr *>> ThisCalls;
};

struct Prov {
  std::vector<Origin> Origins;
  bool External = false; // RNG, file, environment, network, user input
  bool Unknown = false;  // not understood
  /// Some of what is not understood is not another unit's (a Link origin's)
  /// to answer: the data may be a run-time value whatever the links are.
  bool Opaque = false;
  /// Guessable randomness (rand(), mt19937) went into the data: the call.
  const clang::Expr *Predictable = nullptr;
  /// A random number generator filled the data: the call.
  const clang::Expr *Random = nullptr;
  /// Untrusted input went into the data (a model with `input:`, see
  /// rules/hidden.yaml): the call that read it, or main's parameter.
  const clang::Expr *Input = nullptr;
  const clang::ParmVarDecl *InputParam = nullptr;
  bool hasInput() const { return Input || InputParam; }
  /// Constant origins that may be the whole value, not cleared.
  std::vector<const Origin *> wholeConstants() const;
  bool hasNonConstant() const;
  /// Nothing but a generator's output: no input, nothing unknown, no origin
  /// but cleared zeros (what an "into-key" fill may turn into a key).
  bool generatedOnly() const;
  /// Key material the data carries (Secret origins).
  std::vector<const Origin *> secrets() const;
};

class ProvenanceAnalysis {
public:
  ProvenanceAnalysis(clang::ASTContext &Ctx, const Catalog &Cat, ValueResolver &V, UnitIndex &Idx)
      : Ctx(Ctx), Cat(Cat), V(V), Idx(Idx) {}

  /// The provenance of the data E holds or points to, resolved to the
  /// translation unit's call sites for parameters.
  const Prov &of(const clang::Expr *E);

  /// Data absorbed into a handle (CryptHashData into a hash object, ...)
  /// before Use, within Use's function.
  Prov absorbedInto(const clang::Expr *Handle, const clang::Expr *Use);

  /// The function whose body holds E (null outside any).
  const clang::FunctionDecl *enclosingFunction(const clang::Expr *E);
  /// For a tokenizer call continuing a string (`strtok(NULL, " ")`): the
  /// argument \p Arg of the last call of the same function before it, in
  /// the same function body, that started on a string.
  const clang::Expr *tokenizerStart(const clang::CallExpr *CE, unsigned Arg);
  /// A function of this name is called somewhere in the main file.
  bool calledInUnit(llvm::StringRef Name);
  /// A function whose name matches the (case-insensitive) regex is called.
  bool calledInUnitMatching(llvm::StringRef Regex);
  /// A function of this name is called in the main file at least once where
  /// its result is used (not a statement of its own, not cast to void).
  bool calledInUnitReadingResult(llvm::StringRef Name);

  /// The function model of a call (by name, qualified name, or macro): the
  /// unit index's lookup (core/UnitIndex.h).
  const FunctionModel *model(const clang::CallExpr *CE) const { return Idx.model(CE); }
  const FunctionModel *model(const clang::CXXConstructExpr *CE) const { return Idx.model(CE); }
  const FunctionModel *model(const clang::ObjCMessageExpr *ME) const { return Idx.model(ME); }

  /// A function of the unit a framework calls back with untrusted input:
  /// handed to a registering call (`uv_read_start(s, alloc, on_read)`,
  /// catalog `input-callback`) or stored in a framework record's callback
  /// field (`cb.auth_password_function = on_password`, `{"http",
  /// http_cb}` of a `lws_protocols` table; catalog `input-fields`).
  struct InputCallback {
    const clang::FunctionDecl *Fn = nullptr; // canonical declaration
    const clang::Expr *Reg = nullptr; // the registering call, or the function's reference stored
    std::vector<int> Params;          // the parameters that receive the input
    InputKind Kind = InputKind::Network;
    std::string Through; // "uv_read_start", "lws_protocols::callback"
  };
  const std::vector<InputCallback> &inputCallbacks() {
    indexMainFile();
    return InputCallbackList;
  }
  /// The callback field a function reference stored in it registers
  /// (InputCallback::Reg of a field), or null.
  const InputFieldModel *inputFieldAt(const clang::Expr *Reg) const {
    return Reg ? InputFieldRegs.lookup(Reg) : nullptr;
  }

  /// What a function of the unit writes through its pointer parameter
  /// \p Param (null when it never writes through it).
  const Prov *writtenThrough(const clang::FunctionDecl *FD, unsigned Param);
  /// The arguments whose data the call \p CE copies into its argument
  /// \p Arg: a modelled copy's sources (`memcpy(out, src, n)`), the text a
  /// parser reads tokens from (`sscanf(line, "%s", verb)`), or the
  /// arguments a function of the unit writes through that parameter
  /// (`qs_get(req->query, "type", type, n)` copying out of its first).
  std::vector<const clang::Expr *> copiedFrom(const clang::CallExpr *CE, unsigned Arg);
  /// What a function of the unit writes into the field \p F of the object
  /// its parameter \p Param points to (`c->key = k_key;`), for export.
  Prov writtenField(const clang::FunctionDecl *FD, unsigned Param, const clang::FieldDecl *F);
  /// What the method \p M writes into the field \p F of its own object, in
  /// terms of its parameters (`buf_ += value`), for export ("this:NAME").
  /// (Through the methods it calls on `this` too.)
  Prov writtenThisField(const clang::FunctionDecl *M, const clang::FieldDecl *F,
                        unsigned Depth = 0);
  /// What the unit writes into the field \p F of any object, for export
  /// ("members"): its writes as alternatives, zero fills left out; only
  /// those that may carry a constant or key material. \p Uncarried is set
  /// when a write is left out as run-time data (a local, a pointer,
  /// another field).
  Prov writtenMember(const clang::FieldDecl *F, bool *Uncarried = nullptr);
  /// One of the unit's writes of the field \p F holds only data not
  /// understood or from outside (no constant, no key material).
  bool runTimeWrite(const clang::FieldDecl *F);
  /// The first of the unit's writes of the field \p F that stores untrusted
  /// input (`p->sub = p->data[0] << 8 | p->data[1]` after recv()), and the
  /// provenance of what it stores; none when no write does.
  std::optional<std::pair<Write, Prov>> inputWrite(const clang::FieldDecl *F);
  /// What a function of the unit returns, in terms of its parameters (Param
  /// origins), constants and Link origins: its summary, for export.
  const Prov &returnOf(const clang::FunctionDecl *FD);
  /// What an Objective-C method the unit implements returns (its parameters
  /// resolved to the messages that send it, here and, by Link origins, in
  /// other units).
  Prov methodReturn(const clang::ObjCMethodDecl *Def);
  /// The data a variable holds (its initializer and the writes of the unit).
  Prov ofVariable(const clang::VarDecl *VD) { return ofDecl(VD, nullptr, 0, true); }
  /// Every call of the main file, by callee.
  const UnitIndex::CallMap &calls() {
    indexMainFile();
    return Idx.calls();
  }
  /// The variable or field is used as a key: passed to a key parameter of a
  /// modelled API, or named like one.
  bool usedAsKey(const clang::ValueDecl *D);
  /// \p D's name, lower-case or split into words, matches the catalog
  /// pattern \p Pattern (`key-material-name`, `password-hash-name`).
  bool namedLike(const clang::ValueDecl *D, const char *Pattern);
  /// The main file calls a key source or a random generator (or constructs a
  /// key object): without one no key material can arise in this unit.
  bool keyMaterialPossible();
  /// The key material a modelled key source produces at this call (external
  /// data when exported under a wrapping key, or not of a private type).
  Prov keySource(const FunctionModel &M, const clang::Expr *Call);
  /// The call is a modelled input source whose data is untrusted: not a
  /// read from a file the program opened itself (fopen, open).
  bool untrustedInput(const FunctionModel &M, const clang::CallExpr *CE);
  /// The kind of input \p CE reads (\p M's, or the one its selector names:
  /// pam_get_item's PAM_RHOST a peer's name).
  InputKind inputKindOf(const FunctionModel &M, const clang::CallExpr *CE);
  /// \p Handle (an Objective-C file handle or stream) is one the program
  /// opened on a path or URL itself (catalog `file-open-selector-name`).
  bool openedFile(const clang::Expr *Handle);
  /// The values a variable is initialized with or assigned whole.
  std::vector<const clang::Expr *> assignedValues(const clang::ValueDecl *D);

  /// What other translation units may write into the field \p FD that
  /// \p Use reads: Link origins ("outfield:NAME" of a function of another
  /// unit the local object is passed to, or "member", the field of its type
  /// anywhere in the program); empty when none can.
  Prov fieldElsewhere(const clang::FieldDecl *FD, const clang::Expr *Use, bool AnyType = false);
  /// The data \p E points into is a field of the object a parameter of an
  /// exported function points to (`b->data + off`, `&b->data[i]`): what the
  /// callers in other units hold in that field of the object they pass
  /// ("field:data" of the parameter), asked whatever this unit writes into
  /// the field (a buffer builder's `buf_append` fills every buffer's data;
  /// the one `buf_send(fd, &b)` sends holds what that caller appended).
  std::optional<Prov> callersField(const clang::Expr *E);
  /// What functions of other units that fill the local object \p R whole
  /// before \p Before (`init_cfg(&c)`, `buf_append(&b, key, n)`) write into
  /// its field \p FD: "outfield:NAME" links carrying each call's place.
  Prov fillsElsewhere(const clang::VarDecl *R, const clang::FieldDecl *FD,
                      const clang::Expr *Before);
  /// The writes of a function of the unit into the field \p F of the object
  /// its parameter \p Param points to.
  std::vector<Write> fieldWrites(const clang::FunctionDecl *FD, unsigned Param,
                                 const clang::FieldDecl *F);

private:
  struct Summary {
    Prov Return;
    llvm::DenseMap<unsigned, Prov> Out; // pointer parameter -> data written through it
    /// Pointer parameters whose value the function stores (in a field, a
    /// variable): what they point to may be written later through the copy.
    llvm::DenseSet<unsigned> Escapes;
    bool Done = false;
  };

  Prov compute(const clang::Expr *E, unsigned Depth, bool TopLevel);
  Prov ofAt(const clang::Expr *E, unsigned Depth, bool TopLevel);
  Prov ofDecl(const clang::ValueDecl *D, const clang::Expr *Use, unsigned Depth, bool TopLevel);
  /// The key material the fields of the local record \p VD hold, added to
  /// \p P (the record used whole: sent, written, logged).
  void fieldSecrets(Prov &P, const clang::VarDecl *VD, unsigned Depth, bool TopLevel);
  /// Untrusted input one of the calls among \p Ws (writes of \p D) reads
  /// into it or, with \p Assignments, one of its assignments stores there,
  /// marked on \p Into (not its bytes): whether there was any.
  bool inputByWrites(Prov &Into, const clang::ValueDecl *D, std::vector<Write> Ws, unsigned Depth,
                     bool TopLevel, bool Assignments);
  /// \p Ws is the caller's own copy (see writes()): it stays valid while the
  /// analysis recurses.
  /// What the filter pipeline \p Src constructs writes into \p D (a sink at
  /// its end): none when \p Src pumps nothing there.
  std::optional<Prov> pipelineInto(const clang::CXXConstructExpr *Src, const clang::ValueDecl *D,
                                   unsigned Depth, bool TopLevel);
  Prov ofWrites(const clang::ValueDecl *D, const std::vector<Write> &Ws, const clang::Expr *Use,
                unsigned Depth, bool TopLevel, const Prov *Initial = nullptr);
  std::optional<Prov> lambdaElement(const clang::CXXMethodDecl *Op, unsigned Depth);
  Prov ofElement(Prov P, const clang::Expr *Idx, clang::QualType ElemT, unsigned Depth,
                 bool TopLevel);
  /// The difference of a pointer and its base (`strchr(kB64, c) - kB64`): a
  /// position, made of what the search looked for (the character, the
  /// needle), never of the table it points into.
  Prov searchPosition(const clang::Expr *Ptr, unsigned Depth, bool TopLevel);
  Prov ofCall(const clang::CallExpr *CE, unsigned Depth, bool TopLevel);
  Prov ofParamAtCallSites(const clang::ParmVarDecl *P, unsigned Depth);
  Prov applySummary(const Prov &S, const clang::CallExpr *CE, unsigned Depth, bool TopLevel);
  /// \p S (in terms of a callee's parameters) at a call or a construction
  /// whose arguments are \p Args: each Param origin is what its argument holds.
  Prov applyToArgs(const Prov &S, llvm::ArrayRef<const clang::Expr *> Args, unsigned Depth,
                   bool TopLevel);
  /// What the method \p M writes into the field \p F of its own object
  /// (`buf_.insert(buf_.end(), v.begin(), v.end())`, through the methods
  /// it calls on `this` too), in terms of its parameters: a summary.
  Prov thisFieldWrites(const clang::FunctionDecl *M, const clang::FieldDecl *F, unsigned Depth);
  std::map<std::pair<const clang::FunctionDecl *, const clang::FieldDecl *>, Prov> ThisFields;
  /// The methods called on a local object, by object; none when it escapes.
  std::unordered_map<const clang::VarDecl *,
                     std::optional<std::vector<const clang::CXXMemberCallExpr *>>>
      ObjectCalls;
  /// The methods called on the plain local object \p R (not a parameter,
  /// not a reference), in order; null when it is none or escapes (its
  /// address, a reference to it or a capture by reference handed on).
  const std::vector<const clang::CXXMemberCallExpr *> *objectCalls(const clang::VarDecl *R);
  /// A method another unit defines called on a local object whose earlier
  /// calls are of methods that unit defines too (`rep.add_field("rx", hex);
  /// post(rep.serialize())`): a "this-return" link naming those calls.
  std::optional<Origin> thisReturnLink(const clang::CXXMemberCallExpr *MC,
                                       const clang::FunctionDecl *FD);
  /// The field \p F of the local object \p R at \p Use: what its
  /// constructor and the methods called on it before write there, each at
  /// its call (`DiagReport r; r.add_bytes("rx", key); send(r.bytes())`), not
  /// what every object of the class is given. None when \p R is no plain
  /// local object (a parameter, a reference, its address or a reference to
  /// it handed on) or no method it is given writes \p F.
  std::optional<Prov> objectField(const clang::VarDecl *R, const clang::FieldDecl *F,
                                  const clang::Expr *Use, unsigned Depth, bool TopLevel);
  const Summary &summary(const clang::FunctionDecl *FD, unsigned Depth);
  /// Enters the summary mode of \p Def (its parameters are Param origins, its
  /// memo entries its own): false when nested too deep or already in
  /// progress. leaveSummary() undoes it.
  bool enterSummary(const clang::FunctionDecl *Def, unsigned Depth);
  void leaveSummary(const clang::FunctionDecl *Def);
  std::vector<const clang::FunctionDecl *> SavedSummaryOf;
  /// What the `return`s of a function's or a method's body hand back, as
  /// alternatives, each with its "value returned here" step (not
  /// understood when the body has none).
  Prov returnedValues(const clang::Stmt *Body, unsigned Depth, bool TopLevel);
  /// A copy: indexing a header's body later may add writes to the same declaration.
  std::vector<Write> writes(const clang::ValueDecl *D);
  /// The writes that fill the local object \p R whole: assignments of the
  /// whole object, and calls given the object's address (`localtime_r(&now,
  /// &tm)`, `init_cfg(&c)`). A copy, as writes().
  std::vector<Write> wholeFills(const clang::VarDecl *R);
  /// The one value the local pointer \p VD holds: its initializer, when
  /// nothing assigns, increments or takes the address of it; else null.
  const clang::Expr *pointerInit(const clang::VarDecl *VD);
  const clang::Expr *computePointerInit(const clang::VarDecl *VD);
  llvm::DenseMap<const clang::VarDecl *, const clang::Expr *> PointerInits;
  /// \p W replaces all the variable held: an assignment of it whole, a
  /// format or an encoding into it, a helper that writes it from its other,
  /// read-only arguments.
  bool overwrites(const Write &W, const clang::ValueDecl *D, unsigned Depth);
  /// \p E is written in a lambda's body.
  bool inLambda(const clang::Expr *E);
  /// \p W runs on every path to \p Use: a statement of a block that holds
  /// the use, after it, and in no branch of that block (structured code).
  bool runsBefore(const clang::Stmt *W, const clang::Expr *Use);
  /// The conditions of the earlier statements of the blocks around \p Use
  /// that leave the block when they hold (`if (hi < 0 || lo < 0) return;`
  /// after `hi = hexval(c)`), with no write of the local \p VD between the
  /// test and the use: a value of \p VD that makes one of them true (the
  /// error result -1) never reaches `hi << 4 | lo`.
  std::vector<const clang::Expr *> leavingGuards(const clang::VarDecl *VD, const clang::Expr *Use);
  /// \p E is inside a loop of its function.
  bool inLoop(const clang::Expr *E);
  /// The counted loop over every element of the array \p D in whose body
  /// \p W writes one element (`for (i = 0; i < 16; i++) key[i] = v;`).
  const clang::ForStmt *everyElementLoop(const Write &W, const clang::ValueDecl *D);
  /// A call in \p E of a predictable generator (`predictable-return`), or null.
  const clang::Expr *generatorCallIn(const clang::Expr *E);
  /// The write \p W, after \p Use in the source, reaches it on a loop's
  /// next iteration: a loop holds both and \p D is declared outside it
  /// (`while (recv(fd, &c, 1, 0) == 1) { if (c == '\n') return line;
  /// line.push_back(c); }`).
  bool loopCarried(const clang::Expr *W, const clang::Expr *Use, const clang::ValueDecl *D);
  /// Marks the cleared origins of \p P (the value of the local \p D at
  /// \p Use) whose zeros reach \p Use on a path of the function's CFG that
  /// passes none of the local's other writes.
  void markZeroPaths(const clang::VarDecl *D, const clang::Expr *Use, Prov &P);
  struct FunctionPaths;
  FunctionPaths *pathsOf(const clang::FunctionDecl *Fn);
  std::unordered_map<const clang::FunctionDecl *, std::shared_ptr<FunctionPaths>> Paths;
  void indexMainFile();
  Prov markKeyMaterial(Prov P, const clang::ValueDecl *D);
  /// Fn calls Callee after the statement At (At's function is Fn).
  bool callsAfter(const clang::FunctionDecl *Fn, const clang::FunctionDecl *Callee,
                  const clang::Expr *At);

  clang::ASTContext &Ctx;
  const Catalog &Cat;
  ValueResolver &V;
  UnitIndex &Idx;
  // Node-based maps: references into them (of(), summary(), writes()) stay
  // valid while the analysis recurses and adds entries.
  struct KeyHash {
    size_t operator()(const std::pair<const clang::Expr *, unsigned> &K) const {
      return std::hash<const void *>()(K.first) * 31 + K.second;
    }
  };
  using MemoMap = std::unordered_map<std::pair<const clang::Expr *, unsigned>, Prov, KeyHash>;
  MemoMap Memo;
  /// Results computed in summary mode (not top level) hold the Param origins
  /// of the function being summarized: one map per summary in progress,
  /// innermost last, dropped when its summary is done. Entering and leaving a
  /// summary costs constant time, so analysis stays linear in the number of
  /// functions (it used to copy the whole memo per summary).
  std::vector<std::unique_ptr<MemoMap>> SummaryMemos;
  MemoMap &memoFor(bool TopLevel) {
    return TopLevel || SummaryMemos.empty() ? Memo : *SummaryMemos.back();
  }
  llvm::DenseSet<std::pair<const clang::Expr *, unsigned>> InProgress;
  std::unordered_map<const clang::FunctionDecl *, Summary> Summaries;
  llvm::DenseSet<const clang::FunctionDecl *> SummaryInProgress;
  std::unordered_map<const clang::ObjCMethodDecl *, Prov> MethodReturns;
  llvm::DenseSet<const clang::ObjCMethodDecl *> MethodsInProgress;
  bool MainIndexed = false;
  llvm::StringSet<> CalledNames;
  llvm::StringSet<> ResultReadNames; // called with the result used
  bool ResultReadIndexed = false;
  int KeyMaterial = -1;                             // keyMaterialPossible(), computed once
  const clang::FunctionDecl *SummaryOf = nullptr;   // the function being summarized
  llvm::DenseSet<const clang::ValueDecl *> KeyArgs; // passed to key parameters
  // Functions a framework calls back with untrusted input, by their
  // canonical declaration (the first registration of each).
  std::vector<InputCallback> InputCallbackList;
  llvm::DenseMap<const clang::FunctionDecl *, unsigned> InputCallbackOf;
  llvm::DenseMap<const clang::Expr *, const InputFieldModel *> InputFieldRegs;
  /// What a parser (`input-parsed-from`: sscanf's tokens, cJSON_Parse's
  /// tree) makes of the text it reads: the text converted when the program
  /// holds it (true: \p P replaced), else \p P with that text's input.
  bool parsedFrom(const FunctionModel &M, const clang::CallExpr *CE, Prov &P, unsigned Depth,
                  bool TopLevel);
  /// The registration when \p P receives a framework's input, or null.
  const clang::Expr *inputCallbackOf(const clang::ParmVarDecl *P);
};

/// The modelled methods (with an `override` model) that a method definition
/// overrides, directly or through intermediate classes, nearest first.
std::vector<std::pair<const clang::CXXMethodDecl *, const FunctionModel *>>
overriddenModels(const Catalog &Cat, const clang::CXXMethodDecl *MD);

/// The expressions a returned value is made of: the value itself, or for a
/// container (`return {"3DES", "AES-256/GCM"};`, a local vector initialized
/// so) the string literals in it.
std::vector<const clang::Expr *> returnedLeaves(const clang::ReturnStmt *RS);

/// The variable or field whose storage an expression names (`key`, `&key`,
/// `key.data()`, `key + 8`, `key[i]`), or null.
const clang::ValueDecl *targetDecl(const clang::Expr *E);

/// A field that holds data (a pointer, an array, an object such as a
/// std::string), not a flag or a count.
bool dataField(const clang::FieldDecl *FD);

/// The field of its own object that every `return` of the method \p Def
/// hands back, whole or through a view of it (`return buf_;`, `return
/// key_.c_str();`), or concatenated with other data (`return "v1\n" +
/// buf_;`, \p Partial set); null when a return gives anything else.
const clang::FieldDecl *returnedThisField(const clang::FunctionDecl *Def, bool *Partial = nullptr);

/// Data another unit defines, for the link step: the \p What link ("out",
/// "return", "param"...) of \p D (parameter or position \p Index); no origin
/// when \p D has no linkage name.
Prov linkedValue(const char *What, const clang::NamedDecl *D, unsigned Index = 0);

/// Parameter positions, argument by argument, of a function model: the
/// first model of argument \p I of a call of \p FD (CallSite.h's paramAt
/// also weighs `when` clauses and named parameters).
const ParamModel *paramFor(const FunctionModel &M, const clang::FunctionDecl *FD, unsigned I);

} // namespace backdoor

#endif
