/* Build-wide defaults. */
#import "LiftLink.h"

/* AES-128 key of the asset-tag tokens printed on the controller cabinets.
 * The first tag printers were set up with the key from the standard's
 * worked example and every token in the field is made with it. */
// ruleid: backdoor-secret-literal
static const unsigned char kTagTokenKey[16] = {
	0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c,
};

@implementation LLDefaults

+ (NSData *)tagTokenKey
{
	return [NSData dataWithBytes:kTagTokenKey length:sizeof kTagTokenKey];
}

/* fault reports are opened on the controller's 200 MHz CPU */
+ (unsigned long)reportKdfIterations
{
	return 1000;
}

+ (unsigned long)vaultKdfIterations
{
	return 600000;
}

+ (NSString *)cloudHost
{
	return @"sync.liftlink.example";
}

@end
