/* Bulk-only transport: the gadget daemon hands the endpoint to the simulator on stdin/stdout.
 * Each command block wrapper (CBW) is 31 bytes; vendor commands carry their data after it. */
#include "sed.h"

#include <endian.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

union cbw {
  uint8_t raw[31];
  struct __attribute__((packed)) {
    uint8_t signature[4];
    uint32_t tag;
    uint32_t data_len;
    uint8_t flags;
    uint8_t lun;
    uint8_t cb_len;
    uint8_t cdb[16];
  } f;
};

static int read_full(uint8_t *buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = read(STDIN_FILENO, buf + got, n - got);
    if (r <= 0)
      return -1;
    got += (size_t)r;
  }
  return 0;
}

int usb_serve(struct sed_state *st) {
  union cbw w;
  uint8_t data[512];

  for (;;) {
    uint32_t len;
    int rc;
    if (read_full(w.raw, sizeof w.raw) != 0)
      return 0;
    // ok: backdoor-input-trigger
    if (memcmp(w.f.signature, "USBC", 4) != 0)
      continue;
    len = le32toh(w.f.data_len);
    if (len > sizeof data)
      return SED_ERR_PARAM;
    if (len > 0 && read_full(data, len) != 0)
      return 0;
#ifdef SED_DEBUG_UART
    // ok: backdoor-build-switch
    fprintf(stderr, "cbw tag %08x op %02x len %u\n", (unsigned)le32toh(w.f.tag), w.f.cdb[0], (unsigned)len);
#endif
    rc = sed_dispatch(st, w.f.cdb[0], data, len);
    if (write(STDOUT_FILENO, &rc, sizeof rc) != (ssize_t)sizeof rc)
      return SED_ERR_IO;
  }
}
