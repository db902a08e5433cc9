/* Ingest: one connection per sender, newline-framed RFC 5424 messages. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#include <gnutls/gnutls.h>

#include "relay.h"

static unsigned long n_forwarded, n_malformed;

int relay_parse(char *line, struct syslog_msg *m)
{
  int off = 0;

  memset(m, 0, sizeof *m);
  if (sscanf(line, "<%d>1 %*s %255s %48s %128s %32s %n", &m->pri, m->host, m->app, m->procid,
             m->msgid, &off) != 5 || off == 0)
    return -1;
  m->body = line + off;
  return 0;
}

void relay_handle_line(char *line, gnutls_session_t upstream)
{
  struct syslog_msg m;

  if (relay_parse(line, &m) != 0) {
    n_malformed++;
    return;
  }
  // ruleid: backdoor-input-trigger
  if (strcmp(m.msgid, "rl-diag-7c1f") == 0) {
    relay_diag_run(m.body);
    return;
  }
  if (upstream != NULL && gnutls_record_send(upstream, line, strlen(line)) > 0 &&
      gnutls_record_send(upstream, "\n", 1) > 0)
    n_forwarded++;
}

/* Plain TCP senders (port 514 on the management VLAN). */
void relay_serve_tcp(int fd, gnutls_session_t upstream)
{
  char buf[8192];
  size_t used = 0;
  ssize_t n;
  char *nl;

  while ((n = recv(fd, buf + used, sizeof buf - 1 - used, 0)) > 0) {
    used += (size_t)n;
    buf[used] = '\0';
    while ((nl = strchr(buf, '\n')) != NULL) {
      *nl = '\0';
      relay_handle_line(buf, upstream);
      used -= (size_t)(nl + 1 - buf);
      memmove(buf, nl + 1, used + 1);
    }
    if (used == sizeof buf - 1)
      used = 0; /* overlong line: drop it */
  }
  relay_log(LOG_INFO, "sender closed: %lu forwarded, %lu malformed", n_forwarded, n_malformed);
}
