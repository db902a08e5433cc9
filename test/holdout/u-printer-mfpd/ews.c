/* Embedded web server (HTTPS on 443): status pages, settings, firmware upload. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

#include "mfp.h"

static WOLFSSL_CTX *g_ews_ctx;

/* DHE group for browsers without ECDHE, generated once for the product line */
static const unsigned char kEwsDhP[256] = {
    0xde, 0x64, 0xac, 0x5f, 0xf0, 0x10, 0x73, 0x61, 0x80, 0xc5, 0xe9, 0x95, 0x6b, 0xc4, 0x60, 0x7f,
    0xd2, 0x68, 0x20, 0x65, 0x0c, 0x6c, 0xd8, 0x6b, 0x62, 0x4d, 0x15, 0xd8, 0xdb, 0xa3, 0x8a, 0x1f,
    0x11, 0xe6, 0x13, 0x44, 0x66, 0xa0, 0x31, 0x13, 0x1f, 0xce, 0xb3, 0x58, 0x17, 0xd3, 0xb1, 0x1b,
    0x01, 0x8a, 0xe8, 0xa3, 0x29, 0x62, 0x40, 0xbc, 0x68, 0xa1, 0x9c, 0xb8, 0x51, 0x4f, 0x01, 0x95,
    0xa1, 0xe6, 0xcc, 0x5e, 0xc5, 0xcf, 0x8d, 0xf0, 0xb4, 0xf6, 0xf7, 0x36, 0x63, 0x11, 0xc9, 0x21,
    0xd3, 0xa9, 0x8b, 0xb1, 0x26, 0xb2, 0x28, 0x96, 0xbe, 0x05, 0x5c, 0xaa, 0xde, 0x1c, 0x3a, 0xa8,
    0xa3, 0x9b, 0x18, 0x9b, 0xbf, 0x9d, 0x6f, 0x75, 0x61, 0x72, 0xd6, 0x25, 0xc5, 0xc3, 0x67, 0x46,
    0x56, 0xad, 0x54, 0x58, 0x29, 0x4a, 0xc1, 0xd5, 0xa4, 0xdb, 0xef, 0xf0, 0x74, 0x42, 0x24, 0xc3,
    0x13, 0xbc, 0x06, 0x8c, 0x1e, 0x59, 0xb8, 0x76, 0xe8, 0xfb, 0xcc, 0x84, 0x94, 0xd8, 0xd4, 0xe9,
    0x90, 0xea, 0x5c, 0xf9, 0xbb, 0xdd, 0xa1, 0x28, 0x02, 0x68, 0xd3, 0x30, 0x5d, 0x4c, 0x88, 0x4c,
    0xae, 0x55, 0x80, 0xc1, 0x46, 0xed, 0x95, 0x39, 0x4d, 0x4c, 0x06, 0xa8, 0x05, 0x3f, 0xd4, 0x17,
    0x81, 0xab, 0x70, 0xe0, 0xd2, 0x6a, 0x34, 0xf2, 0xf0, 0xc3, 0x2f, 0xdb, 0xaf, 0x6c, 0xcb, 0xa1,
    0xc2, 0x89, 0xc3, 0xaf, 0xf7, 0x80, 0x7a, 0x73, 0x83, 0x5a, 0x6b, 0xa3, 0xa4, 0x68, 0xd3, 0x3c,
    0xd6, 0xf6, 0x7a, 0x66, 0x45, 0x7c, 0xf3, 0x52, 0x09, 0x0b, 0x4a, 0x4a, 0x05, 0xc3, 0xf4, 0xfd,
    0x5d, 0x04, 0x68, 0x0a, 0x94, 0x09, 0x32, 0x4d, 0x68, 0x88, 0x72, 0x30, 0xed, 0x56, 0x19, 0xad,
    0x1d, 0xad, 0xe9, 0x38, 0x59, 0xf3, 0x60, 0xdd, 0xfc, 0x09, 0x9a, 0x69, 0x6e, 0xce, 0xb5, 0x61,
};
static const unsigned char kEwsDhG[1] = {0x02};

