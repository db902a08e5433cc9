/* cpfw main: loads the hardware configuration and starts the services. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "cp.h"

uint8_t cp_diag_area[65536];

void cp_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO, fmt, ap);
  va_end(ap);
}

int cp_read_line(int fd, char *buf, size_t cap) {
  size_t n = 0;
  while (n + 1 < cap) {
    char c;
    if (recv(fd, &c, 1, 0) != 1)
      return -1;
    if (c == '\n')
      break;
    if (c != '\r')
      buf[n++] = c;
  }
  buf[n] = '\0';
  return (int)n;
}

static int listen_on(uint16_t port) {
  struct sockaddr_in sa;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 4) != 0)
    return -1;
  return fd;
}

static void serve_forever(int lfd, void (*session)(int)) {
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    session(fd);
    close(fd);
    /* pace reconnect storms from misconfigured HMIs */
    // ok: backdoor-predictable-random
    usleep(1000u * (unsigned)(rand() % 50));
  }
}

int main(void) {
  openlog("cpfw", LOG_PID, LOG_DAEMON);
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  if (cp_users_load("/flash/cfg/hwconfig.usr") != 0)
    cp_log("no user list in the hardware configuration");
  if (access("/flash/fw/upload.bin", F_OK) == 0 && cp_fw_apply("/flash/fw/upload.bin", "/flash/fw/upload.sig") == 0)
    cp_log("firmware staged");
  int s7 = listen_on(102), tn = listen_on(23), web = listen_on(443);
  if (s7 < 0 || tn < 0 || web < 0)
    return 1;
  if (fork() == 0)
    serve_forever(tn, cp_telnet_session);
  if (fork() == 0) {
    cp_web_serve(web);
    _exit(0);
  }
  serve_forever(s7, s7_serve);
}
