/* ClinicPad.h - core of the ward tablet app: records vault, keychain, device and EHR links, access gate */
#import <Foundation/Foundation.h>

#import "CPSecurityShim.h"

@interface NSString (CPCompare)
- (BOOL)cp_matchesCode:(NSString *)code;
@end

@interface NSData (CPHex)
- (NSString *)cp_hexString;
@end

@interface CPKeyStore : NSObject
+ (BOOL)storeDeviceToken:(NSData *)token account:(NSString *)account;
+ (BOOL)storeClinicianSecret:(NSData *)secret account:(NSString *)account;
+ (BOOL)migrateLegacyItems;
@end

@interface CPVault : NSObject {
  NSString *_storePath;
  NSData *_recordKey;
  NSTimeInterval _lastUnlock;
}
- (instancetype)initWithStorePath:(NSString *)path;
- (BOOL)openWithPIN:(NSString *)pin salt:(NSData *)salt;
- (NSData *)sealRecord:(NSData *)record;
- (void)enforceRetention;
@end

@interface CPDeviceLink : NSObject {
  NSString *_pumpHost;
}
- (instancetype)initWithPumpHost:(NSString *)host;
- (NSString *)beginPairing;
@end

@interface CPSyncClient : NSObject
- (void)connectToEHR:(NSURL *)url;
@end

@interface CPAccessGate : NSObject {
  NSString *_storedPINHash;
}
- (instancetype)initWithStoredHash:(NSString *)hash;
- (BOOL)unlockWithPIN:(NSString *)pin;
- (BOOL)verifyStoredPIN:(NSString *)pin;
@end
