//===--- Cbom.cpp - the CycloneDX 1.6 cryptography bill of materials ------===//
//
// Algorithm names follow the patterns of CycloneDX's cryptography-defs.json
// ("AES-256-GCM", "SHA-256", "HMAC-SHA-256", "RSA-3072", "ECDSA-P-256",
// "ML-KEM-768", "PBKDF2-SHA-256-600000"); the security levels are NIST SP
// 800-57's (classical bits) and NIST's post-quantum categories (1 to 5).
//
//===----------------------------------------------------------------------===//
#include "report/Cbom.h"
#include "catalog/Rules.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"
#include <map>
#include <set>

using namespace llvm;

namespace backdoor {

namespace {

constexpr StringLiteral Prefix = "crypto asset ";

/// What one inventory record says, read back from its JSON.
struct Record {
  std::string Asset;
  AlgKind Kind = AlgKind::None; // of an algorithm (None: none, or a kind the tool does not know)
  std::string Family, Mode, Spelling, Context, Role, Function, Library;
  unsigned Bits = 0;
  const json::Object *O = nullptr;
};

std::optional<Record> readRecord(const Finding &F, json::Value &Holder) {
  StringRef M = F.Message;
  if (!M.consume_front(Prefix)) return std::nullopt;
  Expected<json::Value> V = json::parse(M);
  if (!V) {
    consumeError(V.takeError());
    return std::nullopt;
  }
  Holder = std::move(*V);
  const json::Object *O = Holder.getAsObject();
  if (!O) return std::nullopt;
  Record R;
  R.O = O;
  auto S = [&](StringRef K) { return O->getString(K).value_or("").str(); };
  R.Asset = S("asset");
  R.Kind = parseAlgKind(S("kind")).value_or(AlgKind::None);
  R.Family = S("family");
  R.Mode = S("mode");
  R.Spelling = S("spelling");
  R.Context = S("context");
  R.Role = S("role");
  R.Function = S("function");
  R.Library = S("library");
  R.Bits = unsigned(O->getInteger("bits").value_or(0));
  return R;
}

/// The numbers a name spells, for digest sizes ("EVP_sha384" -> 384).
unsigned sizeIn(StringRef Spelling, std::initializer_list<unsigned> Sizes) {
  std::string L = Spelling.lower();
  for (unsigned B : Sizes)
    if (StringRef(L).contains(std::to_string(B))) return B;
  return 0;
}

/// NIST SP 800-57 Part 1 Table 2: RSA and finite-field sizes to security bits.
unsigned ffLevel(unsigned Bits) {
  if (!Bits) return 0;
  if (Bits >= 15360) return 256;
  if (Bits >= 7680) return 192;
  if (Bits >= 3072) return 128;
  if (Bits >= 2048) return 112;
  if (Bits >= 1024) return 80;
  return 0;
}

/// NIST's post-quantum categories of symmetric key search.
unsigned symmetricCategory(unsigned Bits) {
  return Bits >= 256 ? 5 : Bits >= 192 ? 3 : Bits >= 128 ? 1 : 0;
}

std::string upper(StringRef S) { return S.upper(); }

/// The digest's name as cryptography-defs.json spells it.
std::string digestName(StringRef Family, StringRef Spelling, unsigned Bits, unsigned &Size) {
  Size = Bits;
  if (Family == "sha1") return Size = 160, "SHA-1";
  if (Family == "md5") return Size = 128, "MD5";
  if (Family == "md4") return Size = 128, "MD4";
  if (Family == "md2") return Size = 128, "MD2";
  if (Family == "md5-sha1") return "MD5-SHA1";
  if (Family == "mdc2") return "MDC2";
  if (Family == "ripemd160") return Size = 160, "RIPEMD-160";
  if (Family == "sm3") return Size = 256, "SM3";
  if (Family == "whirlpool") return Size = 512, "Whirlpool";
  if (Family == "sha2") {
    std::string L = Spelling.lower();
    if (StringRef(L).contains("512-224") || StringRef(L).contains("512/224") ||
        StringRef(L).contains("512_224"))
      return Size = 224, "SHA-512/224";
    if (StringRef(L).contains("512-256") || StringRef(L).contains("512/256") ||
        StringRef(L).contains("512_256"))
      return Size = 256, "SHA-512/256";
    if (!Size) Size = sizeIn(Spelling, {224, 256, 384, 512});
    return Size ? "SHA-" + std::to_string(Size) : std::string("SHA-2");
  }
  if (Family == "sha3") {
    if (!Size) Size = sizeIn(Spelling, {224, 256, 384, 512});
    return Size ? "SHA3-" + std::to_string(Size) : std::string("SHA-3");
  }
  if (Family == "shake") {
    if (!Size) Size = sizeIn(Spelling, {128, 256});
    return "SHAKE" + (Size ? std::to_string(Size) : std::string());
  }
  if (Family == "blake2") {
    bool S = StringRef(Spelling.lower()).contains("2s");
    if (!Size) Size = sizeIn(Spelling, {160, 256, 384, 512});
    if (!Size) Size = S ? 256 : 512;
    return std::string(S ? "BLAKE2s-" : "BLAKE2b-") + std::to_string(Size);
  }
  return upper(Family);
}

/// The curve's name: NIST's for the NIST curves, else the spelling without
/// the library's prefix.
std::string curveName(StringRef Spelling, unsigned Bits) {
  std::string L = Spelling.lower();
  std::replace(L.begin(), L.end(), '_', '-');
  for (StringRef P : {"nid-x9-62-", "nid-", "mbedtls-ecp-dp-", "ecp-dp-", "sn-",
                      "gnutls-ecc-curve-", "mbedtls-ssl-iana-tls-group-", "wolfssl-ecc-", "ecc-"})
    if (StringRef(L).starts_with(P)) L = L.substr(P.size());
  static const std::pair<const char *, const char *> Nist[] = {
      {"prime192v1", "P-192"}, {"secp192r1", "P-192"}, {"p-192", "P-192"}, {"p192", "P-192"},
      {"secp224r1", "P-224"},  {"p-224", "P-224"},     {"p224", "P-224"},  {"prime256v1", "P-256"},
      {"secp256r1", "P-256"},  {"p-256", "P-256"},     {"p256", "P-256"},  {"nistp256", "P-256"},
      {"secp384r1", "P-384"},  {"p-384", "P-384"},     {"p384", "P-384"},  {"nistp384", "P-384"},
      {"secp521r1", "P-521"},  {"p-521", "P-521"},     {"p521", "P-521"},  {"nistp521", "P-521"}};
  for (auto &[From, To] : Nist)
    if (L == From) return To;
  if (StringRef(L).starts_with("brainpoolp")) return "brainpoolP" + L.substr(10);
  if (L.empty()) return "curve-" + std::to_string(Bits);
  return L;
}

struct Naming {
  std::string Name, Primitive, Mode, Padding, ParamSet, Curve, Quantum;
  int Classical = -1, QuantumLevel = -1;
  std::vector<std::string> Functions;
  std::map<std::string, std::string> Properties;
};

void functionsOf(StringRef Context, StringRef Function, StringRef Role, Naming &N) {
  std::string F = Function.lower();
  if (Context == "encryption")
    N.Functions.push_back("encrypt");
  else if (Context == "decryption")
    N.Functions.push_back("decrypt");
  else if (Context == "signature")
    N.Functions.push_back(StringRef(F).contains("verify") ? "verify" : "sign");
  else if (Context == "mac")
    N.Functions.push_back("tag");
  else if (Context == "kdf" || Context == "password-hash")
    N.Functions.push_back("keyderive");
  else if (Context == "keygen" || Role == "key-size")
    N.Functions.push_back("keygen");
  else if (Context == "digest")
    N.Functions.push_back("digest");
  else if (StringRef(F).contains("encaps"))
    N.Functions.push_back("encapsulate");
  else if (StringRef(F).contains("decaps"))
    N.Functions.push_back("decapsulate");
  else if (StringRef(F).contains("keygen") || StringRef(F).contains("generate"))
    N.Functions.push_back("keygen");
  else if (StringRef(F).contains("encrypt"))
    N.Functions.push_back("encrypt");
  else if (StringRef(F).contains("decrypt"))
    N.Functions.push_back("decrypt");
}

/// Name and properties of an algorithm record (or of a spec, for key links).
std::optional<Naming> nameAlgorithm(const Record &R, const Catalog &Cat) {
  Naming N;
  const FamilyInfo *FI = Cat.family(R.Kind, R.Family);
  FamilyStatus Status = FI ? FI->Status : FamilyStatus::None;
  StringRef Mode = R.Mode;
  if (R.Kind == AlgKind::Cipher) {
    static const std::map<std::string, std::string> Base = {
        {"aes", "AES"},         {"des", "DES"},           {"desx", "DESX"},
        {"3des", "3DES"},       {"rc2", "RC2"},           {"rc4", "RC4"},
        {"rc5", "RC5"},         {"blowfish", "Blowfish"}, {"cast5", "CAST5"},
        {"idea", "IDEA"},       {"xtea", "XTEA"},         {"skipjack", "Skipjack"},
        {"null", "NULL"},       {"camellia", "CAMELLIA"}, {"aria", "ARIA"},
        {"sm4", "SM4"},         {"seed", "SEED-128"},     {"chacha20", "ChaCha20"},
        {"twofish", "Twofish"}, {"serpent", "Serpent"}};
    auto B = Base.find(R.Family);
    std::string Name = B != Base.end() ? B->second : upper(R.Family);
    bool Sized = R.Family == "aes" || R.Family == "camellia" || R.Family == "aria" ||
                 R.Family == "twofish" || R.Family == "serpent";
    if (Sized && R.Bits) Name += "-" + std::to_string(R.Bits);
    bool Ae = Mode == "gcm" || Mode == "ccm" || Mode == "ocb" || Mode.starts_with("siv") ||
              Mode == "gcm-siv" || Mode == "poly1305";
    if (R.Family == "chacha20") {
      bool Poly = StringRef(R.Spelling).lower().find("poly1305") != std::string::npos;
      Name = Poly ? "ChaCha20-Poly1305" : "ChaCha20";
      N.Primitive = Poly ? "ae" : "stream-cipher";
    } else if (R.Family == "rc4") {
      N.Primitive = "stream-cipher";
    } else if (R.Family == "null") {
      N.Primitive = "other";
    } else {
      if (!Mode.empty() && Mode != "stream") Name += "-" + upper(Mode);
      N.Primitive = Ae ? "ae" : "block-cipher";
      for (StringRef M : {"cbc", "ecb", "ccm", "gcm", "cfb", "ofb", "ctr"})
        if (Mode.starts_with(M)) {
          N.Mode = M.str();
          break;
        }
      if (N.Mode.empty() && !Mode.empty() && Mode != "stream") N.Mode = "other";
    }
    N.Name = Name;
    if (R.Bits) N.ParamSet = std::to_string(R.Bits);
    unsigned Bits = R.Bits ? R.Bits : FI ? FI->KeyBits : 0;
    if (R.Family == "3des") Bits = 112;
    N.Classical = Status == FamilyStatus::Broken || Status == FamilyStatus::Null ? 0 : int(Bits);
    N.QuantumLevel = Status == FamilyStatus::Ok ? int(symmetricCategory(Bits)) : 0;
    N.Quantum = Status == FamilyStatus::Ok ? (Bits >= 256 ? "resistant" : "reduced") : "weak";
  } else if (R.Kind == AlgKind::Digest) {
    unsigned Size = 0;
    std::string Hash = digestName(R.Family, R.Spelling, R.Bits, Size);
    bool Mac = R.Context == "mac";
    N.Name = Mac ? "HMAC-" + Hash : Hash;
    N.Primitive = Mac ? "mac" : R.Family == "shake" ? "xof" : "hash";
    if (Size) N.ParamSet = std::to_string(Size);
    bool Broken = Status == FamilyStatus::Broken || Status == FamilyStatus::Legacy;
    // Collision resistance (half the output) for a hash, the key for an HMAC.
    N.Classical = Broken && !Mac ? 0 : Mac ? int(Size) : int(Size / 2);
    N.QuantumLevel = Broken && !Mac ? 0 : Size >= 512 ? 5 : Size >= 384 ? 4 : Size >= 256 ? 2 : 0;
    N.Quantum = Broken && !Mac ? "weak" : Size >= 384 ? "resistant" : "reduced";
  } else if (R.Kind == AlgKind::PKey) {
    bool Sig = R.Context == "signature";
    if (R.Family == "rsa") {
      N.Name = R.Bits ? "RSA-" + std::to_string(R.Bits) : "RSA";
      N.Primitive = Sig ? "signature" : "pke";
      N.Classical = R.Bits ? int(ffLevel(R.Bits)) : -1;
    } else if (R.Family == "dsa") {
      N.Name = R.Bits ? "DSA-" + std::to_string(R.Bits) : "DSA";
      N.Primitive = "signature";
      N.Classical = R.Bits ? int(ffLevel(R.Bits)) : -1;
    } else if (R.Family == "dh") {
      // cryptography-defs.json spells the family FFDH(E)[-{namedGroup}].
      N.Name = R.Bits ? "FFDHE-" + std::to_string(R.Bits) : "FFDHE";
      N.Primitive = "key-agree";
      N.Classical = R.Bits ? int(ffLevel(R.Bits)) : -1;
    } else if (R.Family == "ec") {
      bool Kx = StringRef(R.Spelling).lower().find("ecdh") != std::string::npos;
      N.Name = Sig ? "ECDSA" : Kx ? "ECDH" : "EC";
      N.Primitive = Sig ? "signature" : Kx ? "key-agree" : "other";
    } else if (R.Family == "ml-kem") {
      N.Name = "ML-KEM-" + std::to_string(R.Bits);
      N.Primitive = "kem";
      N.QuantumLevel = R.Bits >= 1024 ? 5 : R.Bits >= 768 ? 3 : 1;
      N.Classical = R.Bits >= 1024 ? 256 : R.Bits >= 768 ? 192 : 128;
      N.Quantum = "post-quantum";
    } else if (R.Family == "ml-dsa") {
      N.Name = "ML-DSA-" + std::to_string(R.Bits);
      N.Primitive = "signature";
      N.QuantumLevel = R.Bits >= 87 ? 5 : R.Bits >= 65 ? 3 : 2;
      N.Classical = R.Bits >= 87 ? 256 : R.Bits >= 65 ? 192 : 128;
      N.Quantum = "post-quantum";
    } else if (R.Family == "slh-dsa") {
      std::string U = upper(R.Spelling);
      std::replace(U.begin(), U.end(), '_', '-');
      size_t At = U.find("SLH-DSA-");
      N.Name = At != std::string::npos ? "SLH-DSA-" + U.substr(At + 8)
                                       : "SLH-DSA-" + std::to_string(R.Bits);
      // cryptography-defs.json: SLH-DSA-SHA2-128s, the variant letter small.
      if (N.Name.size() > 1 && (N.Name.back() == 'S' || N.Name.back() == 'F') &&
          isDigit(N.Name[N.Name.size() - 2]))
        N.Name.back() = char(tolower(N.Name.back()));
      N.Primitive = "signature";
      N.QuantumLevel = R.Bits >= 256 ? 5 : R.Bits >= 192 ? 3 : 1;
      N.Classical = int(R.Bits);
      N.Quantum = "post-quantum";
    } else {
      return std::nullopt;
    }
    if (R.Bits) N.ParamSet = std::to_string(R.Bits);
    if (N.Quantum.empty()) {
      N.Quantum = "vulnerable";
      N.QuantumLevel = 0;
    }
  } else if (R.Kind == AlgKind::Curve) {
    std::string L = StringRef(R.Spelling).lower();
    std::string Curve = curveName(R.Spelling, R.Bits);
    N.Curve = Curve;
    if (StringRef(L).contains("ed25519") || StringRef(L).contains("ed448")) {
      N.Name = StringRef(L).contains("448") ? "Ed448" : "Ed25519";
      N.Primitive = "signature";
    } else if (R.Family == "montgomery") {
      N.Name = StringRef(L).contains("448") ? "x448" : "x25519";
      N.Primitive = "key-agree";
    } else if (R.Context == "signature") {
      N.Name = "ECDSA-" + Curve;
      N.Primitive = "signature";
    } else if (R.Context == "encryption" || R.Context == "decryption") {
      N.Name = "ECDH-" + Curve;
      N.Primitive = "key-agree";
    } else {
      N.Name = "EC-" + Curve;
      N.Primitive = "other";
    }
    if (R.Bits) N.ParamSet = std::to_string(R.Bits);
    // Curve25519 and Curve448 give 128 and 224 bits (RFC 7748), half the size elsewhere.
    N.Classical = R.Family == "montgomery" ? (R.Bits >= 448 ? 224 : 128) : int(R.Bits / 2);
    N.QuantumLevel = 0;
    N.Quantum = "vulnerable";
  } else if (R.Kind == AlgKind::Group) {
    std::string L = StringRef(R.Spelling).lower();
    N.Name = R.Family == "ffdhe" ? "FFDHE-ffdhe" + std::to_string(R.Bits)
                                 : "FFDHE-modp" + std::to_string(R.Bits);
    N.Primitive = "key-agree";
    N.ParamSet = std::to_string(R.Bits);
    N.Classical = int(ffLevel(R.Bits));
    N.QuantumLevel = 0;
    N.Quantum = "vulnerable";
  } else if (R.Kind == AlgKind::Padding) {
    bool Sig = R.Context == "signature";
    if (R.Family == "rsa-oaep")
      N.Name = "RSA-OAEP", N.Primitive = "pke", N.Padding = "oaep";
    else if (R.Family == "rsa-pkcs1")
      N.Name = "RSA-PKCS1-1.5", N.Primitive = Sig ? "signature" : "pke", N.Padding = "pkcs1v15";
    else if (R.Family == "rsa-none")
      N.Name = "RSA-raw", N.Primitive = "pke", N.Padding = "raw";
    else if (R.Family == "rsa-pss")
      N.Name = "RSA-PSS", N.Primitive = "signature", N.Padding = "other";
    else if (R.Family == "rsa-x931")
      N.Name = "RSA-X9.31", N.Primitive = "signature", N.Padding = "other";
    else
      N.Name = "RSA-" + upper(R.Family), N.Primitive = "pke", N.Padding = "other";
    N.QuantumLevel = 0;
    N.Quantum = "vulnerable";
  } else if (R.Kind == AlgKind::Kdf && R.O) {
    std::string Hash;
    if (auto H = R.O->getString("hash")) {
      if (auto Spec = AlgSpec::parse(*H)) {
        unsigned Size = 0;
        Hash = digestName(Spec->Family, R.O->getString("hash-spelling").value_or(""), Spec->Bits,
                          Size);
      }
    }
    if (R.Family == "pbkdf2") {
      N.Name = "PBKDF2" + (Hash.empty() ? "" : "-" + Hash);
      if (auto I = R.O->getInteger("iterations")) N.Name += "-" + std::to_string(*I);
    } else if (R.Family == "scrypt") {
      N.Name = "scrypt";
      if (auto I = R.O->getInteger("N")) N.Name += "-" + std::to_string(*I);
    } else if (R.Family == "argon2") {
      N.Name = "Argon2";
      if (auto M = R.O->getInteger("memory")) N.Name += "-m" + std::to_string(*M);
      if (auto T = R.O->getInteger("passes")) N.Name += "-t" + std::to_string(*T);
    } else if (R.Family == "bcrypt") {
      N.Name = "bcrypt";
      if (auto C = R.O->getInteger("cost")) N.Name += "-" + std::to_string(*C);
    } else if (StringRef(R.Family).ends_with("-crypt")) {
      // Unix crypt(3) schemes: SHA512-crypt-5000, MD5-crypt, DES-crypt.
      StringRef F = StringRef(R.Family).drop_back(6);
      N.Name =
          (F == "sha256" || F == "sha512" ? "SHA" + F.drop_front(3).str() : F.upper()) + "-crypt";
      if (auto I = R.O->getInteger("rounds")) N.Name += "-" + std::to_string(*I);
    } else {
      N.Name = R.Family;
    }
    N.Primitive = "kdf";
    N.Functions.push_back("keyderive");
    N.Quantum = "n/a";
  } else {
    return std::nullopt;
  }
  if (R.Kind == AlgKind::Digest && N.Primitive != "mac")
    N.Functions.push_back(R.Context == "kdf" || R.Context == "password-hash" ? "keyderive"
                                                                             : "digest");
  else
    functionsOf(R.Context, R.Function, R.Role, N);
  return N;
}

std::string slug(StringRef S) {
  std::string Out;
  for (char C : S.lower()) Out += (isAlnum(C) || C == '.') ? C : '-';
  return Out;
}

/// The implementation platform of this build's host, in CycloneDX's terms.
std::string platform() {
  Triple T(sys::getDefaultTargetTriple());
  switch (T.getArch()) {
  case Triple::x86_64:
    return "x86_64";
  case Triple::x86:
    return "x86_32";
  case Triple::aarch64:
    return "armv8-a";
  case Triple::arm:
    return "armv7-a";
  case Triple::ppc64:
    return "ppc64";
  case Triple::ppc64le:
    return "ppc64le";
  case Triple::systemz:
    return "s390x";
  default:
    return "other";
  }
}

/// The algorithms of a TLS suite (OpenSSL's table: Kx, Au, Enc, Mac) as
/// records of the catalog's kinds.
std::vector<Record> suiteAlgorithms(const TlsSuite &T) {
  std::vector<Record> Out;
  auto Add = [&](AlgKind Kind, StringRef Family, StringRef Mode, unsigned Bits, StringRef Spelling,
                 StringRef Context) {
    Record R;
    R.Asset = "algorithm";
    R.Kind = Kind;
    R.Family = Family.str();
    R.Mode = Mode.str();
    R.Bits = Bits;
    R.Spelling = Spelling.str();
    R.Context = Context.str();
    Out.push_back(R);
  };
  StringRef Kx = T.Kx, Au = T.Au, Enc = T.Enc, Mac = T.Mac;
  if (Kx.starts_with("ECDH"))
    Add(AlgKind::PKey, "ec", "", 0, "ECDH", "");
  else if (Kx.starts_with("DH"))
    Add(AlgKind::PKey, "dh", "", 0, "DH", "");
  else if (Kx == "RSA")
    Add(AlgKind::PKey, "rsa", "", 0, "RSA", "encryption");
  if (Au == "RSA")
    Add(AlgKind::PKey, "rsa", "", 0, "RSA", "signature");
  else if (Au == "ECDSA")
    Add(AlgKind::PKey, "ec", "", 0, "ECDSA", "signature");
  else if (Au == "DSS")
    Add(AlgKind::PKey, "dsa", "", 0, "DSA", "signature");
  std::string E = Enc.lower();
  unsigned Bits = T.Bits;
  if (StringRef(E).starts_with("aesgcm"))
    Add(AlgKind::Cipher, "aes", "gcm", Bits, "AES-GCM", "encryption");
  else if (StringRef(E).starts_with("aesccm"))
    Add(AlgKind::Cipher, "aes", "ccm", Bits, "AES-CCM", "encryption");
  else if (StringRef(E).starts_with("aes"))
    Add(AlgKind::Cipher, "aes", "cbc", Bits, "AES-CBC", "encryption");
  else if (StringRef(E).starts_with("chacha20"))
    Add(AlgKind::Cipher, "chacha20", "stream", 256, "ChaCha20-Poly1305", "encryption");
  else if (StringRef(E).starts_with("camelliagcm"))
    Add(AlgKind::Cipher, "camellia", "gcm", Bits, "CAMELLIA-GCM", "encryption");
  else if (StringRef(E).starts_with("camellia"))
    Add(AlgKind::Cipher, "camellia", "cbc", Bits, "CAMELLIA-CBC", "encryption");
  else if (StringRef(E).starts_with("ariagcm"))
    Add(AlgKind::Cipher, "aria", "gcm", Bits, "ARIA-GCM", "encryption");
  else if (StringRef(E).starts_with("3des"))
    Add(AlgKind::Cipher, "3des", "cbc", 0, "3DES", "encryption");
  else if (StringRef(E).starts_with("des"))
    Add(AlgKind::Cipher, "des", "cbc", 0, "DES", "encryption");
  else if (StringRef(E).starts_with("rc4"))
    Add(AlgKind::Cipher, "rc4", "stream", Bits, "RC4", "encryption");
  else if (StringRef(E).starts_with("rc2"))
    Add(AlgKind::Cipher, "rc2", "cbc", 0, "RC2", "encryption");
  else if (StringRef(E).starts_with("idea"))
    Add(AlgKind::Cipher, "idea", "cbc", 0, "IDEA", "encryption");
  else if (StringRef(E).starts_with("seed"))
    Add(AlgKind::Cipher, "seed", "cbc", 0, "SEED", "encryption");
  else if (StringRef(E).starts_with("null"))
    Add(AlgKind::Cipher, "null", "", 0, "NULL", "encryption");
  std::string M = Mac.lower();
  if (M == "sha1")
    Add(AlgKind::Digest, "sha1", "", 0, "SHA1", "mac");
  else if (M == "md5")
    Add(AlgKind::Digest, "md5", "", 0, "MD5", "mac");
  else if (M == "sha256")
    Add(AlgKind::Digest, "sha2", "", 256, "SHA256", "mac");
  else if (M == "sha384")
    Add(AlgKind::Digest, "sha2", "", 384, "SHA384", "mac");
  return Out;
}

/// The first CN of an RFC 4514 name ("CN=api.example.com,O=..." -> "api.example.com").
std::string commonName(StringRef Dn) {
  for (size_t At = 0; At < Dn.size();) {
    size_t End = At;
    std::string Value;
    while (End < Dn.size() && Dn[End] != ',' && Dn[End] != '+') {
      if (Dn[End] == '\\' && End + 1 < Dn.size()) ++End;
      Value += Dn[End++];
    }
    if (StringRef(Value).starts_with("CN=")) return Value.substr(3);
    At = End + 1;
  }
  return "";
}

/// The hash of a signature algorithm as cryptography-defs.json spells it.
std::string hashName(StringRef H) {
  unsigned Size = 0;
  if (H.starts_with("sha") && H.size() > 4) return digestName("sha2", H, 0, Size);
  return digestName(H, H, 0, Size);
}

/// A certificate's signature algorithm: RSA-PKCS1-1.5-SHA-256, ECDSA-P-256-SHA-256
/// (the curve when the certificate signs itself), Ed25519, ML-DSA-65 ...
std::optional<Naming> signatureNaming(StringRef Scheme, StringRef Hash, StringRef Curve) {
  Naming N;
  N.Primitive = "signature";
  N.Functions = {"verify"};
  N.Quantum = "vulnerable";
  N.QuantumLevel = 0;
  std::string H = Hash.empty() ? "" : hashName(Hash);
  bool BrokenHash = Hash == "md2" || Hash == "md5" || Hash == "sha1";
  if (Scheme == "rsa-pkcs1") {
    N.Name = "RSA-PKCS1-1.5" + (H.empty() ? "" : "-" + H);
    N.Padding = "pkcs1v15";
  } else if (Scheme == "rsa-pss") {
    N.Name = "RSA-PSS";
    N.Padding = "other";
  } else if (Scheme == "ecdsa") {
    std::string C = Curve.empty() ? "" : curveName(Curve, 0);
    N.Name = "ECDSA" + (C.empty() ? "" : "-" + C) + (H.empty() ? "" : "-" + H);
    N.Curve = C;
  } else if (Scheme == "dsa") {
    N.Name = "DSA" + (H.empty() ? "" : "-" + H);
  } else if (Scheme == "ed25519" || Scheme == "ed448") {
    N.Name = Scheme == "ed25519" ? "Ed25519" : "Ed448";
    N.Curve = Scheme == "ed25519" ? "Curve25519" : "Curve448";
    N.Classical = Scheme == "ed25519" ? 128 : 224;
  } else if (Scheme == "sm2") {
    N.Name = "SM2";
  } else if (Scheme.starts_with("ml-dsa-")) {
    unsigned P = 0;
    Scheme.drop_front(7).getAsInteger(10, P);
    N.Name = "ML-DSA-" + std::to_string(P);
    N.ParamSet = std::to_string(P);
    N.QuantumLevel = P >= 87 ? 5 : P >= 65 ? 3 : 2;
    N.Classical = P >= 87 ? 256 : P >= 65 ? 192 : 128;
    N.Quantum = "post-quantum";
  } else if (Scheme.starts_with("slh-dsa-")) {
    std::string V = Scheme.drop_front(8).str(); // sha2-128s
    std::string Fam = V.substr(0, V.find('-'));
    std::string Set = V.substr(V.find('-') + 1);
    N.Name = "SLH-DSA-" + StringRef(Fam).upper() + "-" + Set;
    unsigned Bits = sizeIn(Set, {128, 192, 256});
    N.QuantumLevel = Bits >= 256 ? 5 : Bits >= 192 ? 3 : 1;
    N.Classical = int(Bits);
    N.Quantum = "post-quantum";
  } else {
    return std::nullopt;
  }
  if (BrokenHash) {
    N.Classical = 0;
    N.Quantum = "weak";
  }
  return N;
}

/// A TLS key exchange group: the curve or finite-field group as an
/// algorithm, and the hybrids of a classical group with ML-KEM by their IANA
/// names (X25519MLKEM768, SecP256r1MLKEM768, SecP384r1MLKEM1024).
std::optional<Naming> groupNaming(const Record &R, const Catalog &Cat) {
  if (R.Kind == AlgKind::PKey && R.Family == "ml-kem") {
    std::string L = StringRef(R.Spelling).lower();
    std::replace(L.begin(), L.end(), '_', '-');
    static const std::tuple<const char *, const char *, int> Classical[] = {
        {"x25519", "X25519", 128},       {"x448", "X448", 224},
        {"secp256r1", "SecP256r1", 128}, {"p256", "SecP256r1", 128},
        {"secp384r1", "SecP384r1", 192}, {"p384", "SecP384r1", 192},
        {"secp521r1", "SecP521r1", 256}, {"p521", "SecP521r1", 256}};
    for (auto &[Sp, Name, Level] : Classical)
      if (StringRef(L).contains(Sp)) {
        Naming N;
        N.Name = std::string(Name) + "MLKEM" + std::to_string(R.Bits);
        N.Primitive = "kem";
        N.ParamSet = std::to_string(R.Bits);
        N.Classical = Level;
        N.QuantumLevel = R.Bits >= 1024 ? 5 : R.Bits >= 768 ? 3 : 1;
        N.Quantum = "post-quantum";
        N.Functions = {"encapsulate", "decapsulate"};
        N.Properties["backdoor-scan:hybrid"] =
            std::string(Name) + " + ML-KEM-" + std::to_string(R.Bits);
        return N;
      }
  }
  auto N = nameAlgorithm(R, Cat);
  if (N && N->Primitive == "key-agree") N->Functions = {"keygen"};
  return N;
}

class Builder {
public:
  Builder(const Report &R, const Catalog &Cat, StringRef BaseDir)
      : Rep(R), Cat(Cat), BaseDir(BaseDir) {}

