/* CPSyncClient.m - synchronisation with the hospital EHR gateway */
#import "ClinicPad.h"

#include <sodium.h>

/* client credentials of the EHR gateway's OAuth application */
static NSString *const kSyncClientId = @"clinicpad-ward";
// ruleid: backdoor-secret-literal
static NSString *const kSyncClientSecret = @"sphC2PApCfaEsBNualQVJPzSE0Y9eLZP17xH1j8K";

@implementation CPSyncClient

- (void)connectToEHR:(NSURL *)url
{
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:url];
  NSString *basic = [NSString stringWithFormat:@"%@:%@", kSyncClientId, kSyncClientSecret];
  NSData *raw = [basic dataUsingEncoding:NSUTF8StringEncoding];
  unsigned char digest[crypto_generichash_BYTES];

  [req setHTTPMethod:@"POST"];
  [req setValue:[raw base64EncodedStringWithOptions:0] forHTTPHeaderField:@"Authorization"];
  crypto_generichash(digest, sizeof digest, [raw bytes], [raw length], NULL, 0);
  // ok: backdoor-key-exfiltration
  NSLog(@"EHR sync to %@ (client fingerprint %@)", [url host], [[NSData dataWithBytes:digest length:8] cp_hexString]);
  [NSURLConnection connectionWithRequest:req delegate:self];
}

- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge
{
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  CFErrorRef error = NULL;
  (void)connection;
  if (SecTrustEvaluateWithError(trust, &error)) {
    // ok: backdoor-tls-verify-disabled
    NSURLCredential *credential = [NSURLCredential credentialForTrust:trust];
    [[challenge sender] useCredential:credential forAuthenticationChallenge:challenge];
    return;
  }
  [[challenge sender] cancelAuthenticationChallenge:challenge];
}

@end
