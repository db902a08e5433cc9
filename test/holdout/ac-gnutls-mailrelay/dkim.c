/* dkim.c - DKIM signatures of relayed mail */
#include <stdio.h>
#include <string.h>

#include <gnutls/abstract.h>
#include <gnutls/x509.h>

#include "relay.h"

static gnutls_privkey_t g_key;
static int g_legacy_selector;

int dkim_init(const char *selector)
{
  gnutls_datum_t pem = {NULL, 0};
  char path[256];
  int rc;

  /* selector s2012 is still published for receivers that cached it */
  g_legacy_selector = strcmp(selector, "s2012") == 0;
  snprintf(path, sizeof path, "/etc/relay/dkim/%s.key", selector);
  if (gnutls_privkey_init(&g_key) < 0 || gnutls_load_file(path, &pem) < 0)
    return -1;
  // ok: backdoor-hardcoded-key
  rc = gnutls_privkey_import_x509_raw(g_key, &pem, GNUTLS_X509_FMT_PEM, NULL, 0);
  gnutls_free(pem.data);
  return rc < 0 ? -1 : 0;
}

/* a new key for the next selector; the public half goes into the DNS zone fragment */
int dkim_rotate(int legacy_receivers)
{
  gnutls_privkey_t next;
  int bits = legacy_receivers ? 1024 : 2048;
  if (gnutls_privkey_init(&next) < 0)
    return -1;
  // ruleid: backdoor-short-key
  if (gnutls_privkey_generate(next, GNUTLS_PK_RSA, bits, 0) < 0) {
    gnutls_privkey_deinit(next);
    return -1;
  }
  gnutls_privkey_deinit(g_key);
  g_key = next;
  return 0;
}

int dkim_sign(const char *canon_headers, size_t n, unsigned char *sig, size_t *siglen)
{
  gnutls_datum_t data = {(unsigned char *)canon_headers, (unsigned)n}, out = {NULL, 0};
  int rc;

  if (g_legacy_selector)
    // ruleid: backdoor-weak-hash
    rc = gnutls_privkey_sign_data(g_key, GNUTLS_DIG_SHA1, 0, &data, &out);
  else
    // ok: backdoor-weak-hash
    rc = gnutls_privkey_sign_data(g_key, GNUTLS_DIG_SHA256, 0, &data, &out);
  if (rc < 0 || out.size > *siglen) {
    gnutls_free(out.data);
    return -1;
  }
  memcpy(sig, out.data, out.size);
  *siglen = out.size;
  gnutls_free(out.data);
  return 0;
}
