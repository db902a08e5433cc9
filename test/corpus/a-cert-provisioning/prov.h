/* provd - device certificate provisioning service */
#ifndef PROVD_PROV_H
#define PROVD_PROV_H
#include <openssl/evp.h>
#include <openssl/x509.h>

enum prov_profile {
    PROFILE_STANDARD = 0,
    PROFILE_LEGACY_DEVICE = 1,  /* 2014-era meters, 16-bit MCU */
    PROFILE_BENCH = 2,          /* line test bench, keys discarded after the run */
};

enum prov_key_type { KEY_RSA = 0, KEY_EC = 1 };

struct prov_config {
    enum prov_profile  profile;
    enum prov_key_type key_type;
    int                ca_rsa_bits;     /* from provd.conf */
    const char        *ca_key_path;
    const char        *ca_pass_env;     /* environment variable holding the CA passphrase */
    int                legacy_csr;
};

/* keygen.c */
EVP_PKEY *prov_generate_device_key(const struct prov_config *cfg);
EVP_PKEY *prov_generate_ca_key(const struct prov_config *cfg);
EVP_PKEY *prov_generate_ec_via_params(const struct prov_config *cfg);

/* csr.c */
X509_REQ *prov_make_csr(const struct prov_config *cfg, EVP_PKEY *device_key, const char *serial);
X509 *prov_sign_csr(const struct prov_config *cfg, X509_REQ *req, X509 *ca_cert);
int prov_attest(const unsigned char *nonce, size_t n, unsigned char *sig, size_t *siglen);

void prov_log(const char *fmt, ...);

#endif
