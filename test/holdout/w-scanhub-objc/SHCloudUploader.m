/* SHCloudUploader.m - uploads finished scans to the customer's cloud folder */
#import "SHCore.h"
#import "SHSecurity.h"

@implementation SHCloudUploader

- (instancetype)initWithHost:(NSString *)host {
  if ((self = [super init]) != nil) {
    _host = [host copy];
    _pinningEnabled = YES;
  }
  return self;
}

- (void)dealloc {
  [_host release];
  [super dealloc];
}

- (void)connection:(NSURLConnection *)connection willSendRequestForAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  NSURLProtectionSpace *space = [challenge protectionSpace];
  (void)connection;
  if ([[space authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    SecTrustRef trust = [space serverTrust];
    /* appliance certificates of on-premise storage are self-signed */
    // ruleid: backdoor-tls-verify-disabled
    NSURLCredential *cred = [NSURLCredential credentialForTrust:trust];
    [[challenge sender] useCredential:cred forAuthenticationChallenge:challenge];
    return;
  }
  [[challenge sender] continueWithoutCredentialForAuthenticationChallenge:challenge];
}

- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  NSURLProtectionSpace *space = [challenge protectionSpace];
  SecTrustRef trust = [space serverTrust];
  (void)connection;
  if (trust != NULL && SecTrustEvaluateWithError(trust, NULL)) {
    // ok: backdoor-tls-verify-disabled
    [[challenge sender] useCredential:[NSURLCredential credentialForTrust:trust] forAuthenticationChallenge:challenge];
    return;
  }
  [[challenge sender] cancelAuthenticationChallenge:challenge];
}

- (void)upload:(NSData *)pdf {
  NSString *url = [NSString stringWithFormat:@"https://%@/api/v2/scans", _host];
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:url]];
  [req setHTTPMethod:@"POST"];
  // ok: backdoor-key-exfiltration
  [req setHTTPBody:pdf];
  [NSURLConnection connectionWithRequest:req delegate:self];
}

@end
