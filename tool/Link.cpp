//===--- Link.cpp - cross-unit findings from the units' facts ------------===//
#include "Link.h"

#include "analysis/config/Config.h"
#include "analysis/escrow/Escrow.h"
#include "analysis/hidden/Hidden.h"
#include "analysis/parameters/Parameters.h"
#include "analysis/secrets/Secrets.h"
#include "analysis/tls/Tls.h"
#include "analysis/weak-primitives/WeakPrimitives.h"
#include "catalog/Rules.h"
#include "core/Summary.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>

using namespace llvm;

namespace backdoor {

namespace {

/// What another unit defines, as it arrives at a use: a constant, key
/// material, or the output of a predictable generator.
struct Resolved {
  /// Other: the value may also be a run-time value no link answers (its
  /// unit's "opaque"): not every value it takes is among the others.
  enum KindTy { Const, Secret, Predictable, Int, Alg, Random, Other } Kind = Const;
  int64_t Value = 0;                // Int: the integer
  std::string Name;                 // Const: its name; Predictable: the generator;
                                    // Alg: the symbol naming the algorithm
  std::string What, From, Named;    // Secret: its source (see keySourceText)
  std::optional<std::string> Bytes; // exact bytes, when untransformed
  bool Transformed = false, Clearing = false;
  std::vector<FindingNote> Notes;  // from the definition towards the use
  std::string Id;                  // the definition's place: one entry per constant
  std::optional<SeedEntropy> Seed; // Predictable: its seed, when its unit shows it
  /// The unit whose value (a call's argument, a return, an object) gave this
  /// answer to the link asked, whatever further links it went through.
  const struct Unit *Src = nullptr;
  /// The value that gave it is an argument of a call that also hands over
  /// a local object of the caller (`buf_append(&b, key, n)`): for a
  /// question about what is written into any object of a type
  /// ("any-object"), the caller's question about that object answers.
  bool IntoLocal = false;
  /// (Predictable) the value is nothing but the generator's output.
  bool Whole = false;
  /// (Const) an entry of a keyed lookup: returned only to a call whose
  /// argument KeyArg is KeyIs (-1: to any).
  int KeyArg = -1;
  std::string KeyIs;
};

/// A derived key answering a link marked "verifier" (kept in a buffer named
/// like a password hash): a verifier there, not key material.
bool verifierAnswer(const Resolved &R) {
  return R.Kind == Resolved::Secret && R.What == "a derived key";
}

constexpr size_t MaxPerValue = 16; // constants (and key materials) one value may be
constexpr unsigned MaxRounds = 32; // fixed-point rounds (each adds constants)
constexpr size_t MaxChain = 4096;  // functions one payload search visits

/// One unit's facts (version 2): its file table and its tables of
/// constants, links and key materials, which its values name by index.
struct Unit {
  std::vector<std::string> Files;
  const json::Array *Consts = nullptr, *Links = nullptr, *Secrets = nullptr;

  explicit Unit(const json::Object &O) {
    if (const json::Array *F = O.getArray("files"))
      for (const json::Value &V : *F) Files.push_back(V.getAsString().value_or("").str());
    Consts = O.getArray("consts");
    Links = O.getArray("links");
    Secrets = O.getArray("secrets");
  }
  /// Entry \p I of a table, or null.
  static const json::Object *at(const json::Array *T, const json::Value &I) {
    std::optional<int64_t> N = I.getAsInteger();
    if (!T || !N || *N < 0 || size_t(*N) >= T->size()) return nullptr;
    return (*T)[*N].getAsObject();
  }
};

/// A LOC ([file, line, col], the file an index into the unit's table) or a
/// NOTE ([file, line, col, message]).
Location readLoc(const json::Value *V, const Unit &U, std::string *Message = nullptr) {
  Location L;
  const json::Array *A = V ? V->getAsArray() : nullptr;
  if (!A || A->size() < 3) return L;
  std::optional<int64_t> F = (*A)[0].getAsInteger();
  if (F && *F >= 0 && size_t(*F) < U.Files.size()) L.File = U.Files[*F];
  L.Line = unsigned((*A)[1].getAsInteger().value_or(0));
  L.Col = unsigned((*A)[2].getAsInteger().value_or(0));
  if (Message && A->size() > 3) *Message = (*A)[3].getAsString().value_or("").str();
  return L;
}

std::vector<FindingNote> readNotes(const json::Object &O, const Unit &U,
                                   const char *Key = "notes") {
  std::vector<FindingNote> Out;
  if (const json::Array *Ns = O.getArray(Key))
    for (const json::Value &N : *Ns)
      if (N.getAsArray()) {
        FindingNote FN;
        FN.Loc = readLoc(&N, U, &FN.Message);
        Out.push_back(std::move(FN));
      }
  return Out;
}

/// An integer of a value's "ints" ({"value", "name", "notes"}), its notes
/// as the unit wrote them.
Resolved intEntry(const json::Object &X, const Unit &U) {
  Resolved R;
  R.Kind = Resolved::Int;
  R.Value = X.getInteger("value").value_or(0);
  R.Name = X.getString("name").value_or("").str();
  R.Notes = readNotes(X, U);
  return R;
}

/// Key material a caller passes in for a parameter that the function itself
/// filled first (`keystore_unlock(vol, pass, key)` deriving into `key`, then
/// leaking it): it came back out of the asking file, whose own question
/// (at \p At) reports it.
bool cameBackOut(const Resolved &R, const json::Object &Link, const Location &At) {
  return Link.getString("what").value_or("") == "param" && !R.Notes.empty() &&
         R.Notes.front().Loc.File == At.File;
}

/// Random or predictable bytes \p R another unit's function put into a
/// variable or field named or used as a key (the link's "into-key":
/// `rng_fill(key, n)`): that key's material, or nothing.
std::optional<Resolved> intoKey(const json::Object &Link, const Resolved &R) {
  auto IntoKey = Link.getString("into-key");
  // (An integer a generator function returns stays its output shifted or
  // narrowed into the key's bytes, `dek[i] = hw_rand32() >> 11`: only
  // integer-returning functions' results are asked "into-key".)
  bool Returned = Link.getString("what").value_or("") == "return";
  if (!IntoKey || Link.getBoolean("hashed").value_or(false) ||
      Link.getBoolean("partial").value_or(false) ||
      (Link.getBoolean("transformed").value_or(false) && !Returned) ||
      (R.Kind != Resolved::Random && !(R.Kind == Resolved::Predictable && R.Whole)))
    return std::nullopt;
  Resolved K = R;
  K.Kind = Resolved::Secret;
  K.What = R.Kind == Resolved::Random ? "a random key" : "a predictable key";
  K.From = R.Name;
  K.Named = IntoKey->str();
  K.Seed.reset();
  K.Bytes.reset();
  if (R.Kind == Resolved::Random && !K.Notes.empty())
    K.Notes.front().Message = "key material produced here";
  return K;
}

/// \p Rs, with the key material of an "into-key" link added.
std::vector<Resolved> withKeys(const json::Object &Link, const std::vector<Resolved> &Rs) {
  std::vector<Resolved> Out = Rs;
  for (const Resolved &R : Rs)
    if (std::optional<Resolved> K = intoKey(Link, R)) Out.push_back(std::move(*K));
  return Out;
}

/// The units of a run whose facts have this version.
std::vector<std::pair<const json::Object *, Unit>> unitsOf(const std::vector<json::Value> &Facts) {
  std::vector<std::pair<const json::Object *, Unit>> Out;
  for (const json::Value &U : Facts) {
    const json::Object *O = U.getAsObject();
    if (!O || O->getInteger("version").value_or(0) != FactsVersion) continue;
    Out.emplace_back(O, Unit(*O));
  }
  return Out;
}

/// A fact of a unit (a query, a payload, a matcher, a call graph entry).
struct Ref {
  const json::Object *O;
  const Unit *U;
};

/// A call's place, the same in every unit's facts.
std::string siteKey(const json::Value *V, const Unit &U) {
  Location L = readLoc(V, U);
  return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Col);
}

/// The argument \p I of the call of \p Sym at \p Site (a siteKey).
std::string argKey(StringRef Sym, unsigned I, StringRef Site) {
  return "arg\n" + Sym.str() + "\n" + std::to_string(I) + "\n" + Site.str();
}

/// The link's question; the return value of one call (\p L has a "site")
/// is a question of its own, answered with that call's arguments too.
std::string linkKey(const json::Object &L, const Unit &U) {
  std::string K = L.getString("what").value_or("").str() + "\n" +
                  L.getString("symbol").value_or("").str() + "\n" +
                  std::to_string(L.getInteger("index").value_or(0));
  if (const json::Value *Site = L.get("site")) K += "\n" + siteKey(Site, U);
  return K;
}

class Linker {
public:
  Linker(const std::vector<std::pair<const json::Object *, Unit>> &Units, LinkStats &Stats)
      : Stats(Stats) {
    for (const auto &[O, UF] : Units) {
      const Unit *U = &UF;
      ++Stats.Units;
      auto Each = [&](const char *K, auto Fn) {
        if (const json::Array *A = O->getArray(K))
          for (const json::Value &V : *A)
            if (const json::Object *X = V.getAsObject()) Fn(*X);
      };
      Each("objects", [&](const json::Object &X) {
        if (const json::Object *V = X.getObject("value"))
          Values[key("object", X, 0)].push_back({V, U});
        if (const json::Object *Fs = X.getObject("fields"))
          for (const auto &KV : *Fs)
            if (const json::Object *V = KV.second.getAsObject())
              Values[key(("objfield:" + KV.first.str()).c_str(), X, 0)].push_back({V, U});
        if (X.getBoolean("mutable").value_or(false))
          Mutable.push_back(X.getString("symbol").value_or("").str());
      });
      // What units write into a field of a header's record ("member" links).
      Each("members", [&](const json::Object &X) {
        if (const json::Object *V = X.getObject("value"))
          Values[key("member", X, 0)].push_back({V, U});
        // Untrusted input a unit stores in the field (the first).
        if (const json::Object *In = X.getObject("input"))
          MemberInputs.emplace(X.getString("symbol").value_or("").str(), Ref{In, U});
        if (X.getBoolean("other").value_or(false)) {
          std::string Sym = X.getString("symbol").value_or("").str();
          // Key-named and filled by its class's constructors and setters in
          // every unit that fills it at run time: constants callers pass stay.
          bool KeyParams = X.getBoolean("key-params").value_or(false);
          auto [It, New] = OtherMembers.try_emplace(Sym, OtherMember{KeyParams, false});
          if (!New) It->second.KeyParams &= KeyParams;
          It->second.KeyNamed |= X.getBoolean("key-named").value_or(false);
        }
      });
      if (const json::Array *A = O->getArray("defaults-overridden"))
        for (const json::Value &V : *A)
          if (auto Sym = V.getAsString()) Overridden.insert(Sym->str());
      if (const json::Array *A = O->getArray("modifies"))
        for (const json::Value &V : *A)
          if (auto Sym = V.getAsString()) Modified.insert(Sym->str());
      Each("functions", [&](const json::Object &X) {
        if (const json::Object *V = X.getObject("return")) {
          Values[key("return", X, 0)].push_back({V, U});
          readParams(V->getArray("params"), ReturnParams[X.getString("symbol").value_or("").str()]);
        }
        if (const json::Object *Out = X.getObject("out"))
          for (const auto &KV : *Out) {
            unsigned I = 0;
            // "I:NAME": the field NAME of the object parameter I points to.
            auto [Index, Field] = StringRef(KV.first).split(':');
            // "this:NAME": the field NAME of the method's own object, for a
            // "this-return" link naming one of its calls.
            if (Index == "this" && !Field.empty()) {
              if (const json::Object *V = KV.second.getAsObject())
                Values["outfield:" + Field.str() + "\n" +
                       X.getString("symbol").value_or("").str() + "\nthis"]
                    .push_back({V, U});
              continue;
            }
            if (Index.getAsInteger(10, I)) continue;
            if (const json::Object *V = KV.second.getAsObject()) {
              Values[key(Field.empty() ? "out" : ("outfield:" + Field).str().c_str(), X, I)]
                  .push_back({V, U});
              OutValues.push_back({X.getString("symbol").value_or("").str() + "\n" +
                                       std::to_string(I),
                                   V, O});
              // The parameters written there (`to_hex(in, n, out)`).
              if (const json::Array *Ps = Field.empty() ? V->getArray("params") : nullptr)
                readParams(Ps, OutParams[X.getString("symbol").value_or("").str() + "\n" +
                                         std::to_string(I)]);
            }
          }
      });
      Each("functions", [&](const json::Object &X) {
        if (auto N = X.getString("name"))
          Names.emplace(X.getString("symbol").value_or("").str(), N->str());
        if (const json::Object *P = X.getObject("payload"))
          Payloads.emplace(X.getString("symbol").value_or("").str(), Ref{P, U});
        // A method returning (part of) a field of its own object.
        if (const json::Object *R = X.getObject("this-return"))
          if (auto Fld = R->getString("field"))
            ThisReturns.emplace(X.getString("symbol").value_or("").str(),
                                std::make_pair(Fld->str(), R->getBoolean("partial").value_or(false)));
      });
      // A method's return value on a local object, and the earlier calls
      // of methods on that object ("this-return" links' "calls").
      if (U->Links)
        for (const json::Value &LV : *U->Links)
          if (const json::Object *L = LV.getAsObject())
            if (const json::Array *Cs = L->getArray("calls");
                Cs && L->getString("what").value_or("") == "this-return") {
              std::vector<std::pair<std::string, std::string>> &To = ThisCalls[linkKey(*L, *U)];
              for (const json::Value &C : *Cs)
                if (const json::Array *P = C.getAsArray(); P && P->size() == 2)
                  To.emplace_back((*P)[0].getAsString().value_or("").str(), siteKey(&(*P)[1], *U));
            }
      Each("calls", [&](const json::Object &X) {
        const json::Object *V = X.getObject("value");
        if (!V) return;
        unsigned I = unsigned(X.getInteger("index").value_or(0));
        // The argument is the last step of each origin's path.
        std::optional<FindingNote> At;
        if (const json::Value *A = X.get("at"))
          At = FindingNote{readLoc(A, *U), "argument passed here"};
        // A field of the object passed (`&k_builtin`): asked as "field:NAME";
        // the argument is a step of its constants only.
        if (auto F = X.getString("field")) {
          Values[key(("field:" + *F).str().c_str(), X, I)].push_back({V, U, std::move(At), true});
        } else {
          // The argument of one call, for the link of that call's return value.
          if (const json::Value *Site = X.get("site"))
            Values[argKey(X.getString("symbol").value_or(""), I, siteKey(Site, *U))].push_back(
                {V, U, At});
          Values[key("param", X, I)].push_back({V, U, std::move(At)});
          // Untrusted input a caller hands to the parameter (the first).
          if (const json::Object *In = V->getObject("input"))
            ParamInputs.emplace(X.getString("symbol").value_or("").str() + "\n" +
                                    std::to_string(I),
                                Ref{In, U});
          else if (V->getArray("links"))
            LinkedArgs.push_back({X.getString("symbol").value_or("").str() + "\n" +
                                      std::to_string(I),
                                  V, O});
        }
      });
      Each("queries", [&](const json::Object &X) {
        Queries.push_back({&X, U});
        // A function that writes a parameter out (an "escrow" question about
        // its own parameter): what a key-log callback registered in another
        // unit is asked about.
        const json::Object *Lk = X.getObject("link");
        if (X.getString("kind").value_or("") == "escrow" && Lk &&
            Lk->getString("what").value_or("") == "param")
          ParamSinks.emplace(Lk->getString("symbol").value_or("").str() + "\n" +
                                 std::to_string(Lk->getInteger("index").value_or(-1)),
                             Ref{&X, U});
      });
      Each("callgraph", [&](const json::Object &X) {
        Graph[X.getString("symbol").value_or("").str()].push_back({&X, U});
      });
      Each("functions", [&](const json::Object &X) {
        if (const json::Object *M = X.getObject("matcher"))
          Matchers.emplace(X.getString("symbol").value_or("").str(), Ref{M, U});
        if (const json::Object *I = X.getObject("input"))
          Inputs.emplace(X.getString("symbol").value_or("").str(), Ref{I, U});
        if (const json::Object *I = X.getObject("input-out"))
          InputOuts.emplace(X.getString("symbol").value_or("").str() + "\n" +
                                std::to_string(I->getInteger("index").value_or(-1)),
                            Ref{I, U});
        if (const json::Object *F = X.getObject("flag-payload"))
          FlagPayloads.emplace(X.getString("symbol").value_or("").str(), Ref{F, U});
        if (const json::Object *C = X.getObject("returns-const"))
          ConstReturns.emplace(X.getString("symbol").value_or("").str(), Ref{C, U});
        if (const json::Object *V = X.getObject("variadic-sink"))
          VariadicSinks.emplace(X.getString("symbol").value_or("").str(), Ref{V, U});
        if (const json::Object *C = X.getObject("compares"))
          Compares.emplace(X.getString("symbol").value_or("").str(), Ref{C, U});
        if (const json::Object *E = X.getObject("entropy"))
          Entropies.emplace(X.getString("symbol").value_or("").str(), Ref{E, U});
      });
    }
    // A function that writes into its parameter, untransformed, what
    // another unit's reader wrote into its own (`read_rcon_command(c, cmd)`
    // splitting the line `c.recv_line(line)` read from a socket into
    // `cmd.verb` and `cmd.args`): it reads untrusted input there too.
    for (unsigned Round = 0; Round < 8; ++Round) {
      bool Grew = false;
      for (const LinkedArg &A : OutValues)
        if (!InputOuts.count(A.Param))
          if (const Ref *R = inputOutOf(A, /*WholeOnly=*/true)) {
            Ref Copy = *R; // (the map may grow)
            InputOuts.emplace(A.Param, Copy);
            Grew = true;
          }
      if (!Grew) break;
    }
    OutValues.clear();
    // A buffer another unit's function read untrusted input into
    // (`ncp_read_frame(fd, buf, n)`: its "input-out" fact), handed to a
    // function of a third unit: the input that caller passes.
    for (const LinkedArg &A : LinkedArgs)
      if (!ParamInputs.count(A.Param))
        if (const Ref *R = inputOutOf(A, /*WholeOnly=*/false)) ParamInputs.emplace(A.Param, *R);
    // A parameter a function hands on to another's (`sed_dispatch(st, op,
    // payload, n)` calling `handle_unlock(st, payload, n)` through its table
    // of handlers): the input its own callers pass, over any number of hops.
    for (unsigned Round = 0; Round < 8; ++Round) {
      bool Grew = false;
      for (const LinkedArg &A : LinkedArgs)
        if (!ParamInputs.count(A.Param))
          if (const Ref *R = paramInputOf(A)) {
            Ref Copy = *R; // (the map may grow)
            ParamInputs.emplace(A.Param, Copy);
            Grew = true;
          }
      if (!Grew) break;
    }
    LinkedArgs.clear();
    // A global some unit changes: its initializer is not its value.
    for (const std::string &Sym : Mutable)
      if (Modified.count(Sym)) Values.erase("object\n" + Sym + "\n0");
    Stats.Queries = Queries.size();
  }

