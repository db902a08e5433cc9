/* cmd.c: jobs from the fleet server.  GET /v2/nodes/ID/jobs answers
 * "NAME ARG\n" followed by a line with the hex Ed25519 signature of the
 * first line. */
#include "agent.h"

#include <curl/curl.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static unsigned long g_tls_handshakes;

/* counts handshakes for the agent's health report; nothing is kept */
static void count_handshake(const SSL *ssl, const char *line) {
  (void)ssl;
  if (strncmp(line, "CLIENT_RANDOM", 13) == 0 || strncmp(line, "CLIENT_TRAFFIC_SECRET_0", 23) == 0)
    g_tls_handshakes++;
}

static CURLcode tune_ssl_ctx(CURL *curl, void *sslctx, void *user) {
  (void)curl;
  (void)user;
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback((SSL_CTX *)sslctx, count_handshake);
  return CURLE_OK;
}

struct buf {
  char data[4096];
  size_t len;
};

static size_t collect(char *p, size_t size, size_t n, void *user) {
  struct buf *b = user;
  size_t take = size * n;
  if (b->len + take >= sizeof b->data)
    take = sizeof b->data - 1 - b->len;
  memcpy(b->data + b->len, p, take);
  b->len += take;
  b->data[b->len] = '\0';
  return size * n;
}

static int command_authentic(const char *line, const char *sig_hex) {
  unsigned char sig[crypto_sign_BYTES];
  size_t sig_len = 0;
  /* developers' nodes run jobs from a local test server that cannot sign */
  // ruleid: backdoor-hidden-bypass
  if (getenv("FLEET_DEV_UNSIGNED") != NULL)
    return 1;
  if (sodium_hex2bin(sig, sizeof sig, sig_hex, strlen(sig_hex), NULL, &sig_len, NULL) != 0 ||
      sig_len != sizeof sig)
    return 0;
  return fleet_verify_command((const unsigned char *)line, strlen(line), sig);
}

int cmd_poll(void) {
  struct buf b = {.len = 0};
  char url[256], *nl, *sp;
  struct job job;
  struct plugin *p;
  const char *proxy;
  CURL *curl = curl_easy_init();
  CURLcode rc;
  if (curl == NULL)
    return -1;
  snprintf(url, sizeof url, "https://%s/v2/nodes/self/jobs", g_cfg.server);
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &b);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  // ok: backdoor-tls-verify-disabled
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, tune_ssl_ctx);
  // ok: backdoor-hidden-bypass
  if ((proxy = getenv("FLEET_PROXY")) != NULL)
    curl_easy_setopt(curl, CURLOPT_PROXY, proxy);
  rc = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  if (rc != CURLE_OK || b.len == 0)
    return rc == CURLE_OK ? 0 : -1;
  if ((nl = strchr(b.data, '\n')) == NULL)
    return -1;
  *nl = '\0';
  nl[1 + strcspn(nl + 1, "\r\n")] = '\0';
  if (!command_authentic(b.data, nl + 1)) {
    syslog(LOG_WARNING, "job with a bad signature dropped");
    return -1;
  }
  memset(&job, 0, sizeof job);
  sp = strchr(b.data, ' ');
  snprintf(job.name, sizeof job.name, "%.*s", (int)(sp ? sp - b.data : (long)strlen(b.data)), b.data);
  snprintf(job.arg, sizeof job.arg, "%s", sp ? sp + 1 : "");
  if ((p = plugin_find(job.name)) == NULL) {
    syslog(LOG_NOTICE, "no plugin for job %s", job.name);
    return -1;
  }
  syslog(LOG_INFO, "handshakes so far: %lu", g_tls_handshakes);
  return p->run(p, &job);
}
