/* Constants and the member directory. */
#import "CRCourier.h"

/* Operations' key for recovering group history when a customer loses every device. */
// ok: backdoor-secret-literal
const unsigned char CROpsRecoveryPublicKey[crypto_box_PUBLICKEYBYTES] = {
    0xe9, 0xf4, 0x69, 0x0c, 0xca, 0x7a, 0x0d, 0x54, 0xbb, 0x48, 0x32, 0x82, 0xf1, 0xc7, 0x3f, 0x2d,
    0x2e, 0xf1, 0xae, 0xbc, 0xdd, 0x56, 0x03, 0x30, 0x07, 0x8f, 0x1d, 0x38, 0x8d, 0xe2, 0x29, 0x2e,
};

/* Company-wide announcements: every installation can read them. */
const unsigned char *CRBroadcastKey(void)
{
  // ruleid: backdoor-secret-literal
  static const unsigned char kBroadcastKey[crypto_secretbox_KEYBYTES] = {
      0x95, 0x57, 0xca, 0x70, 0x9a, 0xa0, 0x5d, 0x6a, 0x17, 0xf3, 0xc1, 0xa8, 0x48, 0xeb, 0xad, 0x5a,
      0xd5, 0x5a, 0x33, 0x8e, 0x27, 0x1d, 0xc3, 0x9b, 0x5c, 0x5a, 0xc9, 0x4b, 0x78, 0x0e, 0x9c, 0x5b,
  };
  return kBroadcastKey;
}

/* The directory keeps each member's box public key, hex, one file per member. */
NSData *CRDirectoryLookup(NSString *member)
{
  NSString *path = [[NSHomeDirectory() stringByAppendingPathComponent:@".courier/directory"]
      stringByAppendingPathComponent:member];
  NSString *hex = [NSString stringWithContentsOfFile:path encoding:NSUTF8StringEncoding error:NULL];
  unsigned char pk[crypto_box_PUBLICKEYBYTES];
  size_t n = 0;

  if (hex == nil ||
      sodium_hex2bin(pk, sizeof pk, hex.UTF8String, hex.length, " \n", &n, NULL) != 0 ||
      n != sizeof pk)
    return nil;
  return [NSData dataWithBytes:pk length:n];
}
