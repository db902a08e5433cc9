// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Literals that meet a password without granting anything: a start-up probe
// of crypt(3) with a dummy key, and a placeholder the program replaces. The
// same literals stay findings where they decide access.
#include <string.h>
char *crypt(const char *key, const char *salt);
int grant_session(const char *user);

static int handle_empty_salt = 0;

// How does this platform's crypt(3) treat an empty salt? The dummy key's hash
// is only compared with "" and NULL: nobody's password is checked.
int module_init(void) {
  const char *key, *salt;
  char *hash;
  key = "key";
  salt = "";
  // ok: backdoor-magic-credential (a probe of the library)
  hash = crypt(key, salt);
  if (hash != NULL) {
    if (strcmp(hash, "") != 0) handle_empty_salt = 1;
  }
  return 0;
}

// A constant password hashed and compared with an account's stored hash
// checks that password against the account: a master password.
int check_stored(const char *user, const char *stored) {
  // ruleid: backdoor-magic-credential
  char *h = crypt("letmein", stored);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: a hardcoded password reaches the password of 'crypt'; anyone with the binary knows it [backdoor-magic-credential]
  if (h && strcmp(h, stored) == 0) return grant_session(user);
  return 0;
}

// With every argument constant the hash is constant too; compared with the
// hash of what the user typed, it is still a master password.
int check_typed(const char *user, const char *typed) {
  // ruleid: backdoor-magic-credential
  char *master = crypt("0penSesame", "ab");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: a hardcoded password reaches the password of 'crypt'; anyone with the binary knows it [backdoor-magic-credential]
  char *mine = crypt(typed, "ab");
  if (strcmp(master, mine) == 0) return grant_session(user);
  return 0;
}

// A management console's marker for "no password": the match only replaces
// the marker with an empty password. (openvpn's "[[BLANK]]")
static const char blank_up[] = "[[BLANK]]";
struct user_pass { char username[128]; char password[128]; };
#define CLEAR(x) memset(&(x), 0, sizeof(x))
void pass_through(struct user_pass *up) {
  // ok: backdoor-magic-credential (the placeholder is cleared)
  if (!strcmp(up->password, blank_up)) {
    CLEAR(up->password);
  }
}
void pass_through_assign(const char **password) {
  // ok: backdoor-magic-credential (the placeholder is replaced)
  if (strcmp(*password, "[[BLANK]]") == 0) *password = "";
}

// A match that does anything else stays a finding.
int unlock(struct user_pass *up) {
  // ruleid: backdoor-magic-credential
  if (!strcmp(up->password, blank_up)) {
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'password' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    CLEAR(up->password);
    return grant_session(up->username);
  }
  return 0;
}
