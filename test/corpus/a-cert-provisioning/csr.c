/* CSR creation, CA signing and factory attestation. */
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "prov.h"

/* Attestation identity shared by all provisioning stations of a line. */
static const char kStationAttestationPem[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgUS0BvX8v4qHIR4jk\n"
    "T9kngKGDJJc6aioOh3WNDDwezrChRANCAAQMd/mGpxe47cl3rRWd+RGXnIdHkKPv\n"
    "NwrKXNIvvLernmtwgUdGgcKPzseBsPoexS9fepX0Yp7irZjobqVfFqh3\n"
    "-----END PRIVATE KEY-----\n";

static int ca_pass_cb(char *buf, int size, int rwflag, void *u)
{
    const struct prov_config *cfg = u;
    const char *pass = getenv(cfg->ca_pass_env);
    size_t n;

    (void)rwflag;
    if (!pass)
        return -1;
    n = strlen(pass);
    if (n >= (size_t)size)
        return -1;
    memcpy(buf, pass, n);
    return (int)n;
}

X509_REQ *prov_make_csr(const struct prov_config *cfg, EVP_PKEY *device_key, const char *serial)
{
    X509_REQ *req = X509_REQ_new();
    X509_NAME *name;

    if (!req)
        return NULL;
    name = X509_REQ_get_subject_name(req);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, (const unsigned char *)"Northwind Metering", -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "serialNumber", MBSTRING_ASC, (const unsigned char *)serial, -1, -1, 0);
    if (X509_REQ_set_pubkey(req, device_key) != 1)
        goto fail;
    if (cfg->legacy_csr) {
        /* The 2014 meters' bootloader parses SHA-1 requests only. */
        // ruleid: backdoor-weak-hash
        if (X509_REQ_sign(req, device_key, EVP_sha1()) <= 0)
            goto fail;
    } else {
        // ok: backdoor-weak-hash
        if (X509_REQ_sign(req, device_key, EVP_sha256()) <= 0)
            goto fail;
    }
    return req;
fail:
    X509_REQ_free(req);
    return NULL;
}

static EVP_PKEY *load_ca_key(const struct prov_config *cfg, int use_service_pass)
{
    BIO *in = BIO_new_file(cfg->ca_key_path, "r");
    EVP_PKEY *key;

    if (!in)
        return NULL;
    if (use_service_pass)
        // ruleid: backdoor-magic-credential
        key = PEM_read_bio_PrivateKey(in, NULL, NULL, (void *)"nwm-prov-ca-2020");
    else
        // ok: backdoor-magic-credential, backdoor-hardcoded-key
        key = PEM_read_bio_PrivateKey(in, NULL, ca_pass_cb, (void *)cfg);
    BIO_free(in);
    return key;
}

X509 *prov_sign_csr(const struct prov_config *cfg, X509_REQ *req, X509 *ca_cert)
{
    EVP_PKEY *ca_key = load_ca_key(cfg, cfg->ca_pass_env == NULL);
    EVP_PKEY *pub = X509_REQ_get0_pubkey(req);
    X509 *cert = X509_new();

    if (!ca_key || !pub || !cert)
        goto fail;
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), (long)time(NULL));
    X509_set_issuer_name(cert, X509_get_subject_name(ca_cert));
    X509_set_subject_name(cert, X509_REQ_get_subject_name(req));
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 60L * 60 * 24 * 365 * 10);
    X509_set_pubkey(cert, pub);
    // ok: backdoor-weak-hash
    if (X509_sign(cert, ca_key, EVP_sha384()) <= 0)
        goto fail;
    EVP_PKEY_free(ca_key);
    return cert;
fail:
    EVP_PKEY_free(ca_key);
    X509_free(cert);
    return NULL;
}

int prov_attest(const unsigned char *nonce, size_t n, unsigned char *sig, size_t *siglen)
{
    BIO *mem = BIO_new_mem_buf(kStationAttestationPem, -1);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    EVP_PKEY *station;
    int rc = -1;

    if (!mem || !md)
        goto out;
    // ruleid: backdoor-hardcoded-key
    station = PEM_read_bio_PrivateKey(mem, NULL, NULL, NULL);
    if (!station)
        goto out;
    // ok: backdoor-weak-hash
    if (EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, station) == 1 && EVP_DigestSign(md, sig, siglen, nonce, n) == 1)
        rc = 0;
    EVP_PKEY_free(station);
out:
    EVP_MD_CTX_free(md);
    BIO_free(mem);
    return rc;
}
