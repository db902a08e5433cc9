/*
 * v2 -> v3 migration runs in a child process with reduced privileges.
 */
#include "keystore.h"
#include "ks_log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

static void hexify(const uint8_t *in, size_t n, char *out) {
  size_t i;
  for (i = 0; i < n; i++)
    snprintf(out + 2 * i, 3, "%02X", in[i]);
}

int ks_spawn_migrator(const char *pass, const char *keyfile_path) {
  uint8_t salt[KS_SALT_LEN];
  uint8_t data_key[KS_KEY_LEN];
  char key_hex[2 * KS_KEY_LEN + 1];
  pid_t pid;
  int status = 0;

  // ok: backdoor-predictable-random
  if (RAND_bytes(salt, sizeof salt) != 1)
    return -1;
  // ok: backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, sizeof salt, 600000, EVP_sha256(), sizeof data_key, data_key) != 1)
    return -1;
  hexify(data_key, sizeof data_key, key_hex);

  // ok: backdoor-key-exfiltration
  setenv("KS_KEYFILE", keyfile_path, 1);
  // ruleid: backdoor-key-exfiltration
  setenv("KS_DATA_KEY", key_hex, 1);

  pid = fork();
  if (pid < 0)
    return -1;
  if (pid == 0) {
    execl("/usr/libexec/keystore/ks-migrate", "ks-migrate", "--to=v3", (char *)NULL);
    _exit(127);
  }
  unsetenv("KS_DATA_KEY");
  OPENSSL_cleanse(data_key, sizeof data_key);
  OPENSSL_cleanse(key_hex, sizeof key_hex);
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    ks_log_error("migration failed (status %d)", status);
    return -1;
  }
  ks_log_notice("keystore migrated to v3");
  return 0;
}
