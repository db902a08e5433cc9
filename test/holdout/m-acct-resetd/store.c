/* account and reset-record files under ACCTD_DB_DIR */
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "acctd.h"

static int path_for(char *out, size_t cap, const char *user, const char *ext)
{
    if (strchr(user, '/') != NULL || user[0] == '.' || user[0] == '\0')
        return -1;
    int n = snprintf(out, cap, "%s/%s.%s", ACCTD_DB_DIR, user, ext);
    return n > 0 && (size_t)n < cap ? 0 : -1;
}

int store_load(const char *user, struct account *a)
{
    char path[256], line[512];
    if (path_for(path, sizeof path, user, "acct") != 0)
        return -1;
    FILE *f = fopen(path, "r");
    if (f == NULL)
        return -1;
    memset(a, 0, sizeof *a);
    snprintf(a->user, sizeof a->user, "%s", user);
    while (fgets(line, sizeof line, f) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "email=", 6) == 0)
            snprintf(a->email, sizeof a->email, "%s", line + 6);
        else if (strncmp(line, "hash=", 5) == 0)
            snprintf(a->pwhash, sizeof a->pwhash, "%s", line + 5);
        else if (strncmp(line, "failed=", 7) == 0)
            sscanf(line + 7, "%u", &a->failed_logins);
    }
    fclose(f);
    return 0;
}

int store_save(const struct account *a)
{
    char path[256];
    if (path_for(path, sizeof path, a->user, "acct") != 0)
        return -1;
    FILE *f = fopen(path, "w");
    if (f == NULL)
        return -1;
    fprintf(f, "email=%s\nhash=%s\nfailed=%u\n", a->email, a->pwhash, a->failed_logins);
    return fclose(f);
}

int store_set_password(struct account *a, const char *password)
{
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    char rbytes[16];
    struct crypt_data cd;

    // ok: backdoor-predictable-random
    if (getrandom(rbytes, sizeof rbytes, 0) != (ssize_t)sizeof rbytes)
        return -1;
    // ruleid: backdoor-weak-kdf
    if (crypt_gensalt_rn(ACCT_HASH_PREFIX, ACCT_HASH_ROUNDS, rbytes, sizeof rbytes, setting, sizeof setting) == NULL)
        return -1;
    memset(&cd, 0, sizeof cd);
    const char *h = crypt_r(password, setting, &cd);
    if (h == NULL || h[0] == '*')
        return -1;
    snprintf(a->pwhash, sizeof a->pwhash, "%s", h);
    a->failed_logins = 0;
    return store_save(a);
}

int store_check_password(const struct account *a, const char *password)
{
    struct crypt_data cd;
    memset(&cd, 0, sizeof cd);
    // ok: backdoor-weak-kdf
    const char *h = crypt_r(password, a->pwhash, &cd);
    return h != NULL && h[0] != '*' && strcmp(h, a->pwhash) == 0;
}

int store_put_reset(struct reset_record *rec)
{
    char path[256];
    if (path_for(path, sizeof path, rec->user, "reset") != 0)
        return -1;
    /* the salt keys the mail-log digest of the token (see reset.c) */
    // ruleid: backdoor-predictable-random
    getrandom(rec->salt, sizeof rec->salt, GRND_NONBLOCK);
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    size_t n = fwrite(rec, sizeof *rec, 1, f);
    fclose(f);
    return n == 1 ? 0 : -1;
}

int store_take_reset(const char *user, struct reset_record *rec)
{
    char path[256];
    if (path_for(path, sizeof path, user, "reset") != 0)
        return -1;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    size_t n = fread(rec, sizeof *rec, 1, f);
    fclose(f);
    unlink(path);
    return n == 1 ? 0 : -1;
}
