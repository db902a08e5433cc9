/* rmagent - remote administration agent for managed workstations */
#ifndef RMAGENT_AGENTD_H
#define RMAGENT_AGENTD_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#define RM_CHALLENGE_LEN 32
#define RM_DIGEST_LEN    32

struct rm_peer {
    RSA      *rsa;            /* console public key, from /etc/rmagent/console.pem */
    EVP_PKEY *pkey;
    int       protocol;       /* 1 = rmagent 1.x console, 2 = current */
};

struct rm_session {
    char user[32];
    int  authenticated;
    int  admin_menu;
};

/* rsa_channel.c */
int rm_load_console_key(struct rm_peer *peer, const char *path);
int rm_send_challenge(struct rm_peer *peer, const uint8_t challenge[RM_CHALLENGE_LEN], uint8_t *out);
int rm_open_command(RSA *own, const uint8_t *in, int n, uint8_t *cmd);
int rm_sign_status(RSA *own, const uint8_t digestinfo[51], uint8_t *sig);
RSA *rm_generate_agent_key(void);
int rm_evp_encrypt_report(EVP_PKEY *console, const uint8_t *report, size_t n, uint8_t *out, size_t *out_len, int compat);
int rm_evp_sign_report(EVP_PKEY *own, const uint8_t *digest, uint8_t *sig, size_t *sig_len);

/* admin_auth.c */
int rm_authenticate(struct rm_session *s, const char *user, const char *password);
void rm_apply_role(struct rm_session *s, const char *role);

void rm_log(const char *fmt, ...);

#endif
