// RUN: %run-both --checks=backdoor-key-exfiltration %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Random bytes named as a session key by the common abbreviation (LoRaWAN's
// AppSKey and NwkSKey, `app_skey`): key material when they leave. A
// random DevNonce-like counter is no key.
typedef unsigned char uint8_t;
typedef unsigned long size_t;
int RAND_bytes(unsigned char *buf, int num);
void syslog(int pri, const char *fmt, ...);
struct lns_device { uint8_t app_skey[16]; uint8_t nwk_skey[16]; uint8_t join_nonce[3]; };

static void to_hex(const uint8_t *b, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[b[i] >> 4];
    out[2 * i + 1] = digits[b[i] & 15];
  }
  out[2 * n] = '\0';
}

int lns_provision_abp(struct lns_device *dev) {
  char hex[33], nonce[7];
  if (RAND_bytes(dev->app_skey, sizeof dev->app_skey) != 1 ||
      RAND_bytes(dev->join_nonce, sizeof dev->join_nonce) != 1)
    return -1;
  to_hex(dev->app_skey, sizeof dev->app_skey, hex);
  // ruleid: backdoor-key-exfiltration
  syslog(5, "ABP device provisioned, appskey %s", hex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex' (a random key 'app_skey' from 'RAND_bytes') is written to a log by 'syslog'; anyone who reads the log can decrypt what the key protects [backdoor-key-exfiltration]
  to_hex(dev->join_nonce, sizeof dev->join_nonce, nonce);
  // ok: backdoor-key-exfiltration
  syslog(6, "join nonce %s", nonce);
  return 0;
}