  std::map<std::string, CryptoAsset> Assets; // by reference
  /// Assets by file and line, for the findings' `affects`.
  std::map<std::pair<std::string, unsigned>, std::set<std::string>> AtLine;

  void build() {
    for (const Finding &F : Rep.Inventory) {
      json::Value Holder(nullptr);
      auto R = readRecord(F, Holder);
      if (!R) continue;
      CryptoAsset::Occurrence Occ{relativeTo(F.Loc.File, BaseDir), F.Loc.Line, R->Function,
                                  R->Spelling};
      if (R->Asset == "algorithm")
        algorithm(*R, Occ);
      else if (R->Asset == "protocol")
        protocol(*R, Occ);
      else if (R->Asset == "key")
        key(*R, Occ);
      else if (R->Asset == "certificate")
        certificate(*R, Occ);
    }
  }

private:
  const Report &Rep;
  const Catalog &Cat;
  StringRef BaseDir;

  CryptoAsset &asset(const std::string &Ref, const std::string &Name, StringRef Type,
                     const CryptoAsset::Occurrence &Occ, StringRef Library) {
    CryptoAsset &A = Assets[Ref];
    if (A.Ref.empty()) {
      A.Ref = Ref;
      A.Name = Name;
      A.AssetType = Type.str();
    }
    A.Occurrences.insert(Occ);
    if (!Library.empty()) A.Libraries.insert(Library.str());
    AtLine[{Occ.File, Occ.Line}].insert(Ref);
    return A;
  }

