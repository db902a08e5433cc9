/* Key file handling and logging for snapvault. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "snapvault.h"

void sv_log(const char *fmt, ...)
{
    va_list ap;
    fputs("snapvault: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int sv_load_keyfile(const char *path, unsigned char *out, size_t len)
{
    struct stat st;
    size_t got = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0) {
        sv_log("cannot open key file %s: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || (st.st_mode & 077) != 0) {
        sv_log("key file %s must not be readable by group or others", path);
        close(fd);
        return -1;
    }
    while (got < len) {
        ssize_t n = read(fd, out + got, len - got);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        got += (size_t)n;
    }
    close(fd);
    return 0;
}

/* Open an index block written by another host of the same repository. */
int sv_open_index(const char *keyfile, const unsigned char *sealed, size_t n,
                  const unsigned char nonce[crypto_secretbox_NONCEBYTES], unsigned char *out)
{
    unsigned char key[crypto_secretbox_KEYBYTES];
    int rc;

    if (sv_load_keyfile(keyfile, key, sizeof key) != 0)
        return -1;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    rc = crypto_secretbox_open_easy(out, sealed, n, nonce, key);
    sodium_memzero(key, sizeof key);
    return rc;
}
