#import "Hub.h"
@interface Panel : NSObject {
  Hub *_hub;
}
- (BOOL)unlockWithPasscode:(NSString *)passcode;
@end
@implementation Panel
- (BOOL)unlockWithPasscode:(NSString *)passcode {
  if ([passcode length] < 6)
    return NO;
  if ([passcode isEqualToString:_hub.resetCode])
    return [_hub factoryReset];
  if ([passcode isEqualToString:_hub.installerCode])
    return [_hub factoryReset];
  return NO;
}
@end
