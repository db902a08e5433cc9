/* password-reset links: https://console/reset?u=<user>&t=<token>&m=<mac> */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include "acctd.h"

static unsigned char g_link_key[32];
static int g_link_key_loaded;

int reset_init(const char *link_key_path)
{
    FILE *f = fopen(link_key_path, "rb");
    if (f == NULL)
        return -1;
    g_link_key_loaded = fread(g_link_key, 1, sizeof g_link_key, f) == sizeof g_link_key;
    fclose(f);
    return g_link_key_loaded ? 0 : -1;
}

static int link_mac(const char *user, const char *token, time_t expires, unsigned char out[32])
{
    char msg[160];
    unsigned int len = 0;
    int n = snprintf(msg, sizeof msg, "%s|%s|%lld", user, token, (long long)expires);
    if (n <= 0 || (size_t)n >= sizeof msg)
        return -1;
    // ok: backdoor-hardcoded-key
    // ok: backdoor-known-key
    return HMAC(EVP_sha256(), g_link_key, sizeof g_link_key, (const unsigned char *)msg, (size_t)n, out, &len) ? 0 : -1;
}

static int mail_link(const struct account *a, const struct reset_record *rec)
{
    char mac_hex[65];
    hex_encode(rec->link_mac, sizeof rec->link_mac, mac_hex);
    FILE *p = popen("/usr/sbin/sendmail -t -oi", "w");
    if (p == NULL)
        return -1;
    fprintf(p, "To: %s\nSubject: Console password reset\n\n"
               "Open https://console.local/reset?u=%s&t=%s&m=%s within one hour.\n",
            a->email, a->user, rec->reset_token, mac_hex);
    return pclose(p) == 0 ? 0 : -1;
}

int reset_issue(const char *user)
{
    struct account a;
    struct reset_record rec;

    if (!g_link_key_loaded || store_load(user, &a) != 0 || a.email[0] == '\0')
        return -1;
    memset(&rec, 0, sizeof rec);
    snprintf(rec.user, sizeof rec.user, "%s", user);
    // ruleid: backdoor-predictable-random
    fill_alnum(rec.reset_token, RESET_TOKEN_LEN);
    rec.expires = time(NULL) + RESET_TTL_SECONDS;
    if (link_mac(rec.user, rec.reset_token, rec.expires, rec.link_mac) != 0 || store_put_reset(&rec) != 0)
        return -1;

    /* the mail log keeps a salted digest of the token, never the token */
    unsigned char d[SHA256_DIGEST_LENGTH];
    char dhex[17];
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    EVP_DigestInit_ex(md, EVP_sha256(), NULL);
    EVP_DigestUpdate(md, rec.salt, sizeof rec.salt);
    EVP_DigestUpdate(md, rec.reset_token, RESET_TOKEN_LEN);
    EVP_DigestFinal_ex(md, d, NULL);
    EVP_MD_CTX_free(md);
    hex_encode(d, 8, dhex);
    syslog(LOG_INFO, "reset link for %s mailed (token digest %s)", user, dhex);
    return mail_link(&a, &rec);
}

int reset_redeem(const char *user, const char *token, const char *mac_hex, const char *new_password)
{
    struct account a;
    struct reset_record rec;
    unsigned char mac[32], expect_mac[32];

    if (store_take_reset(user, &rec) != 0 || store_load(user, &a) != 0)
        return -1;
    if (hex_decode(mac_hex, mac, sizeof mac) != 0 || time(NULL) > rec.expires)
        return -1;
    if (strlen(token) != RESET_TOKEN_LEN || strcmp(token, rec.reset_token) != 0)
        return -1;
    if (link_mac(rec.user, rec.reset_token, rec.expires, expect_mac) != 0)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(mac, expect_mac, sizeof expect_mac) != 0)
        return -1;
    // ok: backdoor-magic-credential
    if (strcmp(new_password, "changeme") == 0) {
        syslog(LOG_NOTICE, "reset for %s refused: factory password chosen again", user);
        return -2;
    }
    if (strlen(new_password) < 10)
        return -2;
    return store_set_password(&a, new_password);
}
