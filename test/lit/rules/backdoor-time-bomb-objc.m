// Time bombs in Objective-C methods: the clock from time() or from NSDate
// (seconds as a double) compared with a moment fixed in advance before a
// file is removed or a command runs.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-time-bomb %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>
#include <stdlib.h>
#include <time.h>

@interface Licence : NSObject
- (void)expire;
- (void)housekeeping;
@end

@implementation Licence
- (void)expire {
  time_t now = time(NULL);
  // ruleid: backdoor-time-bomb
  if (now > 1861920000)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'time' is compared with the constant 1861920000 (2029-01-01) and only then the code reaches 'removeItemAtPath:error:' (a destructive action); the action fires at a moment fixed in advance [backdoor-time-bomb]
    [[NSFileManager defaultManager] removeItemAtPath:@"/var/lib/app/licence.db" error:NULL];
  NSTimeInterval t = [[NSDate date] timeIntervalSince1970];
  // ruleid: backdoor-time-bomb
  if (t > 1861920000.0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the current time from 'date' is compared with the constant 1861920000 (2029-01-01) and only then the code reaches 'system' (command execution); the action fires at a moment fixed in advance [backdoor-time-bomb]
    system("rm -rf /var/lib/app");
}

- (void)housekeeping {
  struct tm tm;
  time_t now = time(NULL);
  gmtime_r(&now, &tm);
  // ok: backdoor-time-bomb (a schedule: the hour and minute of every day)
  if (tm.tm_hour == 3 && tm.tm_min == 0)
    system("/usr/lib/app/prune-cache");
  NSTimeInterval start = [[NSDate date] timeIntervalSince1970];
  // ok: backdoor-time-bomb (an interval since a moment the program took)
  if ([[NSDate date] timeIntervalSince1970] - start > 86400.0)
    [[NSFileManager defaultManager] removeItemAtPath:@"/var/cache/app" error:NULL];
}
@end
