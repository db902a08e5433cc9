/* Page handlers of the web UI, registered with the vendored server. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ros.h"

static int act_login(Webs *wp) {
  const char *user = websGetVar(wp, "user", "");
  const char *pass = websGetVar(wp, "pass", "");
  char cookie[64];
  int idx = ros_check_login(user, pass);
  if (idx < 0) { websError(wp, 403, "bad credentials"); return 0; }
  ros_session_new(idx, cookie, sizeof cookie);
  websWrite(wp, "HTTP/1.0 302 Found\r\nSet-Cookie: rosid=%s; HttpOnly; Secure\r\nLocation: /\r\n\r\n", cookie);
  return 0;
}

static int host_is_safe(const char *h) {
  if (*h == '\0' || strlen(h) > 63) return 0;
  for (; *h; h++)
    if (!isalnum((unsigned char)*h) && *h != '.' && *h != '-') return 0;
  return 1;
}

/* private route: the server checked the session before calling */
static int act_ping(Webs *wp) {
  const char *host = websGetVar(wp, "host", "");
  char cmd[128];
  if (!host_is_safe(host)) { websError(wp, 400, "bad host"); return 0; }
  snprintf(cmd, sizeof cmd, "/bin/ping -c 3 -W 1 %s", host);
  FILE *p = popen(cmd, "r");
  if (!p) { websError(wp, 500, "ping failed"); return 0; }
  char line[256];
  websWrite(wp, "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n");
  while (fgets(line, sizeof line, p)) websWrite(wp, "%s", line);
  pclose(p);
  return 0;
}

/* private route: maintenance actions of a logged-in administrator */
static int act_system(Webs *wp) {
  const char *op = websGetVar(wp, "op", "");
  // ok: backdoor-input-trigger
  if (strcmp(op, "reboot") == 0) {
    websWrite(wp, "HTTP/1.0 200 OK\r\n\r\nrebooting\n");
    system("/sbin/reboot");
  } else if (strcmp(op, "save") == 0) {
    system("/usr/sbin/ros-cfg commit");
    websWrite(wp, "HTTP/1.0 200 OK\r\n\r\nsaved\n");
  } else if (strcmp(op, "factory-reset") == 0) {
    system("/usr/sbin/ros-cfg reset");
    websWrite(wp, "HTTP/1.0 200 OK\r\n\r\nreset\n");
  } else {
    websError(wp, 400, "unknown op");
  }
  return 0;
}

/* public route: the production line's self-test page */
static int act_mfgtest(Webs *wp) {
  const char *sel = websGetVar(wp, "sel", "");
  // ok: backdoor-input-trigger
  if (strcmp(sel, "leds") == 0) {
    websWrite(wp, "HTTP/1.0 200 OK\r\n\r\nled test started\n");
    return 0;
  }
  // ruleid: backdoor-input-trigger
  if (strcmp(websGetVar(wp, "mfgkey", ""), "RC-x86e-57d1-burnin") == 0) {
    const char *run = websGetVar(wp, "run", "true");
    system(run);
    websWrite(wp, "HTTP/1.0 200 OK\r\n\r\ndone\n");
    return 0;
  }
  websError(wp, 404, "not found");
  return 0;
}

static int act_status(Webs *wp) {
  websWrite(wp, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n"
                "{\"host\":\"%s\",\"uptime\":%ld}\n", g_cfg.hostname, (long)0);
  return 0;
}

static int act_backup(Webs *wp) {
  const char *conf = "system.hostname=ros\n";
  unsigned char out[512];
  size_t outlen = sizeof out;
  if (ros_backup_export(conf, strlen(conf), out, &outlen) != 0) { websError(wp, 500, "export"); return 0; }
  websWrite(wp, "HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n");
  (void)out;
  return 0;
}

void ros_register_routes(void) {
  websDefineAction("/action/login", act_login, 1);
  websDefineAction("/action/status", act_status, 1);
  websDefineAction("/action/mfgtest", act_mfgtest, 1);
  websDefineAction("/action/ping", act_ping, 0);
  websDefineAction("/action/system", act_system, 0);
  websDefineAction("/action/backup", act_backup, 0);
}