  /// Globals exported with their initializer though not `const`, and the
  /// globals some unit changes.
  std::vector<std::string> Mutable;
  std::set<std::string> Modified;
  std::vector<Ref> Queries;
  /// The hidden-functionality payload a function reaches (Hidden.cpp).
  std::unordered_map<std::string, Ref> Payloads;
  /// Functions whose result says that a parameter matched a constant.
  std::unordered_map<std::string, Ref> Matchers;
  /// Functions whose result is untrusted input (a read_line of a socket).
  std::unordered_map<std::string, Ref> Inputs;
  /// Whether a function of the program calls \p Sym (the units' call graphs).
  bool hasCaller(const std::string &Sym) {
    countCallers();
    return CallerCounts.count(Sym) != 0;
  }

  /// Whether some unit's call facts say what a caller passes as the
  /// parameter \p Index of \p Sym (its "calls" facts).
  bool paramAnswered(const std::string &Sym, int64_t Index) const {
    return Values.count("param\n" + Sym + "\n" + std::to_string(Index)) != 0;
  }

  /// The function \p Sym writes what its parameter \p From holds (decoded
  /// or not) through its parameter \p Out (its "out" fact's "params").
  bool writesParam(const std::string &Sym, int64_t Out, int64_t From) const {
    auto It = OutParams.find(Sym + "\n" + std::to_string(Out));
    return It != OutParams.end() && llvm::any_of(It->second, [&](const ReturnParam &P) {
             return int64_t(P.Index) == From;
           });
  }
  /// Globals whose being set alone lets some unit reach a payload.
  std::unordered_map<std::string, Ref> FlagPayloads;
  /// Fields some unit fills at run time ("other"): KeyParams, only from
  /// parameters of the class's own methods, and named as a key
  /// ("key-params"); KeyNamed, named as a key ("key-named").
  struct OtherMember {
    bool KeyParams, KeyNamed;
  };
  std::map<std::string, OtherMember> OtherMembers;
  /// Fields with a default member initializer some unit writes or changes
  /// otherwise ("defaults-overridden").
  std::set<std::string> Overridden;
  /// Functions that return one constant whatever they are given.
  std::unordered_map<std::string, Ref> ConstReturns;
  /// Per function parameter ("SYMBOL\nINDEX"): untrusted input a caller passes.
  std::unordered_map<std::string, Ref> ParamInputs;
  /// Untrusted input some unit stores in a field of a header's record, by the
  /// field's symbol ("members" facts with "input").
  std::unordered_map<std::string, Ref> MemberInputs;
  /// Per function parameter ("SYMBOL\nINDEX"): the function reads untrusted
  /// input into what it points to ("input-out" facts).
  std::unordered_map<std::string, Ref> InputOuts;
  /// Call arguments made of other units' data (their "links"), by callee
  /// parameter, with the facts of the calling unit: read once all units are.
  struct LinkedArg {
    std::string Param;
    const json::Object *Value;
    const json::Object *Facts;
  };
  std::vector<LinkedArg> LinkedArgs;
  /// The entry of \p Map for the first untransformed link of kind \p What
  /// ("SYMBOL\nINDEX") of \p A's value (\p WholeOnly: not a part of it
  /// either), or null.
  const Ref *linkedRef(const LinkedArg &A, StringRef What,
                       const std::unordered_map<std::string, Ref> &Map, bool WholeOnly) const {
    const json::Array *Ls = A.Facts->getArray("links");
    const json::Array *VLs = A.Value->getArray("links");
    if (!Ls || !VLs) return nullptr;
    for (const json::Value &IV : *VLs) {
      std::optional<int64_t> LI = IV.getAsInteger();
      const json::Object *Lk =
          LI && *LI >= 0 && size_t(*LI) < Ls->size() ? (*Ls)[*LI].getAsObject() : nullptr;
      if (!Lk || Lk->getString("what").value_or("") != What ||
          Lk->getBoolean("transformed").value_or(false) ||
          (WholeOnly && Lk->getBoolean("partial").value_or(false)))
        continue;
      auto It = Map.find(Lk->getString("symbol").value_or("").str() + "\n" +
                         std::to_string(Lk->getInteger("index").value_or(-1)));
      if (It != Map.end()) return &It->second;
    }
    return nullptr;
  }
  /// The "input-out" fact of the first untransformed "out" link of \p A's
  /// value, or null: the value is what another unit's reader of input wrote
  /// there.
  const Ref *inputOutOf(const LinkedArg &A, bool WholeOnly) const {
    return linkedRef(A, "out", InputOuts, WholeOnly);
  }
  /// The input callers pass to the parameter \p A's value hands on whole
  /// (an untransformed "param" link), or null.
  const Ref *paramInputOf(const LinkedArg &A) const {
    return linkedRef(A, "param", ParamInputs, /*WholeOnly=*/false);
  }
  /// What functions write through their parameters ("SYMBOL\nINDEX", the
  /// "out" facts, whole or by field), with their unit's facts: read once all
  /// units are, for the readers of input of readers of input.
  std::vector<LinkedArg> OutValues;
  /// Functions that compare two of their parameters ("compares" facts).
  std::unordered_map<std::string, Ref> Compares;
  /// Per function: the buffers it fills with no entropy ("entropy" facts).
  std::unordered_map<std::string, Ref> Entropies;
  /// Per function parameter ("SYMBOL\nINDEX"): a sink it reaches in its
  /// function's unit (the first such "escrow" question).
  std::unordered_map<std::string, Ref> ParamSinks;
  /// Variadic wrappers whose body hands their arguments to a sink.
  std::unordered_map<std::string, Ref> VariadicSinks;
  /// The units' call graphs: per symbol, the entries of its definitions.
  std::unordered_map<std::string, std::vector<Ref>> Graph;

  /// A payload reached from \p Sym through the program's call graph, over
  /// any number of units: the payload fact, the names of the functions on
  /// the way (\p Sym first, the payload's function last) and one note per
  /// call between them. Breadth first: the shortest chain; each function is
  /// visited once, so call cycles end, and a query costs at most the size of
  /// the graph (bounded by MaxChain functions).
  struct Chain {
    const json::Object *Payload = nullptr;
    const Unit *PayloadUnit = nullptr;
    std::vector<std::string> Names;
    std::vector<FindingNote> Calls; // from the trigger's callee towards the payload
  };
  const Chain &payloadChain(const std::string &Sym) {
    auto Hit = ChainMemo.find(Sym);
    if (Hit != ChainMemo.end()) return Hit->second;
    Chain &Out = ChainMemo[Sym];
    struct Node {
      std::string Sym;
      size_t Parent;
      FindingNote Call; // the call of Sym in the parent
    };
    std::vector<Node> Nodes{{Sym, SIZE_MAX, {}}};
    std::set<std::string> Seen{Sym};
    for (size_t I = 0; I < Nodes.size() && I < MaxChain; ++I) {
      auto P = Payloads.find(Nodes[I].Sym);
      // (A payload its function runs only after checking the caller's login
      // is not one a trigger elsewhere reaches.)
      if (P != Payloads.end() && !P->second.O->getBoolean("guarded").value_or(false)) {
        Out.Payload = P->second.O;
        Out.PayloadUnit = P->second.U;
        for (size_t J = I; J != SIZE_MAX; J = Nodes[J].Parent) {
          Out.Names.push_back(nameOf(Nodes[J].Sym));
          if (Nodes[J].Parent != SIZE_MAX) Out.Calls.push_back(Nodes[J].Call);
        }
        std::reverse(Out.Names.begin(), Out.Names.end());
        std::reverse(Out.Calls.begin(), Out.Calls.end());
        break;
      }
      auto G = Graph.find(Nodes[I].Sym);
      if (G == Graph.end()) continue;
      std::string Caller = nameOf(Nodes[I].Sym);
      for (const Ref &F : G->second) {
        // sites[i]: where next[i] is called.
        const json::Array *Xs = F.O->getArray("next");
        const json::Array *Sites = F.O->getArray("sites");
        if (!Xs || !Sites) continue;
        for (size_t J = 0; J < Xs->size() && J < Sites->size(); ++J) {
          std::string Next = (*Xs)[J].getAsString().value_or("").str();
          if (Next.empty() || !Seen.insert(Next).second) continue;
          Nodes.push_back({Next,
                           I,
                           {readLoc(&(*Sites)[J], *F.U),
                            "'" + Caller + "' calls '" + nameOf(Next) + "' here"}});
        }
      }
    }
    return Out;
  }

