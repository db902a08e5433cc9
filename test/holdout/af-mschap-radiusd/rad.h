/* radiusd-lite: a small RADIUS server for PPTP/L2TP concentrators and
 * 802.1X access points (PAP, MS-CHAPv2, EAP-MSCHAPv2, PEAP). */
#ifndef RAD_H
#define RAD_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>

/* RFC 2865 codes */
enum {
  RAD_ACCESS_REQUEST = 1,
  RAD_ACCESS_ACCEPT = 2,
  RAD_ACCESS_REJECT = 3,
  RAD_ACCOUNTING_REQUEST = 4,
  RAD_ACCESS_CHALLENGE = 11,
  RAD_STATUS_SERVER = 12,
};

/* attributes */
enum {
  ATTR_USER_NAME = 1,
  ATTR_USER_PASSWORD = 2,
  ATTR_STATE = 24,
  ATTR_VENDOR_SPECIFIC = 26,
  ATTR_EAP_MESSAGE = 79,
  ATTR_MESSAGE_AUTHENTICATOR = 80,
};

enum { RAD_ACCEPT = 1, RAD_REJECT = 0, RAD_ERROR = -1 };

#define RAD_MAX_PACKET 4096

struct rad_packet {
  uint8_t code;
  uint8_t id;
  uint16_t length;
  uint8_t authenticator[16];
  uint8_t data[RAD_MAX_PACKET];
  size_t data_len; /* attributes only */
};

struct rad_client {
  char name[32];
  struct in_addr addr;
  char secret[64];
};

/* the request being answered, handed from radius.c to the auth modules */
struct rad_request {
  const struct rad_client *client;
  struct rad_packet *in;
  struct rad_packet *out;
  char user[64];
  struct sockaddr_in from;
};

/* log.c */
void rad_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rad_hex(const uint8_t *in, size_t n, char *out);

/* log.c: string helpers */
int ct_streq(const char *a, const char *b);
int utf16le(const char *in, uint8_t *out, size_t cap);

/* CRYPTO_CALL: every libcrypto call of the server goes through it so that
 * a failure is logged with the function's name. */
int rad_crypto_check(int ret, const char *fn, const char *file, int line);
#define CRYPTO_CALL(fn, ...) rad_crypto_check(fn(__VA_ARGS__), #fn, __FILE__, __LINE__)

/* clients.c */
int clients_load(const char *path);
const struct rad_client *clients_find(const struct in_addr *addr);

/* radius.c */
int rad_attr_find(const struct rad_packet *p, uint8_t type, const uint8_t **val, size_t *len);
int rad_attr_add(struct rad_packet *p, uint8_t type, const uint8_t *val, size_t len);
int rad_msg_auth(const char *secret, const struct rad_packet *p, uint8_t out[16]);
int rad_encode(const struct rad_packet *p, uint8_t *wire, size_t cap);
int rad_serve(int fd);

/* eap registry (radius.c) */
struct eap_method {
  uint8_t type;
  const char *name;
  int (*process)(struct rad_request *req, const uint8_t *eap, size_t len);
};
int eap_register(const struct eap_method *m);

/* eap_mschapv2.c, eap_tls.c */
void eap_mschapv2_init(void);
int eap_tls_init(const char *cert, const char *key, const char *ca_file);
void eap_tls_register(void);

/* mschap.c (RFC 2759) */
int nt_password_hash(const char *password, uint8_t hash[16]);
int mschapv2_verify(const uint8_t nt_hash[16], const uint8_t auth_challenge[16],
                    const uint8_t peer_challenge[16], const char *user,
                    const uint8_t nt_response[24], char auth_response[43]);

/* mppe.c (RFC 3079, RFC 2548) */
int mppe_add_keys(struct rad_request *req, const uint8_t nt_hash[16], const uint8_t nt_response[24]);
int mppe_add_msk(struct rad_request *req, const uint8_t msk[64]);

/* users.c */
int users_load(const char *path);
int users_nt_hash(const char *user, uint8_t hash[16]);

/* pap.c */
int pap_authenticate(struct rad_request *req, const char *password);

/* probe.c */
extern const char kProbeSecret[];
int probe_self(int port);

#endif
