/* relay.h - smarthost relay: SMTP in, STARTTLS (GnuTLS), spool sealed with libsodium, DKIM, relay out */
#ifndef RELAY_H
#define RELAY_H

#include <stddef.h>
#include <time.h>

#include <gnutls/gnutls.h>

enum smtp_state { SM_GREETING, SM_READY, SM_MAIL, SM_RCPT, SM_DATA, SM_QUIT };

struct session {
  int fd;
  enum smtp_state state;
  int tls;
  int authenticated;
  char peer_addr[64];
  char peer_name[256];
  char helo[256];
  char user[64];
  char mail_from[256];
  char rcpt_to[8][256];
  int nrcpt;
  gnutls_session_t tls_session;
};

/* util.c */
void relay_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int b64_decode(const char *in, unsigned char *out, size_t cap, size_t *outlen);
int session_reply(struct session *s, const char *line);
long session_read_line(struct session *s, char *buf, size_t cap);

/* auth.c */
int auth_plain(struct session *s, const char *b64);
int auth_relay_allowed(struct session *s);
int auth_add_user(const char *user, const char *password);

/* tls.c */
int tls_global_init(void);
int tls_starttls(struct session *s);
int tls_connect_next_hop(int fd, const char *host, gnutls_session_t *out);

/* dkim.c */
int dkim_init(const char *selector);
int dkim_sign(const char *canon_headers, size_t n, unsigned char *sig, size_t *siglen);
int dkim_rotate(int legacy_receivers);

/* spool.c */
int spool_init(const char *dir);
int spool_store(const char *id, const unsigned char *msg, size_t n, int to_filter);

/* smtp.c */
void smtp_serve(struct session *s);

#endif
