// RUN: %run-both --checks=backdoor-trusted-identity %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The identity kinds of backdoor-trusted-identity not in
// backdoor-trusted-identity.c: a host name from getnameinfo, an address from
// inet_ntop and getpeername, a MAC address, a certificate's serial number and
// common name; each beside a negative that refuses or only records.
#include <stdlib.h>
#include <string.h>

struct sockaddr { unsigned short sa_family; char sa_data[14]; };
struct in_addr { unsigned s_addr; };
struct sockaddr_in { short sin_family; unsigned short sin_port; struct in_addr sin_addr; };
typedef struct x509_st X509;
typedef struct X509_name_st X509_NAME;
typedef struct asn1_string_st ASN1_INTEGER;
typedef struct ssl_st SSL;
int getnameinfo(const struct sockaddr *sa, unsigned salen, char *host, unsigned hostlen,
                char *serv, unsigned servlen, int flags);
const char *inet_ntop(int af, const void *src, char *dst, unsigned size);
int getpeername(int fd, struct sockaddr *addr, unsigned *len);
int strcasecmp(const char *a, const char *b);
X509 *SSL_get_peer_certificate(const SSL *ssl);
X509_NAME *X509_get_subject_name(const X509 *x);
int X509_NAME_get_text_by_NID(X509_NAME *name, int nid, char *buf, int len);
ASN1_INTEGER *X509_get_serialNumber(X509 *x);
long ASN1_INTEGER_get(const ASN1_INTEGER *a);
long SSL_get_verify_result(const SSL *ssl);
int check_password(const char *user, const char *password);
int verify_token(const char *token);
void log_peer(const char *host);
#define NID_commonName 13

