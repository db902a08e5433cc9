#import "AppleCryptoShim.h"

struct note_cipher {
  CCAlgorithm alg;
  CCOptions opts;
  size_t key_len;
};

/* NoteCipher.m */
NSData *seal_note_blob(const struct note_cipher *c, NSData *key, NSData *plain);

@interface NoteKeyManager : NSObject {
  NSData *_noteKey;
  NSData *_salt;
  NSString *_account;
}
@property(nonatomic, strong) NSData *noteKey;
@property(nonatomic, strong) NSData *salt;
@property(nonatomic, copy) NSString *account;
- (instancetype)initWithAccount:(NSString *)account;
- (BOOL)unlockWithPassphrase:(NSString *)passphrase;
- (BOOL)unlockLegacyWithPassphrase:(NSString *)passphrase;
- (void)rememberKeyForQuickUnlock;
@end

@interface NSData (NoteCrypto)
- (NSData *)notes_encryptedWithKey:(NSData *)key;
- (NSData *)notes_legacyEncrypted;
- (NSData *)notes_exportEncryptedWithKey:(NSData *)key;
- (NSData *)notes_macWithKey:(NSData *)key;
- (NSData *)notes_legacyMacWithKey:(NSData *)key;
- (NSString *)notes_hex;
@end
