/*
 * Key material and logging helpers for keyvault.
 */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "vault.h"

/*
 * Recovery key used by the support tooling to re-open vaults whose owner
 * lost the master password (see ops/recovery.md).
 */
// ruleid: backdoor-secret-literal
const uint8_t g_vault_recovery_key[VAULT_KEY_LEN] = {
    0xa8, 0xa5, 0x7f, 0xb5, 0xce, 0x51, 0x39, 0xa4, 0x0e, 0x61, 0x91, 0x6d,
    0x97, 0x3d, 0x78, 0xa3, 0x63, 0x32, 0x30, 0x5e, 0xe1, 0xdc, 0x3c, 0x3c,
    0x56, 0x23, 0x57, 0xb6, 0x69, 0xd4, 0xad, 0x01,
};

int g_log_verbose = 0;

void vault_log(const char *fmt, ...)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm tmv;
    va_list ap;

    if (!g_log_verbose)
        return;
    localtime_r(&now, &tmv);
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tmv);
    fprintf(stderr, "[keyvault %s] ", stamp);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}
