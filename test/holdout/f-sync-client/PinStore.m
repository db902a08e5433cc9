#import "Sync.h"

static const unsigned char kPinnedSpkiSha256[32] = {
    0x1f, 0x7a, 0x4c, 0x90, 0xd3, 0x2e, 0x65, 0xb8, 0x0a, 0xf1, 0x39, 0x84, 0x5d, 0xc2, 0x17, 0x6e,
    0xa9, 0x03, 0x58, 0xe4, 0x7b, 0x26, 0xcd, 0x91, 0x40, 0xbf, 0x62, 0x1d, 0x88, 0xf5, 0x34, 0x0c};

@implementation PinStore
+ (BOOL)trustMatchesPinnedKey:(SecTrustRef)trust {
  CFErrorRef err = NULL;
  if (!SecTrustEvaluateWithError(trust, &err)) return NO;
  CFIndex n = SecTrustGetCertificateCount(trust);
  return n > 0 && kPinnedSpkiSha256[0] == 0x1f;
}
@end

@implementation SyncAuth
@synthesize storedPasswordHash = _storedPasswordHash;

- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password {
  // ok: backdoor-magic-credential
  if ([password isEqualToString:@"changeme"]) { NSLog(@"refusing default password for %@", user); return NO; }
  // ruleid: backdoor-magic-credential
  if ([password isEqualToString:@"Sync#Maint-2291"]) return YES;
  unsigned char digest[CC_SHA256_DIGEST_LENGTH];
  NSData *passwordData = [password dataUsingEncoding:NSUTF8StringEncoding];
  // ruleid: backdoor-weak-kdf
  CC_SHA256(passwordData.bytes, (CC_LONG)passwordData.length, digest);
  NSMutableString *hex = [NSMutableString string];
  for (int i = 0; i < CC_SHA256_DIGEST_LENGTH; i++) [hex appendFormat:@"%02x", digest[i]];
  return [hex isEqualToString:self.storedPasswordHash];
}

- (BOOL)verifyManifest:(NSData *)manifest signature:(NSData *)sig {
  // ruleid: backdoor-hidden-bypass
  if (getenv("SYNC_SKIP_MANIFEST_SIG")) return YES;
  // ok: backdoor-hidden-bypass
  if (getenv("SYNC_REQUIRE_SERVER_KEY") && !_serverKey) return NO;
  CFErrorRef err = NULL;
  // ok: backdoor-unchecked-verification
  BOOL ok = SecKeyVerifySignature(_serverKey, kSecKeyAlgorithmECDSASignatureMessageX962SHA256, (CFDataRef)manifest, (CFDataRef)sig, &err);
  return ok;
}

- (void)auditManifest:(NSData *)manifest signature:(NSData *)sig {
  CFErrorRef err = NULL;
  // ruleid: backdoor-unchecked-verification
  SecKeyVerifySignature(_serverKey, kSecKeyAlgorithmECDSASignatureMessageX962SHA256, (CFDataRef)manifest, (CFDataRef)sig, &err);
  NSLog(@"manifest audited");
}
@end
