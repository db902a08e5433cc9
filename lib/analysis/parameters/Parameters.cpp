//===--- Parameters.cpp - rigged cryptographic parameters ----------------===//
#include "analysis/parameters/Parameters.h"
#include "analysis/weak-primitives/SExpr.h"

#include "core/AstUtil.h"
#include "core/CallSite.h"
#include "core/OriginText.h"
#include "core/Provenance.h"
#include "core/Seed.h"
#include "core/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"
#include <map>
#include <set>

using namespace clang;
using namespace llvm;

namespace backdoor {

std::string toHex(const APInt &N) {
  SmallString<256> S;
  N.toString(S, 16, /*Signed=*/false);
  return StringRef(S).lower();
}

namespace {
/// The digits of a big number in the bytes of a constant: hexadecimal or
/// decimal text, else the raw bytes as hexadecimal.
bool bigNumberDigits(StringRef Bytes, bool Raw, std::string &Digits, bool &Hex) {
  Digits.clear();
  Hex = false;
  bool IsText = !Raw && !Bytes.empty() && llvm::all_of(Bytes, [](char C) {
    return isPrint(C) || C == '\n' || C == '\r' || C == '\t';
  });
  if (IsText) {
    StringRef T = Bytes.trim();
    if (T.starts_with_insensitive("0x")) T = T.drop_front(2), Hex = true;
    if (T.ends_with("h") || T.ends_with("H")) T = T.drop_back(), Hex = true;
    for (char C : T)
      if (!isSpace(C) && C != ':') Digits.push_back(toLower(C));
    if (Digits.empty() || !llvm::all_of(Digits, [](char C) { return isHexDigit(C); })) return false;
    if (!Hex && !llvm::all_of(Digits, [](char C) { return isDigit(C); })) Hex = true;
  } else {
    Digits = llvm::toHex(Bytes, /*LowerCase=*/true);
    Hex = true;
  }
  // Leading zeros carry no value (and would cost parsing time).
  size_t Z = Digits.find_first_not_of('0');
  Digits.erase(0, Z == std::string::npos ? Digits.size() - 1 : Z);
  return !Digits.empty();
}
} // namespace

std::optional<unsigned> bigNumberBits(StringRef Bytes, bool Raw) {
  std::string Digits;
  bool Hex = false;
  if (!bigNumberDigits(Bytes, Raw, Digits, Hex)) return std::nullopt;
  if (!Hex) // an upper bound: log2(10) < 3.33
    return unsigned(std::min<size_t>(Digits.size() * 10 / 3 + 1, UINT_MAX / 2));
  unsigned First = hexDigitValue(Digits[0]);
  unsigned Top = First ? 32 - llvm::countl_zero(First) : 0;
  return unsigned(std::min<size_t>((Digits.size() - 1) * 4 + Top, UINT_MAX / 2));
}

std::optional<APInt> parseBigNumber(StringRef Bytes, bool Raw) {
  std::string Text;
  bool Hex = false;
  if (!bigNumberDigits(Bytes, Raw, Text, Hex)) return std::nullopt;
  // Building an APInt from text costs time quadratic in its length.
  if (Text.size() > (Hex ? MaxBigNumberBits / 4 : MaxBigNumberBits * 3 / 10)) return std::nullopt;
  unsigned Bits = Hex ? Text.size() * 4 + 1 : Text.size() * 10 / 3 + 8;
  return APInt(Bits, Text, Hex ? 16 : 10).zextOrTrunc(Bits);
}

namespace {

APInt shrink(const APInt &N) {
  unsigned Bits = std::max(N.getActiveBits(), 2u);
  return N.trunc(Bits);
}

APInt mulMod(const APInt &A, const APInt &B, const APInt &M, unsigned W) {
  return (A.zext(W) * B.zext(W)).urem(M.zext(W)).trunc(M.getBitWidth());
}

APInt powMod(const APInt &Base, const APInt &Exp, const APInt &M) {
  unsigned W = M.getBitWidth() * 2;
  APInt R(M.getBitWidth(), 1), B = Base.urem(M);
  for (int I = int(Exp.getActiveBits()) - 1; I >= 0; --I) {
    R = mulMod(R, R, M, W);
    if (Exp[I]) R = mulMod(R, B, M, W);
  }
  return R;
}

} // namespace

bool probablyPrime(const APInt &In, unsigned Rounds) {
  APInt N = shrink(In);
  if (N.ult(2)) return false;
  static const unsigned Small[] = {2,  3,  5,  7,  11, 13, 17, 19, 23, 29, 31,  37,  41,  43,  47,
                                   53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113};
  for (unsigned P : Small) {
    if (N.getActiveBits() <= 32 && N.getZExtValue() == P) return true;
    if (N.urem(P) == 0) return false;
  }
  APInt One(N.getBitWidth(), 1), NM1 = N - 1, D = NM1;
  unsigned R = 0;
  while (!D[0]) D.lshrInPlace(1), ++R;
  for (unsigned I = 0; I < Rounds && I < std::size(Small); ++I) {
    APInt A(N.getBitWidth(), Small[I]);
    if (A.uge(NM1)) break;
    APInt X = powMod(A, D, N);
    if (X == One || X == NM1) continue;
    bool Witness = true;
    unsigned W = N.getBitWidth() * 2;
    for (unsigned J = 1; J < R && Witness; ++J) {
      X = mulMod(X, X, N, W);
      if (X == NM1) Witness = false;
    }
    if (Witness) return false;
  }
  return true;
}

std::string constantSeedMessage(StringRef Name, StringRef Callee) {
  return "constant data" + (Name.empty() ? std::string() : " '" + Name.str() + "'") + " seeds '" +
         Callee.str() +
         "'; it adds no entropy, and where it is the only seed every key the generator makes is "
         "predictable";
}

std::string fakeEntropyMessage(StringRef Fn, StringRef Callee, StringRef Why, bool Method) {
  if (Method)
    return "'" + Callee.str() + "' installs a random method whose bytes function '" + Fn.str() +
           "' " + Why.str() + "; every key and nonce the library makes is predictable";
  return "entropy function '" + Fn.str() + "' given to '" + Callee.str() + "' " + Why.str() +
         "; every key the generator makes is predictable";
}

namespace {

class Analyzer {
public:
  explicit Analyzer(AnalysisSession &S)
      : S(S), PA(S.provenance()), Cat(S.catalog()), SM(S.values().context().getSourceManager()) {}
  std::vector<Candidate> Out;

