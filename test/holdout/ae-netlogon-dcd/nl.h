/*
 * netlogond: a small Netlogon (MS-NRPC) secure-channel service for a Samba-like
 * domain controller appliance.
 *
 * Reconstruction of Zerologon (CVE-2020-1472, Tom Tervoort, Secura, "Zerologon:
 * Instantly Become Domain Admin by Subverting Netlogon Cryptography", September
 * 2020): ComputeNetlogonCredential runs AES-128 in CFB8 mode with an IV of sixteen
 * zero bytes, so for one key in 256 an all-zero client challenge encrypts to an
 * all-zero credential; NetrServerPasswordSet2 decrypts the new machine password the
 * same way, which let an attacker set the domain controller's own account password
 * to the empty string.  The legacy (pre-AES) credential is DES in ECB mode, the
 * legacy secure channel RC4 and HMAC-MD5, as in the protocol.  The code around it is
 * invented.
 */
#ifndef NL_H
#define NL_H

#include <stddef.h>
#include <stdint.h>

#define NL_CHALLENGE_LEN 8
#define NL_CRED_LEN 8
#define NL_SESSION_KEY_LEN 16
#define NL_NT_HASH_LEN 16
#define NL_MAX_NAME 64
#define NL_PWD_BUF_LEN 516

/* NegotiateFlags of MS-NRPC 3.1.4.2 */
#define NETLOGON_NEG_STRONG_KEYS 0x00004000u
#define NETLOGON_NEG_SUPPORTS_AES 0x01000000u
#define NETLOGON_NEG_AUTHENTICATED_RPC 0x20000000u

enum nl_opnum {
  NL_OP_REQ_CHALLENGE = 4,
  NL_OP_AUTHENTICATE3 = 26,
  NL_OP_PASSWORD_SET2 = 30,
  NL_OP_SAM_LOGON_EX = 39,
};

struct nl_config {
  char secrets_path[256];
  char trust_store_path[256];
  char listen_addr[64];
  int port;
  int allow_legacy_crypto;       /* refuse non-AES clients when 0 */
  int require_secure_rpc;        /* FullSecureChannelProtection */
  char vulnerable_allow[8][NL_MAX_NAME]; /* machine accounts still allowed without secure RPC */
  int n_vulnerable_allow;
  int log_level;
};

struct nl_session {
  char computer[NL_MAX_NAME];
  uint8_t client_challenge[NL_CHALLENGE_LEN];
  uint8_t server_challenge[NL_CHALLENGE_LEN];
  uint8_t session_key[NL_SESSION_KEY_LEN];
  uint8_t client_cred[NL_CRED_LEN];
  uint32_t neg_flags;
  uint32_t seq;
  int authenticated;
};

struct nl_pdu {
  uint16_t opnum;
  uint32_t call_id;
  uint8_t body[4096];
  size_t body_len;
};

/* log.c */
void nl_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void nl_hex(const uint8_t *in, size_t n, char *out);

/* config.c */
int nl_config_load(const char *path, struct nl_config *cfg);
int nl_config_vulnerable_allowed(const struct nl_config *cfg, const char *computer);

/* machine_acct.c */
int machine_lookup(const struct nl_config *cfg, const char *computer, uint8_t nt_hash[NL_NT_HASH_LEN]);
int machine_store_password(const struct nl_config *cfg, const char *computer, const uint8_t *pw_utf16, size_t len);

/* session_key.c */
int nl_compute_session_key(struct nl_session *s, const uint8_t nt_hash[NL_NT_HASH_LEN]);

/* cred.c */
int nl_compute_credential(const struct nl_session *s, const uint8_t in[NL_CRED_LEN], uint8_t out[NL_CRED_LEN]);
int nl_decrypt_new_password(const struct nl_session *s, uint8_t buf[NL_PWD_BUF_LEN]);

/* secure_channel.c */
int nl_seal(struct nl_session *s, uint8_t *data, size_t n, uint8_t checksum[8]);
int nl_unseal_verify(struct nl_session *s, uint8_t *data, size_t n, const uint8_t checksum[8]);

/* trust.c */
int nl_trust_rotate(const struct nl_config *cfg, const char *domain);

/* rpc.c */
int nl_serve_connection(const struct nl_config *cfg, int fd);

#endif
