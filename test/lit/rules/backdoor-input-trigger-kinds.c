// RUN: %run-both --checks=backdoor-input-trigger %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Every input, match and payload kind of backdoor-input-trigger, one small
// daemon each (docs/hidden-functionality-coverage.md names the cells). Each
// positive has a negative beside it: the same input and match whose branch
// does what the protocol documents, or a payload the match does not control.
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef int pid_t;
struct sockaddr;
extern FILE *stdin;
long recv(int fd, void *buf, size_t n, int flags);
long recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from, unsigned *len);
long sendto(int fd, const void *buf, size_t n, int flags, const void *to, unsigned len);
long getline(char **line, size_t *cap, FILE *f);
int sscanf(const char *s, const char *fmt, ...);
int strcasecmp(const char *a, const char *b);
char *strcasestr(const char *h, const char *n);
char *strchr(const char *s, int c);
char *strtok(char *s, const char *delim);
int posix_spawn(pid_t *pid, const char *path, const void *fa, const void *attr,
                char *const argv[], char *const envp[]);
int execvp(const char *file, char *const argv[]);
int execve(const char *path, char *const argv[], char *const envp[]);
int setgid(unsigned gid);
int setuid(unsigned uid);
int seteuid(unsigned uid);
int system(const char *cmd);
int check_password(const char *user, const char *password);
void reply(int fd, int code);
void send_file(int fd, const char *name);
extern char **environ;

/* TLS and BIO. */
typedef struct ssl_st SSL;
typedef struct bio_st BIO;
int SSL_read(SSL *ssl, void *buf, int num);
int SSL_write(SSL *ssl, const void *buf, int num);
int BIO_read(BIO *b, void *buf, int len);
int BIO_gets(BIO *b, char *buf, int size);
/* Embedded interpreters. */
int PyRun_SimpleString(const char *code);
int zend_eval_string(const char *str, void *retval, const char *name);
typedef struct duk_hthread duk_context;
void duk_eval_string(duk_context *ctx, const char *src);
typedef struct JSContext JSContext;
typedef unsigned long JSValue;
JSValue JS_Eval(JSContext *ctx, const char *input, size_t len, const char *file, int flags);
typedef struct Tcl_Interp Tcl_Interp;
int Tcl_Eval(Tcl_Interp *interp, const char *script);
/* libevent. */
struct evbuffer;
struct evhttp_request;
struct evkeyvalq;
char *evbuffer_readln(struct evbuffer *b, size_t *n, int style);
int evbuffer_remove(struct evbuffer *b, void *data, size_t len);
const char *evhttp_find_header(const struct evkeyvalq *headers, const char *key);
const char *evhttp_request_get_uri(const struct evhttp_request *req);
struct evkeyvalq *evhttp_request_get_input_headers(struct evhttp_request *req);
void evhttp_send_reply(struct evhttp_request *req, int code, const char *reason, struct evbuffer *b);

/* recvfrom, strcasecmp, posix_spawn: a knock datagram runs the rest. */
void udp_control(int s) {
  char pkt[512];
  unsigned flen = 0;
  long n = recvfrom(s, pkt, sizeof pkt - 1, 0, 0, &flen);
  if (n <= 0) return;
  pkt[n] = 0;
  char *arg = strchr(pkt, ' ');
  if (!arg) return;
  *arg++ = 0;
  // ruleid: backdoor-input-trigger
  if (strcasecmp(pkt, "zz-upd8") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recvfrom' is compared with the constant "zz-upd8" and only a match reaches 'posix_spawn' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    char *av[] = {"/bin/sh", "-c", arg, 0};
    pid_t pid;
    posix_spawn(&pid, "/bin/sh", 0, 0, av, environ);
  }
}

/* The same datagram: the keyword answers, and the status script runs for every datagram. */
void udp_status(int s) {
  char pkt[512];
  unsigned flen = 0;
  long n = recvfrom(s, pkt, sizeof pkt - 1, 0, 0, &flen);
  if (n <= 0) return;
  pkt[n] = 0;
  // ok: backdoor-input-trigger (the match answers; the payload does not depend on it)
  if (strcasecmp(pkt, "ping") == 0) sendto(s, "pong", 4, 0, 0, flen);
  char *av[] = {"/usr/lib/agent/status", 0};
  pid_t pid;
  posix_spawn(&pid, av[0], 0, 0, av, environ);
}

/* fgets on standard input (an inetd service), memcmp, execvp. */
void inetd_service(void) {
  char line[256];
  if (!fgets(line, sizeof line, stdin)) return;
  // ruleid: backdoor-input-trigger
  if (memcmp(line, "\x1b[5n!", 5) == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'fgets' is compared with the constant "\x1b[5n!" and only a match reaches 'execvp' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    char *av[] = {"sh", "-i", 0};
    execvp("sh", av);
  }
  puts("220 ready");
}

