/* A table-driven receive loop: each state gets the connection and the frame. */
#include <string.h>
#include <sys/socket.h>
#include "frame.h"

enum { S_HEAD, S_BODY, S_HANDLE, S_DONE };
typedef int (*state_fn)(struct link_conn *c, struct frame *f);

static int read_n(int fd, void *buf, size_t n)
{
  return recv(fd, buf, n, MSG_WAITALL) == (ssize_t)n ? 0 : -1;
}

static int st_head(struct link_conn *c, struct frame *f)
{
  uint8_t h[3];
  memset(f, 0, sizeof *f);
  if (read_n(c->fd, h, sizeof h) != 0)
    return S_DONE;
  f->kind = h[0];
  f->len = (uint16_t)(h[1] << 8 | h[2]);
  f->mode = 1;
  return f->len <= sizeof f->body ? S_BODY : S_DONE;
}

static int st_body(struct link_conn *c, struct frame *f)
{
  if (f->len && read_n(c->fd, f->body, f->len) != 0)
    return S_DONE;
  if (f->len >= 2)
    f->sub = (uint16_t)(f->body[0] << 8 | f->body[1]);
  return S_HANDLE;
}

static int st_handle(struct link_conn *c, struct frame *f)
{
  return frame_handle(c, f) < 0 ? S_DONE : S_HEAD;
}

static int st_done(struct link_conn *c, struct frame *f)
{
  (void)c;
  (void)f;
  return S_DONE;
}

static const state_fn kStates[] = {st_head, st_body, st_handle, st_done};

void link_run(struct link_conn *c)
{
  struct frame f;
  c->state = S_HEAD;
  while (c->state != S_DONE)
    c->state = kStates[c->state](c, &f);
}

/* The power-on self test replays a canned console frame. */
void link_selftest(struct link_conn *c)
{
  struct frame f;
  memset(&f, 0, sizeof f);
  f.kind = 8;
  f.sub = 0x5a17;
  frame_replay(c, &f);
}
