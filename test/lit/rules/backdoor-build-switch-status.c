// RUN: %run-both --checks=backdoor-build-switch %s -- %mock -DGW_DEBUG_UNLOCK | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A diagnostic protocol answers success with its positive response code
// (UDS 0x00), not with 1: a grant by its name.
#include <stddef.h>

#define UDS_POSITIVE 0x00
#define UDS_NRC_INVALID_KEY 0x35
#define UDS_NRC_EXCEEDED_ATTEMPTS 0x36

struct uds_session { int level; int attempts; };
int verify_security_key(const struct uds_session *s, int level, const unsigned char *key, size_t n);

int uds_send_key(struct uds_session *s, int level, const unsigned char *key, size_t n) {
  if (s->attempts >= 3)
    return UDS_NRC_EXCEEDED_ATTEMPTS;
#ifdef GW_DEBUG_UNLOCK
  s->level = level;
  // ruleid: backdoor-build-switch
  return UDS_POSITIVE;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: code compiled in because the build switch 'GW_DEBUG_UNLOCK' is on returns success without the verification the rest of 'uds_send_key' performs; a release built with the switch carries the bypass [backdoor-build-switch]
#endif
  if (!verify_security_key(s, level, key, n)) {
    s->attempts++;
    return UDS_NRC_INVALID_KEY;
  }
  s->level = level;
  return UDS_POSITIVE;
}

int uds_request_seed(struct uds_session *s, int level, unsigned char *key, size_t n) {
#ifdef GW_DEBUG_UNLOCK
  // ok: backdoor-build-switch
  return UDS_NRC_INVALID_KEY;
#endif
  if (!verify_security_key(s, level, key, n)) return UDS_NRC_INVALID_KEY;
  return UDS_POSITIVE;
}
