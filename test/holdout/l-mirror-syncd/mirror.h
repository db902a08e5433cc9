/* mirror-syncd: pulls signed package manifests from the upstream archive and
 * re-publishes them as sealed bundles for downstream mirrors. */
#ifndef MIRROR_H
#define MIRROR_H

#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>

#define MIRROR_KEY_LEN 32
#define MIRROR_MAX_BUNDLE (4u << 20)

enum bundle_alg {
  BUNDLE_AES256_GCM = 1,
  BUNDLE_CHACHA20_POLY1305,
  BUNDLE_BF_CBC, /* format 1, read by mirror-syncd 1.x */
  BUNDLE_PLAIN,  /* mirrors on the same site: framing only */
};

enum manifest_version { MANIFEST_V1, MANIFEST_V2 };

struct tls_profile {
  int min_version;
  const char *cipher_list;
  const char *ca_file;
};

/* Compiled-in upstream profile; mirror.conf may only name another CA file. */
static const struct tls_profile kUpstreamTls = {
    TLS1_VERSION,
    "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL",
    "/etc/mirror-syncd/upstream-ca.pem",
};

struct mirror_opts {
  char upstream_host[256];
  int upstream_port;
  char spool_dir[256];
  char key_file[256];
  char signing_key[256];
  char bundle_cipher[32]; /* empty: the current format */
  char ca_file[256];
  int legacy_peers;       /* downstream mirrors still on format 1 */
  int same_site;
};

/* main.c */
void mirror_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* bundle.c */
int bundle_seal(const struct mirror_opts *o, const unsigned char key[MIRROR_KEY_LEN],
                const unsigned char *in, size_t n, unsigned char *out, size_t *outlen);
int bundle_seal_v1(const unsigned char key[MIRROR_KEY_LEN], const unsigned char *in, size_t n,
                   unsigned char *out, size_t *outlen);
int bundle_seal_same_site(const unsigned char key[MIRROR_KEY_LEN], const unsigned char *in,
                          size_t n, unsigned char *out, size_t *outlen);

/* manifest.c */
int manifest_sign(EVP_PKEY *pkey, enum manifest_version v, const unsigned char *m, size_t n,
                  unsigned char *sig, size_t *siglen);
int manifest_verify_upstream(EVP_PKEY *pub, const unsigned char *m, size_t n,
                             const unsigned char *sig, size_t siglen);
int manifest_content_id(const unsigned char *pkg, size_t n, unsigned char id[16]);

/* fetch.c */
SSL_CTX *fetch_ctx_new(const struct mirror_opts *o);
long fetch_manifest(SSL_CTX *ctx, const struct mirror_opts *o, unsigned char *buf, size_t cap);

#endif
