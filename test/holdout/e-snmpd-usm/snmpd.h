/* snmpd-lite: SNMPv3 agent of an embedded UPS controller (USM security model). */
#ifndef SNMPD_H
#define SNMPD_H
#include <stddef.h>
#include <stdint.h>

#define USM_AUTH_PARAM_LEN 12
#define USM_KEY_LEN 16
#define USM_OK 0
#define USM_ERR_AUTH (-1)
// ruleid: backdoor-secret-literal
#define SNMP_DEFAULT_AUTH_KEY "9c4f0e1d7a3b5e82f6a1c0d49b7e3f25"

enum usm_auth_proto { USM_AUTH_HMAC_MD5 = 1, USM_AUTH_HMAC_SHA256 = 2 };

struct usm_user {
  char name[32];
  int auth_proto;
  unsigned char auth_key[32];
  unsigned char priv_key[USM_KEY_LEN];
  uint32_t priv_salt;
};

struct snmp_pdu {
  uint32_t msg_id;
  char community[64];
  char user[32];
  unsigned char auth_params[USM_AUTH_PARAM_LEN];
  unsigned char priv_params[8];
  unsigned char *whole_msg;
  size_t whole_len;
  unsigned char *scoped;
  size_t scoped_len;
};

struct snmpd_opts {
  const char *engine_id;
  const char *rw_community;
  const char *trap_sink;
  int trap_port;
  int debug_keys;
};

extern struct snmpd_opts g_opts;

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int net_sendto(const char *host, int port, const void *buf, size_t n);

int usm_authenticate(const char *username, const char *auth_pass);
int usm_check_auth(struct usm_user *u, struct snmp_pdu *pdu);
int usm_decrypt(struct usm_user *u, struct snmp_pdu *pdu, unsigned char *out);
int usm_new_user(struct usm_user *u, const char *name);
int usm_encrypt_aes(struct usm_user *u, const unsigned char *in, size_t n, unsigned char *out, unsigned char iv[16]);

int trap_cold_start(const struct usm_user *u);
#endif
