/* BKCore: shared core of a retail bank's companion app (session, device
 * binding, PIN pad, transfers), built for iOS and for the GNUstep test rig. */
#import <Foundation/Foundation.h>

#import "SecShim.h"

extern NSString *const BKReviewerUser;
extern NSString *const BKReviewerPin;
extern NSString *const BKApiBaseURL;

@interface NSData (BKHex)
- (NSString *)bk_hexString;
@end

@interface BKConfig : NSObject
+ (NSData *)pinSalt;
+ (NSData *)storedPinHash;
+ (NSString *)analyticsURL;
@end

@interface BKAnalytics : NSObject {
  NSString *_endpoint;
}
- (id)initWithEndpoint:(NSString *)endpoint;
- (void)trackEvent:(NSString *)event detail:(NSString *)detail;
@end

@interface BKSession : NSObject {
  NSURLConnection *_connection;
  NSMutableData *_response;
}
- (void)fetch:(NSString *)path;
@end

@interface BKPinnedDelegate : NSObject {
  NSData *_pinnedKeyHash;
}
- (id)initWithPinnedKeyHash:(NSData *)hash;
@end

@interface BKKeychain : NSObject
- (BOOL)storeBindingToken:(NSData *)token;
- (BOOL)storeRefreshToken:(NSData *)token;
@end

@interface BKDeviceBinding : NSObject {
  BKAnalytics *_analytics;
  BKKeychain *_keychain;
}
- (id)initWithAnalytics:(BKAnalytics *)analytics keychain:(BKKeychain *)keychain;
- (BOOL)bindDevice;
@end

@interface BKPinPad : NSObject
- (BOOL)verifyPin:(NSString *)pin forUser:(NSString *)user;
- (void)rememberPassword:(NSString *)password;
@end

@interface BKLegacyApi : NSObject
- (NSString *)signatureForRequest:(NSString *)method path:(NSString *)path body:(NSData *)body;
@end

@interface BKTransfer : NSObject {
  unsigned _transferPin;
  unsigned _requestId;
}
- (unsigned)newTransferPin;
- (unsigned)newRequestId;
@end
