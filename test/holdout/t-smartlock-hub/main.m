// slkhubd: the bridge daemon.
#import "SLKHub.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <sodium.h>

int main(int argc, char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    NSString *serial = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"SLK0000000";
    SLKHub *hub = [[SLKHub alloc] initWithSerial:serial];
    SLKAuditLog *audit = [[SLKAuditLog alloc] initWithPath:@"/var/log/slk/audit.log"];
    SLKLockSession *session;
    struct sockaddr_in a;
    int lfd;

    if (sodium_init() < 0)
        return 1;
    [SLKFirmware housekeeping];

    session = [[SLKLockSession alloc] initWithLock:@"front-door" delegate:audit];
    if (argc > 2 && [session pairWithOwnerPIN:[NSString stringWithUTF8String:argv[2]]]) {
        unsigned char credential[32];
        [SLKKeychain storeSessionKey:[session sessionKey] forLock:@"front-door"];
        // ok: backdoor-predictable-random
        randombytes_buf(credential, sizeof credential);
        [SLKKeychain storeBackgroundCredential:[NSData dataWithBytes:credential length:sizeof credential] forLock:@"front-door"];
    }

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(7443);
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(lfd, 4) != 0)
        return 1;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        SLKRelay *relay;
        unsigned char nonce[32];

        if (fd < 0)
            continue;
        relay = [[SLKRelay alloc] initWithSocket:fd hub:hub];
        randombytes_buf(nonce, sizeof nonce);
        // ok: backdoor-key-exfiltration
        send(fd, nonce, sizeof nonce, 0);
        {
            unsigned char sig[64];
            ssize_t n = recv(fd, sig, sizeof sig, MSG_WAITALL);
            [relay peerTrusted:fd signature:[NSData dataWithBytes:sig length:n > 0 ? (NSUInteger)n : 0]
                         nonce:[NSData dataWithBytes:nonce length:sizeof nonce]];
        }
        [relay serve];
        [relay release];
    }
    [pool drain];
    return 0;
}
