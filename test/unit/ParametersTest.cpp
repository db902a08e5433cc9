// Number tests behind backdoor-rigged-parameters, and the catalog's constants
// checked against themselves: standard groups are (safe) primes and the
// Dual_EC_DRBG points lie on their curves.
#include "analysis/parameters/Parameters.h"
#include "BackdoorCheck.h"
#include "TestCatalog.h"
#include "catalog/Catalog.h"
#include "gtest/gtest.h"

using namespace backdoor;
using llvm::APInt;

namespace {

APInt num(const std::string &Hex) { return *parseBigNumber("0x" + Hex); }

const KnownConstant *constant(llvm::StringRef Kind, llvm::StringRef NamePart) {
  for (const KnownConstant &K : test::sharedCatalog()->constants())
    if (constantKindName(K.Kind) == Kind && llvm::StringRef(K.Name).contains(NamePart)) return &K;
  return nullptr;
}

/// (A * B) mod M at a width that cannot overflow.
APInt mulMod(const APInt &A, const APInt &B, const APInt &M) {
  unsigned W = M.getBitWidth() * 2 + 2;
  return (A.zext(W) * B.zext(W)).urem(M.zext(W)).trunc(M.getBitWidth());
}

} // namespace

TEST(BigNumber, ParsesTextAndBytes) {
  EXPECT_EQ(parseBigNumber("0x1F")->getZExtValue(), 31u);
  EXPECT_EQ(parseBigNumber("1fh")->getZExtValue(), 31u);
  EXPECT_EQ(parseBigNumber("65537")->getZExtValue(), 65537u);
  EXPECT_EQ(parseBigNumber("ff:ff")->getZExtValue(), 65535u);
  EXPECT_EQ(parseBigNumber(std::string("\x01\x00\x01", 3))->getZExtValue(), 65537u);
  EXPECT_FALSE(parseBigNumber("modp/ietf/2048"));
  EXPECT_EQ(toHex(*parseBigNumber("0x00ABCDEF")), "abcdef");
}

TEST(BigNumber, SizesWithoutParsing) {
  EXPECT_EQ(*bigNumberBits("0x1F"), 5u);
  EXPECT_EQ(*bigNumberBits("0x0001F"), 5u);
  EXPECT_EQ(*bigNumberBits(std::string("\x00\x01\x00\x01", 4)), 17u);
  EXPECT_EQ(*bigNumberBits("zz", /*Raw=*/true), 15u); // the bytes 0x7a7a
  EXPECT_GE(*bigNumberBits("65537"), 17u);            // decimal: an upper bound
  EXPECT_FALSE(bigNumberBits("modp/ietf/2048"));
  // Above MaxBigNumberBits a number is measured, not parsed (quadratic time).
  std::string Huge = "0x8" + std::string(MaxBigNumberBits / 4, '0');
  EXPECT_EQ(*bigNumberBits(Huge), MaxBigNumberBits + 4);
  EXPECT_FALSE(parseBigNumber(Huge));
  std::string Max = "0x" + std::string(MaxBigNumberBits / 4, 'f');
  ASSERT_TRUE(parseBigNumber(Max));
  EXPECT_EQ(parseBigNumber(Max)->getActiveBits(), MaxBigNumberBits);
  // Raw bytes are bytes even when they are printable.
  EXPECT_EQ(parseBigNumber("zz", /*Raw=*/true)->getZExtValue(), 0x7a7au);
}

TEST(BigNumber, Primality) {
  for (uint64_t P : {2ull, 3ull, 97ull, 65537ull, 2147483647ull, 1000000007ull})
    EXPECT_TRUE(probablyPrime(APInt(64, P))) << P;
  // Carmichael numbers and other composites, including a square of a prime.
  for (uint64_t C : {1ull, 561ull, 1105ull, 41041ull, 825265ull, 3215031751ull, 4294967297ull,
                     1000000007ull * 1000000007ull})
    EXPECT_FALSE(probablyPrime(APInt(128, C))) << C;
  // 2^127 - 1 is prime; 2^128 + 1 is not.
  APInt M127 = APInt::getLowBitsSet(128, 127);
  EXPECT_TRUE(probablyPrime(M127));
  EXPECT_FALSE(probablyPrime(APInt::getOneBitSet(130, 128) + 1));
}

TEST(Constants, StandardGroupsAreSafePrimes) {
  ASSERT_TRUE(test::sharedCatalog());
  unsigned Seen = 0;
  for (const KnownConstant &K : test::sharedCatalog()->constants()) {
    if (K.Kind != ConstantKind::DhPrime) continue;
    ++Seen;
    APInt P = num(K.Hex);
    if (P.getActiveBits() > 3072) continue; // the larger groups take seconds each
    EXPECT_TRUE(probablyPrime(P, 4)) << K.Name;
    if (llvm::StringRef(K.Name).contains("RFC 5114")) continue; // prime-order subgroups, not safe
    APInt Q = P.lshr(1);
    EXPECT_TRUE(probablyPrime(Q, 4)) << K.Name;
  }
  EXPECT_GE(Seen, 16u);
}

TEST(Constants, DualEcPointsAreOnTheirCurves) {
  ASSERT_TRUE(test::sharedCatalog());
  struct {
    const char *Q, *Curve;
  } Pairs[] = {{"P-256", "P-256"}, {"P-384", "P-384"}, {"P-521", "P-521"}};
  for (auto &Pr : Pairs) {
    const KnownConstant *Q = constant("dual-ec-q", Pr.Q);
    const KnownConstant *C = constant("curve", Pr.Curve);
    ASSERT_TRUE(Q && C) << Pr.Q;
    unsigned W = 1100;
    APInt P = num(C->Hex).zextOrTrunc(W), B = num(C->B).zextOrTrunc(W);
    APInt X = num(Q->Hex).zextOrTrunc(W), Y = num(Q->Y).zextOrTrunc(W);
    // y^2 = x^3 - 3x + b (mod p)
    APInt Lhs = mulMod(Y, Y, P);
    APInt X3 = mulMod(mulMod(X, X, P), X, P);
    APInt ThreeX = mulMod(APInt(W, 3), X, P);
    APInt Rhs = (X3 + P - ThreeX + B).urem(P);
    EXPECT_EQ(Lhs, Rhs) << Pr.Q;
  }
}
