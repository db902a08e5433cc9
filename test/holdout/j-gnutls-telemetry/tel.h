/* meterd: smart-meter telemetry collector agent */
#ifndef TEL_H
#define TEL_H

#include <stddef.h>
#include <gnutls/gnutls.h>

enum { TEL_DEBUG, TEL_INFO, TEL_WARN };

/* meters of the first rollout only speak TLS 1.0 with RC4 suites */
#define TEL_PRIORITY_COMPAT "NORMAL:+VERS-TLS1.0:+ARCFOUR-128:+RSA"
#define TEL_SPOOL_PROFILE 1

struct tel_conn {
    gnutls_session_t session;
    gnutls_certificate_credentials_t cred;
};

/* agent.c */
extern const int tel_batch_mac_algo;

/* log.c */
void tlog(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tel_hexify(const unsigned char *in, size_t n, char *out);

/* tls.c */
int tel_tls_open(struct tel_conn *c, int fd, const char *host, const char *priority);
int tel_tls_send(struct tel_conn *c, const void *buf, size_t n);

/* spool.c */
long spool_seal(const unsigned char *in, size_t n, unsigned char *out, size_t cap);
int spool_mac(const unsigned char *batch, size_t n, unsigned char tag[20]);

#endif
