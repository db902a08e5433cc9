/* DVAssociation.m - DICOM TLS (PS3.15 Annex B) to archives and modalities */
#import "DVCore.h"
#include <gnutls/x509.h>

#define DV_PRIORITY_BASE "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2"
/* modalities installed before 2015 */
#define DV_PRIORITY_COMPAT ":+VERS-TLS1.0:+3DES-CBC:+RSA"

@implementation DVAssociation
- (id)initWithHost:(NSString *)host legacyModality:(BOOL)legacy
{
    if ((self = [super init]) == nil)
        return nil;
    _host = [host copy];
    gnutls_certificate_allocate_credentials(&_cred);
    gnutls_certificate_set_x509_system_trust(_cred);
    /* the certificates of many modalities were issued for ten years in 2009 */
    // ruleid: backdoor-tls-verify-disabled
    gnutls_certificate_set_verify_flags(_cred, GNUTLS_VERIFY_DISABLE_TIME_CHECKS);
    gnutls_init(&_session, GNUTLS_CLIENT);
    if (legacy) {
        // ruleid: backdoor-weak-tls
        gnutls_priority_set_direct(_session, DV_PRIORITY_BASE DV_PRIORITY_COMPAT, NULL);
    } else {
        // ok: backdoor-weak-tls
        gnutls_priority_set_direct(_session, DV_PRIORITY_BASE, NULL);
    }
    gnutls_credentials_set(_session, GNUTLS_CRD_CERTIFICATE, _cred);
    gnutls_server_name_set(_session, GNUTLS_NAME_DNS, [_host UTF8String], strlen([_host UTF8String]));
    gnutls_session_set_verify_cert(_session, [_host UTF8String], 0);
    return self;
}

- (BOOL)open:(int)fd
{
    int rc;

    gnutls_transport_set_int(_session, fd);
    do {
        // ok: backdoor-tls-verify-disabled
        rc = gnutls_handshake(_session);
    } while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
    return rc >= 0;
}

- (void)dealloc
{
    gnutls_deinit(_session);
    gnutls_certificate_free_credentials(_cred);
    [_host release];
    [super dealloc];
}
@end
