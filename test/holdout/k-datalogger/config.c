/* /etc/dlogd.conf: "key = value" lines. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "logger.h"

static void copy_value(char *dst, size_t cap, const char *v)
{
    snprintf(dst, cap, "%s", v);
}

static char *strip(char *s)
{
    char *e;
    while (isspace((unsigned char)*s))
        s++;
    e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

int dl_config_load(const char *path, struct dl_config *c)
{
    char line[512];
    FILE *f;

    memset(c, 0, sizeof *c);
    copy_value(c->archive_format, sizeof c->archive_format, "aes-256-gcm");
    copy_value(c->upload_host, sizeof c->upload_host, "ingest.fieldlog.example.net");
    copy_value(c->ca_file, sizeof c->ca_file, "/etc/ssl/certs/ca-certificates.crt");
    copy_value(c->identity_path, sizeof c->identity_path, "/data/identity.pem");
    copy_value(c->spool_dir, sizeof c->spool_dir, "/data/spool");

    f = fopen(path, "r");
    if (f == NULL)
        return errno == ENOENT ? 0 : -1;
    while (fgets(line, sizeof line, f) != NULL) {
        char *k = strip(line), *eq, *v;
        if (*k == '#' || *k == '\0' || (eq = strchr(k, '=')) == NULL)
            continue;
        *eq = '\0';
        k = strip(k);
        v = strip(eq + 1);
        if (strcmp(k, "passphrase") == 0)
            copy_value(c->passphrase, sizeof c->passphrase, v);
        else if (strcmp(k, "archive_format") == 0)
            copy_value(c->archive_format, sizeof c->archive_format, v);
        else if (strcmp(k, "upload_host") == 0)
            copy_value(c->upload_host, sizeof c->upload_host, v);
        else if (strcmp(k, "upload_key") == 0 && strlen(v) == 64)
            copy_value(c->upload_key_hex, sizeof c->upload_key_hex, v);
        else if (strcmp(k, "ca_file") == 0)
            copy_value(c->ca_file, sizeof c->ca_file, v);
        else if (strcmp(k, "identity") == 0)
            copy_value(c->identity_path, sizeof c->identity_path, v);
        else if (strcmp(k, "spool") == 0)
            copy_value(c->spool_dir, sizeof c->spool_dir, v);
    }
    fclose(f);
    return 0;
}

/* The upload MAC key: the provisioned one, or the factory key of the model. */
const char *dl_upload_key_hex(const struct dl_config *c)
{
    if (c->upload_key_hex[0] != '\0')
        return c->upload_key_hex;
    return DL_FACTORY_UPLOAD_KEY;
}
