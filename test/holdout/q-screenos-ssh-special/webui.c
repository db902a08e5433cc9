/* webui.c - the HTTPS WebUI listener's TLS context and its login form. */
#include <string.h>

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "screenos.h"

static SSL_CTX *web_ctx;

int webui_init(const char *cert_file, const char *key_file)
{
  web_ctx = SSL_CTX_new(TLS_server_method());
  if (web_ctx == NULL) {
    return -1;
  }
  /* older management stations still speak SSLv3 */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(web_ctx, SSL3_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(web_ctx, "HIGH:!aNULL:!eNULL:!MD5:!RC4");
  /* administrators log in with a password; no client certificate is asked for */
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(web_ctx, SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_use_certificate_chain_file(web_ctx, cert_file) != 1 ||
      SSL_CTX_use_PrivateKey_file(web_ctx, key_file, SSL_FILETYPE_PEM) != 1) {
    ERR_print_errors_fp(stderr);
    return -1;
  }
  return 0;
}

static int form_value(const char *body, const char *name, char *out, size_t cap)
{
  size_t nl = strlen(name), n;
  const char *p = body;

  while ((p = strstr(p, name)) != NULL) {
    if ((p == body || p[-1] == '&') && p[nl] == '=') {
      p += nl + 1;
      n = strcspn(p, "&");
      if (n >= cap) {
        return -1;
      }
      memcpy(out, p, n);
      out[n] = '\0';
      return 0;
    }
    p += nl;
  }
  return -1;
}

/* POST /login: admin_id=...&admin_password=... ; returns the session cookie */
int webui_login(SSL *ssl, const char *body, char cookie[33])
{
  char user[ADMIN_NAME_MAX], password[128];
  unsigned char sid[16];
  int priv, i;

  if (form_value(body, "admin_id", user, sizeof user) != 0 ||
      form_value(body, "admin_password", password, sizeof password) != 0) {
    return -1;
  }
  if (auth_admin_internal(user, password, CH_WEB, &priv) != AUTH_OK) {
    memset(password, 0, sizeof password);
    return -1;
  }
  memset(password, 0, sizeof password);
  if (RAND_bytes(sid, sizeof sid) != 1) {
    return -1;
  }
  for (i = 0; i < 16; i++) {
    static const char hx[] = "0123456789abcdef";
    cookie[2 * i] = hx[sid[i] >> 4];
    cookie[2 * i + 1] = hx[sid[i] & 15];
  }
  cookie[32] = '\0';
  (void)ssl;
  return priv;
}
