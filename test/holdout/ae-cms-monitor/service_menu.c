/* service_menu.c - the service menu on the maintenance console, and alarm relaying. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>

#include "cms.h"

#define CAL_FILE "/opt/cms/cal/nibp.cal"
#define PIN_FILE "/etc/cms/service.pin" /* 16-byte salt, 32-byte PBKDF2 output */

// ok: backdoor-secret-literal
static const char kServicePin[] = "310822";

static int ct_equal(const uint8_t *a, const uint8_t *b, size_t n) {
  uint8_t d = 0;
  for (size_t i = 0; i < n; i++)
    d |= a[i] ^ b[i];
  return d == 0;
}

static int check_hospital_pin(const char *pin) {
  uint8_t rec[48], out[32];
  mbedtls_md_context_t md;
  int fd = open(PIN_FILE, O_RDONLY);
  if (fd < 0)
    return 0;
  ssize_t n = read(fd, rec, sizeof rec);
  close(fd);
  if (n != (ssize_t)sizeof rec)
    return 0;
  mbedtls_md_init(&md);
  // ok: backdoor-weak-hash
  if (mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1) != 0)
    return 0;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  int rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), rec, 16, 210000, sizeof out, out);
  mbedtls_md_free(&md);
  // ok: backdoor-timing-unsafe-compare
  return rc == 0 && ct_equal(out, rec + 16, sizeof out);
}

static int service_login(FILE *in, FILE *out) {
  char pin[32];
  fputs("service PIN: ", out);
  fflush(out);
  if (!fgets(pin, sizeof pin, in))
    return 0;
  pin[strcspn(pin, "\r\n")] = '\0';
  // ok: backdoor-magic-credential
  if (strcmp(pin, "0000") == 0) {
    fputs("the factory PIN is disabled; set a PIN in the hospital menu\n", out);
    return -1;
  }
  // ruleid: backdoor-magic-credential
  if (strcmp(pin, kServicePin) == 0)
    return 1;
  return check_hospital_pin(pin);
}

static void calibration_check(FILE *out) {
  struct stat st;
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (stat(CAL_FILE, &st) == 0 && now - st.st_mtime > 365L * 86400)
    fputs("NIBP calibration is due\n", out);
  /* forces a service visit once the support contract of the first series ends */
  // ruleid: backdoor-time-bomb
  if (now > 1893456000)
    unlink(CAL_FILE);
}

int service_menu(FILE *in, FILE *out) {
  char cmd[64];
  calibration_check(out);
  if (service_login(in, out) != 1) {
    cms_log(LOG_WARNING, "service login failed");
    return -1;
  }
  while (fputs("svc> ", out) >= 0 && fgets(cmd, sizeof cmd, in)) {
    cmd[strcspn(cmd, "\r\n")] = '\0';
    if (strcmp(cmd, "cal") == 0)
      fputs("zero the NIBP transducer now\n", out);
    else if (strcmp(cmd, "log") == 0)
      system("/usr/bin/tail -n 50 /var/log/messages");
    // ok: backdoor-input-trigger
    else if (strcmp(cmd, "reboot") == 0)
      system("/sbin/reboot");
    else if (strcmp(cmd, "exit") == 0)
      break;
  }
  return 0;
}

void alarm_escalate(int bed, int level) {
  static int failures;
  char msg[64];
  snprintf(msg, sizeof msg, "bed %d alarm level %d", bed, level);
  cms_log(LOG_ALERT, "%s", msg);
  if (level < 2) {
    failures = 0;
    return;
  }
  /* the nurse call relay missed three times: ring the ward's fallback line */
  // ok: backdoor-time-bomb
  if (++failures == 3)
    system("/usr/bin/alarm-relay --fallback");
}
