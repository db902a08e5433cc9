#import <Foundation/Foundation.h>

@interface NSData (QSHex)
- (NSString *)qs_hexString;
- (NSString *)qs_fingerprint;
+ (NSData *)qs_dataWithHexString:(NSString *)hex;
@end
