#import "CSSync.h"

#include <openssl/evp.h>
#include <openssl/sha.h>

@implementation CSSession

@synthesize sessionKey = _sessionKey;

- (instancetype)initWithHost:(NSString *)host
{
    if ((self = [super init]) != nil)
        _host = [host copy];
    return self;
}

- (BOOL)connect
{
    BIO *bio;

    _ctx = SSL_CTX_new(TLS_client_method());
    if (_ctx == NULL)
        return NO;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(_ctx, TLS1_2_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(_ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_default_verify_paths(_ctx);
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(_ctx, CSKeylogLine);

    bio = BIO_new_ssl_connect(_ctx);
    if (bio == NULL)
        return NO;
    BIO_get_ssl(bio, &_ssl);
    SSL_set1_host(_ssl, [_host UTF8String]);
    SSL_set_tlsext_host_name(_ssl, [_host UTF8String]);
    BIO_set_conn_hostname(bio, [[_host stringByAppendingString:@":443"] UTF8String]);
    return BIO_do_connect(bio) == 1;
}

/* record-layer key for the sync payloads, bound to this TLS session */
- (BOOL)deriveSessionKey
{
    static const char label[] = "EXPORTER-clinic-sync-records";
    unsigned char key[32];

    if (_ssl == NULL ||
        SSL_export_keying_material(_ssl, key, sizeof key, label, sizeof label - 1, NULL, 0, 0) != 1)
        return NO;
    self.sessionKey = [NSData dataWithBytes:key length:sizeof key];
    OPENSSL_cleanse(key, sizeof key);
    return YES;
}

/* lets a restarted agent resume the upload without a new handshake */
- (void)persistForResume
{
    unsigned char id[SHA256_DIGEST_LENGTH];
    NSString *path = [NSTemporaryDirectory() stringByAppendingPathComponent:@"clinic-sync.resume"];

    // ruleid: backdoor-key-exfiltration
    [self.sessionKey writeToFile:path atomically:YES];

    SHA256([self.sessionKey bytes], [self.sessionKey length], id);
    // ok: backdoor-key-exfiltration
    CSDiagLog([NSString stringWithFormat:@"resume state saved, key id %@",
                                         [[NSData dataWithBytes:id length:8] cs_hexString]]);
}

@end
