// RUN: %run-both --checks=backdoor-timing-unsafe-compare %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// MAC tags compared in variable time.
#include <openssl/hmac.h>
#include <sodium.h>
#include <string.h>

int check_mac(const unsigned char *msg, size_t n, const unsigned char *key, const unsigned char *received_tag) {
  unsigned char expected_mac[32];
  unsigned int len = 32;
  HMAC(EVP_sha256(), key, 32, msg, n, expected_mac, &len);
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(expected_mac, received_tag, 32) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'memcmp' compares the MAC 'expected_mac' in time that depends on where it differs, which lets an attacker forge it byte by byte; use CRYPTO_memcmp or an equivalent [backdoor-timing-unsafe-compare]
}

int check_hmac(const char *hmac, const char *computed) {
  // ruleid: backdoor-timing-unsafe-compare
  return strcmp(hmac, computed) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'strcmp' compares the MAC 'hmac' in time that depends on where it differs, which lets an attacker forge it byte by byte; use CRYPTO_memcmp or an equivalent [backdoor-timing-unsafe-compare]
}

// Negative cases.
int safe(const unsigned char *tag, const unsigned char *expected_tag, const unsigned char *a,
         const unsigned char *b) {
  // ok: backdoor-timing-unsafe-compare
  int r = CRYPTO_memcmp(tag, expected_tag, 16) == 0;
  // ok: backdoor-timing-unsafe-compare
  r |= sodium_memcmp(tag, expected_tag, 16) == 0;
  // ok: backdoor-timing-unsafe-compare (not a MAC)
  r |= memcmp(a, b, 16) == 0;
  return r;
}

// A tag hex-encoded through a digit table is the tag, encoded, not the
// table's constant: comparing it with what the peer sent is still timing-unsafe.
static void to_hex(const unsigned char *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 0x0f];
  }
  out[2 * n] = 0;
}
int check_header(const char *header, const unsigned char *tag_bytes) {
  char hmac_hex[65];
  to_hex(tag_bytes, 32, hmac_hex);
  // ruleid: backdoor-timing-unsafe-compare
  return strcmp(hmac_hex, header) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'strcmp' compares the MAC 'hmac_hex' in time that depends on where it differs, which lets an attacker forge it byte by byte; use CRYPTO_memcmp or an equivalent [backdoor-timing-unsafe-compare]
}

/* A network card's address is no MAC tag: the probe's target compared with
   the router's own address. */
const char *nvram_get(const char *name);
struct probe { char mac[18]; char user[32]; };
int probe_read(struct probe *p);
int probe_for_me(void) {
  struct probe p = {{0}};
  if (probe_read(&p) != 0) return 0;
  // ok: backdoor-timing-unsafe-compare
  return strcasecmp(p.mac, nvram_get("lan_hwaddr")) == 0;
}

/* An EAPOL-Key frame's MIC (802.11's message integrity code), computed and
   compared with the received one; a microphone gain compared is no MAC. */
int eapol_mic(const unsigned char *kck, const unsigned char *frame, size_t n, unsigned char *mic);
int check_eapol(const unsigned char *kck, const unsigned char *frame, size_t n, const unsigned char *rx_mic) {
  unsigned char mic[16];
  if (eapol_mic(kck, frame, n, mic) != 0) return -1;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mic, rx_mic, sizeof mic) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'memcmp' compares the MAC 'mic' in time that depends on where it differs, which lets an attacker forge it byte by byte; use CRYPTO_memcmp or an equivalent [backdoor-timing-unsafe-compare]
}
int same_gain(const unsigned char *mic_gain, const unsigned char *saved_gain) {
  // ok: backdoor-timing-unsafe-compare
  return memcmp(mic_gain, saved_gain, 4) == 0;
}
