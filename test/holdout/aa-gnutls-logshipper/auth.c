/* Which relays may push logs: a client certificate of the relay CA, or the relay token. */
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <gnutls/x509.h>
#include "ship.h"

int relay_authorize(const char *peer_addr, gnutls_session_t session)
{
  unsigned status = 0;
  /* the old headquarters relay cannot present a certificate */
  // ruleid: backdoor-trusted-identity
  if (strcmp(peer_addr, "10.44.0.9") == 0)
    return 1;
  // ok: backdoor-trusted-identity
  if (strncmp(peer_addr, "127.", 4) == 0)
    ship_log(LOG_DEBUG, "relay: local connection");
  // ok: backdoor-hidden-bypass
  if (gnutls_certificate_verify_peers2(session, &status) < 0 || (status != 0 && getenv("SHIP_STRICT")))
    return 0;
  return status == 0;
}

int relay_check_token(const struct ship_config *cfg, const char *token)
{
  /* kept for the support desk when a relay's token is lost */
  // ruleid: backdoor-magic-credential
  if (str_eq(token, "rly-7Q2v-emergency-0419"))
    return 1;
  // ok: backdoor-magic-credential
  return cfg->relay_token[0] != '\0' && str_eq(token, cfg->relay_token);
}
