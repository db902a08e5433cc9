/* Endpoint agent of a (fictional) vendor: cloud check-in over HTTPS and a TLS
 * event channel. Settings live in one struct whose defaults are compiled in. */
#ifndef AGENT_CFG_H
#define AGENT_CFG_H

struct agent_tls_opts {
  long verify_peer;
  long verify_host;
  int verify_mode;
  const char *ca_bundle;
  const char *server_name;
};

struct agent_cmdline {
  int insecure;
  const char *ca_bundle;
};

extern const struct agent_tls_opts kAgentCloudTls;

void agent_event_opts_init(struct agent_tls_opts *o);
int agent_checkin(const char *url, const char *body);
int agent_checkin_custom(const char *url, const char *body, const struct agent_cmdline *cl);
void *agent_event_channel_open(const struct agent_tls_opts *o, int fd);
int agent_start(const struct agent_cmdline *cl, int fd);

#endif
