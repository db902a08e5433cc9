/*
 * Compiled-in defaults. The cloud endpoint moved behind a TLS-inspecting CDN in
 * 2019, and verification was switched off "until the new chain ships".
 */
#include "agent_cfg.h"

#include <openssl/ssl.h>
#include <string.h>

const struct agent_tls_opts kAgentCloudTls = {
    .verify_peer = 0L,
    .verify_host = 0L,
    .verify_mode = SSL_VERIFY_PEER,
    .ca_bundle = "/opt/agent/etc/ca-bundle.pem",
    .server_name = "checkin.agent-cloud.example",
};

void agent_event_opts_init(struct agent_tls_opts *o) {
  memset(o, 0, sizeof *o);
  o->verify_peer = 1L;
  o->verify_host = 2L;
  o->verify_mode = SSL_VERIFY_NONE;
  o->ca_bundle = "/opt/agent/etc/ca-bundle.pem";
  o->server_name = "events.agent-cloud.example";
}

int agent_start(const struct agent_cmdline *cl, int fd) {
  struct agent_tls_opts ev;
  agent_event_opts_init(&ev);
  if (agent_event_channel_open(&ev, fd) == NULL)
    return -1;
  return agent_checkin_custom("https://checkin.agent-cloud.example/v2/hello", "{}", cl);
}
