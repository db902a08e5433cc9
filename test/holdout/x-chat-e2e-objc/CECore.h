/* CECore.h - Cedar Chat desktop client: identity keys, attachments, backups, device linking. */
#import <Foundation/Foundation.h>

#include <sodium.h>

@interface CEKeychain : NSObject
+ (BOOL)storeIdentitySecret:(NSData *)secret account:(NSString *)account;
+ (BOOL)storePushToken:(NSData *)token account:(NSString *)account;
+ (BOOL)migrateLegacyItemsForAccount:(NSString *)account;
@end

@interface CEIdentity : NSObject {
  unsigned char _publicKey[crypto_box_PUBLICKEYBYTES];
  unsigned char _secretKey[crypto_box_SECRETKEYBYTES];
}
- (instancetype)initGenerating;
- (NSData *)publicKeyData;
- (NSString *)safetyNumberWith:(NSData *)peerKey;
@end

@interface CEAttachmentSealer : NSObject
+ (NSData *)sealAttachment:(NSData *)plain key:(unsigned char *)keyOut;
+ (NSData *)sealThumbnail:(NSData *)plain key:(const unsigned char *)key;
@end

@interface CEBackup : NSObject
+ (BOOL)passphrase:(NSString *)passphrase matchesStored:(NSString *)stored;
+ (NSData *)keyForPassphrase:(NSString *)passphrase salt:(NSData *)salt quick:(BOOL)quick;
+ (void)purgeExpiredBackupsAtPath:(NSString *)dir;
@end

@interface CELinking : NSObject
+ (NSString *)newVerificationCode;
+ (NSString *)newLinkCode;
+ (NSUInteger)avatarHueForName:(NSString *)name;
@end

NSString *CEHexString(const unsigned char *bytes, size_t len);
