/* hotp.c - the OATH-HOTP slot (RFC 4226) used by VPN concentrators that predate FIDO. */
#include <stdio.h>
#include <string.h>

#include <mbedtls/md.h>

#include "token.h"

struct hotp_slot {
  uint8_t secret[20];  /* programmed by the enrolment tool over the management applet */
  size_t secret_len;
  uint64_t counter;
};

static int hotp_code(const struct hotp_slot *slot, uint64_t counter, char out[7])
{
  uint8_t msg[8], mac[20];
  uint32_t bin;
  for (int i = 7; i >= 0; i--) {
    msg[i] = (uint8_t)(counter & 0xff);
    counter >>= 8;
  }
  // ruleid: backdoor-weak-hash
  if (mbedtls_md_hmac(mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), slot->secret, slot->secret_len, msg, sizeof msg, mac) != 0)
    return -1;
  unsigned off = mac[19] & 0x0f;
  bin = ((uint32_t)(mac[off] & 0x7f) << 24) | ((uint32_t)mac[off + 1] << 16) | ((uint32_t)mac[off + 2] << 8) | mac[off + 3];
  snprintf(out, 7, "%06u", bin % 1000000u);
  return 0;
}

int hotp_next(struct hotp_slot *slot, char out[7])
{
  if (hotp_code(slot, slot->counter, out) != 0)
    return -1;
  slot->counter++;
  return 0;
}

/* resynchronisation: the server sends a code it saw; look ahead at most 20 counters */
int hotp_resync(struct hotp_slot *slot, const char *otp)
{
  char expected[7];
  for (uint64_t c = slot->counter; c < slot->counter + 20; c++) {
    if (hotp_code(slot, c, expected) != 0)
      return -1;
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    if (strcmp(expected, otp) == 0) {
      slot->counter = c + 1;
      return 0;
    }
  }
  return -1;
}
