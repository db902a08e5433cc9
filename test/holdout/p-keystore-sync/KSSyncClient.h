/*
 * KSSyncClient.h - talks to the sync server: device enrollment, the signed
 * manifest of vault items, item download.
 */
#import <Foundation/Foundation.h>

@class KSKeyStore;

@interface KSSyncClient : NSObject {
  KSKeyStore *_store;
  NSURL *_server;
  NSString *_deviceName;
  NSTimeInterval _lastSync;
}
- (id)initWithStore:(KSKeyStore *)store server:(NSURL *)server deviceName:(NSString *)name;
- (BOOL)enrollDevice;
- (BOOL)pullManifest;
- (NSData *)pullItem:(NSString *)itemId;
- (BOOL)syncIfDue;
@end