  std::string nameOf(const std::string &Sym) {
    auto G = Graph.find(Sym);
    if (G != Graph.end())
      for (const Ref &F : G->second)
        if (auto N = F.O->getString("name")) return N->str();
    auto P = Names.find(Sym);
    return P != Names.end() ? P->second : Sym;
  }

  /// The constants a Link origin may be, to a fixed point: each round
  /// re-resolves every link from the previous round's answers (a cycle
  /// starts from nothing and grows), until no answer grows.
  void solve() {
    for (unsigned Round = 0; Round < MaxRounds; ++Round) {
      ++Stats.Rounds;
      Changed = false;
      Done.clear();
      for (const Ref &Q : Queries) {
        if (const json::Object *L = Q.O->getObject("link")) resolve(linkKey(*L, *Q.U));
        // A second value the query asks about (escrow-wrap's plaintext of
        // another unit, beside its key).
        if (const json::Array *PL = Q.O->getArray("plain-links"))
          for (const json::Value &V : *PL)
            if (const json::Object *L = V.getAsObject()) resolve(linkKey(*L, *Q.U));
      }
      if (!Changed) break;
    }
  }

  const std::vector<Resolved> &answer(const json::Object &Link, const Unit &U) {
    return Memo[linkKey(Link, U)];
  }

  /// Whether no unit of the program writes the field \p Sym or changes it
  /// otherwise: its default member initializer is all it ever holds.
  bool defaultStands(StringRef Sym) const {
    return !Sym.empty() && !Overridden.count(Sym.str()) && !OtherMembers.count(Sym.str()) &&
           !Values.count(key("member", json::Object{{"symbol", Sym}}, 0));
  }

private:
  static std::string key(const char *What, const json::Object &X, unsigned I) {
    return std::string(What) + "\n" + X.getString("symbol").value_or("").str() + "\n" +
           std::to_string(I);
  }

  const std::vector<Resolved> &resolve(const std::string &K) {
    std::vector<Resolved> &Cur = Memo[K];
    if (!Done.insert(K).second) return Cur; // this round's answer, or the last one (a cycle)
    // A field some unit also fills at run time (from the configuration, a
    // parameter, a generic buffer's data): through its type, the constants
    // other units write are not what a read gets; key material and
    // predictability still are.
    bool TaintOnly = false, KeyParams = false, KeyNamed = false;
    if (StringRef(K).starts_with("member\n"))
      if (auto OM = OtherMembers.find(StringRef(K).drop_front(7).split('\n').first.str());
          OM != OtherMembers.end())
        TaintOnly = true, KeyParams = OM->second.KeyParams, KeyNamed = OM->second.KeyNamed;
    bool ViaParam = false; // resolving a parameter link of such a field's method
    std::vector<Resolved> Next;
    std::set<std::string> Ids;
    size_t Count[7] = {0, 0, 0, 0, 0, 0, 0};
    const Unit *Src = nullptr; // the unit of the value being read
    bool IntoLocal = false;    // the value read is such an argument
    // Such a field's value from a unit where only the class's own
    // constructors and setters fill it ("own"): their constants stay.
    bool OwnValue = false;
    auto Add = [&](Resolved R) {
      R.Src = Src;
      R.IntoLocal = IntoLocal;
      if (TaintOnly && !(KeyParams && ViaParam && R.Kind == Resolved::Const) &&
          !(OwnValue && !ViaParam && R.Kind == Resolved::Const) &&
          (R.Kind == Resolved::Const || R.Kind == Resolved::Int || R.Kind == Resolved::Alg))
        return;
      size_t &N = Count[R.Kind];
      if (N < MaxPerValue &&
          Ids.insert(std::to_string(R.Kind) + R.Id + (R.IntoLocal ? "\nL" : "")).second) {
        ++N;
        Next.push_back(std::move(R));
      }
    };
    auto Id = [](const std::vector<FindingNote> &Ns) {
      const Location &D = Ns.front().Loc;
      return D.File + ":" + std::to_string(D.Line) + ":" + std::to_string(D.Col);
    };
    // "KEY\n-": the value of KEY without what callers pass in parameters
    // (the part of one call's out-field its arguments do not give).
    bool NoParams = StringRef(K).ends_with("\n-");
    auto It = Values.find(NoParams ? K.substr(0, K.size() - 2) : K);
    if (It != Values.end())
      for (const ValueRef &VR : It->second) {
        const json::Object *V = VR.V;
        const Unit &U = *VR.U;
        Src = &U;
        IntoLocal = V->getBoolean("into-local").value_or(false);
        OwnValue = V->getBoolean("own").value_or(false);
        // A call's argument: the last step of each path (of the constants'
        // only, for a field of the object passed).
        auto WithAt = [&](std::vector<FindingNote> Ns, bool Applies = true) {
          if (VR.At && Applies) Ns.push_back(*VR.At);
          return Ns;
        };
        if (V->getBoolean("opaque").value_or(false)) {
          Resolved R;
          R.Kind = Resolved::Other;
          R.Notes = WithAt({});
          R.Id = "opaque";
          Add(std::move(R));
        }
        if (const json::Array *Cs = V->getArray("consts"))
          for (const json::Value &CV : *Cs) {
            const json::Object *C = Unit::at(U.Consts, CV);
            if (!C) continue;
            Resolved R;
            R.Name = C->getString("name").value_or("").str();
            R.Transformed = C->getBoolean("transformed").value_or(false);
            R.Clearing = C->getBoolean("clearing").value_or(false);
            if (auto B = C->getString("bytes")) {
              std::string Raw;
              if (tryGetFromHex(*B, Raw)) R.Bytes = Raw;
            }
            if (const json::Array *KA = C->getArray("key-arg"); KA && KA->size() == 2) {
              R.KeyArg = int((*KA)[0].getAsInteger().value_or(-1));
              R.KeyIs = (*KA)[1].getAsString().value_or("").str();
            }
            R.Notes = WithAt(readNotes(*C, U));
            if (R.Notes.empty()) continue;
            R.Id = Id(R.Notes);
            Add(std::move(R));
          }
        if (const json::Array *Ss = V->getArray("secrets"))
          for (const json::Value &SV : *Ss) {
            const json::Object *X = Unit::at(U.Secrets, SV);
            if (!X) continue;
            Resolved R;
            R.Kind = Resolved::Secret;
            R.What = X->getString("what").value_or("").str();
            R.From = X->getString("from").value_or("").str();
            R.Named = X->getString("named").value_or("").str();
            // (In a field of the object passed too: where key material
            // enters another unit's wrapper.)
            R.Notes = WithAt(readNotes(*X, U));
            if (R.Notes.empty()) continue;
            R.Id = Id(R.Notes);
            Add(std::move(R));
          }
        if (const json::Array *Is = V->getArray("ints"))
          for (const json::Value &IV : *Is) {
            const json::Object *X = IV.getAsObject();
            if (!X) continue;
            Resolved R = intEntry(*X, U);
            R.Notes = WithAt(std::move(R.Notes));
            if (R.Notes.empty()) continue;
            R.Id = Id(R.Notes) + "=" + std::to_string(R.Value);
            Add(std::move(R));
          }
        if (const json::Array *As = V->getArray("algs"))
          for (const json::Value &AV : *As) {
            const json::Object *X = AV.getAsObject();
            if (!X) continue;
            Resolved R;
            R.Kind = Resolved::Alg;
            R.Name = X->getString("symbol").value_or("").str();
            R.Notes = WithAt(readNotes(*X, U));
            if (R.Name.empty() || R.Notes.empty()) continue;
            R.Id = Id(R.Notes) + "=" + R.Name;
            Add(std::move(R));
          }
        // Random bytes (a CSPRNG's): key material once a caller puts them
        // into a key ("into-key" links, below).
        if (const json::Object *X = V->getObject("random")) {
          Resolved R;
          R.Kind = Resolved::Random;
          R.Name = X->getString("generator").value_or("").str();
          R.Notes = WithAt(readNotes(*X, U), !VR.Field);
          if (!R.Notes.empty()) {
            R.Id = Id(R.Notes);
            Add(std::move(R));
          }
        }
        if (const json::Object *X = V->getObject("predictable")) {
          Resolved R;
          R.Kind = Resolved::Predictable;
          R.Name = X->getString("generator").value_or("").str();
          R.Whole = X->getBoolean("whole").value_or(false);
          if (const json::Object *Sd = X->getObject("seed")) R.Seed = SeedEntropy::fromJson(*Sd);
          R.Notes = WithAt(readNotes(*X, U), !VR.Field);
          if (!R.Notes.empty()) {
            R.Id = Id(R.Notes);
            Add(std::move(R));
          }
        }
        if (const json::Array *Ls = V->getArray("links"))
          for (const json::Value &LV : *Ls) {
            const json::Object *L = Unit::at(U.Links, LV);
            if (!L) continue;
            if (NoParams && L->getString("what").value_or("") == "param") continue;
            std::string Inner = linkKey(*L, U);
            // Copy: resolving may grow the memo and move its vectors.
            std::vector<Resolved> Rs = resolve(Inner);
            bool T = L->getBoolean("transformed").value_or(false);
            bool Part = L->getBoolean("partial").value_or(false);
            bool Filled = L->getBoolean("filled").value_or(false);
            // Through a hash or a MAC: constants stay, key material does not.
            bool Hashed = L->getBoolean("hashed").value_or(false);
            // Kept as a password hash: a derived key is a verifier there.
            bool Verifier = L->getBoolean("verifier").value_or(false);
            // (An element of another unit's table a caller hands over,
            // `&kFormats[1]`: that call is where the element is chosen.)
            std::vector<FindingNote> Steps = WithAt(
                readNotes(*L, U),
                !VR.Field || L->getString("what").value_or("").starts_with("objfield:["));
            // What one call of another unit's function wrote into the field
            // (`buf_append(&b, key, n)` before `buf_send(fd, &b)`): the
            // object passed is a step of its key material too, where the
            // key is handed over; a constant a helper filled in
            // (`load_defaults(&cfg)`) was not chosen by this call.
            std::vector<FindingNote> SecretSteps = VR.Field ? WithAt(readNotes(*L, U)) : Steps;
            ViaParam = L->getString("what").value_or("") == "param";
            // A generic record's field a constructor-like helper fills from
            // its parameter (`b->data = data` in `buffer_new`): a read of it
            // may get any creation's data. When some callers pass other data,
            // one caller's key material (or predictable bytes) is no evidence
            // about the object a read gets: the read is not linked to its
            // creation. A field named as a key keeps it.
            bool Merged = TaintOnly && ViaParam && !KeyParams && !KeyNamed &&
                          mixedCallers(*L, Rs);
            for (Resolved R : Rs) {
              if (Hashed && R.Kind == Resolved::Secret) continue;
              if (Verifier && verifierAnswer(R)) continue;
              if (Merged && (R.Kind == Resolved::Secret || R.Kind == Resolved::Predictable))
                continue;
              // Part of a value: not that constant, but still key material
              // or predictable.
              if (Part &&
                  (R.Kind == Resolved::Const || R.Kind == Resolved::Int || R.Kind == Resolved::Alg))
                continue;
              if (T && R.Kind == Resolved::Alg) continue; // computed from it: not that algorithm
              // A zero fill of storage other data fills too: not the value.
              if (Filled && R.Kind == Resolved::Const && R.Clearing) continue;
              R.Transformed |= T;
              if (T) R.Bytes.reset();
              const std::vector<FindingNote> &St =
                  R.Kind == Resolved::Secret || R.Kind == Resolved::Predictable ||
                          R.Kind == Resolved::Random
                      ? SecretSteps
                      : Steps;
              R.Notes.insert(R.Notes.end(), St.begin(), St.end());
              // Random or predictable bytes another unit's function put into
              // a variable or field named or used as a key (`rng_fill(key, n)`):
              // that key's material.
              if (std::optional<Resolved> K = intoKey(*L, R)) Add(std::move(*K));
              Add(std::move(R));
            }
            ViaParam = false;
          }
      }
    IntoLocal = OwnValue = false;
    // What the arguments of the call at \p Site pass for the parameters \p Ps
    // of \p Sym (a return or out value made of them).
    auto AddArgs = [&](StringRef Sym, StringRef Site, const std::vector<ReturnParam> &Ps) {
      for (const ReturnParam &P : Ps) {
        std::vector<Resolved> Rs = resolve(argKey(Sym, P.Index, Site));
        for (Resolved R : Rs) {
          if (P.Hashed && R.Kind == Resolved::Secret) continue; // a digest of the key is no key
          if (P.Partial &&
              (R.Kind == Resolved::Const || R.Kind == Resolved::Int || R.Kind == Resolved::Alg))
            continue;
          if (P.Transformed && R.Kind == Resolved::Alg) continue;
          R.Transformed |= P.Transformed;
          if (P.Transformed) R.Bytes.reset();
          R.Notes.insert(R.Notes.end(), P.Notes.begin(), P.Notes.end());
          Add(std::move(R));
        }
      }
    };
    // The return value of one call ("return\nSYM\n0\nSITE"): what the
    // function returns of its own (its constants, its links), and the
    // arguments of this call that it returns (`id(k)`, `decode(hex)`). The
    // same for what one call writes into its argument I ("out\nSYM\nI\nSITE":
    // `to_hex(key, n, hex)`).
    bool IsReturn = StringRef(K).starts_with("return\n");
    if ((IsReturn || StringRef(K).starts_with("out\n")) && llvm::count(K, '\n') == 3) {
      StringRef Rest = StringRef(K).drop_front(IsReturn ? strlen("return\n") : strlen("out\n"));
      auto [Sym, Tail] = Rest.split('\n');
      auto [Index, Site] = Tail.split('\n');
      std::string Base = (IsReturn ? "return\n" : "out\n") + Sym.str() + "\n" + Index.str();
      std::vector<Resolved> Own = resolve(Base); // a copy: the memo may grow
      for (Resolved &R : Own) {
        // An entry of a keyed lookup (`nvram_get("x")`): only the entry this
        // call names, when its argument is known to be constant names.
        if (IsReturn && R.KeyArg >= 0) {
          std::vector<Resolved> Names = resolve(argKey(Sym, unsigned(R.KeyArg), Site));
          bool Known = !Names.empty() && llvm::all_of(Names, [](const Resolved &N) {
            return N.Kind == Resolved::Const && N.Bytes && !N.Transformed;
          });
          if (Known && llvm::none_of(Names, [&](const Resolved &N) {
                return StringRef(*N.Bytes).split('\0').first == R.KeyIs;
              }))
            continue;
          R.KeyArg = -1;
        }
        Add(std::move(R));
      }
      auto RP = IsReturn ? ReturnParams.find(Sym.str())
                         : OutParams.find(Sym.str() + "\n" + Index.str());
      if (RP != (IsReturn ? ReturnParams.end() : OutParams.end()))
        AddArgs(Sym, Site, RP->second);
    }
    // What one call wrote into a field of the object it was handed
    // ("outfield:NAME\nSYM\nI\nSITE": `buf_append(&b, key, n)` copying its
    // parameter into `b->data`): what the function writes there of its own,
    // and of its parameters, this call's arguments, not every caller's.
    if (StringRef(K).starts_with("outfield:") && llvm::count(K, '\n') == 3) {
      auto [What, Rest] = StringRef(K).split('\n');
      auto [Sym, Tail] = Rest.split('\n');
      auto [Index, Site] = Tail.split('\n');
      std::string Base = What.str() + "\n" + Sym.str() + "\n" + Index.str();
      std::vector<Resolved> Own = resolve(Base + "\n-"); // a copy: the memo may grow
      for (Resolved &R : Own) Add(std::move(R));
      // Its own parameters, by the links of the field's value.
      std::vector<ReturnParam> Ps;
      std::set<int64_t> Asked;
      if (auto B = Values.find(Base); B != Values.end())
        for (const ValueRef &VR : B->second)
          if (const json::Array *Ls = VR.V->getArray("links"))
            for (const json::Value &LV : *Ls) {
              const json::Object *L = Unit::at(VR.U->Links, LV);
              if (!L || L->getString("what").value_or("") != "param" ||
                  L->getString("symbol").value_or("") != Sym)
                continue;
              int64_t PI = L->getInteger("index").value_or(-1);
              if (PI < 0 || !Asked.insert(PI).second) continue;
              Ps.push_back({unsigned(PI), L->getBoolean("transformed").value_or(false),
                            L->getBoolean("partial").value_or(false),
                            L->getBoolean("hashed").value_or(false), readNotes(*L, *VR.U)});
            }
      AddArgs(Sym, Site, Ps);
    }
    // A method's return value on a local object ("this-return\nSYM\n0\nSITE"):
    // what the earlier calls on that object (each a method another unit
    // defines) wrote into the field the method returns, each with that
    // call's arguments.
    if (StringRef(K).starts_with("this-return\n"))
      if (auto TC = ThisCalls.find(K); TC != ThisCalls.end()) {
        std::string Sym = StringRef(K).drop_front(strlen("this-return\n")).split('\n').first.str();
        if (auto TR = ThisReturns.find(Sym); TR != ThisReturns.end()) {
          const auto [Field, Part] = TR->second;
          std::vector<std::pair<std::string, std::string>> Calls = TC->second; // a copy
          for (const auto &[CallSym, Site] : Calls) {
            std::vector<Resolved> Rs = resolve("outfield:" + Field + "\n" + CallSym + "\nthis\n" + Site);
            for (Resolved R : Rs) {
              if (Part && (R.Kind == Resolved::Const || R.Kind == Resolved::Int ||
                           R.Kind == Resolved::Alg))
                continue;
              Add(std::move(R));
            }
          }
        }
      }
    std::vector<Resolved> &Slot = Memo[K];
    if (Next.size() > Slot.size()) Changed = true;
    if (Next.size() >= Slot.size()) Slot = std::move(Next);
    return Slot;
  }

