#import <Foundation/Foundation.h>

@interface NSData (DCHex)
- (NSString *)dc_hexString;
@end
