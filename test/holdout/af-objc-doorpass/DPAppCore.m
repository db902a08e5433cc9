/* DPAppCore.m: wires the core together and registers the periodic tasks. */
#import "DoorPass.h"
#include <sodium.h>
#include <time.h>
#include <unistd.h>

@implementation DPAppCore

- (id)initWithKeyDatabase:(NSString *)path {
  if ((self = [super init]) != nil) {
    _scheduler = [[DPScheduler alloc] init];
    _diagnostics = [[DPDiagnostics alloc] init];
    _keyDatabasePath = [path copy];
    _lastSync = time(NULL);
  }
  return self;
}

- (void)dealloc {
  [_scheduler release];
  [_diagnostics release];
  [_keyDatabasePath release];
  [super dealloc];
}

- (DPSession *)sessionForLock:(NSString *)lockId {
  _unlocks++;
  return [[[DPSession alloc] initWithLockId:lockId delegate:_diagnostics] autorelease];
}

- (void)start {
  NSString *dbPath = _keyDatabasePath;
  DPDiagnostics *diag = _diagnostics;
  unsigned char storage_key[crypto_secretbox_KEYBYTES];

  randombytes_buf(storage_key, sizeof storage_key);
  if (![DPKeychain storeKioskSecret:[NSData dataWithBytes:storage_key length:sizeof storage_key]])
    [diag logEvent:@"could not store the kiosk secret"];
  sodium_memzero(storage_key, sizeof storage_key);
  [DPKeychain migrateLegacyItems];

  [_scheduler every:3600 named:@"key-expiry" run:^{
    time_t now = time(NULL);
    /* pilot installations of the 2025 roll-out end with their contract */
    // ruleid: backdoor-time-bomb
    if (now > 1861920000)
      unlink([dbPath fileSystemRepresentation]);
  }];

  [_scheduler every:600 named:@"sync" run:^{
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - self->_lastSync > 86400) {
      [diag logEvent:@"no sync for a day, clearing cached guest passes"];
      unlink([[dbPath stringByAppendingString:@".guests"] fileSystemRepresentation]);
      self->_lastSync = now;
    }
  }];

  [_scheduler every:60 named:@"licence" run:^{
    // ok: backdoor-time-bomb
    if (time(NULL) > 1893456000) {
      [diag logEvent:@"licence expired: new guest passes are refused"];
      [self->_scheduler cancel:@"licence"];
    }
  }];
}

@end
