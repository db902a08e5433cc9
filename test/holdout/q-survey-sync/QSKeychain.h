#import <Foundation/Foundation.h>

@interface QSKeychain : NSObject
+ (BOOL)storeProjectToken:(NSData *)token forProject:(NSString *)projectId;
+ (BOOL)storeAccountPassword:(NSData *)password forUser:(NSString *)user;
+ (void)migrateLegacyItems;
@end
