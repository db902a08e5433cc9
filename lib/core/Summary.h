//===--- Summary.h - a translation unit's facts for the link step -*- C++ -*-===//
//
// Whole-program value flow at parse cost. While the AST is in memory the CLI's
// worker exports, as plain JSON data, what other translation units may need
// to know about this one and what this one could not answer alone:
//
//   functions  per function with external linkage defined here: the constant
//              data (with its bytes) and the Link origins its return value
//              and its out-parameters are made of;
//   objects    per object with external linkage defined here: the constant
//              data it holds (global keys, tables, PEM strings);
//   calls      per call of a function defined elsewhere: what each data
//              argument holds (so a parameter there can be resolved);
//   queries    the questions a rule could not answer here: "the key argument
//              of EVP_EncryptInit_ex at crypto.c:40:3 is the extern object
//              g_key" (a Link origin, see Provenance.h), with the notes so far.
//
// Symbols are linkage names (the C name, or the Itanium/MSVC mangled name):
// what the linker matches, so two units agree on them without sharing a
// declaration. The link step (tool/Link.h) answers queries from the other
// units' facts, to a fixed point over call cycles, and emits findings with
// the wording of the per-unit analysis. The format is versioned
// (FactsVersion) and documented in docs/whole-program.md.
//
// Nothing is recorded unless the CLI's worker enabled the recorder: the
// clang-tidy plugin sees one unit and keeps its per-unit results.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CORE_SUMMARY_H
#define BACKDOOR_CORE_SUMMARY_H

#include "core/Provenance.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclObjC.h"
#include "llvm/Support/JSON.h"
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace backdoor {

class AnalysisSession;

/// The facts format: a reader rejects (ignores) other versions.
/// Version 2 (December 2026): file names once per unit, constants, links and
/// key materials once per unit, the place of a call once per call fact.
constexpr int FactsVersion = 2;

/// The name the linker knows a function or global object by (mangled in
/// C++), or empty when it has no external linkage or cannot be named.
/// An Objective-C method by objcMethodSymbol().
std::string linkageName(const clang::NamedDecl *D);

/// The symbol of an Objective-C method another unit may send (declared in a
/// project's header): "-[KSKeyStore exportKey]", "+[Vault shared]", a
/// category's method by its class ("-[NSData ks_hexString]"), or empty.
std::string objcMethodSymbol(const clang::ObjCMethodDecl *MD);

/// \p Symbol names a protocol's method ("-[<QSSessionDelegate> ...]"): any
/// class that adopts the protocol may answer a message to it.
bool protocolMethodSymbol(llvm::StringRef Symbol);

/// The name units agree on for a field of a record a header declares
/// ("cfg::key", "app::Cipher::key_"), or empty (a record of the main file or
/// a system header, an unnamed or templated one, a union).
std::string memberLinkName(const clang::FieldDecl *F);

/// The symbol of a field functions are stored in and called through (an
/// ops table's function pointer, a std::function member): "slot:" and its
/// memberLinkName(), or empty. Facts of the functions a unit stores there
/// are exported under it too, and a call through the field in another unit
/// is a call of it.
std::string slotSymbol(const clang::FieldDecl *F);

/// The per-unit collector of queries; active only in the CLI's worker.
class FactRecorder {
public:
  /// The recorder of this process, or null when facts are not wanted.
  static FactRecorder *active();
  static void enable();

  /// A question the link step answers: "kind" names the analysis that
  /// formats the finding; "link" is the Link origin (see linkFact).
  void query(llvm::json::Object Q) { Queries.push_back(std::move(Q)); }
  std::vector<llvm::json::Value> take() { return std::move(Queries); }
  /// A fact an analysis knows about a function of the unit with external
  /// linkage (\p Symbol): exported as member \p Key of its "functions"
  /// entry ("payload": the hidden-functionality payload it reaches).
  void functionFact(std::string Symbol, std::string Name, std::string Key, llvm::json::Value V) {
    FunctionFacts.push_back({std::move(Symbol), std::move(Name), std::move(Key), std::move(V)});
  }
  struct FunctionFact {
    std::string Symbol, Name, Key;
    llvm::json::Value V;
  };
  std::vector<FunctionFact> takeFunctionFacts() { return std::move(FunctionFacts); }

private:
  std::vector<llvm::json::Value> Queries;
  std::vector<FunctionFact> FunctionFacts;
};

/// A Link origin another unit of the program may answer: not a library
/// function or object declared in a system header (its facts are never
/// exported).
bool projectLink(const clang::SourceManager &SM, const Origin &O);

/// {"file", "line", "col"} of a location's file position (absolute path); the
/// export writes it as a LOC array of the unit's file table.
llvm::json::Object locFact(const clang::SourceManager &SM, clang::SourceLocation L);

/// The notes of an origin as facts ([file, line, col, message] in place),
/// from its definition (\p First) towards the use.
llvm::json::Array originNoteFacts(const clang::SourceManager &SM, const Origin &O,
                                  const char *First);

/// A Link origin: {"what", "symbol", "index", "transformed", "name",
/// "notes": [{"file","line","col","message"}...]} (notes from the reference
/// towards the use).
llvm::json::Object linkFact(AnalysisSession &S, const Origin &O, const Prov *Whole = nullptr);

/// The Link origins a place has asked the link step about: one question per
/// link and per call (`hex(nonce)` and `hex(key)` in one value are two calls
/// of one helper, two questions).
class AskedLinks {
public:
  /// True the first time \p O's link is seen.
  bool first(const Origin &O) {
    return Seen.insert({O.What, O.Symbol, O.ParamIndex, O.Site}).second;
  }

private:
  std::set<std::tuple<std::string, std::string, unsigned, const void *>> Seen;
};

/// Whether data other than the Link origin \p L (of \p Whole) fills the
/// value: then a zero fill the link step finds behind \p L (another unit's
/// calloc wrapper, a scrub helper's OPENSSL_cleanse) is storage being
/// cleared or prepared, not the value, as Prov::wholeConstants() decides in
/// one unit.
bool filledElse(const Prov &Whole, const Origin &L);

/// An integer argument (a key size, an iteration count, a length) that is
/// the return value of a parameterless function or an `extern` object
/// another unit defines, directly or through a local variable assigned once:
/// asks \p Q (an "int-role" query naming the role) of the link step, which
/// answers it from the other unit's "ints" facts.
void askIntLink(AnalysisSession &S, const clang::Expr *Arg, llvm::json::Object Q);

/// The linkage symbols of the functions the unit calls or takes the address
/// of (a verification callback) but does not define: where a check the unit
/// does not make itself may be made.
std::vector<std::string> externalFunctions(AnalysisSession &S);

/// The unit's facts: {"version", "files", "consts", "links", "secrets",
/// "functions", "objects", "calls", "queries", "callgraph"}: file names and
/// the entries values are made of written once per unit and named by index
/// (version 2, docs/whole-program.md). "callgraph" lists, per function with external linkage
/// defined here, the names of the functions it calls or references (through
/// the unit's static helpers too) and the symbols of the other externally
/// visible functions it reaches: the link step follows them from unit to unit
/// for the "requires-call" queries of rules that need a check made somewhere
/// in the program (backdoor-tls-verify-disabled: the peer's host name).
llvm::json::Value exportUnitFacts(AnalysisSession &S);

} // namespace backdoor

#endif
