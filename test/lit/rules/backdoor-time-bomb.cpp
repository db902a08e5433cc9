// RUN: %run-both --checks=backdoor-time-bomb %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ conditions with temporaries (`conf + ".renewed"`): the CFG evaluates
// the whole `&&` in a block of its own, and the clock's short-circuit edge
// still decides it, so the payload runs only after the date. An interval
// (`now - st.st_mtime > kRetention`) is no date.
#include <cstdio>
#include <ctime>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

std::vector<std::string> archive_files(const std::string &root);

void check_maintenance(const std::string &root, const std::string &conf_path) {
  const std::time_t now = std::time(nullptr);
  // ruleid: backdoor-time-bomb
  if (now > 1846022400 && access((conf_path + ".renewed").c_str(), F_OK) != 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 1846022400 (2028-07-01) and only then the code reaches 'remove' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
    for (const auto &path : archive_files(root))
      std::remove(path.c_str());
  }
}

constexpr std::time_t kRetentionSeconds = 7L * 365 * 86400;

void purge_expired(const std::string &root) {
  const std::time_t now = std::time(nullptr);
  struct stat st;
  for (const auto &path : archive_files(root)) {
    // ok: backdoor-time-bomb
    if (stat((path + "").c_str(), &st) == 0 && now - st.st_mtime > kRetentionSeconds)
      std::remove(path.c_str());
  }
}