  void run(const Expr *Call, const FunctionModel &M, const FunctionDecl *FD,
           ArrayRef<const Expr *> Args) {
    std::string Callee = calleeName(S, Call);
    if ((M.InsecureRule == rules::RiggedParameters || M.InsecureRule == rules::ConstantSeed) &&
        (M.InsecureArgs < 0 || unsigned(M.InsecureArgs) == Args.size())) {
      Candidate C = make(M.InsecureRule, Call, "'" + Callee + "' " + M.InsecureReason);
      Out.push_back(std::move(C));
    }
    const Expr *CurveB = nullptr;
    for (unsigned I = 0; I < Args.size(); ++I)
      if (const ParamModel *P = paramFor(M, FD, I))
        if (P->Role == ParamRole::CurveB) CurveB = Args[I];
    for (unsigned I = 0; I < Args.size(); ++I) {
      // Every model of the argument ("2" and "2#mode", told apart by 'when').
      std::string PName;
      if (FD && I < FD->getNumParams() && FD->getParamDecl(I)->getDeclName().isIdentifier())
        PName = FD->getParamDecl(I)->getName().str();
      for (const ParamModel *P : M.params(I, PName)) {
        if (!whenHolds(S.values(), Args, P->WhenArg, P->WhenSymbols)) continue;
        if (P->Role == ParamRole::DhPrime || P->Role == ParamRole::DhPrimeLe)
          dhPrime(Call, Args[I], Callee, P->Role == ParamRole::DhPrimeLe);
        else if (P->Role == ParamRole::DhParams)
          dhParams(Call, Args[I], Callee);
        else if (P->Role == ParamRole::DhBlob)
          dhBlob(Call, Args[I], Callee);
        else if (P->Role == ParamRole::CurvePrime) {
          // Every model of a curve's prime has its b too: a call without it
          // is another overload (Botan's EC_Group("secp256r1"), by name).
          if (CurveB) curve(Call, Args[I], CurveB, Callee);
        }
        else if (P->Role == ParamRole::CurveGenerator)
          generator(Call, Args, I, Callee);
        else if (P->Role == ParamRole::RsaExponent)
          exponent(Call, Args[I], Callee);
        else if (P->Role == ParamRole::Sexp)
          sexpExponent(Call, Args[I], Callee);
        else if (P->Role == ParamRole::Seed)
          seed(Call, Args[I], Callee);
        else if (P->Role == ParamRole::RandMethod)
          randMethod(Call, Args[I], Callee);
      }
    }
    if (M.EntropyCallback >= 0 && unsigned(M.EntropyCallback) < Args.size())
      entropy(Call, Args[M.EntropyCallback], unsigned(M.EntropyOutput), Callee);
  }

  /// A constant copied into a field of a curve structure that the catalog's
  /// curve-prime-field, curve-b-field or curve-generator-field patterns name
  /// (Mbed TLS: mbedtls_mpi_read_string(&grp.P, 16, "..."),
  /// mbedtls_ecp_point_read_string(&grp.G, 16, x, y)): a curve or generator
  /// that no named curve has.
  void curveFieldWrite(const Expr *Call, const FunctionModel &M, ArrayRef<const Expr *> Args,
                       const std::string &Callee) {
    if (M.CopyTo < 0 || unsigned(M.CopyTo) >= Args.size() || M.CopyFrom.empty()) return;
    int From = M.CopyFrom.front();
    if (From < 0 || unsigned(From) >= Args.size()) return;
    const Expr *Dest = stripAll(Args[M.CopyTo]);
    if (const auto *UO = dyn_cast<UnaryOperator>(Dest))
      if (UO->getOpcode() == UO_AddrOf) Dest = stripAll(UO->getSubExpr());
    const auto *ME = dyn_cast_or_null<MemberExpr>(Dest);
    if (!ME) return;
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field || !Field->getIdentifier()) return;
    std::string Name = plainQualifiedName(Field);
    const char *What = catalogMatch(Cat, "curve-prime-field", Name)       ? "prime"
                       : catalogMatch(Cat, "curve-b-field", Name)         ? "b"
                       : catalogMatch(Cat, "curve-generator-field", Name) ? "generator"
                                                                          : nullptr;
    if (!What) return;
    const Origin *O = constantOrigin(Args[From]);
    if (!O) return;
    std::optional<APInt> N = number(*O);
    if (!N || N->getActiveBits() < 64) return;
    std::string Hex = toHex(*N);
    for (const KnownConstant &K : Cat.constants())
      if (K.Kind == ConstantKind::Curve &&
          ((What[0] == 'p' && K.Hex == Hex) || (What[0] == 'b' && K.B == Hex) ||
           (What[0] == 'g' && K.Gx == Hex)))
        return; // a named curve spelled out
    std::string Msg =
        What[0] == 'g'
            ? "'" + Callee + "' sets the generator '" + Name +
                  "' of a curve to a constant point that is no named curve's generator; "
                  "whoever chose the point may know its discrete logarithm"
            : "'" + Callee + "' sets the " + (What[0] == 'p' ? "prime" : "coefficient b") + " '" +
                  Name + "' of a curve to a constant that no named curve has (" +
                  std::to_string(N->getActiveBits()) +
                  " bits): a custom elliptic curve; a curve chosen by someone else can hide a "
                  "weakness or a trapdoor; use a named curve";
    Candidate C = make(rules::RiggedParameters, Call, Msg);
    addOriginNotes(C, SM, *O, "constant defined here");
    Out.push_back(std::move(C));
  }

