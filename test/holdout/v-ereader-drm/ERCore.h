/* ERCore.h - e-book reader core: licences, title keys, device identity, sync */
#import <Foundation/Foundation.h>
#include <openssl/evp.h>

@interface NSData (ERHex)
- (NSString *)er_hexString;
@end

@interface ERConfig : NSObject
+ (NSData *)libraryCacheKey;
+ (NSString *)reviewerAccount;
+ (NSString *)reviewerPassword;
+ (NSURL *)licenseServer;
@end

@interface ERDeviceIdentity : NSObject {
    EVP_PKEY *_key;
    int _generation;
}
- (id)initWithGeneration:(int)generation;
- (EVP_PKEY *)privateKey;
- (NSString *)fingerprint;
@end

@interface ERBookKeyStore : NSObject
- (BOOL)storeTitleKey:(NSData *)titleKey forBook:(NSString *)bookId;
- (BOOL)storeDeviceToken:(NSString *)token;
- (NSData *)sealForCache:(NSData *)plain;
@end

@interface ERDecryptor : NSObject
- (NSData *)unwrapTitleKey:(NSData *)wrapped withDevice:(ERDeviceIdentity *)device legacy:(BOOL)legacy;
- (NSData *)decryptLegacyPdb:(NSData *)record name:(NSString *)name cardDigits:(NSString *)digits;
- (NSData *)decryptEpubResource:(NSData *)data key:(NSData *)titleKey;
@end

@interface ERLicenseClient : NSObject {
    NSMutableData *_response;
    int _licenseVerifyResult;
    EVP_PKEY *_storeKey;
}
- (void)fetchLicenseForBook:(NSString *)bookId;
- (void)checkLicense:(NSData *)body signature:(NSData *)sig;
@end

@interface ERSyncService : NSObject {
    ERDeviceIdentity *_device;
    unsigned _pairingPin;
}
- (id)initWithDevice:(ERDeviceIdentity *)device;
- (void)uploadDeviceBackup;
- (unsigned)startPairing;
@end

@interface ERStoreAuth : NSObject
- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password;
@end
