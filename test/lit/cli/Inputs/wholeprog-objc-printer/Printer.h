#import <Foundation/Foundation.h>

@interface Printer : NSObject {
  NSFileHandle *_port;
}
- (id)initWithHandle:(NSFileHandle *)port;
- (void)printLine:(NSString *)line;
@end
