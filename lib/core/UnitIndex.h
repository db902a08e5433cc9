//===--- UnitIndex.h - the unit's calls, writes and models ------*- C++ -*-===//
//
// One index of the translation unit, built once and shared by the value
// resolver and the provenance analysis: every call of the main file by
// callee, every write to a variable, parameter or field (assignments,
// element writes, calls that may write through an argument, clearing,
// aggregate and constructor initializers), the constructors the main file
// uses, and the one lookup of a call's catalog model.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CORE_UNITINDEX_H
#define BACKDOOR_CORE_UNITINDEX_H

#include "catalog/Catalog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <unordered_map>
#include <optional>
#include <vector>

namespace backdoor {

/// One write to a variable, parameter or field.
struct Write {
  enum KindTy { Assign, Whole, Part, Call, Clear } Kind;
  const clang::Expr *E = nullptr;          // value written, source buffer, or call
  unsigned Arg = 0;                        // for Call: the argument position (~0u: the object)
  const clang::FunctionDecl *Fn = nullptr; // the function the write is in
  /// For a field: the variable whose member is written (`tv` of
  /// `tv.tv_usec = 0`, `c` of `c->key[i] = x`), when one is named.
  const clang::ValueDecl *Root = nullptr;
};

/// The variable a member access starts from: `tv` of `tv.tv_usec`, `c` of
/// `c->key[2]` (null when E is no member access of a named variable).
const clang::ValueDecl *memberRoot(const clang::Expr *E);

/// The object and the path of a field read from a named object through
/// nested records and array elements: (kTenants, "[].k.enc") for
/// `kTenants[t].k.enc`, (kCfg, "key") for `kCfg.key`; "[]" stands for any
/// element. Null for a member of a pointer (`->`) or of anything unnamed.
std::optional<std::pair<const clang::VarDecl *, std::string>>
objectFieldPath(const clang::Expr *E);

/// The declaration whose storage an argument or assignment target names, and
/// whether the access covers it whole (`key`, `&key`, `key.data()`) or a part
/// (`key + 8`, `&key[4]`, `key[i]`, `*p`).
struct StorageTarget {
  const clang::ValueDecl *D = nullptr;
  bool Whole = true;
};
StorageTarget storageTarget(const clang::Expr *E);

/// A parameter type through which a callee may write its caller's data: a
/// pointer or reference to non-const data, or an iterator taken by value
/// whose `operator*` yields a non-const reference (std::vector's iterators
/// handed to std::copy, std::generate, std::for_each).
bool writableHandle(clang::QualType T);

/// A view over its caller's storage taken by value (`std::span<uint8_t>`,
/// `gsl::span`, `absl::Span` of non-const elements): a callee writes through
/// it as through a pointer.
bool spanView(clang::QualType T);
/// The element type of such a view (`uint8_t` of `std::span<uint8_t>`), or
/// null when T is none (const elements included).
clang::QualType spanElement(clang::QualType T);

/// Names of the macros whose expansion produced Loc, innermost first.
std::vector<llvm::StringRef> macroNamesAt(const clang::ASTContext &Ctx, clang::SourceLocation Loc);

/// "ns::Class::method", without template arguments.
std::string plainQualifiedName(const clang::NamedDecl *D);

class UnitIndex {
public:
  using CallMap = llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::CallExpr *>>;

  UnitIndex(clang::ASTContext &Ctx, const Catalog &Cat) : Ctx(Ctx), Cat(Cat) {}

