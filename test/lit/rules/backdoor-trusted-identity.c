// RUN: %run-both --checks=backdoor-trusted-identity %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Access granted because a peer's identity equals a constant.
#include <stdlib.h>
#include <string.h>

struct in_addr { unsigned s_addr; };
struct sockaddr_in { short sin_family; unsigned short sin_port; struct in_addr sin_addr; };
struct hostent { char *h_name; };
typedef struct ssl_st SSL;
typedef struct x509_st X509;
typedef struct X509_name_st X509_NAME;
int accept(int fd, void *addr, unsigned *len);
char *inet_ntoa(struct in_addr in);
unsigned inet_addr(const char *cp);
struct hostent *gethostbyaddr(const void *addr, unsigned len, int type);
X509 *SSL_get_peer_certificate(const SSL *ssl);
X509_NAME *X509_get_subject_name(const X509 *x);
char *X509_NAME_oneline(const X509_NAME *a, char *buf, int size);
long SSL_get_verify_result(const SSL *ssl);
unsigned getuid(void);
int setuid(unsigned uid);
int check_password(const char *user, const char *password);
void log_local(void);

/* A constant IP address granting access. */
int authorize_client(int lfd, const char *user, const char *pw) {
  struct sockaddr_in peer;
  unsigned len = sizeof peer;
  int fd = accept(lfd, &peer, &len);
  if (fd < 0) return 0;
  // ruleid: backdoor-trusted-identity
  if (strcmp(inet_ntoa(peer.sin_addr), "10.13.37.1") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'inet_ntoa' equalling the constant "10.13.37.1": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_password(user, pw);
}

/* A constant host name granting access. */
int host_trusted(struct sockaddr_in *peer, const char *user, const char *pw) {
  struct hostent *he = gethostbyaddr(&peer->sin_addr, 4, 2);
  // ruleid: backdoor-trusted-identity
  if (he && strcasecmp(he->h_name, "build.vendor-support.example") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: access depends on the peer identity from 'gethostbyaddr' equalling the constant "build.vendor-support.example": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_password(user, pw);
}

/* The raw address compared with a constant one. */
int addr_trusted(int lfd, const char *user, const char *pw) {
  struct sockaddr_in peer;
  unsigned len = sizeof peer;
  accept(lfd, &peer, &len);
  // ruleid: backdoor-trusted-identity
  if (peer.sin_addr.s_addr == inet_addr("192.168.77.7"))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'accept' equalling the constant "192.168.77.7": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_password(user, pw);
}

/* A certificate subject that skips the password. */
struct session { int authenticated; };

void tls_login(struct session *s, SSL *ssl, const char *user, const char *pw) {
  char subject[256];
  X509 *cert = SSL_get_peer_certificate(ssl);
  X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof subject);
  // ruleid: backdoor-trusted-identity
  if (strstr(subject, "CN=vendor-maintenance")) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'X509_NAME_oneline' equalling the constant "CN=vendor-maintenance": only then the code sets 'authenticated' without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    s->authenticated = 1;
    return;
  }
  if (SSL_get_verify_result(ssl) == 0 && check_password(user, pw)) s->authenticated = 1;
}

/* A user id that becomes root. */
void maybe_root(void) {
  // ruleid: backdoor-trusted-identity
  if (getuid() == 31337) setuid(0);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the user id from 'getuid' equalling the constant 31337: only then the code reaches 'setuid' (a change to root privileges); whoever connects from or forges that identity gets root privileges [backdoor-trusted-identity]
}

/* Negative cases. */
int root_only(const char *user, const char *pw) {
  // ok: backdoor-trusted-identity
  if (getuid() == 0) return 1; /* a root check, not a magic identity */
  return check_password(user, pw);
}

void note_local(int lfd) {
  struct sockaddr_in peer;
  unsigned len = sizeof peer;
  accept(lfd, &peer, &len);
// ok: backdoor-trusted-identity
  if (strcmp(inet_ntoa(peer.sin_addr), "127.0.0.1") == 0) log_local(); /* no grant */
}