  /// OpenSSL 1.0: dh->p = BN_bin2bn(dh1024_p, sizeof dh1024_p, NULL).
  void assignedPrime(const BinaryOperator *BO, const std::string &Field) {
    dhPrime(BO, BO->getRHS(), Field);
  }

  void literal(const Expr *E) {
    std::string Bytes;
    E = stripAll(E);
    if (const auto *SL = dyn_cast<clang::StringLiteral>(E)) {
      if (SL->getCharByteWidth() != 1) return;
      StringRef T = SL->getString();
      std::string Low = T.lower();
      // The generator chosen by name: an argument of a call that is not a
      // comparison (a scanner comparing names selects nothing).
      if (T.size() < 32 && StringRef(Low).trim().starts_with("dual") &&
          catalogMatch(Cat, "dual-ec-name", StringRef(Low).trim()) && selectedByName(E)) {
        Out.push_back(make(rules::RiggedParameters, E,
                           "Dual_EC_DRBG is selected by name; its points may have a known "
                           "discrete logarithm that lets their author predict every output "
                           "(the SP 800-90A backdoor)"));
        return;
      }
      if (T.size() < 64) return;
      for (char C : Low)
        if (isHexDigit(C)) Bytes.push_back(C);
    } else if (const auto *IL = dyn_cast<InitListExpr>(E)) {
      if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
      std::string Raw;
      for (const Expr *I : IL->inits()) {
        Expr::EvalResult R;
        const Expr *X = stripAll(I);
        if (X->isValueDependent() || !X->getType()->isIntegralOrEnumerationType() ||
            !X->EvaluateAsInt(R, S.values().context()))
          return;
        Raw.push_back(char(R.Val.getInt().getZExtValue() & 0xff));
      }
      Bytes = llvm::toHex(Raw, true);
    }
    if (Bytes.size() < 64) return;
    for (const KnownConstant &K : Cat.constants()) {
      if (K.Kind != ConstantKind::DualEcQ) continue;
      if (StringRef(Bytes).contains(K.Hex) || StringRef(Bytes).contains(K.Y)) {
        Out.push_back(
            make(rules::RiggedParameters, E,
                 "the " + K.Name +
                     " point of Dual_EC_DRBG is compiled into the "
                     "program; whoever knows its discrete logarithm predicts every output "
                     "of the generator (the SP 800-90A backdoor)"));
        return;
      }
    }
  }

private:
  AnalysisSession &S;
  ProvenanceAnalysis &PA;
  const Catalog &Cat;
  const SourceManager &SM;

  bool selectedByName(const Expr *Lit) {
    ASTContext &Ctx = S.values().context();
    DynTypedNodeList Parents = Ctx.getParents(*Lit);
    for (unsigned Guard = 0; !Parents.empty() && Guard < 4; ++Guard) {
      if (const auto *CE = Parents[0].get<CallExpr>()) {
        const FunctionModel *M = PA.model(CE);
        return !(M && !M->Compare.empty());
      }
      if (!Parents[0].get<ImplicitCastExpr>() && !Parents[0].get<ParenExpr>()) return false;
      Parents = Ctx.getParents(Parents[0]);
    }
    return false;
  }

  SourceLocation fileLoc(SourceLocation L) const { return SM.getFileLoc(L); }

  Candidate make(StringRef Rule, const Expr *At, std::string Message) {
    Candidate C;
    C.Rule = Rule.str();
    C.Loc = fileLoc(At->getBeginLoc());
    C.Message = std::move(Message);
    return C;
  }

  /// The number a constant origin holds, when its bytes are known.
  std::optional<APInt> number(const Origin &O) {
    if (O.Bytes) return parseBigNumber(*O.Bytes);
    if (O.Transformed || !O.Def) return std::nullopt;
    const Expr *D = stripAll(O.Def);
    if (const auto *SL = dyn_cast<clang::StringLiteral>(D))
      if (SL->getCharByteWidth() == 1) return parseBigNumber(SL->getString());
    // Integer e(3), BigInt(65537): a number object built from an integer.
    if (const auto *CC = dyn_cast<CXXConstructExpr>(D))
      if (CC->getNumArgs() >= 1) D = stripAll(CC->getArg(0));
    Expr::EvalResult R;
    if (!D->isValueDependent() && D->getType()->isIntegralOrEnumerationType() &&
        D->EvaluateAsInt(R, S.values().context())) {
      APInt V = R.Val.getInt();
      return V.zext(std::max(V.getBitWidth(), 64u) + 1);
    }
    return std::nullopt;
  }

