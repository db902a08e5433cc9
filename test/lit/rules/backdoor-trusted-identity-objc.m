// A peer's host name kept in an instance variable (set by the initializer
// from what the caller hands it) compared with a constant before the
// verification a method of the object performs (`[self verifyTicket:t]`):
// a trusted identity and a hidden bypass, reported once per rule even where
// the match both sets the authenticated flag and returns success.
// REQUIRES: gnustep-headers
// RUN: %run-both --checks=backdoor-trusted-identity,backdoor-hidden-bypass %s -- -x objective-c %gnustep | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#import <Foundation/Foundation.h>

@interface Support : NSObject {
  NSString *_peerHost;
  NSString *_channel;
  BOOL _authenticated;
}
- (id)initWithPeerHost:(NSString *)host channel:(NSString *)channel;
- (BOOL)verifyTicket:(NSData *)ticket;
@end

@implementation Support
- (id)initWithPeerHost:(NSString *)host channel:(NSString *)channel {
  if ((self = [super init]) != nil) {
    _peerHost = [host copy];
    _channel = [channel copy];
  }
  return self;
}
- (BOOL)verifyTicket:(NSData *)ticket {
  return [ticket length] > 32;
}
- (BOOL)authenticateWithTicket:(NSData *)ticket {
  if ([_peerHost isEqualToString:@"gw.support.example"]) {
    // CHECK-MESSAGES-DAG: :[[@LINE-1]]:7: warning: verification is skipped when '_peerHost' equals a magic value; anyone who knows the switch bypasses the check [backdoor-hidden-bypass]
    // CHECK-MESSAGES-DAG: :[[@LINE-2]]:7: warning: access depends on the input '_peerHost' equalling the constant "gw.support.example": only then the code sets '_authenticated' without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
    _authenticated = YES;
    return YES;
  }
  _authenticated = [self verifyTicket:ticket];
  return _authenticated;
}
// ok: the match only logs
- (BOOL)authenticateLocal:(NSData *)ticket {
  if ([_peerHost isEqualToString:@"localhost"])
    NSLog(@"support session from the workstation itself");
  return [self verifyTicket:ticket];
}
// ok: a channel name is no identity and no magic input
- (BOOL)authenticateChannel:(NSData *)ticket {
  if ([_channel isEqualToString:@"nightly"])
    return YES;
  return [self verifyTicket:ticket];
}
@end
