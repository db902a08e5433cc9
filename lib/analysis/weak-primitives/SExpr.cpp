//===--- SExpr.cpp - libgcrypt S-expression text ------------------------===//
#include "analysis/weak-primitives/SExpr.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace backdoor {

namespace {

constexpr unsigned MaxDepth = 64;
constexpr unsigned MaxNodes = 4096;

class Parser {
public:
  explicit Parser(StringRef T) : T(T) {}

  std::optional<SExpr> top() {
    skipSpace();
    if (Pos >= T.size() || T[Pos] != '(') return std::nullopt;
    return list(0);
  }

private:
  StringRef T;
  size_t Pos = 0;
  unsigned Nodes = 0;

  static bool isSpaceChar(char C) {
    return C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' || C == '\v';
  }
  static bool isTokenChar(char C) { return isAlnum(C) || StringRef("-./_:*+=").contains(C); }
  void skipSpace() {
    while (Pos < T.size() && isSpaceChar(T[Pos])) ++Pos;
  }

  std::optional<SExpr> list(unsigned Depth) {
    if (Depth >= MaxDepth || ++Nodes > MaxNodes) return std::nullopt;
    ++Pos; // '('
    SExpr L;
    L.List = true;
    while (true) {
      skipSpace();
      if (Pos >= T.size()) return std::nullopt; // unterminated
      char C = T[Pos];
      if (C == ')') {
        ++Pos;
        return L;
      }
      if (C == '(') {
        std::optional<SExpr> Sub = list(Depth + 1);
        if (!Sub) return std::nullopt;
        L.Items.push_back(std::move(*Sub));
        continue;
      }
      if (C == '[') { // a display hint: [text/plain]
        size_t End = T.find(']', Pos);
        if (End == StringRef::npos) return std::nullopt;
        Pos = End + 1;
        continue;
      }
      std::optional<SExpr> A = atom();
      if (!A) return std::nullopt;
      L.Items.push_back(std::move(*A));
    }
  }

  std::optional<SExpr> atom() {
    if (++Nodes > MaxNodes) return std::nullopt;
    SExpr A;
    char C = T[Pos];
    if (C == '%') { // gcry_sexp_build directive: %d %u %s %b %m %M %S
      A.Directive = true;
      ++Pos;
      if (Pos >= T.size() || !isAlpha(T[Pos])) return std::nullopt;
      A.Atom = std::string("%") + T[Pos++];
      return A;
    }
    if (C == '"') { // a quoted string with C escapes
      ++Pos;
      while (Pos < T.size() && T[Pos] != '"') {
        if (T[Pos] == '\\' && Pos + 1 < T.size()) {
          char E = T[++Pos];
          A.Atom.push_back(E == 'n' ? '\n' : E == 't' ? '\t' : E == 'r' ? '\r' : E);
        } else {
          A.Atom.push_back(T[Pos]);
        }
        ++Pos;
      }
      if (Pos >= T.size()) return std::nullopt;
      ++Pos;
      return A;
    }
    if (C == '#') { // hexadecimal bytes
      size_t End = T.find('#', Pos + 1);
      if (End == StringRef::npos) return std::nullopt;
      std::string Hex;
      for (char H : T.slice(Pos + 1, End))
        if (!isSpaceChar(H)) Hex.push_back(H);
      if (Hex.size() % 2 || !all_of(Hex, isHexDigit)) return std::nullopt;
      A.Atom = fromHex(Hex);
      Pos = End + 1;
      return A;
    }
    if (C == '|') { // base64: kept as text, nothing below reads it
      size_t End = T.find('|', Pos + 1);
      if (End == StringRef::npos) return std::nullopt;
      A.Atom = T.slice(Pos + 1, End).str();
      Pos = End + 1;
      return A;
    }
    if (isDigit(C)) { // canonical "4:1024", or a plain number token
      size_t P = Pos;
      while (P < T.size() && isDigit(T[P])) ++P;
      if (P < T.size() && T[P] == ':') {
        unsigned long long Len = 0;
        if (T.slice(Pos, P).getAsInteger(10, Len) || Len > T.size() - (P + 1)) return std::nullopt;
        A.Atom = T.substr(P + 1, Len).str();
        Pos = P + 1 + Len;
        return A;
      }
    }
    if (!isTokenChar(C)) return std::nullopt;
    size_t Start = Pos;
    while (Pos < T.size() && isTokenChar(T[Pos])) ++Pos;
    A.Atom = T.slice(Start, Pos).str();
    return A;
  }
};

/// The text of the atom after a list's name: (nbits 4:1024) -> "1024".
const SExpr *second(const SExpr &L) {
  if (!L.List || L.Items.size() < 2 || L.Items[1].List) return nullptr;
  return &L.Items[1];
}

void collect(const SExpr &L, GcrySexpFacts &F, unsigned Depth) {
  if (!L.List || L.Items.empty() || Depth > MaxDepth) return;
  const SExpr &H = L.Items[0];
  std::string Name = H.List ? "" : StringRef(H.Atom).lower();
  if (Name == "genkey" || Name == "public-key" || Name == "private-key" ||
      Name == "protected-private-key" || Name == "shadowed-private-key") {
    for (size_t I = 1; I < L.Items.size(); ++I)
      if (L.Items[I].List && !L.Items[I].Items.empty() && !L.Items[I].Items[0].List &&
          F.KeyAlgorithm.empty())
        F.KeyAlgorithm = StringRef(L.Items[I].Items[0].Atom).lower();
  } else if (Name == "nbits") {
    if (const SExpr *V = second(L))
      if (!V->Directive) {
        unsigned long long N = 0;
        if (!StringRef(V->Atom).trim().getAsInteger(10, N)) F.NBits = N;
      }
  } else if (Name == "rsa-use-e") {
    if (const SExpr *V = second(L))
      if (!V->Directive) F.RsaUseE = StringRef(V->Atom).trim().str();
  } else if (Name == "curve") {
    if (const SExpr *V = second(L))
      if (!V->Directive) F.Curve = V->Atom;
  } else if (Name == "flags") {
    for (size_t I = 1; I < L.Items.size(); ++I)
      if (!L.Items[I].List && !L.Items[I].Directive)
        F.Flags.push_back(StringRef(L.Items[I].Atom).lower());
  } else if (Name == "hash" || Name == "hash-algo") {
    if (const SExpr *V = second(L))
      if (!V->Directive) F.Hashes.push_back(StringRef(V->Atom).lower());
  }
  for (size_t I = 1; I < L.Items.size(); ++I) collect(L.Items[I], F, Depth + 1);
}

} // namespace

std::optional<SExpr> parseSExpr(StringRef Text) {
  if (Text.size() > (1u << 16)) return std::nullopt;
  return Parser(Text).top();
}

std::optional<GcrySexpFacts> gcrySexpFacts(StringRef Text) {
  std::optional<SExpr> S = parseSExpr(Text);
  if (!S) return std::nullopt;
  GcrySexpFacts F;
  if (!S->Items.empty() && !S->Items[0].List) F.Head = StringRef(S->Items[0].Atom).lower();
  collect(*S, F, 0);
  return F;
}

} // namespace backdoor
