// RUN: %run-both --checks=backdoor-input-trigger,backdoor-hidden-bypass,backdoor-build-switch %s -- %mock -DVAULT_TEST_HOOKS | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Grants in functions that answer 0 for yes and a negative number for no
// (`return verify(t) ? 0 : -1`), and in functions whose own name says they
// verify (`token_valid` comparing by hand).
#include <stddef.h>
#include <string.h>
int token_ok(const char *hdr, const char *scope);

struct session {
  char user_agent[128];
  char path[256];
};

int http_gate(struct session *s, const char *auth_header) {
  // ok: backdoor-input-trigger
  if (strncmp(s->path, "/static/", 8) == 0) return 0;
  // ruleid: backdoor-input-trigger, backdoor-hidden-bypass
  if (strcmp(s->user_agent, "DepotKiosk/2.1 (service)") == 0) return 0;
  // (Two rules at one place: clang-tidy 19 and 22 order them differently.)
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:7: warning: verification is skipped when 'user_agent' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
  // CHECK-MESSAGES-DAG: :[[@LINE-3]]:7: warning: the request field 'user_agent' is compared with the constant "DepotKiosk/2.1 (service)" and only a match returns success without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
  if (auth_header[0] == '\0') return -1;
  return token_ok(auth_header, "http") ? 0 : -1;
}

// 0 is a count here, not a yes: no negative answer.
int count_matches(struct session *s, const char *auth_header) {
  // ok: backdoor-input-trigger
  if (strcmp(s->path, "/probe") == 0) return 0;
  return token_ok(auth_header, "http") ? 1 : 2;
}

struct state {
  int test_mode;
  char token[64];
};
extern struct state g_state;

int token_valid(const char *presented) {
#ifdef VAULT_TEST_HOOKS
  // ruleid: backdoor-build-switch
  if (g_state.test_mode) return 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: code compiled in because the build switch 'VAULT_TEST_HOOKS' is on returns success without the verification the rest of 'token_valid' performs; a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  size_t n = strlen(g_state.token);
  if (n == 0 || strlen(presented) != n) return 0;
  unsigned char d = 0;
  for (size_t i = 0; i < n; i++) d |= (unsigned char)(presented[i] ^ g_state.token[i]);
  return d == 0;
}

// The same switch in a function that verifies nothing by name or by call.
int render_banner(char *out) {
#ifdef VAULT_TEST_HOOKS
  // ok: backdoor-build-switch
  if (g_state.test_mode) return 1;
#endif
  out[0] = 0;
  return 0;
}