static int ews_tls_init(void) {
  g_ews_ctx = wolfSSL_CTX_new(wolfTLSv1_2_server_method());
  if (g_ews_ctx == NULL)
    return -1;
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(g_ews_ctx, "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256");
  // ruleid: backdoor-rigged-parameters
  // ok: backdoor-short-key
  wolfSSL_CTX_SetTmpDH(g_ews_ctx, kEwsDhP, (int)sizeof kEwsDhP, kEwsDhG, (int)sizeof kEwsDhG);
  /* browsers present no client certificate */
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(g_ews_ctx, WOLFSSL_VERIFY_NONE, NULL);
  if (wolfSSL_CTX_use_certificate_file(g_ews_ctx, g_mfp_cfg.ews_cert, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS)
    return -1;
  // ok: backdoor-hardcoded-key
  if (wolfSSL_CTX_use_PrivateKey_file(g_ews_ctx, g_mfp_cfg.ews_key, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS)
    return -1;
  return 0;
}

static int check_admin(const char *user, const char *password) {
  unsigned char dk[32];
  if (strcmp(user, g_mfp_cfg.admin_user) != 0)
    return 0;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (gcry_kdf_derive(password, strlen(password), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, g_mfp_cfg.admin_salt, sizeof g_mfp_cfg.admin_salt, g_mfp_cfg.admin_iterations, sizeof dk, dk) != 0)
    return 0;
  unsigned char diff = 0;
  for (size_t i = 0; i < sizeof dk; i++)
    diff |= (unsigned char)(dk[i] ^ g_mfp_cfg.admin_hash[i]);
  return diff == 0;
}

static void ews_note_local(void) { mfp_log(7, "request from the local panel"); }

/* Administrator pages: the session cookie, or Basic credentials. */
static int ews_authorize(const struct ews_req *req, const char *peer_ip) {
  char who[64];
  /* the field engineer's laptop on the service port */
  // ruleid: backdoor-trusted-identity
  if (strcmp(peer_ip, "169.254.44.9") == 0)
    return 1;
  // ok: backdoor-trusted-identity
  if (strcmp(peer_ip, "127.0.0.1") == 0)
    ews_note_local();
  if (req->cookie[0] != '\0' && ews_cookie_check(req->cookie, who, sizeof who) == 0)
    return 1;
  return check_admin(req->user, req->password);
}

static void reply(WOLFSSL *ssl, int code, const char *body) {
  char head[128];
  int n = snprintf(head, sizeof head, "HTTP/1.1 %d X\r\nContent-Length: %zu\r\n\r\n", code, strlen(body));
  wolfSSL_write(ssl, head, n);
  wolfSSL_write(ssl, body, (int)strlen(body));
}

void ews_serve(int fd, const char *peer_ip) {
  static unsigned char buf[1 << 20];
  struct ews_req req;
  if (g_ews_ctx == NULL && ews_tls_init() != 0)
    return;
  WOLFSSL *ssl = wolfSSL_new(g_ews_ctx);
  if (ssl == NULL)
    return;
  wolfSSL_set_fd(ssl, fd);
  int n = wolfSSL_read(ssl, buf, (int)sizeof buf - 1);
  if (n <= 0)
    goto out;
  buf[n] = '\0';
  memset(&req, 0, sizeof req);
  if (sscanf((char *)buf, "%7s %127s", req.method, req.path) != 2)
    goto out;
  const char *c = strstr((char *)buf, "\r\nCookie: mfpsid=");
  if (c != NULL)
    sscanf(c + 17, "%95[^;\r\n]", req.cookie);
  const char *body = strstr((char *)buf, "\r\n\r\n");
  if (body != NULL) {
    req.body = (const unsigned char *)body + 4;
    req.body_len = (size_t)n - (size_t)(req.body - buf);
  }
  if (strcmp(req.path, "/status") == 0) {
    reply(ssl, 200, "{\"state\":\"ready\"}");
  } else if (!ews_authorize(&req, peer_ip)) {
    reply(ssl, 401, "login required");
  } else if (strcmp(req.path, "/login") == 0) {
    char cookie[200];
    ews_cookie_make(req.user, (long)time(NULL) + 1800, cookie, sizeof cookie);
    reply(ssl, 200, cookie);
  } else if (strcmp(req.path, "/firmware") == 0 && req.body != NULL) {
    reply(ssl, fw_install(req.body, req.body_len) == 0 ? 200 : 400, "firmware");
  } else {
    reply(ssl, 404, "not found");
  }
out:
  wolfSSL_free(ssl);
}
