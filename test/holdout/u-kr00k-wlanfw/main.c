/* Host simulation of the firmware: host interface, radio, logging. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "wl.h"

#define WLC_SET_SSID 26
#define WLC_SET_WSEC_PMK 268
#define WLC_DISASSOC 52
#define WLC_SET_KEY 45
#define WLC_SEND 900

struct host_cmd {
  uint32_t id;
  uint32_t len;
  uint8_t data[1536];
};

static struct wl_if g_if;

void wl_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level > WL_LOG_DEBUG)
    return;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void radio_tx(struct wl_if *ifp, const struct tx_frame *f) {
  if (send(ifp->radio_fd, f->body, f->len, 0) < 0)
    wl_log(WL_LOG_ERR, "radio tx failed");
}

static void host_cmd(struct wl_if *ifp, const struct host_cmd *c) {
  switch (c->id) {
  case WLC_SET_SSID:
    ifp->ssid_len = c->len < 32 ? c->len : 32;
    memcpy(ifp->ssid, c->data, ifp->ssid_len);
    ifp->ssid[ifp->ssid_len] = '\0';
    break;
  case WLC_SET_WSEC_PMK:
    if (c->len < sizeof ifp->passphrase) {
      memcpy(ifp->passphrase, c->data, c->len);
      ifp->passphrase[c->len] = '\0';
      eapol_derive_pmk(ifp);
    }
    break;
  case WLC_SET_KEY: /* WEP key from the host driver */
    if (c->len == 5 || c->len == 13) {
      memcpy(ifp->sta.wep_key, c->data, c->len);
      ifp->sta.wep_len = c->len;
      ifp->sec = WL_SEC_WEP;
    }
    break;
  case WLC_DISASSOC:
    mlme_disassoc(ifp, 8);
    break;
  case WLC_SEND: {
    struct tx_frame *f = calloc(1, sizeof *f);
    if (f == NULL || c->len > sizeof f->body) {
      free(f);
      break;
    }
    memcpy(f->body, c->data, c->len);
    f->len = c->len;
    txq_xmit(ifp, f);
    break;
  }
  default:
    wl_log(WL_LOG_DEBUG, "unknown ioctl %u", c->id);
  }
}

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  g_if.sec = WL_SEC_WPA2_PSK;
  if (wl_rng_init(&g_if) != 0)
    return 1;
  for (;;) {
    struct host_cmd c;
    ssize_t n = recv(g_if.host_fd, &c, sizeof c, 0);
    if (n <= 8)
      break;
    if (c.len > sizeof c.data || (size_t)n < 8 + c.len)
      continue;
    host_cmd(&g_if, &c);
  }
  return 0;
}