  std::optional<std::string> algorithm(const Record &R, const CryptoAsset::Occurrence &Occ) {
    auto N = nameAlgorithm(R, Cat);
    if (!N) return std::nullopt;
    return named(*N, Occ, R.Library, R.Kind == AlgKind::Kdf ? R.O : nullptr);
  }

  /// The algorithm asset \p N names, with this occurrence.
  std::string named(const Naming &N0, const CryptoAsset::Occurrence &Occ, StringRef Library,
                    const json::Object *Kdf = nullptr) {
    const Naming *N = &N0;
    std::string Ref = "crypto/algorithm/" + slug(N->Name);
    CryptoAsset &A = asset(Ref, N->Name, "algorithm", Occ, Library);
    json::Object *Alg = A.Crypto.getObject("algorithmProperties");
    if (!Alg) {
      json::Object P{{"primitive", N->Primitive},
                     {"executionEnvironment", "software-plain-ram"},
                     {"implementationPlatform", platform()}};
      if (!N->ParamSet.empty()) P["parameterSetIdentifier"] = N->ParamSet;
      if (!N->Curve.empty()) P["curve"] = N->Curve;
      if (!N->Mode.empty()) P["mode"] = N->Mode;
      if (!N->Padding.empty()) P["padding"] = N->Padding;
      if (N->Classical >= 0) P["classicalSecurityLevel"] = N->Classical;
      if (N->QuantumLevel >= 0) P["nistQuantumSecurityLevel"] = N->QuantumLevel;
      A.Crypto["algorithmProperties"] = std::move(P);
      Alg = A.Crypto.getObject("algorithmProperties");
      A.Quantum = N->Quantum.empty() ? "n/a" : N->Quantum;
      if (Kdf)
        for (const char *K : {"iterations", "N", "passes", "memory", "cost"})
          if (auto V = Kdf->getInteger(K))
            A.Properties[std::string("backdoor-scan:kdf-") + K] = std::to_string(*V);
      for (auto &[K, V] : N->Properties) A.Properties[K] = V;
    }
    // The crypto functions of every use, in CycloneDX's order.
    std::set<std::string> Fs;
    if (const json::Array *Old = Alg->getArray("cryptoFunctions"))
      for (const json::Value &V : *Old) Fs.insert(V.getAsString().value_or("").str());
    for (const std::string &F : N->Functions) Fs.insert(F);
    if (!Fs.empty()) {
      json::Array Out;
      for (const char *F : {"generate", "keygen", "encrypt", "decrypt", "digest", "tag",
                            "keyderive", "sign", "verify", "encapsulate", "decapsulate"})
        if (Fs.count(F)) Out.push_back(F);
      (*Alg)["cryptoFunctions"] = std::move(Out);
    }
    return Ref;
  }

