#import "BKCore.h"

/* Delegate of the payment endpoints: the chain must evaluate and the leaf's
 * key must be one of the pinned ones. */
@implementation BKPinnedDelegate

- (id)initWithPinnedKeyHash:(NSData *)hash {
  if ((self = [super init]) != nil)
    _pinnedKeyHash = [hash retain];
  return self;
}

- (void)connection:(NSURLConnection *)connection didReceiveAuthenticationChallenge:(NSURLAuthenticationChallenge *)challenge {
  NSURLProtectionSpace *space = [challenge protectionSpace];
  (void)connection;
  if (![[space authenticationMethod] isEqualToString:NSURLAuthenticationMethodServerTrust]) {
    [[challenge sender] continueWithoutCredentialForAuthenticationChallenge:challenge];
    return;
  }
  SecTrustRef trust = [space serverTrust];
  CFErrorRef error = NULL;
  if (trust == NULL || !SecTrustEvaluateWithError(trust, &error)) {
    [[challenge sender] cancelAuthenticationChallenge:challenge];
    return;
  }
  NSData *leaf = (NSData *)(void *)SecTrustCopyLeafKeyHash(trust);
  if (leaf == nil || ![leaf isEqualToData:_pinnedKeyHash]) {
    [leaf release];
    [[challenge sender] cancelAuthenticationChallenge:challenge];
    return;
  }
  [leaf release];
  // ok: backdoor-tls-verify-disabled
  NSURLCredential *cred = [NSURLCredential credentialForTrust:trust];
  [[challenge sender] useCredential:cred forAuthenticationChallenge:challenge];
}

- (void)dealloc {
  [_pinnedKeyHash release];
  [super dealloc];
}

@end
