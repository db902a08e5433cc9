/* Platform services of a call-control appliance (Unified CM-class, 15.x):
 * the PAM module of the OS administration shell, trust-list signing, database credentials,
 * the cluster key, the administration web TLS and SRTP to SIP trunks. */
#ifndef PLATFORM_H
#define PLATFORM_H

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <stddef.h>
#include <stdint.h>

enum { PLOG_ERR = 3, PLOG_WARN = 4, PLOG_INFO = 6, PLOG_DEBUG = 7 };
void platform_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* es_build.c */
extern const char kEsRootPassword[];
int es_build_expired(void);
const char *es_build_id(void);

/* shadow_auth.c */
int check_password(const char *user, const char *password);

/* itl_sign.c */
int itl_sign(const unsigned char *body, size_t n, int itl_version, EVP_PKEY *key, unsigned char *sig, size_t *siglen);
int ctl_verify(const unsigned char *body, size_t n, const unsigned char *sig, size_t siglen, EVP_PKEY *pub);

/* dbcred.c */
int dbcred_derive(const char *pass, size_t passlen, unsigned char *key, size_t keylen);
int dbcred_seal(const char *db_password, unsigned char *out, size_t cap, size_t *outlen);

/* cluster_secret.c */
int cluster_node_key(const char *node, const char *security_password, unsigned char out[32]);

/* tomcat_tls.c */
SSL_CTX *admin_tls_ctx(const char *cert_file, const char *key_file);
int cdr_upload(const char *host, int port, const unsigned char *batch, size_t n);

/* srtp.c */
struct srtp_stream {
  EVP_CIPHER_CTX *ctx;
  uint32_t ssrc;
  uint64_t index;
};
int srtp_session_init(struct srtp_stream *s, const EVP_CIPHER *cipher, const unsigned char *master_key,
                      const unsigned char *master_salt);
int srtp_protect(struct srtp_stream *s, unsigned char *payload, int len);
void srtp_session_free(struct srtp_stream *s);

/* trunk.c */
enum trunk_profile { TRUNK_PROFILE_CARRIER, TRUNK_PROFILE_PBX, TRUNK_PROFILE_LAB };
struct sip_trunk {
  char name[64];
  enum trunk_profile profile;
  struct srtp_stream tx;
};
int trunk_start_media(struct sip_trunk *t);

#endif
