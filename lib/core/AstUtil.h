//===--- AstUtil.h - small AST helpers shared by the analyses ---*- C++ -*-===//
#ifndef BACKDOOR_ASTUTIL_H
#define BACKDOOR_ASTUTIL_H

#include "catalog/Catalog.h"
#include "core/Candidate.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CXXMethodDecl;
class ObjCImplDecl;
class ObjCInterfaceDecl;
}

namespace backdoor {

/// A RecursiveASTVisitor that walks C++20's rewritten comparisons (`s ==
/// kView` calling a reversed operator==, `a != b` as `!(a == b)`) by the
/// call that runs, as C++17's comparisons are walked; RecursiveASTVisitor
/// shows only their written operands.
template <class Derived> class SemanticVisitor : public clang::RecursiveASTVisitor<Derived> {
public:
  bool TraverseCXXRewrittenBinaryOperator(clang::CXXRewrittenBinaryOperator *S) {
    return this->TraverseStmt(const_cast<clang::Expr *>(S->getSemanticForm()));
  }
};

/// Parentheses, casts, temporaries, cleanups, constant-expression wrappers
/// and default arguments stripped: the expression that computes the value.
const clang::Expr *stripAll(const clang::Expr *E);
/// Whether `V op K` holds for the comparison operator \p Op (==, !=, <, >,
/// <=, >=); false for any other operator.
bool comparisonHolds(clang::BinaryOperatorKind Op, int64_t V, int64_t K);
/// The union of a transparent-union type (glibc's `__SOCKADDR_ARG` under
/// _GNU_SOURCE), whose first member is how an argument of it is passed; null
/// for any other type.
const clang::RecordDecl *transparentUnion(clang::QualType T);
/// Parentheses and every cast, implicit or explicit, stripped (a `(int)x`
/// is x): the expression a value is converted from. Null stays null.
const clang::Expr *stripParenCasts(const clang::Expr *E);
/// Parentheses and implicit casts stripped, explicit casts kept (they may
/// change the value: `(char)x`). Null stays null.
const clang::Expr *stripParenImpCasts(const clang::Expr *E);

/// The name an operand is known by: a variable or field, through subscripts,
/// dereferences, accessors (c_str(), data(), get()...), operator[] and
/// constructors; a getter's or function's name for other calls.
std::string operandName(const clang::Expr *E);

/// A callee as messages show it: "f", "Class::method", "Class" for constructors.
std::string displayName(const clang::FunctionDecl *FD);

/// A variadic template (`template <class... A> void log(const A &...args)`):
/// its pattern, or FD when it is no instantiation, takes a parameter pack.
bool hasParameterPack(const clang::FunctionDecl *FD);

/// The return statements of a body, not those of lambdas inside it.
std::vector<const clang::ReturnStmt *> returnsOf(const clang::Stmt *Body);

/// Whether \p Pred holds for a statement or expression in \p Root
/// (\p Root included); the walk stops at the first. False for a null root.
bool anyStmtIn(const clang::Stmt *Root, llvm::function_ref<bool(const clang::Stmt *)> Pred);

/// The arguments a model's argument list names (`copy.from`): an index, or
/// -(K+1) for every argument from K on (`from-rest`, a format's values).
std::vector<const clang::Expr *> argsFrom(llvm::ArrayRef<const clang::Expr *> Args,
                                          const std::vector<int> &Which);
std::vector<const clang::Expr *> argsFrom(const clang::CallExpr *CE, const std::vector<int> &Which);

/// Whether the catalog pattern \p Pattern matches \p Text (lower-cased),
/// memoized per process: callee and variable names come back call after
/// call, and a regex match costs more than the lookup. Analyses run on one
/// thread (clang-tidy's, or one worker process per unit).
bool catalogMatch(const Catalog &Cat, llvm::StringRef Pattern, llvm::StringRef Text);

/// The values stored under the key named \p Key (an identifier:
/// kSecAttrKeySizeInBits) in the dictionary \p Dict, an Objective-C literal
/// @{...} written there or in the initializer of the variable it names; a
/// dictionary made or written by a function or method the catalog models as
/// a dictionary creator or writer (`dictionary:`).
std::vector<const clang::Expr *> dictionaryValues(const Catalog &Cat, const clang::Expr *Dict,
                                                  llvm::StringRef Key);

/// Candidates without repeats (same rule, location and message).
std::vector<Candidate> dedupCandidates(std::vector<Candidate> In);

/// \p A and \p B are in the two branches of one `if` (`if (cloud) A; else
/// B;`): no run of the function executes both.
bool exclusiveBranches(clang::ASTContext &Ctx, const clang::Stmt *A, const clang::Stmt *B);

/// A record's own name, or, for an anonymous one, the typedef's that names
/// it (`typedef struct { ... } auth_t`); empty when it has neither.
std::string recordName(const clang::RecordDecl *RD);

/// \p Member (a field's or an accessor's name) of the record \p RD (named,
/// or by its typedef) is a request field: catalog `request-record-name`
/// and `request-field-name`.
bool requestMember(const Catalog &Cat, const clang::RecordDecl *RD, llvm::StringRef Member);
/// The field \p ME reads when it is a field of a request record a parser
/// fills (`cmd->argv`, `req->user_agent`: the catalog's `request-record-name`
/// and `request-field-name`), else null.
const clang::FieldDecl *requestField(const Catalog &Cat, const clang::MemberExpr *ME);

/// bool, and Objective-C's BOOL (a char typedef whose NO is 0 and YES 1).
bool booleanType(clang::QualType T);

/// Whether a function body's constant answers are 1 and 0 and nothing else
/// (`return 1;` once the caller checks out, `return 0;` refused): a yes/no
/// answer, where 0 refuses as `false` does. A return of a value \p Answers
/// accepts (the caller's verification call, `return password_ok(u, p);`)
/// answers yes or no too.
bool yesNoAnswers(const clang::Stmt *Body, const clang::ASTContext &Ctx,
                  llvm::function_ref<bool(const clang::Expr *)> Answers = nullptr);

/// The word of a status name that says what it means: the last of its
/// `_`-separated words (`PAM_SUCCESS`: "SUCCESS", `PBX_AUTH_DEFAULT_PW`:
/// "PW", not the "AUTH" of its prefix); the whole name without one.
llvm::StringRef statusWord(llvm::StringRef Name);

/// Whether the status name \p Name says yes (its last word matches the
/// catalog's grant-value-name) or no (any of it matches deny-value-name);
/// none when it says neither.
std::optional<bool> grantStatusName(const Catalog &Cat, llvm::StringRef Name);

/// A program's main by its name (main, wmain, a subcommand's agent_ctl_main):
/// it answers with exit codes, so a return grants nothing.
bool programMainName(llvm::StringRef Name);
/// The methods \p MD overrides, directly or not (canonical declarations,
/// nearest first, each once; at most 64).
std::vector<const clang::CXXMethodDecl *> overriddenMethods(const clang::CXXMethodDecl *MD);

/// Objective-C: the instance variable behind a property read or written as
/// `obj.prop`, `[obj prop]` (a synthesized getter), or named `_prop`
/// (`ObjCIvarRefExpr`), when this unit synthesizes the property; else null.
/// An instance variable is a FieldDecl: its writes are indexed, and its
/// value followed across methods, as a C++ member's.
const clang::FieldDecl *objcIvarOf(const clang::Expr *E);

/// The @implementation of the class \p ID and those of its categories that
/// the unit holds (`@implementation Agent (Diag)`), the class's first.
std::vector<const clang::ObjCImplDecl *> objcImplementations(const clang::ObjCInterfaceDecl *ID);

/// The definition of the method a message sends, when the unit implements
/// it (`[self openPackage:src]` in the class's @implementation, or in the
/// @implementation of one of its categories: `@implementation Agent
/// (Diag)`, `@implementation NSString (Maint)`), else null.
const clang::ObjCMethodDecl *methodDefinition(const clang::ObjCMessageExpr *ME);

/// Objective-C: the object whose storage a buffer accessor hands out
/// (`data.mutableBytes`, `[data bytes]`: NSData's bytes, as std::vector's
/// data()), else null.
const clang::Expr *objcBufferOwner(const clang::Expr *E);

/// An object of static storage another unit defines: an `extern`
/// declaration, or a class's static data member defined out of the class
/// (`const byte Signer::kMacKey[32] = {...};` in another file), with no
/// definition in this unit.
bool definedElsewhere(const clang::VarDecl *VD);

/// The one value a local pointer holds, or null (see constantPart).
using PointerInitFn = llvm::function_ref<const clang::Expr *(const clang::VarDecl *)>;
/// The part of a constant object's initializer \p E reads through a
/// constant path (`kProfiles[1].cipher`, `kKeys[2]`, `p->cipher` after
/// `p = &kProfiles[1]` or `p = kProfiles + 1`), or null: an index that
/// varies, an object that may change, a union, a record with bases.
/// \p PointerInit answers for a local pointer.
const clang::Expr *constantPart(clang::ASTContext &Ctx, const clang::Expr *E,
                                PointerInitFn PointerInit);

/// The words of an identifier, lower-case and joined by '_': camelCase and
/// PascalCase split ("kSpoolV1Key" -> "k_spool_v1_key", "HTTPKey" -> "http_key").
std::string identifierWords(llvm::StringRef Name);
/// A name that says it holds a secret (and not something about a secret),
/// matched on the lower-case name and on its words.
bool secretName(llvm::StringRef Name, const Catalog &Cat);

/// \p Cond compares two strings with the strcmp family (`strcmp`,
/// `strcasecmp`, `g_strcmp0`; not the `n` forms), alone or under `!` and
/// `== 0` / `!= 0`: the two operands, and whether \p Cond is true exactly
/// when they are equal (\p TrueIfEqual) or exactly when they differ.
bool strcmpTest(const clang::Expr *Cond, const clang::Expr *&A, const clang::Expr *&B,
                bool &TrueIfEqual);

/// The body of the function or Objective-C method \p DC is (a local
/// variable's context), or null.
const clang::Stmt *contextBody(const clang::DeclContext *DC);

} // namespace backdoor

#endif
