//===--- CryptSettingTest.cpp - crypt(3) settings and gensalt prefixes ----===//
//
// Against the formats of crypt(5) (libxcrypt): "$2b$12$<22 salt chars>",
// "$6$rounds=N$<salt>", "$1$<salt>", "ab" and the gensalt prefixes.
//
//===----------------------------------------------------------------------===//
#include "analysis/config/Config.h"
#include <gtest/gtest.h>

using namespace backdoor;

TEST(CryptSetting, Bcrypt) {
  auto C = parseCryptSetting("$2b$12$abcdefghijklmnopqrstuv");
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Family, "bcrypt");
  EXPECT_EQ(C->Prefix, "$2b$");
  EXPECT_EQ(C->Cost, 12u);
  EXPECT_TRUE(C->HasSalt);
  EXPECT_FALSE(C->Weak);
  auto P = parseCryptSetting("$2y$");
  ASSERT_TRUE(P);
  EXPECT_FALSE(P->Cost);
  EXPECT_FALSE(P->HasSalt);
  EXPECT_FALSE(parseCryptSetting("$2q$10$x")); // no such variant
}

TEST(CryptSetting, ShaCryptRounds) {
  auto C = parseCryptSetting("$6$rounds=1000$saltsalt");
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Family, "sha512-crypt");
  EXPECT_EQ(C->Cost, 1000u);
  EXPECT_TRUE(C->HasSalt);
  auto D = parseCryptSetting("$5$saltsalt$hash");
  ASSERT_TRUE(D);
  EXPECT_EQ(D->Family, "sha256-crypt");
  EXPECT_FALSE(D->Cost);
  // An absurd count stops after twelve digits instead of overflowing.
  auto E = parseCryptSetting("$6$rounds=99999999999999999999999$s");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->Cost, 999999999999u);
}

TEST(CryptSetting, WeakSchemes) {
  for (const char *S :
       {"$1$saltsalt", "$1$", "$3$", "$md5,rounds=5000$abc", "_J9..CCCC", "ab", "abJnggxhB/yWI"}) {
    auto C = parseCryptSetting(S);
    ASSERT_TRUE(C) << S;
    EXPECT_TRUE(C->Weak) << S;
  }
  for (const char *S : {"$y$j9T$salt", "$gy$j9T$salt", "$7$CU..../....salt", "$sha1$40000$salt"}) {
    auto C = parseCryptSetting(S);
    ASSERT_TRUE(C) << S;
    EXPECT_FALSE(C->Weak) << S;
  }
}

TEST(CryptSetting, NotASetting) {
  for (const char *S : {"", "a", "abc", "hello world", "$", "$9$x", "ab!", "password123"})
    EXPECT_FALSE(parseCryptSetting(S)) << S;
}
