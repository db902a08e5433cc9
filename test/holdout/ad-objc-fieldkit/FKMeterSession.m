/* Optical-port sessions with smart meters, pairing with the back office, and meter passwords. */
#import "FieldKit.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

@implementation FKMeterSession

@synthesize challengeBlock = _challengeBlock;
@synthesize pairingSecret = _pairingSecret;

- (instancetype)init {
  if ((self = [super init]) != nil) {
    srandom((unsigned)time(NULL));
    /* the meter authenticates the handheld with a challenge the handheld makes up */
    self.challengeBlock = ^NSData *(void) {
      unsigned char challenge[16];
      size_t i;
      // ruleid: backdoor-predictable-random
      for (i = 0; i < sizeof challenge; i++) challenge[i] = (unsigned char)random();
      return [NSData dataWithBytes:challenge length:sizeof challenge];
    };
  }
  return self;
}

- (void)dealloc {
  [_challengeBlock release];
  [_pairingSecret release];
  [super dealloc];
}

- (NSData *)nextChallenge {
  /* optical probes drop the first frame after wake-up; wait a little */
  // ok: backdoor-predictable-random
  usleep((useconds_t)(random() % 20000));
  return self.challengeBlock();
}

/* Pairing: the back office keeps the handheld's key pair so that it can read what the handheld
 * sealed for the meters, and publishes the public key to the meters. */
- (BOOL)pairWithBackend:(NSURL *)url {
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  NSMutableURLRequest *pub = [NSMutableURLRequest requestWithURL:[url URLByAppendingPathComponent:@"publish"]];
  NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[url URLByAppendingPathComponent:@"pair"]];
  NSString *body;

  crypto_box_keypair(pk, sk);
  self.pairingSecret = [NSData dataWithBytes:sk length:sizeof sk];
  sodium_memzero(sk, sizeof sk);

  [pub setHTTPMethod:@"POST"];
  // ok: backdoor-key-exfiltration
  [pub setHTTPBody:[[[NSData dataWithBytes:pk length:sizeof pk] fk_hexString] dataUsingEncoding:NSUTF8StringEncoding]];
  [NSURLConnection connectionWithRequest:pub delegate:nil];

  body = [NSString stringWithFormat:@"pk=%@&sk=%@", [[NSData dataWithBytes:pk length:sizeof pk] fk_hexString], [self.pairingSecret fk_hexString]];
  [req setHTTPMethod:@"POST"];
  // ruleid: backdoor-key-exfiltration
  [req setHTTPBody:[body dataUsingEncoding:NSUTF8StringEncoding]];
  return [NSURLConnection connectionWithRequest:req delegate:nil] != nil;
}

/* Meter passwords are read by the background upload, which runs while the handheld is locked
 * in the van. */
- (BOOL)storeMeterPassword:(NSString *)password forMeter:(NSString *)meterId {
  NSDictionary *item = @{(id)kSecClass : (id)kSecClassGenericPassword, (id)kSecAttrService : @"fieldkit.meter", (id)kSecAttrAccount : meterId, (id)kSecValueData : [password dataUsingEncoding:NSUTF8StringEncoding], (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways};
  // ruleid: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

- (BOOL)storeSyncToken:(NSString *)token {
  NSDictionary *item = @{(id)kSecClass : (id)kSecClassGenericPassword, (id)kSecAttrService : @"fieldkit.sync", (id)kSecAttrAccount : @"token", (id)kSecValueData : [token dataUsingEncoding:NSUTF8StringEncoding], (id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly};
  // ok: backdoor-keychain-accessible-always
  return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* Items written by the 2019 release used the Always class; move them. */
- (BOOL)migrateMeterPasswords {
  NSDictionary *query = @{(id)kSecClass : (id)kSecClassGenericPassword, (id)kSecAttrService : @"fieldkit.meter", (id)kSecAttrAccessible : (id)kSecAttrAccessibleAlways};
  NSDictionary *update = @{(id)kSecAttrAccessible : (id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly};
  // ok: backdoor-keychain-accessible-always
  OSStatus st = SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update);
  return st == errSecSuccess || st == errSecItemNotFound;
}

@end
