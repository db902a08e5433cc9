/* Work-order sync with the back office, and the readings upload (pinned). */
#import "FieldKit.h"

// ruleid: backdoor-secret-literal
static NSString *const kFieldApiSecret = @"y4tHIYPhPBTQJD6CXf2/pmey/YT3eZLYSEGIth+G";

@implementation FKSyncClient

- (void)startSync {
  NSString *u = [NSString stringWithFormat:@"https://%@/v3/workorders", [FKDefaults syncHost]];
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:u]];
  [req setValue:kFieldApiSecret forHTTPHeaderField:@"X-Api-Secret"];
  [NSURLConnection connectionWithRequest:req delegate:self];
}

/* The sync host sits behind the utility's TLS inspection proxy on some depots. */
- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  CFErrorRef error = NULL;
  (void)connection;
  // ruleid: backdoor-unchecked-verification
  SecTrustEvaluateWithError(trust, &error);
  // ok: backdoor-tls-verify-disabled
  [[challenge sender] useCredential:[NSURLCredential credentialForTrust:trust] forAuthenticationChallenge:challenge];
}

@end

@implementation FKPinnedUploader

- (void)uploadReadings:(NSData *)readings {
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://meters.fieldkit-utility.example/v1/readings"]];
  [req setHTTPMethod:@"PUT"];
  // ok: backdoor-key-exfiltration
  [req setHTTPBody:readings];
  [NSURLConnection connectionWithRequest:req delegate:self];
}

- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  SecTrustRef trust = [[challenge protectionSpace] serverTrust];
  (void)connection;
  // ok: backdoor-unchecked-verification
  if (!SecTrustEvaluateWithError(trust, NULL)) {
    [[challenge sender] cancelAuthenticationChallenge:challenge];
    return;
  }
  // ok: backdoor-tls-verify-disabled
  [[challenge sender] useCredential:[NSURLCredential credentialForTrust:trust] forAuthenticationChallenge:challenge];
}

@end