  const Origin *constantOrigin(const Expr *Arg) {
    const Prov &P = PA.of(Arg);
    if (!P.secrets().empty()) return nullptr;
    std::vector<const Origin *> Cs = P.wholeConstants();
    return Cs.empty() ? nullptr : Cs.front();
  }

  /// DH parameters as PEM text or DER bytes (PEM_read_bio_DHparams over a
  /// memory BIO, d2i_DHparams): the modulus is the first INTEGER.
  void dhParams(const Expr *Call, const Expr *Arg, const std::string &Callee) {
    const Origin *O = constantOrigin(Arg);
    if (!O) return;
    std::optional<std::string> Bytes = bytesOf(*O);
    if (!Bytes) return;
    std::string Der = *Bytes;
    StringRef T(Der);
    if (T.contains("-----BEGIN")) {
      size_t B = T.find('\n', T.find("-----BEGIN"));
      size_t E = T.find("-----END");
      if (B == StringRef::npos || E == StringRef::npos || E < B) return;
      std::string B64;
      for (char C : T.slice(B, E))
        if (isAlnum(C) || C == '+' || C == '/') B64.push_back(C);
      Der = decodeBase64(B64);
    }
    // SEQUENCE { INTEGER p, INTEGER g [, ...] }
    auto Len = [&](size_t &I) -> size_t {
      if (I >= Der.size()) return 0;
      unsigned char L = Der[I++];
      if (L < 0x80) return L;
      size_t N = 0;
      for (unsigned K = 0; K < (L & 0x7f) && I < Der.size(); ++K)
        N = (N << 8) | (unsigned char)Der[I++];
      return N;
    };
    size_t I = 0;
    if (Der.size() < 8 || (unsigned char)Der[I++] != 0x30) return;
    Len(I);
    if (I >= Der.size() || Der[I++] != 0x02) return;
    size_t N = Len(I);
    if (N == 0 || I > Der.size() || N > Der.size() - I) return;
    checkModulusBytes(Call, StringRef(Der).substr(I, N), *O, Callee);
  }

  /// The bytes of a constant; for a record built from a buffer and a size
  /// (gnutls_datum_t p = {(unsigned char *)dh_p, sizeof dh_p}, CryptoAPI's
  /// CRYPT_DATA_BLOB {sizeof p, p}), the buffer's: its one pointer field.
  std::optional<std::string> bytesOf(const Origin &O) {
    if (O.Bytes) return O.Bytes;
    if (!O.Def) return std::nullopt;
    if (const auto *IL = dyn_cast<InitListExpr>(stripAll(O.Def))) {
      if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
      if (!IL->getType()->isRecordType() || IL->getNumInits() == 0) return std::nullopt;
      if (const Origin *Inner = constantOrigin(IL->getInit(0)))
        if (Inner->Bytes) return Inner->Bytes;
      for (const Expr *Init : IL->inits().drop_front())
        if (Init && Init->getType()->isPointerType())
          if (const Origin *Inner = constantOrigin(Init))
            if (Inner->Bytes) return Inner->Bytes;
    }
    return std::nullopt;
  }

  /// CNG: BCRYPT_DH_PARAMETER_HEADER {cbLength, dwMagic, cbKeyLength}, then p, then g.
  void dhBlob(const Expr *Call, const Expr *Arg, const std::string &Callee) {
    const Origin *O = constantOrigin(Arg);
    if (!O) return;
    std::optional<std::string> B = bytesOf(*O);
    if (!B || B->size() < 12) return;
    const unsigned char *D = reinterpret_cast<const unsigned char *>(B->data());
    size_t Len = D[8] | (D[9] << 8) | (D[10] << 16) | (size_t(D[11]) << 24);
    if (Len == 0 || 12 + Len > B->size()) return;
    checkModulusBytes(Call, StringRef(*B).substr(12, Len), *O, Callee);
  }

  static std::string decodeBase64(StringRef In) {
    static const std::string Alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string Out;
    unsigned Acc = 0, Bits = 0;
    for (char C : In) {
      size_t V = Alphabet.find(C);
      if (V == std::string::npos) continue;
      Acc = (Acc << 6) | unsigned(V);
      Bits += 6;
      if (Bits >= 8) {
        Bits -= 8;
        Out.push_back(char((Acc >> Bits) & 0xff));
      }
    }
    return Out;
  }

