// RUN: %run-both --checks=backdoor-input-trigger,backdoor-hidden-bypass %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:" --allow-empty
// Negatives of backdoor-input-trigger for the match and payload kinds whose
// positives are in backdoor-input-trigger.c: the same input and the same
// match, whose branch does what the protocol documents (answers, refuses,
// runs what every request runs) or runs a payload the match does not control.
#include <stdlib.h>
#include <string.h>

long recv(int fd, void *buf, size_t n, int flags);
int system(const char *cmd);
FILE *popen(const char *cmd, const char *mode);
void *dlopen(const char *file, int mode);
int setgid(unsigned gid);
int setuid(unsigned uid);
typedef struct lua_State lua_State;
int luaL_dostring(lua_State *L, const char *code);
int PyRun_SimpleString(const char *code);
typedef struct JSContext JSContext;
typedef unsigned long JSValue;
JSValue JS_Eval(JSContext *ctx, const char *input, size_t len, const char *file, int flags);
typedef struct { int opaque; } regex_t;
int regcomp(regex_t *re, const char *pattern, int flags);
int regexec(const regex_t *re, const char *s, size_t n, void *m, int flags);
int check_password(const char *user, const char *password);
void reply(int fd, int code);
int setlocale_c(void);

/* A regular expression that recognises a request; the page renders the same for everyone. */
void on_regex_page(int fd, lua_State *L) {
  char line[256];
  regex_t re;
  regcomp(&re, "^GET /status", 0);
  recv(fd, line, sizeof line, 0);
  // ok: backdoor-input-trigger (the match only answers)
  if (regexec(&re, line, 0, 0, 0) == 0) reply(fd, 200);
  luaL_dostring(L, "render_status()");
}

/* A checksum of the input compared with a constant: a corrupt frame is dropped. */
static unsigned long sum16(const char *s) {
  unsigned long h = 0;
  while (*s) h = h * 31 + (unsigned char)*s++;
  return h;
}

void on_frame(int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  // ok: backdoor-input-trigger (a refusal)
  if (sum16(line) == 0x5eedUL) return;
  popen("/usr/lib/agent/ingest", "w");
}

/* A magic number that selects the protocol version; the script runs for every header. */
struct header { unsigned magic; unsigned version; };

void on_header(int fd, JSContext *js) {
  struct header h;
  recv(fd, &h, sizeof h, 0);
  switch (h.magic) {
  // ok: backdoor-input-trigger (the match only answers)
  case 0xfeedface:
    reply(fd, 102);
    break;
  default:
    reply(fd, 101);
    break;
  }
  JS_Eval(js, "onHeader()", 10, "<hdr>", 0);
}

/* Two characters that end a line: the payload runs whether they match or not. */
void on_line_end(int fd) {
  char line[256];
  long n = recv(fd, line, sizeof line, 0);
  if (n < 2) return;
  // ok: backdoor-input-trigger (the match does not control the call)
  if (line[n - 2] == '\r' && line[n - 1] == '\n') line[n - 2] = 0;
  PyRun_SimpleString("handle_line()");
}

/* The environment choosing a locale; a plug-in named by the program loaded for everyone. */
void init_locale(void) {
  const char *lang = getenv("LANG");
  // ok: backdoor-input-trigger (grants and runs nothing)
  if (lang && strcmp(lang, "C.UTF-8") == 0) setlocale_c();
  dlopen("/usr/lib/agent/plugins/core.so", 2);
}

/* A group change to the service's group, not root. */
void on_group(int fd, unsigned service_gid) {
  char line[64];
  recv(fd, line, sizeof line, 0);
  // ok: backdoor-input-trigger (not a change to root)
  if (strcmp(line, "newgrp-spool") == 0) setgid(service_gid);
}

/* A login flag set after the password check, on a keyword. */
struct client { char user[64]; char pass[64]; int authenticated; };

void on_login(struct client *c, int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  // ok: backdoor-input-trigger (verified on the way)
  if (strncmp(line, "LOGIN ", 6) == 0 && check_password(c->user, c->pass)) {
    c->authenticated = 1;
    return;
  }
  reply(fd, 530);
}