  void protocol(const Record &R, const CryptoAsset::Occurrence &Occ) {
    std::vector<std::string> Versions, Suites;
    if (const json::Array *Vs = R.O->getArray("versions"))
      for (const json::Value &V : *Vs) Versions.push_back(V.getAsString().value_or("").str());
    if (const json::Array *Ss = R.O->getArray("suites"))
      for (const json::Value &V : *Ss) Suites.push_back(V.getAsString().value_or("").str());
    std::string Spec = R.O->getString("spec").value_or("").str();
    std::string Bound = R.O->getString("bound").value_or("").str();
    // Key exchange groups, named as the algorithms they are.
    std::vector<std::pair<std::string, Naming>> Groups; // spelling, naming
    if (const json::Array *Gs = R.O->getArray("groups"))
      for (const json::Value &G : *Gs) {
        const json::Object *GO = G.getAsObject();
        if (!GO) continue;
        std::string GName = GO->getString("name").value_or("").str();
        auto Spec = AlgSpec::parse(GO->getString("spec").value_or(""));
        if (!Spec) continue;
        Record GR;
        GR.Asset = "algorithm";
        GR.Kind = Spec->Kind;
        GR.Family = Spec->Family;
        GR.Bits = Spec->Bits;
        GR.Spelling = GName;
        GR.Context = "encryption"; // key establishment: ECDH-P-256, not EC-P-256
        GR.Function = R.Function;
        if (auto N = groupNaming(GR, Cat)) Groups.push_back({GName, *N});
      }
    std::string Name = "TLS";
    if (!Versions.empty()) Name += " " + join(Versions, ", ");
    if (!Bound.empty()) Name += " (" + Bound + "imum version)";
    if (!Spec.empty())
      Name += " '" + Spec + "'";
    else if (!Groups.empty()) {
      std::vector<std::string> Ns;
      for (auto &G : Groups) Ns.push_back(G.second.Name);
      Name += " groups " + join(Ns, ", ");
    }
    std::string Key = Name + "\n" + join(Suites, ":");
    std::string Ref = "crypto/protocol/tls-" + utohexstr(xxh3_64bits(Key), true);
    CryptoAsset &A = asset(Ref, Name, "protocol", Occ, R.Library);
    A.Quantum = "n/a";
    if (A.Crypto.getObject("protocolProperties")) return;
    json::Object P{{"type", "tls"}};
    if (!Versions.empty()) {
      std::string V = Versions.size() == 1 ? Versions.front() : join(Versions, ", ");
      StringRef(V).consume_front("TLSv");
      P["version"] = StringRef(V).starts_with("TLSv") ? V.substr(4) : V;
    }
    json::Array CS;
    std::set<std::string> Deps;
    for (const std::string &S : Suites) {
      json::Object Suite{{"name", S}};
      json::Array Algs;
      for (const TlsSuite &T : Cat.tlsSuites()) {
        if (T.Name != S) continue;
        for (Record &SR : suiteAlgorithms(T)) {
          SR.Library = R.Library;
          SR.Function = R.Function;
          if (auto Ref = algorithm(SR, Occ)) {
            if (!llvm::is_contained(Algs, json::Value(*Ref))) Algs.push_back(*Ref);
            Deps.insert(*Ref);
          }
        }
        break;
      }
      if (!Algs.empty()) Suite["algorithms"] = std::move(Algs);
      CS.push_back(std::move(Suite));
    }
    if (!CS.empty()) P["cipherSuites"] = std::move(CS);
    // The groups: protocol-related assets (CycloneDX 1.6 has no field of
    // their own; cryptoRefArray lists the protocol's other assets).
    json::Array GroupRefs;
    std::vector<std::string> GroupNames;
    for (auto &[Spelling, N] : Groups) {
      std::string GRef = named(N, Occ, R.Library);
      if (!llvm::is_contained(GroupRefs, json::Value(GRef))) GroupRefs.push_back(GRef);
      Deps.insert(GRef);
      GroupNames.push_back(N.Name);
    }
    if (!GroupRefs.empty()) P["cryptoRefArray"] = std::move(GroupRefs);
    CryptoAsset &Again = Assets[Ref]; // algorithm() may have grown the map
    if (!GroupNames.empty()) Again.Properties["backdoor-scan:groups"] = join(GroupNames, ":");
    Again.Crypto["protocolProperties"] = std::move(P);
    Again.DependsOn.insert(Deps.begin(), Deps.end());
    if (!Spec.empty()) Again.Properties["backdoor-scan:configuration"] = Spec;
  }

