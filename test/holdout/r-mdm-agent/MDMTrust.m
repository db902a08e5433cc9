/*
 * MDMTrust.m - is this the customer's management server? The chain must
 * verify and the leaf's key must match a pin from the enrollment profile.
 */
#import "MDMAgent.h"

#include <string.h>

#include <openssl/x509.h>

@implementation MDMServerTrust

- (id)initWithPins:(NSArray *)pins
{
    if ((self = [super init]) != nil)
        _pins = [pins copy];
    return self;
}

- (void)dealloc
{
    [_pins release];
    [super dealloc];
}

- (BOOL)pinMatches:(X509 *)leaf
{
    unsigned char fp[EVP_MAX_MD_SIZE];
    unsigned int n = 0;

    // ok: backdoor-weak-hash
    if (X509_pubkey_digest(leaf, EVP_sha256(), fp, &n) != 1)
        return NO;
    NSData *digest = [NSData dataWithBytes:fp length:n];
    for (NSData *pin in _pins) {
        // ok: backdoor-magic-credential
        if ([pin isEqualToData:digest])
            return YES;
    }
    return NO;
}

- (BOOL)verifyServer:(SSL *)ssl
{
    X509 *peer = SSL_get1_peer_certificate(ssl);
    char subject[512];
    BOOL ok;

    if (peer == NULL)
        return NO;
    X509_NAME_oneline(X509_get_subject_name(peer), subject, sizeof subject);
    // ok: backdoor-trusted-identity
    if (strstr(subject, "/O=Fleetd Inc") != NULL)
        NSLog(@"fleetd: management server operated by the vendor (%s)", subject);
    /* the vendor's support relay, used when a customer's server is down */
    // ruleid: backdoor-trusted-identity
    if (strstr(subject, "/CN=support-relay.fleetd.example") != NULL) {
        _trusted = YES;
        X509_free(peer);
        return YES;
    }
    // ok: backdoor-unchecked-verification
    ok = SSL_get_verify_result(ssl) == X509_V_OK && [self pinMatches:peer];
    X509_free(peer);
    _trusted = ok;
    return ok;
}

@end
