/* CPDeviceLink.m - the bedside pump bridge: pairing and its TLS link (self-signed certificates) */
#import "ClinicPad.h"

#include <stdlib.h>
#include <time.h>

@implementation CPDeviceLink

- (instancetype)initWithPumpHost:(NSString *)host
{
  if ((self = [super init]) != nil)
    _pumpHost = [host copy];
  return self;
}

- (void)dealloc
{
  [_pumpHost release];
  [super dealloc];
}

- (NSString *)beginPairing
{
  srandom((unsigned)time(NULL));
  // ruleid: backdoor-predictable-random
  NSString *pairingPin = [NSString stringWithFormat:@"%06ld", random() % 1000000];
  // ok: backdoor-predictable-random
  long jitter = random() % 250;
  NSLog(@"pairing with %@, retry in %ld ms", _pumpHost, jitter);
  return pairingPin;
}

/* every pump bridge has its own self-signed certificate */
- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge
{
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  (void)connection;
  // ruleid: backdoor-tls-verify-disabled
  NSURLCredential *credential = [NSURLCredential credentialForTrust:trust];
  [[challenge sender] useCredential:credential forAuthenticationChallenge:challenge];
}

@end
