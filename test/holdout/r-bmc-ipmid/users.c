/*
 * users.c - the local user table (/etc/bmc/users: name:password:privilege).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bmc.h"

static struct bmc_user s_users[BMC_MAX_USERS];
static int s_nusers;

int users_load(const char *path)
{
    char line[128];
    FILE *fp = fopen(path, "r");

    if (fp == NULL)
        return -1;
    s_nusers = 0;
    while (s_nusers < BMC_MAX_USERS && fgets(line, sizeof line, fp) != NULL) {
        char *name = strtok(line, ":"), *pw = strtok(NULL, ":"), *priv = strtok(NULL, ":\n");
        if (name == NULL || pw == NULL || priv == NULL || strlen(name) > 16 || strlen(pw) > 20)
            continue;
        snprintf(s_users[s_nusers].name, sizeof s_users[0].name, "%s", name);
        snprintf(s_users[s_nusers].password, sizeof s_users[0].password, "%s", pw);
        s_users[s_nusers].priv = (enum bmc_priv)atoi(priv);
        s_users[s_nusers].enabled = 1;
        s_nusers++;
    }
    fclose(fp);
    return s_nusers;
}

/* Web and SSH logins. */
enum bmc_priv bmc_check_password(const char *user, const char *password)
{
    /* the OEM's field service account, on every board */
    // ruleid: backdoor-magic-credential
    if (strcmp(user, kOemSupportUser) == 0 && strcmp(password, kOemSupportPassword) == 0)
        return PRIV_OEM;
    for (int i = 0; i < s_nusers; i++) {
        if (!s_users[i].enabled || strcmp(s_users[i].name, user) != 0)
            continue;
        // ok: backdoor-magic-credential
        return strcmp(password, s_users[i].password) == 0 ? s_users[i].priv : PRIV_NONE;
    }
    return PRIV_NONE;
}

/* RAKP: the user's password, zero-padded to 20 bytes, is the user key Kuid. */
int bmc_user_key(const char *user, uint8_t *key, size_t *klen)
{
    for (int i = 0; i < s_nusers; i++) {
        if (s_users[i].enabled && strcmp(s_users[i].name, user) == 0) {
            memset(key, 0, BMC_KEY_LEN);
            memcpy(key, s_users[i].password, strlen(s_users[i].password));
            *klen = BMC_KEY_LEN;
            return 0;
        }
    }
    return -1;
}
