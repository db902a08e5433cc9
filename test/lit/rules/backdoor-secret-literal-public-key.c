// RUN: %run-both --checks=backdoor-secret-literal %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A constant the unit hands to a library as a public key is one, whatever its
// name says (a publisher's "telemetry key"): no secret. The escrow of what is
// sealed to it is backdoor-escrow-wrap's.
#include <stddef.h>

int crypto_box_seal(unsigned char *c, const unsigned char *m, unsigned long long mlen,
                    const unsigned char *pk);
int crypto_secretbox_easy(unsigned char *c, const unsigned char *m, unsigned long long mlen,
                          const unsigned char *n, const unsigned char *k);

// ok: backdoor-secret-literal
static const unsigned char kPublisherTelemetryKey[32] = {
    0x65, 0x61, 0x20, 0x06, 0x94, 0x61, 0x97, 0xe9, 0x40, 0x1a, 0x62, 0xd5, 0xa9, 0x75, 0x99, 0x63,
    0x54, 0x5c, 0x44, 0x21, 0xf3, 0x2c, 0x32, 0x01, 0x9e, 0x54, 0xad, 0x02, 0xdb, 0x63, 0xa2, 0x89};

// ruleid: backdoor-secret-literal
static const unsigned char kReplayMacKey[32] = {
    // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: variable 'kReplayMacKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x9e, 0x2a, 0xe4, 0xca, 0xf9, 0x2b, 0xd3, 0x44, 0x25, 0x59, 0x62, 0x8b, 0x58, 0x41, 0xaa, 0xbe,
    0xd6, 0x39, 0x0c, 0x67, 0x94, 0x84, 0x99, 0x6d, 0xf1, 0x9b, 0x6a, 0xf9, 0x43, 0xc0, 0x17, 0x13};

void seal_report(unsigned char *out, const unsigned char *report, size_t n) {
  crypto_box_seal(out, report, n, kPublisherTelemetryKey);
}

void seal_replay(unsigned char *out, const unsigned char *m, size_t n, const unsigned char *nonce) {
  crypto_secretbox_easy(out, m, n, nonce, kReplayMacKey);
}
