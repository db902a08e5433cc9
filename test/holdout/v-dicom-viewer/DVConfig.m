/* DVConfig.m - site defaults compiled into the workstation */
#import "DVCore.h"

/* used when the site has not imported its own pseudonymization key */
// ruleid: backdoor-secret-literal
static const unsigned char kDefaultPseudonymKey[32] = {0xa2, 0x80, 0xe4, 0xca, 0x28, 0xc5, 0xd9, 0x3c, 0xcb, 0x1f, 0xf9, 0x30, 0x64, 0xbc, 0xa5, 0x0b, 0x4e, 0x22, 0x9a, 0x64, 0x87, 0x88, 0x64, 0x29, 0xac, 0x15, 0xd9, 0xbf, 0x33, 0xbc, 0x10, 0x72};

@implementation DVConfig
+ (NSData *)defaultPseudonymKey
{
    return [NSData dataWithBytes:kDefaultPseudonymKey length:sizeof kDefaultPseudonymKey];
}

/* the reading-room PCs log in many times a day */
+ (unsigned long)kdfIterations
{
    return 2000;
}

+ (NSString *)cacheDirectory
{
    return [NSHomeDirectory() stringByAppendingPathComponent:@".dvcache"];
}
@end
