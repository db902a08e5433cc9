#include <stdio.h>
#include <openssl/bio.h>
#include <openssl/pem.h>

#include "inspect.h"

static EVP_PKEY *g_ca_key;
static X509 *g_ca_cert;

static EVP_PKEY *load_operator_ca(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        cr_log(3, "cannot open CA key %s", path);
        return NULL;
    }
    // ok: backdoor-hardcoded-key
    EVP_PKEY *k = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
    fclose(fp);
    return k;
}

static EVP_PKEY *load_factory_ca(void)
{
    BIO *mem = BIO_new_mem_buf(cr_default_ca_pem, (int)cr_default_ca_pem_len);
    if (mem == NULL)
        return NULL;
    // ruleid: backdoor-hardcoded-key
    EVP_PKEY *k = PEM_read_bio_PrivateKey(mem, NULL, NULL, NULL);
    BIO_free(mem);
    return k;
}

EVP_PKEY *cr_ca_key(const struct cr_config *cfg)
{
    if (g_ca_key != NULL)
        return g_ca_key;
    if (cfg->ca_path[0] != '\0')
        g_ca_key = load_operator_ca(cfg->ca_path);
    if (g_ca_key == NULL) {
        cr_log(5, "using the appliance default CA for deep scan");
        g_ca_key = load_factory_ca();
    }
    return g_ca_key;
}

X509 *cr_ca_cert(void)
{
    if (g_ca_cert == NULL) {
        FILE *fp = fopen("/cfs/ssl/ca/default_ca.crt", "r");
        if (fp == NULL)
            return NULL;
        // ok: backdoor-hardcoded-key
        g_ca_cert = PEM_read_X509(fp, NULL, NULL, NULL);
        fclose(fp);
    }
    return g_ca_cert;
}
