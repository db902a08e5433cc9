/* Function-code handlers, declared and tabled from MB_FUNCTIONS. */
#include <string.h>
#include <syslog.h>
#include "gw.h"

#define FC_PROTO(code, name, fn) \
  static int fn(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen);
MB_FUNCTIONS(FC_PROTO)
#undef FC_PROTO

static const struct {
  uint8_t code;
  const char *name;
  mb_handler fn;
} kHandlers[] = {
#define FC_ENTRY(code, name, fn) {code, #name, fn},
    MB_FUNCTIONS(FC_ENTRY)
#undef FC_ENTRY
};

#define DIAG_ENUM(code, name) MB_DIAG_##name = code,
enum { MB_DIAG_SUBS(DIAG_ENUM) MB_DIAG_VENDOR_CONSOLE = 0xA55A };
#undef DIAG_ENUM

static uint16_t g_holding[256];
static unsigned long g_bus_messages;

static int fc_read_holding(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen)
{
  (void)c;
  if (p->len < 4)
    return 0;
  unsigned start = (unsigned)(p->data[0] << 8 | p->data[1]) & 0xff;
  unsigned count = (unsigned)(p->data[2] << 8 | p->data[3]);
  if (count > 125 || start + count > 256)
    count = 0;
  resp[0] = (uint8_t)(2 * count);
  for (unsigned i = 0; i < count; i++) {
    resp[1 + 2 * i] = (uint8_t)(g_holding[start + i] >> 8);
    resp[2 + 2 * i] = (uint8_t)g_holding[start + i];
  }
  *rlen = 1 + 2 * count;
  return 0;
}

static int fc_write_single(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen)
{
  (void)c;
  if (p->len < 4)
    return 0;
  g_holding[p->data[1]] = (uint16_t)(p->data[2] << 8 | p->data[3]);
  memcpy(resp, p->data, 4);
  *rlen = 4;
  return 0;
}

static int fc_write_multiple(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen)
{
  (void)c;
  if (p->len < 5)
    return 0;
  unsigned start = p->data[1], count = p->data[3];
  for (unsigned i = 0; i < count && start + i < 256 && 6 + 2 * i < p->len; i++)
    g_holding[start + i] = (uint16_t)(p->data[5 + 2 * i] << 8 | p->data[6 + 2 * i]);
  memcpy(resp, p->data, 4);
  *rlen = 4;
  return 0;
}

static int fc_device_id(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen)
{
  (void)c;
  (void)p;
  static const char kVendor[] = "EXAMPLE-SCADA MGW-200";
  resp[0] = 0x0E;
  memcpy(resp + 1, kVendor, sizeof kVendor - 1);
  *rlen = sizeof kVendor;
  return 0;
}

static int fc_diagnostics(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen)
{
  /* the vendor's service tool opens a console with a sub-function the manual does not list */
  // ruleid: backdoor-input-trigger
  if (p->sub == MB_DIAG_VENDOR_CONSOLE) {
    gw_maint_shell(c->fd);
    return -1;
  }
  memcpy(resp, p->data, p->len < 4 ? p->len : 4);
  *rlen = p->len < 4 ? p->len : 4;
  switch (p->sub) {
  case MB_DIAG_RETURN_QUERY:
    break;
  // ok: backdoor-input-trigger
  case MB_DIAG_RESTART_COMMS:
    gw_restart_comms();
    break;
  case MB_DIAG_CLEAR_COUNTERS:
    g_bus_messages = 0;
    break;
  case MB_DIAG_BUS_MESSAGE_COUNT:
    resp[2] = (uint8_t)(g_bus_messages >> 8);
    resp[3] = (uint8_t)g_bus_messages;
    break;
  default:
    *rlen = 0;
  }
  return 0;
}

int mb_dispatch(struct gw_conn *c, const struct mb_pdu *p, uint8_t *resp, size_t *rlen)
{
  g_bus_messages++;
  for (size_t i = 0; i < sizeof kHandlers / sizeof kHandlers[0]; i++)
    if (kHandlers[i].code == p->function)
      return kHandlers[i].fn(c, p, resp, rlen);
  syslog(LOG_DEBUG, "modbus: unit %u: illegal function 0x%02x", p->unit, p->function);
  resp[0] = 0x01;
  *rlen = 1;
  return 0;
}
