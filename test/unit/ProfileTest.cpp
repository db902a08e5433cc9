//===--- ProfileTest.cpp - policy profiles and the CBOM's asset model -----===//
#include "catalog/Profile.h"
#include "BackdoorCheck.h"
#include "report/Cbom.h"
#include <gtest/gtest.h>

using namespace backdoor;

namespace {

std::shared_ptr<const Catalog> freshCatalog() {
  std::vector<CatalogError> E;
  auto C = Catalog::load(catalogDirs(""), E);
  EXPECT_TRUE(C) << (E.empty() ? "" : E.front().str());
  return C;
}

TEST(Profile, AppliesThresholdsVerdictsAndTargets) {
  auto C = freshCatalog();
  ASSERT_TRUE(C);
  std::vector<CatalogError> E;
  Catalog &Mut = const_cast<Catalog &>(*C); // load() made it; nobody else holds it
  ASSERT_TRUE(
      applyProfileText(Mut, "p.yaml",
                       "schema: 1\nprofile: p\nthresholds:\n  min-bits: {rsa: 4096}\n"
                       "  min-work: {pbkdf2: 123456}\nstatus: {cipher:3des: broken}\n"
                       "enable: [backdoor-quantum-vulnerable]\nquantum: {kem: ML-KEM-1024}\n",
                       E));
  EXPECT_EQ(C->thresholds().MinBits.at("rsa"), 4096u);
  EXPECT_EQ(C->thresholds().MinWork.at("pbkdf2"), 123456u);
  EXPECT_EQ(familyStatusName(C->family(AlgKind::Cipher, "3des")->Status), "broken");
  ASSERT_TRUE(C->profile());
  EXPECT_EQ(C->profile()->Name, "p");
  EXPECT_TRUE(C->profile()->enables("backdoor-quantum-vulnerable"));
  EXPECT_EQ(C->profile()->KemTarget, "ML-KEM-1024");
  EXPECT_EQ(C->profile()->SignatureTarget, "ML-DSA-65");
}

TEST(Profile, MalformedIsAnErrorWithItsPosition) {
  auto C = freshCatalog();
  ASSERT_TRUE(C);
  std::vector<CatalogError> E;
  EXPECT_FALSE(applyProfileText(const_cast<Catalog &>(*C), "bad.yaml",
                                "schema: 1\nstatus:\n  cipher:3des: fine\n", E));
  ASSERT_EQ(E.size(), 1u);
  EXPECT_EQ(E[0].str(),
            "bad.yaml:3:16: error: the status of 'cipher:3des' must be broken, legacy or ok");
  EXPECT_FALSE(C->profile()); // nothing applied
  E.clear();
  EXPECT_FALSE(applyProfileText(const_cast<Catalog &>(*C), "s.yaml", "profile: x\n", E));
  ASSERT_EQ(E.size(), 1u);
  EXPECT_EQ(E[0].str(), "s.yaml:1:1: error: the profile is missing required key 'schema'");
}

TEST(Profile, DefaultProfileAppliesWhenNoneIsNamed) {
  std::vector<CatalogError> E;
  auto C = getProfiledCatalog(catalogDirs(""), "", E);
  ASSERT_TRUE(C);
  ASSERT_TRUE(C->profile());
  EXPECT_EQ(C->profile()->Name, "default");
  EXPECT_EQ(C->thresholds().MinWork.at("pbkdf2"), 10000u); // NIST SP 800-63B
  auto O = getProfiledCatalog(catalogDirs(""), "owasp-2023", E);
  ASSERT_TRUE(O);
  EXPECT_EQ(O->thresholds().MinWork.at("pbkdf2"), 600000u);
  EXPECT_NE(C.get(), O.get());
  EXPECT_FALSE(getProfiledCatalog(catalogDirs(""), "no-such-profile", E));
}

Finding record(const char *File, unsigned Line, const char *Json) {
  Finding F;
  F.Rule = "backdoor-crypto-inventory";
  F.Loc = {File, Line, 3};
  F.Message = std::string("crypto asset ") + Json;
  return F;
}

TEST(Cbom, OneAssetPerAlgorithmWithEveryOccurrence) {
  auto C = freshCatalog();
  ASSERT_TRUE(C);
  Report R;
  R.Inventory.push_back(record(
      "/src/a.c", 3,
      R"({"asset":"algorithm","kind":"cipher","family":"aes","mode":"gcm","bits":256,"function":"f","library":"openssl","context":"encryption"})"));
  R.Inventory.push_back(record(
      "/src/b.c", 7,
      R"({"asset":"algorithm","kind":"cipher","family":"aes","mode":"gcm","bits":256,"function":"g","library":"mbedtls","context":"decryption"})"));
  R.Inventory.push_back(record(
      "/src/b.c", 9,
      R"({"asset":"algorithm","kind":"digest","family":"sha2","spelling":"EVP_sha384","function":"h","library":"openssl","context":"mac"})"));
  R.Inventory.push_back(record("/src/b.c", 9, "not json"));
  std::vector<CryptoAsset> A = cryptoAssets(R, *C, "/src");
  ASSERT_EQ(A.size(), 2u);
  EXPECT_EQ(A[0].Name, "AES-256-GCM");
  EXPECT_EQ(A[0].Occurrences.size(), 2u);
  EXPECT_EQ(A[0].Occurrences.begin()->File, "a.c");
  EXPECT_EQ(A[0].Libraries, (std::set<std::string>{"mbedtls", "openssl"}));
  const llvm::json::Object *P = A[0].Crypto.getObject("algorithmProperties");
  ASSERT_TRUE(P);
  EXPECT_EQ(P->getString("primitive"), "ae");
  EXPECT_EQ(P->getInteger("nistQuantumSecurityLevel"), 5);
  const llvm::json::Array *Fs = P->getArray("cryptoFunctions");
  ASSERT_TRUE(Fs);
  ASSERT_EQ(Fs->size(), 2u);
  EXPECT_EQ((*Fs)[0].getAsString(), "encrypt");
  EXPECT_EQ((*Fs)[1].getAsString(), "decrypt");
  EXPECT_EQ(A[1].Name, "HMAC-SHA-384");
  EXPECT_EQ(A[1].Crypto.getObject("algorithmProperties")->getString("primitive"), "mac");
}

} // namespace
