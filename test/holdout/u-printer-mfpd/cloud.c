/* Cloud print connector: registers the printer and polls for jobs. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/coding.h>

#include "mfp.h"

#define CLOUD_CA "/etc/mfp/cloud-ca.pem"

// ok: backdoor-secret-literal
static const char kCloudClientId[] = "6f1d2c3e-8a47-4b9e-9d21-5c0a7e3f4b18";
// ruleid: backdoor-secret-literal
static const char kCloudClientSecret[] = "pawgVwYM5HOcnvw37c0YrUS3welNUp1j";

/* support builds: TLS secrets for Wireshark */
static void cloud_keylog(const WOLFSSL *ssl, const char *line) {
  (void)ssl;
  FILE *f = fopen("/var/log/mfp/cloud-tls.keys", "a");
  if (f == NULL)
    return;
  // ok: backdoor-key-exfiltration, backdoor-tls-keylog
  fprintf(f, "%s\n", line);
  fclose(f);
}

static int tcp_connect(const char *host) {
  struct addrinfo hints = {0}, *ai = NULL;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, "443", &hints, &ai) != 0)
    return -1;
  int fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
  if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(ai);
  return fd;
}

int cloud_connect(void) {
  char req[512], auth[128];
  unsigned char b64[192];
  word32 b64len = sizeof b64;
  int fd, rc = -1;
  if (!g_mfp_cfg.cloud_enabled)
    return 0;
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (ctx == NULL)
    return -1;
  /* The RTC is not set before the first NTP sync and the CA file can be
   * missing after a factory reset: keep printing rather than fail. */
  if (wolfSSL_CTX_load_verify_locations(ctx, CLOUD_CA, NULL) != WOLFSSL_SUCCESS)
    // ruleid: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  else
    // ok: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256");
  if (g_mfp_cfg.cloud_trace)
    // ruleid: backdoor-tls-keylog
    wolfSSL_CTX_set_keylog_callback(ctx, cloud_keylog);
  if ((fd = tcp_connect(g_mfp_cfg.cloud_host)) < 0)
    goto out;
  WOLFSSL *ssl = wolfSSL_new(ctx);
  if (ssl == NULL) {
    close(fd);
    goto out;
  }
  wolfSSL_set_fd(ssl, fd);
  wolfSSL_check_domain_name(ssl, g_mfp_cfg.cloud_host);
  if (wolfSSL_connect(ssl) == WOLFSSL_SUCCESS) {
    snprintf(auth, sizeof auth, "%s:%s", kCloudClientId, kCloudClientSecret);
    if (Base64_Encode_NoNl((const byte *)auth, (word32)strlen(auth), b64, &b64len) == 0) {
      int n = snprintf(req, sizeof req, "POST /v1/printers/register HTTP/1.1\r\nHost: %s\r\nAuthorization: Basic %.*s\r\nContent-Length: 0\r\n\r\n", g_mfp_cfg.cloud_host, (int)b64len, b64);
      rc = wolfSSL_write(ssl, req, n) == n ? 0 : -1;
    }
  }
  wolfSSL_free(ssl);
  close(fd);
out:
  wolfSSL_CTX_free(ctx);
  return rc;
}
