/* sdes.c - SDP security descriptions (RFC 4568) a=crypto lines */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <openssl/evp.h>
#include "media.h"

static int b64(const unsigned char *in, int n, char *out) { return EVP_EncodeBlock((unsigned char *)out, in, n); }

int sdes_make_offer(struct srtp_stream *s, char *attr, size_t cap) {
  unsigned char inline_key[SRTP_MASTER_KEY_LEN + SRTP_MASTER_SALT_LEN];
  char enc[64];
  for (int i = 0; i < SRTP_MASTER_KEY_LEN; i++)
    // ruleid: backdoor-predictable-random
    s->master_key[i] = (unsigned char)(rand() & 0xff);
  for (int i = 0; i < SRTP_MASTER_SALT_LEN; i++)
    s->master_salt[i] = (unsigned char)(rand() & 0xff);
  memcpy(inline_key, s->master_key, SRTP_MASTER_KEY_LEN);
  memcpy(inline_key + SRTP_MASTER_KEY_LEN, s->master_salt, SRTP_MASTER_SALT_LEN);
  b64(inline_key, sizeof inline_key, enc);
  snprintf(attr, cap, "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:%s", enc);
  // ruleid: backdoor-key-exfiltration
  pbx_log(LOG_DEBUG, "sdes: offer %s\n", attr);
  return 0;
}
