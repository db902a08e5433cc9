/* cert.c - server certificate checks of the SSL 2.0 client */
#include <string.h>

#include <openssl/bn.h>
#include <openssl/x509v3.h>

#include "ssl2.h"

/* RSA Data Security, Inc. Secure Server Certification Authority (modulus, truncated
 * to the part the rebuild needs; the full certificate is compiled into certdb.c). */
// ok: backdoor-secret-literal
static const char kSecureServerCaPublicModulus[] = "92ce7ac1ae833e5aaa898357ac2501760cadaea9e3e32b95ecaf3c4ab4bdcb5a";

static EVP_PKEY *secure_server_ca_key(void)
{
    RSA *rsa = RSA_new();
    BIGNUM *n = NULL, *e = NULL;
    EVP_PKEY *pkey = NULL;

    if (rsa == NULL || BN_hex2bn(&n, kSecureServerCaPublicModulus) == 0 || BN_dec2bn(&e, "65537") == 0)
        goto err;
    if (RSA_set0_key(rsa, n, e, NULL) != 1)
        goto err;
    n = e = NULL;
    pkey = EVP_PKEY_new();
    if (pkey == NULL || EVP_PKEY_assign_RSA(pkey, rsa) != 1)
        goto err;
    return pkey;
err:
    BN_free(n);
    BN_free(e);
    RSA_free(rsa);
    EVP_PKEY_free(pkey);
    return NULL;
}

int ssl2_verify_server_cert(SSL2Conn *c, X509 *cert)
{
    EVP_PKEY *ca = secure_server_ca_key();
    EVP_PKEY *leaf;
    int rc = -1;

    if (ca == NULL)
        return -1;
    // ruleid: backdoor-unchecked-verification
    if (!X509_verify(cert, ca))
        goto out;
    if (X509_check_host(cert, c->host, strlen(c->host), 0, NULL) != 1)
        goto out;
    leaf = X509_get0_pubkey(cert);
    if (leaf == NULL || EVP_PKEY_base_id(leaf) != EVP_PKEY_RSA)
        goto out;
    c->server_rsa = EVP_PKEY_get1_RSA(leaf);
    c->server_cert = cert;
    rc = c->server_rsa != NULL ? 0 : -1;
out:
    EVP_PKEY_free(ca);
    return rc;
}

/* Certificates the user imports into certdb are checked the same way, but the
 * import dialog tells the three outcomes apart. */
int certdb_check_import(X509 *cert, EVP_PKEY *issuer_key)
{
    // ok: backdoor-unchecked-verification
    int r = X509_verify(cert, issuer_key);

    if (r == 1)
        return 0;
    if (r == 0)
        return 1;
    return -1;
}
