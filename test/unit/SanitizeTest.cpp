//===--- SanitizeTest.cpp - compile commands are data --------------------===//
#include "Runner.h"
#include <gtest/gtest.h>

using namespace backdoor;

TEST(Sanitize, DropsPluginFlagsAndAddsResourceDir) {
  std::vector<std::string> Dropped;
  auto Out = sanitizeCommand({"cc", "-fplugin=/tmp/evil.so", "-Xclang", "-load", "-Xclang",
                              "/tmp/evil2.so", "-fpass-plugin=/tmp/p.so", "@/etc/flags",
                              "-resource-dir", "/wrong", "-DX=1", "-c", "a.c"},
                             Dropped);
  EXPECT_EQ(Dropped.size(), 4u);
  for (const std::string &A : Out) {
    EXPECT_EQ(A.find("evil"), std::string::npos) << A;
    EXPECT_NE(A, "/wrong");
  }
  ASSERT_GE(Out.size(), 2u);
  EXPECT_EQ(Out[0], "cc");
  EXPECT_EQ(Out[1].rfind("-resource-dir=", 0), 0u);
  EXPECT_NE(std::find(Out.begin(), Out.end(), "-DX=1"), Out.end());
}

TEST(Sanitize, KeepsOrdinaryCommands) {
  std::vector<std::string> Dropped;
  auto Out = sanitizeCommand({"c++", "-std=c++17", "-Iinclude", "-c", "x.cpp"}, Dropped);
  EXPECT_TRUE(Dropped.empty());
  EXPECT_NE(std::find(Out.begin(), Out.end(), "-Iinclude"), Out.end());
}
