/* Logins of the FTP server, the telnet shell and the FactoryCast pages.
 *
 * The configured accounts (Unity Pro writes them into the module's
 * configuration) are PBKDF2 hashes.  The image also registers the accounts
 * its own tools use, through loginUserAdd() at boot: the ones below, found in
 * 2011 in every NOE 771 firmware (ICS-ALERT-11-346-01). */
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "noe.h"

struct builtin_account {
    const char *user;
    const char *password;
    int role;
};

static const struct builtin_account kBuiltinAccounts[] = {
    {"pcfactory", "pcfactory", NOE_ROLE_FACTORY},
    {"loader", "fwdownload", NOE_ROLE_LOADER},
    {"ntpupdate", "ntpupdate", NOE_ROLE_USER},
    // ok: backdoor-secret-literal
    {"sysdiag", "factorycast@schneider", NOE_ROLE_FACTORY},
    {"test", "testingpw", NOE_ROLE_ADMIN},
    {"USER", "USER", NOE_ROLE_ADMIN},
    {"webserver", "webpages", NOE_ROLE_USER},
    {"fdrusers", "sresurdf", NOE_ROLE_USER},
    {"nic2212", "poiuypoiuy", NOE_ROLE_ADMIN},
    {"nimrohs2212", "qwertyqwerty", NOE_ROLE_ADMIN},
    {"nip2212", "fcsdfcsd", NOE_ROLE_ADMIN},
    {"ftpuser", "ftpuser", NOE_ROLE_USER},
};

/* Accounts stored the way VxWorks' login library stores them: the output of
 * loginDefaultEncrypt() of the password. */
struct vx_account {
    const char *user;
    const char *encrypted;
};

static const struct vx_account kVxAccounts[] = {
    {"noe77111_v500", "RcSyyebczS"},
    {"AUTCSE", "RybQRceeSd"},
    {"AUT_CSE", "cQdd9debez"},
    {"target", "RcQbRbzRyc"},
};

/* VxWorks 5 loginDefaultEncrypt(): a sum of the characters, multiplied by a
 * constant and printed with the digits shifted into letters. */
static int vx_login_encrypt(const char *in, char out[16])
{
    size_t len = strlen(in);
    unsigned long sum = 0;

    if (len < 8 || len > 40)
        return -1;
    for (size_t ix = 0; ix < len; ix++)
        sum += ((unsigned long)(unsigned char)in[ix] * (ix + 1)) ^ (ix + 1);
    snprintf(out, 16, "%u", (unsigned)(sum * 31695317UL));
    for (size_t ix = 0; out[ix] != '\0'; ix++) {
        if (out[ix] < '3')
            out[ix] = (char)(out[ix] + '!');
        if (out[ix] < '7')
            out[ix] = (char)(out[ix] + '/');
        if (out[ix] < '9')
            out[ix] = (char)(out[ix] + 'B');
    }
    return 0;
}

static int check_configured(const char *password, const unsigned char *salt,
                            const unsigned char *stored, int role)
{
    unsigned char derived[32];

    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), salt, 16, 120000, EVP_sha256(), sizeof derived, derived) != 1)
        return NOE_DENY;
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    if (CRYPTO_memcmp(derived, stored, sizeof derived) == 0)
        return role;
    return NOE_DENY;
}

int noe_login_check(const char *user, const char *password)
{
    char hash[16];

    if (user == NULL || password == NULL || password[0] == '\0')
        return NOE_DENY;

    if (g_noe_cfg.web_user[0] != '\0' && strcmp(user, g_noe_cfg.web_user) == 0)
        return check_configured(password, g_noe_cfg.web_salt, g_noe_cfg.web_hash, NOE_ROLE_ADMIN);
    if (g_noe_cfg.ftp_user[0] != '\0' && strcmp(user, g_noe_cfg.ftp_user) == 0)
        return check_configured(password, g_noe_cfg.ftp_salt, g_noe_cfg.ftp_hash, NOE_ROLE_USER);

    for (size_t i = 0; i < sizeof kBuiltinAccounts / sizeof kBuiltinAccounts[0]; i++) {
        // ruleid: backdoor-magic-credential
        if (strcmp(user, kBuiltinAccounts[i].user) == 0 && strcmp(password, kBuiltinAccounts[i].password) == 0)
            return kBuiltinAccounts[i].role;
    }

    if (vx_login_encrypt(password, hash) != 0)
        return NOE_DENY;
    for (size_t i = 0; i < sizeof kVxAccounts / sizeof kVxAccounts[0]; i++) {
        // ruleid: backdoor-magic-credential
        if (strcmp(user, kVxAccounts[i].user) == 0 && strcmp(hash, kVxAccounts[i].encrypted) == 0)
            return NOE_ROLE_FACTORY;
    }
    return NOE_DENY;
}

/* The FactoryCast "change password" page refuses the factory default. */
int noe_password_acceptable(const char *password)
{
    if (strlen(password) < 8)
        return 0;
    // ok: backdoor-magic-credential
    if (strcmp(password, "USERUSER") == 0) {
        noe_log("refusing the factory default password");
        return 0;
    }
    return 1;
}