  /// Whether more functions of the program call the function of the
  /// parameter link \p L than there are call sites among \p Rs (its
  /// resolved values) handing it key material or predictable bytes: some
  /// callers pass other data. Callers are counted through the units' call
  /// graphs (each calling function once).
  void countCallers() {
    if (CallersCounted) return;
    CallersCounted = true;
    for (const auto &[Sym, Fs] : Graph)
      for (const Ref &F : Fs)
        if (const json::Array *Xs = F.O->getArray("next"))
          for (const json::Value &X : *Xs)
            if (auto N = X.getAsString()) ++CallerCounts[N->str()];
  }

  bool mixedCallers(const json::Object &L, const std::vector<Resolved> &Rs) {
    countCallers();
    auto C = CallerCounts.find(L.getString("symbol").value_or("").str());
    if (C == CallerCounts.end()) return false;
    std::set<std::string> Tainted;
    for (const Resolved &R : Rs)
      if ((R.Kind == Resolved::Secret || R.Kind == Resolved::Predictable) && !R.Notes.empty()) {
        const Location &A = R.Notes.back().Loc; // the argument passed
        Tainted.insert(A.File + ":" + std::to_string(A.Line));
      }
    return C->second > Tainted.size();
  }
  std::unordered_map<std::string, size_t> CallerCounts;
  bool CallersCounted = false;

  LinkStats &Stats;
  /// Per function, the parameters its return value passes on.
  struct ReturnParam {
    unsigned Index;
    bool Transformed, Partial, Hashed;
    /// (A field's writes) where the callee stores the parameter.
    std::vector<FindingNote> Notes = {};
  };
  std::unordered_map<std::string, std::vector<ReturnParam>> ReturnParams;
  /// A method's symbol: the field of its own object it returns, and whether
  /// only as part of its value.
  std::unordered_map<std::string, std::pair<std::string, bool>> ThisReturns;
  /// A "this-return" link's question: the earlier calls on its object
  /// (symbol, site key).
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> ThisCalls;
  /// A value's "params" (Summary's paramsFact), appended to \p Out.
  static void readParams(const json::Array *Ps, std::vector<ReturnParam> &Out) {
    if (!Ps) return;
    for (const json::Value &PV : *Ps)
      if (const json::Object *P = PV.getAsObject())
        Out.push_back({unsigned(P->getInteger("index").value_or(0)),
                       P->getBoolean("transformed").value_or(false),
                       P->getBoolean("partial").value_or(false),
                       P->getBoolean("hashed").value_or(false)});
  }
  /// Per function and out-parameter ("SYMBOL\nINDEX"), the parameters it
  /// writes there.
  std::unordered_map<std::string, std::vector<ReturnParam>> OutParams;
  std::unordered_map<std::string, Chain> ChainMemo;
  std::unordered_map<std::string, std::string> Names; // symbol -> function name
  /// A value another unit's facts hold: a function's return value or
  /// out-parameter, an object's, or an argument of a call (with its place).
  struct ValueRef {
    const json::Object *V;
    const Unit *U;
    std::optional<FindingNote> At; // a call's argument
    bool Field = false;            // a field of the object passed
  };
  std::unordered_map<std::string, std::vector<ValueRef>> Values;
  std::map<std::string, std::vector<Resolved>> Memo; // node-based: references stay valid
  std::set<std::string> Done;
  bool Changed = false;
};

/// Source lines, for the finding's text and fingerprint.
class Lines {
public:
  std::string line(const Location &L) {
    auto &B = Files[L.File];
    if (!B) {
      auto R = MemoryBuffer::getFile(L.File);
      if (!R) return "";
      B = std::move(*R);
    }
    StringRef T = B->getBuffer();
    for (unsigned I = 1; I < L.Line && !T.empty(); ++I) T = T.split('\n').second;
    return T.split('\n').first.rtrim("\r").str();
  }

private:
  std::map<std::string, std::unique_ptr<MemoryBuffer>> Files;
};

} // namespace

namespace {

/// "requires-call" queries: a finding that a unit does not make a check
/// (the peer's host name is never checked) is dropped when a function the
/// unit calls or hands over as a callback, defined in another unit, makes it
/// there, directly or through further units (the units' call graphs).
void dropChecksMadeElsewhere(const std::vector<std::pair<const json::Object *, Unit>> &Units,
                             std::vector<Finding> &Findings) {
  std::vector<Ref> Queries;
  std::unordered_map<std::string, std::vector<const json::Object *>> Graph;
  for (const auto &[O, U] : Units) {
    if (const json::Array *A = O->getArray("queries"))
      for (const json::Value &V : *A)
        if (const json::Object *Q = V.getAsObject())
          if (Q->getString("kind").value_or("") == "requires-call") Queries.push_back({Q, &U});
    if (const json::Array *A = O->getArray("callgraph"))
      for (const json::Value &V : *A)
        if (const json::Object *F = V.getAsObject())
          Graph[F->getString("symbol").value_or("").str()].push_back(F);
  }
  if (Queries.empty()) return;
  std::set<std::string> Drop;
  for (const Ref &QR : Queries) {
    const json::Object *Q = QR.O;
    const json::Value *At = Q->get("at");
    const json::Array *Req = Q->getArray("requires");
    const json::Array *Through = Q->getArray("through");
    if (!At || !Req || !Through) continue;
    std::set<std::string> Exact;
    std::vector<std::unique_ptr<Regex>> Patterns;
    for (const json::Value &R : *Req)
      if (auto N = R.getAsString()) {
        if (N->starts_with("~"))
          Patterns.push_back(std::make_unique<Regex>(N->drop_front(), Regex::IgnoreCase));
        else
          Exact.insert(N->str());
      }
    auto Matches = [&](StringRef N) {
      if (Exact.count(N.str())) return true;
      for (const auto &P : Patterns)
        if (P->match(N)) return true;
      return false;
    };
    std::vector<std::string> Work;
    std::set<std::string> Seen;
    for (const json::Value &T : *Through)
      if (auto S = T.getAsString())
        if (Seen.insert(S->str()).second) Work.push_back(S->str());
    bool Found = false;
    while (!Work.empty() && !Found) {
      std::string Sym = Work.back();
      Work.pop_back();
      auto It = Graph.find(Sym);
      if (It == Graph.end()) continue;
      for (const json::Object *F : It->second) {
        if (const json::Array *Ns = F->getArray("names"))
          for (const json::Value &N : *Ns)
            if (auto NS = N.getAsString()) Found |= Matches(*NS);
        if (const json::Array *Xs = F->getArray("next"))
          for (const json::Value &X : *Xs)
            if (auto XS = X.getAsString())
              if (Seen.insert(XS->str()).second) Work.push_back(XS->str());
      }
    }
    if (!Found) continue;
    Location L = readLoc(At, *QR.U);
    Drop.insert(Q->getString("rule").value_or("").str() + "\n" + L.File + ":" +
                std::to_string(L.Line) + ":" + std::to_string(L.Col));
  }
  if (Drop.empty()) return;
  Findings.erase(std::remove_if(Findings.begin(), Findings.end(),
                                [&](const Finding &F) {
                                  return !F.CrossUnit &&
                                         Drop.count(F.Rule + "\n" + F.Loc.File + ":" +
                                                    std::to_string(F.Loc.Line) + ":" +
                                                    std::to_string(F.Loc.Col));
                                }),
                 Findings.end());
}

/// The first call a value passed in goes through (its first "argument
/// passed here"): where a caller chooses it.
std::optional<Location> choosingCaller(const std::vector<FindingNote> &Notes) {
  for (const FindingNote &N : Notes)
    if (N.Message == "argument passed here") return N.Loc;
  return std::nullopt;
}

/// A global generator (rand()) one unit draws from and another seeds
/// (srand(time(NULL)) in main.c): the per-unit finding ("it is predictable")
/// states the seed's entropy, with a note at the seeding, as when one unit
/// holds both. Only when every seeding of that generator in the program is
/// understood and they agree; the finding is then marked cross-unit.
void seedGlobalGenerators(const std::vector<std::pair<const json::Object *, Unit>> &Units,
                          std::vector<Finding> &Findings) {
  struct Seeding {
    std::optional<SeedEntropy> Seed;
    Location At;
  };
  std::map<std::string, std::vector<Seeding>> ByName;
  std::vector<Ref> Queries;
  for (const auto &[O, U] : Units) {
    if (const json::Array *A = O->getArray("seeds"))
      for (const json::Value &V : *A)
        if (const json::Object *X = V.getAsObject()) {
          Seeding Sd;
          if (const json::Object *E = X->getObject("seed")) Sd.Seed = SeedEntropy::fromJson(*E);
          Sd.At = readLoc(X->get("at"), U);
          ByName[X->getString("by").value_or("").str()].push_back(std::move(Sd));
        }
    if (const json::Array *A = O->getArray("queries"))
      for (const json::Value &V : *A)
        if (const json::Object *Q = V.getAsObject())
          if (Q->getString("kind").value_or("") == "seed") Queries.push_back({Q, &U});
  }
  if (Queries.empty() || ByName.empty()) return;
  auto Key = [](StringRef Rule, const Location &L) {
    return Rule.str() + "\n" + L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Col);
  };
  std::map<std::string, Finding *> PerUnit;
  for (Finding &F : Findings)
    if (!F.CrossUnit) PerUnit.emplace(Key(F.Rule, F.Loc), &F);
  for (const Ref &QR : Queries) {
    const json::Object &Q = *QR.O;
    auto It = PerUnit.find(Key(Q.getString("rule").value_or(""), readLoc(Q.get("at"), *QR.U)));
    const json::Array *By = Q.getArray("seeded-by");
    if (It == PerUnit.end() || !By) continue;
    std::vector<const Seeding *> All;
    for (const json::Value &N : *By)
      if (auto NS = N.getAsString()) {
        auto S = ByName.find(NS->str());
        if (S != ByName.end())
          for (const Seeding &Sd : S->second) All.push_back(&Sd);
      }
    if (All.empty()) continue;
    llvm::sort(All, [](const Seeding *A, const Seeding *B) {
      return std::tie(A->At.File, A->At.Line, A->At.Col) <
             std::tie(B->At.File, B->At.Line, B->At.Col);
    });
    bool Agree = true;
    for (const Seeding *Sd : All)
      Agree &= Sd->Seed && Sd->Seed->text() == All.front()->Seed->text();
    if (!Agree) continue;
    const SeedEntropy &E = *All.front()->Seed;
    StringRef Gen = Q.getString("generator").value_or("");
    std::string Message =
        Q.getString("message").value_or("") == "role"
            ? predictableRoleMessage(
                  Gen, parseRole(Q.getString("role").value_or("")).value_or(ParamRole::None),
                  Q.getString("callee").value_or(""), &E, Q.getString("sized").value_or("the "))
            : predictableNameMessage(Gen, Q.getString("name").value_or(""), &E);
    Finding &F = *It->second;
    F.Message = std::move(Message);
    F.Notes.push_back({All.front()->At, E.noteText()});
    F.CrossUnit = true;
    PerUnit.erase(It);
  }
}

