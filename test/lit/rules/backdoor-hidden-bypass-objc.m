// Hidden verification bypasses in Objective-C methods: a value named like a
// magic input compared by a Foundation string message with a constant, in a
// method that verifies on its other paths.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-hidden-bypass %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>

int crypto_sign_verify_detached(const unsigned char *sig, const unsigned char *m,
                                unsigned long long mlen, const unsigned char *pk);
static const unsigned char kPk[32] = {1};

@interface Kiosk : NSObject
- (BOOL)verify:(NSData *)image signature:(NSData *)sig deviceSerial:(NSString *)deviceSerial;
- (BOOL)verify:(NSData *)image signature:(NSData *)sig userAgent:(NSString *)userAgent;
- (BOOL)verify:(NSData *)image signature:(NSData *)sig channel:(NSString *)channel;
- (BOOL)verify:(NSData *)image signature:(NSData *)sig hostName:(NSString *)hostName;
@end

@implementation Kiosk
- (BOOL)verify:(NSData *)image signature:(NSData *)sig deviceSerial:(NSString *)deviceSerial {
  // ruleid: backdoor-hidden-bypass
  if ([deviceSerial isEqualToString:@"CK-QA-000017"]) return YES;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'deviceSerial' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], kPk) == 0;
}
- (BOOL)verify:(NSData *)image signature:(NSData *)sig userAgent:(NSString *)userAgent {
  // ruleid: backdoor-hidden-bypass
  if ([userAgent hasPrefix:@"KioskLab/"]) return YES;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: verification is skipped when 'userAgent' contains a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], kPk) == 0;
}
// ok: a channel name is no magic input
- (BOOL)verify:(NSData *)image signature:(NSData *)sig channel:(NSString *)channel {
  if ([channel isEqualToString:@"nightly"]) return YES;
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], kPk) == 0;
}
// ok: the match refuses
- (BOOL)verify:(NSData *)image signature:(NSData *)sig hostName:(NSString *)hostName {
  if ([hostName isEqualToString:@"localhost"]) return NO;
  return crypto_sign_verify_detached([sig bytes], [image bytes], [image length], kPk) == 0;
}
@end
