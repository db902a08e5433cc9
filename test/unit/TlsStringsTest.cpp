//===--- TlsStringsTest.cpp - cipher lists and priority strings ----------===//
//
// Against the grammar and the examples of openssl-ciphers(1) and the GnuTLS
// manual's "Priority strings".
//
//===----------------------------------------------------------------------===//
#include "BackdoorCheck.h"
#include "TestCatalog.h"
#include "analysis/tls/Tls.h"
#include <gtest/gtest.h>
#include <set>

using namespace backdoor;

namespace {

std::set<std::string> weak(const char *S) {
  std::set<std::string> Out;
  for (const TlsSuite *T : parseCipherString(S, *test::sharedCatalog()).Enabled)
    if (!weakSuiteReason(*T).empty()) Out.insert(T->Name);
  return Out;
}

bool enabled(const char *S, const char *Suite) {
  for (const TlsSuite *T : parseCipherString(S, *test::sharedCatalog()).Enabled)
    if (T->Name == Suite) return true;
  return false;
}

TEST(CipherString, SuiteTableLoaded) {
  ASSERT_TRUE(test::sharedCatalog());
  EXPECT_GT(test::sharedCatalog()->tlsSuites().size(), 150u);
}

TEST(CipherString, DefaultAndHighAreClean) {
  EXPECT_TRUE(weak("DEFAULT").empty());
  EXPECT_TRUE(weak("HIGH:!aNULL:!MD5").empty());
  EXPECT_TRUE(weak("ECDHE+AESGCM:ECDHE+CHACHA20").empty());
  EXPECT_TRUE(enabled("ECDHE+AESGCM", "ECDHE-RSA-AES128-GCM-SHA256"));
  EXPECT_FALSE(enabled("ECDHE+AESGCM", "AES128-GCM-SHA256"));
}

TEST(CipherString, AllEnablesLegacyButNotNull) {
  auto W = weak("ALL");
  EXPECT_TRUE(W.count("RC4-SHA"));
  EXPECT_TRUE(W.count("DES-CBC3-SHA"));
  EXPECT_TRUE(W.count("EXP-RC4-MD5"));
  EXPECT_TRUE(W.count("ADH-AES128-SHA"));      // anonymous
  EXPECT_FALSE(W.count("ECDHE-RSA-NULL-SHA")); // eNULL is not in ALL
  EXPECT_TRUE(weak("ALL:eNULL").count("ECDHE-RSA-NULL-SHA"));
  EXPECT_TRUE(weak("ALL:COMPLEMENTOFALL").count("ECDHE-RSA-NULL-SHA"));
}

TEST(CipherString, ExclusionsAndPermanentKills) {
  auto W = weak("ALL:!aNULL:!eNULL:!EXPORT:!LOW:!RC4:!MD5:!3DES:!IDEA");
  EXPECT_TRUE(W.empty()) << *W.begin();
  // "-" removes but allows a later re-add; "!" removes for good.
  EXPECT_TRUE(enabled("ALL:-RC4:RC4", "RC4-SHA"));
  EXPECT_FALSE(enabled("ALL:!RC4:RC4", "RC4-SHA"));
  EXPECT_FALSE(enabled("ALL:-RC4", "RC4-SHA"));
}

TEST(CipherString, CombinationsAndOrdering) {
  // "3DES:+RSA": 3DES suites, those with RSA key exchange last (still enabled).
  auto R = parseCipherString("3DES:+kRSA", *test::sharedCatalog());
  ASSERT_FALSE(R.Enabled.empty());
  EXPECT_EQ(R.Enabled.back()->Kx, "RSA");
  EXPECT_TRUE(enabled("kRSA+AES", "AES128-SHA"));
  EXPECT_FALSE(enabled("kRSA+AES", "ECDHE-RSA-AES128-SHA"));
  // "RC4:!COMPLEMENTOFDEFAULT": RC4 suites that are in DEFAULT: none.
  EXPECT_TRUE(weak("RC4:!COMPLEMENTOFDEFAULT").empty());
  auto S = parseCipherString("ALL:@STRENGTH", *test::sharedCatalog());
  ASSERT_GE(S.Enabled.size(), 2u);
  EXPECT_GE(S.Enabled.front()->Bits, S.Enabled.back()->Bits);
}

TEST(CipherString, SecLevelAndUnknownWords) {
  auto R = parseCipherString("DEFAULT:@SECLEVEL=0", *test::sharedCatalog());
  ASSERT_TRUE(R.SecLevel);
  EXPECT_EQ(*R.SecLevel, 0);
  auto U = parseCipherString("HIGH:NOT-A-CIPHER", *test::sharedCatalog());
  ASSERT_EQ(U.Unknown.size(), 1u);
  EXPECT_EQ(U.Unknown[0], "NOT-A-CIPHER");
  EXPECT_TRUE(weak("EXPORT").count("EXP-DES-CBC-SHA"));
  EXPECT_TRUE(weak("LOW").count("DES-CBC-SHA"));
  EXPECT_TRUE(weak("aNULL").count("AECDH-AES128-SHA"));
}

TEST(PriorityString, GnuTLSExamples) {
  using V = std::vector<std::string>;
  EXPECT_EQ(weakPriorityElements("NORMAL"), V{});
  EXPECT_EQ(weakPriorityElements("SECURE128:-VERS-SSL3.0:+COMP-DEFLATE"), V{});
  EXPECT_EQ(weakPriorityElements("NORMAL:+ARCFOUR-128"), V{"ARCFOUR-128"});
  EXPECT_EQ(weakPriorityElements("NORMAL:+VERS-SSL3.0:+ARCFOUR-128"),
            (V{"VERS-SSL3.0", "ARCFOUR-128"}));
  EXPECT_EQ(weakPriorityElements("NORMAL:%COMPAT"), V{});
  EXPECT_EQ(weakPriorityElements("NORMAL:%UNSAFE_RENEGOTIATION"), V{"%UNSAFE_RENEGOTIATION"});
  EXPECT_EQ(weakPriorityElements("LEGACY:-VERS-ALL:+VERS-TLS1.2"), (V{"3DES-CBC", "ARCFOUR-128"}));
  EXPECT_EQ(
      weakPriorityElements("NONE:+VERS-TLS-ALL:+AES-128-CBC:+RSA:+SHA1:+COMP-NULL:+SIGN-RSA-SHA1"),
      V{});
  EXPECT_EQ(weakPriorityElements("NORMAL:+VERS-TLS1.0:!VERS-TLS1.0"), V{});
  EXPECT_EQ(weakPriorityElements("NORMAL:+ANON-ECDH:+NULL"), (V{"ANON-ECDH", "NULL"}));
}

} // namespace
