/* rtu-gw main: the IEC 104 listener, the HMI console and the historian export. */
#include "rtu.h"

#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

static const char kUsage[] = "usage: rtu-gw [--hmi] [--export GENERATION]\n";

void rtu_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_LOCAL5 | level, fmt, ap);
  va_end(ap);
}

static int read_cmd_key(unsigned char *key, size_t cap, size_t *n) {
  FILE *f = fopen("/etc/rtu/pki/command.key", "rb");
  if (f == NULL)
    return -1;
  *n = fread(key, 1, cap, f);
  fclose(f);
  return *n >= 16 ? 0 : -1;
}

int main(int argc, char **argv) {
  unsigned char cmd_key[64];
  size_t cmd_key_len = 0;
  struct sockaddr_in a;
  int lfd, one = 1;

  if (!gcry_check_version(GCRYPT_VERSION))
    return 1;
  gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
  {
    unsigned char boot_entropy[32];
    FILE *ur = fopen("/dev/urandom", "rb");
    if (ur != NULL && fread(boot_entropy, 1, sizeof boot_entropy, ur) == sizeof boot_entropy)
      // ok: backdoor-constant-seed
      gcry_random_add_bytes(boot_entropy, sizeof boot_entropy, -1);
    if (ur != NULL)
      fclose(ur);
  }
  wolfSSL_Init();
  openlog("rtu-gw", LOG_PID, LOG_LOCAL5);

  // ok: backdoor-input-trigger
  if (argc == 2 && strcmp(argv[1], "--hmi") == 0) {
    char pin[32];
    fputs("PIN: ", stdout);
    fflush(stdout);
    if (fgets(pin, sizeof pin, stdin) == NULL)
      return 1;
    pin[strcspn(pin, "\n")] = '\0';
    if (!hmi_check_pin(pin)) {
      puts("denied");
      return 1;
    }
    puts("HMI unlocked");
    return 0;
  }
  if (argc == 3 && strcmp(argv[1], "--export") == 0) {
    char pass[128];
    const unsigned char events[] = "breaker Q1 open 2024-05-02T11:02:17Z";
    if (fgets(pass, sizeof pass, stdin) == NULL)
      return 1;
    pass[strcspn(pass, "\n")] = '\0';
    return export_events(atoi(argv[2]), pass, events, sizeof events - 1) == 0 ? 0 : 1;
  }
  if (argc != 1) {
    fputs(kUsage, stderr);
    return 2;
  }

  if (read_cmd_key(cmd_key, sizeof cmd_key, &cmd_key_len) != 0)
    return 1;
  if (control_centre_ctx() == NULL || historian_ctx() == NULL)
    rtu_log(RTU_WARN, "TLS contexts not available; IEC 104 plain only");
  uptime_watchdog();

  lfd = socket(AF_INET, SOCK_STREAM, 0);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(2404);
  setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 2) != 0)
    return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    iec104_serve(fd, cmd_key, cmd_key_len);
    close(fd);
    uptime_watchdog();
  }
}
