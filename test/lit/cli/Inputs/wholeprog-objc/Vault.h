#import <Foundation/Foundation.h>

/* A key store another unit sends messages to: its methods are
   implemented in Vault.m, their callers live in Sync.m and App.m. */
@interface Vault : NSObject {
  NSMutableData *_masterKey;
  NSData *_sessionKey;
}
@property (nonatomic, retain) NSData *sessionKey;
+ (NSString *)serviceSecret;
+ (NSString *)serviceName;
- (NSString *)exportKey;
- (NSString *)fingerprint;
- (void)encrypt:(NSData *)plain withKey:(NSData *)key;
- (void)encryptOther:(NSData *)plain withKey:(NSData *)key;
@end

@interface NSData (VaultHex)
- (NSString *)vault_hex;
@end

@interface NSString (VaultAuth)
- (BOOL)vault_matchesCode:(NSString *)code;
- (BOOL)vault_longerThan:(NSString *)other;
@end

/* A delegate told when the key rotates: Vault.m sends it, Audit.m adopts it. */
@protocol VaultDelegate
- (void)vault:(Vault *)vault didRotateKey:(NSData *)key;
- (void)vault:(Vault *)vault didSealBytes:(NSData *)key;
@end

@interface Vault (Rotation)
- (BOOL)rotateFor:(id<VaultDelegate>)delegate;
@end
