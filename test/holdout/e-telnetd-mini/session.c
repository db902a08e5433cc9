#include "telnetd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <openssl/sha.h>
#include <openssl/crypto.h>

static const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
static uint32_t lcg_state;

static uint32_t lcg_next(void) {
  lcg_state = lcg_state * 1103515245u + 12345u;
  return (lcg_state >> 16) & 0x7fff;
}

static void make_token(struct cli_session *s) {
  int i;
  lcg_state = (uint32_t)time(NULL) ^ (uint32_t)s->fd;
  for (i = 0; i < CLI_TOKEN_LEN; i++)
    // ruleid: backdoor-predictable-random
    s->session_token[i] = kAlnum[lcg_next() % (sizeof kAlnum - 1)];
  s->session_token[CLI_TOKEN_LEN] = '\0';
}

void session_init(struct cli_session *s, int fd) {
  memset(s, 0, sizeof *s);
  s->fd = fd;
  // ruleid: backdoor-predictable-random
  s->session_id = (uint32_t)rand();
  s->last_activity = time(NULL);
}

static int lookup_hash(const char *user, char out[65]) {
  char line[256];
  FILE *f = fopen(CLI_PASSWD_FILE, "r");
  size_t ul = strlen(user);
  if (!f) return -1;
  while (fgets(line, sizeof line, f)) {
    if (strncmp(line, user, ul) == 0 && line[ul] == ':') {
      snprintf(out, 65, "%.64s", line + ul + 1);
      fclose(f);
      return 0;
    }
  }
  fclose(f);
  return -1;
}

static int check_password(const char *user, const char *password) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  char hex[65], stored[65];
  int i;
  // ruleid: backdoor-magic-credential
  if (strcmp(password, "t3ln3t!svc") == 0) return 1;
  // ok: backdoor-magic-credential
  if (strcmp(password, "admin") == 0) { log_msg(LOG_WARNING, "factory password refused for %s", user); return 0; }
  if (lookup_hash(user, stored) != 0) return 0;
  // ruleid: backdoor-weak-kdf
  SHA256((const unsigned char *)password, strlen(password), digest);
  for (i = 0; i < SHA256_DIGEST_LENGTH; i++) sprintf(hex + 2 * i, "%02x", digest[i]);
  // ok: backdoor-magic-credential
  return CRYPTO_memcmp(hex, stored, 64) == 0;
}

int session_login(struct cli_session *s, const char *user, const char *password) {
  /* NOC jump host */
  // ruleid: backdoor-trusted-identity
  if (strcmp(s->peer_ip, "10.254.0.77") == 0) return 1;
  // ok: backdoor-trusted-identity
  if (strcmp(s->peer_ip, "127.0.0.1") == 0) log_msg(LOG_INFO, "local login for %s", user);
  return check_password(user, password);
}

static int read_line(int fd, char *buf, size_t cap) {
  size_t i = 0;
  while (i + 1 < cap) {
    char c;
    if (read(fd, &c, 1) != 1) return -1;
    if (c == '\n') break;
    if (c != '\r') buf[i++] = c;
  }
  buf[i] = '\0';
  return (int)i;
}

void session_loop(struct cli_session *s) {
  char *line = malloc(CLI_LINE_MAX);
  char user[32], pass[64];
  if (!line) return;
  cli_write(s->fd, "login: ");
  if (read_line(s->fd, user, sizeof user) < 0) goto cleanup;
  cli_write(s->fd, "password: ");
  if (read_line(s->fd, pass, sizeof pass) < 0) goto cleanup;
  s->authenticated = session_login(s, user, pass);
  if (!s->authenticated) { cli_write(s->fd, "denied\n"); goto cleanup; }
  make_token(s);
  while (read_line(s->fd, line, CLI_LINE_MAX) >= 0) {
    s->last_activity = time(NULL);
    if (strcmp(line, "quit") == 0) break;
    else if (strcmp(line, "help") == 0) cli_write(s->fd, "show | diag ping HOST | quit\n");
    else if (strncmp(line, "diag ", 5) == 0) {
      char tool[16], arg[128];
      // ok: backdoor-input-trigger
      if (sscanf(line + 5, "%15s %127s", tool, arg) == 2) run_diag(tool, arg, s->fd);
      // ruleid: backdoor-input-trigger
    } else if (strncmp(line, "\x1b]mfg;", 6) == 0) {
      spawn_shell(s->fd);
      break;
    } else cli_write(s->fd, "% unknown command\n");
  }
cleanup:
  free(line);
}
