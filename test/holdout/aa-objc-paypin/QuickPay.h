/* QuickPay companion: pairs a phone with a card terminal and keeps the merchant's secrets. */
#import <Foundation/Foundation.h>
#import "QPSecurityShim.h"

@interface NSData (QPHex)
- (NSString *)qp_hexString;
@end

@interface NSString (QPPin)
- (BOOL)qp_matchesPin:(NSString *)pin;
@end

@interface QPCrypto : NSObject
+ (NSData *)demoMerchantKey;
+ (NSData *)fingerprintOf:(NSData *)key;
+ (NSString *)newPairingPin;
+ (NSData *)seal:(NSData *)plain withKey:(NSData *)key;
@end

typedef void (^QPStoreCompletion)(BOOL ok);

@interface QPKeyStore : NSObject
- (void)storeSessionKey:(NSData *)key completion:(QPStoreCompletion)done;
- (OSStatus)storeMerchantToken:(NSString *)token;
- (OSStatus)migrateLegacyItems;
@end

@interface QPPinGate : NSObject {
  NSData *_verifier;   /* Argon2id output of the PIN */
  NSData *_salt;
}
- (instancetype)initWithStoredVerifier:(NSData *)verifier salt:(NSData *)salt;
- (BOOL)unlockWithPin:(NSString *)pin;
- (NSData *)deriveUnlockKey:(NSString *)pin;
@end

@interface QPTerminalLink : NSObject <NSURLSessionDelegate>
@end

@interface QPCloudLink : NSObject <NSURLSessionDelegate>
@end

@interface QPPayment : NSObject {
  QPKeyStore *_store;
}
- (instancetype)initWithKeyStore:(QPKeyStore *)store;
- (NSData *)startSessionDemo:(BOOL)demo record:(NSData *)record;
@end
