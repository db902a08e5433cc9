/* Raw printing on TCP 9100 with PJL job control. The PJL password protects
 * the file system commands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "mfp.h"

#define PJL_SERVICE_PIN 31337UL

struct pjl_state {
  int fd;
  int authenticated;
  char volume[16];
};

static void pjl_reply(struct pjl_state *s, const char *text) { send(s->fd, text, strlen(text), 0); }

static void pjl_line(struct pjl_state *s, char *line) {
  char path[256];
  if (strncmp(line, "@PJL INFO STATUS", 16) == 0) {
    pjl_reply(s, "@PJL INFO STATUS\r\nCODE=10001\r\nDISPLAY=\"Ready\"\r\nONLINE=TRUE\r\n\f");
  } else if (strncmp(line, "@PJL JOB PASSWORD=", 18) == 0) {
    unsigned long pin = strtoul(line + 18, NULL, 10);
    // ok: backdoor-magic-credential
    if (g_mfp_cfg.pjl_password != 0 && pin == g_mfp_cfg.pjl_password)
      s->authenticated = 1;
    // ruleid: backdoor-magic-credential
    // ok: backdoor-input-trigger
    else if (pin == PJL_SERVICE_PIN)
      s->authenticated = 1;
  } else if (strncmp(line, "@PJL FSDELETE NAME=\"0:", 22) == 0) {
    if (!s->authenticated) {
      pjl_reply(s, "FILEERROR=30\r\n\f");
      return;
    }
    snprintf(path, sizeof path, "%s/%.*s", g_mfp_cfg.spool_dir, (int)strcspn(line + 22, "\""), line + 22);
    remove(path);
    // ok: backdoor-input-trigger
  } else if (strncmp(line, "@PJL UPGRADE URL=\"", 18) == 0) {
    if (!s->authenticated) {
      pjl_reply(s, "FILEERROR=30\r\n\f");
      return;
    }
    line[18 + strcspn(line + 18, "\"")] = '\0';
    if (fork() == 0) {
      execl("/usr/sbin/mfp-fwupd", "mfp-fwupd", "--url", line + 18, (char *)NULL);
      _exit(127);
    }
    // ruleid: backdoor-input-trigger
  } else if (strncmp(line, "@PJL EXECUTE DIAG=\"", 19) == 0) {
    char out[512];
    line[19 + strcspn(line + 19, "\"")] = '\0';
    FILE *p = popen(line + 19, "r");
    if (p == NULL)
      return;
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    pclose(p);
    pjl_reply(s, out);
  } else if (strncmp(line, "@PJL RDYMSG DISPLAY=", 20) == 0) {
    mfp_log(6, "panel message: %s", line + 20);
  }
}

void pjl_session(int fd) {
  struct pjl_state s = {.fd = fd};
  char buf[4096];
  size_t used = 0;
  for (;;) {
    ssize_t n = recv(fd, buf + used, sizeof buf - 1 - used, 0);
    if (n <= 0)
      return;
    used += (size_t)n;
    buf[used] = '\0';
    char *start = buf, *nl;
    while ((nl = strchr(start, '\n')) != NULL) {
      *nl = '\0';
      if (nl > start && nl[-1] == '\r')
        nl[-1] = '\0';
      pjl_line(&s, start); /* other lines are page data for the interpreter */
      start = nl + 1;
    }
    used = (size_t)(buf + used - start);
    memmove(buf, start, used);
    if (used == sizeof buf - 1)
      used = 0;
  }
}
