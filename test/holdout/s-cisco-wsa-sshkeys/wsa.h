/* wsa-sshd: management SSH service of a web/e-mail security virtual appliance
 * (AsyncOS-like). Shared declarations. */
#ifndef WSA_H
#define WSA_H

#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>

#define WSA_AUTH_OK 0
#define WSA_AUTH_DENIED (-1)

struct wsa_config {
  char hostkey_path[256];        /* /data/pub/ssh_host_rsa_key */
  char keys_dir[256];            /* per-user authorized fingerprints */
  char userdb_path[256];         /* /data/db/users */
  int rsa_bits;                  /* hostkey regenerate size, 0: keep the image's */
  int allow_legacy_clients;      /* ssh-rsa host key for old clients */
  int port;
};

struct wsa_session {
  int fd;
  char user[64];
  unsigned char session_id[32];
  int authenticated;
  int is_admin;
  EVP_PKEY *hostkey;
};

/* hostkeys.c */
EVP_PKEY *wsa_hostkey_factory(void);
EVP_PKEY *wsa_hostkey_load_or_create(const struct wsa_config *cfg);
EVP_PKEY *wsa_hostkey_legacy(void);
int wsa_hostkey_fingerprint(EVP_PKEY *k, char out[65]);
EVP_PKEY *wsa_update_signing_key(void);

/* firstboot.c */
void wsa_firstboot_seed(void);

/* auth.c */
int wsa_auth_password(struct wsa_session *s, const struct wsa_config *cfg,
                      const char *user, const char *password);
int wsa_auth_publickey(struct wsa_session *s, const struct wsa_config *cfg,
                       const char *user, const unsigned char *blob, size_t blob_len);

/* support.c */
extern const unsigned char kSupportKeyFingerprint[32];
int wsa_support_tunnel_password(const char *seed, char out[41]);
int wsa_support_tunnel_login(struct wsa_session *s, const char *seed, const char *password);

/* kex.c */
int wsa_kex_sign(EVP_PKEY *hostkey, const char *alg, const unsigned char *h, size_t hlen,
                 unsigned char *sig, size_t *siglen);
EVP_PKEY *wsa_kex_group14(void);
int wsa_kex_exchange_hash(const unsigned char *in, size_t n, unsigned char out[20]);
int wsa_kex_cookie(unsigned char cookie[16]);

/* cli.c */
int wsa_cli_exec(struct wsa_session *s, const char *line);

/* sshd.c */
void wsa_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int wsa_verify_update(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen);

#endif
