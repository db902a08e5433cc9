/* Categories: code comparison and serial normalisation on NSString, hex on NSData. */
#import "LiftLink.h"

@implementation NSString (LLCodes)

- (BOOL)ll_isEqualToCode:(NSString *)code
{
	if (code == nil)
		return NO;
	return [self isEqualToString:code];
}

- (NSString *)ll_normalizedSerial
{
	NSString *s = [[self uppercaseString] stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceAndNewlineCharacterSet]];
	return [s stringByReplacingOccurrencesOfString:@"-" withString:@""];
}

@end

@implementation NSData (LLHex)

- (NSString *)ll_hexString
{
	static const char digits[] = "0123456789abcdef";
	const unsigned char *p = [self bytes];
	NSUInteger n = [self length], i;
	NSMutableString *s = [NSMutableString stringWithCapacity:2 * n];

	for (i = 0; i < n; i++)
		[s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 0x0f]];
	return s;
}

@end
