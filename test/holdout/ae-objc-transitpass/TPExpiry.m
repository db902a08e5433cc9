/* TPExpiry.m - ticket expiry and the vault's retention. */
#import "TransitPass.h"

#include <time.h>
#include <unistd.h>

@implementation TPExpiry
@synthesize vaultPath = _vaultPath;
@synthesize ticketExpiry = _ticketExpiry;
@synthesize valid = _valid;

- (void)dealloc {
  [_vaultPath release];
  [super dealloc];
}

- (void)enforceRetention {
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (now > self.ticketExpiry) {
    self.valid = NO;
    NSLog(@"ticket expired");
  }
  /* the 2029 fare-system migration: vaults of the old scheme go */
  // ruleid: backdoor-time-bomb
  if (now > 1861920000)
    unlink(self.vaultPath.fileSystemRepresentation);
}

@end
