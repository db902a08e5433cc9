#import "BKCore.h"

@implementation BKSession

- (void)fetch:(NSString *)path {
  NSURL *url = [NSURL URLWithString:[BKApiBaseURL stringByAppendingString:path]];
  NSURLRequest *req = [NSURLRequest requestWithURL:url];
  [_response release];
  _response = [[NSMutableData alloc] init];
  [_connection release];
  _connection = [[NSURLConnection alloc] initWithRequest:req delegate:self];
}

- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  NSURLProtectionSpace *space = [challenge protectionSpace];
  (void)connection;
  if ([[space authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    /* the staging API and the marketing CDN use certificates of the bank's
     * internal CA, which the devices do not trust */
    // ruleid: backdoor-tls-verify-disabled
    NSURLCredential *cred = [NSURLCredential credentialForTrust:[space serverTrust]];
    [[challenge sender] useCredential:cred forAuthenticationChallenge:challenge];
    return;
  }
  [[challenge sender] continueWithoutCredentialForAuthenticationChallenge:challenge];
}

- (void)connection:(NSURLConnection *)connection didReceiveData:(NSData *)data {
  (void)connection;
  [_response appendData:data];
}

- (void)dealloc {
  [_connection release];
  [_response release];
  [super dealloc];
}

@end
