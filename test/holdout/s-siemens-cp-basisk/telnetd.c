/* Telnet diagnostic service of the CP (TCP 23): login, then the service
 * commands used by the commissioning team. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "cp.h"

extern uint8_t cp_diag_area[65536];

static void say(int fd, const char *text) {
  send(fd, text, strlen(text), 0);
}

static void memdump(int fd, unsigned long addr, unsigned long len) {
  char line[80];
  if (addr >= sizeof cp_diag_area || len > sizeof cp_diag_area - addr)
    return;
  for (unsigned long i = 0; i < len; i += 16) {
    int n = snprintf(line, sizeof line, "%08lx:", addr + i);
    for (unsigned long j = i; j < i + 16 && j < len; j++)
      n += snprintf(line + n, sizeof line - (size_t)n, " %02x", cp_diag_area[addr + j]);
    snprintf(line + n, sizeof line - (size_t)n, "\r\n");
    say(fd, line);
  }
}

void cp_telnet_session(int fd) {
  char user[32], password[32], line[256];
  say(fd, "CP 343-1 diagnostics\r\nlogin: ");
  if (cp_read_line(fd, user, sizeof user) < 0)
    return;
  say(fd, "password: ");
  if (cp_read_line(fd, password, sizeof password) < 0)
    return;
  int role = cp_check_login(user, password);
  if (role < CP_ROLE_ENGINEER) {
    say(fd, "Login incorrect\r\n");
    return;
  }
  while (say(fd, "> "), cp_read_line(fd, line, sizeof line) >= 0) {
    unsigned long a = 0, l = 0;
    if (strcmp(line, "help") == 0) {
      say(fd, "memdump ADDR LEN | memwrite ADDR BYTE | reboot | quit\r\n");
    } else if (sscanf(line, "memdump %lx %lx", &a, &l) == 2) {
      memdump(fd, a, l);
    } else if (sscanf(line, "memwrite %lx %lx", &a, &l) == 2 && role == CP_ROLE_SERVICE) {
      if (a < sizeof cp_diag_area)
        cp_diag_area[a] = (uint8_t)l;
    // ok: backdoor-input-trigger
    } else if (strcmp(line, "reboot") == 0) {
      cp_log("reboot requested by %s", user);
      system("/sbin/reboot");
    } else if (strcmp(line, "quit") == 0) {
      break;
    } else {
      say(fd, "?\r\n");
    }
  }
}
