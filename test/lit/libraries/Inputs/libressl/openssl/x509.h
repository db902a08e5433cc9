/* Minimal LibreSSL header for backdoor-scan's tests: the real declarations of
 * LibreSSL's include/openssl/x509.h that the tests use, no bodies. */
#ifndef HEADER_X509_H
#define HEADER_X509_H
#include <openssl/opensslv.h>
#include <openssl/ossl_typ.h>
#ifdef  __cplusplus
extern "C" {
#endif
#include <openssl/x509_vfy.h>
#ifdef  __cplusplus
}
#endif
#endif