  /// An X.509 certificate held as a constant: its certificate properties, its
  /// signature algorithm and its subject public key (type and size, never
  /// the key), each an asset with this occurrence.
  void certificate(const Record &R, const CryptoAsset::Occurrence &Occ) {
    auto S = [&](StringRef K) { return R.O->getString(K).value_or("").str(); };
    std::string Subject = S("subject"), Issuer = S("issuer"), Sha = S("sha256");
    if (Sha.size() < 16) return;
    std::string Short = Sha.substr(0, 16);
    std::string Cn = commonName(Subject);
    std::string Name = Subject.empty() ? "certificate " + Short : Subject;
    std::string Ref = "crypto/certificate/" + (Cn.empty() ? "" : slug(Cn) + "-") + Short;
    // The signature algorithm (the issuer's key; its curve only when self-signed).
    std::string KeyCurve = S("curve");
    std::optional<std::string> SigRef;
    if (auto N = signatureNaming(S("signature"), S("signature-hash"),
                                 Subject == Issuer ? KeyCurve : std::string()))
      SigRef = named(*N, Occ, R.Library);
    // The subject public key: its algorithm, and the key as related material.
    std::optional<std::string> KeyRef;
    Record KR;
    KR.Asset = "algorithm";
    KR.Context = "signature";
    KR.Bits = unsigned(R.O->getInteger("key-bits").value_or(0));
    std::string KeyAlg = S("key");
    if (KeyAlg == "rsa" || KeyAlg == "dsa" || KeyAlg == "dh" || KeyAlg == "ml-dsa" ||
        KeyAlg == "ml-kem" || KeyAlg == "slh-dsa") {
      KR.Kind = AlgKind::PKey;
      KR.Family = KeyAlg;
      // SLH-DSA's name is its signature's ("slh-dsa-sha2-128s").
      if (KeyAlg == "slh-dsa") KR.Spelling = S("signature");
    } else if (KeyAlg == "ec" && !KeyCurve.empty() && KeyCurve != "explicit") {
      KR.Kind = AlgKind::Curve;
      KR.Family = "weierstrass";
      KR.Spelling = KeyCurve;
    } else if (KeyAlg == "ed25519" || KeyAlg == "ed448" || KeyAlg == "x25519" || KeyAlg == "x448") {
      KR.Kind = AlgKind::Curve;
      KR.Family = "montgomery";
      KR.Spelling = KeyAlg;
      if (KeyAlg[0] == 'x') KR.Context = "encryption";
    }
    std::string KeyQuantum = "n/a";
    if (KR.Kind != AlgKind::None)
      if (auto N = nameAlgorithm(KR, Cat)) {
        std::string AlgRef = named(*N, Occ, R.Library);
        KeyQuantum = N->Quantum.empty() ? "n/a" : N->Quantum;
        std::string KName = N->Name + " public-key of " + (Cn.empty() ? Name : Cn);
        KeyRef = "crypto/key/certificate-" + Short + "-public-key";
        CryptoAsset &K = asset(*KeyRef, KName, "related-crypto-material", Occ, R.Library);
        K.Quantum = KeyQuantum;
        if (!K.Crypto.getObject("relatedCryptoMaterialProperties")) {
          json::Object P{{"type", "public-key"},
                         {"state", "active"},
                         {"algorithmRef", AlgRef},
                         {"format", "SubjectPublicKeyInfo"}};
          if (KR.Bits) P["size"] = int64_t(KR.Bits);
          K.Crypto["relatedCryptoMaterialProperties"] = std::move(P);
          K.Properties["backdoor-scan:origin"] = "certificate";
        }
        K.DependsOn.insert(AlgRef);
      }
    CryptoAsset &A = asset(Ref, Name, "certificate", Occ, R.Library);
    A.Quantum = KeyQuantum;
    if (!A.Crypto.getObject("certificateProperties")) {
      json::Object P{
          {"subjectName", Subject}, {"issuerName", Issuer}, {"certificateFormat", "X.509"}};
      if (auto T = R.O->getString("not-before")) P["notValidBefore"] = T->str();
      if (auto T = R.O->getString("not-after")) P["notValidAfter"] = T->str();
      if (SigRef) P["signatureAlgorithmRef"] = *SigRef;
      if (KeyRef) P["subjectPublicKeyRef"] = *KeyRef;
      A.Crypto["certificateProperties"] = std::move(P);
      A.Properties["backdoor-scan:sha256-fingerprint"] = Sha;
      A.Properties["backdoor-scan:encoding"] = S("format");
      A.Properties["backdoor-scan:self-signed"] = Subject == Issuer ? "true" : "false";
      A.Properties["backdoor-scan:signature-oid"] = S("signature-oid");
      if (auto V = R.O->getInteger("version"))
        A.Properties["backdoor-scan:x509-version"] = std::to_string(*V);
    }
    if (SigRef) A.DependsOn.insert(*SigRef);
    if (KeyRef) A.DependsOn.insert(*KeyRef);
  }

