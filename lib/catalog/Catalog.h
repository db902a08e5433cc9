//===--- Catalog.h - the YAML rule catalog ----------------------*- C++ -*-===//
//
// The catalog is the single source of truth for rule metadata and for the API
// models of crypto libraries. It is loaded once per process from every *.yaml
// file below the bundled rules directory and any user directories, validated,
// and then shared read-only by every check and by the CLI's emitters.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CATALOG_H
#define BACKDOOR_CATALOG_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace backdoor {

struct Profile; // catalog/Profile.h

/// Highest catalog schema version this build understands.
constexpr int CatalogSchemaVersion = 1;

enum class Severity { Low = 0, Medium = 1, High = 2, Critical = 3 };
std::optional<Severity> parseSeverity(llvm::StringRef S);
llvm::StringRef severityName(Severity S);

/// How often a rule's findings are right (CodeQL's precision levels): the
/// catalog gives each rule one; a finding the tool is unsure of is Low.
enum class PrecisionLevel { Low = 0, Medium = 1, High = 2, VeryHigh = 3 };
std::optional<PrecisionLevel> parsePrecision(llvm::StringRef S);
llvm::StringRef precisionName(PrecisionLevel P);

/// A `file:line:col: error: message` problem found while loading the catalog.
struct CatalogError {
  std::string File;
  unsigned Line = 0, Col = 0; // 1-based; 0 when unknown
  std::string Message;
  std::string str() const;
};

struct RuleExample {
  std::string Library, Code;
};

/// Metadata of one rule; the rule id is also the clang-tidy check name.
struct Rule {
  std::string Id, Family, Title, Summary, Rationale, Remediation;
  std::vector<RuleExample> Examples;
  std::vector<unsigned> Cwe;
  Severity Sev = Severity::Medium;
  double SecuritySeverity = 5.0;
  std::string Precision; // very-high, high, medium, low (validated by parsePrecision)
  std::vector<std::string> Tags, References;
  std::string File;
  unsigned Line = 0;
};

/// The kind of an algorithm: cipher, digest, curve, padding, pkey, group
/// (catalog/Kinds.def holds the one table of spellings). None: no kind.
enum class AlgKind : uint8_t {
  None,
#define BACKDOOR_ALG_KIND(Id, Spelling, InCatalog) Id,
#include "catalog/Kinds.def"
};
/// The kind a spelling names, any of the table's (never None).
std::optional<AlgKind> parseAlgKind(llvm::StringRef Spelling);
/// The spelling of a kind ("" for None).
llvm::StringRef algKindName(AlgKind K);
/// Whether an algorithm spec of the catalog may name the kind.
bool isCatalogAlgKind(AlgKind K);

/// What a constant, name or call denotes: "cipher:des:ecb:56" and friends.
/// Kind is one the catalog may name (isCatalogAlgKind).
struct AlgSpec {
  AlgKind Kind = AlgKind::None;
  std::string Family, Mode;
  unsigned Bits = 0;
  std::string Spelling; // the source spelling it was recognised from
  std::string str() const;
  static std::optional<AlgSpec> parse(llvm::StringRef S);
};

