//===--- Certificate.cpp - X.509 certificates in source, read statically --===//
//
// DER (ITU-T X.690) as RFC 5280 lays out a certificate:
//   Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
//   TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
//                                 issuer, validity, subject, subjectPublicKeyInfo, ... }
// Only definite lengths of at most four bytes, low tag numbers and at most 64 KiB
// per certificate; anything else is refused.
//
//===----------------------------------------------------------------------===//
#include "analysis/inventory/Certificate.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace backdoor {

namespace {

constexpr size_t MaxCertificate = 64 * 1024;
constexpr size_t MaxName = 512;

struct Tlv {
  unsigned char Tag = 0;
  std::string_view Body;
};

/// Reads one TLV from the front of \p In.
bool read(std::string_view &In, Tlv &T) {
  if (In.size() < 2) return false;
  unsigned char Tag = static_cast<unsigned char>(In[0]);
  if ((Tag & 0x1f) == 0x1f) return false; // high tag numbers: not in the fields read
  unsigned char L = static_cast<unsigned char>(In[1]);
  size_t Hdr = 2, Len = 0;
  if (L < 0x80) {
    Len = L;
  } else {
    unsigned N = L & 0x7f;
    if (N == 0 || N > 4 || In.size() < 2 + N) return false; // indefinite or huge
    for (unsigned I = 0; I < N; ++I) Len = (Len << 8) | static_cast<unsigned char>(In[2 + I]);
    Hdr += N;
  }
  if (Len > In.size() - Hdr) return false;
  T.Tag = Tag;
  T.Body = In.substr(Hdr, Len);
  In.remove_prefix(Hdr + Len);
  return true;
}

bool expect(std::string_view &In, unsigned char Tag, Tlv &T) { return read(In, T) && T.Tag == Tag; }

/// Dotted notation of an OBJECT IDENTIFIER's body.
std::string oid(std::string_view B) {
  if (B.empty() || B.size() > 64) return "";
  std::string Out;
  uint64_t V = 0;
  bool First = true;
  for (size_t I = 0; I < B.size(); ++I) {
    unsigned char C = static_cast<unsigned char>(B[I]);
    if (V > (UINT64_MAX >> 7)) return "";
    V = (V << 7) | (C & 0x7f);
    if (C & 0x80) {
      if (I + 1 == B.size()) return ""; // truncated arc
      continue;
    }
    if (First) {
      unsigned X = V < 40 ? 0 : V < 80 ? 1 : 2;
      Out = std::to_string(X) + "." + std::to_string(V - 40 * X);
      First = false;
    } else {
      Out += "." + std::to_string(V);
    }
    V = 0;
  }
  return Out;
}

/// Bits of an unsigned big-endian INTEGER body (leading zero bytes dropped).
unsigned integerBits(std::string_view B) {
  while (!B.empty() && B.front() == 0) B.remove_prefix(1);
  if (B.empty()) return 0;
  unsigned Top = static_cast<unsigned char>(B.front()), Bits = 0;
  while (Top) Bits++, Top >>= 1;
  return unsigned((B.size() - 1) * 8 + Bits);
}

void appendChar(std::string &Out, unsigned char C) {
  if (C < 0x20 || C == 0x7f) {
    Out += '?';
    return;
  }
  if (std::strchr(",+\"\\<>;=", C)) Out += '\\';
  Out += char(C);
}

/// A directory string's text: ASCII as is, valid UTF-8 of UTF8String kept,
/// anything else as '?'.
std::string text(const Tlv &T) {
  std::string Out;
  std::string_view B = T.Body;
  if (T.Tag == 0x1e) { // BMPString: UTF-16BE
    for (size_t I = 0; I + 1 < B.size(); I += 2) {
      unsigned C =
          (unsigned(static_cast<unsigned char>(B[I])) << 8) | static_cast<unsigned char>(B[I + 1]);
      appendChar(Out, C < 0x80 ? static_cast<unsigned char>(C) : '?');
    }
    return Out;
  }
  if (T.Tag == 0x1c) return "?"; // UniversalString
  for (size_t I = 0; I < B.size(); ++I) {
    unsigned char C = static_cast<unsigned char>(B[I]);
    if (C < 0x80) {
      appendChar(Out, C);
      continue;
    }
    // A UTF-8 sequence, kept whole when well-formed.
    size_t N = (C & 0xe0) == 0xc0 ? 2 : (C & 0xf0) == 0xe0 ? 3 : (C & 0xf8) == 0xf0 ? 4 : 0;
    bool Ok = T.Tag == 0x0c && N && I + N <= B.size() && C >= 0xc2 && C <= 0xf4;
    for (size_t K = 1; Ok && K < N; ++K) Ok = (static_cast<unsigned char>(B[I + K]) & 0xc0) == 0x80;
    if (Ok && N == 3 && C == 0xe0) Ok = static_cast<unsigned char>(B[I + 1]) >= 0xa0; // overlong
    if (Ok && N == 3 && C == 0xed) Ok = static_cast<unsigned char>(B[I + 1]) < 0xa0;  // surrogates
    if (Ok && N == 4 && C == 0xf0) Ok = static_cast<unsigned char>(B[I + 1]) >= 0x90;
    if (Ok && N == 4 && C == 0xf4) Ok = static_cast<unsigned char>(B[I + 1]) < 0x90;
    if (Ok) {
      Out.append(B.substr(I, N));
      I += N - 1;
    } else {
      Out += '?';
    }
  }
  return Out;
}

const char *attributeName(const std::string &O) {
  static const std::pair<const char *, const char *> Names[] = {
      {"2.5.4.3", "CN"},
      {"2.5.4.6", "C"},
      {"2.5.4.7", "L"},
      {"2.5.4.8", "ST"},
      {"2.5.4.9", "STREET"},
      {"2.5.4.10", "O"},
      {"2.5.4.11", "OU"},
      {"2.5.4.5", "serialNumber"},
      {"2.5.4.4", "SN"},
      {"2.5.4.42", "GN"},
      {"2.5.4.12", "title"},
      {"2.5.4.97", "organizationIdentifier"},
      {"0.9.2342.19200300.100.1.25", "DC"},
      {"0.9.2342.19200300.100.1.1", "UID"},
      {"1.2.840.113549.1.9.1", "emailAddress"}};
  for (auto &[K, V] : Names)
    if (O == K) return V;
  return nullptr;
}

/// A Name as RFC 4514 writes it: the last RDN first.
bool name(std::string_view B, std::string &Out) {
  std::vector<std::string> Rdns;
  Tlv Set;
  while (!B.empty()) {
    if (!expect(B, 0x31, Set) || Rdns.size() > 64) return false;
    std::string Rdn;
    std::string_view S = Set.Body;
    Tlv Atv;
    while (!S.empty()) {
      if (!expect(S, 0x30, Atv)) return false;
      std::string_view A = Atv.Body;
      Tlv Type, Val;
      if (!expect(A, 0x06, Type) || !read(A, Val)) return false;
      std::string O = oid(Type.Body);
      const char *N = attributeName(O);
      if (!Rdn.empty()) Rdn += '+';
      Rdn += N ? std::string(N) : O;
      Rdn += '=';
      Rdn += text(Val);
    }
    Rdns.push_back(std::move(Rdn));
  }
  for (size_t I = Rdns.size(); I-- > 0;) {
    if (!Out.empty()) Out += ',';
    Out += Rdns[I];
  }
  if (Out.size() > MaxName) Out = Out.substr(0, MaxName) + "...";
  return true;
}

bool digits(std::string_view S, size_t At, size_t N, unsigned &V) {
  V = 0;
  for (size_t I = At; I < At + N; ++I) {
    if (I >= S.size() || S[I] < '0' || S[I] > '9') return false;
    V = V * 10 + unsigned(S[I] - '0');
  }
  return true;
}

/// UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ) as ISO 8601.
std::string time(const Tlv &T) {
  std::string_view S = T.Body;
  unsigned Y, Mo, D, H, Mi, Se;
  size_t At = 0;
  if (T.Tag == 0x17 && S.size() == 13 && digits(S, 0, 2, Y)) {
    Y += Y >= 50 ? 1900 : 2000;
    At = 2;
  } else if (T.Tag == 0x18 && S.size() == 15 && digits(S, 0, 4, Y)) {
    At = 4;
  } else {
    return "";
  }
  if (!digits(S, At, 2, Mo) || !digits(S, At + 2, 2, D) || !digits(S, At + 4, 2, H) ||
      !digits(S, At + 6, 2, Mi) || !digits(S, At + 8, 2, Se) || S.back() != 'Z')
    return "";
  if (Mo < 1 || Mo > 12 || D < 1 || D > 31 || H > 23 || Mi > 59 || Se > 59) return "";
  char Buf[32];
  std::snprintf(Buf, sizeof Buf, "%04u-%02u-%02uT%02u:%02u:%02uZ", Y, Mo, D, H, Mi, Se);
  return Buf;
}

struct SigOid {
  const char *Oid, *Scheme, *Hash;
};
const SigOid Signatures[] = {{"1.2.840.113549.1.1.2", "rsa-pkcs1", "md2"},
                             {"1.2.840.113549.1.1.4", "rsa-pkcs1", "md5"},
                             {"1.2.840.113549.1.1.5", "rsa-pkcs1", "sha1"},
                             {"1.3.14.3.2.29", "rsa-pkcs1", "sha1"},
                             {"1.2.840.113549.1.1.14", "rsa-pkcs1", "sha224"},
                             {"1.2.840.113549.1.1.11", "rsa-pkcs1", "sha256"},
                             {"1.2.840.113549.1.1.12", "rsa-pkcs1", "sha384"},
                             {"1.2.840.113549.1.1.13", "rsa-pkcs1", "sha512"},
                             {"1.2.840.113549.1.1.10", "rsa-pss", ""},
                             {"1.2.840.10045.4.1", "ecdsa", "sha1"},
                             {"1.2.840.10045.4.3.1", "ecdsa", "sha224"},
                             {"1.2.840.10045.4.3.2", "ecdsa", "sha256"},
                             {"1.2.840.10045.4.3.3", "ecdsa", "sha384"},
                             {"1.2.840.10045.4.3.4", "ecdsa", "sha512"},
                             {"1.2.840.10040.4.3", "dsa", "sha1"},
                             {"2.16.840.1.101.3.4.3.1", "dsa", "sha224"},
                             {"2.16.840.1.101.3.4.3.2", "dsa", "sha256"},
                             {"1.3.101.112", "ed25519", ""},
                             {"1.3.101.113", "ed448", ""},
                             {"2.16.840.1.101.3.4.3.17", "ml-dsa-44", ""},
                             {"2.16.840.1.101.3.4.3.18", "ml-dsa-65", ""},
                             {"2.16.840.1.101.3.4.3.19", "ml-dsa-87", ""},
                             {"1.2.156.10197.1.501", "sm2", "sm3"}};

struct KeyOid {
  const char *Oid, *Algorithm;
  unsigned Bits;
};
const KeyOid Keys[] = {{"1.2.840.113549.1.1.1", "rsa", 0},
                       {"1.2.840.113549.1.1.10", "rsa", 0},
                       {"1.2.840.10045.2.1", "ec", 0},
                       {"1.2.840.10040.4.1", "dsa", 0},
                       {"1.2.840.113549.1.3.1", "dh", 0},
                       {"1.2.840.10046.2.1", "dh", 0},
                       {"1.3.101.110", "x25519", 255},
                       {"1.3.101.111", "x448", 448},
                       {"1.3.101.112", "ed25519", 255},
                       {"1.3.101.113", "ed448", 448},
                       {"2.16.840.1.101.3.4.3.17", "ml-dsa", 44},
                       {"2.16.840.1.101.3.4.3.18", "ml-dsa", 65},
                       {"2.16.840.1.101.3.4.3.19", "ml-dsa", 87},
                       {"2.16.840.1.101.3.4.4.1", "ml-kem", 512},
                       {"2.16.840.1.101.3.4.4.2", "ml-kem", 768},
                       {"2.16.840.1.101.3.4.4.3", "ml-kem", 1024},
                       {"1.2.156.10197.1.301", "ec", 256}};

struct CurveOid {
  const char *Oid, *Name;
  unsigned Bits;
};
const CurveOid Curves[] = {{"1.2.840.10045.3.1.1", "P-192", 192},
                           {"1.3.132.0.33", "P-224", 224},
                           {"1.2.840.10045.3.1.7", "P-256", 256},
                           {"1.3.132.0.34", "P-384", 384},
                           {"1.3.132.0.35", "P-521", 521},
                           {"1.3.132.0.10", "secp256k1", 256},
                           {"1.3.36.3.3.2.8.1.1.7", "brainpoolP256r1", 256},
                           {"1.3.36.3.3.2.8.1.1.11", "brainpoolP384r1", 384},
                           {"1.3.36.3.3.2.8.1.1.13", "brainpoolP512r1", 512},
                           {"1.2.156.10197.1.301", "SM2", 256}};

void publicKey(std::string_view Spki, CertificateInfo &C) {
  Tlv Alg, Key, Id;
  if (!expect(Spki, 0x30, Alg) || !expect(Spki, 0x03, Key)) return;
  std::string_view A = Alg.Body;
  if (!expect(A, 0x06, Id)) return;
  C.KeyOid = oid(Id.Body);
  C.KeyAlgorithm = C.KeyOid;
  for (const KeyOid &K : Keys)
    if (C.KeyOid == K.Oid) {
      C.KeyAlgorithm = K.Algorithm;
      C.KeyBits = K.Bits;
    }
  // SLH-DSA keys share the signature OIDs (.20 to .31): 128, 192, 256 bits in pairs.
  for (unsigned I = 0; I < 12; ++I)
    if (C.KeyOid == "2.16.840.1.101.3.4.3." + std::to_string(20 + I)) {
      C.KeyAlgorithm = "slh-dsa";
      C.KeyBits = 128 + 64 * ((I % 6) / 2);
    }
  Tlv Params;
  bool HasParams = read(A, Params);
  if (C.KeyAlgorithm == "rsa") {
    // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
    std::string_view B = Key.Body;
    if (B.empty() || B.front() != 0) return;
    B.remove_prefix(1);
    Tlv Seq, N;
    if (expect(B, 0x30, Seq) && expect(Seq.Body, 0x02, N)) C.KeyBits = integerBits(N.Body);
  } else if (C.KeyAlgorithm == "ec") {
    if (HasParams && Params.Tag == 0x06) {
      std::string Curve = oid(Params.Body);
      C.Curve = Curve;
      for (const CurveOid &K : Curves)
        if (Curve == K.Oid) {
          C.Curve = K.Name;
          C.KeyBits = K.Bits;
        }
    } else if (HasParams && Params.Tag == 0x30) {
      C.Curve = "explicit";
    }
  } else if (C.KeyAlgorithm == "dsa" || C.KeyAlgorithm == "dh") {
    // Dss-Parms / DHParameter ::= SEQUENCE { p INTEGER, ... }
    Tlv P;
    if (HasParams && Params.Tag == 0x30 && expect(Params.Body, 0x02, P))
      C.KeyBits = integerBits(P.Body);
  }
}

/// The DER of the PEM block's base64 text, or nothing.
std::optional<std::string> base64(std::string_view S) {
  std::string Out;
  unsigned Acc = 0, N = 0;
  for (char Ch : S) {
    int V;
    if (Ch >= 'A' && Ch <= 'Z')
      V = Ch - 'A';
    else if (Ch >= 'a' && Ch <= 'z')
      V = Ch - 'a' + 26;
    else if (Ch >= '0' && Ch <= '9')
      V = Ch - '0' + 52;
    else if (Ch == '+')
      V = 62;
    else if (Ch == '/')
      V = 63;
    else if (Ch == '=')
      break;
    else if (Ch == ' ' || Ch == '\t' || Ch == '\r' || Ch == '\n')
      continue;
    else
      return std::nullopt;
    Acc = (Acc << 6) | unsigned(V);
    if (++N == 4) {
      Out += char((Acc >> 16) & 0xff);
      Out += char((Acc >> 8) & 0xff);
      Out += char(Acc & 0xff);
      Acc = N = 0;
      if (Out.size() > MaxCertificate) return std::nullopt;
    }
  }
  if (N == 2)
    Out += char((Acc >> 4) & 0xff);
  else if (N == 3)
    Out += char((Acc >> 10) & 0xff), Out += char((Acc >> 2) & 0xff);
  else if (N == 1)
    return std::nullopt;
  return Out;
}

} // namespace

