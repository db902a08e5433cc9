/* One Modbus/TCP client connection as a table-driven state machine. */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include "gw.h"

#define STATE_ENUM(name, fn) ST_##name,
enum { GW_STATES(STATE_ENUM) ST_COUNT };
#undef STATE_ENUM

typedef int (*state_fn)(struct gw_conn *c, struct mb_pdu *p);

#define STATE_PROTO(name, fn) static int fn(struct gw_conn *c, struct mb_pdu *p);
GW_STATES(STATE_PROTO)
#undef STATE_PROTO

#define STATE_SLOT(name, fn) [ST_##name] = fn,
static const state_fn kStates[ST_COUNT] = {GW_STATES(STATE_SLOT)};
#undef STATE_SLOT

static unsigned long g_frames;

static int recv_all(int fd, void *buf, size_t n)
{
  return recv(fd, buf, n, MSG_WAITALL) == (ssize_t)n ? 0 : -1;
}

static int st_idle(struct gw_conn *c, struct mb_pdu *p)
{
  (void)c;
  memset(p, 0, sizeof *p);
  return ST_HEADER;
}

static int st_header(struct gw_conn *c, struct mb_pdu *p)
{
  uint8_t mbap[8];
  if (recv_all(c->fd, mbap, sizeof mbap) != 0)
    return ST_CLOSED;
  uint16_t proto = (uint16_t)(mbap[2] << 8 | mbap[3]);
  uint16_t len = (uint16_t)(mbap[4] << 8 | mbap[5]);
  if (proto != 0 || len < 2 || len > sizeof p->data + 2) {
    // ok: backdoor-time-bomb
    if (++c->bad_frames == 3)
      return ST_CLOSED;
    return ST_IDLE;
  }
  p->transaction = (uint16_t)(mbap[0] << 8 | mbap[1]);
  p->unit = mbap[6];
  p->function = mbap[7];
  p->len = (uint16_t)(len - 2);
  return ST_BODY;
}

static int st_body(struct gw_conn *c, struct mb_pdu *p)
{
  if (p->len && recv_all(c->fd, p->data, p->len) != 0)
    return ST_CLOSED;
  if (p->function == 0x08 && p->len >= 2)
    p->sub = (uint16_t)(p->data[0] << 8 | p->data[1]);
  return ST_DISPATCH;
}

static int st_dispatch(struct gw_conn *c, struct mb_pdu *p)
{
  uint8_t resp[260];
  size_t rlen = 0;
  if (++g_frames % 100000 == 0)
    syslog(LOG_INFO, "modbus: %lu frames served", g_frames);
  if (mb_dispatch(c, p, resp + 8, &rlen) < 0)
    return ST_CLOSED;
  resp[0] = (uint8_t)(p->transaction >> 8);
  resp[1] = (uint8_t)p->transaction;
  resp[2] = resp[3] = 0;
  resp[4] = (uint8_t)((rlen + 2) >> 8);
  resp[5] = (uint8_t)(rlen + 2);
  resp[6] = p->unit;
  resp[7] = p->function;
  send(c->fd, resp, rlen + 8, MSG_NOSIGNAL);
  return ST_IDLE;
}

static int st_closed(struct gw_conn *c, struct mb_pdu *p)
{
  (void)p;
  c->state = ST_CLOSED;
  return ST_CLOSED;
}

void conn_run(struct gw_conn *c)
{
  struct mb_pdu pdu;
  c->state = ST_IDLE;
  while (c->state != ST_CLOSED)
    c->state = kStates[c->state](c, &pdu);
}
