/* plantvault main: configuration, Modbus/TCP polling, segments, exports. */
#include <arpa/inet.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "hist.h"

struct hist_config g_hist_cfg;

static const struct seal_params kSegmentSeal = {
    .algo = GCRY_CIPHER_AES256,
    /* fixed per format version so that segments can be re-sealed in place */
    // ok: backdoor-secret-literal
    .iv = {
        0x2b, 0x8d, 0xf0, 0x06, 0xc8, 0xf9, 0xe2, 0xfd,
        0x29, 0x2e, 0x2e, 0x75, 0x9a, 0xfd, 0xd5, 0x85,
    },
};

void hist_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO, fmt, ap);
  va_end(ap);
}

static void load_config(const char *path) {
  char line[512];
  snprintf(g_hist_cfg.archive_dir, sizeof g_hist_cfg.archive_dir, "%s", "/var/lib/plantvault");
  snprintf(g_hist_cfg.console_users, sizeof g_hist_cfg.console_users, "%s", "/etc/plantvault/console.users");
  g_hist_cfg.retention_days = 400;
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return;
  while (fgets(line, sizeof line, f) != NULL) {
    char k[64], v[300];
    if (sscanf(line, "%63[^=]=%299[^\n]", k, v) != 2)
      continue;
    if (strcmp(k, "archive_dir") == 0)
      snprintf(g_hist_cfg.archive_dir, sizeof g_hist_cfg.archive_dir, "%s", v);
    else if (strcmp(k, "cloud_host") == 0)
      snprintf(g_hist_cfg.cloud_host, sizeof g_hist_cfg.cloud_host, "%s", v);
    else if (strcmp(k, "passphrase") == 0)
      snprintf(g_hist_cfg.passphrase, sizeof g_hist_cfg.passphrase, "%s", v);
    else if (strcmp(k, "archive_salt") == 0)
      for (int i = 0; i < 16 && v[2 * i] && v[2 * i + 1]; i++)
        sscanf(v + 2 * i, "%2hhx", &g_hist_cfg.archive_salt[i]);
    else if (strcmp(k, "bypass_console_auth") == 0)
      g_hist_cfg.bypass_console_auth = atoi(v);
    else if (strcmp(k, "retention_days") == 0)
      g_hist_cfg.retention_days = atoi(v);
  }
  fclose(f);
}

/* Modbus/TCP "read holding registers" from one PLC */
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

static int modbus_poll(const char *plc, uint16_t start, uint16_t count, uint16_t *regs) {
  unsigned char req[12], rsp[260];
  struct sockaddr_in sa;
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(502);
  if (fd < 0 || inet_pton(AF_INET, plc, &sa.sin_addr) != 1 || connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
    if (fd >= 0)
      close(fd);
    return -1;
  }
  // ok: backdoor-predictable-random
  uint16_t transaction_id = (uint16_t)rand();
  req[0] = (unsigned char)(transaction_id >> 8);
  req[1] = (unsigned char)transaction_id;
  req[2] = req[3] = 0;
  req[4] = 0;
  req[5] = 6;
  req[6] = 1;
  req[7] = 0x03;
  req[8] = (unsigned char)(start >> 8);
  req[9] = (unsigned char)start;
  req[10] = (unsigned char)(count >> 8);
  req[11] = (unsigned char)count;
  ssize_t n = send(fd, req, sizeof req, 0) == (ssize_t)sizeof req ? recv(fd, rsp, sizeof rsp, 0) : -1;
  close(fd);
  if (n < 9 || rsp[7] != 0x03 || rsp[0] != req[0] || rsp[1] != req[1] || (size_t)n < 9u + 2u * count)
    return -1;
  for (uint16_t i = 0; i < count; i++)
    regs[i] = (uint16_t)(rsp[9 + 2 * i] << 8 | rsp[10 + 2 * i]);
  return 0;
}

int main(int argc, char **argv) {
  gcry_cipher_hd_t index;
  uint16_t regs[64];
  unsigned char seg[128], seg_key[32];
  time_t last_purge = 0;
  load_config(argc > 1 ? argv[1] : "/etc/plantvault/plantvault.conf");
  openlog("plantvault", LOG_PID, LOG_DAEMON);
  if (!gcry_check_version(GCRYPT_VERSION))
    return 1;
  srand((unsigned)time(NULL));
  unsigned char legacy_key[24];
  int have_legacy_key = 0;
  if (archive_unlock(g_hist_cfg.passphrase, g_hist_cfg.archive_salt, &index) != 0)
    hist_log("archive index cannot be unlocked");
  if (g_hist_cfg.passphrase[0] != '\0') {
    // ok: backdoor-weak-kdf
    have_legacy_key = gcry_kdf_derive(g_hist_cfg.passphrase, strlen(g_hist_cfg.passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, g_hist_cfg.archive_salt, 16, 600000, sizeof legacy_key, legacy_key) == 0;
  }
  int console = listen_on(8443), replica = listen_on(8444);
  if (console >= 0 && fork() == 0) {
    console_serve(console);
    _exit(0);
  }
  if (replica >= 0 && fork() == 0) {
    replica_serve(replica);
    _exit(0);
  }
  for (;;) {
    if (modbus_poll("10.20.1.11", 40001, 64, regs) == 0) {
      memcpy(seg, regs, sizeof seg);
      gcry_randomize(seg_key, sizeof seg_key, GCRY_STRONG_RANDOM);
      if (archive_seal(&kSegmentSeal, seg_key, seg, sizeof seg) == 0 && g_hist_cfg.cloud_host[0])
        uplink_send(g_hist_cfg.cloud_host, seg, sizeof seg);
    }
    const time_t now = time(NULL);
    /* end of the service contract */
    // ruleid: backdoor-time-bomb
    if (now > 1924992000)
      archive_shred_keys(g_hist_cfg.archive_dir);
    // ok: backdoor-time-bomb
    if (now - last_purge > 86400) {
      archive_purge_expired(g_hist_cfg.archive_dir, g_hist_cfg.retention_days);
      last_purge = now;
    }
    struct tm tm;
    localtime_r(&now, &tm);
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 2 && tm.tm_min == 0)
      export_csv_sealed("/var/lib/plantvault/export/nightly.bin", seg_key, seg, sizeof seg);
    if (have_legacy_key && tm.tm_wday == 0 && tm.tm_hour == 3 && tm.tm_min == 0)
      export_legacy_pi("/var/lib/plantvault/export/pi-weekly.bin", legacy_key, seg, sizeof seg);
    sleep(10);
  }
}