std::optional<CertificateInfo> parseDerCertificate(std::string_view Der) {
  Tlv Cert, Tbs, SigAlg, SigVal, Field;
  std::string_view In = Der;
  if (!expect(In, 0x30, Cert)) return std::nullopt;
  size_t Total = Der.size() - In.size();
  if (Total > MaxCertificate) return std::nullopt;
  std::string_view C = Cert.Body;
  if (!expect(C, 0x30, Tbs) || !expect(C, 0x30, SigAlg) || !expect(C, 0x03, SigVal))
    return std::nullopt;
  CertificateInfo Out;
  Out.Der = std::string(Der.substr(0, Total));
  std::string_view T = Tbs.Body;
  if (!read(T, Field)) return std::nullopt;
  if (Field.Tag == 0xa0) { // [0] EXPLICIT Version
    Tlv V;
    std::string_view VB = Field.Body;
    if (!expect(VB, 0x02, V) || V.Body.size() != 1 || V.Body[0] < 0 || V.Body[0] > 2)
      return std::nullopt;
    Out.Version = unsigned(V.Body[0]) + 1;
    if (!read(T, Field)) return std::nullopt;
  }
  if (Field.Tag != 0x02) return std::nullopt; // serialNumber
  Tlv Sig, Issuer, Validity, Subject, Spki;
  if (!expect(T, 0x30, Sig) || !expect(T, 0x30, Issuer) || !expect(T, 0x30, Validity) ||
      !expect(T, 0x30, Subject) || !expect(T, 0x30, Spki))
    return std::nullopt;
  if (!name(Issuer.Body, Out.Issuer) || !name(Subject.Body, Out.Subject)) return std::nullopt;
  std::string_view VB = Validity.Body;
  Tlv NB, NA;
  if (read(VB, NB) && read(VB, NA)) {
    Out.NotBefore = time(NB);
    Out.NotAfter = time(NA);
  }
  std::string_view SA = SigAlg.Body;
  Tlv Id;
  if (!expect(SA, 0x06, Id)) return std::nullopt;
  Out.SignatureOid = oid(Id.Body);
  for (const SigOid &S : Signatures)
    if (Out.SignatureOid == S.Oid) {
      Out.SignatureScheme = S.Scheme;
      Out.SignatureHash = S.Hash;
    }
  // SLH-DSA (FIPS 205): id-slh-dsa-sha2-128s (.20) to id-slh-dsa-shake-256f (.31).
  static const char *const Slh[] = {"sha2-128s",  "sha2-128f",  "sha2-192s",  "sha2-192f",
                                    "sha2-256s",  "sha2-256f",  "shake-128s", "shake-128f",
                                    "shake-192s", "shake-192f", "shake-256s", "shake-256f"};
  for (unsigned I = 0; I < 12; ++I)
    if (Out.SignatureOid == "2.16.840.1.101.3.4.3." + std::to_string(20 + I))
      Out.SignatureScheme = std::string("slh-dsa-") + Slh[I];
  publicKey(Spki.Body, Out);
  Out.Format = "DER";
  return Out;
}

