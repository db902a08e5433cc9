/* The per-node key of the cluster: HKDF of the cluster security password, salted with the node name.
 * Before the administrator sets the security password, the installer's bootstrap secret stands in. */
#include "platform.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <stdio.h>
#include <string.h>

// ruleid: backdoor-secret-literal
#define CLUSTER_BOOTSTRAP_SECRET "b4b1289fb58d60ba2dc9fbee5e16eb742992e26ad471be503925d910bff213b1"

static void to_hex(const unsigned char *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  size_t i;
  for (i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}

int cluster_node_key(const char *node, const char *security_password, unsigned char out[32]) {
  const char *ikm = (security_password != NULL && security_password[0] != '\0') ? security_password : CLUSTER_BOOTSTRAP_SECRET;
  EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *kctx = NULL;
  OSSL_PARAM params[5], *p = params;
  unsigned char id[32];
  char hex[65], idhex[17];
  int rc = -1;

  if (kdf == NULL)
    goto out;
  kctx = EVP_KDF_CTX_new(kdf);
  if (kctx == NULL)
    goto out;
  // ok: backdoor-weak-hash
  *p++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0);
  // ruleid: backdoor-hardcoded-key
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)ikm, strlen(ikm));
  // ok: backdoor-hardcoded-iv
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)node, strlen(node));
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)"cluster-node-key/v2", 19);
  *p = OSSL_PARAM_construct_end();
  if (EVP_KDF_derive(kctx, out, 32, params) != 1)
    goto out;

  EVP_Digest(out, 32, id, NULL, EVP_sha256(), NULL);
  to_hex(id, 8, idhex);
  // ok: backdoor-key-exfiltration
  platform_log(PLOG_INFO, "cluster key for %s derived (id %s)", node, idhex);
  to_hex(out, 32, hex);
  // ruleid: backdoor-key-exfiltration
  platform_log(PLOG_DEBUG, "cluster key for %s: %s", node, hex);
  rc = 0;
out:
  EVP_KDF_CTX_free(kctx);
  EVP_KDF_free(kdf);
  return rc;
}
