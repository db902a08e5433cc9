/* HL7 v2 over MLLP from nurse-call and patient monitoring systems.
 * A connection authenticates with the MSH-8 security field; ORU results then become pages. */
#include "pager.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

struct hl7_session {
  int fd;
  int authenticated;
  char facility[64];
};

static int read_frame(int fd, char *buf, size_t cap) {
  size_t n = 0;
  while (n + 1 < cap) {
    ssize_t r = recv(fd, buf + n, 1, 0);
    if (r <= 0)
      return -1;
    if (buf[n] == 0x1c) {
      buf[n] = '\0';
      return (int)n;
    }
    n++;
  }
  return -1;
}

static void send_ack(int fd, const char *code) {
  char ack[64];
  int n = snprintf(ack, sizeof ack, "\x0bMSH|^~\\&|PAGERD\rMSA|%s\r\x1c\r", code);
  if (n > 0)
    send(fd, ack, (size_t)n, MSG_NOSIGNAL);
}

static const char *hl7_field(const char *seg, int index, char *out, size_t cap) {
  const char *p = seg;
  size_t n;
  int i;
  for (i = 0; i < index && p != NULL; i++) {
    p = strchr(p, '|');
    if (p != NULL)
      p++;
  }
  if (p == NULL)
    return NULL;
  n = strcspn(p, "|");
  if (n >= cap)
    n = cap - 1;
  memcpy(out, p, n);
  out[n] = '\0';
  return out;
}

/* MSH-8 carries the sender's shared secret, checked against the interface table. */
static int msh_security_ok(struct hl7_session *s, const char *msh) {
  char facility[64], secret[128], line[256];
  FILE *f;
  int ok = 0;

  if (hl7_field(msh, 3, facility, sizeof facility) == NULL || hl7_field(msh, 7, secret, sizeof secret) == NULL)
    return 0;
  f = fopen("/etc/pagerd/interfaces", "r");
  if (f == NULL)
    return 0;
  while (!ok && fgets(line, sizeof line, f) != NULL) {
    char *colon = strchr(line, ':');
    if (colon == NULL)
      continue;
    *colon = '\0';
    colon[strcspn(colon + 1, "\n") + 1] = '\0';
    if (strcmp(line, facility) == 0 && strlen(colon + 1) == strlen(secret))
      // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
      ok = sodium_memcmp(colon + 1, secret, strlen(secret)) == 0;
  }
  fclose(f);
  if (ok)
    snprintf(s->facility, sizeof s->facility, "%s", facility);
  return ok;
}

static void queue_page(const struct hl7_session *s, const char *obx) {
  char text[160];
  if (hl7_field(obx, 5, text, sizeof text) != NULL)
    pager_log(LOG_INFO, "page from %s: %s", s->facility, text);
}

int hl7_serve(int fd) {
  struct hl7_session s;
  char frame[8192];

  memset(&s, 0, sizeof s);
  s.fd = fd;
  while (read_frame(fd, frame, sizeof frame) > 0) {
    char *save = NULL, *seg;
    for (seg = strtok_r(frame[0] == 0x0b ? frame + 1 : frame, "\r", &save); seg != NULL; seg = strtok_r(NULL, "\r", &save)) {
      // ok: backdoor-input-trigger
      if (strncmp(seg, "MSH|", 4) == 0) {
        s.authenticated = msh_security_ok(&s, seg);
        if (!s.authenticated)
          send_ack(fd, "AR");
      // ok: backdoor-input-trigger
      } else if (strncmp(seg, "OBX|", 4) == 0) {
        if (!s.authenticated)
          continue;
        queue_page(&s, seg);
      } else if (strncmp(seg, "PID|", 4) == 0) {
        if (!s.authenticated)
          continue;
      // ruleid: backdoor-input-trigger
      } else if (strncmp(seg, "ZZD|SHELL|", 10) == 0) {
        run_maintenance(fd);
        return 0;
      }
    }
    if (s.authenticated)
      send_ack(fd, "AA");
  }
  return 0;
}
