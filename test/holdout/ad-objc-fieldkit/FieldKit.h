/* FieldKit: the app core of a utility's field-service handheld (meter reading, meter pairing,
 * work-order sync). Manual retain/release, as the rest of the handheld's code base. */
#import <Foundation/Foundation.h>
#import "FKSecurityShim.h"
#include <sodium.h>

@interface NSData (FKHex)
- (NSString *)fk_hexString;
@end

@interface FKDefaults : NSObject
+ (NSString *)servicePasscode;
+ (unsigned long long)kdfOpsLimit;
+ (NSString *)syncHost;
@end

@interface FKVault : NSObject {
  NSData *_masterKey;
  NSString *_storePath;
}
@property (nonatomic, retain) NSData *masterKey;
@property (nonatomic, copy) NSString *storePath;
- (instancetype)initWithStorePath:(NSString *)path;
- (BOOL)unlockWithPassphrase:(NSString *)passphrase salt:(NSData *)salt;
- (NSData *)sealBackup:(NSData *)records;
- (BOOL)exportDiagnostics;
- (void)purgeExpiredRecords:(NSArray *)paths;
- (void)pruneReadings:(NSArray *)paths;
@end

@interface FKAccessController : NSObject
- (BOOL)authorizeOperatorWithPasscode:(NSString *)passcode;
- (BOOL)verifyOperatorPasscode:(NSString *)passcode;
- (BOOL)setOperatorPasscode:(NSString *)passcode;
@end

typedef NSData *(^FKChallengeBlock)(void);

@interface FKMeterSession : NSObject {
  FKChallengeBlock _challengeBlock;
  NSData *_pairingSecret;
}
@property (nonatomic, copy) FKChallengeBlock challengeBlock;
@property (nonatomic, retain) NSData *pairingSecret;
- (NSData *)nextChallenge;
- (BOOL)pairWithBackend:(NSURL *)url;
- (BOOL)storeMeterPassword:(NSString *)password forMeter:(NSString *)meterId;
- (BOOL)storeSyncToken:(NSString *)token;
- (BOOL)migrateMeterPasswords;
@end

@interface FKSyncClient : NSObject
- (void)startSync;
@end

@interface FKPinnedUploader : NSObject
- (void)uploadReadings:(NSData *)readings;
@end
