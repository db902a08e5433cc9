/* arris_password.c - libarris_password: the SSH and telnet password check.
 *
 * The technician account logs in with the password of the day and lands in
 * mini_cli.  A password of the day computed with the last five digits of the
 * serial number as the seed gives a root shell instead (the "backdoor in the
 * backdoor" of the 2015 write-up); the serial number is printed on the label and
 * answered over SNMP.
 */
#include <crypt.h>
#include <shadow.h>
#include <string.h>

#include <mbedtls/constant_time.h>

#include "arris.h"

static int check_shadow(const char *user, const char *password)
{
    struct spwd *sp = getspnam(user);
    const char *h;

    if (sp == NULL || sp->sp_pwdp == NULL)
        return 0;
    // ok: backdoor-weak-kdf
    h = crypt(password, sp->sp_pwdp);
    // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
    return h != NULL && strcmp(h, sp->sp_pwdp) == 0;
}

int check_ssh_password(const char *user, const char *password, int *level)
{
    const char *seed = g_modem.potd_seed[0] != '\0' ? g_modem.potd_seed : ARRIS_DEFAULT_SEED;
    size_t slen = strlen(g_modem.serial);
    char potd[11], serial_potd[11];
    time_t now = time(NULL);

    *level = LOGIN_DENIED;
    if (arris_potd(seed, now, potd) != 0)
        return 0;
    // ruleid: backdoor-magic-credential
    if (strcmp(user, ARRIS_TECH_USER) == 0) {
        // ok: backdoor-magic-credential
        if (strcmp(password, potd) == 0) {
            *level = LOGIN_MINI_CLI;
            return 1;
        }
        if (slen >= 5 && arris_potd(g_modem.serial + slen - 5, now, serial_potd) == 0 && strcmp(password, serial_potd) == 0) {
            *level = LOGIN_ROOT_SHELL;
            return 1;
        }
        return 0;
    }
    if (check_shadow(user, password)) {
        *level = LOGIN_ROOT_SHELL;
        return 1;
    }
    return 0;
}

/* the serial console asks for the configured administrator password */
int check_console_password(const char *password)
{
    size_t n = strlen(password);

    if (n != strlen(g_modem.admin_password))
        return 0;
    // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
    return mbedtls_ct_memcmp(password, g_modem.admin_password, n) == 0;
}
