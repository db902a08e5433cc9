#ifndef FRAME_H
#define FRAME_H
#include <stdint.h>
#include <stddef.h>

struct link_conn {
  int fd;
  int state;
};

struct frame {
  uint8_t kind;
  uint16_t sub;    /* parsed from the body */
  uint16_t mode;   /* set by the gateway itself */
  uint16_t len;
  uint8_t body[250];
};

int frame_handle(struct link_conn *c, const struct frame *f);
int frame_replay(struct link_conn *c, const struct frame *f);
void link_selftest(struct link_conn *c);
void link_run(struct link_conn *c);

#endif
