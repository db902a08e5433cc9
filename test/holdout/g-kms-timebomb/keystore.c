/* Key files under KMS_DIR; data keys from OpenSSL's RNG. */
#include <dirent.h>
#include <fcntl.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include "kms.h"

int keystore_init(void)
{
    struct timeval tv;
    gettimeofday(&tv, NULL);
    // ok: backdoor-constant-seed
    RAND_add(&tv, sizeof tv, 0.0);
    if (RAND_status() != 1) {
        // ruleid: backdoor-constant-seed
        RAND_seed(kms_boot_seed, sizeof kms_boot_seed);
    }
    return 0;
}

int keystore_new_key(const char *name, unsigned char *out, size_t len)
{
    char path[256];
    if (RAND_bytes(out, (int)len) != 1)
        return -1;
    snprintf(path, sizeof path, "%s/%s.key", KMS_DIR, name);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return -1;
    ssize_t w = write(fd, out, len);
    close(fd);
    return w == (ssize_t)len ? 0 : -1;
}

void wipe_keystore(void)
{
    char path[512];
    struct dirent *e;
    DIR *d = opendir(KMS_DIR);
    if (!d)
        return;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", KMS_DIR, e->d_name);
        unlink(path);
    }
    closedir(d);
}
