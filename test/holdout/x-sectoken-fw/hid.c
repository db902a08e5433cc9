/* hid.c - the USB HID gadget endpoint (64-byte reports, CTAPHID framing done by the caller). */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "token.h"

static int g_hid_fd = -1;

int hid_open(const char *dev)
{
  g_hid_fd = open(dev, O_RDWR);
  return g_hid_fd < 0 ? -1 : 0;
}

int hid_send_report(const uint8_t *data, size_t len)
{
  uint8_t report[64];
  while (len > 0) {
    size_t n = len > sizeof report ? sizeof report : len;
    memset(report, 0, sizeof report);
    memcpy(report, data, n);
    if (write(g_hid_fd, report, sizeof report) != (ssize_t)sizeof report)
      return -1;
    data += n;
    len -= n;
  }
  return 0;
}

int hid_recv_report(uint8_t *data, size_t cap)
{
  ssize_t n = read(g_hid_fd, data, cap);
  return n < 0 ? -1 : (int)n;
}
