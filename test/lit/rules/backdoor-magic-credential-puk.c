// RUN: %run-both --checks=backdoor-magic-credential %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A PIN unblocking key (PUK) is a credential as the PIN is: a master PUK
// compiled into a token's firmware unblocks every token.
int strcmp(const char *a, const char *b);
struct pin_record;
int pin_set(struct pin_record *rec, const char *pin);
int puk_matches(const struct pin_record *rec, const char *puk);
static int g_pin_failures;

int pin_unblock(struct pin_record *rec, const char *puk, const char *new_pin) {
  // ruleid: backdoor-magic-credential
  if (strcmp(puk, "31337420") == 0) {
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'puk' is compared with a hardcoded value; anyone who knows the literal gets in [backdoor-magic-credential]
    g_pin_failures = 0;
    return pin_set(rec, new_pin);
  }
  // ok: backdoor-magic-credential
  if (strcmp(puk, "12345678") == 0)
    return -1; /* the default PUK must be changed before it unblocks anything */
  if (!puk_matches(rec, puk))
    return -1;
  return pin_set(rec, new_pin);
}
