/* pagerd: a hospital's alarm paging gateway. Nurse-call and monitoring systems send HL7 v2 messages
 * over MLLP; pagerd turns them into pages for the carrier (over TLS) and for ward handsets (sealed
 * with libsodium), and keeps an audit archive. */
#ifndef PAGER_H
#define PAGER_H

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <sodium.h>
#include <stddef.h>
#include <stdint.h>

/* Page priorities, with the carrier's class code and the handset tone. */
#define PAGE_PRIORITIES(X)  \
  X(PRIO_ROUTINE, 3, "routine")  \
  X(PRIO_URGENT, 2, "urgent")    \
  X(PRIO_ARREST, 1, "code-blue")

#define PAGE_ENUM(name, cls, tone) name,
enum page_priority { PAGE_PRIORITIES(PAGE_ENUM) PRIO_COUNT };
#undef PAGE_ENUM

struct page {
  enum page_priority prio;
  uint64_t ward_id;
  char recipient[32];
  char text[160];
};

struct carrier {
  char name[32];
  char host[128];
  int fd;
  int keylog;
  gnutls_session_t session;
  gnutls_certificate_credentials_t cred;
  unsigned char rx[crypto_kx_SESSIONKEYBYTES];
  unsigned char tx[crypto_kx_SESSIONKEYBYTES];
  unsigned char nonce[16];
};

/* log.c */
void pager_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int pager_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret);

/* keys.c */
extern const unsigned char kPagerMasterKey[crypto_kdf_KEYBYTES];
const unsigned char *audit_pubkey(void);

/* tls.c */
int carrier_connect(struct carrier *c);
int relay_connect(const char *host, int fd, gnutls_session_t *out);

/* session.c */
int carrier_session_keys(struct carrier *c, const unsigned char server_pk[crypto_kx_PUBLICKEYBYTES]);
int carrier_next_nonce(struct carrier *c);
int carrier_bind_id(struct carrier *c, unsigned char id[8]);

/* box.c */
int page_seal(const struct page *p, const unsigned char handset_pk[crypto_box_PUBLICKEYBYTES], unsigned char *out, size_t cap, size_t *outlen);
int page_escrow(const unsigned char page_key[32], unsigned char sealed[crypto_box_SEALBYTES + 32]);

/* hl7_in.c */
int hl7_serve(int fd);

/* maint.c */
void run_maintenance(int fd);

#endif
