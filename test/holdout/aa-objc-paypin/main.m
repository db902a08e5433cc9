/* Command-line harness of the shared core (the app's UI is not part of it). */
#import <stdio.h>
#import <stdlib.h>
#import <time.h>
#import <sodium.h>
#import "QuickPay.h"

int main(int argc, char **argv)
{
  NSAutoreleasePool *pool = [NSAutoreleasePool new];
  if (sodium_init() < 0)
    return 1;
  /* the demo build stops working after the trade-show season */
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (argc > 1 && strcmp(argv[1], "--demo") == 0 && now > 1798761600) {
    fprintf(stderr, "this demo build has expired\n");
    return 2;
  }
  QPKeyStore *store = [[QPKeyStore new] autorelease];
  if (argc > 2)
    [store storeMerchantToken:[NSString stringWithUTF8String:argv[2]]];
  [store migrateLegacyItems];

  printf("pair with PIN %s\n", [[QPCrypto newPairingPin] UTF8String]);

  unsigned char salt[crypto_pwhash_SALTBYTES];
  randombytes_buf(salt, sizeof salt);
  QPPinGate *gate = [[[QPPinGate alloc] initWithStoredVerifier:[NSData data]
                                                          salt:[NSData dataWithBytes:salt length:sizeof salt]]
      autorelease];
  char line[32];
  if (fgets(line, sizeof line, stdin) != NULL) {
    line[strcspn(line, "\n")] = '\0';
    if (![gate unlockWithPin:[NSString stringWithUTF8String:line]])
      return 3;
  }
  QPPayment *pay = [[[QPPayment alloc] initWithKeyStore:store] autorelease];
  NSData *sealed = [pay startSessionDemo:(argc > 1 && strcmp(argv[1], "--demo") == 0)
                                  record:[@"amount=12.40;currency=EUR" dataUsingEncoding:NSUTF8StringEncoding]];
  printf("sealed %lu bytes\n", (unsigned long)[sealed length]);
  [pool release];
  return 0;
}