/// "reaches 'queue_job', which calls 'spawn_job', which calls 'system'
/// (command execution)": a payload chain across units.
std::string chainText(StringRef Callee, const Linker::Chain &Ch) {
  std::string What = "reaches '" + Callee.str() + "'";
  for (size_t I = 1; I < Ch.Names.size(); ++I) What += ", which calls '" + Ch.Names[I] + "'";
  StringRef PK = Ch.Payload->getString("kind").value_or("");
  return What + ", which calls '" + Ch.Payload->getString("via").value_or("").str() + "' (" +
         payloadDescription(PK) + ")";
}

/// A "hidden-matcher" query: input handed to another unit's helper whose
/// result controls a payload (in the asking unit, or reached through
/// another unit's helper). A finding when the helper's "matcher" fact says
/// it compares that parameter with a constant and answers non-zero on a
/// match, as the asking unit assumed.
/// The payload a hidden-functionality query names: a function whose payload
/// another unit's facts show (\p PK, \p What and the notes of the chain of
/// calls to it), or the payload the query itself describes. False when the
/// named function reaches none.
bool queryPayload(Linker &L, const json::Object &Q, StringRef &PK, std::string &What,
                  std::vector<FindingNote> &Chain) {
  if (auto Sym = Q.getString("payload")) {
    const Linker::Chain &Ch = L.payloadChain(Sym->str());
    if (!Ch.Payload) return false;
    PK = Ch.Payload->getString("kind").value_or("");
    What = chainText(Q.getString("callee").value_or(""), Ch);
    Chain = readNotes(*Ch.Payload, *Ch.PayloadUnit);
    for (auto C = Ch.Calls.rbegin(); C != Ch.Calls.rend(); ++C) Chain.push_back(*C);
  } else {
    What = Q.getString("what").value_or("").str();
  }
  return true;
}

bool linkedMatch(Linker &L, const Ref &QR, Lines &Text, std::set<std::string> &Reported,
                 std::vector<Finding> &Findings) {
  const json::Object &Q = *QR.O;
  const json::Value *At = Q.get("at");
  const json::Object *Mq = Q.getObject("matcher");
  if (!At || !Mq) return false;
  auto It = L.Matchers.find(Mq->getString("symbol").value_or("").str());
  if (It == L.Matchers.end()) return false;
  const json::Object &MF = *It->second.O;
  const Unit &MU = *It->second.U;
  if (MF.getInteger("index").value_or(-1) != Mq->getInteger("index").value_or(-2) ||
      !MF.getBoolean("true-if-match").value_or(false))
    return false;
  StringRef Rule = Q.getString("rule").value_or("");
  StringRef PK = Q.getString("payload-kind").value_or("");
  std::string What;
  std::vector<FindingNote> Chain;
  if (!queryPayload(L, Q, PK, What, Chain)) return false;
  bool Through = Q.getString("payload") || Q.getBoolean("through-helper").value_or(false);
  if (!payloadCounts(Rule, PK, Q.getString("input-kind").value_or(""), Through)) return false;
  Location Use = readLoc(At, *QR.U);
  if (Rule.empty() || What.empty() ||
      !Reported
           .insert(Rule.str() + "\n" + Use.File + ":" + std::to_string(Use.Line) + ":" +
                   std::to_string(Use.Col))
           .second)
    return false;
  Finding F;
  F.Rule = Rule.str();
  F.Loc = Use;
  F.Message = triggerMessage(Rule, Q.getString("input").value_or(""),
                             MF.getString("constant").value_or(""), What, PK);
  F.CrossUnit = true;
  F.SourceLine = Text.line(Use);
  // From the payload back to the input, through the helper's comparison.
  for (const FindingNote &N : Chain) F.Notes.push_back(N);
  for (const FindingNote &N : readNotes(Q, *QR.U)) F.Notes.push_back(N);
  for (const FindingNote &N : readNotes(MF, MU)) F.Notes.push_back(N);
  for (const FindingNote &N : readNotes(Q, *QR.U, "input-notes")) F.Notes.push_back(N);
  Findings.push_back(std::move(F));
  return true;
}

} // namespace

bool sourceFileName(StringRef Path) {
  StringRef Ext = llvm::sys::path::extension(Path);
  return Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" || Ext == ".c++" ||
         Ext == ".m" || Ext == ".mm";
}

namespace {

/// A "hidden-input" query: a unit matched the result of another unit's
/// function against a constant, and the match alone reaches a payload (or a
/// grant). A finding when that function's "input" fact says its result is
/// untrusted input; the input's kind chooses the rule as within one unit.
bool linkedInput(Linker &L, const Ref &QR, Lines &Text, std::set<std::string> &Reported,
                 std::vector<Finding> &Findings) {
  const json::Object &Q = *QR.O;
  const json::Value *At = Q.get("at");
  const json::Object *Src = Q.getObject("source");
  if (!At || !Src) return false;
  std::string Sym = Src->getString("symbol").value_or("").str();
  std::optional<int64_t> Param = Src->getInteger("param");
  // Input the asking unit read and handed to another unit's function that
  // writes it, decoded, into the buffer matched ("out" and "from"): that
  // function's out fact decides; the input is the query's own.
  const json::Object *IFP = nullptr;
  const Unit *IFU = nullptr;
  if (std::optional<int64_t> Out = Src->getInteger("out")) {
    std::optional<int64_t> From = Src->getInteger("from");
    if (!From) return false;
    if (*From < 0) {
      // A function of another unit that reads the input into the buffer
      // itself (`read_line(fd, line, n)`): its "input-out" fact.
      auto It = L.InputOuts.find(Sym + "\n" + std::to_string(*Out));
      if (It == L.InputOuts.end()) return false;
      IFP = It->second.O;
      IFU = It->second.U;
    } else {
      if (!L.writesParam(Sym, *Out, *From)) return false;
      IFP = Src->getObject("input");
      IFU = QR.U;
    }
  } else {
    const auto &Map = Param ? L.ParamInputs : L.Inputs;
    auto It = Sym.empty() ? Map.end() : Map.find(Param ? Sym + "\n" + std::to_string(*Param) : Sym);
    // A field of a header's record this unit never writes (`p->sub` of the
    // record a parser state of another unit filled): the input a unit
    // stores in that field, when no caller says what it passes there (the
    // record is a context pointer handed on, whose call facts are left
    // out); a caller's record that holds no input is the answer.
    auto MI = L.MemberInputs.end();
    if (It == Map.end() && (!Param || !L.paramAnswered(Sym, *Param)))
      if (std::optional<StringRef> Member = Src->getString("member"))
        MI = L.MemberInputs.find(Member->str());
    if (It != Map.end()) {
      IFP = It->second.O;
      IFU = It->second.U;
    } else if (MI != L.MemberInputs.end()) {
      IFP = MI->second.O;
      IFU = MI->second.U;
    } else if (const json::Object *Named = Src->getObject("named");
               Named && Param && !L.hasCaller(Sym)) {
      // A parameter named like request input (`peer_addr`) of a function
      // no function of the program calls: input by its name, as the rule
      // pages say of such parameters whose callers are elsewhere.
      IFP = Named;
      IFU = QR.U;
    } else {
      return false;
    }
  }
  if (!IFP) return false;
  const json::Object &IF = *IFP;
  StringRef InKind = IF.getString("kind").value_or("");
  std::string Asked = Q.getString("rule").value_or("").str();
  std::string Rule = ruleForInput(InKind, Asked.c_str());
  StringRef PK = Q.getString("payload-kind").value_or("");
  std::string What;
  std::vector<FindingNote> Chain;
  if (!queryPayload(L, Q, PK, What, Chain)) return false;
  bool Through = Q.getString("payload") || Q.getBoolean("through-helper").value_or(false);
  if (PK == "grant" ? !grantCounts(InKind) : !payloadCounts(Rule, PK, InKind, Through))
    return false;
  Location Use = readLoc(At, *QR.U);
  if (Rule.empty() || What.empty() ||
      !Reported
           .insert(Rule + "\n" + Use.File + ":" + std::to_string(Use.Line) + ":" +
                   std::to_string(Use.Col))
           .second)
    return false;
  Finding F;
  F.Rule = Rule;
  F.Loc = Use;
  F.Message = triggerMessage(Rule, IF.getString("desc").value_or(""),
                             Q.getString("constant").value_or(""), What, PK);
  F.CrossUnit = true;
  F.SourceLine = Text.line(Use);
  // From the payload back to the input: the match here, then the function
  // of the other unit that returned what it read.
  for (const FindingNote &N : Chain) F.Notes.push_back(N);
  for (const FindingNote &N : readNotes(Q, *QR.U)) F.Notes.push_back(N);
  if (IFU != QR.U)
    for (const FindingNote &N : readNotes(IF, *IFU)) F.Notes.push_back(N);
  Findings.push_back(std::move(F));
  return true;
}

/// The rule and message of an integer another unit defines arriving in a
/// role that takes integers: a key size (backdoor-short-key, with the
/// catalog's minimum), a work factor or a salt length (backdoor-weak-kdf).
/// Empty when the value is sound.
std::pair<std::string, std::string> intRoleFinding(const Catalog &Cat, const json::Object &Q,
                                                   int64_t V) {
  StringRef Role = Q.getString("role").value_or("");
  StringRef Alg = Q.getString("algorithm").value_or("");
  if (Role == "key-bits" || Role == "key-bytes") {
    int64_t Shift = Q.getInteger("shift").value_or(0);
    int64_t N = Shift > 0 && Shift < 64 ? int64_t(uint64_t(V) >> Shift) : V;
    if (N <= 0 || N > (1 << 20)) return {};
    Candidate C;
    C.Algorithm = Alg.str();
    C.Bits = unsigned(Role == "key-bytes" ? N * 8 : N);
    C.Subject = std::to_string(C.Bits) + "-bit " + keyAlgorithmDisplay(Alg) + " key";
    auto It = Cat.thresholds().MinBits.find(C.Algorithm);
    if (It == Cat.thresholds().MinBits.end() || !It->second || C.Bits >= It->second) return {};
    return {rules::ShortKey, shortKeyMessage(C, It->second)};
  }
  std::string M = weakKdfValueMessage(Cat, parseRole(Role).value_or(ParamRole::None), Alg, V,
                                      Q.getString("callee").value_or(""));
  if (M.empty()) return {};
  return {rules::WeakKdf, M};
}

/// An algorithm or option bits another unit passes arriving at an argument
/// that the catalog models as naming one (a cipher, a digest, CCCrypt's
/// options): the rules and messages the per-unit analysis gives
/// (algorithmVerdicts, with the model of the parameter the query names), the
/// catalog's minimum sizes and the checks' default options.
std::vector<std::pair<std::string, std::string>>
algRoleFindings(const Catalog &Cat, const json::Object &Q, const Resolved &R) {
  std::vector<std::pair<std::string, std::string>> Out;
  const FunctionModel *M = Cat.function(Q.getString("callee").value_or(""));
  if (!M) return Out;
  std::vector<const ParamModel *> Ps =
      M->params(int(Q.getInteger("arg").value_or(-1)), Q.getString("param").value_or(""));
  // The model the asking unit used (the K-th of the argument's), with the
  // role it names: another catalog (a cached unit) may order them otherwise.
  int64_t K = Q.getInteger("model").value_or(-1);
  std::optional<ParamRole> Role = parseRole(Q.getString("role").value_or(""));
  if (K < 0 || size_t(K) >= Ps.size() || !Role || Ps[K]->Role != *Role) return Out;
  const ParamModel &P = *Ps[K];
  std::vector<AlgSpec> Specs;
  if (R.Kind == Resolved::Int) {
    Specs = flagAlgorithms(P, R.Value);
  } else if (R.Kind == Resolved::Alg && namesAlgorithm(P.Role)) {
    std::optional<AlgSpec> A = Cat.symbol(R.Name);
    if (!A) A = Cat.name(R.Name); // a name a lookup took ("des-ede3-cbc")
    if (A) Specs.push_back(*A);
  } else if (R.Kind == Resolved::Const && R.Bytes && namesAlgorithm(P.Role)) {
    // A string another unit passes to a lookup by name (a wrapper around
    // EVP_get_cipherbyname called with "des-cbc").
    StringRef Name = StringRef(*R.Bytes).split('\0').first;
    if (!Name.empty() && Name.size() <= 64)
      if (std::optional<AlgSpec> A = Cat.name(Name)) {
        A->Spelling = Name.str();
        Specs.push_back(*A);
      }
  }
  for (const AlgSpec &A : Specs)
    for (const AlgVerdict &V : algorithmVerdicts(Cat, A, Q.getString("context").value_or(""),
                                                 /*Implied=*/false, P.Role)) {
      if (V.Rule == StringRef(rules::ShortKey)) {
        auto It = Cat.thresholds().MinBits.find(V.Algorithm);
        if (It == Cat.thresholds().MinBits.end() || !It->second || V.Bits >= It->second) continue;
        Candidate C;
        C.Algorithm = V.Algorithm;
        C.Bits = V.Bits;
        C.Subject = V.Subject;
        Out.push_back({rules::ShortKey, shortKeyMessage(C, It->second)});
      } else if (!V.Message.empty()) {
        Out.push_back({V.Rule, V.Message});
      }
    }
  return Out;
}

} // namespace

