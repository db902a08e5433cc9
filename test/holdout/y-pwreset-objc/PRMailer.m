#import "PRReset.h"
#include <sodium.h>

static NSString *PRHex(const unsigned char *p, size_t n)
{
    NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];
    for (size_t i = 0; i < n; i++)
        [s appendFormat:@"%02x", p[i]];
    return s;
}

@implementation PRMailer

- (void)sendResetCode:(NSString *)code to:(NSString *)address
{
    // ok: backdoor-key-exfiltration
    NSLog(@"pwreset: reset code sent to %@", address);
    (void)code;
}

- (void)announceRecoveryKey:(NSData *)key account:(NSString *)account
{
    unsigned char fp[16];
    crypto_generichash(fp, sizeof fp, [key bytes], [key length], NULL, 0);
    // ok: backdoor-key-exfiltration
    NSLog(@"pwreset: new recovery key for %@ (id %@)", account, PRHex(fp, sizeof fp));
}

@end
