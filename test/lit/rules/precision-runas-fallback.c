// RUN: %run-both --checks=backdoor-magic-credential %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A configured run-as user compared with a literal to choose a fallback
// account grants nothing: the daemon refuses to keep running as root and
// switches to an unprivileged account. A comparison whose branch grants
// access or raises privilege is still a magic credential.
#include <string.h>

typedef unsigned uid_t;
typedef unsigned gid_t;
struct passwd { char *pw_name; uid_t pw_uid; gid_t pw_gid; };
struct passwd *getpwnam(const char *name);
int setuid(uid_t uid);
int setgid(gid_t gid);
int start_shell(void);
struct daemon_config { const char *user; int port; };

// The fallback account replaces the configured one.
int drop_privileges(struct daemon_config *cfg) {
  const char *user = cfg->user;
  // ok: backdoor-magic-credential (a fallback account, not a login)
  if (strcmp(user, "root") == 0)
    user = "nobody";
  struct passwd *pw = getpwnam(user);
  if (!pw) return -1;
  setgid(pw->pw_gid);
  return setuid(pw->pw_uid);
}

// The branch switches to the unprivileged account directly.
int check_privileges(const char *user) {
  // ok: backdoor-magic-credential (setuid to an account looked up at run time lowers privilege)
  if (!strcmp(user, "root")) {
    struct passwd *pw = getpwnam("nobody");
    setuid(pw->pw_uid);
  }
  return 0;
}

// The configured account is replaced and the caller told so.
int check_runas_user(struct daemon_config *cfg) {
  // ok: backdoor-magic-credential (the literal picks the account to avoid)
  if (strcmp(cfg->user, "root") == 0) {
    cfg->user = "nobody";
    return 1;
  }
  return 0;
}

// The account looked up from the configured name is replaced by a fallback
// account when the default one does not exist (mosquitto's drop_privileges).
int log_error(const char *fmt, ...);
int lower_privileges(struct daemon_config *config) {
  struct passwd *pwd = getpwnam(config->user);
  if (!pwd) {
    // ok: backdoor-magic-credential (the fallback account is looked up instead)
    if (strcmp(config->user, "daemon")) {
      log_error("Error: user '%s' does not exist.", config->user);
      return 1;
    } else {
      pwd = getpwnam("nobody");
      if (!pwd) {
        log_error("Error: no account 'nobody'.");
        return 1;
      }
    }
  }
  if (setgid(pwd->pw_gid) == -1) return 1;
  if (setuid(pwd->pw_uid) == -1) return 1;
  return 0;
}

// Positive cases: the branch grants.
// The account looked up from the name is replaced by root's: privilege is raised.
int privilege_for_user(struct daemon_config *config) {
  struct passwd *pwd = getpwnam(config->user);
  // ruleid: backdoor-magic-credential
  if (!strcmp(config->user, "operator")) {
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: access is granted when 'user' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
    pwd = getpwnam("root");
    return 1;
  }
  return pwd ? setuid(pwd->pw_uid) : 0;
}

int check_login(const char *user) {
  // ruleid: backdoor-magic-credential
  if (strcmp(user, "maint") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: access is granted when 'user' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
    return start_shell();
  return 0;
}

int check_session_user(const char *user) {
  // ruleid: backdoor-magic-credential
  if (strcmp(user, "support") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: access is granted when 'user' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
    return setuid(0);
  return 0;
}

int access_check(const char *username) {
  // ruleid: backdoor-magic-credential
  if (strcmp(username, "guest") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: access is granted when 'username' equals a literal; anyone who knows it gets in without the real check [backdoor-magic-credential]
    username = "root";
    setuid(0);
  }
  return 0;
}