/// How sound an algorithm family is: ok, legacy, broken, null
/// (catalog/Kinds.def). None: not known.
enum class FamilyStatus : uint8_t {
  None,
#define BACKDOOR_FAMILY_STATUS(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
std::optional<FamilyStatus> parseFamilyStatus(llvm::StringRef Spelling);
llvm::StringRef familyStatusName(FamilyStatus S);
std::vector<llvm::StringRef> familyStatusNames();

/// Properties of an algorithm family (kind + family name).
struct FamilyInfo {
  AlgKind Kind = AlgKind::None;
  std::string Family, Display;
  FamilyStatus Status = FamilyStatus::None; // ok, legacy, broken, null
  unsigned KeyBits = 0, BlockBits = 0;
};

/// The role of a parameter of a modelled function, as the YAML names it
/// (catalog/Roles.def holds the one table of spellings). None: no role.
enum class ParamRole : uint8_t {
  None,
#define BACKDOOR_ROLE(Id, Spelling) Id,
#include "catalog/Roles.def"
};
/// The role a YAML spelling names, if any (never None).
std::optional<ParamRole> parseRole(llvm::StringRef Spelling);
/// The YAML spelling of a role ("" for None).
llvm::StringRef roleName(ParamRole R);

/// Where data leaves the process: the kinds a `sink:` or `sink-handle:`
/// names, and the analysis's own (catalog/Roles.def). None: not a sink.
enum class SinkKind : uint8_t {
  None,
#define BACKDOOR_SINK_KIND(Id, Spelling, InCatalog, IsHandle) Id,
#include "catalog/Roles.def"
};
/// The kind a spelling names, any of the table's (never None).
std::optional<SinkKind> parseSinkKind(llvm::StringRef Spelling);
/// The spelling of a sink kind ("" for None).
llvm::StringRef sinkKindName(SinkKind K);

/// The role of one parameter of a modelled function.
struct ParamModel {
  int Index = -1;                   // position, or -1 when matched by Name
  std::string Name;                 // parameter name (stable across library versions)
  ParamRole Role = ParamRole::None; // cipher, digest, key-bits, key-bytes, curve, padding, ...
  std::string Algorithm;            // for key sizes: rsa, dsa, dh, ec, symmetric
  int AlgorithmArg = -1;            // for key sizes: the argument that names the algorithm
  /// For key sizes: the algorithm named by argument AlgorithmFromArg of a call of
  /// AlgorithmFromCall on the handle in argument AlgorithmFromHandle, in the same
  /// function (PSA's psa_set_key_type(&attr, RSA) beside psa_set_key_bits(&attr, n));
  /// Algorithm when there is none.
  int AlgorithmFromHandle = -1, AlgorithmFromArg = -1;
  std::string AlgorithmFromCall;
  std::vector<std::string> Insecure;    // values (numbers or symbol names) that are findings
  std::vector<std::string> Conditional; // values that are findings unless UnlessCalled is called
  std::string Reason;                   // what an insecure value does (else the function's)
  int WhenArg = -1; // the role holds only when this argument is one of WhenSymbols
  std::vector<std::string> WhenSymbols; // (curl_easy_setopt(h, CURLOPT_USERPWD, ...))
  int Shift = 0;        // key sizes: the value is shifted this far right (CryptoAPI's dwFlags)
  int64_t FlagMask = 0; // a flags argument: when no bit of FlagMask is set, it selects FlagClear
  std::string FlagClear, FlagClearName; // (CryptEncrypt without CRYPT_OAEP: PKCS#1 v1.5)
  /// Bit flags of an options argument that select an algorithm or mode
  /// (CCCrypt's kCCOptionECBMode): when every bit of Bits is set, Spec is used.
  struct FlagSpec {
    int64_t Bits = 0;
    AlgSpec Spec;
  };
  std::vector<FlagSpec> Flags;
  bool NullIsZero = false; // a NULL argument means all zero bytes (CCCrypt's IV)
  int UnlessArg = -1;      // ...except when argument UnlessArg has every bit of UnlessBits set
  int64_t UnlessBits = 0;
  /// The argument is a dictionary (an Objective-C literal @{...}): the role is
  /// the value under DictKey (SecKeyCreateRandomKey's kSecAttrKeySizeInBits),
  /// its algorithm the value under AlgorithmDictKey (kSecAttrKeyType).
  std::string DictKey, AlgorithmDictKey;
  /// The role holds only when the dictionary argument WhenDictArg has, under
  /// WhenDictKey, one of WhenDictIs (kSecAttrKeyClass: kSecAttrKeyClassPrivate).
  int WhenDictArg = -1;
  std::string WhenDictKey;
  std::vector<std::string> WhenDictIs;
  /// A verification callback (role verify-callback) accepts every certificate
  /// when each of its returns is zero (AcceptsZero: GnuTLS, Mbed TLS) or a
  /// non-zero constant (OpenSSL, wolfSSL); with AcceptsClearsArg it must also
  /// store 0, unconditionally, through that pointer argument (Mbed TLS clears
  /// *flags to accept). Not when the function that installs the callback also
  /// calls one of AcceptsUnlessCalled: the library then verifies by itself
  /// (gnutls_session_set_verify_cert).
  bool AcceptsZero = false;
  int AcceptsClearsArg = -1;
  std::vector<std::string> AcceptsUnlessCalled;
};

/// What an override of a modelled virtual method decides (a Botan
/// TLS::Policy subclass, a TLS::Callbacks::tls_verify_cert_chain override).
struct OverrideModel {
  bool Present = false;
  ParamModel Returns; // the role of every value the override returns (Role None: none)
  bool MustReject =
      false; // it rejects by throwing or calling the base: without either it accepts all
  std::string Rule, Reason; // the finding and what it means
};

// A function model is split by concern into the sub-models below; every
// field is read from one key of a `functions:` entry, declared once in
// lib/catalog/FunctionSchema.cpp (which drives parsing, validation and the
// merging of a function described again), and documented in
// docs/catalog.md.

/// What the function selects or configures: algorithms, key sizes, contexts.
struct SelectionModel {
  std::vector<ParamModel> Params;
  std::string Context;        // signature, mac, kdf, encryption, decryption, ...
  int ContextArg = -1;        // context applies only when this argument is non-zero
  int ReturnsFrom = -1;       // a lookup: the result is the algorithm named by this argument
  bool ReturnsObject = false; // a member function returning its object's data (bits_of())
  std::vector<AlgSpec> Uses;  // calling it uses these algorithms
  int HandleArg = -1;         // the handle whose other uses decide the context
  std::vector<std::string> HandleRequires; // ...one of these must be called on it
  ParamRole ObjectRole = ParamRole::None;  // role of the object a member function is called on
  OverrideModel Override;                  // what overrides of this virtual method decide
  /// std::make_unique<T>(args...): a construction of its first template
  /// argument's class with the same arguments (T's constructor model applies)
  bool ConstructsTemplateArg = false;
};

/// Calling the function is itself a configuration finding.
struct InsecureCallModel {
  std::string InsecureRule, InsecureReason; // calling it is a finding of this rule
  int InsecureArgs = -1;                    // ...only with this many arguments (-1: any)
  std::vector<std::string> UnlessCalled;    // Conditional values pass when one of these is called
  std::vector<std::string> RequiresInTu;    // a finding unless one of these is called in the unit
  std::vector<std::string> OnlyIfInTu;      // ...and only when one of these is called in it
};

/// What a decoder decodes: hex, base64 (catalog/Kinds.def). None: no decoding.
enum class DecodeKind : uint8_t {
  None,
#define BACKDOOR_DECODE_KIND(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
std::optional<DecodeKind> parseDecodeKind(llvm::StringRef Spelling);
llvm::StringRef decodeKindName(DecodeKind K);

/// How data moves through the function, for provenance.
struct DataFlowModel {
  std::vector<int> External;   // arguments whose buffers it fills from outside (RNG, I/O)
  bool ExternalReturn = false; // its result comes from outside (getenv, a key store)
  int CopyTo = -1;             // memcpy-like: data of CopyFrom arguments lands in CopyTo
  std::vector<int> CopyFrom;   // (-N means "every argument from N on", for formats)
  bool CopyTransforms = false; // the copy is a hash or a decoding, not the bytes themselves
  bool CopyEncodes = false;    // the copy is an encoding (hex, base64): key material stays
  DecodeKind Decodes = DecodeKind::None; // the copy or returned value decodes its input
  int Clears = -1;                       // memset(p, 0, n), explicit_bzero: clears this argument
  int EncryptsInPlace = -1; // Botan's Cipher_Mode::finish(buf): all of buf then is ciphertext
  bool ZeroedReturn = false;             // calloc, OPENSSL_zalloc: returns zero-filled storage
  bool FreshReturn = false;              // malloc: returns storage with no contents yet
  int DrainHandle = -1, DrainTo = -1;    // EVP_DigestFinal(h, out): what h absorbed lands in out
  std::vector<int> Compare;              // strcmp-like: these two arguments are compared
  bool CompareZeroIsEqual = true;        // strcmp() == 0 means equal (false: returns true on equal)
  int AbsorbHandle = -1, AbsorbData = -1; // CryptHashData(h, data): data goes into h's state
  /// A filter pipeline's constructors (Crypto++'s StringSource(hex, true, new
  /// HexDecoder(new StringSink(raw)))): a source pumps argument PipeFrom into
  /// the object attached at PipeAttach; a filter passes it on to its own
  /// attachment (decoding it when Decodes says so); a sink writes it into
  /// argument PipeSink. PipeLast: the attachment is the last argument.
  static constexpr int PipeLast = -2;
  /// PipeFrom: the source pumps data from outside the program (a file).
  static constexpr int PipeExternal = -3;
  int PipeFrom = -1, PipeAttach = -1, PipeSink = -1;
  /// A dictionary writer or creator (`dictionary:`), read where a modelled
  /// parameter takes a dictionary (dict-key, when-dict): a writer stores the
  /// value of argument DictValueArg under the key of argument DictKeyArg into
  /// the dictionary of argument DictWrites (DictObject: the object a method is
  /// sent to; CFDictionarySetValue, -[NSMutableDictionary setObject:forKey:]);
  /// a creator returns a dictionary of the parallel C arrays of keys and
  /// values in arguments DictKeysArg and DictValuesArg (CFDictionaryCreate).
  static constexpr int DictObject = -2;
  int DictWrites = -1, DictKeyArg = -1, DictValueArg = -1;
  int DictKeysArg = -1, DictValuesArg = -1;
  bool dictionaryWriter() const { return DictWrites != -1 && DictKeyArg >= 0 && DictValueArg >= 0; }
  bool dictionaryCreator() const { return DictKeysArg >= 0 && DictValuesArg >= 0; }
};

/// Key material and where it may leave the process, for the escrow rules.
struct KeyMaterialModel {
  std::string KeySource;          // what key material it produces ("a generated key pair")
  std::vector<int> KeySourceArgs; // ...in these arguments
  bool KeySourceReturn = false;   // ...as its result (or the constructed object)
  bool KeySourceObject = false;   // ...in the object it is called on
  int KeySourceUnlessArg = -1; // not key material when this argument is not null (a wrapping key)
  int KeySourceWhenArg = -1;   // only when this argument is one of KeySourceWhen
  std::vector<std::string> KeySourceWhen;
  SinkKind Sink = SinkKind::None; // network, log, file, descriptor, environment, shared-memory
  std::vector<int> SinkArgs;      // the arguments that leave (-N: every argument from N-1 on)
  int SinkWhenArg = -1;           // only when this argument is one of SinkWhen
  int SinkUnlessArg = -1;         // not a sink when this argument is not null (written encrypted)
  bool SinkObject = false;        // the object it is called on leaves ([keyData writeToFile:...])
  std::vector<std::string> SinkWhen;
  SinkKind SinkHandle =
      SinkKind::None; // its result is a handle whose writes leave (BIO_new_socket: network)
  bool SharedMemoryReturn = false; // its result is memory other processes read
  int KeylogCallback = -1;         // the argument that is a TLS key-log callback
};

/// What the result of a verification means: one-is-valid (1/0/-1),
/// zero-is-valid, true-is-valid (a bool) (catalog/Kinds.def). None: no
/// verification.
enum class VerifyResultKind : uint8_t {
  None,
#define BACKDOOR_VERIFY_RESULT(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
std::optional<VerifyResultKind> parseVerifyResultKind(llvm::StringRef Spelling);
llvm::StringRef verifyResultKindName(VerifyResultKind K);
std::vector<llvm::StringRef> verifyResultKindNames();

/// Randomness, seeding and verification results.
struct RandomnessModel {
  bool Rng = false;               // its external data is random (a key when used as one)
  bool PredictableReturn = false; // rand(), mt19937::operator(): guessable output
  std::vector<int> Predictable;   // RAND_pseudo_bytes(buf): fills these guessably
  bool MustCheck = false;         // its result says whether it worked (RAND_bytes)
  /// ...except in a unit that defines one of these macros: the library says the call
  /// never fails there (BoringSSL's and LibreSSL's RAND_bytes abort or always succeed).
  std::vector<std::string> MustCheckUnlessDefined;
  VerifyResultKind VerifyResult = VerifyResultKind::None; // what its result means
  int EntropyCallback = -1,
      EntropyOutput = -1; // a DRBG's entropy function and its output parameter
  /// rand: {seeded-by: [srand]}: the functions whose first argument seeds this generator.
  std::vector<std::string> SeededBy;
  /// time: {seed-entropy: {bits: 32, source: clock time}}: a value (its return, or what
  /// it writes through its arguments) that holds at most this many guessable bits.
  int SeedBits = -1;
  std::string SeedSource;
};

/// The vocabularies of hidden functionality (catalog/Kinds.def): the kind of
/// untrusted input (`input:`, `input-callback:`), of a match (`match:`) and of
/// a dangerous action (`payload:`). None: not given.
enum class InputKind : uint8_t {
  None,
#define BACKDOOR_INPUT_KIND(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
enum class MatchKind : uint8_t {
  None,
#define BACKDOOR_MATCH_KIND(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
enum class PayloadKind : uint8_t {
  None,
#define BACKDOOR_PAYLOAD_KIND(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
std::optional<InputKind> parseInputKind(llvm::StringRef Spelling);
llvm::StringRef inputKindName(InputKind K);
/// Input an outsider sends: not the clock, the uptime or a user id.
inline bool outsiderInput(InputKind K) {
  return K != InputKind::Clock && K != InputKind::Uptime && K != InputKind::UserId;
}
std::optional<MatchKind> parseMatchKind(llvm::StringRef Spelling);
llvm::StringRef matchKindName(MatchKind K);
std::optional<PayloadKind> parsePayloadKind(llvm::StringRef Spelling);
llvm::StringRef payloadKindName(PayloadKind K);
/// Every spelling of a vocabulary, in the table's order (for error messages).
std::vector<llvm::StringRef> inputKindNames();
std::vector<llvm::StringRef> matchKindNames();
std::vector<llvm::StringRef> payloadKindNames();

/// Hidden functionality (rules/apis/hidden-functionality.yaml).
struct HiddenModel {
  InputKind Input = InputKind::None; // its external data is untrusted input of this kind
  int InputHandle = -1; // ...only when this handle argument (-2: the receiver) is not a file
                        // the program opened
  int InputWhenArg = -1;                // ...only when this argument is one of InputWhen
  std::vector<std::string> InputWhen;   // (getsockopt's SO_PEERCRED: the peer's credentials)
  /// Another kind for some selectors of InputWhenArg (pam_get_item's
  /// PAM_RHOST: the remote host, a peer's name).
  std::vector<std::pair<InputKind, std::vector<std::string>>> InputKindWhen;
  MatchKind Match = MatchKind::None;        // it matches data against a pattern: equal, prefix, ...
  int MatchSubject = -1, MatchPattern = -1; // the matched data and the pattern (-2: the object)
  bool MatchTrueIfFound = false; // a non-zero result means found (strstr), else zero means equal
  PayloadKind Payload = PayloadKind::None; // calling it is dangerous: command, eval, ...
  std::vector<int> PayloadArgs;            // the arguments it executes, loads or acts on
  int PayloadZeroArg = -1;                 // a payload only when this argument is zero (setuid(0))
  int InputCallback = -1;                  // the function passed here receives untrusted input...
  std::vector<int> InputCallbackParams;    // ...in these of its parameters...
  InputKind InputCallbackKind = InputKind::None; // ...of this input kind (uv_read_start: network)
  int InputParsedFrom = -1; // its external outputs are tokens parsed from this argument (sscanf):
                            // they carry its input
};

struct FunctionModel : SelectionModel,
                       InsecureCallModel,
                       DataFlowModel,
                       KeyMaterialModel,
                       RandomnessModel,
                       HiddenModel {
  std::string Name, Library, File;
  unsigned Line = 0;
  const ParamModel *param(int Index, llvm::StringRef Name) const;
  /// Every model of an argument ("2#peer" and "2#host" are both argument 2).
  std::vector<const ParamModel *> params(int Index, llvm::StringRef Name) const;
};

/// A key of a key/value parameter list (OpenSSL OSSL_PARAM and similar).
struct ParamKeyModel {
  std::string Key;
  ParamRole Role = ParamRole::None;
  std::string Algorithm, Context;
  /// The same as the model of the value argument of a call that binds a
  /// value to this key (`OSSL_PARAM_construct_octet_string("salt", s, n)`):
  /// Role and Algorithm (paramAt).
  ParamModel Value;
};

/// A struct type that carries key/value parameters, like OSSL_PARAM.
struct ParamStructModel {
  std::string Type;
  unsigned KeyField = 0, ValueField = 0;
};

/// A field of a framework's record that holds a callback the framework
/// calls with untrusted input (`input-fields:`): libssh's
/// `ssh_server_callbacks_struct::auth_password_function` receives the user
/// name and password a client sent, libwebsockets' `lws_protocols::callback`
/// the bytes of a frame. Keyed "record::field".
struct InputFieldModel {
  std::string Name;        // "record::field"
  std::vector<int> Params; // the callback's parameters that receive the input
  InputKind Kind = InputKind::Network;
};

/// Thresholds used by key-size rules; all values in bits.
struct Thresholds {
  std::map<std::string, unsigned> MinBits{
      {"rsa", 2048}, {"dsa", 2048}, {"dh", 2048}, {"ec", 224}, {"symmetric", 128}};
  /// Work factors of password hashing (NIST SP 800-132 / SP 800-63B; profiles change them).
  /// `pbkdf2-<hash>` (pbkdf2-sha1, pbkdf2-sha256, pbkdf2-sha512), when a profile sets it,
  /// replaces `pbkdf2` for calls whose hash is known.
  std::map<std::string, uint64_t> MinWork{{"pbkdf2", 10000},        {"pbkdf2-critical", 1000},
                                          {"scrypt-n", 16384},      {"argon2-ops", 2},
                                          {"argon2-mem", 19922944}, {"salt-bytes", 16},
                                          {"bcrypt-cost", 10},      {"sha-crypt-rounds", 5000}};
  /// The min-work keys a profile may set.
  static bool isWorkKey(llvm::StringRef K);
};

/// A TLS cipher suite as OpenSSL names it, for the cipher-string parser.
struct TlsSuite {
  std::string Name, Protocol, Kx, Au, Enc, Mac;
  unsigned Bits = 0;
  bool Export = false, InDefault = false;
};

/// A key anyone can look up: published test vectors, vendor defaults.
struct KnownKey {
  std::string Bytes, Name;
};

/// The kind of a known constant: dh-prime, curve, dual-ec-q (catalog/Kinds.def).
enum class ConstantKind : uint8_t {
  None,
#define BACKDOOR_CONSTANT_KIND(Id, Spelling) Id,
#include "catalog/Kinds.def"
};
std::optional<ConstantKind> parseConstantKind(llvm::StringRef Spelling);
llvm::StringRef constantKindName(ConstantKind K);

/// A constant the rigged-parameter rules know: a standard Diffie-Hellman
/// prime, a named curve (p, b, generator x) or a Dual_EC_DRBG point. Lower-case
/// hex without leading zeros.
struct KnownConstant {
  ConstantKind Kind = ConstantKind::None;
  std::string Name, Hex, B, Gx, Y;
};

/// A named pattern of the catalog (secret-name, password-name, ...): a
/// case-insensitive regular expression that remembers its answer per text.
/// A unit asks about the same few thousand names over and over (every
/// function's parameters, fields and callees, by several analyses), and one
/// match of the larger alternations costs about 100,000 instructions in
/// llvm::Regex; the answer depends on the text alone.
class CatalogPattern {
public:
  /// \p Source: the expression \p Re was compiled from (case-insensitive).
  CatalogPattern(std::shared_ptr<llvm::Regex> Re, llvm::StringRef Source);
  /// Whether the pattern matches somewhere in \p Text (llvm::Regex::match).
  bool match(llvm::StringRef Text) const;
  const llvm::Regex &regex() const { return *Re; }
  /// Lower-case words one of which every match contains, read off the
  /// expression (an alternation of names: a word of each branch); empty when
  /// a match may contain none of a known set. llvm::Regex costs about 90,000
  /// instructions a match on the catalog's name patterns, and most names
  /// contain none of the words.
  const std::vector<std::string> &requiredWords() const { return Words; }
  /// The required words of a POSIX extended expression (exposed for tests).
  static std::vector<std::string> requiredWordsOf(llvm::StringRef Source);

private:
  std::shared_ptr<llvm::Regex> Re;
  std::vector<std::string> Words;
  mutable std::mutex M;
  mutable llvm::StringMap<bool> Memo;
};

class Catalog {
public:
  /// Loads every *.yaml file below each directory, in order. On any error
  /// returns null and fills Errors; never falls back to partial defaults.
  static std::shared_ptr<const Catalog> load(const std::vector<std::string> &Dirs,
                                             std::vector<CatalogError> &Errors);
  /// Loads from in-memory documents (file name, text); used by unit tests.
  static std::shared_ptr<const Catalog>
  loadDocuments(const std::vector<std::pair<std::string, std::string>> &Docs,
                std::vector<CatalogError> &Errors);

