#import "Printer.h"

@implementation Printer
- (id)initWithHandle:(NSFileHandle *)port {
  if ((self = [super init]) != nil)
    _port = port;
  return self;
}
- (void)printLine:(NSString *)line {
  NSString *l = [line stringByAppendingString:@"\r\n"];
  [_port writeData:[l dataUsingEncoding:NSASCIIStringEncoding allowLossyConversion:YES]];
}
@end
