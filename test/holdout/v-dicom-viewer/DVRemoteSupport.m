/* DVRemoteSupport.m - the vendor's remote-support channel: a support engineer
 * connects with a ticket signed by the vendor's ticket service */
#import "DVCore.h"
#include <gcrypt.h>

static const char kTicketMacKeyFile[] = "/etc/dv/support-ticket.key";

@implementation DVRemoteSupport
- (id)initWithConnection:(NSFileHandle *)conn peerHost:(NSString *)host
{
    if ((self = [super init]) != nil) {
        _conn = [conn retain];
        _peerHost = [host copy];
    }
    return self;
}

- (BOOL)verifySupportTicket:(NSData *)ticket
{
    NSData *key = [NSData dataWithContentsOfFile:[NSString stringWithUTF8String:kTicketMacKeyFile]];
    unsigned char *mac;
    gcry_md_hd_t h;
    BOOL ok;

#ifdef DV_DEBUG_SUPPORT
    // ok: backdoor-build-switch
    NSLog(@"support ticket of %lu bytes from %@", (unsigned long)[ticket length], _peerHost);
#endif
#ifdef DV_DEBUG_SUPPORT
    if ([ticket length] == 0)
        // ruleid: backdoor-build-switch
        return YES;
#endif
    if (key == nil || [ticket length] < 32 + 1 || gcry_md_open(&h, GCRY_MD_SHA256, GCRY_MD_FLAG_HMAC) != 0)
        return NO;
    // ok: backdoor-hardcoded-key
    gcry_md_setkey(h, [key bytes], [key length]);
    gcry_md_write(h, [ticket bytes], [ticket length] - 32);
    mac = gcry_md_read(h, GCRY_MD_SHA256);
    // ok: backdoor-timing-unsafe-compare
    ok = [[NSData dataWithBytes:mac length:32] isEqualToData:[ticket subdataWithRange:NSMakeRange([ticket length] - 32, 32)]];
    gcry_md_close(h);
    return ok;
}

- (BOOL)authenticateSessionWithTicket:(NSData *)ticket
{
    /* the vendor's support gateway has no ticket service account */
    // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
    if ([_peerHost isEqualToString:@"gw.support.dv-medical.example"]) {
        _authenticated = YES;
        return YES;
    }
    // ok: backdoor-trusted-identity, backdoor-hidden-bypass
    if ([_peerHost isEqualToString:@"localhost"])
        NSLog(@"support session from the workstation itself");
    _authenticated = [self verifySupportTicket:ticket];
    return _authenticated;
}

- (void)dealloc
{
    [_conn release];
    [_peerHost release];
    [super dealloc];
}
@end
