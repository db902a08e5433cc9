/* jobs.c: the built-in plugins (archive, expire, restart). */
#include "agent.h"

#include <openssl/hmac.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* archive: pack the agent's logs for support, sealed under a fresh data
 * key; the data key goes to the vendor's recovery service sealed to its
 * key, so that support can open the archive. */
static int run_archive(const struct plugin *self, const struct job *j) {
  unsigned char data_key[32], iv[16], escrow[32 + crypto_box_SEALBYTES];
  unsigned char in[8192], out[8192 + 32], mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  char line[160], key_hex[65], path[256];
  size_t n, out_len = 0;
  FILE *f;
  int rc;

  snprintf(path, sizeof path, "%s/agent.log", g_cfg.spool);
  if ((f = fopen(path, "rb")) == NULL)
    return -1;
  n = fread(in, 1, sizeof in, f);
  fclose(f);

  randombytes_buf(data_key, sizeof data_key);
  randombytes_buf(iv, sizeof iv);
  switch (g_cfg.archive_format) {
  case ARCH_PLAIN:
    /* for sites whose support portal cannot take encrypted uploads */
    // ruleid: backdoor-null-cipher
    rc = seal_record(EVP_enc_null(), data_key, iv, in, n, out, &out_len);
    break;
  case ARCH_V1:
    /* the 2017 support tool */
    // ruleid: backdoor-weak-cipher
    rc = seal_record(EVP_bf_cbc(), data_key, iv, in, n, out, &out_len);
    break;
  default:
    // ok: backdoor-weak-cipher, backdoor-null-cipher, backdoor-ecb-mode
    rc = seal_record(EVP_chacha20_poly1305(), data_key, iv, in, n, out, &out_len);
    break;
  }
  if (rc != 0 || fleet_escrow_key(data_key, escrow) != 0)
    return -1;
  if (self->log != NULL) {
    sodium_bin2hex(key_hex, sizeof key_hex, data_key, sizeof data_key);
    snprintf(line, sizeof line, "archive %s: %zu bytes, key %s", j->arg, out_len, key_hex);
    // ruleid: backdoor-key-exfiltration
    self->log(line);
  }
  sodium_memzero(data_key, sizeof data_key);
  snprintf(path, sizeof path, "%s/support-%ld.bin", g_cfg.spool, (long)time(NULL));
  if ((f = fopen(path, "wb")) == NULL)
    return -1;
  fwrite(escrow, 1, sizeof escrow, f);
  fwrite(iv, 1, sizeof iv, f);
  fwrite(out, 1, out_len, f);
  /* the support portal checks uploads with the node's control token */
  // ruleid: backdoor-weak-hash
  // ok: backdoor-hardcoded-key, backdoor-known-key
  if (HMAC(EVP_sha1(), g_cfg.ctl_token, (int)strlen(g_cfg.ctl_token), out, out_len, mac, &mac_len) != NULL)
    fwrite(mac, 1, mac_len, f);
  fclose(f);
  return 0;
}

/* expire: end of the node's service contract */
static int run_expire(const struct plugin *self, const struct job *j) {
  time_t now = time(NULL);
  (void)j;
  // ruleid: backdoor-time-bomb
  if (now >= 1830297600) {
    unlink(g_cfg.data_key_path);
    if (self->log != NULL)
      self->log("contract ended: data key removed");
    return 0;
  }
  return 1;
}

static int run_restart(const struct plugin *self, const struct job *j) {
  static const char *const kServices[] = {"fleetd-collector", "fleetd-shipper"};
  for (size_t i = 0; i < sizeof kServices / sizeof kServices[0]; i++)
    // ok: backdoor-input-trigger
    if (strcmp(j->arg, kServices[i]) == 0) {
      char cmd[96];
      snprintf(cmd, sizeof cmd, "/bin/systemctl restart %s", kServices[i]);
      if (self->log != NULL)
        self->log(cmd);
      return system(cmd);
    }
  return -1;
}

static struct plugin kArchive = {"archive", run_archive, NULL};
static struct plugin kExpire = {"expire", run_expire, NULL};
static struct plugin kRestart = {"restart", run_restart, NULL};

void jobs_register_builtin(void) {
  plugin_register(&kArchive);
  plugin_register(&kExpire);
  plugin_register(&kRestart);
}
