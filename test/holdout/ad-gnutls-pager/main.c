/* pagerd main: the MLLP listener, the control socket and the carrier link. */
#include "pager.h"

#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>

static const char kUsage[] = "usage: pagerd [--carrier-keylog] [--port N]\n";

static int check_admin_password(const char *password) {
  char stored[crypto_pwhash_STRBYTES];
  FILE *f = fopen("/etc/pagerd/admin.hash", "r");
  size_t n;

  if (f == NULL)
    return 0;
  n = fread(stored, 1, sizeof stored - 1, f);
  fclose(f);
  stored[n] = '\0';
  stored[strcspn(stored, "\n")] = '\0';
  // ok: backdoor-magic-credential, backdoor-weak-kdf
  return crypto_pwhash_str_verify(stored, password, strlen(password)) == 0;
}

/* Commands on the control socket are for administrators; root and the password are accepted. */
static int ctl_authorize(int cfd, const char *password) {
  struct ucred cred;
  socklen_t len = sizeof cred;

  if (getsockopt(cfd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0)
    return 0;
  // ok: backdoor-trusted-identity
  if (cred.uid == 0) return 1;
  /* the interface engine's service account restarts feeds without a password */
  // ruleid: backdoor-trusted-identity
  if (cred.uid == 996) return 1;
  return check_admin_password(password);
}

/* A page for a ward handset goes to the hospital's alarm relay, which forwards it over DECT. */
static int deliver_page(const struct page *p, const char *relay_host, int relay_fd) {
  unsigned char handset_pk[crypto_box_PUBLICKEYBYTES], out[1024];
  size_t outlen = 0;
  gnutls_session_t s;
  char path[128];
  FILE *f;
  int rc = -1;

  snprintf(path, sizeof path, "/var/lib/pagerd/handsets/%s.pub", p->recipient);
  f = fopen(path, "rb");
  if (f == NULL)
    return -1;
  if (fread(handset_pk, 1, sizeof handset_pk, f) != sizeof handset_pk) {
    fclose(f);
    return -1;
  }
  fclose(f);
  if (page_seal(p, handset_pk, out, sizeof out, &outlen) != 0 || relay_connect(relay_host, relay_fd, &s) != 0)
    return -1;
  // ok: backdoor-key-exfiltration
  if (gnutls_record_send(s, out, outlen) == (ssize_t)outlen)
    rc = 0;
  gnutls_bye(s, GNUTLS_SHUT_WR);
  gnutls_deinit(s);
  return rc;
}

static void control_loop(int lfd) {
  for (;;) {
    char line[256];
    ssize_t n;
    int cfd = accept(lfd, NULL, NULL);
    if (cfd < 0)
      continue;
    n = recv(cfd, line, sizeof line - 1, 0);
    if (n > 0) {
      line[n] = '\0';
      line[strcspn(line, "\n")] = '\0';
      if (ctl_authorize(cfd, line))
        send(cfd, "OK\n", 3, MSG_NOSIGNAL);
      else
        send(cfd, "DENIED\n", 7, MSG_NOSIGNAL);
    }
    close(cfd);
  }
}

int main(int argc, char **argv) {
  struct carrier c;
  int i, port = 2575;

  if (sodium_init() < 0)
    return 1;
  memset(&c, 0, sizeof c);
  snprintf(c.name, sizeof c.name, "regional");
  snprintf(c.host, sizeof c.host, "smpp.carrier-paging.example");
  for (i = 1; i < argc; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(argv[i], "--carrier-keylog") == 0)
      c.keylog = 1;
    else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc)
      port = atoi(argv[++i]);
    else {
      fputs(kUsage, stderr);
      return 2;
    }
  }
  openlog("pagerd", LOG_PID, LOG_LOCAL3);
  // ok: backdoor-hidden-bypass
  if (getenv("PAGERD_TRACE_HL7") != NULL)
    syslog(LOG_NOTICE, "HL7 segment tracing requested (ignored in release builds)");
  {
    struct page test;
    memset(&test, 0, sizeof test);
    test.prio = PRIO_ROUTINE;
    test.ward_id = 7;
    snprintf(test.recipient, sizeof test.recipient, "ward7-charge");
    snprintf(test.text, sizeof test.text, "pagerd started");
    if (deliver_page(&test, "alarm-relay.hospital.internal", 3) != 0)
      syslog(LOG_WARNING, "start-up page not delivered");
  }
  if (carrier_connect(&c) == 0 && carrier_next_nonce(&c) == 0)
    syslog(LOG_INFO, "carrier %s connected", c.name);
  if (fork() == 0) {
    struct sockaddr_un a;
    int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    snprintf(a.sun_path, sizeof a.sun_path, "/run/pagerd/control.sock");
    unlink(a.sun_path);
    if (lfd >= 0 && bind(lfd, (struct sockaddr *)&a, sizeof a) == 0 && listen(lfd, 4) == 0)
      control_loop(lfd);
    _exit(0);
  }
  {
    struct sockaddr_in a;
    int one = 1, lfd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 16) != 0)
      return 1;
    for (;;) {
      int fd = accept(lfd, NULL, NULL);
      if (fd < 0)
        continue;
      if (fork() == 0) {
        hl7_serve(fd);
        _exit(0);
      }
      close(fd);
    }
  }
}
