#import "Wallet.h"
#include <stdlib.h>
#include <time.h>

@implementation WalletVault (Codes)

- (NSString *)transferPin {
  srandom((unsigned)time(NULL));
  // ruleid: backdoor-predictable-random
  long transferPin = random() % 1000000;
  return [NSString stringWithFormat:@"%06ld", transferPin];
}

- (NSString *)deviceNickname {
  static NSString *const adjectives[] = {@"blue", @"quick", @"silent", @"brave"};
  // ok: backdoor-predictable-random
  long pick = random() % 4;
  return [NSString stringWithFormat:@"%@-wallet", adjectives[pick]];
}

- (NSData *)pairingNonce {
  uint8_t nonce[24];
  // ok: backdoor-predictable-random
  arc4random_buf(nonce, sizeof nonce);
  return [NSData dataWithBytes:nonce length:sizeof nonce];
}

- (NSData *)uncheckedPairingSecret {
  NSMutableData *pairingSecret = [NSMutableData dataWithLength:32];
  // ruleid: backdoor-predictable-random
  SecRandomCopyBytes(kSecRandomDefault, pairingSecret.length, pairingSecret.mutableBytes);
  return pairingSecret;
}

@end

int main(void) {
  @autoreleasepool {
    WalletVault *v = [WalletVault new];
    if (![v createMasterKey]) return 1;
    [v storeMasterKeyInKeychain];
    [v storeSettingsInKeychain:[NSData data]];
    NSLog(@"pin %@ nick %@ nonce %lu", [v transferPin], [v deviceNickname], (unsigned long)[v pairingNonce].length);
    [v exportForSupport];
    NSData *crash = [v encryptCrashReport:[@"trace" dataUsingEncoding:NSUTF8StringEncoding]];
    NSData *b = [v legacyBackupOf:[v uncheckedPairingSecret]];
    b = [v backupOf:b];
    return crash && b ? 0 : 1;
  }
}
