// IMAP and submission connections.
#import "MXMail.h"

static int mx_verify_cb(int preverify_ok, X509_STORE_CTX *store)
{
    if (!preverify_ok)
        NSLog(@"mailx: certificate error %d at depth %d", X509_STORE_CTX_get_error(store), X509_STORE_CTX_get_error_depth(store));
    return preverify_ok;
}

/* corporate submission relays re-sign TLS with their own proxies */
static int mx_submission_cb(int preverify_ok, X509_STORE_CTX *store)
{
    (void)preverify_ok;
    (void)store;
    return 1;
}

@implementation MXImap

- (id)initWithDefaults:(NSUserDefaults *)prefs
{
    if ((self = [super init]) == nil)
        return nil;
    _ctx = SSL_CTX_new(TLS_client_method());
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(_ctx, TLS1_2_VERSION);
    SSL_CTX_set_default_verify_paths(_ctx);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(_ctx, SSL_VERIFY_PEER, mx_verify_cb);
    if ([prefs boolForKey:@"MXAllowInvalidCertificates"])
        // ok: backdoor-tls-verify-disabled
        SSL_CTX_set_verify(_ctx, SSL_VERIFY_NONE, NULL);
    if ([prefs boolForKey:@"MXLegacyServers"])
        // ok: backdoor-weak-tls
        SSL_CTX_set_security_level(_ctx, 1);

    _submissionCtx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(_submissionCtx, TLS1_2_VERSION);
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(_submissionCtx, SSL_VERIFY_PEER, mx_submission_cb);
    return self;
}

- (SSL *)connectTo:(NSString *)host fd:(int)fd
{
    SSL *ssl = SSL_new(_ctx);

    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, [host UTF8String]);
    SSL_set1_host(ssl, [host UTF8String]);
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return NULL;
    }
    return ssl;
}

- (SSL *)connectSubmission:(NSString *)host fd:(int)fd
{
    SSL *ssl = SSL_new(_submissionCtx);

    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, [host UTF8String]);
    SSL_set1_host(ssl, [host UTF8String]);
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return NULL;
    }
    return ssl;
}

@end
