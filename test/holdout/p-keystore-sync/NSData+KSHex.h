/*
 * NSData+KSHex.h - hex encoding used by the key store's export and the
 * sync protocol's JSON.
 */
#import <Foundation/Foundation.h>

@interface NSData (KSHex)
- (NSString *)ks_hexString;
+ (NSData *)ks_dataWithHexString:(NSString *)hex;
@end
