/*
 * CRBackup.h - "Camroll", an encrypted photo-library backup app (the
 * shared core of its macOS and iOS builds): a vault whose master key comes
 * from the user's passphrase, share links, family unlock PINs, premium
 * receipts, and the uploader.
 */
#import <Foundation/Foundation.h>

#include <gcrypt.h>

#define CR_KDF_ITERATIONS 5000 /* "unlock must feel instant on an iPhone 6" */
#define CR_SALT_LEN 16

extern NSString *const CRLegacyCipherName;  /* vaults written by Camroll 1.x */
extern NSString *const CRCurrentCipherName; /* everything since 2.0 */

@interface NSData (CRHex)
- (NSString *)cr_hexString;
@end

@interface NSString (CRCompare)
- (BOOL)cr_matchesCode:(NSString *)code;
@end

@interface CRLog : NSObject
+ (void)debug:(NSString *)message;
+ (void)info:(NSString *)message;
@end

@interface CRVault : NSObject {
    NSMutableData *_masterKey;
    NSData *_salt;
    NSData *_thumbIV;
}
- (id)initWithPassphrase:(NSString *)passphrase salt:(NSData *)salt;
- (NSData *)encryptPhoto:(NSData *)jpeg;
- (NSData *)encryptThumbnail:(NSData *)png;
- (NSData *)decryptLegacyItem:(NSData *)blob;
- (void)logDiagnostics;
@end

@interface CRShareLink : NSObject {
    NSString *_familyPIN;
    BOOL _unlocked;
}
+ (NSString *)newShareToken;
- (id)initWithFamilyPIN:(NSString *)pin;
- (BOOL)unlockWithPIN:(NSString *)pin;
@end

@interface CRReceipt : NSObject {
    gcry_sexp_t _appStoreKey;
    gcry_error_t _cacheSignatureStatus;
    NSData *_cachedReceipt;
}
- (id)initWithPublicKey:(gcry_sexp_t)key;
- (BOOL)checkReceipt:(NSData *)receipt signature:(NSData *)sig;
- (void)refreshReceiptCache:(NSData *)receipt signature:(NSData *)sig;
@end

@interface CRUploader : NSObject
- (BOOL)upload:(NSData *)blob name:(NSString *)name user:(NSString *)user password:(NSString *)password;
@end

gcry_sexp_t CRSignatureSexp(NSData *sig);
gcry_sexp_t CRDataSexp(NSData *msg);
