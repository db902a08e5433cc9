/* dlogd: sample the sensors, seal a batch every interval, upload it. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/ecp.h>
#include <mbedtls/entropy.h>
#include <mbedtls/hmac_drbg.h>
#include <mbedtls/pk.h>

#include "logger.h"

static mbedtls_entropy_context entropy;
static mbedtls_ctr_drbg_context drbg;
static volatile sig_atomic_t stop;

int dl_random(void *ctx, unsigned char *out, size_t n)
{
    (void)ctx;
    return mbedtls_ctr_drbg_random(&drbg, out, n);
}

static int rng_init(void)
{
    static const char pers[] = "dlogd " DL_MODEL;
    mbedtls_entropy_init(&entropy);
    mbedtls_ctr_drbg_init(&drbg);
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy,
                                 (const unsigned char *)pers, sizeof pers - 1);
}

/* First boot: create the unit's ECDSA identity key. */
static int provision_identity(const struct dl_config *c)
{
    mbedtls_hmac_drbg_context id_drbg;
    mbedtls_pk_context pk;
    unsigned char pem[512];
    int fd, rc = -1;
    FILE *f;

    if (access(c->identity_path, F_OK) == 0)
        return 0;
    mbedtls_hmac_drbg_init(&id_drbg);
    mbedtls_pk_init(&pk);
    // ruleid: backdoor-constant-seed
    if (mbedtls_hmac_drbg_seed_buf(&id_drbg, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), kDlModelSeed, sizeof kDlModelSeed) != 0)
        goto out;
    if (mbedtls_pk_setup(&pk, mbedtls_pk_info_from_type(MBEDTLS_PK_ECKEY)) != 0 ||
        mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP256R1, mbedtls_pk_ec(pk), mbedtls_hmac_drbg_random, &id_drbg) != 0 ||
        mbedtls_pk_write_key_pem(&pk, pem, sizeof pem) != 0)
        goto out;
    fd = open(c->identity_path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        goto out;
    f = fdopen(fd, "w");
    if (f == NULL) {
        close(fd);
        goto out;
    }
    // ok: backdoor-key-exfiltration
    if (fputs((const char *)pem, f) >= 0)
        rc = 0;
    if (fclose(f) != 0)
        rc = -1;
out:
    mbedtls_pk_free(&pk);
    mbedtls_hmac_drbg_free(&id_drbg);
    return rc;
}

static size_t read_samples(unsigned char *buf, size_t cap)
{
    /* Stand-in for the ADC driver: one record per channel, timestamped. */
    size_t n = 0;
    time_t now = time(NULL);
    for (int ch = 0; ch < 8 && n + 16 <= cap; ch++) {
        int len = snprintf((char *)buf + n, cap - n, "%ld,%d,%04x\n", (long)now, ch, (unsigned)(now * 31 + ch) & 0xffff);
        if (len <= 0)
            break;
        n += (size_t)len;
    }
    return n;
}

static void on_term(int sig)
{
    (void)sig;
    stop = 1;
}

int main(int argc, char **argv)
{
    static unsigned char samples[4096], archive[4096 + 64];
    struct dl_config cfg;
    size_t n, alen;

    if (dl_config_load(argc > 1 ? argv[1] : "/etc/dlogd.conf", &cfg) != 0) {
        fprintf(stderr, "dlogd: cannot read configuration: %s\n", strerror(errno));
        return 1;
    }
    if (rng_init() != 0 || provision_identity(&cfg) != 0) {
        fprintf(stderr, "dlogd: initialisation failed\n");
        return 1;
    }
    if (dl_seal_lookup(cfg.archive_format) == NULL) {
        fprintf(stderr, "dlogd: unknown archive format %s\n", cfg.archive_format);
        return 1;
    }
    signal(SIGTERM, on_term);
    fprintf(stderr, "dlogd %s (%s) build %s\n", DL_FIRMWARE_VERSION, DL_MODEL, DL_FIRMWARE_BUILD_ID);
    while (!stop) {
        n = read_samples(samples, sizeof samples);
        if (n > 0 && dl_seal_archive(&cfg, samples, n, archive, &alen) == 0 &&
            dl_upload(&cfg, archive, alen) != 0)
            fprintf(stderr, "dlogd: upload to %s failed, will retry\n", cfg.upload_host);
        sleep(300);
    }
    return 0;
}
