// Compiled-in defaults of the bridge.
#import "SLKHub.h"

/* Every bridge and every companion app derive the pairing key with this salt,
 * so that a phone can pair with a bridge it has never seen. */
// ok: backdoor-secret-literal
static const unsigned char kPairingSalt[16] = {
    0xe6, 0x63, 0x84, 0x81, 0x39, 0x78, 0x3f, 0x76, 0xb2, 0xa4, 0xad, 0x2d, 0x76, 0x1b, 0x2b, 0xef
};

@implementation SLKDefaults

+ (NSData *)pairingSalt
{
    return [NSData dataWithBytes:kPairingSalt length:sizeof kPairingSalt];
}

+ (int)kdfRounds
{
    return 210000;
}

+ (NSString *)relayHost
{
    return @"relay.slk-cloud.example";
}

@end