  /// The directory of the bundled catalog: $BACKDOOR_SCAN_RULES, next to the
  /// installed binary or plugin, or the source tree of this build.
  static std::string defaultRulesDir(const std::string &SelfPath);

  /// Process-wide cache: one catalog per distinct list of directories.
  static std::shared_ptr<const Catalog> getShared(const std::vector<std::string> &Dirs,
                                                  std::vector<CatalogError> &Errors);

  const std::vector<Rule> &rules() const { return Rules; }
  const Rule *rule(llvm::StringRef Id) const;
  const FunctionModel *function(llvm::StringRef Name) const;
  /// The model of an Objective-C method that writes a dictionary
  /// (`dictionary:`), by selector ("setObject:forKey:"): whatever the class
  /// the catalog names it under, since the receiver is often typed `id`.
  const FunctionModel *dictionaryMethod(llvm::StringRef Selector) const;
  const llvm::StringMap<FunctionModel> &functions() const { return Functions; }
  /// Every option-bit mask some parameter model reads (`flags:`, CCCrypt's
  /// kCCOptionECBMode), gathered once when the catalog loads.
  const std::vector<int64_t> &flagMasks() const { return FlagMasks; }
  /// Every function some model names as seeding a global generator
  /// (`seeded-by`: srand, srandom), sorted, gathered once when the catalog loads.
  const std::vector<std::string> &seeders() const { return Seeders; }
  /// The symbol names the models' insecure and conditional value lists
  /// hold (SSL_VERIFY_NONE, TLS1_VERSION): a constant spelled with one of
  /// them is a setting worth exporting for the link step.
  bool settingName(llvm::StringRef N) const { return SettingNames.count(N); }
  /// Unqualified names of every modelled function ("SetKeyWithIV", "operator()"),
  /// and class names of modelled constructors: what matchers look up per call.
  const llvm::StringSet<> &calleeNames() const { return CalleeNames; }
  const llvm::StringSet<> &constructorClasses() const { return CtorClasses; }
  /// Every name (or "~" pattern) some model's requires-in-unit list names,
  /// sorted, once: what the facts' call graphs export (core/Summary.h).
  /// Gathered at load, in the process that forks the workers: walking every
  /// model per unit touched most of the catalog's memory.
  const std::vector<std::string> &requiredInUnit() const { return RequiredInUnit; }
  const FamilyInfo *family(AlgKind Kind, llvm::StringRef Family) const;
  const ParamKeyModel *paramKey(llvm::StringRef Key) const;
  const std::vector<ParamStructModel> &paramStructs() const { return ParamStructs; }
  /// The callback field "record::field" the framework calls with input, or null.
  const InputFieldModel *inputField(llvm::StringRef RecordField) const {
    auto It = InputFields.find(RecordField);
    return It == InputFields.end() ? nullptr : &It->second;
  }
  bool hasInputFields() const { return !InputFields.empty(); }
  const Thresholds &thresholds() const { return Limits; }
  const std::vector<KnownKey> &knownKeys() const { return KnownKeys; }
  const std::vector<TlsSuite> &tlsSuites() const { return TlsSuites; }
  const std::vector<KnownConstant> &constants() const { return Constants; }
  /// A named pattern of the catalog (secret-name, password-name, ...);
  /// null when the catalog has none of that name.
  const CatalogPattern *pattern(llvm::StringRef Name) const;
  /// Every named pattern (`patterns:`), by name.
  const std::map<std::string, std::shared_ptr<CatalogPattern>> &patterns() const { return Patterns; }
  /// SHA-256 over the name and the exact text of every document the loader
  /// read (any extension), in order: what the result cache keys on.
  const std::string &fingerprint() const { return Fingerprint; }

