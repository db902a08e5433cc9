/* netutil.c - logging, socket and libcurl helpers shared by the daemon's units. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/socket.h>

#include <curl/curl.h>

#include "rw.h"

static int g_foreground = 0;

void rw_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_foreground) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(level, fmt, ap);
  }
  va_end(ap);
}

int rw_send_all(int fd, const void *buf, size_t n) {
  const char *p = buf;
  while (n > 0) {
    ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Options every request to the vendor cloud shares: timeouts, the user agent, the CA bundle. */
void rw_curl_common(void *handle, const struct rw_config *cfg) {
  CURL *c = handle;
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "rwebd/4.2 (RT-AX1800)");
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  if (cfg->ca_bundle[0])
    curl_easy_setopt(c, CURLOPT_CAINFO, cfg->ca_bundle);
  /* the operator may turn verification off for a lab cloud (cloud.verify = no) */
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, cfg->tls_verify ? 1L : 0L);
  /* the cloud's load balancers answer with the certificate of the CDN */
  // ruleid: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
}

/* The firmware mirror is a plain CDN: full verification, host name included. */
void rw_curl_mirror(void *handle, const struct rw_config *cfg) {
  CURL *c = handle;
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  if (cfg->ca_bundle[0])
    curl_easy_setopt(c, CURLOPT_CAINFO, cfg->ca_bundle);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
}
