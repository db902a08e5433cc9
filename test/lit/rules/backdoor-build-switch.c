// RUN: %run-both --checks=backdoor-build-switch %s -- %mock -DAUTH_BYPASS -DDEBUG_SHELL=1 -DENABLE_METRICS -DDEBUG -DDEBUGMODE3 -DDEBUGMODE | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Grants compiled in under a debug or backdoor switch the build defines.
#include <stdlib.h>
#include <string.h>

int check_password(const char *user, const char *password);
int system(const char *cmd);

int login_user(const char *user, const char *pw) {
#ifdef AUTH_BYPASS
  // ruleid: backdoor-build-switch
  return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: code compiled in because the build switch 'AUTH_BYPASS' is on returns success without the verification the rest of 'login_user' performs; a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  return check_password(user, pw);
}

void handle(const char *cmd) {
#if DEBUG_SHELL
  // ruleid: backdoor-build-switch
  system(cmd);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: code compiled in because the build switch 'DEBUG_SHELL' is on reaches 'system' (command execution); a release built with the switch carries the bypass [backdoor-build-switch]
#endif
}

struct config { int debug_skip_auth; int verbose; };

int check_login(const struct config *c, const char *user, const char *pw) {
  // ruleid: backdoor-build-switch
  if (c->debug_skip_auth)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the switch 'debug_skip_auth' returns success without the verification the rest of 'check_login' performs; whoever can turn the switch on is let in [backdoor-build-switch]
    return 1;
  return check_password(user, pw);
}

/* Negative cases. */
int login_off(const char *user, const char *pw) {
// ok: backdoor-build-switch (not defined in this build)
#ifdef BACKDOOR_NOT_DEFINED
  return 1;
#endif
  return check_password(user, pw);
}

int login_metrics(const char *user, const char *pw) {
// ok: backdoor-build-switch (not a debug or backdoor switch)
#ifdef ENABLE_METRICS
  return 1;
#endif
  return check_password(user, pw);
}

int login_trace(const char *user, const char *pw) {
// ok: backdoor-build-switch (grants nothing)
#ifdef DEBUG
  puts(user);
#endif
  return check_password(user, pw);
}

int verbose_login(const struct config *c, const char *user, const char *pw) {
// ok: backdoor-build-switch
  if (c->verbose)
    puts(user);
  return check_password(user, pw);
}

// A switch named with its level run together (UnrealIRCd 3.2.8.1's
// DEBUGMODE3): the command its region runs is reported; the plain
// DEBUGMODE region that only logs is not.
#ifdef DEBUGMODE3
#define DEBUG3_LOG(x) system(x)
#endif
int read_packet(char *readbuf, int length) {
#ifdef DEBUGMODE
  // ok: backdoor-build-switch
  printf("read_packet: %d bytes\n", length);
#endif
#ifdef DEBUGMODE3
  if (!memcmp(readbuf, "AB", 2))
    // ruleid: backdoor-build-switch
    DEBUG3_LOG(readbuf);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: code compiled in because the build switch 'DEBUGMODE3' is on reaches 'system' (command execution); a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  return length;
}

/* The verification is a MAC compared with the one received. */
int memcmp(const void *a, const void *b, size_t n);
void ticket_mac(const unsigned char *t, size_t n, unsigned char *mac);
int verify_support_ticket(const unsigned char *ticket, size_t len) {
  unsigned char mac[32];
#ifdef DEBUG
  if (len == 0)
    return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: code compiled in because the build switch 'DEBUG' is on returns success without the verification the rest of 'verify_support_ticket' performs; a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  if (len < 33)
    return 0;
  ticket_mac(ticket, len - 32, mac);
  return memcmp(mac, ticket + len - 32, 32) == 0;
}
/* ok: a format check compares no MAC, so there is no verification to skip */
int ticket_size_ok(const unsigned char *ticket, size_t len) {
#ifdef DEBUG
  if (len == 0)
    return 1;
#endif
  return ticket != NULL && memcmp(ticket, "TK", 2) == 0 && len > 32;
}
