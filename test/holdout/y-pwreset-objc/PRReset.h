#import <Foundation/Foundation.h>

@interface PRKeychainStore : NSObject
- (BOOL)storeRecoveryKey:(NSData *)key forAccount:(NSString *)account;
- (BOOL)storeSessionToken:(NSData *)token forAccount:(NSString *)account;
- (BOOL)migrateLegacyItems;
@end

@interface PRCodeGenerator : NSObject
- (NSString *)newResetCode;
- (NSData *)newRecoveryKey;
@end

@interface PRAuthenticator : NSObject {
    NSData *_storedAnswerDigest;
}
- (id)initWithStoredAnswerDigest:(NSData *)digest;
- (BOOL)verifyAnswers:(NSString *)answers;
- (BOOL)authorizeReset:(NSString *)answers passcode:(NSString *)passcode;
@end

@interface PRMailer : NSObject
- (void)sendResetCode:(NSString *)code to:(NSString *)address;
- (void)announceRecoveryKey:(NSData *)key account:(NSString *)account;
@end
