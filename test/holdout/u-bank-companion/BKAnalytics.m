#import "BKCore.h"

@implementation BKAnalytics

- (id)initWithEndpoint:(NSString *)endpoint {
  if ((self = [super init]) != nil)
    _endpoint = [endpoint copy];
  return self;
}

- (void)trackEvent:(NSString *)event detail:(NSString *)detail {
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:_endpoint]];
  NSString *body = [NSString stringWithFormat:@"{\"event\":\"%@\",\"detail\":\"%@\",\"ts\":%.0f}", event, detail, [[NSDate date] timeIntervalSince1970]];
  [req setHTTPMethod:@"POST"];
  // ok: backdoor-key-exfiltration
  [req setHTTPBody:[body dataUsingEncoding:NSUTF8StringEncoding]];
  [NSURLConnection connectionWithRequest:req delegate:nil];
}

- (void)dealloc {
  [_endpoint release];
  [super dealloc];
}

@end
