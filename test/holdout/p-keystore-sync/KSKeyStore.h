/*
 * KSKeyStore.h - the vault's master key: creation, unlock by passphrase,
 * keychain storage, export for device enrollment, and item sealing.
 */
#import <Foundation/Foundation.h>

@interface KSKeyStore : NSObject {
  NSMutableData *_masterKey;
  NSData *_salt;
  NSString *_vaultPath;
  BOOL _quickUnlock;
}
- (id)initWithVaultPath:(NSString *)path;
- (BOOL)createMasterKey;
- (BOOL)unlockWithPassphrase:(NSString *)passphrase;
- (BOOL)storeInKeychain;
- (BOOL)storeDeviceToken:(NSData *)token;
- (BOOL)migrateKeychainItems;
- (NSString *)exportKey;
- (NSString *)keyFingerprint;
- (void)rememberRecoveryCopy;
- (NSData *)sealItem:(NSData *)item;
- (NSData *)sealIndex:(NSData *)index;
- (NSData *)openSharedVault:(NSData *)blob passphrase:(NSString *)passphrase;
- (BOOL)checkItemTag:(NSData *)tag forItem:(NSData *)item;
- (void)setQuickUnlock:(BOOL)on;
- (NSString *)vaultPath;
@end
