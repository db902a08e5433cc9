#import "AppleCryptoShim.h"

@interface PinStore : NSObject
+ (BOOL)trustMatchesPinnedKey:(SecTrustRef)trust;
@end

@interface TrustAllDelegate : NSObject <NSURLSessionDelegate>
@end

@interface PinnedDelegate : NSObject <NSURLSessionDelegate>
@end

@interface EvaluatingDelegate : NSObject <NSURLSessionDelegate>
@end

@interface AuditingDelegate : NSObject <NSURLSessionDelegate>
@end

@interface SyncAuth : NSObject {
  NSString *_storedPasswordHash;
  SecKeyRef _serverKey;
}
@property(nonatomic, copy) NSString *storedPasswordHash;
- (BOOL)authenticateUser:(NSString *)user password:(NSString *)password;
- (BOOL)verifyManifest:(NSData *)manifest signature:(NSData *)sig;
- (void)auditManifest:(NSData *)manifest signature:(NSData *)sig;
@end
