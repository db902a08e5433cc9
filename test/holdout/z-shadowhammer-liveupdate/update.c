#include <openssl/evp.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <string.h>
#include "lu.h"

static const char kManifestSigner[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MCowBQYDK2VwAyEAq1Hb3m7qv0G8wz3y0tE6m1K3ZQ5q7PpJd8f5X2c9sVY=\n"
    "-----END PUBLIC KEY-----\n";

/* the header carrying the per-request token; a name, not a value */
// ok: backdoor-secret-literal
static const char *update_token_header = "X-LiveUpdate-Request-Token";

/* published with each manifest so support can identify it; not a secret */
// ok: backdoor-secret-literal
static const char *manifest_fingerprint = "5f0c2a9e81b47d3366e0a1c9d4f2b8e7";

int lu_manifest_signature_ok(const unsigned char *body, size_t n, const unsigned char *sig, size_t sn) {
  BIO *b = BIO_new_mem_buf(kManifestSigner, -1);
  // ok: backdoor-hardcoded-key
  EVP_PKEY *pub = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
  BIO_free(b);
  if (!pub) return 0;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int ok = 0;
  if (md && EVP_DigestVerifyInit(md, NULL, NULL, NULL, pub) == 1) {
    // ok: backdoor-unchecked-verification
    ok = EVP_DigestVerify(md, sig, sn, body, n) == 1;
  }
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return ok;
}

static int file_sha1(const char *path, unsigned char out[20]) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  EVP_MD_CTX *c = EVP_MD_CTX_new();
  // ok: backdoor-weak-hash
  EVP_DigestInit_ex(c, EVP_sha1(), NULL);
  unsigned char buf[4096];
  size_t r;
  while ((r = fread(buf, 1, sizeof buf, f)) > 0) EVP_DigestUpdate(c, buf, r);
  unsigned int ol = 0;
  EVP_DigestFinal_ex(c, out, &ol);
  EVP_MD_CTX_free(c);
  fclose(f);
  return 0;
}

int lu_check_updates(struct lu_state *st) {
  char path[300];
  snprintf(path, sizeof path, "%s/manifest.json", st->cache_dir);
  if (lu_http_get(LU_MANIFEST_URL, path, 1) != 0) return -1;
  lu_log("manifest fetched (%s sent)", update_token_header);
  unsigned char id[20];
  if (file_sha1(path, id) == 0)
    lu_log("manifest %s cached (id %02x%02x%02x%02x)", manifest_fingerprint, id[0], id[1], id[2], id[3]);
  st->last_check = time(NULL);
  return 0;
}
