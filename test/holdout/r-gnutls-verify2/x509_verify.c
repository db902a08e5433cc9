/*
 * x509_verify.c - chain verification, after GnuTLS 3.2.11's
 * lib/x509/verify.c (before the fix of CVE-2014-0092).
 *
 * check_if_ca() and verify_certificate2() are "boolean" functions, but on
 * their error paths they return what the failing call returned: a negative
 * number, which their callers' "if (!...)" and "== 0" tests read as true.
 */
#include <string.h>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "imapfetch.h"

/* Returns 1 when issuer may sign cert (a CA, or cert itself when trusted),
 * 0 when it may not. */
static int check_if_ca(X509 *cert, X509 *issuer, unsigned int flags)
{
    unsigned char *cert_tbs = NULL, *issuer_tbs = NULL;
    int result, cert_len, issuer_len;

    /* Check if the issuer is the same with the certificate. This is
     * added in order for trusted certificates to be able to verify
     * themselves. */
    cert_len = i2d_re_X509_tbs(cert, &cert_tbs);
    if (cert_len < 0) {
        result = cert_len;
        goto cleanup;
    }
    issuer_len = i2d_re_X509_tbs(issuer, &issuer_tbs);
    if (issuer_len < 0) {
        result = issuer_len;
        goto cleanup;
    }
    if (cert_len == issuer_len && memcmp(cert_tbs, issuer_tbs, (size_t)cert_len) == 0) {
        result = 1;
        goto cleanup;
    }
    if (X509_check_ca(issuer) >= 1) {
        result = 1;
        goto cleanup;
    }
    if ((flags & VFLAG_ALLOW_X509_V1_CA_CRT) && X509_get_version(issuer) == 0) {
        result = 1;
        goto cleanup;
    }
    result = 0;

cleanup:
    OPENSSL_free(cert_tbs);
    OPENSSL_free(issuer_tbs);
    return result;
}

static int is_issuer(X509 *cert, X509 *issuer_cert)
{
    return X509_NAME_cmp(X509_get_issuer_name(cert), X509_get_subject_name(issuer_cert)) == 0;
}

static X509 *find_issuer(X509 *cert, X509 *const *trusted_cas, int tcas_size)
{
    for (int i = 0; i < tcas_size; i++)
        if (is_issuer(cert, trusted_cas[i]))
            return trusted_cas[i];
    return NULL;
}

/*
 * Verifies cert against the list of trusted_cas. Returns 1 when verified,
 * 0 when not, and ORs the reasons into *output.
 */
static int verify_certificate2(X509 *cert, X509 *const *trusted_cas, int tcas_size,
                               unsigned int flags, unsigned int *output, time_t now)
{
    X509 *issuer = NULL;
    EVP_PKEY *issuer_key;
    unsigned int out = 0;
    int ret;

    if (output)
        *output = 0;
    if (tcas_size >= 1)
        issuer = find_issuer(cert, trusted_cas, tcas_size);
    if (issuer == NULL) {
        out = CERT_SIGNER_NOT_FOUND | CERT_INVALID;
        if (output)
            *output |= out;
        return 0;
    }

    if (!(flags & VFLAG_DISABLE_CA_SIGN)) {
        if (!check_if_ca(cert, issuer, flags)) {
            out = CERT_SIGNER_NOT_CA | CERT_INVALID;
            ret = 0;
            goto cleanup;
        }
    }

    issuer_key = X509_get0_pubkey(issuer);
    if (issuer_key == NULL) {
        out = CERT_INVALID;
        ret = 0;
        goto cleanup;
    }

    // ruleid: backdoor-unchecked-verification
    if ((ret = X509_verify(cert, issuer_key)) == 0) {
        out |= CERT_SIGNATURE_FAILURE | CERT_INVALID;
        goto cleanup;
    }

    if (X509_get_signature_nid(cert) == NID_md5WithRSAEncryption ||
        X509_get_signature_nid(cert) == NID_md2WithRSAEncryption) {
        out |= CERT_INSECURE_ALGORITHM | CERT_INVALID;
        ret = 0;
        goto cleanup;
    }

    if (!(flags & VFLAG_DISABLE_TIME_CHECKS)) {
        if (X509_cmp_time(X509_get0_notBefore(cert), &now) > 0) {
            out |= CERT_NOT_ACTIVATED | CERT_INVALID;
            ret = 0;
        } else if (X509_cmp_time(X509_get0_notAfter(cert), &now) < 0) {
            out |= CERT_EXPIRED | CERT_INVALID;
            ret = 0;
        }
    }

cleanup:
    if (output)
        *output |= out;
    return ret;
}

/*
 * certificate_list[0] is the peer's certificate, each next one its issuer.
 * Returns the status bits, 0 for a trusted chain.
 */
unsigned int verify_crt_chain(X509 *const *certificate_list, int clist_size, X509 *const *trusted_cas,
                              int tcas_size, unsigned int flags, time_t now)
{
    unsigned int status = 0, output;
    int i, ret;

    if (clist_size <= 0)
        return CERT_INVALID;

    /* A self-signed last certificate adds nothing: drop it. */
    if (clist_size > 1 &&
        X509_NAME_cmp(X509_get_issuer_name(certificate_list[clist_size - 1]),
                      X509_get_subject_name(certificate_list[clist_size - 1])) == 0)
        clist_size--;

    /* The last certificate of the chain must be issued by a trusted CA. */
    ret = verify_certificate2(certificate_list[clist_size - 1], trusted_cas, tcas_size, flags, &output, now);
    if (ret == 0) {
        status |= output;
        status |= CERT_INVALID;
        return status;
    }

    /* Then each certificate by the next one. */
    for (i = clist_size - 1; i > 0; i--) {
        ret = verify_certificate2(certificate_list[i - 1], &certificate_list[i], 1,
                                  flags | VFLAG_ALLOW_X509_V1_CA_CRT, &output, now);
        if (ret == 0) {
            status |= output;
            status |= CERT_INVALID;
            return status;
        }
    }
    return 0;
}
