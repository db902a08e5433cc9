//===--- SExprTest.cpp - libgcrypt S-expression text ---------------------===//
//
// Against the examples of the libgcrypt manual ("Cryptographic Functions",
// "S-expressions") and the grammar of its sexp.c: canonical length-prefixed
// atoms, quoted strings, #hex#, |base64|, display hints and the directives
// of gcry_sexp_build.
//
//===----------------------------------------------------------------------===//
#include "analysis/weak-primitives/SExpr.h"
#include <gtest/gtest.h>

using namespace backdoor;

namespace {

TEST(SExpr, ParsesNestedListsAndAtoms) {
  auto S = parseSExpr("(genkey (rsa (nbits 4:2048)))");
  ASSERT_TRUE(S);
  ASSERT_TRUE(S->List);
  ASSERT_EQ(S->Items.size(), 2u);
  EXPECT_EQ(S->Items[0].Atom, "genkey");
  const SExpr &Rsa = S->Items[1];
  ASSERT_EQ(Rsa.Items.size(), 2u);
  EXPECT_EQ(Rsa.Items[0].Atom, "rsa");
  EXPECT_EQ(Rsa.Items[1].Items[1].Atom, "2048"); // the canonical atom's bytes
}

TEST(SExpr, AtomForms) {
  auto S = parseSExpr("(a \"two words\\n\" #414243# |QUJD| [text/plain]hint 3:x y %m %b)");
  ASSERT_TRUE(S);
  ASSERT_EQ(S->Items.size(), 8u);
  EXPECT_EQ(S->Items[1].Atom, "two words\n");
  EXPECT_EQ(S->Items[2].Atom, "ABC");
  EXPECT_EQ(S->Items[3].Atom, "QUJD");
  EXPECT_EQ(S->Items[4].Atom, "hint"); // the display hint is skipped
  EXPECT_EQ(S->Items[5].Atom, "x y");  // length-prefixed: spaces included
  EXPECT_TRUE(S->Items[6].Directive);
  EXPECT_EQ(S->Items[7].Atom, "%b");
}

TEST(SExpr, RejectsMalformedText) {
  EXPECT_FALSE(parseSExpr(""));
  EXPECT_FALSE(parseSExpr("genkey"));
  EXPECT_FALSE(parseSExpr("(genkey (rsa"));
  EXPECT_FALSE(parseSExpr("(a \"unterminated)"));
  EXPECT_FALSE(parseSExpr("(a #4#)"));      // odd number of hex digits
  EXPECT_FALSE(parseSExpr("(a 99:short)")); // length beyond the text
  EXPECT_FALSE(parseSExpr("(a %)"));
  EXPECT_FALSE(parseSExpr("(a {b})"));
}

TEST(SExpr, BoundsDepthAndSize) {
  std::string Deep(100, '(');
  Deep += std::string(100, ')');
  EXPECT_FALSE(parseSExpr(Deep));
  std::string Wide = "(";
  for (int I = 0; I < 5000; ++I) Wide += "a ";
  Wide += ")";
  EXPECT_FALSE(parseSExpr(Wide));
  std::string Ok(60, '(');
  Ok += std::string(60, ')');
  EXPECT_TRUE(parseSExpr(Ok));
}

TEST(GcrySexpFacts, KeyGeneration) {
  auto F = gcrySexpFacts("(genkey (rsa (nbits 4:1024) (rsa-use-e 1:3)))");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->Head, "genkey");
  EXPECT_EQ(F->KeyAlgorithm, "rsa");
  ASSERT_TRUE(F->NBits);
  EXPECT_EQ(*F->NBits, 1024u);
  ASSERT_TRUE(F->RsaUseE);
  EXPECT_EQ(*F->RsaUseE, "3");

  F = gcrySexpFacts("(genkey\n (dsa\n  (nbits 2048)\n  (transient-key)))");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->KeyAlgorithm, "dsa");
  EXPECT_EQ(*F->NBits, 2048u);

  F = gcrySexpFacts("(genkey (ecc (curve \"NIST P-192\") (flags transient-key)))");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->KeyAlgorithm, "ecc");
  EXPECT_EQ(F->Curve, "NIST P-192");
  EXPECT_EQ(F->Flags, std::vector<std::string>{"transient-key"});
  EXPECT_FALSE(F->NBits);
}

TEST(GcrySexpFacts, DirectivesAreUnknownValues) {
  auto F = gcrySexpFacts("(genkey (rsa (nbits %d)))");
  ASSERT_TRUE(F);
  EXPECT_FALSE(F->NBits);
  F = gcrySexpFacts("(genkey (ecc (curve %s)))");
  ASSERT_TRUE(F);
  EXPECT_TRUE(F->Curve.empty());
}

TEST(GcrySexpFacts, DataFlagsAndHashes) {
  auto F = gcrySexpFacts("(data (flags pkcs1) (hash sha1 #0102#))");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->Head, "data");
  EXPECT_EQ(F->Flags, std::vector<std::string>{"pkcs1"});
  EXPECT_EQ(F->Hashes, std::vector<std::string>{"sha1"});
  F = gcrySexpFacts("(data (flags OAEP) (hash-algo SHA256) (value %m))");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->Flags, std::vector<std::string>{"oaep"});
  EXPECT_EQ(F->Hashes, std::vector<std::string>{"sha256"});
  EXPECT_TRUE(F->KeyAlgorithm.empty());
}

TEST(GcrySexpFacts, PublicKeyAlgorithm) {
  auto F = gcrySexpFacts("(public-key (rsa (n #00C1#) (e #010001#)))");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->KeyAlgorithm, "rsa");
  EXPECT_FALSE(gcrySexpFacts("not an s-expression"));
}

} // namespace
