/* util.c - logging, base64, line I/O over the plain or TLS socket */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#include "relay.h"

void relay_log(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_MAIL | LOG_INFO, fmt, ap);
  va_end(ap);
}

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_decode(const char *in, unsigned char *out, size_t cap, size_t *outlen)
{
  size_t n = 0;
  unsigned acc = 0;
  int bits = 0;
  for (; *in && *in != '=' && *in != '\r' && *in != '\n'; in++) {
    const char *p = strchr(kB64, *in);
    if (p == NULL)
      return -1;
    acc = (acc << 6) | (unsigned)(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n >= cap)
        return -1;
      out[n++] = (unsigned char)(acc >> bits);
    }
  }
  *outlen = n;
  return 0;
}

int session_reply(struct session *s, const char *line)
{
  size_t n = strlen(line);
  if (s->tls)
    return gnutls_record_send(s->tls_session, line, n) == (ssize_t)n ? 0 : -1;
  return send(s->fd, line, n, 0) == (ssize_t)n ? 0 : -1;
}

long session_read_line(struct session *s, char *buf, size_t cap)
{
  size_t n = 0;
  while (n + 1 < cap) {
    char c;
    ssize_t r = s->tls ? gnutls_record_recv(s->tls_session, &c, 1) : recv(s->fd, &c, 1, 0);
    if (r <= 0)
      return -1;
    buf[n++] = c;
    if (c == '\n')
      break;
  }
  buf[n] = '\0';
  return (long)n;
}
