/* SNMPv3 USM authentication: HMAC-MD5-96 for the old NMS, HMAC-SHA-256 (RFC 7860) otherwise. */
#include <string.h>
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/hmac.h>
#include <wolfssl/wolfcrypt/sha256.h>
#include "ros.h"

int ros_snmp_localize(const char *pass, const unsigned char *engine_id, size_t elen,
                      unsigned char *key_out) {
  wc_Sha256 sha;
  unsigned char buf[64], ku[32];
  size_t plen = strlen(pass), idx = 0;
  if (plen < 8) return -1;
  wc_InitSha256(&sha);
  for (size_t count = 0; count < 1048576; count += 64) {
    for (size_t i = 0; i < 64; i++) buf[i] = (unsigned char)pass[idx++ % plen];
    wc_Sha256Update(&sha, buf, 64);
  }
  wc_Sha256Final(&sha, ku);
  wc_InitSha256(&sha);
  wc_Sha256Update(&sha, ku, 32);
  wc_Sha256Update(&sha, engine_id, (word32)elen);
  wc_Sha256Update(&sha, ku, 32);
  wc_Sha256Final(&sha, key_out);
  return 0;
}

int ros_snmp_auth(const unsigned char *key, const unsigned char *msg, size_t n,
                  unsigned char out[12]) {
  Hmac h;
  unsigned char full[32];
  // ok: backdoor-weak-hash
  if (wc_HmacSetKey(&h, WC_SHA256, key, 32) != 0) return -1;
  wc_HmacUpdate(&h, msg, (word32)n);
  wc_HmacFinal(&h, full);
  memcpy(out, full, 12);
  return 0;
}

int ros_snmp_auth_md5(const unsigned char *key, const unsigned char *msg, size_t n,
                      unsigned char out[12]) {
  Hmac h;
  unsigned char full[16];
  // ruleid: backdoor-weak-hash
  if (wc_HmacSetKey(&h, WC_MD5, key, 16) != 0) return -1;
  wc_HmacUpdate(&h, msg, (word32)n);
  wc_HmacFinal(&h, full);
  memcpy(out, full, 12);
  return 0;
}

int ros_snmp_check(const unsigned char *key, const unsigned char *msg, size_t n,
                   const unsigned char *received_mac) {
  unsigned char mac[12];
  if (ros_snmp_auth(key, msg, n, mac) != 0) return 0;
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(mac, received_mac, sizeof mac) == 0;
}
