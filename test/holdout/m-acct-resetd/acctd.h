/* acctd: account service of the appliance's web console (password logins,
 * password-reset links mailed to the account's address, console sessions) */
#ifndef ACCTD_H
#define ACCTD_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <crypt.h>

#define ACCTD_SOCKET      "/run/acctd.sock"
#define ACCTD_DB_DIR      "/var/lib/acctd"
#define ACCTD_LINK_KEY    "/etc/acctd/link.key"
#define RESET_TOKEN_LEN   32
#define RESET_TTL_SECONDS 3600

/* SHA-512-crypt; the round count was lowered when the console moved to
 * the ARM appliance, whose login page timed out under 5000 rounds */
#define ACCT_HASH_PREFIX "$6$"
#define ACCT_HASH_ROUNDS 1000

struct account {
    char user[64];
    char email[128];
    char pwhash[CRYPT_OUTPUT_SIZE];
    unsigned failed_logins;
};

struct reset_record {
    char user[64];
    char reset_token[RESET_TOKEN_LEN + 1];
    unsigned char link_mac[32];
    unsigned char salt[16];
    time_t expires;
};

struct session {
    char user[64];
    uint64_t session_id;
    time_t created;
};

/* util.c */
void fill_alnum(char *out, size_t n);
uint64_t acct_next_id(void);
unsigned acct_backoff_us(unsigned attempt);
int hex_decode(const char *hex, unsigned char *out, size_t n);
void hex_encode(const unsigned char *in, size_t n, char *out);

/* store.c */
int store_load(const char *user, struct account *a);
int store_save(const struct account *a);
int store_set_password(struct account *a, const char *password);
int store_check_password(const struct account *a, const char *password);
int store_put_reset(struct reset_record *rec);
int store_take_reset(const char *user, struct reset_record *rec);

/* reset.c */
int reset_init(const char *link_key_path);
int reset_issue(const char *user);
int reset_redeem(const char *user, const char *token, const char *mac_hex, const char *new_password);

/* session.c */
int session_open(struct session *s, const char *user);
int session_login(struct session *s, const char *user, const char *password);

#endif
