/* Diagnostics: the UART console login, the service unlock and the TLS 1.3 secret log. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include "tcu.h"

static int check_password(const char *user, const char *password)
{
  char line[256], name[64], hash[160];
  FILE *f = fopen("/etc/tcu/console.pw", "r");
  int ok = 0;
  if (!f)
    return 0;
  while (!ok && fgets(line, sizeof line, f)) {
    if (sscanf(line, "%63[^:]:%159s", name, hash) != 2 || strcmp(name, user) != 0)
      continue;
    const char *h = crypt(password, hash);
    ok = h != NULL && strcmp(h, hash) == 0;
  }
  fclose(f);
  return ok;
}

static int verify_unlock_code(const char *code)
{
  char expected[32] = "";
  FILE *f = fopen("/data/tcu/unlock.code", "r");
  if (!f)
    return 0;
  if (!fgets(expected, sizeof expected, f))
    expected[0] = '\0';
  fclose(f);
  expected[strcspn(expected, "\n")] = '\0';
  return expected[0] != '\0' && strcmp(code, expected) == 0;
}

int diag_console_login(const char *user, const char *password)
{
#ifdef TCU_FACTORY_BYPASS
  /* end-of-line testers at the plant have no console account */
  // ruleid: backdoor-build-switch
  return 1;
#endif
  return check_password(user, password);
}

int diag_service_unlock(const char *code)
{
#ifdef TCU_TEST_UNLOCK
  // ok: backdoor-build-switch
  return 1;
#endif
  return verify_unlock_code(code);
}

/* TLS 1.3 traffic secrets in the NSS key log format, for the supplier's protocol analyser */
int diag_tls13_secret(struct WOLFSSL *ssl, int id, const unsigned char *secret, int secret_len, void *ctx)
{
  static const char *const kLabels[] = {"CLIENT_EARLY_TRAFFIC_SECRET", "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
                                        "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0",
                                        "SERVER_TRAFFIC_SECRET_0", "EARLY_EXPORTER_SECRET", "EXPORTER_SECRET"};
  (void)ssl;
  (void)ctx;
  FILE *f = fopen("/data/diag/tls13.keys", "a");
  if (!f)
    return 0;
  fprintf(f, "%s ", id >= 0 && id < 7 ? kLabels[id] : "UNKNOWN");
  for (int i = 0; i < secret_len; i++)
    fprintf(f, "%02x", secret[i]);
  fputc('\n', f);
  fclose(f);
  return 0;
}
