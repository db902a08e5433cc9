#import <Foundation/Foundation.h>
@interface Updater : NSObject
- (BOOL)verifyImage:(NSData *)image signature:(NSData *)sig deviceSerial:(NSString *)deviceSerial;
- (BOOL)verifyImage:(NSData *)image signature:(NSData *)sig channel:(NSString *)channel;
@end
