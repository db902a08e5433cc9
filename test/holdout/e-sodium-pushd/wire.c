#include "pushd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>
#include <errno.h>
#include <sys/socket.h>
#include <arpa/inet.h>

// ruleid: backdoor-secret-literal
const unsigned char kStateKey[crypto_secretbox_KEYBYTES] = {
    0x20, 0xa3, 0xc8, 0x86, 0xf4, 0xba, 0xbe, 0x5e, 0xde, 0xbc, 0x65, 0x65,
    0xcb, 0x97, 0x18, 0x0c, 0x25, 0x4c, 0x05, 0x64, 0x30, 0xc9, 0x1d, 0x4f,
    0xbf, 0x57, 0xa1, 0x6a, 0x85, 0x9f, 0x38, 0x1f,
};

static int g_log_stderr = 1;

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_log_stderr) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(level, fmt, ap);
  }
  va_end(ap);
}

int write_all(int fd, const void *buf, size_t n) {
  const unsigned char *p = buf;
  while (n) {
    ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

int send_frame(int fd, int type, const void *payload, size_t n) {
  unsigned char *buf;
  struct frame_hdr h;
  int rc;
  if (n > 0xffff) return -1;
  memset(&h, 0, sizeof h);
  h.type = (uint8_t)type;
  h.len = htons((uint16_t)n);
  buf = malloc(sizeof h + n);
  if (!buf) return -1;
  memcpy(buf, &h, sizeof h);
  memcpy(buf + sizeof h, payload, n);
  rc = write_all(fd, buf, sizeof h + n);
  free(buf);
  return rc;
}
