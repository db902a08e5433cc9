#import "Hub.h"
@implementation Hub
@synthesize resetCode = _resetCode;
@synthesize installerCode = _installerCode;
- (id)init {
  if ((self = [super init]) != nil) {
    _resetCode = [[NSString alloc] initWithString:@"HUB-RST-88412-QA"];
    _installerCode = [[NSString alloc] initWithContentsOfFile:@"/var/lib/hub/installer.code"
                                                     encoding:NSUTF8StringEncoding
                                                        error:NULL];
  }
  return self;
}
- (BOOL)factoryReset {
  return YES;
}
@end
