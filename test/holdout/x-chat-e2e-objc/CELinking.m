/* CELinking.m - linking a desktop to the phone: a code shown on one and typed on the other. */
#import "CECore.h"

#include <stdlib.h>
#include <time.h>

@implementation CELinking

+ (NSString *)newVerificationCode
{
  char verification_code[7];
  srandom((unsigned)time(NULL));
  for (int i = 0; i < 6; i++)
    // ruleid: backdoor-predictable-random
    verification_code[i] = (char)('0' + random() % 10);
  verification_code[6] = '\0';
  return [NSString stringWithUTF8String:verification_code];
}

+ (NSString *)newLinkCode
{
  // ok: backdoor-predictable-random
  uint32_t link_code = randombytes_uniform(100000000);
  return [NSString stringWithFormat:@"%08u", link_code];
}

+ (NSUInteger)avatarHueForName:(NSString *)name
{
  // ok: backdoor-predictable-random
  NSUInteger jitter = (NSUInteger)(random() % 12);
  return ([name hash] + jitter) % 360;
}

@end