  void dhPrime(const Expr *Call, const Expr *Arg, const std::string &Callee,
               bool LittleEndian = false) {
    // A standard group a library function returns, named by its size
    // (`DH_set0_pqg(dh, BN_get_rfc3526_prime_1536(NULL), NULL, g)`, WPS's
    // group 5): a modulus of that size.
    auto GroupCall = [&](const Expr *E) -> std::optional<unsigned> {
      const auto *GC = dyn_cast_or_null<CallExpr>(E ? stripAll(E) : nullptr);
      const FunctionDecl *GF = GC ? GC->getDirectCallee() : nullptr;
      if (!GF || !GF->getDeclName().isIdentifier() ||
          !catalogMatch(Cat, "dh-group-call-name", GF->getName()))
        return std::nullopt;
      StringRef N = GF->getName();
      unsigned Bits = 0;
      if (N.substr(N.find_last_not_of("0123456789") + 1).getAsInteger(10, Bits) || Bits < 256)
        return 0u;
      return Bits;
    };
    if (std::optional<unsigned> Bits = GroupCall(Arg)) {
      Origin G;
      G.Def = stripAll(Arg);
      if (*Bits) modulusSize(Call, *Bits, G);
      return;
    }
    // Through a local the function sets to one (`case Modp1024: p =
    // BN_get_rfc2409_prime_1024(NULL);` before `DH_set0_pqg(dh, p, ...)`):
    // reported where that group is chosen.
    if (const auto *DRE = dyn_cast<DeclRefExpr>(stripAll(Arg)))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); VD && VD->hasLocalStorage())
        for (const Expr *V : PA.assignedValues(VD))
          if (std::optional<unsigned> Bits = GroupCall(V); Bits && *Bits) {
            Origin G;
            G.Def = stripAll(V);
            G.Named = cast<CallExpr>(G.Def)->getDirectCallee();
            modulusSize(G.Def, *Bits, G);
          }
    const Origin *O = constantOrigin(Arg);
    if (!O && !LittleEndian) askPrime(Call, Callee, PA.of(Arg));
    if (!O || O->Clearing) return;
    if (LittleEndian) {
      // Raw bytes, least significant first (CryptoAPI's KP_P blob).
      std::optional<std::string> B = bytesOf(*O);
      if (!B) return;
      std::string Big(B->rbegin(), B->rend());
      return checkModulusBytes(Call, Big, *O, Callee);
    }
    std::optional<APInt> N = number(*O);
    std::optional<std::string> B = bytesOf(*O);
    if (!B && O->Def)
      if (const auto *SL = dyn_cast<clang::StringLiteral>(stripAll(O->Def)))
        if (SL->getCharByteWidth() == 1) B = SL->getString().str();
    if (!N && B) N = parseBigNumber(*B);
    if (!N) {
      // Too long to parse: no standard group is this large.
      if (B)
        if (std::optional<unsigned> Bits = bigNumberBits(*B))
          if (*Bits > MaxBigNumberBits) tooLargeModulus(Call, *Bits, *O, Callee);
      return;
    }
    checkModulus(Call, *N, *O, Callee);
  }

  /// A modulus given as big-endian bytes (a DER INTEGER, a CNG blob).
  void checkModulusBytes(const Expr *Call, StringRef Raw, const Origin &O,
                         const std::string &Callee) {
    if (std::optional<APInt> N = parseBigNumber(Raw, /*Raw=*/true))
      return checkModulus(Call, *N, O, Callee);
    if (std::optional<unsigned> Bits = bigNumberBits(Raw, /*Raw=*/true))
      if (*Bits > MaxBigNumberBits) tooLargeModulus(Call, *Bits, O, Callee);
  }

  std::string modulusText(unsigned Bits, const Origin &O, const std::string &Callee) {
    return dhModulusText(Bits, originName(S, O), Callee);
  }

  /// A modulus above MaxPrimalityBits: not tested (that would take hours),
  /// still not a standard group.
  void tooLargeModulus(const Expr *Call, unsigned Bits, const Origin &O,
                       const std::string &Callee) {
    Candidate C = make(rules::RiggedParameters, Call,
                       modulusText(Bits, O, Callee) +
                           " is not one of the standard groups and too large to test for "
                           "primality (more than " +
                           std::to_string(MaxPrimalityBits) +
                           " bits); a modulus of unknown origin can hide a trapdoor; use an RFC "
                           "7919 group");
    C.Bits = Bits;
    addOriginNotes(C, SM, O, "constant defined here");
    Out.push_back(std::move(C));
  }

  /// The modulus's size, for backdoor-short-key (its check compares it with
  /// MinDhBits): a standard group can be too small too (RFC 2409's 1024-bit
  /// Oakley group 2, Logjam).
  void modulusSize(const Expr *Call, unsigned Bits, const Origin &O) {
    // Its size in bytes, as groups are named: a 256-byte modulus whose top
    // bit is clear (2047 bits) is a 2048-bit group.
    Bits = (Bits + 7) / 8 * 8;
    std::string Name = originName(S, O);
    Candidate C = make(rules::ShortKey, Call,
                       std::to_string(Bits) + "-bit Diffie-Hellman modulus" +
                           (Name.empty() ? "" : " '" + Name + "'"));
    C.Subject = C.Message;
    C.Algorithm = "dh";
    C.Bits = Bits;
    addOriginNotes(C, SM, O, "constant defined here");
    Out.push_back(std::move(C));
  }

  void checkModulus(const Expr *Call, const APInt &Value, const Origin &Src,
                    const std::string &Callee) {
    const Origin *O = &Src;
    std::optional<APInt> N = Value;
    if (N->getActiveBits() < 64) return;
    modulusSize(Call, N->getActiveBits(), Src);
    unsigned Bits = N->getActiveBits();
    if (Bits > MaxPrimalityBits) {
      std::string Hex = toHex(*N);
      for (const KnownConstant &K : Cat.constants())
        if (K.Kind == ConstantKind::DhPrime && K.Hex == Hex) return;
      return tooLargeModulus(Call, Bits, *O, Callee);
    }
    std::string Msg = dhModulusMessage(Cat, *N, modulusText(Bits, *O, Callee));
    if (Msg.empty()) return;
    Candidate C = make(rules::RiggedParameters, Call, Msg);
    C.Bits = Bits;
    addOriginNotes(C, SM, *O, "constant defined here");
    Out.push_back(std::move(C));
  }

  void curve(const Expr *Call, const Expr *PArg, const Expr *BArg, const std::string &Callee) {
    const Origin *O = constantOrigin(PArg);
    if (!O) return;
    std::optional<APInt> P = number(*O);
    std::string PHex = P ? toHex(*P) : "";
    // The field's size, for backdoor-short-key (its check compares it with
    // MinEcBits): a curve spelled out, named or not, can be too small (a
    // 160-bit field gives 80-bit security).
    if (P && P->getActiveBits() >= 64) {
      Candidate C = make(rules::ShortKey, Call,
                         "the " + std::to_string(P->getActiveBits()) +
                             "-bit curve built by '" + Callee + "'");
      C.Subject = C.Message;
      C.Algorithm = "ec";
      C.Bits = P->getActiveBits();
      addOriginNotes(C, SM, *O, "constant defined here");
      Out.push_back(std::move(C));
    }
    std::optional<APInt> B;
    if (BArg)
      if (const Origin *BO = constantOrigin(BArg)) B = number(*BO);
    const KnownConstant *Known = nullptr;
    for (const KnownConstant &K : Cat.constants())
      if (K.Kind == ConstantKind::Curve && K.Hex == PHex) {
        Known = &K;
        if (!B || toHex(*B) == K.B) return; // a named curve spelled out
      }
    std::string Bits = P ? " (" + std::to_string(P->getActiveBits()) + "-bit field)" : "";
    std::string Msg =
        Known ? "'" + Callee + "' builds a custom curve over the field of " + Known->Name +
                    " with a different 'b'; a curve chosen by someone else can hide a weakness; "
                    "use the named curve"
              : "'" + Callee + "' builds a custom elliptic curve from constant parameters" + Bits +
                    "; a curve chosen by someone else can hide a weakness or a trapdoor; use a "
                    "named curve";
    Candidate C = make(rules::RiggedParameters, Call, Msg);
    addOriginNotes(C, SM, *O, "constant defined here");
    Out.push_back(std::move(C));
  }

  /// A constant generator set on a named curve (the Dual_EC shape).
  void generator(const Expr *Call, ArrayRef<const Expr *> Args, unsigned I,
                 const std::string &Callee) {
    const Origin *O = constantOrigin(Args[I]);
    if (!O || I == 0) return;
    // The group: created from a curve name, not built from parameters.
    const ValueDecl *G = targetDecl(Args[0]);
    if (!G) return;
    bool Named = false;
    for (const Expr *V : PA.assignedValues(G))
      if (const auto *CE = dyn_cast<CallExpr>(stripAll(V)))
        if (const FunctionModel *M = PA.model(CE))
          for (const ParamModel &P : M->Params) Named |= P.Role == ParamRole::Curve;
    if (!Named) return;
    Candidate C = make(rules::RiggedParameters, Call,
                       "'" + Callee +
                           "' replaces the generator of a named curve with a constant "
                           "point; whoever chose the point may know its discrete logarithm");
    addOriginNotes(C, SM, *O, "constant defined here");
    Out.push_back(std::move(C));
  }

  bool rawRsaInUnit() {
    for (auto &[FD, Calls] : PA.calls())
      for (const CallExpr *CE : Calls) {
        const FunctionModel *M = PA.model(CE);
        if (!M) continue;
        for (const AlgSpec &U : M->Uses)
          if (U.Kind == AlgKind::Padding && U.Family == "rsa-none") return true;
        for (unsigned I = 0; I < CE->getNumArgs(); ++I)
          if (const ParamModel *P = paramFor(*M, FD, I))
            if (P->Role == ParamRole::Padding) {
              for (const Value &V : S.values().algorithms(CE->getArg(I)))
                if (V.A.Family == "rsa-none") return true;
            } else if (P->Role == ParamRole::Sexp) {
              // libgcrypt's data to encrypt or sign: (data (flags raw) (value %m)).
              for (const Value &Str : S.values().strings(CE->getArg(I)))
                if (std::optional<GcrySexpFacts> F = gcrySexpFacts(Str.S))
                  if (F->Head == "data" && llvm::is_contained(F->Flags, "raw")) return true;
            }
      }
    return false;
  }

  void exponent(const Expr *Call, const Expr *Arg, const std::string &Callee) {
    const Origin *O = constantOrigin(Arg);
    if (!O) return;
    std::optional<APInt> E = number(*O);
    if (!E || E->getActiveBits() > 8) return;
    uint64_t V = E->getZExtValue();
    std::string Msg;
    if (V == 1)
      Msg = "RSA public exponent 1 given to '" + Callee +
            "' leaves every message unchanged: the 'ciphertext' is the plaintext";
    else if (V == 3 && rawRsaInUnit())
      Msg = "RSA public exponent 3 given to '" + Callee +
            "' with raw (unpadded) RSA in this file: a short message is recovered with a cube "
            "root, and related messages with Coppersmith's attack";
    else
      return;
    Candidate C = make(rules::RiggedParameters, Call, Msg);
    addOriginNotes(C, SM, *O, "constant defined here");
    Out.push_back(std::move(C));
  }

  /// libgcrypt key generation text: (genkey (rsa (nbits 4:2048) (rsa-use-e 1:1))).
  void sexpExponent(const Expr *Call, const Expr *Arg, const std::string &Callee) {
    for (const Value &Str : S.values().strings(Arg)) {
      std::optional<GcrySexpFacts> F = gcrySexpFacts(Str.S);
      if (!F || !F->RsaUseE) continue;
      unsigned long long E = 0;
      if (StringRef(*F->RsaUseE).getAsInteger(0, E)) continue;
      std::string Msg;
      if (E == 1)
        Msg = "RSA public exponent 1 requested by '(rsa-use-e " + *F->RsaUseE + ")' in '" + Callee +
              "' leaves every message unchanged: the 'ciphertext' is the plaintext";
      else if (E == 3 && rawRsaInUnit())
        Msg = "RSA public exponent 3 requested by '(rsa-use-e " + *F->RsaUseE + ")' in '" + Callee +
              "' with raw (unpadded) RSA in this file: a short message is recovered with a cube "
              "root, and related messages with Coppersmith's attack";
      else
        continue;
      Candidate C = make(rules::RiggedParameters, Call, Msg);
      if (Str.Source) {
        SourceLocation L = fileLoc(Str.Source->getBeginLoc());
        if (SM.getExpansionLineNumber(L) != SM.getExpansionLineNumber(C.Loc) ||
            SM.getFileID(L) != SM.getFileID(C.Loc))
          C.Notes.push_back({L, "constant defined here"});
      }
      Out.push_back(std::move(C));
    }
  }

  void seed(const Expr *Call, const Expr *Arg, const std::string &Callee) {
    const Prov &P = PA.of(Arg);
    if (!P.secrets().empty() || P.External || P.Predictable || P.Random) return;
    // Constants, and data other units define (an `extern const` seed, a
    // helper's return value: unknown here): those are the link step's question.
    bool Linked = false;
    for (const Origin &O : P.Origins) {
      if (O.Kind == Origin::Link && !O.Partial) {
        Linked = true;
        continue;
      }
      if (O.Kind != Origin::Const) return;
    }
    if (Linked) askSeed(Call, Arg, Callee, P);
    if (P.Unknown) return;
    std::vector<const Origin *> Cs = P.wholeConstants();
    if (Cs.empty()) return;
    const Origin *O = Cs.front();
    if (O->Bytes && O->Bytes->empty()) return;
    Candidate C = make(rules::ConstantSeed, Call, constantSeedMessage(originName(S, *O), Callee));
    addOriginNotes(C, SM, *O, "constant defined here");
    Out.push_back(std::move(C));
  }

  /// A modulus another unit defines (a helper that builds the group's
  /// BIGNUM with BN_hex2bn, an `extern` table): one query per link, judged
  /// by the link step as here ("dh-prime").
  void askPrime(const Expr *Call, const std::string &Callee, const Prov &P) {
    FactRecorder *R = FactRecorder::active();
    if (!R) return;
    for (const Origin &O : P.Origins)
      if (O.Kind == Origin::Link && !O.Partial && !O.Transformed)
        R->query(json::Object{{"kind", "dh-prime"},
                              {"callee", Callee},
                              {"at", locFact(SM, fileLoc(Call->getBeginLoc()))},
                              {"link", linkFact(S, O, &P)}});
  }

  /// A seed made of data another unit defines: one query per link.
  void askSeed(const Expr *Call, const Expr *Arg, const std::string &Callee, const Prov &P) {
    FactRecorder *R = FactRecorder::active();
    if (!R) return;
    for (const Origin &O : P.Origins)
      if (O.Kind == Origin::Link && !O.Partial)
        R->query(json::Object{{"kind", "seed-role"},
                              {"callee", Callee},
                              {"at", locFact(SM, fileLoc(Call->getBeginLoc()))},
                              {"link", linkFact(S, O, &P)}});
  }

  /// An entropy function (or a random method's bytes function) another unit
  /// defines: whether it gives entropy is its "entropy" fact.
  void askEntropy(const Expr *Call, const FunctionDecl *FD, unsigned Output,
                  const std::string &Callee, bool Method) {
    FactRecorder *R = FactRecorder::active();
    const FunctionDecl *Def = nullptr;
    if (!R || !FD || FD->hasBody(Def)) return;
    std::string Sym = linkageName(FD);
    if (Sym.empty()) return;
    R->query(json::Object{{"kind", "entropy-callback"},
                          {"symbol", Sym},
                          {"index", int64_t(Output)},
                          {"name", displayName(FD)},
                          {"callee", Callee},
                          {"method", Method},
                          {"at", locFact(SM, fileLoc(Call->getBeginLoc()))}});
  }

  void entropy(const Expr *Call, const Expr *Arg, unsigned Output, const std::string &Callee) {
    const FunctionDecl *FD = callbackOf(PA, Arg);
    askEntropy(Call, FD, Output, Callee, /*Method=*/false);
    FakeEntropy Why = fakeEntropyReason(S, FD, Output);
    if (Why == FakeEntropy::None) return;
    Candidate C = make(rules::ConstantSeed, Call,
                       fakeEntropyMessage(displayName(FD), Callee, fakeEntropyText(Why), /*Method=*/false));
    C.Notes.push_back({fileLoc(FD->getLocation()), "entropy function defined here"});
    Out.push_back(std::move(C));
  }

  /// RAND_set_rand_method(&meth): the bytes() member of a method table.
  void randMethod(const Expr *Call, const Expr *Arg, const std::string &Callee) {
    const auto *VD = dyn_cast_or_null<VarDecl>(targetDecl(Arg));
    if (!VD || !VD->getInit()) return;
    const auto *IL = dyn_cast<InitListExpr>(stripAll(VD->getInit()));
    if (!IL) return;
    if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
    if (IL->getNumInits() < 2) return;
    const FunctionDecl *Bytes = callbackOf(PA, IL->getInit(1));
    askEntropy(Call, Bytes, 0, Callee, /*Method=*/true);
    FakeEntropy Why = fakeEntropyReason(S, Bytes, 0);
    if (Why == FakeEntropy::None) return;
    Candidate C = make(rules::ConstantSeed, Call,
                       fakeEntropyMessage(displayName(Bytes), Callee, fakeEntropyText(Why), /*Method=*/true));
    C.Notes.push_back({fileLoc(Bytes->getLocation()), "bytes function defined here"});
    Out.push_back(std::move(C));
  }
};

} // namespace