  /// What an identifier (function returning an algorithm, macro, enum
  /// constant) denotes, if anything.
  std::optional<AlgSpec> symbol(llvm::StringRef Identifier) const;
  /// For a function-like macro that builds an algorithm around another
  /// (PSA_ALG_ECDSA(hash), PSA_ALG_HMAC(hash)): the argument that names the
  /// carried one (`symbol-patterns` with `argument`).
  std::optional<unsigned> carriedArgument(llvm::StringRef MacroName) const;
  /// What a class denotes, by qualified name without template arguments
  /// (Crypto++'s CryptoPP::DES_EDE3 in ECB_Mode<DES_EDE3>, CryptoPP::ECB_OneWay).
  std::optional<AlgSpec> typeSpec(llvm::StringRef QualifiedName) const;
  /// The context a class template gives the algorithms among its template
  /// arguments (CryptoPP::TF_SS: signature), or empty.
  llvm::StringRef typeContext(llvm::StringRef QualifiedName) const;
  /// Whether any class is modelled as an algorithm.
  bool hasTypes() const { return !Types.empty(); }
  /// What a name string ("DES-EDE3-CBC", "sha1", "secp112r1") denotes.
  std::optional<AlgSpec> name(llvm::StringRef Name) const;

  /// The policy profile applied (catalog/Profile.h), or null.
  const Profile *profile() const { return Prof.get(); }

private:
  friend class CatalogLoader;
  friend class ProfileLoader;
  std::shared_ptr<const Profile> Prof;
  struct NamePattern {
    std::string Pattern, Spec;
    std::shared_ptr<llvm::Regex> Re;
  };
  struct SymbolPattern {
    std::string Pattern, Spec, Name;
    /// `argument: N`: a function-like macro whose value carries the algorithm
    /// its Nth argument names (PSA_ALG_ECDSA(PSA_ALG_SHA_1)); -1 if none.
    int Argument = -1;
    std::shared_ptr<llvm::Regex> Re;
  };
  std::vector<Rule> Rules;
  std::vector<std::string> RequiredInUnit;
  std::vector<int64_t> FlagMasks;
  std::vector<std::string> Seeders;
  llvm::StringSet<> SettingNames;
  llvm::StringMap<size_t> RuleIndex;
  llvm::StringMap<FunctionModel> Functions;
  llvm::StringMap<FamilyInfo> Families; // "kind:family"
  llvm::StringMap<AlgSpec> Symbols;
  std::vector<SymbolPattern> SymbolPatterns;
  llvm::StringMap<AlgSpec> Types;
  llvm::StringMap<std::string> TypeContexts;
  std::vector<NamePattern> Names;
  llvm::StringMap<ParamKeyModel> ParamKeys;
  std::vector<ParamStructModel> ParamStructs;
  llvm::StringMap<InputFieldModel> InputFields;
  Thresholds Limits;
  std::vector<KnownKey> KnownKeys;
  llvm::StringSet<> CalleeNames, CtorClasses;
  llvm::StringMap<std::string> DictionarySelectors; // selector -> "-[Class selector]
  std::vector<TlsSuite> TlsSuites;
  std::vector<KnownConstant> Constants;
  std::map<std::string, std::shared_ptr<CatalogPattern>> Patterns;
  std::string Fingerprint;
  mutable std::mutex CacheMutex;
  mutable llvm::StringMap<std::optional<AlgSpec>> NameCache, SymbolCache;
  mutable llvm::StringMap<std::optional<unsigned>> CarrierCache;
  bool HasCarriers = false;
};

} // namespace backdoor

#endif
