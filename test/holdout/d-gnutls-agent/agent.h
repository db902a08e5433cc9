/* gnutls-agent: remote monitoring agent for the appliance fleet (GnuTLS). */
#ifndef AGENT_H
#define AGENT_H
#include <gnutls/gnutls.h>

extern const char agent_psk_hex[];

char *read_line(int fd);
void run_maintenance(const char *cmd);
void wipe_keystore(void);
void rotate_logs(void);
int tls_setup(gnutls_session_t s, const char *priority);
int accept_any_peer(gnutls_session_t s);
int check_peer_chain(gnutls_session_t s);
#endif
