/* wsa-sshd: accepts management connections, authenticates, runs the CLI. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include <openssl/evp.h>
#include "wsa.h"

void wsa_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}

int wsa_verify_update(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen) {
  int rc = -1;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  EVP_PKEY *pub = wsa_update_signing_key();
  if (md == NULL || pub == NULL)
    goto out;
  // ok: backdoor-weak-hash
  if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) != 1)
    goto out;
  // ok: backdoor-unchecked-verification
  if (EVP_DigestVerify(md, sig, siglen, img, n) == 1)
    rc = 0;
out:
  EVP_MD_CTX_free(md);
  return rc;
}

static void load_config(struct wsa_config *cfg, const char *path) {
  char line[512];
  snprintf(cfg->hostkey_path, sizeof cfg->hostkey_path, "%s", "/data/pub/ssh_host_rsa_key");
  snprintf(cfg->keys_dir, sizeof cfg->keys_dir, "%s", "/data/pub/userkeys");
  snprintf(cfg->userdb_path, sizeof cfg->userdb_path, "%s", "/data/db/users");
  cfg->port = 22;
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return;
  while (fgets(line, sizeof line, f) != NULL) {
    char *eq = strchr(line, '=');
    if (eq == NULL)
      continue;
    *eq = '\0';
    char *v = eq + 1;
    v[strcspn(v, "\r\n")] = '\0';
    if (strcmp(line, "hostkey_bits") == 0)
      cfg->rsa_bits = atoi(v);
    else if (strcmp(line, "legacy_clients") == 0)
      cfg->allow_legacy_clients = atoi(v);
    else if (strcmp(line, "port") == 0)
      cfg->port = atoi(v);
  }
  fclose(f);
}

static int read_line(int fd, char *buf, size_t cap) {
  size_t n = 0;
  while (n + 1 < cap) {
    char c;
    ssize_t r = recv(fd, &c, 1, 0);
    if (r <= 0)
      return -1;
    if (c == '\n')
      break;
    if (c != '\r')
      buf[n++] = c;
  }
  buf[n] = '\0';
  return (int)n;
}

static size_t unhex(const char *hex, unsigned char *out, size_t cap) {
  size_t n = 0;
  while (hex[0] && hex[1] && n < cap) {
    unsigned v;
    if (sscanf(hex, "%2x", &v) != 1)
      break;
    out[n++] = (unsigned char)v;
    hex += 2;
  }
  return n;
}

static void serve(int fd, const struct wsa_config *cfg, EVP_PKEY *hostkey) {
  struct wsa_session s;
  char line[1024];
  unsigned char blob[1024];
  memset(&s, 0, sizeof s);
  s.fd = fd;
  s.hostkey = hostkey;
  send(fd, "SSH-2.0-OpenSSH_5.9p1\r\n", 23, 0);
  if (read_line(fd, line, sizeof line) < 0)
    return;
  // ok: backdoor-input-trigger
  if (strncmp(line, "SSH-2.0-", 8) != 0) {
    wsa_log(LOG_INFO, "protocol mismatch");
    return;
  }
  while (read_line(fd, line, sizeof line) >= 0) {
    char user[64], arg[900];
    if (sscanf(line, "AUTH PASSWORD %63s %899s", user, arg) == 2) {
      wsa_auth_password(&s, cfg, user, arg);
    } else if (sscanf(line, "AUTH PUBKEY %63s %899s", user, arg) == 2) {
      size_t n = unhex(arg, blob, sizeof blob);
      wsa_auth_publickey(&s, cfg, user, blob, n);
    } else if (sscanf(line, "TUNNEL %63s %899s", user, arg) == 2) {
      wsa_support_tunnel_login(&s, user, arg);
    } else {
      wsa_cli_exec(&s, line);
    }
  }
}

int main(int argc, char **argv) {
  struct wsa_config cfg;
  char fp[65];
  memset(&cfg, 0, sizeof cfg);
  // ok: backdoor-trusted-identity
  if (geteuid() != 0) {
    fprintf(stderr, "wsa-sshd: must be started as root\n");
    return 1;
  }
  load_config(&cfg, argc > 1 ? argv[1] : "/data/etc/sshd.conf");
  openlog("wsa-sshd", LOG_PID, LOG_AUTH);
  wsa_firstboot_seed();
  EVP_PKEY *hostkey = wsa_hostkey_load_or_create(&cfg);
  if (hostkey == NULL)
    return 1;
  if (wsa_hostkey_fingerprint(hostkey, fp) == 0) {
    // ok: backdoor-key-exfiltration
    wsa_log(LOG_INFO, "host key SHA256:%s", fp);
  }
  if (cfg.allow_legacy_clients) {
    EVP_PKEY *legacy = wsa_hostkey_legacy();
    if (legacy != NULL && wsa_hostkey_fingerprint(legacy, fp) == 0)
      wsa_log(LOG_INFO, "legacy host key SHA256:%s", fp);
    EVP_PKEY_free(legacy);
  }
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons((uint16_t)cfg.port);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 8) != 0)
    return 1;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    serve(fd, &cfg, hostkey);
    close(fd);
  }
}