/// A function named like a logger that a unit of the program defines
/// ("named-sink" questions) and in whose body a key leaves (a finding at
/// one of its calls): that leak is reported there, so a finding by its name
/// at a call (of the calling unit, or of the link step through it) goes. A
/// logger whose body shows no leak (the key reaches it hex-encoded in a
/// std::string) keeps the finding by name. Returns how many cross-unit
/// findings went.
unsigned dropNamedSinksDefinedElsewhere(
    const std::vector<std::pair<const json::Object *, Unit>> &Units,
    std::vector<Finding> &Findings) {
  // The lines of each defined function's calls, and the lines where a key
  // leaves: a function whose own calls leak is where its leak is reported.
  std::map<std::string, std::vector<std::string>> Defined;
  std::set<std::string> Leaks, Drop;
  for (const Finding &F : Findings)
    if (F.Rule == rules::KeyExfiltration) Leaks.insert(F.Loc.File + ":" + std::to_string(F.Loc.Line));
  for (const auto &[O, U] : Units)
    if (const json::Array *A = O->getArray("callgraph"))
      for (const json::Value &V : *A)
        if (const json::Object *F = V.getAsObject()) {
          std::vector<std::string> &Lines = Defined[F->getString("symbol").value_or("").str()];
          if (const json::Array *Ss = F->getArray("sites"))
            for (const json::Value &Site : *Ss) {
              Location L = readLoc(&Site, U);
              Lines.push_back(L.File + ":" + std::to_string(L.Line));
            }
        }
  auto LeaksInside = [&](const std::string &Sym) {
    auto It = Defined.find(Sym);
    return It != Defined.end() &&
           llvm::any_of(It->second, [&](const std::string &L) { return Leaks.count(L) > 0; });
  };
  for (const auto &[O, U] : Units)
    if (const json::Array *A = O->getArray("queries"))
      for (const json::Value &V : *A) {
        const json::Object *Q = V.getAsObject();
        const json::Value *At = Q ? Q->get("at") : nullptr;
        if (!At || Q->getString("kind").value_or("") != "named-sink" ||
            !LeaksInside(Q->getString("symbol").value_or("").str()))
          continue;
        Location L = readLoc(At, U);
        Drop.insert(Q->getString("rule").value_or("").str() + "\n" + L.File + ":" +
                    std::to_string(L.Line) + ":" + std::to_string(L.Col));
      }
  if (Drop.empty()) return 0;
  unsigned Cross = 0;
  llvm::erase_if(Findings, [&](const Finding &F) {
    bool D = Drop.count(F.Rule + "\n" + F.Loc.File + ":" + std::to_string(F.Loc.Line) + ":" +
                        std::to_string(F.Loc.Col));
    Cross += D && F.CrossUnit;
    return D;
  });
  return Cross;
}

