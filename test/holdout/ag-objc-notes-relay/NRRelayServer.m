#import "NotesRelay.h"

@implementation NRRelayServer

- (instancetype)init {
  if ((self = [super init])) {
    NSString *p = [NSString stringWithContentsOfFile:@"/etc/notes-relay/password" encoding:NSUTF8StringEncoding error:NULL];
    _storedPassword = [[p stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]] retain];
  }
  return self;
}

- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password {
  // ok: backdoor-magic-credential
  if ([password isEqualToString:@"password"]) {
    NSLog(@"refusing the documentation's example password for %@", user);
    return NO;
  }
  // ok: backdoor-magic-credential
  if (_storedPassword.length > 0 && [password isEqualToString:_storedPassword]) {
    _authenticated = YES;
    return YES;
  }
  return NO;
}

- (BOOL)handleLine:(NSString *)line fromHost:(NSString *)host {
  // ok: backdoor-trusted-identity
  if ([host isEqualToString:@"127.0.0.1"]) NSLog(@"local relay client: %@", line);
  if ([line hasPrefix:@"LOGIN "]) {
    NSArray *parts = [line componentsSeparatedByString:@" "];
    return parts.count == 3 && [self authenticateUser:[parts objectAtIndex:1] password:[parts objectAtIndex:2]];
  }
  if (!_authenticated) return NO;
  NSLog(@"relay: %lu bytes from %@", (unsigned long)line.length, host);
  return YES;
}

- (void)dealloc {
  [_storedPassword release];
  [super dealloc];
}
@end
