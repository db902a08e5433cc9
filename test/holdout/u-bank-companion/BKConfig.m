#import "BKCore.h"

NSString *const BKApiBaseURL = @"https://api.retailbank.example/mobile/v4";

/* App Store review account: lets the reviewer past the PIN pad with the
 * demo customer's data. */
NSString *const BKReviewerUser = @"appreview@retailbank.example";
// ok: backdoor-secret-literal
NSString *const BKReviewerPin = @"482915";

@implementation BKConfig

+ (NSData *)pinSalt {
  return [[NSUserDefaults standardUserDefaults] dataForKey:@"BKPinSalt"];
}

+ (NSData *)storedPinHash {
  return [[NSUserDefaults standardUserDefaults] dataForKey:@"BKPinHash"];
}

+ (NSString *)analyticsURL {
  return @"https://events.retailbank.example/collect";
}

@end
