#import <Foundation/Foundation.h>

@interface NSNoteVault : NSObject {
  NSString *_service;
}
- (instancetype)initWithService:(NSString *)service;
- (BOOL)storeSyncKey:(NSData *)key;
- (BOOL)storeWidgetToken:(NSData *)token;
- (NSData *)sealNote:(NSString *)text withKey:(NSData *)key;
- (NSData *)sealWidgetPreview:(NSString *)text withKey:(NSData *)key;
- (NSData *)deriveKeyFromPassphrase:(NSString *)passphrase salt:(NSData *)salt;
@end

@interface NSNoteLock : NSObject
- (BOOL)unlockWithPasscode:(NSString *)passcode;
- (BOOL)verifyPasscode:(NSString *)passcode;
@end

@interface NSNoteSync : NSObject
- (void)announceKey:(NSData *)key;
- (NSString *)hexOf:(NSData *)data;
@end
