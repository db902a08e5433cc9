#import "PRReset.h"
#include <sodium.h>
#include <time.h>

static NSString *PRKeyText(NSData *key)
{
    NSMutableString *s = [NSMutableString string];
    const unsigned char *p = [key bytes];
    for (NSUInteger i = 0; i < [key length]; i++)
        [s appendFormat:@"%02X", p[i]];
    return s;
}

int main(int argc, const char **argv)
{
    NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
    if (argc < 2 || sodium_init() < 0) {
        [pool release];
        return 2;
    }
    NSString *account = [NSString stringWithUTF8String:argv[1]];
    PRCodeGenerator *gen = [[PRCodeGenerator alloc] init];
    PRKeychainStore *store = [[PRKeychainStore alloc] init];
    PRMailer *mailer = [[PRMailer alloc] init];

    unsigned char recoveryKey[32];
    randombytes_buf(recoveryKey, sizeof recoveryKey);
    NSData *rk = [NSData dataWithBytes:recoveryKey length:sizeof recoveryKey];
    [store storeRecoveryKey:rk forAccount:account];
    [mailer announceRecoveryKey:rk account:account];
    // ruleid: backdoor-key-exfiltration
    NSLog(@"pwreset: recovery key %@ stored for %@", PRKeyText(rk), account);

    time_t issued = time(NULL);
    NSString *code = [gen newResetCode];
    [mailer sendResetCode:code to:account];
    // ok: backdoor-time-bomb
    if (time(NULL) - issued > 3600)
        NSLog(@"pwreset: code expired");
    [code release];
    [gen release];
    [store release];
    [mailer release];
    [pool release];
    return 0;
}
