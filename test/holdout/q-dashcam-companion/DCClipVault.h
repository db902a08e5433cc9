#import <Foundation/Foundation.h>

/* clips copied off the camera are kept encrypted on the phone */
@interface DCClipVault : NSObject {
  unsigned char _kek[32];
  NSString *_root;
}
- (id)initWithPin:(NSString *)pin salt:(NSData *)salt root:(NSString *)root;
- (NSData *)storeClip:(NSData *)clip named:(NSString *)name preview:(BOOL)preview;
@end
