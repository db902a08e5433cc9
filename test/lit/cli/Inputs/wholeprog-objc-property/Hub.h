#import <Foundation/Foundation.h>
@interface Hub : NSObject {
  NSString *_resetCode;
  NSString *_installerCode;
}
@property (nonatomic, retain) NSString *resetCode;
@property (nonatomic, retain) NSString *installerCode;
- (BOOL)factoryReset;
@end
