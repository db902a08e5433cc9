#import "Defaults.h"

@implementation Defaults
+ (int)kdfRounds {
  return 4000;
}
+ (int)strongRounds {
  return 600000;
}
+ (int)retryCount:(int)level {
  return level > 2 ? 1 : 0;
}
@end