  /// Every call of the main file, by callee (its canonical declaration).
  const CallMap &calls() {
    build();
    return Calls;
  }
  /// The main file's calls through a function pointer, by the functions of
  /// the unit they may land in (canonical declarations): a field of a table
  /// of operations (`ops->open(...)` where `ops = &fetch_ops` and `fetch_ops`
  /// has the initializer `{fetch_open, ...}`, or a field the unit assigns a
  /// function), or a function pointer variable the unit sets. A call may
  /// land in several.
  const CallMap &indirectCalls();
  /// The fields the main file stores \p FD in, so that a call through
  /// that field in another unit may land in it: a function pointer field
  /// of a table's initializer (`{fetch_open, fetch_get}`) or of an
  /// assignment (`ops.open = fetch_open`), a `std::function` member set to a
  /// lambda directly or through a setter's parameter (`t.set_log_fn([&](...)
  /// {...})` with `log_fn_ = std::move(fn)`). Canonical declarations; for a
  /// lambda, its call operator.
  const std::vector<const clang::FieldDecl *> &slotsOf(const clang::FunctionDecl *FD);
  /// The functions slotsOf() names fields for, in source order.
  const std::vector<const clang::FunctionDecl *> &slotFunctions();
  /// The main file's calls through a field that land in no function of the
  /// unit (`ops->open(...)` with `ops` a parameter or an `extern` table's
  /// address, `log_fn_(...)` of a `std::function` member), with that field:
  /// another unit may have stored what they call.
  const std::vector<std::pair<const clang::CallExpr *, const clang::FieldDecl *>> &slotCalls();
  /// The field of one of slotCalls(), or null.
  const clang::FieldDecl *slotCallField(const clang::CallExpr *CE) {
    buildSlots();
    return SlotCallOf.lookup(CE);
  }
  /// The main file's Objective-C message sends, by the method they name
  /// (its canonical declaration).
  using MessageMap =
      llvm::DenseMap<const clang::ObjCMethodDecl *, std::vector<const clang::ObjCMessageExpr *>>;
  const MessageMap &messages() {
    build();
    return Messages;
  }
  /// Constructors the main file calls.
  const llvm::DenseSet<const clang::CXXConstructorDecl *> &constructors() {
    build();
    return Ctors;
  }
  /// Every construction of the main file, by constructor (canonical).
  using ConstructMap = llvm::DenseMap<const clang::CXXConstructorDecl *,
                                      std::vector<const clang::CXXConstructExpr *>>;
  const ConstructMap &constructs() {
    build();
    return Constructs;
  }
  /// Whether the main file names the variable anywhere but in its own
  /// definition (an object nobody names cannot reach a parameter).
  bool referenced(const clang::VarDecl *VD) {
    build();
    return Referenced.count(VD->getCanonicalDecl());
  }
  /// Whether the main file counts the global up or down or takes its
  /// address (beside the writes()).
  bool changedGlobal(const clang::VarDecl *VD) {
    build();
    return ChangedGlobals.count(VD->getCanonicalDecl());
  }
  /// Whether the main file counts the field up or down (`++counter_`,
  /// `s->seq--`): its value is how often that ran, no constant.
  bool counted(const clang::FieldDecl *FD) {
    build();
    return Counted.count(FD);
  }
  /// The writes to D in the main file, and in the header body of the
  /// function a local D belongs to. A copy: indexing a header's body later
  /// may add writes to the same declaration.
  std::vector<Write> writes(const clang::ValueDecl *D);
  /// The fields the main file writes, in source order.
  std::vector<const clang::FieldDecl *> writtenFields();
  /// Whether the main file may change \p FD other than by a write of it:
  /// it names the field in a pointer to member (`&Policy::rsa_bits`, an
  /// option table) or `offsetof`, or fills a whole object the field is
  /// part of through an untyped buffer (`memcpy(&cfg, blob, sizeof cfg)`,
  /// `fread(&policy, ...)`: a `void *` or byte pointer parameter).
  bool changedIndirectly(const clang::FieldDecl *FD);
  /// The fields changedIndirectly() is true of (those of filled records
  /// that have a default member initializer only).
  std::vector<const clang::FieldDecl *> indirectlyChangedFields();
  /// Whether a field's default member initializer is all it ever holds in
  /// the main file: it has one, and the main file neither writes the field
  /// nor changes it indirectly.
  bool keepsDefault(const clang::FieldDecl *FD);

