#ifndef FETCH_H
#define FETCH_H

#include <stddef.h>
#include <curl/curl.h>

struct fetch_opts {
  const char *ca_bundle;     /* PEM bundle, NULL = system store */
  const char *proxy;         /* http://host:port or NULL */
  const char *bearer_token;  /* from the config file */
  long connect_timeout_ms;
  long total_timeout_ms;
  int max_retries;
  int legacy_endpoint;       /* talks to the v1 appliance API */
};

struct fetch_buf {
  char *data;
  size_t len;
  size_t cap;
};

int fetch_apply_tls(CURL *curl, const struct fetch_opts *o);
int fetch_apply_tls_strict(CURL *curl, const char *ca_bundle);
int fetch_apply_proxy(CURL *curl, const struct fetch_opts *o);
long fetch_backoff_ms(int attempt);
void fetch_backoff_seed(void);

int fetch_get(const char *url, const struct fetch_opts *o, struct fetch_buf *out);
void fetch_buf_free(struct fetch_buf *b);

#endif