const std::vector<Candidate> &parametersOfCall(AnalysisSession &S, const CallExpr *CE) {
  return S.memo(CE, MemoKey::ParametersOfCall, [&] {
    Analyzer A(S);
    if (const FunctionModel *M = S.provenance().model(CE)) {
      std::vector<const Expr *> Args(CE->arg_begin(), CE->arg_end());
      A.run(CE, *M, CE->getDirectCallee(), Args);
      A.curveFieldWrite(CE, *M, Args, calleeName(S, CE));
    }
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &parametersOfConstruct(AnalysisSession &S,
                                                    const CXXConstructExpr *CE) {
  return S.memo(CE, MemoKey::ParametersOfConstruct, [&] {
    Analyzer A(S);
    if (const FunctionModel *M = S.provenance().model(CE)) {
      std::vector<const Expr *> Args(CE->arg_begin(), CE->arg_end());
      A.run(CE, *M, CE->getConstructor(), Args);
    }
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &parametersOfAssign(AnalysisSession &S, const BinaryOperator *BO) {
  return S.memo(BO, MemoKey::ParametersOfAssign, [&] {
    Analyzer A(S);
    if (BO->getOpcode() == BO_Assign)
      if (const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenImpCasts()))
        if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
          std::string Name = plainQualifiedName(FD);
          if (catalogMatch(S.catalog(), "dh-prime-field", Name)) A.assignedPrime(BO, Name);
        }
    return dedupCandidates(std::move(A.Out));
  });
}

const std::vector<Candidate> &parametersOfLiteral(AnalysisSession &S, const Expr *E) {
  return S.memo(E, MemoKey::ParametersOfLiteral, [&] {
    Analyzer A(S);
    A.literal(E);
    return dedupCandidates(std::move(A.Out));
  });
}

std::string dhModulusMessage(const Catalog &Cat, const APInt &N, StringRef What) {
  if (N.getActiveBits() < 64) return "";
  std::string Hex = toHex(N);
  for (const KnownConstant &K : Cat.constants())
    if (K.Kind == ConstantKind::DhPrime && K.Hex == Hex) return "";
  unsigned Bits = N.getActiveBits();
  if (Bits > MaxPrimalityBits) return "";
  unsigned Rounds = Bits > 3072 ? 4 : 8;
  // One verdict per modulus: a constant used at many calls is tested once.
  enum Verdict { Composite, Prime, SafePrime };
  static thread_local std::map<std::string, Verdict> Verdicts;
  auto Known = Verdicts.find(Hex);
  Verdict V = Composite;
  if (Known != Verdicts.end()) {
    V = Known->second;
  } else {
    if (probablyPrime(N, Rounds)) {
      APInt Q = shrink(N);
      Q.lshrInPlace(1);
      V = probablyPrime(Q, Rounds) ? SafePrime : Prime;
    }
    if (Verdicts.size() > 256) Verdicts.clear();
    Verdicts.emplace(Hex, V);
  }
  if (V == Composite)
    return What.str() + " is not prime; whoever knows its factors computes discrete logarithms "
                        "and recovers every key exchanged with it";
  if (V == Prime)
    return What.str() + " is a prime but not a safe prime and not one of the standard groups; a "
                        "modulus of unknown origin can hide a subgroup or trapdoor that lets its "
                        "author recover keys; use an RFC 7919 group";
  return What.str() + " is a safe prime but not one of the standard groups (RFC 3526, RFC 7919, "
                      "RFC 5114); a modulus of unknown origin can hide a trapdoor; use an RFC "
                      "7919 group";
}

std::string dhModulusText(unsigned Bits, StringRef Name, StringRef Callee) {
  return "the Diffie-Hellman modulus" + (Name.empty() ? std::string() : " '" + Name.str() + "'") +
         " (" + std::to_string(Bits) + " bits) passed to '" + Callee.str() + "'";
}

} // namespace backdoor
