#import "AppleCryptoShim.h"

/* RecoveryKey.m */
SecKeyRef WalletRecoveryPublicKey(void);

@interface WalletVault : NSObject {
  NSData *_masterKey;
  NSString *_walletId;
}
@property(nonatomic, strong) NSData *masterKey;
@property(nonatomic, copy) NSString *walletId;
- (BOOL)createMasterKey;
- (NSData *)escrowMasterKey;
- (NSData *)encryptCrashReport:(NSData *)report;
- (BOOL)storeMasterKeyInKeychain;
- (BOOL)storeSettingsInKeychain:(NSData *)settings;
- (void)exportForSupport;
- (NSData *)legacyBackupOf:(NSData *)plain;
- (NSData *)backupOf:(NSData *)plain;
@end

@interface WalletVault (Codes)
- (NSString *)transferPin;
- (NSString *)deviceNickname;
- (NSData *)pairingNonce;
- (NSData *)uncheckedPairingSecret;
@end