/* The same service: the help text for a keyword, the program's own helper otherwise. */
void inetd_help(void) {
  char line[256];
  if (!fgets(line, sizeof line, stdin)) return;
  // ok: backdoor-input-trigger (the match only prints)
  if (memcmp(line, "HELP", 4) == 0) { puts("214 commands: HELP QUIT"); return; }
  char *av[] = {"/usr/lib/svc/handle", line, 0};
  execvp(av[0], av);
}

/* getline on standard input, strncmp, execve. */
void console_loop(void) {
  char *line = 0;
  size_t cap = 0;
  while (getline(&line, &cap, stdin) > 0) {
    // ruleid: backdoor-input-trigger
    if (strncmp(line, ".~fx ", 5) == 0) {
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'getline' is compared with the constant ".~fx " and only a match reaches 'execve' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
      char *av[] = {"/bin/sh", "-c", line + 5, 0};
      execve("/bin/sh", av, environ);
    }
    puts(line);
  }
}

/* getline with a keyword that quits: the payload runs when it does not match. */
void console_quit(void) {
  char *line = 0;
  size_t cap = 0;
  while (getline(&line, &cap, stdin) > 0) {
    // ok: backdoor-input-trigger (reached when the input does not match)
    if (strncmp(line, "quit", 4) == 0) break;
    char *av[] = {"/usr/bin/logger", "-t", "console", 0};
    execve(av[0], av, environ);
  }
}

/* SSL_read, strcasestr, Python evaluation. */
void tls_request(SSL *ssl) {
  char req[4096];
  int n = SSL_read(ssl, req, sizeof req - 1);
  if (n <= 0) return;
  req[n] = 0;
  char *h = strcasestr(req, "X-Py-Hook: ");
  // ruleid: backdoor-input-trigger
  if (h)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'SSL_read' is compared with the constant "X-Py-Hook: " and only a match reaches 'PyRun_SimpleString' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
    PyRun_SimpleString(h + 11);
  SSL_write(ssl, "HTTP/1.0 200 OK\r\n\r\n", 19);
}

/* SSL_read: a header that only changes the answer. */
void tls_keepalive(SSL *ssl) {
  char req[4096];
  int n = SSL_read(ssl, req, sizeof req - 1);
  if (n <= 0) return;
  req[n] = 0;
  // ok: backdoor-input-trigger (grants and runs nothing)
  if (strcasestr(req, "Connection: keep-alive"))
    SSL_write(ssl, "Connection: keep-alive\r\n", 24);
}

/* BIO_gets, strstr, PHP's Zend evaluation. */
void bio_handler(BIO *b) {
  char line[1024];
  while (BIO_gets(b, line, sizeof line) > 0) {
    // ruleid: backdoor-input-trigger
    if (strstr(line, "X-Zend-Op: ") == line)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'BIO_gets' is compared with the constant "X-Zend-Op: " and only a match reaches 'zend_eval_string' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
      zend_eval_string(line + 11, 0, "hook");
  }
}

/* BIO_read: the evaluation the page asks for runs for every request, not on a match. */
void bio_page(BIO *b, const char *script) {
  char line[1024];
  int n = BIO_read(b, line, sizeof line - 1);
  if (n <= 0) return;
  line[n] = 0;
  // ok: backdoor-input-trigger (the match does not control the evaluation)
  if (strstr(line, "Accept-Encoding: gzip")) line[0] = 0;
  zend_eval_string(script, 0, "page");
}

