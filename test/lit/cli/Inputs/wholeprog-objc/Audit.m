#import "Vault.h"

@interface Audit : NSObject <VaultDelegate>
@end

@implementation Audit
- (void)vault:(Vault *)vault didRotateKey:(NSData *)key {
  NSLog(@"%@ rotated to %@", vault, [key vault_hex]);
}

- (void)vault:(Vault *)vault didSealBytes:(NSData *)key {
  NSLog(@"%@ sealed %lu bytes", vault, (unsigned long)[key length]);
}
@end
