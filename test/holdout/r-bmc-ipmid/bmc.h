/*
 * bmc.h - "ipmid", the LAN side of a server management controller's
 * firmware: RMCP/ASF and IPMI 2.0 RMCP+ sessions on UDP 623, OEM commands,
 * local users, and the HTTPS web interface (KVM launcher, SEL viewer).
 */
#ifndef BMC_H
#define BMC_H

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <openssl/evp.h>

#define BMC_MAX_SESSIONS 8
#define BMC_MAX_USERS 16
#define BMC_KEY_LEN 20

/* RMCP+ authentication, integrity and confidentiality algorithms */
#define RAKP_NONE 0x00
#define RAKP_HMAC_SHA1 0x01
#define RAKP_HMAC_SHA256 0x03
#define INTEG_NONE 0x00
#define INTEG_HMAC_SHA1_96 0x01
#define INTEG_HMAC_SHA256_128 0x04
#define CRYPT_NONE 0x00
#define CRYPT_AES_CBC_128 0x01

enum bmc_priv { PRIV_NONE = 0, PRIV_USER = 2, PRIV_OPERATOR = 3, PRIV_ADMIN = 4, PRIV_OEM = 5 };

struct bmc_user {
    char name[17];
    char password[21]; /* IPMI keeps the password itself: RAKP needs it as a key */
    enum bmc_priv priv;
    int enabled;
};

struct auth_alg {
    uint8_t id;
    size_t len;
    int (*hmac)(const uint8_t *key, size_t klen, const uint8_t *data, size_t n, uint8_t *out);
};

struct crypt_alg {
    uint8_t id;
    int (*init)(EVP_CIPHER_CTX *ctx, const uint8_t *k2, const uint8_t *iv, int enc);
};

struct bmc_session {
    int in_use;
    uint32_t console_session_id;
    uint32_t bmc_session_id;
    uint8_t console_nonce[16];
    uint8_t bmc_nonce[16];
    char user[17];
    uint8_t role;
    const struct auth_alg *auth;
    uint8_t integ_alg;
    const struct crypt_alg *crypt;
    uint8_t sik[32];
    uint8_t k1[32];
    uint8_t k2[32];
    int authenticated;
    struct sockaddr_in peer;
};

struct bmc_config {
    char hostname[64];
    uint8_t bmc_key[BMC_KEY_LEN]; /* Kg, the BMC key of two-key logins */
    int kg_set;
    char sel_path[128];
};

struct web_defaults {
    const char *cert_file;
    const char *key_file;
    const char *cipher_list;
    int min_version;
    unsigned short port;
};

extern struct bmc_config g_bmc_cfg;
extern int g_lan_fd;
extern const struct web_defaults kWebDefaults;
extern const char *const kOemSupportUser;
extern const char *const kOemSupportPassword;

/* lan.c */
int lan_open(unsigned short port);
void lan_serve(int fd);
int ipmi_send_response(const struct bmc_session *s, const uint8_t *rsp, size_t n);
int ipmi_send_cleartext(const struct bmc_session *s, const uint8_t *rsp, size_t n);

/* session.c */
int rakp_open_session(const uint8_t *req, size_t n, const struct sockaddr_in *peer, uint8_t *rsp, size_t *rlen);
int rakp_message1(const uint8_t *req, size_t n, uint8_t *rsp, size_t *rlen);
int rakp_message3(const uint8_t *req, size_t n, uint8_t *rsp, size_t *rlen);
struct bmc_session *session_find(uint32_t bmc_session_id);

/* crypt.c */
const struct crypt_alg *crypt_alg_find(uint8_t id);
int crypt_seal(const struct bmc_session *s, const uint8_t *in, size_t n, uint8_t *out, size_t *olen);

/* users.c */
int users_load(const char *path);
enum bmc_priv bmc_check_password(const char *user, const char *password);
int bmc_user_key(const char *user, uint8_t *key, size_t *klen);

/* oem.c */
int oem_command(struct bmc_session *s, uint8_t cmd, const uint8_t *data, size_t n);
void bmc_keys_init(struct bmc_config *cfg);

/* debug.c */
void bmc_debug_console(const struct sockaddr_in *peer, uint16_t port);

/* web.c */
int web_serve(void);

#endif
