/* ClinicNotes: a practice's notes app (GNUstep build of the desktop client).
 * Notes are sealed per patient under the vault key; the app syncs with the
 * practice server and keeps its tokens in the keychain. */
#import <Foundation/Foundation.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>

@interface NSData (CNHex)
- (NSString *)cn_hexString;
- (NSString *)cn_fingerprint;
@end

/* compiled-in defaults (CNSupport.m) */
@interface CNDefaults : NSObject
+ (NSData *)demoVaultKey;
+ (int)kdfRounds;
+ (NSString *)breakGlassCode;
+ (NSString *)syncHost;
@end

@interface CNSync : NSObject {
  NSString *_host;
}
- (id)initWithHost:(NSString *)host;
- (BOOL)uploadDiagnostic:(NSString *)text;
- (BOOL)uploadNote:(NSData *)sealed patient:(NSString *)patientId;
@end

@interface CNSession : NSObject {
  NSData *_sessionKey;
  CNSync *_sync;
  SSL_CTX *_ctx;
}
@property (nonatomic, retain) NSData *sessionKey;
- (id)initWithSync:(CNSync *)sync;
- (BOOL)establish;
- (void)reportDiagnostics;
- (SSL_CTX *)tlsContext;
@end

@interface CNVault : NSObject {
  NSData *_noteKey;
  NSData *_salt;
  NSString *_pinHash;
  BOOL _emergency;
}
- (id)initWithSalt:(NSData *)salt pinHash:(NSString *)pinHash;
- (BOOL)unlockWithPassphrase:(NSString *)passphrase;
- (NSData *)sealNote:(NSString *)text;
- (BOOL)authorizeEmergencyAccess:(NSString *)pin;
- (BOOL)checkClinicianPin:(NSString *)pin;
@end

@interface CNKeychain : NSObject
- (BOOL)storeSyncToken:(NSData *)token account:(NSString *)account;
- (BOOL)storeVaultWrap:(NSData *)wrapped account:(NSString *)account;
- (BOOL)migrateLegacyItems;
@end
