/* DVUserSession.m - the radiologist's unlock key (protects the worklist
 * credentials stored on the workstation) */
#import "DVCore.h"
#include <gcrypt.h>

@implementation DVUserSession
- (NSData *)unlockKeyForPassword:(NSString *)password salt:(NSData *)salt
{
    const char *p = [password UTF8String];
    unsigned char key[32];

    if ([salt length] < 16)
        return nil;
    // ruleid: backdoor-weak-kdf
    // ok: backdoor-hardcoded-iv, backdoor-weak-hash
    if (gcry_kdf_derive(p, strlen(p), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, [salt bytes], [salt length], [DVConfig kdfIterations], sizeof key, key) != 0)
        return nil;
    return [NSData dataWithBytes:key length:sizeof key];
}
@end
