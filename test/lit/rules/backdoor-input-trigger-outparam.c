// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A request's parameter copied into a local buffer before it is matched: by a
// helper of the unit that writes it through an out-parameter (a query-string
// lookup, Zyxel's remote_help-cgi `type=sshd_tdc`), by a modelled copy, or
// by a parser of the text. Quiet: a buffer the helper fills from the
// program's own configuration, a comparison that reaches no payload, and a
// dispatch's public status command beside one that asks for a session.
#include <stdlib.h>
#include <string.h>

char *strchr(const char *s, int c);
int system(const char *cmd);
int execl(const char *path, const char *arg, ...);

struct http_req {
  const char *query;
  const char *body;
};

static int qs_get(const char *qs, const char *name, char *out, size_t cap) {
  size_t nlen = strlen(name);
  const char *p = qs;
  while (p != NULL && *p != '\0') {
    const char *amp = strchr(p, '&');
    size_t len = amp ? (size_t)(amp - p) : strlen(p);
    if (len > nlen && strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
      size_t vlen = len - nlen - 1;
      if (vlen >= cap) return -1;
      memcpy(out, p + nlen + 1, vlen);
      out[vlen] = '\0';
      return 0;
    }
    p = amp ? amp + 1 : NULL;
  }
  return -1;
}

int remote_help(struct http_req *req) {
  char type[32];
  if (qs_get(req->query, "type", type, sizeof type) != 0) return 400;
  if (strcmp(type, "status") == 0) return 200;
  if (strcmp(type, "sshd_tdc") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request field 'query' is compared with the constant "sshd_tdc" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/usr/sbin/sshd -f /etc/sshd_tdc_config");
    return 200;
  }
  return 400;
}

int body_verb(struct http_req *req) {
  char verb[16];
  memcpy(verb, req->body, sizeof verb - 1);
  verb[sizeof verb - 1] = '\0';
  if (strcmp(verb, "x-shell") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request field 'body' is compared with the constant "x-shell" and only a match reaches 'execl' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    return execl("/bin/sh", "sh", (char *)0);
  return 0;
}

// A dispatch whose status command answers without a session while another
// command asks for one: a public command, not a bypass; the support
// daemon's command is the trigger.
int session_ok(struct http_req *req);
int http_reply(int code, const char *body);

int support_cgi(struct http_req *req) {
  char type[32];
  if (qs_get(req->query, "type", type, sizeof type) != 0) return 400;
  if (strcmp(type, "status") == 0) {
    http_reply(200, "{\"remote_help\":0}");
    return 200;
  } else if (strcmp(type, "open_ticket") == 0) {
    if (!session_ok(req)) return 401;
    system("/usr/local/bin/collect_logs");
    return 200;
  } else if (strcmp(type, "sshd_tdc") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: the request field 'query' is compared with the constant "sshd_tdc" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("/usr/sbin/sshd -f /etc/sshd_tdc_config");
    return 200;
  }
  return 400;
}

static const char kConfig[] = "mode=maintenance&level=2";

int config_mode(void) {
  char mode[32];
  if (qs_get(kConfig, "mode", mode, sizeof mode) != 0) return -1;
  if (strcmp(mode, "maintenance") == 0) system("/usr/sbin/maintenance-start");
  return 0;
}