bool mayHoldCertificate(std::string_view Data) {
  if (Data.size() < 64) return false;
  if (Data.find("CERTIFICATE-----") != std::string_view::npos &&
      Data.find("-----BEGIN ") != std::string_view::npos)
    return true;
  unsigned char L = static_cast<unsigned char>(Data[1]);
  size_t Inner = L == 0x82 ? 4 : L == 0x81 ? 3 : L == 0x83 ? 5 : 0;
  return Data[0] == 0x30 && Inner && Data.size() > Inner && Data[Inner] == 0x30;
}

std::vector<CertificateInfo> parseCertificates(std::string_view Data, size_t Max) {
  std::vector<CertificateInfo> Out;
  if (!mayHoldCertificate(Data)) return Out;
  size_t At = 0;
  bool Pem = false;
  while (Out.size() < Max) {
    size_t Begin = Data.find("-----BEGIN ", At);
    if (Begin == std::string_view::npos) break;
    size_t Label = Begin + 11, LabelEnd = Data.find("-----", Label);
    if (LabelEnd == std::string_view::npos) break;
    std::string_view Kind = Data.substr(Label, LabelEnd - Label);
    At = LabelEnd + 5;
    if (Kind != "CERTIFICATE" && Kind != "X509 CERTIFICATE" && Kind != "TRUSTED CERTIFICATE")
      continue;
    Pem = true;
    size_t End = Data.find("-----END ", At);
    if (End == std::string_view::npos) break;
    std::optional<std::string> Der = base64(Data.substr(At, End - At));
    At = End + 9;
    if (!Der) continue;
    if (auto C = parseDerCertificate(*Der)) {
      C->Format = "PEM";
      Out.push_back(std::move(*C));
    }
  }
  if (!Pem)
    if (auto C = parseDerCertificate(Data)) Out.push_back(std::move(*C));
  return Out;
}

} // namespace backdoor