  /// The catalog model of a call: a modelled macro it expands from, its
  /// function by name, or (methods, namespaced and std functions) by
  /// qualified name. Memoized: every rule family asks about the same calls.
  const FunctionModel *model(const clang::CallExpr *CE) const;
  /// The model of a construction: its constructor's qualified name.
  const FunctionModel *model(const clang::CXXConstructExpr *CE) const;
  /// The model of an Objective-C message send, by method: "+[NSData
  /// dataWithBytes:length:]" or "-[NSData bytes]", for the receiver's class
  /// or the nearest superclass that has one.
  const FunctionModel *model(const clang::ObjCMessageExpr *ME) const;

  /// The methods of the unit's (non-system) classes that override \p MD,
  /// directly or through intermediate classes, and have a body: where a
  /// virtual call of \p MD may land.
  const std::vector<const clang::CXXMethodDecl *> &overriders(const clang::CXXMethodDecl *MD);

  clang::ASTContext &context() { return Ctx; }

private:
  void collectOverriders(const clang::DeclContext *DC, unsigned Depth);

  void build();
  void buildFilled();
  void indexBody(const clang::Decl *D);
  const FunctionModel *lookup(const clang::CallExpr *CE) const;

  clang::ASTContext &Ctx;
  const Catalog &Cat;
  bool Built = false;
  CallMap Calls;
  llvm::DenseSet<const clang::CXXConstructorDecl *> Ctors;
  ConstructMap Constructs;
  llvm::DenseSet<const clang::VarDecl *> Referenced;
  llvm::DenseSet<const clang::VarDecl *> ChangedGlobals;
  llvm::DenseSet<const clang::FieldDecl *> Counted;
  /// Fields named in a pointer to member or offsetof.
  llvm::DenseSet<const clang::FieldDecl *> MemberPointers;
  /// Records whose objects the main file fills whole through an untyped
  /// buffer, with the records nested in them (computed once).
  llvm::DenseSet<const clang::RecordDecl *> FilledRecords;
  bool FilledBuilt = false;
  /// Calls without a direct callee, as indexed; and indirectCalls()'s map.
  std::vector<const clang::CallExpr *> PointerCalls;
  MessageMap Messages;
  CallMap Indirect;
  bool IndirectBuilt = false;
  void buildSlots();
  bool SlotsBuilt = false;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::FieldDecl *>> Slots;
  std::vector<const clang::FunctionDecl *> SlotFns;
  std::vector<std::pair<const clang::CallExpr *, const clang::FieldDecl *>> SlotCalls;
  llvm::DenseMap<const clang::CallExpr *, const clang::FieldDecl *> SlotCallOf;
  void functionsOf(const clang::Expr *E, std::vector<const clang::FunctionDecl *> &Out,
                   unsigned Depth);
  std::unordered_map<const clang::ValueDecl *, std::vector<Write>> Writes;
  llvm::DenseSet<const clang::Decl *> IndexedBodies;
  mutable llvm::DenseMap<const clang::CallExpr *, const FunctionModel *> ModelMemo;
  bool OverridersBuilt = false;
  llvm::DenseMap<const clang::CXXMethodDecl *, std::vector<const clang::CXXMethodDecl *>>
      Overriders;
};

/// Argument \p I of \p CE is an object's address in the variable part of
/// a library function (`curl_easy_setopt(h, CURLOPT_WRITEDATA, &body)`,
/// `ioctl(fd, REQ, &st)`): the library may write the object then or later
/// (a callback's user data).
bool libraryVarArgAddress(const clang::CallExpr *CE, unsigned I);

/// The bodies a call may run: the callee's, and for a virtual call through a
/// pointer or reference, every override the unit defines.
std::vector<const clang::FunctionDecl *> callBodies(UnitIndex &Idx, const clang::CallExpr *CE);

} // namespace backdoor

#endif