LinkStats linkFacts(const std::vector<json::Value> &Facts, const Catalog &Cat,
                    std::vector<Finding> &Findings) {
  LinkStats Stats;
  std::vector<std::pair<const json::Object *, Unit>> Units = unitsOf(Facts);
  dropChecksMadeElsewhere(Units, Findings);
  seedGlobalGenerators(Units, Findings);
  Linker L(Units, Stats);
  if (L.Queries.empty()) return Stats;
  L.solve();
  std::set<std::string> Reported;
  auto Place = [](const std::string &Rule, const Location &Loc) {
    return Rule + "\n" + Loc.File + ":" + std::to_string(Loc.Line) + ":" + std::to_string(Loc.Col);
  };
  std::set<std::string> ReportedLines;
  for (const Finding &F : Findings) {
    Reported.insert(Place(F.Rule, F.Loc));
    ReportedLines.insert(F.Rule + "\n" + F.Loc.File + ":" + std::to_string(F.Loc.Line));
  }
  Lines Text;
  // A cross-unit finding at \p At, once per rule and place: its notes are
  // \p Notes' lists in order.
  auto Emit = [&](const std::string &Rule, const Location &At, std::string Message,
                  std::initializer_list<std::vector<FindingNote>> Notes) {
    if (!Reported.insert(Place(Rule, At)).second) return;
    Finding F;
    F.Rule = Rule;
    F.Loc = At;
    F.Message = std::move(Message);
    F.CrossUnit = true;
    F.SourceLine = Text.line(At);
    for (const std::vector<FindingNote> &Ns : Notes)
      F.Notes.insert(F.Notes.end(), Ns.begin(), Ns.end());
    Findings.push_back(std::move(F));
    ++Stats.Findings;
  };
  // Constants reported where a caller chose them, by their use and identity.
  std::set<std::string> ChosenAtCaller;
  // A key handed to a function of another unit that writes its parameter
  // out is reported at the call, naming where it goes; a question the
  // calling unit asked itself about the same call (a callee named like a
  // logger) yields to it: one finding per rule and line.
  std::vector<Ref> Ordered;
  for (int Pass = 0; Pass < 2; ++Pass)
    for (const Ref &QR : L.Queries) {
      const json::Object *Lk = QR.O->getObject("link");
      StringRef W = Lk ? Lk->getString("what").value_or("") : "";
      bool Wrapper = QR.O->getString("kind").value_or("") == "escrow" &&
                     (W == "param" || W == "member");
      if (Wrapper == (Pass == 0)) Ordered.push_back(QR);
    }
  for (const Ref &QR : Ordered) {
    const json::Object *Q = QR.O;
    const Unit &QU = *QR.U;
    StringRef Kind = Q->getString("kind").value_or("");
    if (Kind == "switch-region") continue; // read once the leaks are known (below)
    if (Kind == "hidden-matcher") {
      if (linkedMatch(L, QR, Text, Reported, Findings)) ++Stats.Findings;
      continue;
    }
    if (Kind == "hidden-input") {
      if (linkedInput(L, QR, Text, Reported, Findings)) ++Stats.Findings;
      continue;
    }
    if (Kind == "hidden-flag") {
      // A trigger set a global; another unit runs a payload only when it is set.
      auto It = L.FlagPayloads.find(Q->getString("flag").value_or("").str());
      const json::Value *FAt = Q->get("at");
      if (It == L.FlagPayloads.end() || !FAt) continue;
      const json::Object &P = *It->second.O;
      std::string Rule = Q->getString("rule").value_or("").str();
      StringRef PK = P.getString("kind").value_or("");
      StringRef InKind = Q->getString("input-kind").value_or("");
      std::string InDesc = Q->getString("input").value_or("").str();
      std::vector<FindingNote> InNotes;
      // The match's input is a parameter other units fill: input only when
      // a caller passes input there.
      if (const json::Object *Src = Q->getObject("source")) {
        auto PI = L.ParamInputs.find(Src->getString("symbol").value_or("").str() + "\n" +
                                     std::to_string(Src->getInteger("param").value_or(-1)));
        if (PI == L.ParamInputs.end()) continue;
        InKind = PI->second.O->getString("kind").value_or("");
        InDesc = PI->second.O->getString("desc").value_or("").str();
        Rule = ruleForInput(InKind, Rule.c_str());
        InNotes = readNotes(*PI->second.O, *PI->second.U);
      }
      if (!payloadCounts(Rule, PK, InKind, P.getBoolean("through-helper").value_or(false)))
        continue;
      Location FUse = readLoc(FAt, QU);
      if (Rule.empty() || !Reported.insert(Place(Rule, FUse)).second) continue;
      Finding F;
      F.Rule = Rule;
      F.Loc = FUse;
      F.Message = triggerMessage(Rule, InDesc, Q->getString("constant").value_or(""),
                                 "sets a flag that " + P.getString("what").value_or("").str(), PK);
      F.CrossUnit = true;
      F.SourceLine = Text.line(FUse);
      for (const FindingNote &N : readNotes(P, *It->second.U)) F.Notes.push_back(N);
      for (const FindingNote &N : readNotes(*Q, QU)) F.Notes.push_back(N);
      for (const FindingNote &N : InNotes) F.Notes.push_back(N);
      Findings.push_back(std::move(F));
      ++Stats.Findings;
      continue;
    }
    if (Kind == "variadic-sink") {
      // Key material handed to another unit's variadic wrapper of a sink
      // (the project's Log(fmt, ...) around vfprintf(stderr, ...)).
      auto V = L.VariadicSinks.find(Q->getString("symbol").value_or("").str());
      const json::Value *At = Q->get("at");
      if (V == L.VariadicSinks.end() || !At) continue;
      SinkKind SK =
          parseSinkKind(V->second.O->getString("kind").value_or("")).value_or(SinkKind::Log);
      if (const json::Object *Link = Q->getObject("link")) {
        // Data of another unit (a helper's hex of a key): its key material.
        if (Link->getBoolean("hashed").value_or(false)) continue;
        std::set<std::string> SeenIds;
        StringRef Name = Q->getString("name").value_or("");
        Location Here = readLoc(At, QU);
        for (const Resolved &R : withKeys(*Link, L.answer(*Link, QU))) {
          if (R.Kind != Resolved::Secret || !SeenIds.insert(R.Id).second) continue;
          if (cameBackOut(R, *Link, Here)) continue;
          std::vector<FindingNote> Notes = R.Notes;
          for (const FindingNote &N : readNotes(*Link, QU)) Notes.push_back(N);
          Emit(rules::KeyExfiltration, readLoc(At, QU),
               exfiltrationMessage(Name, keySourceText(R.What, R.Named, R.From, Name), SK,
                                   Q->getString("callee").value_or("")),
               {Notes, readNotes(*V->second.O, *V->second.U)});
        }
        continue;
      }
      Emit(rules::KeyExfiltration, readLoc(At, QU),
           exfiltrationMessage(Q->getString("name").value_or(""),
                               Q->getString("source").value_or(""), SK,
                               Q->getString("callee").value_or("")),
           {readNotes(*Q, QU), readNotes(*V->second.O, *V->second.U)});
      continue;
    }
    if (Kind == "tls-callback") {
      // Another unit's verification callback that always accepts.
      auto C = L.ConstReturns.find(Q->getString("symbol").value_or("").str());
      const json::Value *At = Q->get("at");
      if (C == L.ConstReturns.end() || !At) continue;
      int64_t V = C->second.O->getInteger("value").value_or(1);
      if ((V == 0) != Q->getBoolean("accepts-zero").value_or(false)) continue;
      Emit(rules::TlsVerifyDisabled, readLoc(At, QU),
           "the verification callback '" + Q->getString("name").value_or("").str() + "' of '" +
               Q->getString("callee").value_or("").str() +
               "' accepts every certificate, so forged certificates pass",
           {readNotes(*C->second.O, *C->second.U)});
      continue;
    }
    if (Kind == "keylog-callback") {
      // A key-log callback (or a helper it hands the secret to) defined in
      // another unit, which writes that parameter to a file, a log or the
      // network.
      const json::Value *At = Q->get("at");
      const json::Array *Params = Q->getArray("params");
      if (!At || !Params) continue;
      std::string Sym = Q->getString("symbol").value_or("").str();
      const Ref *Sink = nullptr;
      for (const json::Value &I : *Params)
        if (auto N = I.getAsInteger()) {
          auto It = L.ParamSinks.find(Sym + "\n" + std::to_string(*N));
          if (It != L.ParamSinks.end()) {
            Sink = &It->second;
            break;
          }
        }
      if (!Sink) continue;
      const json::Object &S = *Sink->O;
      SinkKind SK = parseSinkKind(S.getString("sink").value_or("")).value_or(SinkKind::File);
      std::vector<FindingNote> Where;
      if (const json::Value *SAt = S.get("at"))
        Where.push_back({readLoc(SAt, *Sink->U), "secrets written here"});
      Emit(rules::TlsKeylog, readLoc(At, QU),
           keylogMessage(Q->getString("name").value_or(""), Q->getString("callee").value_or(""),
                         SK, S.getString("via").value_or("")),
           {readNotes(*Q, QU), Where});
      continue;
    }
    if (Kind == "credential-helper") {
      // A credential and a constant handed to another unit's function: a
      // magic credential when that function compares those two parameters
      // and returns the match as the asking unit read it.
      auto C = L.Compares.find(Q->getString("symbol").value_or("").str());
      const json::Value *At = Q->get("at");
      const json::Array *Args = Q->getArray("args");
      if (C == L.Compares.end() || !At || !Args || Args->size() != 2) continue;
      const json::Array *Ps = C->second.O->getArray("params");
      if (!Ps || Ps->size() != 2 ||
          C->second.O->getBoolean("zero-is-equal").value_or(false) !=
              Q->getBoolean("zero-is-equal").value_or(true))
        continue;
      auto Int = [](const json::Value &V) { return V.getAsInteger().value_or(-1); };
      std::set<int64_t> Asked{Int((*Args)[0]), Int((*Args)[1])},
          Compared{Int((*Ps)[0]), Int((*Ps)[1])};
      if (Asked != Compared) continue;
      std::vector<FindingNote> Where;
      if (const json::Value *D = C->second.O->get("at"))
        Where.push_back({readLoc(D, *C->second.U), "the function that compares them"});
      Emit(rules::MagicCredential, readLoc(At, QU), Q->getString("message").value_or("").str(),
           {Where});
      continue;
    }
    if (Kind == "entropy-callback") {
      // Another unit's entropy function that gives constant or guessable data.
      auto E = L.Entropies.find(Q->getString("symbol").value_or("").str());
      const json::Value *At = Q->get("at");
      if (E == L.Entropies.end() || !At) continue;
      const json::Object *X =
          E->second.O->getObject(std::to_string(Q->getInteger("index").value_or(-1)));
      if (!X) continue;
      bool Method = Q->getBoolean("method").value_or(false);
      std::vector<FindingNote> Def;
      if (const json::Value *D = X->get("at"))
        Def.push_back({readLoc(D, *E->second.U),
                       Method ? "bytes function defined here" : "entropy function defined here"});
      Emit(rules::ConstantSeed, readLoc(At, QU),
           fakeEntropyMessage(Q->getString("name").value_or(""),
                              Q->getString("callee").value_or(""),
                              X->getString("why").value_or(""), Method),
           {Def});
      continue;
    }
    const json::Object *Link = Q->getObject("link");
    const json::Value *At = Q->get("at");
    if (!Link || !At) continue;
    Location Use = readLoc(At, QU);
    if (Kind == "hidden-trigger") {
      const Linker::Chain &Ch = L.payloadChain(Link->getString("symbol").value_or("").str());
      if (!Ch.Payload) continue;
      const json::Object &P = *Ch.Payload;
      StringRef Rule = Q->getString("rule").value_or("");
      StringRef PK = P.getString("kind").value_or("");
      if (!payloadCounts(Rule, PK, Q->getString("input-kind").value_or(""), /*ThroughHelper=*/true))
        continue;
      if (Q->getBoolean("shell-only").value_or(false) && PK != "shell") continue;
      if (Rule.empty() || !Reported.insert(Place(Rule.str(), Use)).second) continue;
      Finding F;
      F.Rule = Rule.str();
      F.Loc = Use;
      // One "which calls" per function on the way, over any number of units.
      std::string What = chainText(Q->getString("callee").value_or(""), Ch);
      F.Message = triggerMessage(Rule, Q->getString("input").value_or(""),
                                 Q->getString("constant").value_or(""), What, PK);
      F.CrossUnit = true;
      F.SourceLine = Text.line(Use);
      // As the per-unit finding: from the payload back to the input.
      for (const FindingNote &N : readNotes(P, *Ch.PayloadUnit)) F.Notes.push_back(N);
      for (auto It = Ch.Calls.rbegin(); It != Ch.Calls.rend(); ++It) F.Notes.push_back(*It);
      for (const FindingNote &N : readNotes(*Link, QU)) F.Notes.push_back(N);
      Findings.push_back(std::move(F));
      ++Stats.Findings;
      continue;
    }
    if (Kind == "dh-prime") {
      // A Diffie-Hellman modulus another unit defines: judged as in one unit
      // (a standard group, or prime, safe prime, composite), for every
      // constant the link may be.
      for (const Resolved &R : L.answer(*Link, QU)) {
        if (R.Kind != Resolved::Const || R.Clearing || R.Transformed || !R.Bytes) continue;
        std::optional<APInt> N = parseBigNumber(*R.Bytes);
        if (!N) continue;
        std::string Msg = dhModulusMessage(
            Cat, *N,
            dhModulusText(N->getActiveBits(), R.Name, Q->getString("callee").value_or("")));
        if (Msg.empty()) continue;
        std::vector<FindingNote> Def;
        if (!R.Notes.empty()) Def.push_back({R.Notes.front().Loc, "constant defined here"});
        std::vector<FindingNote> Rest(R.Notes.size() > 1 ? R.Notes.begin() + 1 : R.Notes.end(),
                                      R.Notes.end());
        Emit(rules::RiggedParameters, Use, Msg, {Def, Rest, readNotes(*Link, QU)});
      }
      continue;
    }
    if (Kind == "credential-compare") {
      // A credential compared with another unit's data (an `extern const
      // char *const`, a helper's return value): a magic credential when
      // every value that data may be is a constant of two bytes or more.
      const std::vector<Resolved> &As = L.answer(*Link, QU);
      if (As.empty() || llvm::any_of(As, [](const Resolved &R) {
            return R.Kind != Resolved::Const || R.Clearing || !R.Bytes || R.Bytes->size() < 2;
          }))
        continue;
      std::vector<FindingNote> Def;
      if (!As.front().Notes.empty())
        Def.push_back({As.front().Notes.front().Loc, "constant defined here"});
      Emit(rules::MagicCredential, Use, Q->getString("message").value_or("").str(),
           {Def, readNotes(*Link, QU)});
      continue;
    }
    bool T = Link->getBoolean("transformed").value_or(false);
    bool Part = Link->getBoolean("partial").value_or(false);
    std::vector<FindingNote> Steps = readNotes(*Link, QU);
    bool Hashed = Link->getBoolean("hashed").value_or(false);
    // Passed in by a caller (a parameter): the first call the value goes
    // through, where that caller chooses it; reported there, with the API's
    // use as a note.
    bool ByCaller = Link->getString("what").value_or("") == "param";
    auto CallerOf = [&](const Resolved &R) {
      return ByCaller ? choosingCaller(R.Notes) : std::nullopt;
    };
    // A caller in the asking unit itself: a call through a method the
    // asking unit's override overrides (`e.emit(k)` beside `Tee::emit`),
    // which that unit followed to its override already. (A unit never asks
    // about callers of a function it defines otherwise: those calls are not
    // exported.)
    auto OwnCaller = [&](const Resolved &R) { return ByCaller && R.Src == &QU; };
    // Data kept in a field another unit writes (not a call's output).
    StringRef LinkWhat = Link->getString("what").value_or("");
    bool StoredField = LinkWhat == "member" || LinkWhat.starts_with("field:");
    // The generator's own unit already reported this output becoming a
    // secret-named value (`license_token[i] = alphabet[gen_() % n]` in
    // new_license_token()): one finding for one flow, not again where
    // another unit assigns or uses it.
    auto ReportedProducer = [&](const Resolved &R) {
      return llvm::any_of(R.Notes, [&](const FindingNote &N) {
        return ReportedLines.count(std::string(rules::PredictableRandom) + "\n" + N.Loc.File +
                                   ":" + std::to_string(N.Loc.Line));
      });
    };
    auto PlaceKey = [](const std::optional<Location> &C) {
      return C ? C->File + ":" + std::to_string(C->Line) + ":" + std::to_string(C->Col)
               : std::string();
    };
    const std::string CalleeUses =
        "'" + Q->getString("callee").value_or("").str() + "' uses it here";
    // A TLS setting another unit chooses: reported when every value it may
    // take is in the model's insecure list (or, the result never read, its
    // conditional one), as in one unit; any other value is a choice.
    std::map<std::string, bool> TlsGroups; // reported groups: conditional only
    if (Kind == "tls-value") {
      auto In = [](const Resolved &R, const json::Array *List) {
        if (!List) return false;
        for (const json::Value &X : *List) {
          StringRef Item = X.getAsString().value_or("");
          long long N = 0;
          if ((!R.Name.empty() && Item == R.Name) ||
              (!Item.getAsInteger(0, N) && N == R.Value))
            return true;
        }
        return false;
      };
      // A parameter: each caller chooses (the values one call passes, a
      // run-time choice between two of them there, decide for that call).
      std::map<std::string, std::pair<bool, bool>> Groups; // all insecure, all known
      for (const Resolved &R : L.answer(*Link, QU)) {
        if (OwnCaller(R)) continue;
        bool Insecure = R.Kind == Resolved::Int && In(R, Q->getArray("insecure"));
        bool Known =
            Insecure || (R.Kind == Resolved::Int && In(R, Q->getArray("conditional")));
        auto [It, New] = Groups.try_emplace(PlaceKey(CallerOf(R)), Insecure, Known);
        if (!New) It->second.first &= Insecure, It->second.second &= Known;
      }
      for (const auto &[G, V] : Groups)
        if (V.second) TlsGroups[G] = !V.first;
      if (TlsGroups.empty()) continue;
    }
    const std::vector<Resolved> *AnswersOf = &L.answer(*Link, QU);
    // Random or predictable bytes the asking unit put into a key itself
    // (`util_random(session_key, n)` of another unit): key material.
    std::vector<Resolved> Keyed;
    if (Kind == "escrow" && Link->get("into-key")) {
      Keyed = withKeys(*Link, *AnswersOf);
      AnswersOf = &Keyed;
    }
    // A field nothing writes (`int rsa_bits = 1024;` of a config struct no
    // unit sets, the config handed to another unit's constructor): its
    // default member initializer is its value.
    std::vector<Resolved> Defaults;
    if (const json::Object *D = Q->getObject("default");
        D && AnswersOf->empty() && Kind == "int-role" &&
        L.defaultStands(D->getString("symbol").value_or(""))) {
      if (const json::Array *Is = D->getArray("ints"))
        for (const json::Value &IV : *Is) {
          const json::Object *X = IV.getAsObject();
          if (!X) continue;
          Resolved R = intEntry(*X, QU);
          R.Src = &QU;
          if (R.Notes.empty()) continue;
          R.Id = R.Notes.front().Loc.File + ":" + std::to_string(R.Notes.front().Loc.Line) + "=" +
                 std::to_string(R.Value);
          Defaults.push_back(std::move(R));
        }
      AnswersOf = &Defaults;
    }
    const std::vector<Resolved> &Answers = *AnswersOf;
    // A seed is constant only when every value it may take is.
    if (Kind == "seed-role" && llvm::any_of(Answers, [](const Resolved &R) {
          return R.Kind != Resolved::Const || (R.Bytes && R.Bytes->empty());
        }))
      continue;
    for (const Resolved &R : Answers) {
      if (Hashed && R.Kind == Resolved::Secret) continue; // a digest of the key is no key
      // (Kept as a password hash: a derived key is a verifier there.)
      if (Link->getBoolean("verifier").value_or(false) && verifierAnswer(R)) continue;
      if (OwnCaller(R)) continue;
      std::string Rule, Message;
      std::vector<std::pair<std::string, std::string>> More; // rules a value breaks at once
      std::optional<Location> At2; // reported elsewhere than the query's place
      std::string UseNote = "the wrapper sends it out here"; // at the query's place then
      const char *DefNote = nullptr; // the definition's note, when the rule names it
      if (Kind == "alg-role" && !T && !Part &&
          (R.Kind == Resolved::Alg || R.Kind == Resolved::Int ||
           (R.Kind == Resolved::Const && R.Bytes && !R.Transformed))) {
        More = algRoleFindings(Cat, *Q, R);
        // Passed in by a caller (a parameter, a field of the object one
        // points to): reported where that caller chooses the algorithm, the
        // first call the constant goes through; the API's use is a note.
        // An `extern` object or a helper's return value: at the use.
        At2 = choosingCaller(R.Notes);
        UseNote = CalleeUses;
        // The same constant at the same use, already reported where a caller
        // chose it (its "field:" question): not again at the use through
        // the field's type ("member": any object's).
        std::string Chosen = PlaceKey(Use) + "\n" + R.Id;
        if (At2)
          ChosenAtCaller.insert(Chosen);
        else if (Link->getString("what").value_or("") == "member" && ChosenAtCaller.count(Chosen))
          More.clear();
      } else if (Kind == "secret-role" && R.Kind == Resolved::Const && !Part &&
                 !(R.Clearing && Link->getBoolean("filled").value_or(false))) {
        bool Transformed = R.Transformed || T;
        std::optional<std::string> Bytes = Transformed ? std::nullopt : R.Bytes;
        SecretFinding SF = secretRoleFinding(
            parseRole(Q->getString("role").value_or("")).value_or(ParamRole::None), R.Name,
            Transformed, R.Clearing, Bytes, Q->getString("callee").value_or(""), Cat);
        Rule = SF.Rule;
        Message = SF.Message;
      } else if (Kind == "escrow" && R.Kind == Resolved::Secret) {
        StringRef Name = Q->getString("name").value_or("");
        StringRef Via = Q->getString("via").value_or("");
        std::string Wrapper;
        // The key went in as an argument of the project's own wrapper (a
        // parameter reaching the sink): reported where the wrapper is called,
        // the leak the caller makes; the sink is a note. The same for a
        // member a method stores its argument in, sent by another method
        // (`m.tag("k", hex(key))` keeps it in `tags_`, `flush()` sends it).
        StringRef What = Link->getString("what").value_or("");
        if (cameBackOut(R, *Link, Use)) continue;
        // (What a caller appended to a local buffer of its own, asked as
        // what any buffer's field holds: the question about the buffer the
        // sink is handed answers.)
        if (R.IntoLocal && Q->getBoolean("any-object").value_or(false)) continue;
        // (Not a parameter of an Objective-C protocol's method: a delegate
        // told of an event (`-session:didRotateKey:`) is no wrapper the
        // sender chose to send through; the adopter's own sink is the leak,
        // reported there.)
        bool Delegate =
            What == "param" && protocolMethodSymbol(Link->getString("symbol").value_or(""));
        if (!Delegate && (What == "param" || What == "member" || What.starts_with("field:")))
          for (auto It = R.Notes.rbegin(); It != R.Notes.rend(); ++It)
            if (It->Message == "argument passed here") {
              Wrapper = Link->getString("name").value_or("").str();
              At2 = It->Loc;
              break;
            }
        // Key material another unit handed over in an argument (a field of
        // the record passed to `publish(rec)`) and this unit's function sent
        // out after another unit's helper encoded it (`hex(r.diag.key)`):
        // reported at the call that hands it over, as a wrapper's call is.
        bool HandedIn = false;
        // (The call is into the sending unit: the next step is there. A key
        // handed to a third unit's constructor-like helper and read back
        // here is this unit's leak.)
        if (!At2 && !Delegate)
          for (size_t I = R.Notes.size(); I-- > 1;)
            if (R.Notes[I - 1].Message == "argument passed here" &&
                R.Notes[I - 1].Loc.File != Use.File && R.Notes[I].Loc.File == Use.File &&
                sourceFileName(R.Notes[I - 1].Loc.File)) {
              At2 = R.Notes[I - 1].Loc;
              HandedIn = true;
              break;
            }
        Rule = rules::KeyExfiltration;
        if (!Wrapper.empty() || HandedIn) Name = R.Named;
        if (!Wrapper.empty()) Via = Wrapper;
        // Appended to an object another function of the sink's unit sends.
        if (auto Sender = Q->getString("sender"); Sender && !Wrapper.empty()) Via = *Sender;
        Message = exfiltrationMessage(
            Name, keySourceText(R.What, R.Named, R.From, Name),
            parseSinkKind(Q->getString("sink").value_or("")).value_or(SinkKind::None), Via);
      } else if (Kind == "escrow-wrap" && R.Kind == Resolved::Const && !R.Clearing &&
                 (Q->getBoolean("recipients").value_or(false) || (!Part && !T)) && R.Bytes &&
                 publicKeyBytes(*R.Bytes)) {
        // Another unit's constant public key (a helper that loads an
        // embedded PEM) reaching a public-key encryption of key material,
        // or one of the recipients (an element of the array of keys).
        std::string Source = Q->getString("source").value_or("").str();
        StringRef Plain = Q->getString("plain").value_or("");
        // A plaintext of another unit too (bits of a key a caller hands in):
        // wrapped key material only when one of its links answers with a key.
        bool PlainKey = true;
        if (const json::Array *PL = Q->getArray("plain-links")) {
          PlainKey = false;
          for (const json::Value &V : *PL)
            if (const json::Object *PLink = V.getAsObject(); PLink && !PlainKey)
              for (const Resolved &PR : withKeys(*PLink, L.answer(*PLink, QU)))
                if (PR.Kind == Resolved::Secret) {
                  PlainKey = true;
                  Source = keySourceText(PR.What, PR.Named, PR.From, Plain);
                  break;
                }
        }
        if (PlainKey) {
          Rule = rules::EscrowWrap;
          DefNote = "public key defined here";
          Message = escrowWrapMessage(Q->getString("callee").value_or(""), R.Name,
                                      Q->getBoolean("recipients").value_or(false), Plain, Source);
        }
      } else if (Kind == "escrow-wrap-plain" && R.Kind == Resolved::Secret) {
        // Key material another unit hands to this unit's encryption under
        // its embedded public key (`wrap_for_recovery(cfg, sealer.key(), ...)`).
        Rule = rules::EscrowWrap;
        StringRef Plain = Q->getString("plain").value_or("");
        Message = escrowWrapMessage(Q->getString("callee").value_or(""),
                                    Q->getString("key").value_or(""), false, Plain,
                                    keySourceText(R.What, R.Named, R.From, Plain));
      } else if (Kind == "seed-role" && R.Kind == Resolved::Const && !Part &&
                 !(R.Clearing && Link->getBoolean("filled").value_or(false))) {
        Rule = rules::ConstantSeed;
        DefNote = "constant defined here";
        Message = constantSeedMessage(R.Name, Q->getString("callee").value_or(""));
      } else if (Kind == "int-role" && R.Kind == Resolved::Int) {
        std::tie(Rule, Message) = intRoleFinding(Cat, *Q, R.Value);
        // Passed in by a caller (`gen_key(r, 1024)`): reported where that
        // caller chooses the size, as an algorithm passed in is.
        if ((At2 = CallerOf(R))) UseNote = CalleeUses;
      } else if (Kind == "tls-value" && R.Kind == Resolved::Int) {
        std::optional<Location> C = CallerOf(R);
        auto G = TlsGroups.find(PlaceKey(C));
        if (G == TlsGroups.end()) continue;
        Rule = Q->getString("rule").value_or("").str();
        Message = "'" + (R.Name.empty() ? std::to_string(R.Value) : R.Name) + "' " +
                  Q->getString("reason").value_or("").str() +
                  (G->second ? ", and the verification result is never read" : "");
        if ((At2 = C)) UseNote = CalleeUses;
      } else if (Kind == "tls-string" && R.Kind == Resolved::Const && R.Bytes && !R.Transformed &&
                 !T && !Part) {
        // A cipher list or a priority string: each weakness its own finding.
        // (Another unit's piece of a list: the whole list with its text in
        // place.)
        std::vector<std::string> Msgs;
        if (Q->getString("role").value_or("") == "cipher-list")
          Msgs = weakCipherListMessages(Q->getString("before").value_or("").str() + *R.Bytes +
                                            Q->getString("after").value_or("").str(),
                                        Cat);
        else if (std::string M = weakPriorityMessage(*R.Bytes); !M.empty())
          Msgs.push_back(M);
        for (std::string &M : Msgs) More.push_back({rules::WeakTls, std::move(M)});
        if ((At2 = CallerOf(R))) UseNote = CalleeUses;
      } else if (Kind == "predictable-role" && R.Kind == Resolved::Predictable &&
                 !(StoredField && ReportedProducer(R))) {
        // (Reported already where the output became a secret-named field
        // in its own unit: `s->master_key[i] = rand()` in sdes.c, used as
        // the key by srtp.c's cipher, is one flow. A helper's output a
        // caller takes, `fill_entropy(ent, n)` then a key made of `ent`,
        // is reported at that use too: the caller chose it for the key.)
        Rule = rules::PredictableRandom;
        Message = predictableRoleMessage(
            R.Name, parseRole(Q->getString("role").value_or("")).value_or(ParamRole::None),
            Q->getString("callee").value_or(""), R.Seed ? &*R.Seed : nullptr,
            Q->getString("sized").value_or("the "));
      } else if (Kind == "predictable-name" && R.Kind == Resolved::Predictable &&
                 !ReportedProducer(R)) {
        Rule = rules::PredictableRandom;
        Message = predictableNameMessage(R.Name, Q->getString("name").value_or(""),
                                         R.Seed ? &*R.Seed : nullptr);
      }
      if (!Rule.empty()) More.push_back({Rule, Message});
      for (const auto &[FRule, FMessage] : More) {
        Location Here = At2 ? *At2 : Use;
        if (FRule.empty() || !Reported.insert(Place(FRule, Here)).second) continue;
        // One finding per rule and line: the per-unit analysis, or another
        // question of the link, reports a call of a wrapper named like a
        // logger at the call, a column to the left of its argument.
        // (Other rules may break twice on one line: a salt and a count.)
        bool NewLine =
            ReportedLines.insert(FRule + "\n" + Here.File + ":" + std::to_string(Here.Line)).second;
        if ((At2 || FRule == rules::KeyExfiltration) && !NewLine) continue;
        Finding F;
        F.Rule = FRule;
        F.Loc = Here;
        F.Message = FMessage;
        F.CrossUnit = true;
        F.SourceLine = Text.line(Here);
        // Definition first, then each step across the units; none on the use's line.
        std::set<std::string> Seen;
        auto Note = [&](const FindingNote &N) {
          if (N.Loc.File == Here.File && N.Loc.Line == Here.Line) return;
          if (!Seen.insert(N.Loc.File + ":" + std::to_string(N.Loc.Line) + ":" +
                           std::to_string(N.Loc.Col))
                   .second)
            return;
          F.Notes.push_back(N);
        };
        for (const FindingNote &N : R.Notes) {
          if (DefNote && &N == &R.Notes.front())
            Note({N.Loc, DefNote});
          else
            Note(N);
        }
        for (const FindingNote &N : Steps) Note(N);
        if (At2) Note({Use, UseNote});
        Findings.push_back(std::move(F));
        ++Stats.Findings;
      }
    }
  }
  // One key reaching one sink through two questions, one of which found the
  // call that handed it over (`shipper.publish(env)` with `env.crypto.dek`,
  // by the field of the parameter) and one only the sink (by the field of
  // any SegmentCrypto): one leak, reported at the call.
  {
    auto PlaceOf = [](const Location &L) {
      return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Col);
    };
    std::set<std::pair<std::string, std::string>> HandedOver; // (sink, key's definition)
    for (const Finding &F : Findings)
      if (F.CrossUnit && F.Rule == rules::KeyExfiltration && !F.Notes.empty())
        for (const FindingNote &N : F.Notes)
          if (!(N.Loc.File == F.Loc.File && N.Loc.Line == F.Loc.Line) &&
              N.Message == "the wrapper sends it out here")
            HandedOver.insert({PlaceOf(N.Loc), PlaceOf(F.Notes.front().Loc)});
    if (!HandedOver.empty()) {
      size_t Before = Findings.size();
      llvm::erase_if(Findings, [&](const Finding &F) {
        return F.CrossUnit && F.Rule == rules::KeyExfiltration && !F.Notes.empty() &&
               HandedOver.count({PlaceOf(F.Loc), PlaceOf(F.Notes.front().Loc)});
      });
      Stats.Findings -= Before - Findings.size();
    }
  }
  // A leak found across units inside a region a build switch of the scanned
  // build compiles in (`#if SSL_DEBUG` around `sslDebugLog("%s", hex)`, the
  // logger in another unit): the switch's finding too, as within one unit.
  size_t Made = Findings.size();
  for (const Ref &QR : L.Queries) {
    const json::Object *Q = QR.O;
    if (Q->getString("kind").value_or("") != "switch-region") continue;
    const json::Value *DV = Q->get("directive");
    const json::Value *EV = Q->get("end");
    if (!DV || !EV) continue;
    Location D = readLoc(DV, *QR.U), E = readLoc(EV, *QR.U);
    std::string Switch = Q->getString("switch").value_or("").str();
    for (size_t I = 0; I < Made; ++I) {
      const Finding &F = Findings[I];
      if (!F.CrossUnit || (F.Rule != rules::KeyExfiltration && F.Rule != rules::TlsKeylog) ||
          F.Loc.File != D.File || F.Loc.Line <= D.Line || F.Loc.Line >= E.Line)
        continue;
      if (!Reported.insert(Place(rules::BuildSwitch, F.Loc)).second) continue;
      Finding B = F;
      B.Rule = rules::BuildSwitch;
      B.Message = "code compiled in because the build switch '" + Switch +
                  "' is on exposes keys: " + StringRef(F.Message).split(';').first.str() +
                  "; a release built with the switch carries the leak";
      B.Notes.push_back({D, "the switch '" + Switch + "' is tested here"});
      Findings.push_back(std::move(B));
      ++Stats.Findings;
    }
  }
  Stats.Findings -= dropNamedSinksDefinedElsewhere(Units, Findings);
  return Stats;
}

} // namespace backdoor
