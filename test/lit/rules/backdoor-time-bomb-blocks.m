// Time bombs inside Objective-C blocks: a block's body is read as a
// method's (the clock compared in a block given to
// enumerateObjectsUsingBlock:), and a block handed to a message runs its
// payload where the message is sent. Quiet: an interval inside a block, and
// a date that only logs.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-time-bomb %s -- -x objective-c -fblocks %gnustep %mock-apple | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>

@interface Vault : NSObject
- (void)sweep:(NSArray *)paths;
- (void)expireLater:(NSOperationQueue *)queue;
- (void)prune:(NSArray *)paths;
@end

@implementation Vault
- (void)sweep:(NSArray *)paths {
  NSFileManager *fm = [NSFileManager defaultManager];
  [paths enumerateObjectsUsingBlock:^(id path, NSUInteger i, BOOL *stop) {
    // ruleid: backdoor-time-bomb
    if ([[NSDate date] timeIntervalSince1970] > 1893456000.0)
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the current time from 'date' is compared with the constant 1893456000 (2030-01-01) and only then the code reaches 'removeItemAtPath:error:' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
      [fm removeItemAtPath:path error:NULL];
  }];
}

- (void)expireLater:(NSOperationQueue *)queue {
  NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
  // ruleid: backdoor-time-bomb
  if (now > 1924992000.0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'date' is compared with the constant 1924992000 (2031-01-01) and only then the code reaches 'addOperationWithBlock:', which calls 'removeItemAtPath:error:' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
  // CHECK-MESSAGES: :[[@LINE+2]]:7: note: 'removeItemAtPath:error:' is called here
    [queue addOperationWithBlock:^{
      [[NSFileManager defaultManager] removeItemAtPath:@"/var/lib/vault/keys.db" error:NULL];
    }];
}

/* Negative cases. */
- (void)prune:(NSArray *)paths {
  NSFileManager *fm = [NSFileManager defaultManager];
  [paths enumerateObjectsUsingBlock:^(id path, NSUInteger i, BOOL *stop) {
    NSDictionary *attrs = [fm attributesOfItemAtPath:path error:NULL];
    NSTimeInterval age = -[[attrs fileModificationDate] timeIntervalSinceNow];
    // ok: backdoor-time-bomb
    if (age > 90 * 86400.0) /* an interval, not a date */
      [fm removeItemAtPath:path error:NULL];
    // ok: backdoor-time-bomb
    if ([[NSDate date] timeIntervalSince1970] > 1893456000.0) /* only logs */
      NSLog(@"%@ is old", path);
  }];
}
@end
