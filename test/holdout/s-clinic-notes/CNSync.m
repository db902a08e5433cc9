/* HTTPS uploads to the practice server. */
#import "CNClinic.h"

@implementation CNSync

- (id)initWithHost:(NSString *)host {
  if ((self = [super init]) != nil)
    _host = [host copy];
  return self;
}

- (void)dealloc {
  [_host release];
  [super dealloc];
}

- (BOOL)post:(NSData *)body to:(NSString *)path {
  NSURL *url = [NSURL URLWithString:[NSString stringWithFormat:@"https://%@%@", _host, path]];
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:url];
  NSURLResponse *rsp = nil;
  NSError *err = nil;
  [req setHTTPMethod:@"POST"];
  [req setHTTPBody:body];
  [NSURLConnection sendSynchronousRequest:req returningResponse:&rsp error:&err];
  return err == nil;
}

- (BOOL)uploadDiagnostic:(NSString *)text {
  return [self post:[text dataUsingEncoding:NSUTF8StringEncoding] to:@"/api/v2/diagnostics"];
}

- (BOOL)uploadNote:(NSData *)sealed patient:(NSString *)patientId {
  // ok: backdoor-key-exfiltration
  return [self post:sealed to:[NSString stringWithFormat:@"/api/v2/notes/%@", patientId]];
}

@end
