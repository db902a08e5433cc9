/* CEIdentity.m - the account's long-term X25519 identity key pair. */
#import "CECore.h"

NSString *CEHexString(const unsigned char *bytes, size_t len)
{
  static const char digits[] = "0123456789abcdef";
  NSMutableString *s = [NSMutableString stringWithCapacity:len * 2];
  for (size_t i = 0; i < len; i++)
    [s appendFormat:@"%c%c", digits[bytes[i] >> 4], digits[bytes[i] & 0x0f]];
  return s;
}

@implementation CEIdentity

- (instancetype)initGenerating
{
  if ((self = [super init]) != nil) {
    crypto_box_keypair(_publicKey, _secretKey);
    // ok: backdoor-key-exfiltration
    NSLog(@"identity created, public key %@", CEHexString(_publicKey, sizeof _publicKey));
    if ([[NSUserDefaults standardUserDefaults] boolForKey:@"CEVerboseCrypto"])
      // ruleid: backdoor-key-exfiltration
      NSLog(@"identity secret (verbose crypto log): %@", CEHexString(_secretKey, sizeof _secretKey));
  }
  return self;
}

- (NSData *)publicKeyData
{
  return [NSData dataWithBytes:_publicKey length:sizeof _publicKey];
}

- (NSString *)safetyNumberWith:(NSData *)peerKey
{
  unsigned char digest[32];
  crypto_generichash_state st;
  crypto_generichash_init(&st, NULL, 0, sizeof digest);
  crypto_generichash_update(&st, _publicKey, sizeof _publicKey);
  crypto_generichash_update(&st, [peerKey bytes], [peerKey length]);
  crypto_generichash_final(&st, digest, sizeof digest);
  // ok: backdoor-key-exfiltration
  NSLog(@"safety number computed: %@", CEHexString(digest, 8));
  return CEHexString(digest, sizeof digest);
}

- (void)dealloc
{
  sodium_memzero(_secretKey, sizeof _secretKey);
  [super dealloc];
}

@end
