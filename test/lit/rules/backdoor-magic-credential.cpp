// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ comparisons: std::string ==, compare(), members.
#include <mock/std.h>

const std::string kMasterPassword = "0v3rr1de!";

class Authenticator {
public:
  bool verify(const std::string &user, const std::string &password) const {
    // ruleid: backdoor-magic-credential
    if (password == "letmein-2019")
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
      return true;
    // ruleid: backdoor-magic-credential
    if (password.compare(kMasterPassword.c_str()) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    // CHECK-MESSAGES: :[[@LINE-12]]:37: note: constant defined here
      return true;
    // ruleid: backdoor-magic-credential
    if (user == "field-engineer")
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: access is granted when 'user' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
      return true;
    return lookup(user, password);
  }
  bool lookup(const std::string &user, const std::string &password) const;
  // ruleid: backdoor-magic-credential
  bool is_master(const std::string &passwd) const { return passwd == "0v3rr1de!"; }
  // CHECK-MESSAGES: :[[@LINE-1]]:70: warning: 'passwd' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
};

// ok: backdoor-magic-credential
bool is_help(const std::string &command) { return command == "help"; }
bool check_user(const std::string &username) {
  // ok: backdoor-magic-credential (refusal)
  if (username == "nobody")
    return false;
  return true;
}

// A passphrase policy: the literal is refused with every passphrase shorter
// than 12 characters, and `||` compares it only with longer ones.
int choose_passphrase(const std::string &pass) {
  // ok: backdoor-magic-credential
  if (pass.size() < 12 || pass == "keepsafe") return 2;
  return 0;
}
bool login_short_or_master(const std::string &password) {
  // ruleid: backdoor-magic-credential
  if (password.size() < 4 || password == "master-7e1d") return true;
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  return false;
}
