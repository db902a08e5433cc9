// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A comparison with a predictable value yields a truth value, not that
// value: a function named like a session check that returns whether an id
// equals the rand()-made session id is reported where the id is made, not
// again where it is compared; one flow is one finding.
#include <stdlib.h>

struct session {
  unsigned session_id;
  int authenticated;
};

void open_session(struct session *s) {
  // CHECK-MESSAGES: :[[@LINE+1]]:19: warning: output of 'rand' becomes 'session_id'
  s->session_id = (unsigned)rand();
  s->authenticated = 1;
}

int in_session(const struct session *s, unsigned id) {
  return s->authenticated && id == s->session_id;
}

int session_token_ok(const struct session *s, unsigned token) {
  return token != s->session_id ? 0 : 1;
}

// A helper that returns a variable named like a secret it made from the
// generator: reported there, not again where the caller stores the result.
struct device {
  unsigned setup_pin;
};

static unsigned make_pin(void) {
  // CHECK-MESSAGES: :[[@LINE+1]]:18: warning: output of 'rand' becomes 'pin'
  unsigned pin = (unsigned)rand() % 1000000u;
  return pin;
}

void provision(struct device *d) {
  d->setup_pin = make_pin();
}
