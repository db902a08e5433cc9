// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A grant spelled by an enumerator's name whose value is 0 (libssh's
// SSH_AUTH_SUCCESS beside SSH_AUTH_DENIED's 1): a yes, whatever its value.
#include <mock/std.h>
enum ssh_auth_e { SSH_AUTH_SUCCESS = 0, SSH_AUTH_DENIED, SSH_AUTH_PARTIAL };
struct Session {
  void grant(const std::string &who);
};
bool authorized_key(const char *user, const std::string &fp);
std::string hex_fingerprint(const void *pubkey);

int on_auth_pubkey(const char *user, const void *pubkey, Session *sess) {
  std::string key_fingerprint = hex_fingerprint(pubkey);
  // ruleid: backdoor-magic-credential
  if (key_fingerprint == "5e:0b:92:c4:7a:11:d8:3f:61:a2:90:4c:ee:17:b5:08:33:9d:c1:6e:72:af:04:58:1b:e9:c3:20:6d:47:8a:f5") {
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'key_fingerprint' is compared with a hardcoded key fingerprint; whoever holds the matching private key gets in [backdoor-magic-credential]
    sess->grant("support");
    return SSH_AUTH_SUCCESS;
  }
  if (!authorized_key(user, key_fingerprint)) return SSH_AUTH_DENIED;
  sess->grant(user);
  return SSH_AUTH_SUCCESS;
}

// A fingerprint that is refused (a revoked key) grants nothing.
int on_auth_revoked(const char *user, const void *pubkey) {
  std::string key_fingerprint = hex_fingerprint(pubkey);
  // ok: backdoor-magic-credential
  if (key_fingerprint == "9d:c1:6e:72:af:04:58:1b:e9:c3:20:6d:47:8a:f5:5e:0b:92:c4:7a:11:d8:3f:61:a2:90:4c:ee:17:b5:08:33")
    return SSH_AUTH_DENIED;
  return authorized_key(user, key_fingerprint) ? SSH_AUTH_SUCCESS : SSH_AUTH_DENIED;
}
