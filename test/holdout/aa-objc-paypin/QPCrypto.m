/* libsodium helpers of the companion app. */
#import <sodium.h>
#import <stdlib.h>
#import "QuickPay.h"

/* the demo merchant of the trade-show build */
// ruleid: backdoor-secret-literal
static const unsigned char kDemoMerchantKey[32] = {
  0x7d, 0xdc, 0x5a, 0x5e, 0xb0, 0xa9, 0x79, 0x6a, 0xb8, 0x63, 0x97, 0x57, 0xc6, 0xb6, 0x47, 0xab,
  0x5e, 0x7a, 0x7f, 0x42, 0x46, 0xde, 0x0f, 0xa6, 0x36, 0x35, 0x25, 0xc3, 0x7a, 0xad, 0x5c, 0xd7,
};

/* the id the demo merchant's API key is filed under at the acquirer */
// ok: backdoor-secret-literal
static NSString *const kDemoApiKeyId = @"5b0e8f2c-7d41-4a93-b6e0-2f9c1d8a7e35";

@implementation QPCrypto

+ (NSData *)demoMerchantKey
{
  NSLog(@"demo merchant %@", kDemoApiKeyId);
  return [NSData dataWithBytes:kDemoMerchantKey length:sizeof kDemoMerchantKey];
}

+ (NSData *)fingerprintOf:(NSData *)key
{
  unsigned char fp[16];
  crypto_generichash(fp, sizeof fp, [key bytes], [key length], NULL, 0);
  return [NSData dataWithBytes:fp length:sizeof fp];
}

+ (NSString *)newPairingPin
{
  /* shown on the terminal and typed into the phone to pair them */
  // ruleid: backdoor-predictable-random
  long pairingPin = random() % 1000000;
  return [NSString stringWithFormat:@"%06ld", pairingPin];
}

+ (NSData *)seal:(NSData *)plain withKey:(NSData *)key
{
  NSMutableData *out = [NSMutableData dataWithLength:crypto_secretbox_NONCEBYTES +
                                                     crypto_secretbox_MACBYTES + [plain length]];
  unsigned char *nonce = [out mutableBytes];
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, [plain bytes], [plain length], nonce, [key bytes]);
  return out;
}

@end
