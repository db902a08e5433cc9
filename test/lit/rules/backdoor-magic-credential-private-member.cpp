// RUN: %run-both --checks=backdoor-magic-credential %s -- -std=c++17 -I%S/Inputs | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A private member a constructor sets to a literal, compared with the
// caller's token: the class is declared in a project header, and this unit
// defines every member function (and the class has no friend), so no other
// unit can store anything else there. A class with a member function defined
// elsewhere, or with a friend, may hold any value: not a literal here.
#include "token-store.h"

bool check_mac(const std::string &token);

TokenStore::TokenStore(const std::string &path) : bootstrap_token_("7f92029166214bf0fac6d6d83ded7164") {
  (void)path;
}

std::string TokenStore::issue(Role r) {
  std::string t = std::to_string(static_cast<int>(r));
  roles_[t] = r;
  return t;
}

bool TokenStore::authenticate(const std::string &token, Role &role) const {
  role = Role::None;
  // ruleid: backdoor-magic-credential
  if (token == bootstrap_token_) {
    role = Role::Root;
    return true;
  }
  // CHECK-MESSAGES: :[[@LINE-4]]:16: warning: 'token' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
  if (!check_mac(token)) return false;
  auto it = roles_.find(token);
  if (it == roles_.end()) return false;
  role = it->second;
  return true;
}

RemoteStore::RemoteStore() : service_token_("a3c9d21f6b7e48e0b6f1c2d9e8a7b6c5") {}

bool RemoteStore::authenticate(const std::string &token, Role &role) const {
  role = Role::None;
  // ok: backdoor-magic-credential
  if (token == service_token_) {
    role = Role::Root;
    return true;
  }
  return check_mac(token);
}

SharedStore::SharedStore() : service_token_("a3c9d21f6b7e48e0b6f1c2d9e8a7b6c5") {}

bool SharedStore::authenticate(const std::string &token) const {
  // ok: backdoor-magic-credential
  if (token == service_token_) return true;
  return check_mac(token);
}