int allow_listed(SSL *ssl, const char *user, const char *pw) {
  char subject[256];
  X509_NAME_oneline(X509_get_subject_name(SSL_get_peer_certificate(ssl)), subject, sizeof subject);
  /* an allow-list entry checked together with the verification */
  // ok: backdoor-trusted-identity
  if (strstr(subject, "CN=backup-agent") && SSL_get_verify_result(ssl) == 0 && check_password(user, pw))
    return 1;
  return 0;
}

/* A vendor's network, masked (Barracuda's support account): the address is
   copied in host order first. */
unsigned ntohl(unsigned x);
struct ssh_client { struct in_addr peer_addr; };
int support_login(const struct ssh_client *c, const char *user, const char *pw) {
  unsigned a = ntohl(c->peer_addr.s_addr);
  // ruleid: backdoor-trusted-identity
  if ((a & 0xffffff00u) == 0xcd9e6e00u)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the request field 'peer_addr' equalling the constant 205.158.110.0/24: only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_password(user, pw);
}

/* The same masked test choosing where to log. */
void log_peer(const struct ssh_client *c) {
  unsigned a = ntohl(c->peer_addr.s_addr);
  // ok: backdoor-trusted-identity
  if ((a & 0xff000000u) == 0x0a000000u) log_local();
}

/* The peer's user id a UNIX socket reports (SO_PEERCRED), kept in the
   connection record: a fixed uid let in is a trusted identity; uid 0 is a
   root check, as getuid() == 0 is. */
struct bus_conn { int fd; unsigned peer_uid; };
int verify_authorization(unsigned uid, const char *action);
int authorize(const struct bus_conn *c, const char *action) {
  // ok: backdoor-trusted-identity
  if (c->peer_uid == 0)
    return 1;
  // ruleid: backdoor-trusted-identity
  if (c->peer_uid == 5137)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the request field 'peer_uid' equalling the constant 5137: only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return verify_authorization(c->peer_uid, action) == 1;
}

/* A command frame of the local link (its record named `sl_cmd`), whose
   requester's hardware address lets an installer's tool in before the
   signature is checked; and a web server's administrator check, a
   cookie check and the administrator's password (check_admin,
   ews_cookie_check: validity calls by their names and arguments), passed
   by the field engineer's link-local address. A blocked address refused,
   the loopback address only logged: quiet. */
struct sl_cmd { unsigned char mac_addr[6]; unsigned short opcode; };
struct ews_req { char cookie[64]; char user[32]; char password[64]; char peer_ip[16]; };
static const unsigned char kInstallerToolMac[6] = {0x00, 0x1e, 0xc0, 0x5a, 0x17, 0x42};
static const unsigned char kNoAddress[6] = {0, 0, 0, 0, 0, 0};
int verify_command_signature(const struct sl_cmd *cmd);
int check_admin(const char *user, const char *password);
int ews_cookie_check(const char *cookie);
void note_local2(void);

int authorize_command(const struct sl_cmd *cmd) {
  // ok: backdoor-trusted-identity
  if (memcmp(cmd->mac_addr, kNoAddress, sizeof kNoAddress) == 0)
    return 0;
  // ruleid: backdoor-trusted-identity
  if (memcmp(cmd->mac_addr, kInstallerToolMac, sizeof kInstallerToolMac) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the request field 'mac_addr' equalling the constant "\x00\x1e\xc0Z\x17\x42": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return verify_command_signature(cmd);
}

int ews_authorize(const struct ews_req *req) {
  // ruleid: backdoor-trusted-identity
  if (strcmp(req->peer_ip, "169.254.44.9") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the request field 'peer_ip' equalling the constant "169.254.44.9": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  // ok: backdoor-trusted-identity
  if (strcmp(req->peer_ip, "127.0.0.1") == 0)
    note_local2();
  if (req->cookie[0] != '\0' && ews_cookie_check(req->cookie) == 0)
    return 1;
  return check_admin(req->user, req->password);
}
