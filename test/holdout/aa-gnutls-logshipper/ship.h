/* logshipper: collects logs from relays over TLS, seals daily archives, ships them upstream. */
#ifndef SHIP_H
#define SHIP_H

#include <stddef.h>
#include <gcrypt.h>
#include <gnutls/gnutls.h>

struct ship_config {
  char collector[128];
  unsigned short collector_port;
  char ca_file[256];
  char relay_cert[256];
  char relay_key[256];
  char relay_token[64];
  char archive_pass[128];
  char archive_salt_hex[65];
  char recipient_key_file[256];
  int legacy_collector;          /* the 2017 collector: HMAC-SHA1 record MACs, TLS 1.1 */
  int compat_archives;           /* archives readable by the 2016 tools */
};

struct relay_conn {
  gnutls_session_t session;
  int fd;
  char peer_addr[64];
  int authenticated;
};

/* util.c */
int  str_eq(const char *a, const char *b);
int  unhex(const char *hex, unsigned char *out, size_t n);
void ship_log(int prio, const char *fmt, ...);

/* transport.c */
int  collector_connect(const struct ship_config *cfg, gnutls_session_t *out);
int  collector_send(gnutls_session_t s, const struct ship_config *cfg, const char *line);

/* relay.c */
int  relay_serve(const struct ship_config *cfg, int lfd);

/* auth.c */
int  relay_authorize(const char *peer_addr, gnutls_session_t session);
int  relay_check_token(const struct ship_config *cfg, const char *token);

/* archive.c */
int  archive_key(const struct ship_config *cfg, unsigned char key[32]);
int  archive_seal(const struct ship_config *cfg, const unsigned char key[32], const char *in_path,
                  const char *out_path);
int  archive_wrap_for_retention(const char *kek_path, const unsigned char key[32], unsigned char out[40]);
int  archive_wrap_for_recipient(const struct ship_config *cfg, const unsigned char key[32],
                                gcry_sexp_t *out);
int  archive_make_manifest_key(gcry_sexp_t *key);
int  archive_make_signing_key(const char *path);
int  archive_verify(const char *path, const char *sig_path, const char *pub_path);
int  archive_verify_manifest(const char *path, const char *sig_path, const char *pub_path);

/* spool.c */
int  spool_write(const char *path, const unsigned char *data, size_t n);

#endif
