//===--- FunctionSchema.cpp - the keys of a function model -----------------===//
//
// Every key a `functions:` entry may have is declared once, in FunctionKeys
// below: how its value is read and validated, and which fields of the model
// it sets. The same declaration drives the list of allowed keys, parsing and
// the merging of a function described again (a user adding a role to a
// library function: parameters add up, every key given again replaces what
// it sets). A key cannot be accepted but not parsed, or parsed but not
// merged, or read as a boolean without being validated as one.
//
//===----------------------------------------------------------------------===//
#include "catalog/Loader.h"

#include <functional>

using namespace llvm;

namespace backdoor {
namespace {

using Model = FunctionModel;

/// One key: its name, its reader, and the copy of the fields it sets.
struct FunctionKey {
  const char *Name;
  std::function<void(CatalogLoader &, const YAML::Node &, Model &, const std::string &What)> Read;
  std::function<void(Model &To, const Model &From)> Take;
};

/// Copies the named fields from one model to another.
template <typename... Fields> std::function<void(Model &, const Model &)> take(Fields... Fs) {
  return [=](Model &To, const Model &From) { ((To.*Fs = From.*Fs), ...); };
}

std::string of(const char *Key, const std::string &What) {
  return std::string(Key) + " of " + What;
}

template <typename C> FunctionKey integerKey(const char *Key, int C::*Field) {
  return {Key,
          [=](CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
            if (auto V = L.integer(N, of(Key, What))) F.*Field = int(*V);
          },
          take(Field)};
}

template <typename C> FunctionKey flagKey(const char *Key, bool C::*Field, bool Inverted = false) {
  return {Key,
          [=](CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
            bool V = false;
            if (L.flag(N, of(Key, What), V)) F.*Field = Inverted ? !V : V;
          },
          take(Field)};
}

template <typename C> FunctionKey argsKey(const char *Key, std::vector<int> C::*Field) {
  return {Key,
          [=](CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
            L.intList(N, of(Key, What), F.*Field);
          },
          take(Field)};
}

template <typename C> FunctionKey stringsKey(const char *Key, std::vector<std::string> C::*Field) {
  return {Key,
          [=](CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
            F.*Field = L.strList(N, of(Key, What));
          },
          take(Field)};
}

/// A value of one of the catalog's closed vocabularies (catalog/Kinds.def).
template <typename C, typename E>
FunctionKey enumKey(const char *Key, E C::*Field, std::optional<E> (*Parse)(StringRef),
                    std::vector<StringRef> (*Names)()) {
  return {Key,
          [=](CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
            auto S = L.str(N, of(Key, What));
            if (!S) return;
            std::optional<E> V = Parse(*S);
            if (!V) {
              L.error(N.Mark(), "unknown " + Twine(Key) + " '" + *S + "' in " + What +
                                    " (known: " + llvm::join(Names(), ", ") + ")");
              return;
            }
            F.*Field = *V;
          },
          take(Field)};
}

// --- keys whose value is a mapping or needs more than one field ------------

/// One parameter model: a role name, or a mapping with the role and its details.
bool readParam(CatalogLoader &L, const YAML::Node &V, ParamModel &PM, const std::string &What) {
  std::string RoleName;
  if (V.IsScalar()) {
    RoleName = V.as<std::string>();
  } else if (V.IsMap()) {
    L.checkKeys(V,
                {"role", "algorithm", "algorithm-arg", "algorithm-from", "when", "insecure",
                 "conditional", "reason", "shift", "flag-clear", "flags", "null-is-zero",
                 "unless-bits", "dict-key", "algorithm-dict-key", "when-dict", "accepts"},
                "a parameter of " + What);
    if (YAML::Node Fl = V["flags"]) {
      // flags: [{bits: 2, name: kCCOptionECBMode, is: "cipher:block:ecb"}]
      if (!Fl.IsSequence())
        L.error(Fl.Mark(), "flags of a parameter of " + What + " must be a list");
      else
        for (const auto &E : Fl) {
          if (!L.expectMap(E, "a flag of " + What)) continue;
          L.checkKeys(E, {"bits", "name", "is"}, "a flag of " + What);
          ParamModel::FlagSpec FS;
          if (E["bits"])
            if (auto B = L.integer(E["bits"], "bits of a flag of " + What)) FS.Bits = *B;
          if (FS.Bits <= 0) L.error(E.Mark(), "a flag of " + What + " needs 'bits' above zero");
          if (!E["is"]) {
            L.error(E.Mark(), "a flag of " + What + " needs 'is'");
            continue;
          }
          if (auto A = L.spec(E["is"], "is of a flag of " + What))
            FS.Spec = *A;
          else
            continue;
          if (auto N = L.str(E["name"], "name of a flag of " + What)) FS.Spec.Spelling = *N;
          PM.Flags.push_back(FS);
        }
    }
    if (V["null-is-zero"]) L.flag(V["null-is-zero"], "null-is-zero of " + What, PM.NullIsZero);
    if (auto K = L.str(V["dict-key"], "dict-key of " + What)) PM.DictKey = *K;
    if (auto K = L.str(V["algorithm-dict-key"], "algorithm-dict-key of " + What))
      PM.AlgorithmDictKey = *K;
    if (YAML::Node W = V["when-dict"]) {
      if (L.expectMap(W, "when-dict of " + What)) {
        L.checkKeys(W, {"arg", "key", "is"}, "when-dict of " + What);
        if (W["arg"])
          if (auto A = L.integer(W["arg"], "when-dict.arg")) PM.WhenDictArg = *A;
        if (auto K = L.str(W["key"], "when-dict.key")) PM.WhenDictKey = *K;
        PM.WhenDictIs = L.strList(W["is"], "when-dict.is of " + What);
        if (PM.WhenDictArg < 0 || PM.WhenDictKey.empty() || PM.WhenDictIs.empty())
          L.error(W.Mark(), "when-dict of " + What + " needs 'arg', 'key' and 'is'");
      }
    }
    if (YAML::Node U = V["unless-bits"]) {
      if (L.expectMap(U, "unless-bits of " + What)) {
        L.checkKeys(U, {"arg", "bits"}, "unless-bits of " + What);
        if (U["arg"])
          if (auto A = L.integer(U["arg"], "unless-bits.arg")) PM.UnlessArg = *A;
        if (U["bits"])
          if (auto B = L.integer(U["bits"], "unless-bits.bits")) PM.UnlessBits = *B;
        if (PM.UnlessArg < 0 || PM.UnlessBits <= 0)
          L.error(U.Mark(), "unless-bits of " + What + " needs 'arg' and 'bits'");
      }
    }
    if (YAML::Node A = V["accepts"]) {
      // accepts: {returns: zero, clears: 3, unless-called: [gnutls_session_set_verify_cert]}
      std::string Ctx = "accepts of a parameter of " + What;
      if (L.expectMap(A, Ctx)) {
        L.checkKeys(A, {"returns", "clears", "unless-called"}, Ctx);
        if (auto R = L.str(A["returns"], Ctx + ".returns")) {
          if (*R == "zero")
            PM.AcceptsZero = true;
          else if (*R != "non-zero")
            L.error(A["returns"].Mark(), Ctx + ".returns must be zero or non-zero");
        }
        if (A["clears"])
          if (auto C = L.integer(A["clears"], Ctx + ".clears")) {
            if (*C < 0 || *C > 16)
              L.error(A["clears"].Mark(), Ctx + ".clears must be an argument index");
            else
              PM.AcceptsClearsArg = int(*C);
          }
        PM.AcceptsUnlessCalled = L.strList(A["unless-called"], Ctx + ".unless-called");
      }
    }
    if (auto R = L.str(V["reason"], "reason")) PM.Reason = *R;
    PM.Insecure = L.strList(V["insecure"], "insecure of a parameter of " + What);
    PM.Conditional = L.strList(V["conditional"], "conditional of a parameter of " + What);
    L.whenClause(V["when"], "when of a parameter of " + What, PM.WhenArg, PM.WhenSymbols);
    if (auto R = L.reqStr(V, "role", "a parameter of " + What)) RoleName = *R;
    if (auto A = L.str(V["algorithm"], "algorithm")) PM.Algorithm = *A;
    if (V["algorithm-arg"])
      if (auto A = L.integer(V["algorithm-arg"], "algorithm-arg")) PM.AlgorithmArg = *A;
    if (YAML::Node AF = V["algorithm-from"]) {
      // algorithm-from: {handle: 0, call: psa_set_key_type, arg: 1}
      if (L.expectMap(AF, "algorithm-from of " + What)) {
        L.checkKeys(AF, {"handle", "call", "arg"}, "algorithm-from of " + What);
        if (AF["handle"])
          if (auto A = L.integer(AF["handle"], "algorithm-from.handle"))
            PM.AlgorithmFromHandle = *A;
        if (AF["arg"])
          if (auto A = L.integer(AF["arg"], "algorithm-from.arg")) PM.AlgorithmFromArg = *A;
        if (auto C = L.str(AF["call"], "algorithm-from.call")) PM.AlgorithmFromCall = *C;
        if (PM.AlgorithmFromHandle < 0 || PM.AlgorithmFromArg < 0 || PM.AlgorithmFromCall.empty())
          L.error(AF.Mark(), "algorithm-from of " + What + " needs 'handle', 'call' and 'arg'");
      }
    }
    if (V["shift"])
      if (auto A = L.integer(V["shift"], "shift of a parameter of " + What)) {
        if (*A < 0 || *A > 62)
          L.error(V["shift"].Mark(), "shift of a parameter of " + What + " must be 0 to 62");
        else
          PM.Shift = int(*A);
      }
    if (YAML::Node FC = V["flag-clear"]) {
      std::string Ctx = "flag-clear of a parameter of " + What;
      if (L.expectMap(FC, Ctx)) {
        L.checkKeys(FC, {"mask", "spec", "name"}, Ctx);
        if (auto M = L.integer(FC["mask"], Ctx + ".mask")) PM.FlagMask = *M;
        if (auto Sp = L.spec(FC["spec"], Ctx + ".spec")) PM.FlagClear = Sp->str();
        if (auto Nm = L.str(FC["name"], Ctx + ".name")) PM.FlagClearName = *Nm;
        if (!PM.FlagMask || PM.FlagClear.empty())
          L.error(FC.Mark(), Ctx + " needs a non-zero 'mask' and a 'spec'");
      }
    }
  } else {
    L.error(V.Mark(), "a parameter of " + What + " must be a role name or a mapping");
    return false;
  }
  if (auto R = parseRole(RoleName))
    PM.Role = *R;
  else
    L.error(V.Mark(), "unknown parameter role '" + RoleName + "' in " + What);
  if (!PM.Algorithm.empty() && !L.Cat->thresholds().MinBits.count(PM.Algorithm) &&
      !L.Cat->thresholds().MinWork.count(PM.Algorithm))
    L.error(V.Mark(), "unknown algorithm '" + PM.Algorithm + "' in " + What +
                          " (known: rsa, dsa, dh, ec, symmetric, pbkdf2, scrypt-n, argon2-ops, "
                          "argon2-mem, salt-bytes, bcrypt-cost, sha-crypt-rounds)");
  return true;
}

void readParams(CatalogLoader &L, const YAML::Node &P, Model &F, const std::string &What) {
  if (!L.expectMap(P, "params of " + What)) return;
  for (auto PI = P.begin(); PI != P.end(); ++PI) {
    ParamModel PM;
    std::string Key = PI->first.as<std::string>();
    // "2#peer": a second model of argument 2 (told apart by 'when').
    StringRef KeyIdx = StringRef(Key).split('#').first;
    int Idx = 0;
    if (!KeyIdx.getAsInteger(10, Idx))
      PM.Index = Idx;
    else
      PM.Name = KeyIdx.str();
    const YAML::Node V = PI->second; // a copy: the iterator hands out a temporary
    if (!readParam(L, V, PM, What)) continue;
    F.Params.push_back(PM);
  }
}

/// override: {returns: <parameter model>, must-reject: true, rule: ..., reason: ...}
void readOverride(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  std::string Ctx = "override of " + What;
  if (!L.expectMap(N, Ctx)) return;
  L.checkKeys(N, {"returns", "must-reject", "rule", "reason"}, Ctx);
  OverrideModel O;
  O.Present = true;
  if (N["returns"]) readParam(L, N["returns"], O.Returns, Ctx);
  if (N["must-reject"]) L.flag(N["must-reject"], Ctx + ".must-reject", O.MustReject);
  if (auto R = L.str(N["rule"], Ctx + ".rule")) {
    O.Rule = *R;
    L.RuleRefs.push_back({O.Rule, N["rule"].Mark()});
  }
  if (auto R = L.str(N["reason"], Ctx + ".reason")) O.Reason = *R;
  if (O.Returns.Role == ParamRole::None && !O.MustReject)
    L.error(N.Mark(), Ctx + " needs 'returns' or 'must-reject'");
  if ((O.MustReject || !O.Returns.Insecure.empty()) && (O.Rule.empty() || O.Reason.empty()))
    L.error(N.Mark(), Ctx + " needs 'rule' and 'reason' for 'must-reject' and insecure values");
  F.Override = O;
}

void readContext(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  if (auto C = L.str(N, "context of " + What)) {
    if (!llvm::is_contained(ArrayRef(KnownContexts, NumKnownContexts), StringRef(*C)))
      L.error(N.Mark(), "unknown context '" + *C + "' in " + What);
    F.Context = *C;
  }
}

void readObjectRole(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  if (auto R = L.str(N, "object-role of " + What)) {
    if (auto Role = parseRole(*R))
      F.ObjectRole = *Role;
    else
      L.error(N.Mark(), "unknown role '" + *R + "' in " + What);
  }
}

void readCopy(CatalogLoader &L, const YAML::Node &C, Model &F, const std::string &What) {
  if (!L.expectMap(C, "copy of " + What)) return;
  L.checkKeys(C, {"to", "from", "from-rest", "transform"}, "copy of " + What);
  if (YAML::Node T = C["transform"]) {
    std::string V = T.IsScalar() ? T.Scalar() : "";
    if (std::optional<DecodeKind> D = parseDecodeKind(V))
      F.Decodes = *D;
    else if (V == "encode")
      F.CopyEncodes = true;
    else if (V != "true" && V != "false")
      L.error(T.Mark(),
              "copy.transform of " + What + " must be true, false, hex, base64 or encode");
    F.CopyTransforms = V != "false";
  }
  if (C["to"])
    if (auto V = L.integer(C["to"], "copy.to")) F.CopyTo = *V;
  L.intList(C["from"], "copy.from of " + What, F.CopyFrom);
  if (C["from-rest"])
    if (auto V = L.integer(C["from-rest"], "copy.from-rest")) F.CopyFrom.push_back(-int(*V) - 1);
  if (F.CopyTo < 0) L.error(C.Mark(), "copy of " + What + " needs 'to'");
}

/// pipeline: {from: 0, attach: last} (a source; from: external for one that
/// reads a file), {attach: 0} (a filter), {sink: 0} (a sink).
void readPipeline(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  std::string Ctx = of("pipeline", What);
  if (!L.expectMap(N, Ctx)) return;
  L.checkKeys(N, {"from", "attach", "sink"}, Ctx);
  if (YAML::Node From = N["from"]) {
    if (From.IsScalar() && From.Scalar() == "external")
      F.PipeFrom = DataFlowModel::PipeExternal; // a file, a socket: data from outside
    else if (auto V = L.integer(From, "from (an argument or 'external') of " + Ctx))
      F.PipeFrom = int(*V);
  }
  if (YAML::Node A = N["attach"]) {
    if (A.IsScalar() && A.Scalar() == "last")
      F.PipeAttach = DataFlowModel::PipeLast;
    else if (auto V = L.integer(A, "attach (an argument or 'last') of " + Ctx))
      F.PipeAttach = int(*V);
  }
  if (N["sink"])
    if (auto V = L.integer(N["sink"], "sink of " + Ctx)) F.PipeSink = int(*V);
  if (!N["attach"] && !N["sink"])
    L.error(N.Mark(), Ctx + " needs 'attach' or 'sink'");
  else if (N["from"] && !N["attach"])
    L.error(N.Mark(), Ctx + " has 'from' but no 'attach'");
}

/// dictionary: {writes: 0 | object, key: 1, value: 2} (a writer) or
/// {keys: 1, values: 2} (a creator from two parallel C arrays).
void readDictionary(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  std::string Ctx = of("dictionary", What);
  if (!L.expectMap(N, Ctx)) return;
  L.checkKeys(N, {"writes", "key", "value", "keys", "values"}, Ctx);
  auto Arg = [&](const char *Key, int &Out) {
    if (YAML::Node A = N[Key])
      if (auto V = L.integer(A, std::string(Key) + " of " + Ctx)) {
        if (*V < 0 || *V > 16)
          L.error(A.Mark(), std::string(Key) + " of " + Ctx + " must be an argument index");
        else
          Out = int(*V);
      }
  };
  if (YAML::Node W = N["writes"]) {
    if (W.IsScalar() && W.Scalar() == "object")
      F.DictWrites = DataFlowModel::DictObject;
    else
      Arg("writes", F.DictWrites);
  }
  Arg("key", F.DictKeyArg);
  Arg("value", F.DictValueArg);
  Arg("keys", F.DictKeysArg);
  Arg("values", F.DictValuesArg);
  bool Writer = N["writes"] || N["key"] || N["value"], Creator = N["keys"] || N["values"];
  if (Writer == Creator)
    L.error(N.Mark(), Ctx + " needs either 'writes', 'key' and 'value' (a writer) or 'keys' and "
                            "'values' (a creator)");
  else if (Writer && !F.dictionaryWriter())
    L.error(N.Mark(), Ctx + " needs 'writes' (an argument or 'object'), 'key' and 'value'");
  else if (Creator && !F.dictionaryCreator())
    L.error(N.Mark(), Ctx + " needs 'keys' and 'values'");
}

void readDecodes(CatalogLoader &L, const YAML::Node &Dec, Model &F, const std::string &What) {
  std::optional<DecodeKind> D = Dec.IsScalar() ? parseDecodeKind(Dec.Scalar()) : std::nullopt;
  if (!D)
    L.error(Dec.Mark(), "decodes of " + What + " must be hex or base64");
  else
    F.Decodes = *D;
}

void readInsecure(CatalogLoader &L, const YAML::Node &In, Model &F, const std::string &What) {
  if (!L.expectMap(In, "insecure of " + What)) return;
  L.checkKeys(In, {"rule", "reason", "args"}, "insecure of " + What);
  if (auto R = L.reqStr(In, "rule", "insecure of " + What)) F.InsecureRule = *R;
  if (auto R = L.reqStr(In, "reason", "insecure of " + What)) F.InsecureReason = *R;
  if (In["args"])
    if (auto A = L.integer(In["args"], "insecure.args")) F.InsecureArgs = *A;
  L.RuleRefs.push_back({F.InsecureRule, In.Mark()});
}

void readKeySource(CatalogLoader &L, const YAML::Node &K, Model &F, const std::string &What) {
  std::string Ctx = "key-source of " + What;
  if (!L.expectMap(K, Ctx)) return;
  L.checkKeys(K, {"what", "args", "return", "object", "unless-arg", "when"}, Ctx);
  if (auto W = L.reqStr(K, "what", Ctx)) F.KeySource = *W;
  L.intList(K["args"], Ctx + ".args", F.KeySourceArgs);
  L.flag(K["return"], Ctx + ".return", F.KeySourceReturn);
  L.flag(K["object"], Ctx + ".object", F.KeySourceObject);
  if (K["unless-arg"])
    if (auto A = L.integer(K["unless-arg"], Ctx + ".unless-arg")) F.KeySourceUnlessArg = *A;
  L.whenClause(K["when"], Ctx + ".when", F.KeySourceWhenArg, F.KeySourceWhen);
  if (F.KeySourceArgs.empty() && !F.KeySourceReturn && !F.KeySourceObject)
    L.error(K.Mark(), Ctx + " needs 'args', 'return' or 'object'");
}

void readSink(CatalogLoader &L, const YAML::Node &K, Model &F, const std::string &What) {
  std::string Ctx = "sink of " + What;
  if (!L.expectMap(K, Ctx)) return;
  L.checkKeys(K, {"kind", "args", "from-rest", "object", "when", "unless-arg"}, Ctx);
  if (K["unless-arg"])
    if (auto A = L.integer(K["unless-arg"], Ctx + ".unless-arg")) F.SinkUnlessArg = *A;
  if (auto W = L.reqStr(K, "kind", Ctx)) {
    static const std::vector<StringRef> SinkKinds = catalogSinkKinds(/*Handles=*/false);
    if (!llvm::is_contained(SinkKinds, StringRef(*W)))
      L.error(K["kind"].Mark(), "unknown sink kind '" + *W + "' in " + What +
                                    " (known: " + llvm::join(SinkKinds, ", ") + ")");
    else
      F.Sink = *parseSinkKind(*W);
  }
  L.intList(K["args"], Ctx + ".args", F.SinkArgs);
  if (K["from-rest"])
    if (auto V = L.integer(K["from-rest"], Ctx + ".from-rest")) F.SinkArgs.push_back(-int(*V) - 1);
  L.flag(K["object"], Ctx + ".object", F.SinkObject);
  L.whenClause(K["when"], Ctx + ".when", F.SinkWhenArg, F.SinkWhen);
  if (F.SinkArgs.empty() && !F.SinkObject)
    L.error(K.Mark(), Ctx + " needs 'args', 'from-rest' or 'object'");
}

void readSinkHandle(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  auto S = L.str(N, of("sink-handle", What));
  if (!S) return;
  static const std::vector<StringRef> Handles = catalogSinkKinds(/*Handles=*/true);
  if (!llvm::is_contained(Handles, StringRef(*S))) {
    L.error(N.Mark(), "unknown sink-handle '" + *S + "' in " + What +
                          " (known: " + llvm::join(Handles, ", ") + ")");
    return;
  }
  F.SinkHandle = *parseSinkKind(*S);
}

/// `input: {kind, args | return, handle}`: untrusted input; it is external data too.
void readInput(CatalogLoader &L, const YAML::Node &K, Model &F, const std::string &What) {
  std::string Ctx = "input of " + What;
  if (!L.expectMap(K, Ctx)) return;
  L.checkKeys(K, {"kind", "args", "return", "handle", "when", "kinds"}, Ctx);
  if (auto W = L.reqStr(K, "kind", Ctx))
    if (auto Kind = L.inputKind(*W, K["kind"], What)) F.Input = *Kind;
  std::vector<int> Args;
  L.intList(K["args"], Ctx + ".args", Args);
  for (int A : Args)
    if (!llvm::is_contained(F.External, A)) F.External.push_back(A);
  bool Ret = false;
  if (K["return"]) L.flag(K["return"], Ctx + ".return", Ret);
  F.ExternalReturn |= Ret;
  // `handle: object`: the receiver of a message (`[fh availableData]`).
  if (K["handle"] && K["handle"].IsScalar() && K["handle"].Scalar() == "object")
    F.InputHandle = -2;
  else if (K["handle"])
    if (auto V = L.integer(K["handle"], Ctx + ".handle")) F.InputHandle = *V;
  if (Args.empty() && !Ret) L.error(K.Mark(), Ctx + " needs 'args' or 'return'");
  // `when: {arg, is}`: input of this kind only for those selectors
  // (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len)).
  if (K["when"]) L.whenClause(K["when"], Ctx + ".when", F.InputWhenArg, F.InputWhen);
  // `kinds: {peer-name: [PAM_RHOST]}`: another kind for those selectors of
  // the `when` argument.
  if (const YAML::Node Ks = K["kinds"]) {
    if (!K["when"]) L.error(Ks.Mark(), Ctx + ".kinds needs 'when'");
    if (L.expectMap(Ks, Ctx + ".kinds"))
      for (auto It = Ks.begin(); It != Ks.end(); ++It) {
        std::string Name = It->first.as<std::string>();
        std::optional<InputKind> Kind = L.inputKind(Name, It->first, What);
        if (!Kind) continue;
        std::vector<std::string> Sel = L.strList(It->second, Ctx + ".kinds." + Name);
        if (!Sel.empty()) F.InputKindWhen.push_back({*Kind, std::move(Sel)});
      }
  }
}

/// `input-callback: {arg, params, kind}`: the function passed as argument
/// `arg` is called back with untrusted input of `kind` in its `params`.
void readInputCallback(CatalogLoader &L, const YAML::Node &K, Model &F, const std::string &What) {
  std::string Ctx = "input-callback of " + What;
  if (!L.expectMap(K, Ctx)) return;
  L.checkKeys(K, {"arg", "params", "kind"}, Ctx);
  if (auto W = L.reqStr(K, "kind", Ctx))
    if (auto Kind = L.inputKind(*W, K["kind"], What)) F.InputCallbackKind = *Kind;
  if (!K["arg"])
    L.error(K.Mark(), Ctx + " needs 'arg'");
  else if (auto V = L.integer(K["arg"], Ctx + ".arg"))
    F.InputCallback = *V;
  L.intList(K["params"], Ctx + ".params", F.InputCallbackParams);
  if (F.InputCallbackParams.empty()) L.error(K.Mark(), Ctx + " needs 'params'");
}

/// `match: {kind, subject, pattern, true-if-found}` (`object` for a member call's object).
void readMatch(CatalogLoader &L, const YAML::Node &K, Model &F, const std::string &What) {
  std::string Ctx = "match of " + What;
  if (!L.expectMap(K, Ctx)) return;
  L.checkKeys(K, {"kind", "subject", "pattern", "true-if-found"}, Ctx);
  if (auto W = L.reqStr(K, "kind", Ctx)) {
    if (auto Kind = parseMatchKind(*W))
      F.Match = *Kind;
    else
      L.error(K["kind"].Mark(), "unknown match kind '" + *W + "' in " + What +
                                    " (known: " + llvm::join(matchKindNames(), ", ") + ")");
  }
  auto Arg = [&](const char *Key, int &Out) {
    YAML::Node A = K[Key];
    if (!A) return L.error(K.Mark(), Ctx + " needs '" + Key + "'");
    if (A.IsScalar() && A.Scalar() == "object")
      Out = -2;
    else if (auto V = L.integer(A, Ctx + "." + Key))
      Out = *V;
  };
  Arg("subject", F.MatchSubject);
  Arg("pattern", F.MatchPattern);
  if (K["true-if-found"]) L.flag(K["true-if-found"], Ctx + ".true-if-found", F.MatchTrueIfFound);
}

/// `payload: {kind, args, when-zero}`.
void readPayload(CatalogLoader &L, const YAML::Node &K, Model &F, const std::string &What) {
  std::string Ctx = "payload of " + What;
  if (!L.expectMap(K, Ctx)) return;
  L.checkKeys(K, {"kind", "args", "when-zero"}, Ctx);
  if (auto W = L.reqStr(K, "kind", Ctx)) {
    if (auto Kind = parsePayloadKind(*W))
      F.Payload = *Kind;
    else
      L.error(K["kind"].Mark(), "unknown payload kind '" + *W + "' in " + What +
                                    " (known: " + llvm::join(payloadKindNames(), ", ") + ")");
  }
  L.intList(K["args"], Ctx + ".args", F.PayloadArgs);
  if (K["when-zero"])
    if (auto V = L.integer(K["when-zero"], Ctx + ".when-zero")) F.PayloadZeroArg = *V;
}

/// `{a: N, b: M}`, both required: two argument positions of one key.
template <typename C>
FunctionKey pairKey(const char *Key, const char *A, int C::*FA, const char *B, int C::*FB) {
  return {Key,
          [=](CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
            std::string Ctx = of(Key, What);
            if (!L.expectMap(N, Ctx)) return;
            L.checkKeys(N, {StringRef(A), StringRef(B)}, Ctx);
            if (N[A])
              if (auto V = L.integer(N[A], std::string(Key) + "." + A)) F.*FA = *V;
            if (N[B])
              if (auto V = L.integer(N[B], std::string(Key) + "." + B)) F.*FB = *V;
            if (F.*FA < 0 || F.*FB < 0)
              L.error(N.Mark(), Ctx + " needs '" + A + "' and '" + B + "'");
          },
          take(FA, FB)};
}

/// seed-entropy: {bits: 32, source: clock time}
void readSeedEntropy(CatalogLoader &L, const YAML::Node &N, Model &F, const std::string &What) {
  std::string Ctx = of("seed-entropy", What);
  if (!L.expectMap(N, Ctx)) return;
  L.checkKeys(N, {"bits", "source"}, Ctx);
  if (!N["bits"] || !N["source"]) {
    L.error(N.Mark(), Ctx + " needs 'bits' and 'source'");
    return;
  }
  if (auto V = L.integer(N["bits"], "bits of " + Ctx)) {
    if (*V < 0 || *V > 1024)
      L.error(N["bits"].Mark(), "bits of " + Ctx + " must be from 0 to 1024");
    else
      F.SeedBits = int(*V);
  }
  if (auto S = L.str(N["source"], "source of " + Ctx)) F.SeedSource = *S;
}

void readCompare(CatalogLoader &L, const YAML::Node &Cmp, Model &F, const std::string &What) {
  if (!Cmp.IsSequence() || Cmp.size() != 2) {
    L.error(Cmp.Mark(), "compare of " + What + " must list the two compared arguments");
    return;
  }
  for (const auto &X : Cmp)
    if (auto V = L.integer(X, "compare of " + What)) F.Compare.push_back(*V);
}

void readUses(CatalogLoader &L, const YAML::Node &U, Model &F, const std::string &What) {
  if (U.IsScalar()) {
    if (auto A = L.spec(U, "uses of " + What)) F.Uses.push_back(*A);
  } else if (U.IsSequence()) {
    for (const auto &E : U)
      if (auto A = L.spec(E, "uses of " + What)) F.Uses.push_back(*A);
  } else {
    L.error(U.Mark(), "uses of " + What + " must be a spec or a list of specs");
  }
}

using SM = SelectionModel;
using IM = InsecureCallModel;
using DM = DataFlowModel;
using KM = KeyMaterialModel;
using RM = RandomnessModel;
using HM = HiddenModel;

/// Every key of a function model, once.
const std::vector<FunctionKey> &functionKeys() {
  static const std::vector<FunctionKey> Keys = {
      // Selection: what the function selects or configures.
      {"params", readParams,
       [](Model &To, const Model &From) {
         To.Params.insert(To.Params.end(), From.Params.begin(), From.Params.end());
       }},
      {"context", readContext, take(&SM::Context)},
      integerKey("context-arg", &SM::ContextArg),
      integerKey("returns-from", &SM::ReturnsFrom),
      flagKey("returns-object", &SM::ReturnsObject),
      {"uses", readUses, take(&SM::Uses)},
      integerKey("handle", &SM::HandleArg),
      stringsKey("handle-requires", &SM::HandleRequires),
      {"object-role", readObjectRole, take(&SM::ObjectRole)},
      {"override", readOverride, take(&SM::Override)},
      flagKey("constructs-template-arg", &SM::ConstructsTemplateArg),
      // Insecure calls.
      {"insecure", readInsecure, take(&IM::InsecureRule, &IM::InsecureReason, &IM::InsecureArgs)},
      stringsKey("unless-called", &IM::UnlessCalled),
      stringsKey("requires-in-unit", &IM::RequiresInTu),
      stringsKey("only-if-in-unit", &IM::OnlyIfInTu),
      // Data flow.
      argsKey("external", &DM::External),
      flagKey("external-return", &DM::ExternalReturn),
      {"copy", readCopy,
       take(&DM::CopyTo, &DM::CopyFrom, &DM::CopyTransforms, &DM::CopyEncodes, &DM::Decodes)},
      {"decodes", readDecodes, take(&DM::Decodes)},
      {"pipeline", readPipeline, take(&DM::PipeFrom, &DM::PipeAttach, &DM::PipeSink)},
      {"dictionary", readDictionary,
       take(&DM::DictWrites, &DM::DictKeyArg, &DM::DictValueArg, &DM::DictKeysArg,
            &DM::DictValuesArg)},
      integerKey("clears", &DM::Clears),
      integerKey("encrypts-in-place", &DM::EncryptsInPlace),
      flagKey("zeroed-return", &DM::ZeroedReturn),
      flagKey("fresh-return", &DM::FreshReturn),
      pairKey("drain", "handle", &DM::DrainHandle, "to", &DM::DrainTo),
      pairKey("absorb", "handle", &DM::AbsorbHandle, "data", &DM::AbsorbData),
      {"compare", readCompare, take(&DM::Compare)},
      flagKey("compare-true-if-equal", &DM::CompareZeroIsEqual, /*Inverted=*/true),
      // Key material and sinks.
      {"key-source", readKeySource,
       take(&KM::KeySource, &KM::KeySourceArgs, &KM::KeySourceReturn, &KM::KeySourceObject,
            &KM::KeySourceUnlessArg, &KM::KeySourceWhenArg, &KM::KeySourceWhen)},
      {"sink", readSink,
       take(&KM::Sink, &KM::SinkArgs, &KM::SinkObject, &KM::SinkWhenArg, &KM::SinkWhen,
            &KM::SinkUnlessArg)},
      {"sink-handle", readSinkHandle, take(&KM::SinkHandle)},
      flagKey("shared-memory-return", &KM::SharedMemoryReturn),
      integerKey("keylog-callback", &KM::KeylogCallback),
      // Randomness and verification.
      flagKey("rng", &RM::Rng),
      flagKey("predictable-return", &RM::PredictableReturn),
      argsKey("predictable", &RM::Predictable),
      flagKey("must-check", &RM::MustCheck),
      stringsKey("must-check-unless-defined", &RM::MustCheckUnlessDefined),
      enumKey("verify-result", &RM::VerifyResult, parseVerifyResultKind, verifyResultKindNames),
      pairKey("entropy-callback", "arg", &RM::EntropyCallback, "output", &RM::EntropyOutput),
      stringsKey("seeded-by", &RM::SeededBy),
      {"seed-entropy", readSeedEntropy, take(&RM::SeedBits, &RM::SeedSource)},
      // Hidden functionality.
      {"input", readInput,
       take(&HM::Input, &HM::InputHandle, &HM::InputWhenArg, &HM::InputWhen, &HM::InputKindWhen,
            &DM::External, &DM::ExternalReturn)},
      {"input-callback", readInputCallback,
       take(&HM::InputCallback, &HM::InputCallbackParams, &HM::InputCallbackKind)},
      {"match", readMatch,
       take(&HM::Match, &HM::MatchSubject, &HM::MatchPattern, &HM::MatchTrueIfFound)},
      {"payload", readPayload, take(&HM::Payload, &HM::PayloadArgs, &HM::PayloadZeroArg)},
      integerKey("input-parsed-from", &HM::InputParsedFrom),
  };
  return Keys;
}

std::vector<llvm::StringRef> functionKeyNames() {
  std::vector<StringRef> Names;
  for (const FunctionKey &K : functionKeys()) Names.push_back(K.Name);
  return Names;
}

} // namespace

void CatalogLoader::loadFunctions(const YAML::Node &N, const std::string &Library) {
  if (!expectMap(N, "'functions'")) return;
  static const std::vector<StringRef> Allowed = functionKeyNames();
  for (auto It = N.begin(); It != N.end(); ++It) {
    FunctionModel F;
    F.Name = It->first.as<std::string>();
    F.Library = Library;
    F.File = File;
    F.Line = It->first.Mark().line + 1;
    std::string What = "function '" + F.Name + "'";
    const YAML::Node M = It->second; // a copy: the iterator hands out a temporary
    if (!expectMap(M, What)) continue;
    checkKeys(M, Allowed, What);
    // The model's keys, read once: yaml-cpp's M[Name] compares Name with
    // every key of M (a string conversion each), and there are seventy names
    // to ask for each of thousands of models. The first of a repeated key
    // wins, as with M[Name].
    llvm::StringMap<YAML::Node> Keys;
    for (auto KI = M.begin(); KI != M.end(); ++KI)
      if (KI->first.IsScalar()) Keys.try_emplace(KI->first.Scalar(), KI->second);
    std::vector<const FunctionKey *> Given;
    for (const FunctionKey &K : functionKeys())
      if (auto KV = Keys.find(K.Name); KV != Keys.end() && KV->second) {
        YAML::Node V = KV->second;
        K.Read(*this, V, F, What);
        Given.push_back(&K);
      }
    if (F.HandleArg >= 0 && F.HandleRequires.empty())
      error(M.Mark(), What + " has 'handle' but no 'handle-requires'");
    auto Existing = Cat->Functions.find(F.Name);
    if (Existing == Cat->Functions.end()) {
      Cat->Functions[F.Name] = std::move(F);
      continue;
    }
    // A function described again: what each given key sets replaces the old
    // fields (parameters add up).
    for (const FunctionKey *K : Given) K->Take(Existing->second, F);
  }
}

} // namespace backdoor
