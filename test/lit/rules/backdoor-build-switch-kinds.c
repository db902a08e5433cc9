// RUN: %run-both --checks=backdoor-build-switch %s -- %mock -DTEST_MODE -DBACKDOOR_SHELL=1 -DMASTER_PASSWORD_OVERRIDE -DUSE_OVERRIDE_LOADER=2 -DHAVE_CONFIG_H | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The switch names and shapes of backdoor-build-switch not in
// backdoor-build-switch.c: test, backdoor, master, override in macros the
// compile command defines (#ifdef, #if, #elif, #if defined), a global and a
// configuration field set at run time; payloads (root, a library load) and
// grants. Each beside a negative: the same switch off, or grants nothing.
#include <stdlib.h>
#include <string.h>

int check_password(const char *user, const char *password);
int verify_signature(const unsigned char *msg, unsigned len, const unsigned char *sig);
int setuid(unsigned uid);
void *dlopen(const char *file, int mode);
void audit(const char *what);

/* test: a firmware image accepted unsigned. */
int accept_image(const unsigned char *img, unsigned len, const unsigned char *sig) {
#ifdef TEST_MODE
  // ruleid: backdoor-build-switch
  return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: code compiled in because the build switch 'TEST_MODE' is on returns success without the verification the rest of 'accept_image' performs; a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  return verify_signature(img, len, sig);
}

/* test, not defined by this build: the same shape is silent. */
int accept_image_ci(const unsigned char *img, unsigned len, const unsigned char *sig) {
// ok: backdoor-build-switch (TEST_SIGNING is not defined)
#ifdef TEST_SIGNING
  return 1;
#endif
  return verify_signature(img, len, sig);
}

/* backdoor: root for the caller. */
void session_start(const char *user) {
#if BACKDOOR_SHELL
  // ruleid: backdoor-build-switch
  if (strcmp(user, "support") == 0) setuid(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: code compiled in because the build switch 'BACKDOOR_SHELL' is on reaches 'setuid' (a change to root privileges); a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  audit(user);
}

/* master/override: a second branch of a conditional. */
int login(const char *user, const char *pw) {
#if defined(HAVE_PAM_STUB)
  return check_password(user, "");
#elif defined(MASTER_PASSWORD_OVERRIDE)
  // ruleid: backdoor-build-switch
  if (pw[0] == 0) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: code compiled in because the build switch 'MASTER_PASSWORD_OVERRIDE' is on returns success without the verification the rest of 'login' performs; a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  return check_password(user, pw);
}

/* override: a plug-in loader compiled in. */
void load_plugins(const char *dir) {
#if USE_OVERRIDE_LOADER > 1
  // ruleid: backdoor-build-switch
  dlopen(getenv("AGENT_PLUGIN"), 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: code compiled in because the build switch 'USE_OVERRIDE_LOADER' is on reaches 'dlopen' (a library load); a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  audit(dir);
}

/* A switch whose name says nothing of the kind: silent. */
int login_config(const char *user, const char *pw) {
// ok: backdoor-build-switch (not a debug or backdoor switch)
#ifdef HAVE_CONFIG_H
  if (!user) return 0;
#endif
  return check_password(user, pw);
}

/* Run time: a global and a configuration field named like a switch. */
int g_bypass_auth;
struct server_config { int master_override; int audit_level; };

int rpc_login(const struct server_config *c, const char *user, const char *pw) {
  // ruleid: backdoor-build-switch
  if (g_bypass_auth)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the switch 'g_bypass_auth' returns success without the verification the rest of 'rpc_login' performs; whoever can turn the switch on is let in [backdoor-build-switch]
    return 1;
  // ruleid: backdoor-build-switch
  if (c->master_override)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the switch 'master_override' returns success without the verification the rest of 'rpc_login' performs; whoever can turn the switch on is let in [backdoor-build-switch]
    return 1;
  return check_password(user, pw);
}

/* The same switches that refuse or only record. */
int rpc_login_strict(const struct server_config *c, const char *user, const char *pw) {
  // ok: backdoor-build-switch (a refusal)
  if (g_bypass_auth) return 0;
  // ok: backdoor-build-switch (grants nothing)
  if (c->master_override) audit("override set");
  return check_password(user, pw);
}
