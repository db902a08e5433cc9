#import <Foundation/Foundation.h>

@interface Defaults : NSObject
+ (int)kdfRounds;
+ (int)strongRounds;
+ (int)retryCount:(int)level;
@end