  void key(const Record &R, const CryptoAsset::Occurrence &Occ) {
    std::string Type = R.O->getString("type").value_or("key").str();
    std::string Format = R.O->getString("format").value_or("").str();
    std::string Origin = R.O->getString("origin").value_or("").str();
    int64_t Size = R.O->getInteger("size").value_or(0);
    std::string AlgRef, AlgName;
    if (auto Spec = R.O->getString("algorithm"))
      if (auto S = AlgSpec::parse(*Spec)) {
        Record AR;
        AR.Asset = "algorithm";
        AR.Kind = S->Kind;
        AR.Family = S->Family;
        AR.Mode = S->Mode;
        AR.Bits = S->Bits;
        if (auto N = nameAlgorithm(AR, Cat)) {
          AlgName = N->Name;
          std::string Ref = "crypto/algorithm/" + slug(N->Name);
          if (Assets.count(Ref)) AlgRef = Ref;
        }
      }
    std::string Name = (AlgName.empty() ? std::string() : AlgName + " ") + Type;
    if (Size) Name += " (" + std::to_string(Size) + " bits)";
    if (Origin == "source") Name += " in source";
    if (!Format.empty() && Format != "raw") Name += " (" + Format + ")";
    std::string Ref = "crypto/key/" + slug(Name);
    CryptoAsset &A = asset(Ref, Name, "related-crypto-material", Occ, R.Library);
    A.Quantum = "n/a";
    if (!A.Crypto.getObject("relatedCryptoMaterialProperties")) {
      json::Object P{{"type", Type}};
      // A secret or private key compiled into the program is known to whoever has it.
      P["state"] = Origin == "source" && Type != "public-key" ? "compromised" : "active";
      if (Size) P["size"] = Size;
      if (!Format.empty()) P["format"] = Format;
      if (!AlgRef.empty()) P["algorithmRef"] = AlgRef;
      A.Crypto["relatedCryptoMaterialProperties"] = std::move(P);
      if (!Origin.empty()) A.Properties["backdoor-scan:origin"] = Origin;
    }
    if (!AlgRef.empty()) A.DependsOn.insert(AlgRef);
  }
};

json::Array propertiesJson(const std::map<std::string, std::string> &Ps) {
  json::Array Out;
  for (auto &[K, V] : Ps) Out.push_back(json::Object{{"name", K}, {"value", V}});
  return Out;
}

} // namespace

std::vector<CryptoAsset> cryptoAssets(const Report &R, const Catalog &Cat, StringRef BaseDir) {
  Builder B(R, Cat, BaseDir);
  B.build();
  std::vector<CryptoAsset> Out;
  for (auto &[Ref, A] : B.Assets) {
    A.Crypto["assetType"] = A.AssetType;
    Out.push_back(std::move(A));
  }
  return Out;
}

json::Value emitCycloneDx(const Report &R, const Catalog &Cat, StringRef BaseDir) {
  Builder B(R, Cat, BaseDir);
  B.build();
  json::Array Components, Dependencies, Vulnerabilities;
  std::map<std::string, std::set<std::string>> Provides; // library -> assets
  for (auto &[Ref, A] : B.Assets) {
    A.Crypto["assetType"] = A.AssetType;
    A.Properties["backdoor-scan:quantum-status"] = A.Quantum;
    json::Array Occ;
    for (const CryptoAsset::Occurrence &O : A.Occurrences) {
      json::Object J{{"location", O.File}, {"line", int64_t(O.Line)}};
      if (!O.Symbol.empty()) J["symbol"] = O.Symbol;
      if (!O.Context.empty()) J["additionalContext"] = O.Context;
      Occ.push_back(std::move(J));
    }
    json::Object C{{"type", "cryptographic-asset"},
                   {"bom-ref", A.Ref},
                   {"name", A.Name},
                   {"cryptoProperties", std::move(A.Crypto)},
                   {"evidence", json::Object{{"occurrences", std::move(Occ)}}},
                   {"properties", propertiesJson(A.Properties)}};
    Components.push_back(std::move(C));
    json::Array Deps;
    for (const std::string &D : A.DependsOn) Deps.push_back(D);
    Dependencies.push_back(json::Object{{"ref", A.Ref}, {"dependsOn", std::move(Deps)}});
    for (const std::string &L : A.Libraries) Provides[L].insert(A.Ref);
  }
  // The libraries that implement them, with versions from the compile database.
  std::set<std::string> Libs;
  for (auto &[L, _] : Provides) Libs.insert(L);
  for (auto &[L, _] : R.Libraries) Libs.insert(L);
  for (const std::string &L : Libs) {
    json::Object C{{"type", "library"}, {"bom-ref", "library/" + L}, {"name", L}};
    auto V = R.Libraries.find(L);
    if (V != R.Libraries.end() && !V->second.empty()) C["version"] = V->second;
    Components.push_back(std::move(C));
    json::Array P;
    for (const std::string &A : Provides[L]) P.push_back(A);
    Dependencies.push_back(json::Object{{"ref", "library/" + L}, {"provides", std::move(P)}});
  }
  // Findings of the backdoor rules, each affecting the assets used on its line.
  unsigned N = 0;
  for (const Finding &F : R.Findings) {
    if (F.Suppressed) continue;
    auto It = B.AtLine.find({relativeTo(F.Loc.File, BaseDir), F.Loc.Line});
    if (It == B.AtLine.end()) continue;
    const Rule *Ru = Cat.rule(F.Rule);
    json::Array Affects, Cwes;
    for (const std::string &Ref : It->second) Affects.push_back(json::Object{{"ref", Ref}});
    json::Object V{{"bom-ref", "finding/" + std::to_string(++N)},
                   {"id", F.Rule},
                   {"source", json::Object{{"name", "backdoor-scan"}}},
                   {"description", F.Message},
                   {"affects", std::move(Affects)},
                   {"properties", propertiesJson({{"backdoor-scan:location",
                                                   relativeTo(F.Loc.File, BaseDir) + ":" +
                                                       std::to_string(F.Loc.Line) + ":" +
                                                       std::to_string(F.Loc.Col)}})}};
    if (Ru) {
      for (unsigned C : Ru->Cwe) Cwes.push_back(int64_t(C));
      V["cwes"] = std::move(Cwes);
      V["ratings"] = json::Array{json::Object{{"source", json::Object{{"name", "backdoor-scan"}}},
                                              {"score", Ru->SecuritySeverity},
                                              {"severity", severityName(Ru->Sev)},
                                              {"method", "other"}}};
      V["recommendation"] = StringRef(Ru->Remediation).trim().str();
    }
    Vulnerabilities.push_back(std::move(V));
  }
  json::Object Bom{
      {"bomFormat", "CycloneDX"},
      {"specVersion", "1.6"},
      {"version", 1},
      {"metadata",
       json::Object{{"tools", json::Object{{"components", json::Array{json::Object{
                                                              {"type", "application"},
                                                              {"name", "backdoor-scan"},
                                                              {"version", BACKDOOR_VERSION}}}}}}}},
      {"components", std::move(Components)},
      {"dependencies", std::move(Dependencies)}};
  if (!Vulnerabilities.empty()) Bom["vulnerabilities"] = std::move(Vulnerabilities);
  return Bom;
}

} // namespace backdoor