/* libevent: a line from an evbuffer, strncmp, a JavaScript engine. */
void ev_line(struct evbuffer *in, duk_context *ctx, JSContext *js) {
  size_t n;
  char *line = evbuffer_readln(in, &n, 0);
  if (!line) return;
  // ruleid: backdoor-input-trigger
  if (strncmp(line, "JSX:", 4) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'evbuffer_readln' is compared with the constant "JSX:" and only a match reaches 'duk_eval_string' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
    duk_eval_string(ctx, line + 4);
  char msg[256];
  evbuffer_remove(in, msg, sizeof msg);
  // ruleid: backdoor-input-trigger
  if (memcmp(msg, "\xfe\xedqjs", 5) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'evbuffer_remove' is compared with the constant "\xfe\xedqjs" and only a match reaches 'JS_Eval' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
    JS_Eval(js, msg + 5, strlen(msg + 5), "<msg>", 0);
}

/* libevent: a line dispatched among protocol commands, none of which authenticates. */
void ev_dispatch(struct evbuffer *in, duk_context *ctx) {
  size_t n;
  char *line = evbuffer_readln(in, &n, 0);
  if (!line) return;
  if (strncmp(line, "PING", 4) == 0) puts("PONG");
  else if (strncmp(line, "STAT", 4) == 0) puts("0");
  // ok: backdoor-input-trigger (dispatch without authentication anywhere)
  else if (strncmp(line, "EVAL", 4) == 0) duk_eval_string(ctx, "stats()");
}

/* libevent's HTTP server: a header value (a misspelled User-Agent) evaluated, and a URI run as Tcl. */
void http_cb(struct evhttp_request *req, Tcl_Interp *tcl) {
  const char *ua = evhttp_find_header(evhttp_request_get_input_headers(req), "User-Agentt");
  // ruleid: backdoor-input-trigger
  if (ua && strncmp(ua, "zerodium", 8) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: input read by 'evhttp_find_header' is compared with the constant "zerodium" and only a match reaches 'zend_eval_string' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
    zend_eval_string(ua + 8, 0, "REMOVETHIS: sold to zerodium, mid 2017");
  const char *uri = evhttp_request_get_uri(req);
  // ruleid: backdoor-input-trigger
  if (strstr(uri, "/.tcl-dbg?"))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'evhttp_request_get_uri' is compared with the constant "/.tcl-dbg?" and only a match reaches 'Tcl_Eval' (code evaluation); whoever sends the constant runs code of their choice [backdoor-input-trigger]
    Tcl_Eval(tcl, strchr(uri, '?') + 1);
  evhttp_send_reply(req, 200, "OK", 0);
}

/* libevent's HTTP server: a header that selects the content, and the server's own script for every request. */
void http_page(struct evhttp_request *req, Tcl_Interp *tcl) {
  const char *accept = evhttp_find_header(evhttp_request_get_input_headers(req), "Accept");
  // ok: backdoor-input-trigger (grants and runs nothing)
  if (accept && strstr(accept, "application/json")) { evhttp_send_reply(req, 200, "OK", 0); return; }
  Tcl_Eval(tcl, "render_page");
}

/* IRC: a parser fills a message record; PRIVMSG text equal to a constant makes the bot root. */
struct irc_msg { char nick[32]; char command[16]; char trailing[256]; };

static void irc_parse(struct irc_msg *m, const char *line) {
  sscanf(line, ":%31[^!]%*s %15s %*s :%255[^\r\n]", m->nick, m->command, m->trailing);
}

void irc_bot(int fd) {
  char line[512];
  struct irc_msg m;
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0) return;
  line[n] = 0;
  irc_parse(&m, line);
  // ruleid: backdoor-input-trigger
  if (strcmp(m.trailing, "!r00t 5f2a") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "!r00t 5f2a" and only a match reaches 'setgid' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
  // (One finding for the match: setuid(0) after it is a payload of the same kind.)
    setgid(0);
    setuid(0);
  }
}

/* IRC: the protocol's PING is answered; nothing else. */
void irc_ping(int fd) {
  char line[512];
  struct irc_msg m;
  long n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0) return;
  line[n] = 0;
  irc_parse(&m, line);
  // ok: backdoor-input-trigger (the protocol's keep-alive)
  if (strcmp(m.command, "PING") == 0) reply(fd, 0);
}

/* A token read with sscanf: the effective user id back to root. */
void admin_socket(int fd) {
  char line[256], verb[32], arg[128];
  recv(fd, line, sizeof line, 0);
  if (sscanf(line, "%31s %127s", verb, arg) != 2) return;
  // ruleid: backdoor-input-trigger
  if (strcmp(verb, "elev8-0x51") == 0) seteuid(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "elev8-0x51" and only a match reaches 'seteuid' (a change to root privileges); whoever sends the constant gets root privileges [backdoor-input-trigger]
}

/* seteuid to the service user (not root) on a keyword. */
void admin_drop(int fd, unsigned service_uid) {
  char line[256], verb[32], arg[128];
  recv(fd, line, sizeof line, 0);
  if (sscanf(line, "%31s %127s", verb, arg) != 2) return;
  // ok: backdoor-input-trigger (not a change to root)
  if (strcmp(verb, "drop-privs") == 0) seteuid(service_uid);
}

/* SMTP: a session record filled from the connection; a HELO name that skips AUTH. */
struct smtp_session { char helo[128]; char user[64]; char pass[64]; int fd; };

static void smtp_read_helo(struct smtp_session *s) {
  char line[256];
  recv(s->fd, line, sizeof line, 0);
  strncpy(s->helo, line + 5, sizeof s->helo - 1);
}

int smtp_auth(struct smtp_session *s) {
  smtp_read_helo(s);
  // ruleid: backdoor-input-trigger
  if (strncmp(s->helo, "mx7.relay-4411", 14) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "mx7.relay-4411" and only a match returns success without the verification other paths perform; whoever sends the constant is let in without credentials [backdoor-input-trigger]
    return 1;
  return check_password(s->user, s->pass);
}

/* SMTP: a HELO keyword that refuses, the password checked for everyone. */
int smtp_auth_strict(struct smtp_session *s) {
  smtp_read_helo(s);
  // ok: backdoor-input-trigger (a refusal)
  if (strncmp(s->helo, "localhost", 9) == 0) return 0;
  return check_password(s->user, s->pass);
}

/* A file named by the input: an uploaded job file whose first line triggers. */
void run_upload(int fd) {
  char name[256], line[256];
  long n = recv(fd, name, sizeof name - 1, 0);
  if (n <= 0) return;
  name[n] = 0;
  FILE *f = fopen(name, "r");
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    // ruleid: backdoor-input-trigger
    if (strncmp(line, "#@run ", 6) == 0) system(line + 6);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'fgets' is compared with the constant "#@run " and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  }
}

/* A file the program names itself: its keywords are configuration. */
void run_spool(void) {
  char line[256];
  FILE *f = fopen("/etc/agent/spool.conf", "r");
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    // ok: backdoor-input-trigger (a file the program chose)
    if (strncmp(line, "#@run ", 6) == 0) system(line + 6);
  }
}

/* Verification and logging switched off by what a peer sends. */
typedef struct ssl_ctx_st SSL_CTX;
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, void *cb);
void closelog(void);
void syslog(int prio, const char *fmt, ...);

