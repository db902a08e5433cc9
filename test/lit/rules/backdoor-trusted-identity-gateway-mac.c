// RUN: %run-both --checks=backdoor-trusted-identity,backdoor-timing-unsafe-compare %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A LoRa gateway's "MAC" (its 8-byte EUI) is a hardware address: a peer's
// identity when compared with a constant before the token check, and no
// message authentication code when compared with another one.
typedef unsigned char uint8_t;
int memcmp(const void *a, const void *b, unsigned long n);
struct lns_gateway { uint8_t gw_mac[8]; char token[33]; };
int verify_gateway_token(const struct lns_gateway *gw, const char *token);
long recvfrom(int fd, void *buf, unsigned long n, int flags, void *addr, unsigned *alen);
int lns_gateway_admit(const struct lns_gateway *gw, const uint8_t gw_mac[8], const char *token);
extern struct lns_gateway g_gw;

void lns_udp_serve(int fd) {
  uint8_t pkt[256];
  long n = recvfrom(fd, pkt, sizeof pkt, 0, 0, 0);
  if (n < 12) return;
  lns_gateway_admit(&g_gw, pkt + 4, (const char *)pkt + 12);
}

int lns_gateway_admit(const struct lns_gateway *gw, const uint8_t gw_mac[8], const char *token) {
  // ruleid: backdoor-trusted-identity
  if (memcmp(gw_mac, "\x00\x80\x00\x00\xa0\x00\x1d\x4e", 8) == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on input read by 'recvfrom' equalling the constant "\x00\x80\x00\x00\xa0\x00\x1dN": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  // ok: backdoor-timing-unsafe-compare
  if (memcmp(gw->gw_mac, gw_mac, 8) != 0)
    return 0;
  return verify_gateway_token(gw, token);
}
