/* main.m - a console harness of the app core (used by the CI of the iOS app). */
#import "TransitPass.h"

#include <sodium.h>

int main(int argc, const char **argv) {
  (void)argc;
  (void)argv;
  NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
  if (sodium_init() < 0)
    return 1;

  unsigned char salt[crypto_pwhash_SALTBYTES];
  randombytes_buf(salt, sizeof salt);
  TPWallet *wallet = [[TPWallet alloc] initWithPin:@"4711" salt:[NSData dataWithBytes:salt length:sizeof salt]];
  NSData *ticket = [@"ZONE AB 2024-06-01 DAY" dataUsingEncoding:NSUTF8StringEncoding];
  NSData *sealed = [wallet sealTicket:ticket];
  NSLog(@"sealed ticket: %lu bytes", (unsigned long)sealed.length);

  TPKeychain *kc = [[TPKeychain alloc] init];
  [kc migrateLegacyItemsForService:@"city.transitpass.signing"];

  TPSync *sync = [[TPSync alloc] init];
  [sync startSession];

  TPExpiry *exp = [[TPExpiry alloc] init];
  exp.vaultPath = [NSHomeDirectory() stringByAppendingPathComponent:@"Library/transitpass.vault"];
  exp.ticketExpiry = time(NULL) + 86400;
  [exp enforceRetention];

  [exp release];
  [sync release];
  [kc release];
  [wallet release];
  [pool drain];
  return 0;
}
