// RUN: %run-both --checks=backdoor-build-switch %s -- %mock -DDEBUG_NOAUTH -DTEST_BUILD -DDEBUG_KEYS -DSKIP_VERIFY=0 -DENABLE_CACHE | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Verification a switch compiles out, and keys a switch exposes: the build
// defines the switch, and the region it turns off holds the check (read
// from its raw tokens: no AST exists for it), or the region it turns on
// sends key material out. Each beside a negative.
#include <stdio.h>
#include <string.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

int check_password(const char *user, const char *password);
int verify_signature(const unsigned char *msg, unsigned len, const unsigned char *sig);
void log_line(const char *fmt, ...);
void use_key(const unsigned char *key);

int login_user(const char *user, const char *pw) {
  // ruleid: backdoor-build-switch
#ifndef DEBUG_NOAUTH
  // CHECK-MESSAGES: :[[@LINE-1]]:2: warning: the build switch 'DEBUG_NOAUTH' is on and compiles out the call to 'check_password' in 'login_user'; a release built with the switch skips the verification [backdoor-build-switch]
  if (!check_password(user, pw))
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'check_password' is compiled out here
    return 0;
#endif
  return 1;
}

int accept_update(const unsigned char *m, unsigned n, const unsigned char *sig) {
  // ruleid: backdoor-build-switch
#if !defined(TEST_BUILD)
  // CHECK-MESSAGES: :[[@LINE-1]]:2: warning: the build switch 'TEST_BUILD' is on and compiles out the call to 'verify_signature' in 'accept_update'; a release built with the switch skips the verification [backdoor-build-switch]
  if (verify_signature(m, n, sig) != 1)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'verify_signature' is compiled out here
    return -1;
#endif
  return 0;
}

int check_peer(SSL *ssl) {
#ifdef DEBUG_NOAUTH
  puts("debug build");
  // ruleid: backdoor-build-switch
#else
  // CHECK-MESSAGES: :[[@LINE-1]]:2: warning: the build switch 'DEBUG_NOAUTH' is on and compiles out the call to 'SSL_get_verify_result' in 'check_peer'; a release built with the switch skips the verification [backdoor-build-switch]
  if (SSL_get_verify_result(ssl) != X509_V_OK)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'SSL_get_verify_result' is compiled out here
    return 0;
#endif
  return 1;
}

void start_session(void) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
#ifdef DEBUG_KEYS
  for (unsigned i = 0; i < sizeof session_key; i++)
    // ruleid: backdoor-build-switch
    fprintf(stderr, "%02x", session_key[i]);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: code compiled in because the build switch 'DEBUG_KEYS' is on exposes keys: key material 'session_key' (a random key from 'RAND_bytes') is written to a log by 'fprintf'; a release built with the switch carries the leak [backdoor-build-switch]
    // CHECK-MESSAGES: :[[@LINE-6]]:3: note: key material produced here
    // CHECK-MESSAGES: :[[@LINE-6]]:2: note: the switch 'DEBUG_KEYS' is tested here
#endif
}

/* Negative cases. */
int login_checked(const char *user, const char *pw) {
// ok: backdoor-build-switch (not defined: the check is compiled in)
#ifndef BACKDOOR_NOT_DEFINED
  if (!check_password(user, pw))
    return 0;
#endif
  return 1;
}

int login_cached(const char *user, const char *pw) {
// ok: backdoor-build-switch (not a debug or backdoor switch)
#ifndef ENABLE_CACHE
  if (!check_password(user, pw))
    return 0;
#endif
  return 1;
}

int accept_signed(const unsigned char *m, unsigned n, const unsigned char *sig) {
// ok: backdoor-build-switch (defined as 0: the switch is off)
#if !SKIP_VERIFY
  if (verify_signature(m, n, sig) != 1)
    return -1;
#endif
  return 0;
}

int login_traced(const char *user, const char *pw) {
// ok: backdoor-build-switch (the region left out holds no verification)
#ifndef DEBUG_NOAUTH
  log_line("login %s", user);
#endif
  return check_password(user, pw);
}

void start_quiet(const char *user) {
  unsigned char session_key[32];
  RAND_bytes(session_key, sizeof session_key);
#ifdef DEBUG_KEYS
  // ok: backdoor-build-switch (prints no key)
  fprintf(stderr, "session for %s\n", user);
#endif
  use_key(session_key);
}
