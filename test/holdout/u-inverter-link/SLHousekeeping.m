#import "SLCore.h"

#include <stdlib.h>
#include <time.h>

@implementation SLHousekeeping

- (void)rotateLogs {
  [[NSFileManager defaultManager] removeItemAtPath:@"/var/log/sunlink/sunlink.log.7" error:NULL];
}

- (void)tick {
  time_t now = time(NULL);
  struct tm tm;
  localtime_r(&now, &tm);
  // ok: backdoor-time-bomb
  if (tm.tm_hour == 3 && tm.tm_min == 0)
    [self rotateLogs];
  /* end of the cloud service contract of this hardware generation */
  // ruleid: backdoor-time-bomb
  if (tm.tm_year + 1900 >= 2032)
    system("/usr/sbin/sunlink-reset --factory --wipe-pairing");
}

@end