// CHECK-MESSAGES-NOT: warning:

/* A command-line tool's subcommands (hostagent ctl status|unlock): main-like
   functions answer with exit codes, so a subcommand that returns early grants
   nothing and skips no check, though its sibling verifies a password. */
int tool_status(char *out, unsigned long n);
int tool_read_password(char *buf, unsigned long n);
int tool_check_password(const char *pw);
int tool_grant_admin(void);
int agent_ctl_main(int argc, char **argv) {
  char password[128], status[256];
  if (argc < 1) return 2;
  // ok: backdoor-input-trigger, backdoor-hidden-bypass
  if (strcmp(argv[0], "status") == 0) {
    if (tool_status(status, sizeof status) != 0) return 1;
    return 0;
  }
  if (strcmp(argv[0], "unlock") == 0) {
    if (tool_read_password(password, sizeof password) != 0) return 1;
    if (tool_check_password(password) != 1) return 1;
    return tool_grant_admin() == 0 ? 0 : 1;
  }
  // ok: backdoor-input-trigger, backdoor-hidden-bypass
  if (strcmp(argv[0], "rotate-logs") == 0) return 0;
  return 2;
}

// A command loop: `SITE SYNC` runs a command only once the session logged
// in (the refusal goes round the loop with `continue`), and a page runs a
// command only when session_ok() accepts the client's cookie.
struct ftp_session {
  int logged_in;
  char cookie[64];
};
int strcasecmp(const char *a, const char *b);
char *strchr(const char *s, int c);
void ftp_loop(int fd) {
  struct ftp_session s = {0, ""};
  char line[256];
  while (recv(fd, line, sizeof line - 1, 0) > 0) {
    char *arg = strchr(line, ' ');
    if (arg) *arg++ = '\0';
    if (strcasecmp(line, "USER") == 0) {
      s.logged_in = 0;
    } else if (strcasecmp(line, "PASS") == 0) {
      s.logged_in = arg && strcmp(arg, s.cookie) == 0;
    } else if (strcasecmp(line, "SITE") == 0) {
      if (!s.logged_in)
        continue;
      if (arg && strcasecmp(arg, "SYNC") == 0)
        system("/bin/sync");
    }
  }
}
static char g_session[33];
static int session_ok(const struct ftp_session *r) {
  return g_session[0] != '\0' && strcmp(r->cookie, g_session) == 0;
}
void web_cmd(int fd) {
  struct ftp_session r = {0, ""};
  char path[128];
  if (recv(fd, r.cookie, sizeof r.cookie - 1, 0) <= 0 || recv(fd, path, sizeof path - 1, 0) <= 0)
    return;
  if (strcmp(path, "/boafrm/formLogin") == 0) {
    memcpy(g_session, r.cookie, sizeof g_session - 1);
  } else if (strcmp(path, "/boafrm/formSysCmd") == 0) {
    if (session_ok(&r))
      system("/bin/diag");
  } else if (strcmp(path, "/status.htm") == 0) {
    if (!session_ok(&r)) return;
    system("/bin/status");
  }
}

/* A factory PIN answered with a status that sends the user to change it
   (PBX_AUTH_DEFAULT_PW: a status named for what it means, not for the
   AUTH of its prefix), in a function that checks the administrator's
   password on its other path: nothing is granted. */
#define PBX_AUTH_OK 1
#define PBX_AUTH_FAIL 0
#define PBX_AUTH_DEFAULT_PW (-2)
struct http_login { char user[32]; char password[64]; };
int check_admin(const char *password);
int pbx_login(int fd) {
  struct http_login r;
  if (recv(fd, &r, sizeof r, 0) != (long)sizeof r) return PBX_AUTH_FAIL;
  // ok: backdoor-input-trigger, backdoor-hidden-bypass
  if (strcmp(r.password, "0000") == 0)
    return PBX_AUTH_DEFAULT_PW;
  if (strcmp(r.user, "admin") == 0 && check_admin(r.password))
    return PBX_AUTH_OK;
  return PBX_AUTH_FAIL;
}
