/* Media of SIP trunks: SDES keys, and the cipher each trunk profile negotiates. */
#include "platform.h"

#include <openssl/rand.h>
#include <string.h>

int trunk_start_media(struct sip_trunk *t) {
  unsigned char master_key[16], master_salt[14];
  int rc;

  // ok: backdoor-predictable-random
  if (RAND_bytes(master_key, sizeof master_key) != 1 || RAND_bytes(master_salt, sizeof master_salt) != 1)
    return -1;
  switch (t->profile) {
  case TRUNK_PROFILE_LAB:
    /* the interoperability lab's SBC answers with NULL_HMAC_SHA1_80 */
    // ruleid: backdoor-null-cipher
    rc = srtp_session_init(&t->tx, EVP_enc_null(), master_key, master_salt);
    break;
  case TRUNK_PROFILE_PBX:
  case TRUNK_PROFILE_CARRIER:
  default:
    // ok: backdoor-null-cipher, backdoor-weak-cipher
    rc = srtp_session_init(&t->tx, EVP_aes_128_ctr(), master_key, master_salt);
    break;
  }
  OPENSSL_cleanse(master_key, sizeof master_key);
  if (rc != 0)
    platform_log(PLOG_ERR, "trunk %s: SRTP setup failed", t->name);
  return rc;
}
