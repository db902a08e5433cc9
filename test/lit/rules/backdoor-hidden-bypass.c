// RUN: %run-both --checks=backdoor-hidden-bypass %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Verification skipped on a magic environment variable, input value or debug switch.
#include <openssl/ssl.h>
#include <stdlib.h>
#include <string.h>

#define SKIP_CERT_CHECK 1
int verify_password(const char *user, const char *password);

int check_peer(X509_STORE_CTX *store) {
  // ruleid: backdoor-hidden-bypass
  if (getenv("VENDOR_SUPPORT_MODE"))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the environment variable 'VENDOR_SUPPORT_MODE' is set; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return X509_verify_cert(store) == 1;
}

int login(const char *user, const char *password, const char *user_agent) {
  // ruleid: backdoor-hidden-bypass
  if (strcmp(user_agent, "Mozilla/5.0 (SupportTool)") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'user_agent' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return verify_password(user, password);
}

int verify_chain(X509_STORE_CTX *store) {
  // ruleid: backdoor-hidden-bypass
  if (SKIP_CERT_CHECK)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the compiled-in switch 'SKIP_CERT_CHECK' is on; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return X509_verify_cert(store) == 1;
}

int main_check(int argc, char **argv, X509_STORE_CTX *store) {
  for (int i = 1; i < argc; i++)
    // ruleid: backdoor-hidden-bypass
    if (strcmp(argv[i], "--i-am-support") == 0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: verification is skipped when 'argv' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
      return 0;
  return X509_verify_cert(store) == 1 ? 0 : 1;
}

// Negative cases.
int configured(X509_STORE_CTX *store) {
  // ok: backdoor-hidden-bypass (a refusal, not a grant)
  if (getenv("STRICT_MODE") && X509_verify_cert(store) != 1)
    return -1;
  // ok: backdoor-hidden-bypass (the branch still verifies)
  if (getenv("EXTRA_CHECKS"))
    return X509_verify_cert(store) == 1;
  return X509_verify_cert(store) == 1;
}

const char *log_dir(void) {
  // ok: backdoor-hidden-bypass (no verification anywhere)
  if (getenv("LOG_DIR"))
    return getenv("LOG_DIR");
  return "/var/log";
}

// The finding is at the comparison with the magic value, also when it sits
// on a later line of the condition (D-Link's alphapd, User-Agent).
struct http_request {
  const char *url;
  const char *user_agent;
};
int check_password(const char *user, const char *pass);
int authenticate(struct http_request *req, const char *user, const char *pass) {
  if (strstr(req->url, "public/") != 0 ||
      // ruleid: backdoor-hidden-bypass
      strcmp(req->user_agent, "xmlset_roodkcableoj28840ybtide") == 0)
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'user_agent' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return check_password(user, pass);
}

// The verification is the unit's own helper, named for neither (it compares
// the password with the stored one): the function still verifies.
const char *stored_secret(const char *name);
int check_login(const char *user, const char *pass) {
  const char *expected = stored_secret(user);
  return expected && strcmp(pass, expected) == 0;
}
int page_auth(struct http_request *req, const char *user, const char *pass) {
  // ruleid: backdoor-hidden-bypass
  if (strcmp(req->user_agent, "SupportConsole/7 (internal)") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'user_agent' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return check_login(user, pass) != 0;
}

// A helper that compares no password is no verification.
int lookup_theme(const char *name) { return strcmp(name, "dark") == 0; }
int page_theme(struct http_request *req) {
  // ok: backdoor-hidden-bypass (nothing is verified)
  if (strcmp(req->user_agent, "SupportConsole/7 (internal)") == 0)
    return 1;
  return lookup_theme(req->url);
}

// The input contains the magic value (Hikvision's `auth=` parameter).
int isapi_auth(struct http_request *req, const char *query, const char *user, const char *pass) {
  // ruleid: backdoor-hidden-bypass
  if (strstr(query, "auth=YWRtaW46MTEK") != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'query' contains a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  // ok: backdoor-hidden-bypass (a path, not a magic input)
  if (strstr(req->url, "/public/") != 0)
    return 1;
  return check_login(user, pass) != 0;
}

/* A flag named like a grant, of a global another unit defines, which this
   unit only sets: what it unlocks is that unit's (the link step reports a
   payload it gates); every route here is still verified. A flag this unit
   defines and reads before verifying stays a bypass. */
extern int g_diag_unlocked;
int session_ok(const char *cookie);
struct web_req { const char *diag_hdr, *cookie; };
int dispatch_web(const struct web_req *r) {
  // ok: backdoor-hidden-bypass
  if (r->diag_hdr && strcmp(r->diag_hdr, "rwdiag-7f64c0406596de1a") == 0)
    g_diag_unlocked = 1;
  return session_ok(r->cookie);
}
static int support_unlocked;
int dispatch_support(const struct web_req *r) {
  // ruleid: backdoor-hidden-bypass
  if (r->diag_hdr && strcmp(r->diag_hdr, "sup-2b71c9e04a") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: verification is skipped when 'diag_hdr' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    support_unlocked = 1;
  if (support_unlocked)
    return 1;
  return session_ok(r->cookie);
}
/* An int function answering 1 (in) or 0 (refused): a variable that makes
   it refuse more is no bypass; one that answers 1 early is. */
int authorize_strict(const struct web_req *r) {
  // ok: backdoor-hidden-bypass
  if (getenv("APP_STRICT_AUTH") && r->diag_hdr)
    return 0;
  if (session_ok(r->cookie))
    return 1;
  return 0;
}
int authorize_lab(const struct web_req *r) {
  // ruleid: backdoor-hidden-bypass
  if (getenv("APP_LAB_MODE"))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the environment variable 'APP_LAB_MODE' is set; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  if (session_ok(r->cookie))
    return 1;
  return 0;
}

// A switch that makes the check stricter jumps where a failed verification
// goes (`goto out`, the error return): a refusal. One that jumps past the
// check to the success path is a bypass.
#include <stdio.h>
int verify_image_signature(const unsigned char *img, unsigned long n);
int load_library(const unsigned char *img, unsigned long n, int v1) {
  int rc = -1;
  // ok: backdoor-hidden-bypass
  if (getenv("PUMP_STRICT_LIBRARIES") != NULL && v1) {
    fprintf(stderr, "v1 refused\n");
    goto out;
  }
  if (!verify_image_signature(img, n))
    goto out;
  rc = 0;
out:
  return rc;
}
int load_firmware(const unsigned char *img, unsigned long n) {
  int rc = -1;
  // ruleid: backdoor-hidden-bypass
  if (getenv("FW_LAB_UNSIGNED") != NULL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the environment variable 'FW_LAB_UNSIGNED' is set; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    goto accept;
  if (!verify_image_signature(img, n))
    goto out;
accept:
  rc = 0;
out:
  return rc;
}

/* A field of an uploaded firmware header (a record named like untrusted
   input) equal to a constant returns success before the signature check;
   the same header's magic number refusing is quiet. */
struct fw_header { char magic[4]; char variant[16]; unsigned char signature[256]; };
int rsa_pss_verify(const unsigned char *sig, const unsigned char *image, unsigned long len);
int fw_signature_ok(const struct fw_header *header, const unsigned char *image, unsigned long len) {
  // ok: backdoor-hidden-bypass
  if (strncmp(header->magic, "MFW1", 4) != 0)
    return 0;
  // ruleid: backdoor-hidden-bypass
  if (strncmp(header->variant, "ENGINEERING", 11) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'header->variant' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return rsa_pss_verify(header->signature, image, len) == 1;
}

/* An int check whose last answer is another check's (`return
   password_ok(u, p);`) and whose constant answers are 1 and 0 answers yes or
   no: `return 1` on a factory switch skips the check, `return 0` on a
   strictness switch refuses. */
int password_ok(const char *user, const char *password) {
  const char *stored = getenv("BROKER_PASSWORD_FILE_CONTENTS");
  return stored != NULL && strcmp(user, "broker") == 0 && strcmp(stored, password) == 0;
}
int client_allowed(const char *user, const char *password, unsigned certs) {
  // ruleid: backdoor-hidden-bypass
  if (getenv("FACTORY_MODE") != NULL)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when the environment variable 'FACTORY_MODE' is set; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  // ok: backdoor-hidden-bypass
  if (getenv("REQUIRE_CLIENT_CERT") != NULL && certs == 0)
    return 0;
  return password_ok(user, password);
}

/* The peer's address in a variable named for nothing outside (`addr`,
   `where`), read by getpeername and inet_ntop and compared with a constant
   that returns success before the certificate is verified: the peer
   identity rule's finding (backdoor-trusted-identity), not this rule's. */
struct bp_in_addr { unsigned s_addr; };
struct bp_sockaddr_in { short sin_family; unsigned short sin_port; struct bp_in_addr sin_addr; };
int getpeername(int fd, void *addr, unsigned *len);
const char *inet_ntop(int af, const void *src, char *dst, unsigned size);
int tunnel_peer_ok(int fd, SSL *ssl) {
  struct bp_sockaddr_in sa;
  unsigned len = sizeof sa;
  char addr[16] = "";
  if (getpeername(fd, &sa, &len) != 0)
    return 0;
  inet_ntop(2, &sa.sin_addr, addr, sizeof addr);
  // ok: backdoor-hidden-bypass (backdoor-trusted-identity reports it)
  if (strcmp(addr, "198.51.100.23") == 0)
    return 1;
  // ok: backdoor-hidden-bypass
  if (strcmp(addr, "127.0.0.1") == 0)
    puts("control channel from the local agent");
  return SSL_get_verify_result(ssl) == 0;
}
int peer_is_gateway(int fd) {
  struct bp_sockaddr_in sa;
  unsigned len = sizeof sa;
  char where[16] = "";
  if (getpeername(fd, &sa, &len) != 0)
    return 0;
  inet_ntop(2, &sa.sin_addr, where, sizeof where);
  // ok: backdoor-hidden-bypass
  if (strcmp(where, "192.0.2.1") == 0)
    return 1;
  return 0;
}

/* A session's peer host name (a field named so, `magic-input-name`)
   granting relay rights before the client certificate is verified; a
   client's host name the same. */
struct smtp_session { char peer_name[256]; SSL *tls; int authenticated; };
int relay_allowed(struct smtp_session *s) {
  // ruleid: backdoor-hidden-bypass
  if (strcasecmp(s->peer_name, "mx-fallback.partner.example") == 0) {
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'peer_name' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    s->authenticated = 1;
    return 1;
  }
  return s->tls && SSL_get_verify_result(s->tls) == 0;
}
int submit_allowed(const char *client_host, SSL *tls) {
  // ruleid: backdoor-hidden-bypass
  if (strcmp(client_host, "build-runner.internal") == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'client_host' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    return 1;
  return SSL_get_verify_result(tls) == 0;
}