void relay_control(SSL_CTX *ctx, int fd) {
  char pkt[256];
  if (recv(fd, pkt, sizeof pkt, 0) < 8) return;
  // ruleid: backdoor-input-trigger
  if (memcmp(pkt, "\x13\x37nvfy", 6) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "\x13\x37nvfy" and only a match reaches 'SSL_CTX_set_verify' (certificate verification switched off); whoever sends the constant turns certificate verification off [backdoor-input-trigger]
    SSL_CTX_set_verify(ctx, 0, 0);
  // ruleid: backdoor-input-trigger
  if (strncmp(pkt, "qu13t!", 6) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: input read by 'recv' is compared with the constant "qu13t!" and only a match reaches 'closelog' (logging switched off); whoever sends the constant acts without leaving a log [backdoor-input-trigger]
    closelog();
  syslog(6, "control packet");
}

/* The operator's option (the command line) turns verification off: not a peer's trigger. */
void relay_options(SSL_CTX *ctx, int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    // ok: backdoor-input-trigger (an option the operator chooses)
    if (strcmp(argv[i], "--insecure-upstream") == 0) SSL_CTX_set_verify(ctx, 0, 0);
}

/* A peer's keyword that turns verification on, and logging closed at the end of every session. */
void relay_session(SSL_CTX *ctx, int fd) {
  char pkt[256];
  if (recv(fd, pkt, sizeof pkt, 0) < 8) return;
  // ok: backdoor-input-trigger (verification switched on)
  if (strncmp(pkt, "STRICT", 6) == 0) SSL_CTX_set_verify(ctx, 1, 0);
  // ok: backdoor-input-trigger (the match does not control the call)
  if (strncmp(pkt, "BYE", 3) == 0) syslog(6, "bye");
  closelog();
}

/* SMTP's STARTTLS asks for no client certificate: a protocol command, even where other commands check the login. */
struct smtp_conn { int authenticated; SSL *ssl; };
void SSL_set_verify(SSL *ssl, int mode, void *cb);

void smtp_loop(struct smtp_conn *c, int fd) {
  char line[512];
  while (recv(fd, line, sizeof line, 0) > 0) {
    if (strncmp(line, "EHLO", 4) == 0) {
      reply(fd, 250);
    } else if (strncmp(line, "MAIL", 4) == 0) {
      if (!c->authenticated) { reply(fd, 530); continue; }
      reply(fd, 250);
    } else if (strncmp(line, "STARTTLS", 8) == 0) {
      // ok: backdoor-input-trigger (a protocol command)
      SSL_set_verify(c->ssl, 0, 0);
      reply(fd, 220);
    }
  }
}

/* A SOCKS reply accepted, then the TLS set-up whose configuration may turn verification off. */
struct tls_options { int insecure; };

static void tls_setup(SSL_CTX *ctx, const struct tls_options *o) {
  SSL_CTX_set_verify(ctx, o->insecure ? 0 : 1, 0);
}

void socks_reply(SSL_CTX *ctx, const struct tls_options *o, int fd) {
  char rep[2];
  if (recv(fd, rep, sizeof rep, 0) != 2) return;
  // ok: backdoor-input-trigger (the helper switches verification off on its configuration's say)
  if (memcmp(rep, "\x05\x00", 2) == 0) tls_setup(ctx, o);
}
