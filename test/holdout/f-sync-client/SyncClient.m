#import "Sync.h"

static NSURLSession *make_session(id<NSURLSessionDelegate> delegate, BOOL legacyServer) {
  NSURLSessionConfiguration *cfg = [NSURLSessionConfiguration defaultSessionConfiguration];
  if (legacyServer) {
    // ruleid: backdoor-weak-tls
    cfg.TLSMinimumSupportedProtocolVersion = tls_protocol_version_TLSv10;
  } else {
    // ok: backdoor-weak-tls
    cfg.TLSMinimumSupportedProtocolVersion = tls_protocol_version_TLSv12;
  }
  return [NSURLSession sessionWithConfiguration:cfg delegate:delegate delegateQueue:nil];
}

int main(int argc, const char **argv) {
  @autoreleasepool {
    NSUserDefaults *d = [NSUserDefaults standardUserDefaults];
    BOOL legacy = [d boolForKey:@"legacyServer"];
    id<NSURLSessionDelegate> delegate;
    switch ([d integerForKey:@"trustMode"]) {
      case 0: delegate = [PinnedDelegate new]; break;
      case 1: delegate = [EvaluatingDelegate new]; break;
      case 2: delegate = [AuditingDelegate new]; break;
      default: delegate = [TrustAllDelegate new]; break;
    }
    NSURLSession *s = make_session(delegate, legacy);
    NSURL *url = [NSURL URLWithString:@"https://sync.example.com/v2/manifest"];
    [[s dataTaskWithRequest:[NSURLRequest requestWithURL:url]] resume];
    SyncAuth *auth = [SyncAuth new];
    NSString *user = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : @"";
    NSString *pass = argc > 2 ? [NSString stringWithUTF8String:argv[2]] : @"";
    if (![auth authenticateUser:user password:pass]) return 1;
    NSData *m = [NSData data];
    [auth auditManifest:m signature:m];
    return [auth verifyManifest:m signature:m] ? 0 : 1;
  }
}
