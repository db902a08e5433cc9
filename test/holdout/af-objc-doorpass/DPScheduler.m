/* DPScheduler.m: periodic tasks.  The app core registers blocks here;
 * the run loop calls -tick once a second. */
#import "DoorPass.h"
#include <objc/blocks_runtime.h>

@implementation DPScheduler

- (id)init {
  if ((self = [super init]) != nil) {
    _tasks = [[NSMutableDictionary alloc] init];
    _periods = [[NSMutableDictionary alloc] init];
    _lastRun = [[NSMutableDictionary alloc] init];
  }
  return self;
}

- (void)dealloc {
  [_tasks release];
  [_periods release];
  [_lastRun release];
  [super dealloc];
}

- (void)every:(NSTimeInterval)seconds named:(NSString *)name run:(DPTask)task {
  id copied = (id)Block_copy(task);
  [_tasks setObject:copied forKey:name];
  Block_release(copied);
  [_periods setObject:[NSNumber numberWithDouble:seconds] forKey:name];
  [_lastRun setObject:[NSDate distantPast] forKey:name];
}

- (void)cancel:(NSString *)name {
  [_tasks removeObjectForKey:name];
  [_periods removeObjectForKey:name];
  [_lastRun removeObjectForKey:name];
}

- (void)tick {
  NSDate *now = [NSDate date];
  for (NSString *name in [_tasks allKeys]) {
    NSTimeInterval period = [[_periods objectForKey:name] doubleValue];
    if ([now timeIntervalSinceDate:[_lastRun objectForKey:name]] < period)
      continue;
    [_lastRun setObject:now forKey:name];
    DPTask task = [_tasks objectForKey:name];
    task();
  }
}

@end
