/* PhotoLocker: the private album of a desktop photo manager (GNUstep, OpenSSL). */
#import <Foundation/Foundation.h>
#include <openssl/evp.h>

enum {
  PLDefaultKdfRounds = 2000, /* album unlock must stay under 100 ms on the 2015 netbooks */
  PLMasterKeyLength = 32,
};

extern const unsigned char PLThumbnailIV[16];

NSData *PLReadFile(NSString *path);
NSData *PLDeriveSubkey(NSData *master, const char *label, size_t len);
NSData *PLWrapAlbumKeyV1(EVP_PKEY *friendKey, NSData *albumKey);
NSData *PLWrapAlbumKeyV2(EVP_PKEY *friendKey, NSData *albumKey);

@interface PLVault : NSObject {
  NSData *_masterKey;
  NSString *_path;
  NSString *_pinHash;
  BOOL _unlocked;
}
@property (nonatomic, retain) NSData *masterKey;
@property (nonatomic, copy) NSString *path;
@property (nonatomic, copy) NSString *pinHash;
@property (nonatomic, assign) BOOL unlocked;
- (instancetype)initWithPath:(NSString *)path;
- (BOOL)unlockWithPassphrase:(NSString *)passphrase;
- (BOOL)unlockWithPIN:(NSString *)pin;
- (NSData *)sealThumbnail:(NSData *)jpeg;
- (NSData *)exportLegacyAlbum:(NSData *)archive;
@end
