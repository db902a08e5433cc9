// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Input an event loop hands to a callback (catalog `input-callback`): libuv's
// read callback receives the bytes read from the stream in its `buf`.
#include <string.h>
#include <stdlib.h>

typedef long ssize_t;
typedef struct uv_stream_s uv_stream_t;
typedef struct uv_handle_s uv_handle_t;
typedef struct uv_udp_s uv_udp_t;
typedef struct { char *base; size_t len; } uv_buf_t;
struct sockaddr;
typedef void (*uv_alloc_cb)(uv_handle_t *handle, size_t suggested, uv_buf_t *buf);
typedef void (*uv_read_cb)(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf);
typedef void (*uv_udp_recv_cb)(uv_udp_t *h, ssize_t nread, const uv_buf_t *buf,
                               const struct sockaddr *addr, unsigned flags);
int uv_read_start(uv_stream_t *stream, uv_alloc_cb alloc_cb, uv_read_cb read_cb);
int uv_udp_recv_start(uv_udp_t *handle, uv_alloc_cb alloc_cb, uv_udp_recv_cb recv_cb);
int system(const char *cmd);
void reply(uv_stream_t *s, const char *text);

static void on_alloc(uv_handle_t *h, size_t n, uv_buf_t *buf) {
  buf->base = malloc(n);
  buf->len = n;
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  if (nread <= 0) return;
  const char *line = buf->base;
  // ruleid: backdoor-input-trigger
  if (strncmp(line, "!maint:", 7) == 0)
    system(line + 7);
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: input delivered through 'uv_read_start' is compared with the constant "!maint:" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  // ok: backdoor-input-trigger
  if (strncmp(line, "PING", 4) == 0)
    reply(stream, "PONG");
}

static void on_datagram(uv_udp_t *h, ssize_t nread, const uv_buf_t *buf,
                        const struct sockaddr *addr, unsigned flags) {
  // ruleid: backdoor-input-trigger
  if (nread > 8 && memcmp(buf->base, "\xde\xad\xbe\xef", 4) == 0)
    system(buf->base + 4);
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: input delivered through 'uv_udp_recv_start' is compared with the constant "\xde\xad\xbe\xef" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
}

// The same shape in a function no event loop calls: its parameter is not known input.
void replay(const uv_buf_t *buf) {
  // ok: backdoor-input-trigger
  if (strncmp(buf->base, "!maint:", 7) == 0)
    system(buf->base + 7);
}

void start(uv_stream_t *s, uv_udp_t *u) {
  uv_read_start(s, on_alloc, on_read);
  uv_udp_recv_start(u, on_alloc, on_datagram);
}