/* A host name from reverse DNS that skips the password. */
int admin_login(const struct sockaddr *sa, unsigned salen, const char *user, const char *pw) {
  char host[256];
  if (getnameinfo(sa, salen, host, sizeof host, 0, 0, 0) != 0) return 0;
  // ruleid: backdoor-trusted-identity
  if (strcasecmp(host, "ops-bastion.vendor.example") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'getnameinfo' equalling the constant "ops-bastion.vendor.example": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_password(user, pw);
}

/* The same name only recorded. */
int admin_login_logged(const struct sockaddr *sa, unsigned salen, const char *user, const char *pw) {
  char host[256];
  if (getnameinfo(sa, salen, host, sizeof host, 0, 0, 0) != 0) return 0;
  // ok: backdoor-trusted-identity (only recorded)
  if (strcasecmp(host, "ops-bastion.vendor.example") == 0) log_peer(host);
  return check_password(user, pw);
}

/* An address prefix from inet_ntop. */
struct session { int authenticated; char user[64]; char pass[64]; };

void net_login(struct session *s, const struct sockaddr_in *peer) {
  char ip[46];
  inet_ntop(2, &peer->sin_addr, ip, sizeof ip);
  // ruleid: backdoor-trusted-identity
  if (strncmp(ip, "10.66.", 6) == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'inet_ntop' equalling the constant "10.66.": only then the code sets 'authenticated' without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    s->authenticated = 1;
    return;
  }
  if (check_password(s->user, s->pass)) s->authenticated = 1;
}

/* The same prefix refused. */
void net_login_blocked(struct session *s, const struct sockaddr_in *peer) {
  char ip[46];
  inet_ntop(2, &peer->sin_addr, ip, sizeof ip);
  // ok: backdoor-trusted-identity (a refusal)
  if (strncmp(ip, "10.66.", 6) == 0) return;
  if (check_password(s->user, s->pass)) s->authenticated = 1;
}

/* getpeername's raw address equal to a magic number. */
int peer_trusted(int fd, const char *token) {
  struct sockaddr_in sin;
  unsigned len = sizeof sin;
  getpeername(fd, (struct sockaddr *)&sin, &len);
  // ruleid: backdoor-trusted-identity
  if (sin.sin_addr.s_addr == 0x0a0d2501)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'getpeername' equalling the constant 168633601: only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return verify_token(token);
}

/* A MAC address a DHCP-style request carried, trusted without the password. */
struct lease_request { unsigned char mac_addr[6]; char user[32]; char pass[32]; };

int portal_login(const struct lease_request *req) {
  // ruleid: backdoor-trusted-identity
  if (memcmp(req->mac_addr, "\x00\x1b\x21\xde\xad\x01", 6) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the request field 'mac_addr' equalling the constant "\x00\x1b!\xde\xad\x01": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return check_password(req->user, req->pass);
}

/* The broadcast MAC refused. */
int portal_login_checked(const struct lease_request *req) {
  // ok: backdoor-trusted-identity (a refusal)
  if (memcmp(req->mac_addr, "\xff\xff\xff\xff\xff\xff", 6) == 0) return 0;
  return check_password(req->user, req->pass);
}

/* A certificate serial number and a common name that skip verification. */
int cert_login(SSL *ssl, const char *user, const char *pw) {
  X509 *cert = SSL_get_peer_certificate(ssl);
  // ruleid: backdoor-trusted-identity
  if (ASN1_INTEGER_get(X509_get_serialNumber(cert)) == 0x5eed1337)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'X509_get_serialNumber' equalling the constant 1592595255: only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  char cn[128];
  X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
  // ruleid: backdoor-trusted-identity
  if (strcmp(cn, "factory-test-unit") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: access depends on the peer identity from 'X509_NAME_get_text_by_NID' equalling the constant "factory-test-unit": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return SSL_get_verify_result(ssl) == 0 && check_password(user, pw);
}

/* A revoked serial and a common name refused. */
int cert_login_revoked(SSL *ssl, const char *user, const char *pw) {
  X509 *cert = SSL_get_peer_certificate(ssl);
  // ok: backdoor-trusted-identity (a refusal)
  if (ASN1_INTEGER_get(X509_get_serialNumber(cert)) == 0x5eed1337) return 0;
  char cn[128];
  X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, cn, sizeof cn);
  // ok: backdoor-trusted-identity (a refusal)
  if (strcmp(cn, "factory-test-unit") == 0) return 0;
  return SSL_get_verify_result(ssl) == 0 && check_password(user, pw);
}

/* The peer certificate's distinguished name in Mbed TLS and GnuTLS. */
typedef struct mbedtls_ssl_context mbedtls_ssl_context;
typedef struct mbedtls_x509_crt { int subject; } mbedtls_x509_crt;
const mbedtls_x509_crt *mbedtls_ssl_get_peer_cert(const mbedtls_ssl_context *ssl);
int mbedtls_x509_dn_gets(char *buf, size_t size, const int *dn);
typedef struct gnutls_x509_crt_int *gnutls_x509_crt_t;
int gnutls_x509_crt_get_dn(gnutls_x509_crt_t cert, char *buf, size_t *buf_size);
int verify_technician_pin(const char *pin);
int charger_session(mbedtls_ssl_context *ssl, const char *pin) {
  const mbedtls_x509_crt *peer = mbedtls_ssl_get_peer_cert(ssl);
  char subject[256];
  if (peer && mbedtls_x509_dn_gets(subject, sizeof subject, &peer->subject) > 0) {
    // ruleid: backdoor-trusted-identity
    if (strstr(subject, "CN=field-svc-7719") != NULL)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: access depends on the peer identity from 'mbedtls_x509_dn_gets' equalling the constant "CN=field-svc-7719": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
      return 1;
    // ok: backdoor-trusted-identity (only recorded)
    if (strstr(subject, "CN=fleet-monitor") != NULL)
      printf("fleet monitor connected\n");
  }
  return verify_technician_pin(pin);
}
int gnutls_session_login(gnutls_x509_crt_t cert, const char *pin) {
  char dn[256];
  size_t n = sizeof dn;
  // ruleid: backdoor-trusted-identity
  if (gnutls_x509_crt_get_dn(cert, dn, &n) == 0 && strcmp(dn, "CN=factory-7719") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: access depends on the peer identity from 'gnutls_x509_crt_get_dn' equalling the constant "CN=factory-7719": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    return 1;
  return verify_technician_pin(pin);
}
